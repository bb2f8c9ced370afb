"""The English claim vocabulary (data/lang/en/claims.yaml): how wires, think-tank updates,
defence-intelligence bullets, official statements and translated channel posts say things.

The sentences are our own; place mentions are built by hand (the places stage is tested elsewhere),
with made-up ids, so only the lexicon and the extractor are exercised.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from frontwatch.claims import extract_claims
from frontwatch.claims.lexicon import load_lexicon
from frontwatch.model import Claim, PlaceMention, Report

Key = tuple[str, str | None, str | None, str]


def _report(text: str, source: str) -> Report:
    return Report(
        id=f"en-lex-{abs(hash(text)) % 10**8}",
        source=source,
        raw_text=text,
        clean_text=text,
        format="text",
        origin="test",
        published=datetime(2022, 9, 12),
        lang="en",
    )


def _mentions(report: Report, places: dict[str, str]) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    for surface, place_id in places.items():
        start = report.clean_text.find(surface)
        assert start >= 0, f"{surface!r} not in the test text"
        while start >= 0:
            found.append(
                PlaceMention(
                    report_id=report.id,
                    start=start,
                    end=start + len(surface),
                    text=surface,
                    place_id=place_id,
                    name_en=surface,
                    precision="oblast" if place_id.startswith("iso:") else "settlement",
                )
            )
            start = report.clean_text.find(surface, start + len(surface))
    return sorted(found, key=lambda m: m.start)


def claims_of(text: str, places: dict[str, str], source: str = "Test Wire") -> list[Claim]:
    report = _report(text, source)
    return extract_claims(report, _mentions(report, places))


def keys(claims: list[Claim]) -> set[Key]:
    return {(c.event_type, c.place.place_id if c.place else None, c.actor_side, c.modality) for c in claims}


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
            "About 5,000 residents had been taken from Alpha to Belgorod, the occupation head said.",
            {"Alpha": "gn:1"},
            {("evacuation", "gn:1", None, "asserted")},
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
def test_event_words(text: str, places: dict[str, str], expected: set[Key]) -> None:
    found = keys(claims_of(text, places))
    assert expected <= found, f"missing {expected - found}; found {found}"


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


def test_satellite_images_at_the_end_are_evidence_not_geolocated_media() -> None:
    found = claims_of(
        "Two spans of the bridge near Alpha were blown up, satellite images showed.", {"Alpha": "gn:1"}
    )
    assert "media_geolocated" not in types(found)
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
    assert ("strike", "gn:1", "UA", "asserted") in keys(found)
    assert ("fighting", "gn:1", "RU", "asserted") in keys(found)


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
