"""Round-3 probes for German and English claims: structures the rules missed or misread.

Each test names a general phenomenon and varies it (verbs, word order, places, both languages where
it is not language-specific), with negative probes where the rule must not fire. The sentences are
written for these tests; place mentions are built by hand and their ids are arbitrary.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims_helpers import ClaimKey, PlaceSpec, claim_keys, extract_from, settlement
from frontwatch.model import Claim

TOREZK = settlement("Torezk", 301)
TOKMAK = settlement("Tokmak", 302)
KRYNKY = settlement("Krynky", 303)
AWDIJIWKA = settlement("Awdijiwka", 304)
WUHLEDAR = settlement("Wuhledar", 305)
POKROWSK = settlement("Pokrowsk", 306)
WOWTSCHANSK = settlement("Wowtschansk", 307)
MARJINKA = settlement("Marjinka", 308)
TORETSK = settlement("Toretsk", 311)
CHASIV_YAR = settlement("Chasiv Yar", 312)
ROBOTYNE = settlement("Robotyne", 313)
AVDIIVKA = settlement("Avdiivka", 314)
POKROVSK = settlement("Pokrovsk", 315)
KHARKIV = settlement("Kharkiv", 316)
VUHLEDAR = settlement("Vuhledar", 317)


def run(text: str, lang: str, places: list[PlaceSpec], source: str = "Testblatt") -> list[Claim]:
    return extract_from(text, lang, places, source, date(2024, 6, 12))


# --------------------------------------------------------------------------------------------------
# "erreichen" at the end of a German subordinate clause, after a force as its subject: the verb-final
# order of "dass ...", "Sollten ...", "als ..." clauses; the modality comes from the clause frame.


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (
            "Kiew bestritt, dass russische Einheiten Torezk erreicht hätten.",
            [TOREZK],
            ("advance", "gn:301", "RU", "negated"),
        ),
        (
            "Sollten ukrainische Truppen Tokmak erreichen, wäre die Landbrücke gefährdet.",
            [TOKMAK],
            ("advance", "gn:302", "UA", "conditional"),
        ),
        (
            "Als die ukrainischen Soldaten Krynky erreichten, war kaum ein Haus unbeschädigt.",
            [KRYNKY],
            ("advance", "gn:303", "UA", "asserted"),
        ),
        (
            "Wenn die Russen Pokrowsk erreichen, wäre der Bahnknoten verloren.",
            [POKROWSK],
            ("advance", "gn:306", "RU", "conditional"),
        ),
    ],
)
def test_a_verb_final_reach_after_a_force_is_an_advance(
    text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(run(text, "de", places))


def test_reaching_an_aim_or_an_agreement_is_no_advance() -> None:
    claims = run(
        "Die Delegation aus Tokmak hat ihr Ziel erreicht, eine Einigung wurde erreicht.", "de", [TOKMAK]
    )
    assert "advance" not in {c.event_type for c in claims}


# --------------------------------------------------------------------------------------------------
# A holding denied by a plain negation: English "do not control", German verb-second "kontrollieren
# ... nicht" with the negator closing the clause far from the verb.


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        (
            "Analysts say Russian forces do not control Toretsk.",
            "en",
            [TORETSK],
            ("control_held", "gn:311", "RU", "negated"),
        ),
        (
            "We assess that Ukrainian troops don't hold Robotyne any more than the Russians do.",
            "en",
            [ROBOTYNE],
            ("control_held", "gn:313", "UA", "negated"),
        ),
        (
            "Russische Truppen kontrollieren Torezk nach Angaben des Generalstabs nicht.",
            "de",
            [TOREZK],
            ("control_held", "gn:301", "RU", "negated"),
        ),
        (
            "Die ukrainische Armee kontrolliert Krynky derzeit nicht.",
            "de",
            [KRYNKY],
            ("control_held", "gn:303", "UA", "negated"),
        ),
    ],
)
def test_a_holding_with_a_plain_negation_is_negated(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(run(text, lang, places))


def test_a_holding_without_negation_stays_asserted() -> None:
    found = claim_keys(
        run("Russische Truppen kontrollieren Torezk nach Angaben des Generalstabs.", "de", [TOREZK])
    )
    assert ("control_held", "gn:301", "RU", "asserted") in found
    assert ("control_held", "gn:301", "RU", "negated") not in found


# --------------------------------------------------------------------------------------------------
# An order or announcement with a zu-infinitive: what is ordered is still to come (predicted), and
# the cue does not reach back over a semicolon to an act already reported.


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (
            "Putin ordnete an, Awdijiwka vollständig abzuriegeln.",
            [AWDIJIWKA],
            ("encirclement", "gn:304", "RU", "predicted"),
        ),
        (
            "Die Militärverwaltung kündigte an, die Evakuierung aus Wowtschansk auszuweiten.",
            [WOWTSCHANSK],
            ("evacuation", "gn:307", "UA", "predicted"),
        ),
    ],
)
def test_an_ordered_or_announced_act_is_predicted(
    text: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(run(text, "de", places))


def test_an_order_does_not_make_the_report_before_it_predicted() -> None:
    found = claim_keys(
        run(
            "Schoigu meldete die Einnahme von Marjinka; Putin ordnete an, Awdijiwka abzuriegeln.",
            "de",
            [MARJINKA, AWDIJIWKA],
        )
    )
    assert ("control_change", "gn:308", "RU", "asserted") in found
    assert ("encirclement", "gn:304", "RU", "predicted") in found


# --------------------------------------------------------------------------------------------------
# Sealing off a place or a garrison is an encirclement; a police cordon around a site is not.


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        (
            "Russian troops sealed off Avdiivka from the north.",
            "en",
            [AVDIIVKA],
            ("encirclement", "gn:314", "RU"),
        ),
        (
            "The garrison of Vuhledar has been sealed off by Russian units, a blogger wrote.",
            "en",
            [VUHLEDAR],
            ("encirclement", "gn:317", "RU"),
        ),
        (
            "Russische Einheiten haben Wuhledar von drei Seiten abgeriegelt.",
            "de",
            [WUHLEDAR],
            ("encirclement", "gn:305", "RU"),
        ),
        (
            "Ukrainische Kräfte riegelten Krynky nach Süden hin ab.",
            "de",
            [KRYNKY],
            ("encirclement", "gn:303", "UA"),
        ),
    ],
)
def test_sealing_off_a_place_is_an_encirclement(
    text: str, lang: str, places: list[PlaceSpec], expected: tuple[str, str, str]
) -> None:
    assert expected in {
        (c.event_type, c.place.place_id if c.place else None, c.actor_side) for c in run(text, lang, places)
    }


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        ("Police sealed off the area around the market in Kharkiv after the attack.", "en", [KHARKIV]),
        ("Nach der Explosion riegelte die Polizei das Gelände in Pokrowsk weiträumig ab.", "de", [POKROWSK]),
    ],
)
def test_a_police_cordon_is_no_encirclement(text: str, lang: str, places: list[PlaceSpec]) -> None:
    assert "encirclement" not in {c.event_type for c in run(text, lang, places)}


# --------------------------------------------------------------------------------------------------
# A bare verdict after a relayed claim ("FAKE.", "Das trifft nicht zu.") negates it, even though the
# outlet itself wrote the sentence before: that sentence only relayed what others say.


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        (
            "Russian propagandists claim that Ukrainian troops have withdrawn from Chasiv Yar. FAKE.",
            "en",
            [CHASIV_YAR],
            ("withdrawal", "gn:312", "UA", "negated"),
        ),
        (
            "Enemy channels claim that our units left Toretsk overnight. Not true!",
            "en",
            [TORETSK],
            ("withdrawal", "gn:311", None, "negated"),
        ),
        (
            "In einer früheren Fassung hieß es, russische Truppen seien bis ins Zentrum von Torezk "
            "vorgedrungen. Das trifft nicht zu.",
            "de",
            [TOREZK],
            ("advance", "gn:301", "RU", "negated"),
        ),
    ],
)
def test_a_verdict_on_a_relayed_claim_negates_it(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    found = claim_keys(run(text, lang, places))
    event_type, place, _, modality = expected
    assert (event_type, place, modality) in {(k[0], k[1], k[3]) for k in found}


def test_a_verdict_does_not_negate_the_outlets_own_report() -> None:
    found = claim_keys(
        run("Ukrainian troops withdrew from Chasiv Yar overnight. Not true, said Moscow.", "en", [CHASIV_YAR])
    )
    assert ("withdrawal", "gn:312", "UA", "asserted") in found


def test_fake_as_an_adjective_is_no_denial() -> None:
    found = claim_keys(
        run("Russia held fake referendums in Kharkiv. Fake ballots were counted.", "en", [KHARKIV])
    )
    assert all(k[3] != "negated" for k in found)


# --------------------------------------------------------------------------------------------------
# A generic statement about a kind of event is commentary, not a report of one.


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Such breakthroughs by small groups near Pokrovsk are typical of Russian tactics.",
            "en",
            [POKROVSK],
        ),
        (
            "Drone strikes on Kharkiv at night have become characteristic of this phase of the war.",
            "en",
            [KHARKIV],
        ),
        (
            "Solche Vorstöße kleiner Trupps bei Pokrowsk sind typisch für die russische Taktik.",
            "de",
            [POKROWSK],
        ),
    ],
)
def test_a_generic_statement_about_events_is_no_claim(text: str, lang: str, places: list[PlaceSpec]) -> None:
    assert run(text, lang, places) == []


# --------------------------------------------------------------------------------------------------
# ISW wording: clearing operations in a town are combat there.


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        ("Ukrainian forces continue clearing operations in Robotyne.", ROBOTYNE, "UA"),
        ("Russian troops conducted assault operations near Toretsk on June 10.", TORETSK, "RU"),
    ],
)
def test_clearing_and_assault_operations_are_fighting(text: str, place: PlaceSpec, side: str) -> None:
    assert ("fighting", place[1], side, "asserted") in claim_keys(run(text, "en", [place]))


# --------------------------------------------------------------------------------------------------
# An encirclement is of a force at a place: a placeless one is a general threat or a motive.


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ihnen droht eine Einkesselung, falls die Ukrainer weiter vorrücken.", "de"),
        ("The decision was taken to avoid encirclement and save lives, he said.", "en"),
    ],
)
def test_a_placeless_encirclement_is_no_claim(text: str, lang: str) -> None:
    assert "encirclement" not in {c.event_type for c in run(text, lang, [])}


# --------------------------------------------------------------------------------------------------
# A holding or an annexation worded as an attribute is a background fact: the doubt, condition or
# denial of the sentence's main verb is not about it.

MELITOPOL = settlement("Melitopol", 321)
SAKY = settlement("Saky", 322)
KRIM = ("Krim", "iso:UA-43", "oblast")
CRIMEA = ("Crimea", "iso:UA-43", "oblast")
TOKMAK_EN = settlement("Tokmak", 323)


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        (
            "Im russisch besetzten Melitopol sollen Partisanen einen Zug gesprengt haben.",
            "de",
            [MELITOPOL],
            ("control_held", "gn:321", "RU", "asserted"),
        ),
        (
            "Auf der von Russland annektierten Krim ist offenbar ein Flugplatz bei Saky getroffen worden.",
            "de",
            [KRIM, SAKY],
            ("political", "iso:UA-43", "RU", "asserted"),
        ),
        (
            "In Russian-occupied Melitopol, partisans reportedly blew up a train.",
            "en",
            [MELITOPOL],
            ("control_held", "gn:321", "RU", "asserted"),
        ),
        (
            "If Ukrainian forces reach occupied Tokmak, the land bridge would be at risk.",
            "en",
            [TOKMAK_EN],
            ("control_held", "gn:323", "RU", "asserted"),
        ),
    ],
)
def test_an_attributive_holding_is_asserted_background(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(run(text, lang, places))


def test_the_main_claim_next_to_an_attributive_holding_keeps_its_hedge() -> None:
    found = claim_keys(
        run("Im russisch besetzten Melitopol sollen Partisanen einen Zug gesprengt haben.", "de", [MELITOPOL])
    )
    assert ("partisan_attack", "gn:321", "UA", "hedged") in found


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        # a finite verb, not an attribute: the hedge is the claim's
        (
            "Die Russen sollen Tokmak besetzt haben.",
            "de",
            [TOKMAK],
            ("control_change", "gn:302", "RU", "hedged"),
        ),
        (
            "Russia has reportedly occupied Tokmak.",
            "en",
            [TOKMAK_EN],
            ("control_change", "gn:323", "RU", "hedged"),
        ),
    ],
)
def test_a_finite_verb_of_holding_or_taking_keeps_the_hedge(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in claim_keys(run(text, lang, places))


def test_occupied_after_a_verb_of_moving_is_a_holding_not_a_capture() -> None:
    found = claim_keys(run("Ukrainian drones struck occupied Tokmak overnight.", "en", [TOKMAK_EN]))
    assert ("control_held", "gn:323", "RU", "asserted") in found
    assert not any(k[0] == "control_change" for k in found)


# --------------------------------------------------------------------------------------------------
# German verb-first conditions also open a statement after a colon or semicolon.


@pytest.mark.parametrize(
    "text",
    [
        "Für die Russen wird es enger: Sollte Tokmak fallen, müsste der Nachschub über Umwege laufen.",
        "Die Lage ist ernst; sollten die Russen Torezk erreichen, wäre Kostjantyniwka bedroht.",
    ],
)
def test_a_verb_first_condition_after_a_colon_is_conditional(text: str) -> None:
    places = [p for p in (TOKMAK, TOREZK, settlement("Kostjantyniwka", 324)) if p[0] in text]
    claims = run(text, "de", places)
    assert claims
    assert {c.modality for c in claims} == {"conditional"}


# --------------------------------------------------------------------------------------------------
# German intransitive "angreifen" after a fronted place, the subject after the verb: ground attacks.


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        ("Bei Torezk griffen russische Einheiten mehrfach an.", [TOREZK], ("fighting", "gn:301", "RU")),
        ("Im Raum Pokrowsk greifen die Russen seit Tagen an.", [POKROWSK], ("fighting", "gn:306", "RU")),
        ("Nahe Krynky griff die ukrainische Infanterie zweimal an.", [KRYNKY], ("fighting", "gn:303", "UA")),
    ],
)
def test_an_attack_without_object_after_a_fronted_place_is_fighting(
    text: str, places: list[PlaceSpec], expected: tuple[str, str, str]
) -> None:
    assert expected in {(k[0], k[1], k[2]) for k in claim_keys(run(text, "de", places))}


def test_an_attack_with_weapons_named_stays_a_strike() -> None:
    found = claim_keys(
        run("In der Nacht griffen russische Truppen Pokrowsk mit Drohnen an.", "de", [POKROWSK])
    )
    assert ("strike", "gn:306", "RU", "asserted") in found
    assert not any(k[0] == "fighting" for k in found)


# --------------------------------------------------------------------------------------------------
# A counter-accusation without an event word of its own (a part of the sentence, or a short sentence
# right after) says the blamed side did the act just reported: the claim again, with that side as
# actor and the blamer as source.

ENERHODAR = settlement("Enerhodar", 331)


@pytest.mark.parametrize(
    ("text", "lang", "expected_sides"),
    [
        (
            "Das Kraftwerk bei Enerhodar geriet unter Beschuss. Der Betreiber machte russische Einheiten "
            "für den Angriff verantwortlich, Moskau wiederum beschuldigte die ukrainische Armee.",
            "de",
            {"RU", "UA"},
        ),
        ("Enerhodar wurde erneut beschossen. Moskau beschuldigte die ukrainische Armee.", "de", {"UA"}),
        ("Enerhodar was shelled again overnight. Russia blamed Ukraine.", "en", {"UA"}),
        (
            "Enerhodar was shelled again overnight. "
            "Kyiv blamed Russian troops, while Moscow accused Ukraine.",
            "en",
            {"RU", "UA"},
        ),
    ],
)
def test_a_counter_accusation_names_the_side_that_fired(
    text: str, lang: str, expected_sides: set[str]
) -> None:
    claims = run(text, lang, [ENERHODAR])
    sides = {
        c.actor_side for c in claims if c.event_type == "strike" and c.place and c.place.place_id == "gn:331"
    }
    assert expected_sides <= sides
    blamed = [c for c in claims if c.meta.get("blamed_in")]
    assert all(c.source.side != c.actor_side for c in blamed)


def test_blame_is_not_copied_onto_a_capture() -> None:
    claims = run("Ukrainian troops liberated Enerhodar. Russia blamed Ukraine.", "en", [ENERHODAR])
    assert {(c.event_type, c.actor_side) for c in claims} == {("control_change", "UA")}


def test_a_blame_sentence_far_from_the_act_copies_nothing() -> None:
    claims = run(
        "Enerhodar was shelled again overnight. The plant has been without outside power for a week. "
        "Russia blamed Ukraine.",
        "en",
        [ENERHODAR],
    )
    assert {c.actor_side for c in claims if c.event_type == "strike"} == {None}


# --------------------------------------------------------------------------------------------------
# Look-alikes: war words in labour, sport, illness, photography and rescue reporting are no claims.


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        ("The miners went on strike in Kryvyi Rih.", "en", [settlement("Kryvyi Rih", 341)]),
        ("A general strike paralysed Kherson on Monday.", "en", [settlement("Kherson", 342)]),
        ("He has been fighting cancer in a Kharkiv hospital for a year.", "en", [KHARKIV]),
        ("Farmers in Kherson are fighting for compensation.", "en", [settlement("Kherson", 342)]),
        ("Dnipro won the battle for the league title after beating Lviv.", "en", [settlement("Lviv", 343)]),
        ("The photographer captured the moment in Lviv.", "en", [settlement("Lviv", 343)]),
        ("Rescuers in Dnipro pulled survivors out of the rubble.", "en", [settlement("Dnipro", 344)]),
        ("Sie kämpft in einer Klinik in Charkiw gegen den Krebs.", "de", [settlement("Charkiw", 345)]),
        ("Die Bauern in Cherson kämpfen um Entschädigung.", "de", [settlement("Cherson", 346)]),
        ("Dnipro gewann den Kampf um die Meisterschaft gegen Lwiw.", "de", [settlement("Lwiw", 347)]),
    ],
)
def test_look_alikes_are_no_claims(text: str, lang: str, places: list[PlaceSpec]) -> None:
    assert run(text, lang, places) == []


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        ("A Russian missile struck Kherson.", "en", [settlement("Kherson", 342)], ("strike", "gn:342", "RU")),
        (
            "Russian troops pulled out of Dnipro.",
            "en",
            [settlement("Dnipro", 344)],
            ("withdrawal", "gn:344", "RU"),
        ),
        (
            "Russian forces captured Lviv.",
            "en",
            [settlement("Lviv", 343)],
            ("control_change", "gn:343", "RU"),
        ),
        (
            "Ukrainische Soldaten kämpften um jedes Haus in Cherson.",
            "de",
            [settlement("Cherson", 346)],
            ("fighting", "gn:346", "UA"),
        ),
        (
            "Im Kampf um Cherson fielen viele Soldaten.",
            "de",
            [settlement("Cherson", 346)],
            ("fighting", "gn:346", None),
        ),
    ],
)
def test_the_war_words_next_to_the_look_alikes_still_work(
    text: str, lang: str, places: list[PlaceSpec], expected: tuple[str, str, str | None]
) -> None:
    assert expected in {(k[0], k[1], k[2]) for k in claim_keys(run(text, lang, places))}


# --------------------------------------------------------------------------------------------------
# Drones hanging over a road hold it under fire: a supply-line claim at the place the road leads to.


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Über der Straße nach Torezk hängen ständig russische Drohnen.", "de", TOREZK),
        ("Russische Drohnen kreisen pausenlos über der Zufahrt nach Pokrowsk.", "de", POKROWSK),
        ("Russian drones hover over the road to Toretsk around the clock.", "en", TORETSK),
    ],
)
def test_drones_over_a_road_are_a_supply_line_claim(text: str, lang: str, place: PlaceSpec) -> None:
    assert ("supply_line", place[1], "RU", "asserted") in claim_keys(run(text, lang, [place]))


def test_drones_over_a_town_are_no_supply_line_claim() -> None:
    assert "supply_line" not in {
        c.event_type for c in run("Über der Stadt Pokrowsk kreisen Drohnen.", "de", [POKROWSK])
    }


# --------------------------------------------------------------------------------------------------
# "bevorstehen" in the infinitive or verb-final: what is imminent is predicted.


@pytest.mark.parametrize(
    "text",
    [
        "Beobachter meinen, eine Einkesselung russischer Truppen bei Torezk dürfte unmittelbar bevorstehen.",
        "Es heißt, dass der Sturm auf Torezk bevorsteht.",
    ],
)
def test_an_imminent_event_is_predicted(text: str) -> None:
    claims = run(text, "de", [TOREZK])
    assert claims
    assert {c.modality for c in claims} == {"predicted"}


# --------------------------------------------------------------------------------------------------
# Pressure on a place is fighting there; pressure on a government is not.


@pytest.mark.parametrize(
    ("text", "lang", "place", "side"),
    [
        ("Russian forces are pressing on Toretsk from three directions.", "en", TORETSK, "RU"),
        ("Russian troops keep up the pressure on Toretsk.", "en", TORETSK, "RU"),
        ("Russische Truppen erhöhen den Druck auf Torezk.", "de", TOREZK, "RU"),
    ],
)
def test_pressure_on_a_place_is_fighting(text: str, lang: str, place: PlaceSpec, side: str) -> None:
    assert ("fighting", place[1], side, "asserted") in claim_keys(run(text, lang, [place]))


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("The EU keeps up the pressure on Moscow over Toretsk.", "en", TORETSK),
        ("Die EU erhöht den Druck auf Moskau wegen Torezk.", "de", TOREZK),
    ],
)
def test_political_pressure_is_no_fighting(text: str, lang: str, place: PlaceSpec) -> None:
    assert "fighting" not in {c.event_type for c in run(text, lang, [place])}


# --------------------------------------------------------------------------------------------------
# A road under fire with several words before "fire" ("under constant Russian drone fire").


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("The road into Toretsk is under constant Russian drone fire.", "en", TORETSK),
        ("Die Straße nach Torezk liegt unter ständigem russischem Drohnenbeschuss.", "de", TOREZK),
    ],
)
def test_a_road_under_fire_is_a_supply_line_claim(text: str, lang: str, place: PlaceSpec) -> None:
    assert ("supply_line", place[1], "RU", "asserted") in claim_keys(run(text, lang, [place]))


def test_a_strike_word_after_a_word_ending_like_a_blocked_one_still_counts() -> None:
    # "aviation struck": the look-behind for "on strike" must not see the end of "aviation"
    assert ("strike", "gn:302", "UA", "asserted") in claim_keys(
        run("Ukrainian aviation struck three areas near Tokmak.", "en", [settlement("Tokmak", 302)])
    )


# --------------------------------------------------------------------------------------------------
# "no longer control(s)": the subject lost the place, a change to the other side, not a negation.


@pytest.mark.parametrize(
    ("text", "place", "expected_side"),
    [
        ("Ukrainian forces no longer control Toretsk.", TORETSK, "RU"),
        ("Russia no longer holds Robotyne, the General Staff said.", ROBOTYNE, "UA"),
    ],
)
def test_no_longer_holding_a_place_is_its_loss(text: str, place: PlaceSpec, expected_side: str) -> None:
    assert ("control_change", place[1], expected_side, "asserted") in claim_keys(run(text, "en", [place]))


def test_a_plain_no_still_negates() -> None:
    assert ("strike", "gn:316", None, "negated") in claim_keys(
        run("No shelling was reported in Kharkiv.", "en", [KHARKIV])
    )


@pytest.mark.parametrize(
    ("text", "place", "expected_side"),
    [
        ("Die ukrainischen Truppen kontrollieren Torezk nicht mehr.", TOREZK, "RU"),
        ("Krynky steht nicht mehr unter russischer Kontrolle, sagte der Generalstab.", KRYNKY, "UA"),
    ],
)
def test_a_holding_ended_in_german_is_a_loss(text: str, place: PlaceSpec, expected_side: str) -> None:
    assert ("control_change", place[1], expected_side, "asserted") in claim_keys(run(text, "de", [place]))


def test_no_more_shelling_stays_negated() -> None:
    assert ("strike", "gn:301", None, "negated") in claim_keys(
        run("Torezk wird nicht mehr beschossen.", "de", [TOREZK])
    )


# --------------------------------------------------------------------------------------------------
# Headline and channel wording: "Russians gone", "Die Russen sind weg" is the occupier's withdrawal;
# residents pouring into the streets is no advance.


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Toretsk: Russians gone, the town celebrates", "en", TORETSK),
        ("Torezk: Die Russen sind endlich weg", "de", TOREZK),
    ],
)
def test_the_occupier_gone_is_a_withdrawal(text: str, lang: str, place: PlaceSpec) -> None:
    assert ("withdrawal", place[1], "RU", "asserted") in claim_keys(run(text, lang, [place]))


def test_residents_pouring_into_the_streets_is_no_advance() -> None:
    claims = run("Residents of Toretsk poured into the streets.", "en", [TORETSK])
    assert "advance" not in {c.event_type for c in claims}


# --------------------------------------------------------------------------------------------------
# A superlative verdict on the event just reported ("It was one of the deadliest attacks this year")
# rates that claim and makes none of its own.

SUMY = settlement("Sumy", 351)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russische Raketen trafen das Zentrum von Sumy. "
            "Es war einer der folgenschwersten Angriffe auf eine ukrainische Stadt in diesem Jahr.",
            "de",
        ),
        (
            "Russian missiles hit central Sumy. "
            "It was one of the deadliest attacks on a Ukrainian city this year.",
            "en",
        ),
    ],
)
def test_a_verdict_on_the_reported_strike_adds_no_claim(text: str, lang: str) -> None:
    assert claim_keys(run(text, lang, [SUMY])) == {("strike", "gn:351", "RU", "asserted")}
