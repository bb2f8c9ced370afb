"""Recall probes, round 8: conventions settled in gold/README.md ("Round 8 audit", "Round 8 settlement")
and classes of claims the extractor missed, each varied across words and languages, with probes where
the rule must not fire.

1. The next objective of a post stated after a dash or a colon ("Дальше — A.", "Ціль — A, і ми туди
   дійдемо", "Next: A.", "Als Nächstes: A.") is a predicted advance toward A: A is the objective
   (``places_to``), the claim has no place of its own (round-8 audit rule 6). A dash that introduces
   anything else ("Дальше — больше", "Next, the governor ...") is none.
2. An attempt to pass through or to attack that the sentence says was stopped, thrown back or gave up
   ("намагалися пройти через A, але їх зупинили", "пробовали контратаковать, но откатились", "так і не
   змогли") is a negated advance; who stopped it, when named as the subject, fought there (round-8
   settlement rule 5). An attempt with no outcome told is no negated advance.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, PlaceSpec, extract_checked, extracted_keys, settlement

_keys = extracted_keys


# --- 1. the next objective ------------------------------------------------------------------------

NEXT_OBJECTIVE: list[tuple[str, str, list[PlaceSpec], str]] = [
    (
        "Наши штурмовики зачистили Орловку. Дальше — Курахово.",
        "ru",
        [settlement("Орловку", 11), settlement("Курахово", 12)],
        "gn:12",
    ),
    (
        "Взяли Орловку. Цель — Покровск и трасса на Днепр.",
        "ru",
        [settlement("Орловку", 11), settlement("Покровск", 13)],
        "gn:13",
    ),
    (
        "Хлопці звільнили Вербове. Ціль — Токмак, і ми туди дійдемо.",
        "uk",
        [settlement("Вербове", 21), settlement("Токмак", 22)],
        "gn:22",
    ),
    (
        "Хлопці звільнили Вербове. Далі — Токмак.",
        "uk",
        [settlement("Вербове", 21), settlement("Токмак", 22)],
        "gn:22",
    ),
    (
        "Our troops liberated Klishchiivka. Next: Andriivka.",
        "en",
        [settlement("Klishchiivka", 31), settlement("Andriivka", 32)],
        "gn:32",
    ),
    (
        "Unsere Truppen haben Robotyne befreit. Als Nächstes: Tokmak.",
        "de",
        [settlement("Robotyne", 41), settlement("Tokmak", 42)],
        "gn:42",
    ),
]


@pytest.mark.parametrize(("text", "lang", "places", "objective"), NEXT_OBJECTIVE)
def test_next_objective_is_a_predicted_advance_toward_it(
    text: str, lang: str, places: list[PlaceSpec], objective: str
) -> None:
    claims = extract_checked(text, lang, places)
    advances = [c for c in claims if c.event_type == "advance" and c.modality == "predicted"]
    assert advances, [(c.event_type, c.place, c.modality) for c in claims]
    assert all(c.place is None for c in advances)
    assert any(objective in [p.place_id for p in c.places_to] for c in advances)


NOT_AN_OBJECTIVE: list[tuple[str, str, list[PlaceSpec]]] = [
    ("Дальше — больше: цены растут в Орловке.", "ru", [settlement("Орловке", 11)]),
    ("Наша ціль — перемога, сказав він у Вербовому.", "uk", [settlement("Вербовому", 21)]),
    ("Next, the governor spoke about Andriivka.", "en", [settlement("Andriivka", 32)]),
    ("Als Nächstes sprach der Bürgermeister von Tokmak.", "de", [settlement("Tokmak", 42)]),
]


@pytest.mark.parametrize(("text", "lang", "places"), NOT_AN_OBJECTIVE)
def test_a_dash_or_next_without_an_objective_gives_no_advance(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    assert not any(key[0] == "advance" for key in _keys(text, lang, places))


# --- 2. attempts stopped ---------------------------------------------------------------------------

STOPPED: list[tuple[str, str, list[PlaceSpec], set[ClaimKey]]] = [
    (
        "Колони окупантів намагалися пройти через Вербове, але наші бійці їх зупинили.",
        "uk",
        [settlement("Вербове", 21)],
        {("advance", "gn:21", "RU", "negated"), ("fighting", "gn:21", "UA", "asserted")},
    ),
    (
        "Вночі росіяни пробували контратакувати біля Роботиного, але відкотилися.",
        "uk",
        [settlement("Роботиного", 23)],
        {("advance", "gn:23", "RU", "negated")},
    ),
    (
        "Колонна ВСУ пыталась пройти через Вербовое, но наши бойцы её отбросили.",
        "ru",
        [settlement("Вербовое", 24)],
        {("advance", "gn:24", "UA", "negated")},
    ),
    (
        "Ночью противник пробовал контратаковать у Работино, но откатился.",
        "ru",
        [settlement("Работино", 25)],
        {("advance", "gn:25", None, "negated"), ("advance", "gn:25", "UA", "negated")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "places", "expected"), STOPPED)
def test_a_stopped_attempt_is_a_negated_advance(
    text: str, lang: str, places: list[PlaceSpec], expected: set[ClaimKey]
) -> None:
    keys = _keys(text, lang, places)
    negated = {k for k in expected if k[3] == "negated"}
    # One of the readings of the attempt's side (the text may leave "противник" to the source) is there.
    assert keys & negated, keys
    assert {k for k in expected if k[3] != "negated"} <= keys, keys
    assert not any(k[0] == "advance" and k[3] == "asserted" for k in keys), keys


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        ("Росіяни намагалися пройти через Вербове.", "uk", [settlement("Вербове", 21)]),
        ("Российские колонны пытались пройти через Вербовое.", "ru", [settlement("Вербовое", 24)]),
    ],
)
def test_an_attempt_without_its_outcome_is_no_negated_advance(
    text: str, lang: str, places: list[PlaceSpec]
) -> None:
    assert not any(k[0] == "advance" and k[3] == "negated" for k in _keys(text, lang, places))


@pytest.mark.parametrize(
    ("text", "lang", "places", "expected"),
    [
        (
            "Наші бійці зупинили ворога біля Вербового.",
            "uk",
            [settlement("Вербового", 21)],
            ("fighting", "gn:21", "UA", "asserted"),
        ),
        (
            "Противник пытался прорваться к Работино, но наши бойцы остановили его у Вербового.",
            "ru",
            [settlement("Работино", 25), settlement("Вербового", 24)],
            ("fighting", "gn:24", "RU", "asserted"),
        ),
    ],
)
def test_stopping_a_force_is_a_fight(
    text: str, lang: str, places: list[PlaceSpec], expected: ClaimKey
) -> None:
    assert expected in _keys(text, lang, places)
