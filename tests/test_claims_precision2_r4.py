"""Round 4, precision second pass: claims read into text that asserts nothing checkable.

1. A pictograph (emoji, flag) between two sentences of a channel post ends the first one, so that a
   cue of the next sentence ("Our marines landed ...", a hedge, "coming soon") does not reach back
   into the claim before it; a pictograph inside a clause or at the start of a post splits nothing.
2. Holding on without an object ("Тримаємося!", "Держимся", "we are holding on") is endurance,
   not a place held: without a place it is no control_held claim; with one it stays.

Place mentions are built by hand (the places stage is tested elsewhere); the sentences are our own.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, PlaceSpec, claim_keys, extract_checked, settlement
from frontwatch.claims.sentences import split_sentences

# ------------------------------------------------------------- 1. a pictograph ends a sentence

PICTOGRAPH_SPLITS: list[tuple[str, list[str]]] = [
    (
        "Enemy guns pounded Beryslav all night. 🇺🇦 Our gunners answered at dawn.",
        ["Enemy guns pounded Beryslav all night.", "🇺🇦 Our gunners answered at dawn."],
    ),
    (
        "Ворог знову обстрілював Нікополь 🔥 Наші сили відповіли вогнем.",
        ["Ворог знову обстрілював Нікополь 🔥", "Наші сили відповіли вогнем."],
    ),
    (
        "Противник штурмовал окраины Торецка 💥 Подробности позже.",
        ["Противник штурмовал окраины Торецка 💥", "Подробности позже."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PICTOGRAPH_SPLITS)
def test_pictograph_between_sentences_ends_the_first(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


NO_PICTOGRAPH_SPLITS: list[str] = [
    "⚡️ KHERSON: drones struck the market this morning.",  # a leading mark opens the post
    "Наші воїни 🇺🇦 звільнили село біля річки.",  # followed by a lower-case word: same clause
    "The flag 🇺🇦Now flies over the school.",  # glued to the next word: no sentence mark
]


@pytest.mark.parametrize("text", NO_PICTOGRAPH_SPLITS)
def test_pictograph_inside_a_sentence_splits_nothing(text: str) -> None:
    assert len(split_sentences(text)) == 1


def test_prediction_after_a_pictograph_stays_with_its_own_sentence() -> None:
    # The shelling is reported as a fact; "will" belongs to the announcement after the flag.
    claims = extract_checked(
        "Russian artillery is shelling Beryslav again. 🇺🇦 Our drone teams will hit back tonight.",
        "en",
        [settlement("Beryslav", 1)],
    )
    assert ("strike", "gn:1", "RU", "asserted") in claim_keys(claims)
    assert ("strike", "gn:1", "RU", "predicted") not in claim_keys(claims)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("uk", "Ворог обстріляв Нікополь з артилерії 💥 Нібито є поранені.", settlement("Нікополь", 1)),
        (
            "ru",
            "Противник обстрелял Никополь из артиллерии 💥 Предположительно, есть раненые.",
            settlement("Никополь", 1),
        ),
    ],
)
def test_hedge_after_a_pictograph_does_not_hedge_the_sentence_before(
    lang: str, text: str, place: PlaceSpec
) -> None:
    strikes = [c for c in extract_checked(text, lang, [place]) if c.event_type == "strike"]
    assert strikes
    assert {c.modality for c in strikes} == {"asserted"}


# ------------------------------------------------------------- 2. holding on is no place held

HOLDING_ON: list[tuple[str, str]] = [
    ("uk", "Тримаємося 🇺🇦 Слава Україні!"),
    ("uk", "Хлопці тримаються, хоча їм дуже важко."),
    ("uk", "Місто, що тримається на дронах і впертості"),
    ("ru", "Держимся, братья! Всё будет хорошо."),
    ("en", "We are holding on, the Ukrainian commander told reporters."),
    ("de", "Die ukrainischen Soldaten halten durch, sagt der Kommandeur."),
]


@pytest.mark.parametrize(("lang", "text"), HOLDING_ON)
def test_holding_on_without_a_place_is_no_control_held(lang: str, text: str) -> None:
    assert not any(c.event_type == "control_held" for c in extract_checked(text, lang, []))


HOLDING_A_PLACE: list[tuple[str, str, PlaceSpec, ClaimKey]] = [
    (
        "uk",
        "Захисники Покровська тримаються.",
        settlement("Покровська", 1),
        ("control_held", "gn:1", "UA", "asserted"),
    ),
    (
        "ru",
        "Наши бойцы держатся под Угледаром.",
        settlement("Угледаром", 1),
        ("control_held", "gn:1", "RU", "asserted"),
    ),
    (
        "en",
        "Ukrainian troops still hold Kupiansk.",
        settlement("Kupiansk", 1),
        ("control_held", "gn:1", "UA", "asserted"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "place", "expected"), HOLDING_A_PLACE)
def test_holding_on_at_a_place_stays(lang: str, text: str, place: PlaceSpec, expected: ClaimKey) -> None:
    assert expected in claim_keys(extract_checked(text, lang, [place]))


def test_holding_an_object_without_a_place_stays() -> None:
    # "positions" are held: a transitive holding is no endurance formula.
    claims = extract_checked("Наши войска надёжно удерживают позиции.", "ru", [])
    assert ("control_held", None, "RU", "asserted") in claim_keys(claims)


# ------------------------------------------------ 3. damage inflicted by fire weapons is a strike

FIRE_DAMAGE: list[tuple[str, PlaceSpec, str]] = [
    (
        "Российская авиация и артиллерия нанесли поражение пунктам дислокации ВСУ в районе Краматорска.",
        settlement("Краматорска", 1),
        "strike",
    ),
    (
        "Ударные беспилотники нанесли поражение складу горючего под Купянском.",
        settlement("Купянском", 1),
        "strike",
    ),
    # Units on units: combat, as the guidelines' "fighting" (the formula alone does not make a strike).
    (
        "Подразделения группировки «Центр» нанесли поражение формированиям ВСУ в районе Селидово.",
        settlement("Селидово", 1),
        "fighting",
    ),
    (
        "Штурмовые подразделения нанесли поражение противнику у Работино.",
        settlement("Работино", 1),
        "fighting",
    ),
]


@pytest.mark.parametrize(("text", "place", "expected_type"), FIRE_DAMAGE)
def test_damage_formula_is_typed_by_who_inflicts_it(text: str, place: PlaceSpec, expected_type: str) -> None:
    claims = extract_checked(text, "ru", [place])
    assert {c.event_type for c in claims if c.place is not None and c.place.place_id == "gn:1"} == {
        expected_type
    }
