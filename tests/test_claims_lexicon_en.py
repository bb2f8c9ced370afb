"""The English claim vocabulary (data/lang/en/claims.yaml): how wires, think-tank updates,
defence-intelligence bullets, official statements and translated channel posts say things.

The sentences are our own; place mentions are built by hand (the places stage is tested elsewhere),
with made-up ids, so only the lexicon and the extractor are exercised.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_from
from frontwatch.claims import lexicon as lexicon_module
from frontwatch.claims.lexicon import load_lexicon
from frontwatch.datafiles import read_yaml_mapping
from frontwatch.model import Claim


def claims_of(text: str, places: dict[str, str], source: str = "Test Wire") -> list[Claim]:
    specs = [
        (surface, place_id, "oblast" if place_id.startswith("iso:") else "settlement")
        for surface, place_id in places.items()
    ]
    return extract_from(text, "en", specs, source)


def types(claims: list[Claim]) -> set[str]:
    return {c.event_type for c in claims}


# --------------------------------------------------------------------------- event words


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # control_change
        (
            "Ukrainian troops took the villages of Alpha and Beta this week.",
            {"Alpha": "gn:1", "Beta": "gn:2"},
            {("control_change", "gn:1", "UA", "asserted"), ("control_change", "gn:2", "UA", "asserted")},
        ),
        (
            "Russian forces were forced out of Alpha on Saturday.",
            {"Alpha": "gn:1"},
            {("control_change", "gn:1", "UA", "asserted")},
        ),
        (
            "Ganchev acknowledged that Alpha was now under Ukrainian control.",
            {"Alpha": "gn:1"},
            {("control_change", "gn:1", "UA", "asserted")},
        ),
        (
            "Alpha has been de-occupied, the governor said.",
            {"Alpha": "gn:1"},
            {("control_change", "gn:1", "UA", "asserted")},
        ),
        ("Alpha is Ukraine!", {"Alpha": "gn:1"}, {("control_change", "gn:1", "UA", "asserted")}),
        # control_held
        (
            "Fighting went on near Alpha, a town Russia has occupied since March.",
            {"Alpha": "gn:1"},
            {("control_held", "gn:1", "RU", "asserted")},
        ),
        (
            "Ukrainian forces control the western part of Alpha, officials said.",
            {"Alpha": "gn:1"},
            {("control_held", "gn:1", "UA", "asserted")},
        ),
        (
            "Life is hard for pensioners in occupied Alpha.",
            {"Alpha": "gn:1"},
            {("control_held", "gn:1", "RU", "asserted")},
        ),
        # advance
        (
            "Ukrainian units had reached Alpha, some 30 kilometres from the front.",
            {"Alpha": "gn:1"},
            {("advance", "gn:1", "UA", "asserted")},
        ),
        (
            "A Ukrainian soldier said his unit had crossed the river near Alpha.",
            {"Alpha": "gn:1"},
            {("advance", "gn:1", "UA", "asserted")},
        ),
        (
            "Russian troops have reached its eastern outskirts near Alpha, commanders said.",
            {"Alpha": "gn:1"},
            {("advance", "gn:1", "RU", "asserted")},
        ),
        # withdrawal
        (
            "Four days after Russian troops abandoned the city of Alpha, the mayor returned.",
            {"Alpha": "gn:1"},
            {("withdrawal", "gn:1", "RU", "asserted")},
        ),
        (
            "Russian units fell back from Alpha overnight.",
            {"Alpha": "gn:1"},
            {("withdrawal", "gn:1", "RU", "asserted")},
        ),
        # fighting
        (
            "Russian forces have been trying to capture Alpha since the summer.",
            {"Alpha": "gn:1"},
            {("fighting", "gn:1", "RU", "asserted")},
        ),
        (
            "Russian forces continued ground attacks northwest of Alpha.",
            {"Alpha": "gn:1"},
            {("fighting", "gn:1", "RU", "asserted")},
        ),
        # strike
        (
            "Russian shelling of the city continued, with strikes reported in Alpha and Beta.",
            {"Alpha": "gn:1", "Beta": "gn:2"},
            {("strike", "gn:1", "RU", "asserted"), ("strike", "gn:2", "RU", "asserted")},
        ),
        (
            "Russia's defence ministry said its missiles had struck Ukrainian positions near Alpha.",
            {"Alpha": "gn:1"},
            {("strike", "gn:1", "RU", "asserted")},
        ),
        # demolition
        (
            "Retreating troops blew the railway bridge up near Alpha.",
            {"Alpha": "gn:1"},
            {("demolition", "gn:1", None, "asserted")},
        ),
        # supply_line
        (
            "Ukrainian forces could sever Russian ground lines of communication to Alpha.",
            {"Alpha": "gn:1"},
            {("supply_line", "gn:1", "UA", "predicted")},
        ),
        # reinforcement
        (
            "Russia moved additional battalion tactical groups to Alpha.",
            {"Alpha": "gn:1"},
            {("reinforcement", "gn:1", "RU", "asserted")},
        ),
        # encirclement
        (
            "Russian forces in Alpha are almost surrounded, a military analyst said.",
            {"Alpha": "gn:1"},
            {("encirclement", "gn:1", "UA", "asserted")},
        ),
        (
            "The Russian grouping in Alpha is in a semi-encirclement, a military blogger wrote.",
            {"Alpha": "gn:1"},
            {("encirclement", "gn:1", "UA", "asserted")},
        ),
        (
            "The highway from Alpha to Beta is now within range of Ukrainian artillery.",
            {"Alpha": "gn:1", "Beta": "gn:2"},
            {("supply_line", "gn:1", "UA", "asserted"), ("supply_line", "gn:2", "UA", "asserted")},
        ),
        (
            "The railway bridge across the river in Alpha was destroyed on Thursday.",
            {"Alpha": "gn:1"},
            {("demolition", "gn:1", None, "asserted")},
        ),
        (
            "Thousands of newly mobilised men have arrived in Alpha, residents said.",
            {"Alpha": "gn:1"},
            {("reinforcement", "gn:1", None, "asserted")},
        ),
        (
            "Ukrainian forces say they have pushed Russian troops back across the river near Alpha.",
            {"Alpha": "gn:1"},
            {("advance", "gn:1", "UA", "asserted")},
        ),
        (
            "Russian forces have been pushed back from Alpha.",
            {"Alpha": "gn:1"},
            {("withdrawal", "gn:1", "RU", "asserted")},
        ),
        (
            "Kremlin-backed authorities in Alpha said they would relocate up to 60,000 residents.",
            {"Alpha": "gn:1"},
            {("evacuation", "gn:1", "RU", "predicted")},
        ),
        # civilian reaction, evacuation, political
        (
            "In Alpha, residents came out to greet troops with bread and salt.",
            {"Alpha": "gn:1"},
            {("civilian_reaction", "gn:1", "UA", "asserted")},
        ),
        (
            "In Alpha, the Moscow-installed official said turnout had exceeded 15 percent.",
            {"Alpha": "gn:1"},
            {("political", "gn:1", "RU", "asserted")},
        ),
        (
            "A car bomb killed a collaborator in Alpha on Friday.",
            {"Alpha": "gn:1"},
            {("partisan_attack", "gn:1", "UA", "asserted")},
        ),
    ],
)
def test_event_words(text: str, places: dict[str, str], expected: set[ClaimKey]) -> None:
    found = claim_keys(claims_of(text, places))
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.xfail(
    strict=True,
    reason="known gap: a passive evacuation gets no organiser, although the occupation official who "
    "reports it ran it (gold en-006 annotates RU; gold de-204, a governor reporting a passive "
    "evacuation, annotates null)",
)
def test_an_occupation_official_reporting_deportations_names_their_organiser() -> None:
    text = "About 5,000 residents had been taken from Alpha to Belgorod, the occupation head said."
    found = claim_keys(claims_of(text, {"Alpha": "gn:1"}))
    assert ("evacuation", "gn:1", "RU", "asserted") in found


# --------------------------------------------------------------------------- modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russia has highly likely withdrawn its forces from Alpha.", "hedged"),
        ("Ukrainian forces reportedly recaptured Alpha.", "hedged"),
        ("There are unconfirmed reports that Ukrainian troops entered Alpha.", "hedged"),
        ("Ukraine says it recaptured Alpha, a claim that could not be independently verified.", "hedged"),
        ("Ukrainian forces could reach Alpha within days.", "predicted"),
        ("Ukrainian troops are poised to retake Alpha.", "predicted"),
        ("Russia is preparing a counteroffensive near Alpha.", "predicted"),
        ("Should Alpha fall, the road to the south would be open.", "conditional"),
        ("If Ukrainian forces capture Alpha, the Russian grouping would be cut off.", "conditional"),
        ("The Kremlin denied that its troops had withdrawn from Alpha.", "negated"),
        ("Ukrainian forces failed to capture Alpha despite repeated assaults.", "negated"),
        ("Alpha has not been captured, the governor said.", "negated"),
        ("Russia's defence ministry said reports of a retreat from Alpha were fake.", "negated"),
        # Attribution is no hedge.
        ("Russian milbloggers claimed that Russian units still hold Alpha.", "asserted"),
    ],
)
def test_modality_words(text: str, modality: str) -> None:
    claims = claims_of(text, {"Alpha": "gn:1"})
    assert claims, "no claim found"
    assert {c.modality for c in claims if c.place is not None} == {modality}


# --------------------------------------------------------------------------- what is no claim


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said the fight for Ukraine's freedom would continue in Alpha.",
        "Ukraine's General Staff did not confirm the advance near Alpha.",
        "Officials in Alpha have not commented on the offensive.",
        "The company supplies water and power to Alpha.",
        "Prices in Alpha rose sharply after the summer.",
        "The offensive has changed the mood in Alpha.",
    ],
)
def test_no_claim(text: str) -> None:
    assert claims_of(text, {"Alpha": "gn:1"}) == []


def test_without_a_fight_is_a_capture_not_fighting() -> None:
    found = claims_of("Alpha was occupied by Russian forces in February without a fight.", {"Alpha": "gn:1"})
    assert types(found) == {"control_change"}


def test_trying_to_capture_is_not_a_capture() -> None:
    found = claims_of("Wagner units have been trying to capture Alpha for weeks.", {"Alpha": "gn:1"})
    assert "control_change" not in types(found)


def test_generic_occupied_territory_is_not_a_holding() -> None:
    found = claims_of(
        "Voting began in Russian-staged referendums in occupied parts of the Alpha region.",
        {"Alpha": "iso:UA-99"},
    )
    assert types(found) == {"political"}


def test_satellite_images_at_the_end_are_geolocated_media_and_evidence() -> None:
    """Changed in round 7: satellite imagery of a place is placed media (gold/README.md, round-6
    audit item 3, as en-402, en-502, ru-503); the event it shows keeps its own claim."""
    found = claims_of(
        "Two spans of the bridge near Alpha were blown up, satellite images showed.", {"Alpha": "gn:1"}
    )
    assert {"media_geolocated", "demolition"} <= types(found)
    assert all(c.evidence_kind == "visual" for c in found)


# --------------------------------------------------------------------------- sources and sides


def test_the_russian_border_names_no_actor() -> None:
    found = claims_of(
        "Ukrainian troops pushed north towards the Russian border, retaking Alpha.", {"Alpha": "gn:1"}
    )
    changes = [c for c in found if c.event_type == "control_change"]
    assert {c.actor_side for c in changes} == {"UA"}


def test_russias_ministry_speaks_for_russia() -> None:
    found = claims_of(
        "Russia's defence ministry said its troops had withdrawn from Alpha.", {"Alpha": "gn:1"}
    )
    withdrawals = [c for c in found if c.event_type == "withdrawal"]
    assert withdrawals and withdrawals[0].actor_side == "RU"
    assert withdrawals[0].source.kind == "defence_ministry"
    assert withdrawals[0].evidence_kind == "official_statement"


def test_the_enemy_in_a_russian_channel_is_ukraine() -> None:
    found = claims_of(
        "The enemy shelled Alpha overnight. Our units repelled an attack near Alpha.",
        {"Alpha": "gn:1"},
        source="Rybar",
    )
    assert ("strike", "gn:1", "UA", "asserted") in claim_keys(found)
    assert ("fighting", "gn:1", "RU", "asserted") in claim_keys(found)


def test_eyewitness_correspondent() -> None:
    found = claims_of(
        "In the centre of Alpha, our correspondent saw apartment blocks burning after shelling.",
        {"Alpha": "gn:1"},
    )
    strikes = [c for c in found if c.event_type == "strike"]
    assert strikes and strikes[0].evidence_kind == "eyewitness"


def test_by_their_own_account_makes_the_side_the_source() -> None:
    found = claims_of("Ukrainian forces have, by their own account, retaken Alpha.", {"Alpha": "gn:1"})
    changes = [c for c in found if c.event_type == "control_change"]
    assert changes and changes[0].source.side == "UA"
    assert changes[0].evidence_kind == "official_statement"


def test_civilians_fleeing_is_an_evacuation_not_a_withdrawal() -> None:
    found = claims_of("Thousands of civilians fled Alpha through a humanitarian corridor.", {"Alpha": "gn:1"})
    assert "withdrawal" not in types(found)
    assert "evacuation" in types(found)


def test_lexicon_compiles_every_cue() -> None:
    load_lexicon.cache_clear()
    lexicon = load_lexicon("en")
    assert lexicon is not None
    for event_type in ("control_change", "advance", "withdrawal", "strike", "supply_line", "evacuation"):
        assert lexicon.events[event_type], event_type


# --------------------------------------------------------------------------- round 3: other styles
#
# Cue families added for intelligence bullets, ISW takeaways, wire copy, liveblogs, translated
# channel posts, OSINT threads, digests and radio news. Each sentence is written in one of those
# styles; the expected key is what docs/annotation.md asks for.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # control_held: the noun "hold", "in control of", digging in, fortifying
        (
            "• Ukrainian forces continue to consolidate their hold on Alpha.",
            ("control_held", "gn:1", "UA", "asserted"),
        ),
        ("Ukrainian forces are now in control of Alpha.", ("control_held", "gn:1", "UA", "asserted")),
        (
            "Russian troops are digging in around Alpha, according to the UK Ministry of Defence.",
            ("control_held", "gn:1", "RU", "asserted"),
        ),
        (
            "Russian troops are digging trenches along the road near Alpha.",
            ("control_held", "gn:1", "RU", "asserted"),
        ),
        # control_change
        ("The Ukrainian flag is back in Alpha.", ("control_change", "gn:1", "UA", "asserted")),
        (
            "Moscow's troops were driven from Alpha, the southern command said.",
            ("control_change", "gn:1", "UA", "asserted"),
        ),
        (
            "Ukrainian commanders hope to liberate Alpha before winter.",
            ("control_change", "gn:1", "UA", "predicted"),
        ),
        # advance: standing at the edge, breaking into, "as far as"
        (
            "The governor said Ukrainian forces are now on the outskirts of Alpha.",
            ("advance", "gn:1", "UA", "asserted"),
        ),
        ("Ukrainian forces have advanced as far as Alpha.", ("advance", "gn:1", "UA", "asserted")),
        ("Ukrainian forces pushed deeper into Alpha.", ("advance", "gn:1", "UA", "asserted")),
        # withdrawal
        ("Russian units left the western part of Alpha overnight.", ("withdrawal", "gn:1", "RU", "asserted")),
        (
            "Moscow called the pullback from Alpha a goodwill gesture.",
            ("withdrawal", "gn:1", "RU", "asserted"),
        ),
        (
            "Russian soldiers in Alpha have been told to prepare for a withdrawal.",
            ("withdrawal", "gn:1", "RU", "predicted"),
        ),
        ("Looks like a hasty retreat from Alpha.", ("withdrawal", "gn:1", None, "hedged")),
        # strike
        (
            "Russian missiles slammed into the power grid of Alpha on Sunday night.",
            ("strike", "gn:1", "RU", "asserted"),
        ),
        ("Russia attacked Alpha with Iranian-made drones overnight.", ("strike", "gn:1", "RU", "asserted")),
        (
            "Russian troops are reported to have shelled Alpha again overnight.",
            ("strike", "gn:1", "RU", "hedged"),
        ),
        # fighting
        (
            "Russian forces thwarted a Ukrainian attempt to cross the river near Alpha.",
            ("fighting", "gn:1", "RU", "asserted"),
        ),
        (
            "Russian forces conducted unsuccessful ground assaults northeast of Alpha.",
            ("fighting", "gn:1", "RU", "negated"),
        ),
        # reinforcement
        ("Russian troops were massing near Alpha.", ("reinforcement", "gn:1", "RU", "asserted")),
        (
            "Ukrainian forces are accumulating personnel and equipment near Alpha.",
            ("reinforcement", "gn:1", "UA", "asserted"),
        ),
        # encirclement, supply line
        (
            "There is a threat of the Alpha garrison being cut off.",
            ("encirclement", "gn:1", None, "predicted"),
        ),
        (
            "A rail bridge used by Russian forces near Alpha was damaged.",
            ("supply_line", "gn:1", "RU", "asserted"),
        ),
        # evacuation, political, civilian reaction
        (
            "Russian-installed authorities began moving residents out of Alpha on Friday.",
            ("evacuation", "gn:1", "RU", "asserted"),
        ),
        (
            "All residents of Alpha should leave immediately, the occupation official said.",
            ("evacuation", "gn:1", "RU", "asserted"),
        ),
        (
            "Russia's parliament ratified treaties absorbing the Alpha region.",
            ("political", "gn:1", "RU", "asserted"),
        ),
        (
            "Residents of Alpha lined the streets to welcome the soldiers.",
            ("civilian_reaction", "gn:1", "UA", "asserted"),
        ),
    ],
)
def test_other_styles(text: str, expected: ClaimKey) -> None:
    found = claim_keys(claims_of(text, {"Alpha": "gn:1"}))
    assert expected in found, f"missing {expected}; found {found}"


def test_advance_to_within_a_distance_names_the_objective() -> None:
    found = claims_of("Ukrainian troops are now less than 10 kilometres from Alpha.", {"Alpha": "gn:1"})
    advances = [c for c in found if c.event_type == "advance"]
    assert advances and advances[0].actor_side == "UA"
    assert [p.place_id for p in advances[0].places_to] == ["gn:1"]


def test_kyiv_the_place_is_not_the_attacker() -> None:
    found = claims_of(
        "Kamikaze drones targeted energy infrastructure in Kyiv, the mayor said.", {"Kyiv": "gn:3"}
    )
    strikes = [c for c in found if c.event_type == "strike"]
    assert strikes and strikes[0].actor_side != "UA"


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        # A unit name, a vehicle, a report: not what the word names elsewhere.
        ("Ukrainian sabotage groups tried to land near Alpha but were destroyed.", "partisan_attack"),
        ("Over 60 servicemen and 8 infantry fighting vehicles were destroyed near Alpha.", "fighting"),
        ("Reuters could not independently verify the battlefield reports from Alpha.", "fighting"),
        ("Geolocated combat footage shows a column of tanks near Alpha.", "fighting"),
        ("Russia is moving more troops into Alpha.", "advance"),
        (
            "Russian forces continued assaults near Alpha, where Wagner units are trying to advance.",
            "advance",
        ),
        ("Wagner has committed up to 10,000 convicts to the assault on Alpha.", "fighting"),
    ],
)
def test_look_alikes(text: str, not_type: str) -> None:
    assert not_type not in types(claims_of(text, {"Alpha": "gn:1"}))


def test_advice_with_should_is_not_a_condition() -> None:
    found = claims_of("Residents of Alpha should leave now, the governor said.", {"Alpha": "gn:1"})
    assert found and all(c.modality != "conditional" for c in found)


def test_should_opening_a_clause_is_a_condition() -> None:
    found = claims_of("Should Alpha fall, Russian forces would retreat to the river.", {"Alpha": "gn:1"})
    assert found and {c.modality for c in found} == {"conditional"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces met fierce resistance near Alpha.", ("fighting", "gn:1", "RU", "asserted")),
        ("Russian forces attacked Ukrainian positions near Alpha.", ("fighting", "gn:1", "RU", "asserted")),
        (
            "Russian troops are expected to attack Alpha in the coming days.",
            ("fighting", "gn:1", "RU", "predicted"),
        ),
        ("Russian drones attacked Alpha overnight.", ("strike", "gn:1", "RU", "asserted")),
        ("A Russian missile landed in a field outside Alpha.", ("strike", "gn:1", "RU", "asserted")),
        ("Ukrainian troops took over Alpha on Saturday.", ("control_change", "gn:1", "UA", "asserted")),
        ("Russian sabotage groups infiltrated Alpha.", ("advance", "gn:1", "RU", "asserted")),
        ("Vovchansk is ours! Alpha is ours too!", ("control_change", "gn:1", None, "asserted")),
        ("Moscow called reports of a retreat from Alpha fake.", ("withdrawal", "gn:1", "RU", "negated")),
        (
            "The Russian-installed leader said civilians of Alpha would be relocated to the left bank.",
            ("evacuation", "gn:1", "RU", "predicted"),
        ),
        (
            "The Institute for the Study of War said Russian forces are unlikely to be able to hold Alpha.",
            ("control_held", "gn:1", "RU", "predicted"),
        ),
    ],
)
def test_more_verbs_and_modalities(text: str, expected: ClaimKey) -> None:
    found = claim_keys(claims_of(text, {"Alpha": "gn:1"}))
    assert expected in found, f"missing {expected}; found {found}"


def test_an_air_raid_alert_is_no_strike() -> None:
    assert claims_of("+++ 09:12 +++ Air raid alert in Alpha and across the region.", {"Alpha": "gn:1"}) == []


def test_residents_forced_to_flee_is_no_withdrawal() -> None:
    found = claims_of(
        "Alpha came under intense Russian artillery fire, forcing the remaining residents to flee.",
        {"Alpha": "gn:1"},
    )
    assert "withdrawal" not in types(found)
    assert {"strike", "evacuation"} <= types(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The side named right after a verb of expelling or killing is the loser, not the actor.
        (
            "Ukrainian soldiers have pushed Russian forces out of Alpha, the regional council said.",
            ("control_change", "gn:1", "UA", "asserted"),
        ),
        (
            "Translated: Alpha is holding. The enemy is suffering heavy losses.",
            ("control_held", "gn:1", None, "asserted"),
        ),
        ("The president said Alpha is now fully cleared.", ("control_change", "gn:1", None, "asserted")),
        (
            "Russian-installed authorities said they would move up to 60,000 people out of Alpha.",
            ("evacuation", "gn:1", "RU", "predicted"),
        ),
    ],
)
def test_channel_and_radio_phrasings(text: str, expected: ClaimKey) -> None:
    found = claim_keys(claims_of(text, {"Alpha": "gn:1"}))
    assert expected in found, f"missing {expected}; found {found}"


# --------------------------------------------------------------------------- round 5 cues


def test_footage_of_troops_on_a_road_is_an_advance() -> None:
    found = claim_keys(
        claims_of(
            "A clip shared on Monday shows Ukrainian tanks on the road outside Alpha, heading east.",
            {"Alpha": "gn:1"},
        )
    )
    assert ("advance", "gn:1", "UA", "asserted") in found, found


def test_footage_of_troops_inside_a_village_is_no_advance_by_itself() -> None:
    # Troops shown in a village square are evidence of presence, not of movement.
    found = claims_of("A photo shows Russian soldiers in the main square of Alpha.", {"Alpha": "gn:1"})
    assert "advance" not in types(found)


def test_footage_of_destroyed_vehicles_is_no_advance() -> None:
    found = claims_of("Drone images show burnt-out tanks near Alpha.", {"Alpha": "gn:1"})
    assert "advance" not in types(found)


def test_troops_moved_across_the_river_is_a_withdrawal() -> None:
    found = claim_keys(
        claims_of(
            "Moscow said its units in Alpha were moved across the Dnipro river overnight.", {"Alpha": "gn:1"}
        )
    )
    assert any(k[0] == "withdrawal" and k[3] == "asserted" for k in found), found
    found_back = types(
        claims_of("The last battalions were pulled back across the river from Alpha.", {"Alpha": "gn:1"})
    )
    assert "withdrawal" in found_back


def test_defensive_line_is_holding_ground() -> None:
    found = claim_keys(
        claims_of(
            "Russian troops have set up a hasty defensive line at Alpha, the ministry said.",
            {"Alpha": "gn:1"},
        )
    )
    assert ("control_held", "gn:1", "RU", "asserted") in found, found


# --------------------------------------------------------------------------- round 6: file hygiene

# A pattern may open with "\\b(?=[abc])" so that it fails fast at words that cannot start it (speed);
# the letters must then cover the first letter of every alternative, or the pattern silently misses
# words (it once left out "crept", "edged", "inched" and "fought their way").
_FIRST_LETTERS = re.compile(r"^\\b\(\?=\[(?P<letters>[a-z]+)\]\)")


def _regex_cues(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [cue for value in node.values() for cue in _regex_cues(value)]
    if isinstance(node, list):
        return [str(item)[3:] for item in node if str(item).startswith("re:")]
    return []


def test_first_letter_guards_cover_every_alternative() -> None:
    data = read_yaml_mapping(lexicon_module.LANG_DIR / "en" / "claims.yaml")
    checked = 0
    for pattern in _regex_cues(data):
        guard = _FIRST_LETTERS.match(pattern)
        if guard is None:
            continue
        parsed = lexicon_module._parsed(pattern)
        prefixes = lexicon_module._prefix_in(parsed) if parsed is not None else None
        if prefixes is None:
            continue  # no literal every match starts with (an optional prefix): nothing to check
        checked += 1
        missing = {p[0] for p in prefixes} - set(guard.group("letters"))
        assert not missing, f"first letters {sorted(missing)} missing from the guard of {pattern[:80]}"
    assert checked >= 5


def test_advance_verbs_behind_the_guard_match() -> None:
    for verb in ("crept", "edged", "inched", "walked", "fought their way"):
        found = claims_of(f"Russian infantry {verb} into the eastern part of Alpha.", {"Alpha": "gn:1"})
        assert ("advance", "gn:1", "RU", "asserted") in claim_keys(found), verb
