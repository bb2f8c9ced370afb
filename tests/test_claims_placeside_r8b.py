"""Probes for the second round-8 place and side rules (claims/placing.py, claims/linking.py).

- a withdrawal "into" a region or town (claims.yaml ``into_before``) has that region or town as where
  the force went (``places_to``), not as its place; an advance "into" a town is still at the town;
- a capital as the agent of a passive ("shelled by Kyiv", ``capital_agent_before`` / the instrumental)
  is no place; the instrumental after a place preposition ("под Киевом") still is;
- a capital that the event word governs ("missiles strike Kyiv and cities across Ukraine") is a place,
  and so is the country the strike is spread over (``across_country_before``); "other cities of
  Ukraine" only locates the cities;
- a placeless continuation (round-6 rule 7, round-8 settlement 7): an evacuation right after a strike
  takes the strike's place; one claim per place when one event word named two; a region before leaves
  it null; an evacuation after an advance does not continue it.

The sentences are written for these tests, in several languages, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import PlaceSpec, extract_checked, oblast, settlement

KYIV = "gn:703448"

Full = set[tuple[str, str | None, tuple[str, ...], str | None]]


def keys(text: str, lang: str, places: list[PlaceSpec]) -> Full:
    """(event type, place id, objective ids, actor side) of every claim of ``text``."""
    return {
        (
            c.event_type,
            c.place.place_id if c.place else None,
            tuple(p.place_id or "" for p in c.places_to),
            c.actor_side,
        )
        for c in extract_checked(text, lang, places)
    }


def capital(surface: str) -> PlaceSpec:
    return (surface, KYIV, "settlement")


# --- a withdrawal "into" a place: where the force went, not its place


@pytest.mark.parametrize(
    ("lang", "text", "places", "to"),
    [
        (
            "ru",
            "Противник отошёл на территорию Харьковской области.",
            [oblast("Харьковской", "UA-63")],
            "iso:UA-63",
        ),
        (
            "uk",
            "Ворог відступив на територію Харківської області.",
            [oblast("Харківської", "UA-63")],
            "iso:UA-63",
        ),
        (
            "en",
            "The Russian units fell back into the Kharkiv region.",
            [oblast("Kharkiv", "UA-63")],
            "iso:UA-63",
        ),
        (
            "de",
            "Die Truppen zogen sich in das Gebiet Charkiw zurück.",
            [oblast("Charkiw", "UA-63")],
            "iso:UA-63",
        ),
        ("ru", "Остатки батальона отошли в город Купянск.", [settlement("Купянск", 1)], "gn:1"),
    ],
)
def test_withdrawal_into_a_place_goes_to_places_to(
    lang: str, text: str, places: list[PlaceSpec], to: str
) -> None:
    withdrawals = {k for k in keys(text, lang, places) if k[0] == "withdrawal"}
    assert withdrawals
    assert all(k[1] is None and k[2] == (to,) for k in withdrawals)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The battalion withdrew from Lyman into Kreminna."),
        ("de", "Die Einheiten zogen sich aus Lyman in die Stadt Kreminna zurück."),
    ],
)
def test_withdrawal_from_a_town_into_another_keeps_what_was_left(lang: str, text: str) -> None:
    towns = [settlement("Lyman", 1), settlement("Kreminna", 2)]
    assert {k[:3] for k in keys(text, lang, towns) if k[0] == "withdrawal"} == {
        ("withdrawal", "gn:1", ("gn:2",))
    }


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        # negative probes: "into" after an advance says where the force now is
        ("en", "Ukrainian troops broke into Kreminna on Monday.", "Kreminna"),
        # a withdrawal inside a town ("в Купянске", locative) is at the town
        ("ru", "В Купянске противник отступил на запад.", "Купянске"),
    ],
)
def test_into_does_not_move_other_places(lang: str, text: str, town: str) -> None:
    found = keys(text, lang, [settlement(town, 1)])
    assert any(k[1] == "gn:1" for k in found)


# --- a capital as the agent of a passive is no place


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("en", "The town was shelled by Kyiv overnight.", [capital("Kyiv")]),
        ("de", "Die Stadt wurde in der Nacht von Kiew beschossen.", [capital("Kiew")]),
        ("ru", "Город ночью был обстрелян Киевом.", [capital("Киевом")]),
    ],
)
def test_capital_as_agent_is_no_place(lang: str, text: str, places: list[PlaceSpec]) -> None:
    strikes = {k for k in keys(text, lang, places) if k[0] == "strike"}
    assert strikes
    assert all(k[1] != KYIV for k in strikes)


def test_capital_as_agent_leaves_the_shelled_town() -> None:
    found = keys("Donetsk was shelled by Kyiv again.", "en", [settlement("Donetsk", 1), capital("Kyiv")])
    assert {k[1] for k in found if k[0] == "strike"} == {"gn:1"}


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        # negative probes: "south of Kyiv" and "под Киевом" are places, not agents
        ("de", "Russische Raketen trafen ein Lager südlich von Kiew.", [capital("Kiew")]),
        ("ru", "Ракеты ударили по складу под Киевом.", [capital("Киевом")]),
        ("uk", "Ракети влучили у склад під Києвом.", [capital("Києвом")]),
    ],
)
def test_capital_after_a_place_word_stays_a_place(lang: str, text: str, places: list[PlaceSpec]) -> None:
    assert any(k[0] == "strike" and k[1] == KYIV for k in keys(text, lang, places))


# --- a capital the strike governs, and the country it is spread over


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "en",
            "Russian missiles strike Kyiv and cities across Ukraine",
            [capital("Kyiv"), ("Ukraine", "iso:UA", "country")],
        ),
        (
            "de",
            "Russische Raketen treffen Kiew und Städte in der ganzen Ukraine",
            [capital("Kiew"), ("Ukraine", "iso:UA", "country")],
        ),
        (
            "uk",
            "Російські ракети вдарили по Києву та містах по всій Україні",
            [capital("Києву"), ("Україні", "iso:UA", "country")],
        ),
        (
            "ru",
            "Российские ракеты ударили по Киеву и городам по всей Украине.",
            [capital("Киеву"), ("Украине", "iso:UA", "country")],
        ),
    ],
)
def test_governed_capital_and_the_country_across(lang: str, text: str, places: list[PlaceSpec]) -> None:
    assert {k[1] for k in keys(text, lang, places) if k[0] == "strike"} == {KYIV, "iso:UA"}


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        # negative probes: the country only locates the other cities
        (
            "uk",
            "Росія завдала удару по Києву та інших містах України.",
            [capital("Києву"), ("України", "iso:UA", "country")],
        ),
        (
            "en",
            "Drones hit Kharkiv and other towns of Ukraine overnight.",
            [settlement("Kharkiv", 1), ("Ukraine", "iso:UA", "country")],
        ),
    ],
)
def test_country_that_only_locates_is_no_second_place(lang: str, text: str, places: list[PlaceSpec]) -> None:
    assert "iso:UA" not in {k[1] for k in keys(text, lang, places) if k[0] == "strike"}


# --- placeless continuations


@pytest.mark.parametrize(
    ("lang", "text", "towns", "event_type"),
    [
        (
            "uk",
            "Підрозділи в Покровську та Мирнограді опинилися в оточенні. Говорити про повне оточення зарано.",
            ["Покровську", "Мирнограді"],
            "encirclement",
        ),
        (
            "en",
            "Heavy fighting is under way in Toretsk and Niu-York. The fighting goes on day and night.",
            ["Toretsk", "Niu-York"],
            "fighting",
        ),
        (
            "ru",
            "Бои идут в Торецке и Нью-Йорке. Бои не прекращаются ни днём, ни ночью.",
            ["Торецке", "Нью-Йорке"],
            "fighting",
        ),
    ],
)
def test_same_happening_told_at_two_places_continues_at_both(
    lang: str, text: str, towns: list[str], event_type: str
) -> None:
    places = [settlement(t, n) for n, t in enumerate(towns, 1)]
    report = " ".join(text.split(". ")[1:])  # the second sentence alone: no place of its own
    found = extract_checked(text, lang, places)
    second = [c for c in found if c.event_type == event_type and c.evidence_text.startswith(report[:12])]
    assert {c.place.place_id if c.place else None for c in second} == {"gn:1", "gn:2"}


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        # negative probes: another happening after two places stays open; so does one after a region
        (
            "en",
            "Russian artillery shelled Toretsk and Niu-York overnight. Heavy fighting continues.",
            [settlement("Toretsk", 1), settlement("Niu-York", 2)],
        ),
        (
            "en",
            "Russian drones struck the Sumy region overnight. Heavy fighting continues.",
            [oblast("Sumy", "UA-59")],
        ),
    ],
)
def test_other_happening_after_two_places_or_a_region_stays_open(
    lang: str, text: str, places: list[PlaceSpec]
) -> None:
    assert {k[1] for k in keys(text, lang, places) if k[0] == "fighting"} == {None}


# --- a claim that borrows another clause's places does not take what a move there headed for


@pytest.mark.parametrize(
    ("lang", "text", "towns", "expected"),
    [
        (
            "uk",
            "Колони ворога намагалися пройти через Ізюм на Харків, але наші захисники їх зупинили.",
            ["Ізюм", "Харків"],
            {"gn:1"},
        ),
        (
            "uk",
            "Колони ворога намагалися прорватися до Харкова, але наші захисники їх зупинили.",
            ["Харкова"],
            {None},
        ),
        (
            "ru",
            "Колонны противника пытались прорваться к Харькову, но наши бойцы их остановили.",
            ["Харькову"],
            {None},
        ),
    ],
)
def test_fight_does_not_borrow_the_objective_of_a_move(
    lang: str, text: str, towns: list[str], expected: set[str | None]
) -> None:
    places = [settlement(t, n) for n, t in enumerate(towns, 1)]
    assert {k[1] for k in keys(text, lang, places) if k[0] == "fighting"} == expected


def test_strike_does_not_borrow_the_objective_of_an_advance() -> None:
    text = "Russian troops advanced toward Kharkiv, and Ukrainian artillery shelled them."
    assert {k[1] for k in keys(text, "en", [settlement("Kharkiv", 1)]) if k[0] == "strike"} == {None}


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        # negative probes: the place near which the advance was, and a town a relative clause is about
        ("en", "Russian troops advanced near Kharkiv, and Ukrainian artillery shelled them.", "Kharkiv"),
        ("de", "Die Straße führt nach Bachmut, das russische Artillerie seit Wochen beschießt.", "Bachmut"),
        ("uk", "Ворог наступав біля Бахмута, але наші захисники його зупинили.", "Бахмута"),
    ],
)
def test_places_that_are_there_are_still_borrowed(lang: str, text: str, town: str) -> None:
    assert "gn:1" in {k[1] for k in keys(text, lang, [settlement(town, 1)]) if k[0] in ("strike", "fighting")}


# --- a side word on a source noun is who speaks, not who fights


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("de", "Ukrainische Quellen sprechen von andauernden Kämpfen bei Bachmut.", "Bachmut"),
        ("de", "Die russische Seite spricht von schweren Kämpfen bei Bachmut.", "Bachmut"),
        ("en", "Ukrainian sources report heavy fighting near Bakhmut.", "Bakhmut"),
    ],
)
def test_side_of_the_reporting_source_is_no_actor(lang: str, text: str, town: str) -> None:
    fights = {k for k in keys(text, lang, [settlement(town, 1)]) if k[0] == "fighting"}
    assert fights and {k[3] for k in fights} == {None}


def test_side_that_fights_in_its_own_clause_still_acts() -> None:
    text = "Russische Truppen griffen Bachmut an, ukrainische Einheiten wehrten den Angriff ab."
    assert any(k[0] == "fighting" and k[3] == "UA" for k in keys(text, "de", [settlement("Bachmut", 1)]))
