"""Recall probes, round 9: classes of claims the extractor missed, each varied across words and
languages, with probes where the rule must not fire.

1. A failed attempt that someone fought off ("were stopped", "були відкинуті", "зривають ці
   спроби", "wurde gestoppt") is a negated advance and also a ``fighting`` claim at its place; the
   fighting side is the subject of an active stopping clause, the agent of a passive, and ``null``
   in an agentless passive (gold/README.md round-4 rule 4, round-8 settlement 5). An attempt that only
   failed ("scheitert bislang", "безуспешно") carries no fighting claim.
2. A casualty count told by its own source right after a strike ("Russian missiles hit A. According
   to the governor, five people died.") is that source's claim of the strike: a ``strike`` with actor
   ``null`` at the strike's place (gold/README.md round-6 rule 7, round-7 rule 1). A count with no
   strike before it, or told by the strike's own source, gives no claim.
3. A force that dug in where it got to ("dug in on the edge of A", "закріпилися біля А") has
   advanced there (gold/README.md Round 9 audit rule 5); "remain dug in" is no advance.
4. An official's call on the residents of a list of places to leave is one evacuation per place, with
   the caller's side, however long the list; a call on others ("журналістів") to do something else is
   none.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, PlaceSpec, extracted_keys, settlement

# --- 1. attempts fought off -----------------------------------------------------------------------

FOUGHT_OFF: list[tuple[str, str, list[PlaceSpec], set[ClaimKey]]] = [
    # active stopping clause: its subject fights
    (
        "Росіяни намагаються переправитися через річку біля Лісного, але українські військові "
        "зривають ці спроби.",
        "uk",
        [settlement("Лісного", 11)],
        {("advance", "gn:11", "RU", "negated"), ("fighting", "gn:11", "UA", "asserted")},
    ),
    # agentless passive: nobody named as fighting
    (
        "ВСУ пытались контратаковать у Лесного, но были отброшены с потерями.",
        "ru",
        [settlement("Лесного", 12)],
        {("advance", "gn:12", "UA", "negated"), ("fighting", "gn:12", None, "asserted")},
    ),
    (
        "Просування ворога біля Лісного зупинено.",
        "uk",
        [settlement("Лісного", 13)],
        {("fighting", "gn:13", None, "asserted")},
    ),
    (
        "The Russian advance near Dubky was halted on Tuesday.",
        "en",
        [settlement("Dubky", 14)],
        {("advance", "gn:14", "RU", "negated"), ("fighting", "gn:14", None, "asserted")},
    ),
    (
        "Der russische Vormarsch bei Jarowe wurde gestoppt.",
        "de",
        [settlement("Jarowe", 15)],
        {("advance", "gn:15", "RU", "negated"), ("fighting", "gn:15", None, "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "places", "expected"), FOUGHT_OFF)
def test_an_attempt_fought_off_is_also_fighting_there(
    text: str, lang: str, places: list[PlaceSpec], expected: set[ClaimKey]
) -> None:
    assert expected <= extracted_keys(text, lang, places)


ONLY_FAILED: list[tuple[str, str, list[PlaceSpec], str]] = [
    (
        "Der Gegner versucht, sich bei Jarowe festzusetzen, scheitert aber bislang.",
        "de",
        [settlement("Jarowe", 21)],
        "gn:21",
    ),
    (
        "Противник пытался контратаковать у Лесного силами до роты — безуспешно.",
        "ru",
        [settlement("Лесного", 22)],
        "gn:22",
    ),
]


@pytest.mark.parametrize(("text", "lang", "places", "place_id"), ONLY_FAILED)
def test_an_attempt_that_only_failed_is_no_fighting(
    text: str, lang: str, places: list[PlaceSpec], place_id: str
) -> None:
    keys = extracted_keys(text, lang, places)
    assert not any(k[0] == "fighting" and k[1] == place_id for k in keys)


def test_a_denied_advance_is_no_fighting() -> None:
    keys = extracted_keys(
        "The Ukrainian General Staff denied that Russian troops had advanced near Dubky.",
        "en",
        [settlement("Dubky", 23)],
    )
    assert not any(k[0] == "fighting" for k in keys)


# --- 2. a casualty count after a strike -----------------------------------------------------------

COUNTS: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "Russian missiles hit Dubky on Monday. According to the governor, at least five people died.",
        "en",
        [settlement("Dubky", 31)],
        ("strike", "gn:31", None, "asserted"),
    ),
    (
        "Russische Raketen trafen am Montag Jarowe. Nach Angaben des Gouverneurs wurden fünf "
        "Menschen getötet und mehr als 30 verletzt.",
        "de",
        [settlement("Jarowe", 32)],
        ("strike", "gn:32", None, "asserted"),
    ),
    (
        "Russische Raketen trafen am Montag Jarowe. Laut Bürgermeister kamen mindestens elf Menschen "
        "ums Leben.",
        "de",
        [settlement("Jarowe", 33)],
        ("strike", "gn:33", None, "asserted"),
    ),
    (
        "Уранці росіяни завдали ракетного удару по Лісному. За даними ОВА, загинули двоє людей.",
        "uk",
        [settlement("Лісному", 34)],
        ("strike", "gn:34", None, "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "places", "expected"), COUNTS)
def test_a_casualty_count_after_a_strike_is_its_sources_strike(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    keys = extracted_keys(text, lang, places)
    assert expected in keys
    # the strike itself keeps the side its own sentence names
    assert (expected[0], expected[1], "RU", "asserted") in keys


NO_COUNT_STRIKE: list[tuple[str, str, list[PlaceSpec]]] = [
    # no strike before: the dead of fighting
    (
        "Heavy fighting went on near Dubky. According to the governor, two people died.",
        "en",
        [settlement("Dubky", 41)],
    ),
    ("Біля Лісного тривають бої. За даними ОВА, загинули двоє людей.", "uk", [settlement("Лісного", 42)]),
    # the strike's own source goes on: no new assertion
    (
        "Russian missiles hit Dubky on Monday. At least five people were killed.",
        "en",
        [settlement("Dubky", 43)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "places"), NO_COUNT_STRIKE)
def test_a_casualty_count_alone_or_from_the_same_source_is_no_new_strike(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    keys = extracted_keys(text, lang, places)
    assert not any(k[0] == "strike" and k[2] is None for k in keys)


# --- 3. dug in where it got to --------------------------------------------------------------------

DUG_IN: list[tuple[str, str, list[PlaceSpec], ClaimKey]] = [
    (
        "Russian troops crossed the river near Dubky and dug in on its western bank.",
        "en",
        [settlement("Dubky", 51)],
        ("advance", "gn:51", "RU", "asserted"),
    ),
    (
        "Українські десантники закріпилися біля Лісного.",
        "uk",
        [settlement("Лісного", 52)],
        ("advance", "gn:52", "UA", "asserted"),
    ),
    (
        "Російські штурмовики закріпилися на кількох ділянках біля Лісного.",
        "uk",
        [settlement("Лісного", 53)],
        ("advance", "gn:53", "RU", "asserted"),
    ),
    (
        "Наши штурмовики закрепились на окраине Лесного.",
        "ru",
        [settlement("Лесного", 54)],
        ("advance", "gn:54", "RU", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "places", "expected"), DUG_IN)
def test_dug_in_where_it_got_to_is_an_advance(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    keys = extracted_keys(text, lang, places)
    assert expected in keys
    assert ("control_held", expected[1], expected[2], "asserted") not in keys


def test_remaining_dug_in_is_no_advance() -> None:
    keys = extracted_keys(
        "Ukrainian troops remain dug in on the outskirts of Dubky.", "en", [settlement("Dubky", 55)]
    )
    assert not any(k[0] == "advance" for k in keys)


# --- 4. a call to leave that names a list of places -----------------------------------------------

CALLS: list[tuple[str, str, list[PlaceSpec]]] = [
    (
        "Голова ОВА вкотре закликав жителів Лісного, Дубків і Ярового якнайшвидше виїхати в "
        "безпечніші регіони.",
        "uk",
        [settlement("Лісного", 61), settlement("Дубків", 62), settlement("Ярового", 63)],
    ),
    (
        "Глава администрации вновь призвал жителей Лесного, Дубков и Ярового как можно скорее уехать.",
        "ru",
        [settlement("Лесного", 61), settlement("Дубков", 62), settlement("Ярового", 63)],
    ),
    (
        "The governor again urged residents of Dubky, Lisne and Yarove to leave for safer regions.",
        "en",
        [settlement("Dubky", 61), settlement("Lisne", 62), settlement("Yarove", 63)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "places"), CALLS)
def test_a_call_to_leave_a_list_of_places_is_an_evacuation_at_each(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    keys = extracted_keys(text, lang, places)
    for _surface, place_id, _precision in places:
        assert ("evacuation", place_id, "UA", "asserted") in keys


def test_a_call_on_others_is_no_evacuation() -> None:
    keys = extracted_keys(
        "Голова ОВА закликав журналістів не поширювати фото з Лісного, Дубків і Ярового, щоб не виїхати "
        "за межі правил.",
        "uk",
        [settlement("Лісного", 64), settlement("Дубків", 65), settlement("Ярового", 66)],
    )
    assert not any(k[0] == "evacuation" for k in keys)


def test_a_count_in_the_strike_sentence_is_no_second_placeless_strike() -> None:
    # The count is part of the sentence's own strike ("атака ... на A: пострадали трое").
    found = extracted_keys(
        "Массированная атака российских беспилотников на Весёлое: пострадали трое мирных жителей.",
        "ru",
        [settlement("Весёлое", 1)],
    )
    assert [k for k in found if k[0] == "strike" and k[1] is None] == []
    assert any(k[0] == "strike" and k[1] == "gn:1" for k in found)
