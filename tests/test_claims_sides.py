"""Whose side a claim's actor is: places told as lost or fallen, fighting that names nobody, a side word
that only says who reports, and who organises an evacuation. Each class in several languages, with
sentences where the rule must apply and sentences where it must not.

Place mentions are built by hand (the places stage is tested elsewhere); the sentences are our own.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, extract_from
from frontwatch.model import Claim

Key = tuple[str, str | None, str | None, str]


def keys(claims: list[Claim], event_type: str) -> set[Key]:
    return {
        (c.event_type, c.place.place_id if c.place else None, c.actor_side, c.modality)
        for c in claims
        if c.event_type == event_type
    }


def run(text: str, lang: str, places: list[PlaceSpec], source: str = "Testblatt") -> list[Claim]:
    return extract_from(text, lang, places, source)


# ----------------------------------------------------------------------------- lost and fallen places

LOSS_CASES = [
    # The speaker's own loss: the place goes to the other side.
    (
        "en",
        "A Russian milblogger warned that Alpha would be lost within a week.",
        [("Alpha", "gn:1", "settlement")],
        ("control_change", "gn:1", "UA", "predicted"),
    ),
    (
        "de",
        "Ein russischer Militärblogger schrieb, Alpha sei bereits verloren.",
        [("Alpha", "gn:1", "settlement")],
        ("control_change", "gn:1", "UA", "asserted"),
    ),
    # A side that denies a fall denies its own loss.
    (
        "en",
        "The Ukrainian army denied that Alpha had fallen.",
        [("Alpha", "gn:1", "settlement")],
        ("control_change", "gn:1", "RU", "negated"),
    ),
    # Must not invert: a source that only reports a fall may be announcing its own gain ...
    (
        "de",
        "Alpha ist nach russischen Angaben gefallen.",
        [("Alpha", "gn:1", "settlement")],
        ("control_change", "gn:1", "RU", "asserted"),
    ),
    # ... a fall "to" a side names the winner ...
    (
        "en",
        "Alpha fell to Russian forces after weeks of shelling.",
        [("Alpha", "gn:1", "settlement")],
        ("control_change", "gn:1", "RU", "asserted"),
    ),
    # ... and a side named in another clause is the one that would take the place.
    (
        "en",
        "If the Russians cut the road at Beta, Alpha is lost.",
        [("Alpha", "gn:1", "settlement"), ("Beta", "gn:2", "settlement")],
        ("control_change", "gn:1", "RU", "conditional"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), LOSS_CASES)
def test_a_place_told_as_lost_goes_to_the_side_that_did_not_lose_it(
    lang: str, text: str, places: list[PlaceSpec], expected: Key
) -> None:
    assert expected in keys(run(text, lang, places), "control_change")


def test_a_loss_is_never_counted_for_both_sides() -> None:
    claims = run("The Ukrainian army denied that Alpha had fallen.", "en", [("Alpha", "gn:1", "settlement")])
    assert {c.actor_side for c in claims if c.event_type == "control_change"} == {"RU"}


# ----------------------------------------------------------------------------- fighting that names nobody

FIGHTING_CASES = [
    # The event noun is the subject of its own clause: whoever acts in the clause before is not its side.
    ("uk", "Росіяни обстрілюють Альфу, де тривають бої.", [("Альфу", "gn:1", "settlement")], None),
    (
        "ru",
        "Украинские войска вошли в Альфу, бои идут в центре города.",
        [("Альфу", "gn:1", "settlement")],
        None,
    ),
    # A side word before a verb of saying is who reports the fighting, not who fights.
    ("de", "Die russische Armee meldete Gefechte bei Alpha.", [("Alpha", "gn:1", "settlement")], None),
    # Must keep: the side word is the subject of the fighting.
    (
        "de",
        "Russische Truppen lieferten sich heftige Gefechte bei Alpha.",
        [("Alpha", "gn:1", "settlement")],
        "RU",
    ),
    ("uk", "Українські бійці ведуть бої біля Альфи.", [("Альфи", "gn:1", "settlement")], "UA"),
]


@pytest.mark.parametrize(("lang", "text", "places", "side"), FIGHTING_CASES)
def test_fighting_takes_only_the_subject_of_its_own_clause(
    lang: str, text: str, places: list[PlaceSpec], side: str | None
) -> None:
    fighting = keys(run(text, lang, places), "fighting")
    assert fighting, "no fighting claim"
    assert {key[2] for key in fighting} == {side}


# ----------------------------------------------------------------------------- who organises an evacuation

EVACUATION_CASES = [
    # A passive names no organiser; the official only reports it.
    (
        "de",
        "Nach Angaben des Gouverneurs wurden seit Montag 600 Menschen aus Alpha evakuiert.",
        [("Alpha", "gn:1", "settlement")],
        None,
    ),
    # An unmarked local authority that calls people out is the Ukrainian one ...
    (
        "ru",
        "Областные власти призвали жителей Альфы уехать в безопасные районы.",
        [("Альфы", "gn:1", "settlement")],
        "UA",
    ),
    (
        "uk",
        "Поліція вивозить мешканців з Альфи.",
        [("Альфи", "gn:1", "settlement")],
        "UA",
    ),
    (
        "en",
        "Police say they have brought the last families out of Alpha.",
        [("Alpha", "gn:1", "settlement")],
        "UA",
    ),
    # ... an authority marked as the occupation's is Russia's ...
    (
        "ru",
        "Оккупационные власти призвали жителей Альфы уехать в Россию.",
        [("Альфы", "gn:1", "settlement")],
        "RU",
    ),
    # ... and officials who only tell what happened organise nothing.
    (
        "en",
        "A column of buses took 200 people out of Alpha, officials said.",
        [("Alpha", "gn:1", "settlement")],
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "side"), EVACUATION_CASES)
def test_an_evacuation_is_the_side_of_whoever_organises_it(
    lang: str, text: str, places: list[PlaceSpec], side: str | None
) -> None:
    evacuations = keys(run(text, lang, places), "evacuation")
    assert evacuations, "no evacuation claim"
    assert {key[2] for key in evacuations} == {side}


# ----------------------------------------------------------------------------- the speaker as the doer


def test_en_a_reported_move_without_a_side_of_its_own_is_the_speakers() -> None:
    claims = run(
        "Ukrainian troops entered Alpha on Sunday, a day after Russia's defence ministry said it had "
        "pulled its units back from the town.",
        "en",
        [("Alpha", "gn:1", "settlement")],
    )
    assert {c.actor_side for c in claims if c.event_type == "withdrawal"} == {"RU"}
    # The earlier clause keeps its own subject.
    assert {c.actor_side for c in claims if c.event_type == "advance"} == {"UA"}


def test_de_a_reported_gain_with_its_own_subject_keeps_it() -> None:
    claims = run(
        "Moskau meldete, ukrainische Einheiten hätten sich aus Alpha zurückgezogen.",
        "de",
        [("Alpha", "gn:1", "settlement")],
    )
    assert {c.actor_side for c in claims if c.event_type == "withdrawal"} == {"UA"}


# ------------------------------------------------------------------ a holding that describes a place


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "en",
            "Ukrainian drones hit a fuel depot in occupied Alpha overnight.",
            [("Alpha", "gn:1", "settlement")],
        ),
        (
            "uk",
            "Українські дрони уразили склад пального в окупованій Альфі.",
            [("Альфі", "gn:1", "settlement")],
        ),
    ],
)
def test_an_occupied_place_is_held_by_russia_whoever_strikes_it(
    lang: str, text: str, places: list[PlaceSpec]
) -> None:
    claims = run(text, lang, places)
    assert {c.actor_side for c in claims if c.event_type == "control_held"} == {"RU"}
    assert {c.actor_side for c in claims if c.event_type == "strike"} == {"UA"}


# ----------------------------------------------------------------------------- a unit is not a speaker


@pytest.mark.parametrize(
    ("lang", "text", "places", "side"),
    [
        (
            "uk",
            "За словами військових, вагнерівці щодня атакують околиці Бети. Ворог також тисне на Альфу.",
            [("Альфу", "gn:1", "settlement"), ("Бети", "gn:2", "settlement")],
            "RU",
        ),
        (
            "ru",
            "По словам военных, вагнеровцы каждый день атакуют окраины Беты. Противник также давит на Альфу.",
            [("Альфу", "gn:1", "settlement"), ("Беты", "gn:2", "settlement")],
            "UA",
        ),
    ],
)
def test_a_unit_that_acts_after_the_verb_of_saying_is_not_carried_as_the_speaker(
    lang: str, text: str, places: list[PlaceSpec], side: str
) -> None:
    claims = run(text, lang, places)
    pressed = [c for c in claims if c.place is not None and c.place.place_id == "gn:1"]
    assert pressed, "no claim at Alpha"
    assert {c.actor_side for c in pressed} == {side}
    assert all(c.source.kind != "military" or c.source.side != "RU" for c in pressed)


# ----------------------------------------------------------------------------- forces named without a side


@pytest.mark.parametrize(
    ("lang", "text", "places", "event_type", "side"),
    [
        (
            "de",
            "Russische Einheiten greifen seit Tagen bei Beta an. "
            "Laut Beobachtern könnten sie Alpha bald einkreisen.",
            [("Alpha", "gn:1", "settlement"), ("Beta", "gn:2", "settlement")],
            "encirclement",
            "RU",
        ),
        (
            "en",
            "Ukrainian brigades kept pushing east of Beta on Monday. Further north, soldiers reached Alpha.",
            [("Alpha", "gn:1", "settlement"), ("Beta", "gn:2", "settlement")],
            "advance",
            "UA",
        ),
    ],
)
def test_unnamed_forces_are_those_of_the_side_named_before_in_the_paragraph(
    lang: str, text: str, places: list[PlaceSpec], event_type: str, side: str
) -> None:
    claims = run(text, lang, places)
    at_alpha = [c for c in claims if c.event_type == event_type and c.place and c.place.place_id == "gn:1"]
    assert at_alpha, f"no {event_type} at Alpha"
    assert {c.actor_side for c in at_alpha} == {side}


def test_unnamed_forces_do_not_take_a_side_from_another_paragraph() -> None:
    claims = run(
        "Ukrainian brigades kept pushing east of Beta on Monday.\n\nFurther north, soldiers reached Alpha.",
        "en",
        [("Alpha", "gn:1", "settlement"), ("Beta", "gn:2", "settlement")],
    )
    at_alpha = [c for c in claims if c.event_type == "advance" and c.place and c.place.place_id == "gn:1"]
    assert at_alpha, "no advance at Alpha"
    assert {c.actor_side for c in at_alpha} == {None}


def test_de_the_defenders_are_the_speakers_own_troops() -> None:
    claims = run(
        "Nach Angaben des ukrainischen Generalstabs schlugen die Verteidiger "
        "bei Alpha mehrere Angriffe zurück.",
        "de",
        [("Alpha", "gn:1", "settlement")],
    )
    assert {c.actor_side for c in claims if c.event_type == "fighting"} == {"UA"}


def test_de_russia_describing_a_place_is_its_holder_not_the_actor() -> None:
    hit = run(
        "Auf der von Russland annektierten Halbinsel ist in der Nacht "
        "ein Flugplatz bei Alpha getroffen worden.",
        "de",
        [("Alpha", "gn:1", "settlement")],
    )
    # A passive without an agent names nobody who fired.
    assert {c.actor_side for c in hit if c.event_type == "strike"} == {None}
    held = run(
        "Ukrainische Drohnen trafen ein Depot im von Russland besetzten Alpha.",
        "de",
        [("Alpha", "gn:1", "settlement")],
    )
    assert {c.actor_side for c in held if c.event_type == "control_held"} == {"RU"}
    assert {c.actor_side for c in held if c.event_type == "strike"} == {"UA"}
    # Must keep: a real agent after "von" still fires.
    agent = run(
        "Alpha ist in der Nacht von Russland mit Raketen beschossen worden.",
        "de",
        [("Alpha", "gn:1", "settlement")],
    )
    assert {c.actor_side for c in agent if c.event_type == "strike"} == {"RU"}
