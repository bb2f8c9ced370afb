"""Russian grammar of round 13, second wave (RU2). The sentences are written for these tests; places get
made-up ids.

- The genitive of negation with the negated verb last ("обстрелов ... не было", "продвижения ... не
  зафиксировано", "боёв ... больше нет", "эвакуацию ... не объявляли"): past the negation window of
  "не", so a denial cue that spans noun and verb in one clause (ru/claims.yaml ``denial``).
- The dash of an omitted copula in the Z-channel victory formula ("Лиман — наш!").
- Infinitives, perfective futures and perfective gerunds of the verbs of taking control that were listed
  by finite form only ("удалось установить контроль над A", "восстановив контроль", "удалось отбить
  A", "прорвав оборону", "выбив противника из A", "потеряв A").
- A gerund opening its clause shares the subject of the main clause ("Утратив A, ВСУ отошли к B"): the
  loser named there turns the side of the loss (claims/russian.py ``gerund_main_clause``).
- A forecast and a report of the same move in two clauses of one sentence are two claims
  (claims/output.py ``_dedupe``).
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, PlaceSpec, claim_keys, extract_checked, settlement

A = "gn:1"
B = "gn:2"


def keys(text: str, *places: PlaceSpec) -> set[ClaimKey]:
    return claim_keys(extract_checked(text, "ru", list(places)))


@pytest.mark.parametrize(
    ("text", "name", "event"),
    [
        ("Артобстрелов Сосновки этой ночью не было.", "Сосновки", "strike"),
        ("Продвижения российских подразделений у Сосновки за сутки не зафиксировано.", "Сосновки", "advance"),
        ("Боёв в самой Сосновке уже нет.", "Сосновке", "fighting"),
        ("Обязательную эвакуацию из Сосновки власти пока не объявляли.", "Сосновки", "evacuation"),
        ("Прилётов по Сосновке со вчерашнего дня не отмечено.", "Сосновке", "strike"),
    ],
)
def test_negated_verb_after_its_event_noun(text: str, name: str, event: str) -> None:
    found = keys(text, settlement(name, 1))
    assert any(k[0] == event and k[1] == A and k[3] == "negated" for k in found), found
    assert not any(k[0] == event and k[3] == "asserted" for k in found)


@pytest.mark.parametrize(
    "text",
    [
        "Обстрелы Сосновки не прекращаются уже третьи сутки.",
        "Бои за Сосновку идут, потерь среди гражданских нет.",
    ],
)
def test_negation_of_something_else_stays_asserted(text: str) -> None:
    name = "Сосновки" if "Сосновки" in text else "Сосновку"
    found = keys(text, settlement(name, 1))
    assert found and all(k[3] == "asserted" for k in found), found


@pytest.mark.parametrize("text", ["Лиман — наш!", "Лиман – снова наш.", "Лиман - теперь наш!"])
def test_victory_formula_with_a_dash(text: str) -> None:
    assert ("control_change", A, "RU", "asserted") in keys(text, settlement("Лиман", 1))


def test_belonging_phrase_with_a_noun_is_no_capture() -> None:
    found = keys("Лиман — наш город, мы туда вернёмся.", settlement("Лиман", 1))
    assert not any(k[0] == "control_change" and k[3] == "asserted" for k in found)


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        (
            "Штурмовым отрядам удалось установить контроль над Дубравой.",
            "Дубравой",
            ("control_change", A, None, "asserted"),
        ),
        (
            "Украинским десантникам удалось восстановить контроль над Дубравой.",
            "Дубравой",
            ("control_change", A, "UA", "asserted"),
        ),
        (
            "Восстановив контроль над Дубравой, украинские бригады двинулись на юг.",
            "Дубравой",
            ("control_change", A, "UA", "asserted"),
        ),
        ("Морпехам ВСУ удалось отбить Дубраву.", "Дубраву", ("control_change", A, "UA", "asserted")),
        (
            "Прорвав оборону у Дубравы, российские штурмовики закрепились в лесополосе.",
            "Дубравы",
            ("advance", A, "RU", "asserted"),
        ),
        (
            "Выбив украинские подразделения из Дубравы, российская пехота продолжила зачистку.",
            "Дубравы",
            ("control_change", A, "RU", "asserted"),
        ),
    ],
)
def test_infinitive_and_gerund_of_taking(text: str, name: str, key: ClaimKey) -> None:
    found = keys(text, settlement(name, 1))
    if key[2] is None:
        assert any(k[0] == key[0] and k[1] == A and k[3] == key[3] for k in found), found
    else:
        assert key in found, found


def test_future_of_taking_control_is_predicted() -> None:
    found = keys(
        "Аналитики ожидают, что российские войска установят контроль над Дубравой к зиме.",
        settlement("Дубравой", 1),
    )
    assert ("control_change", A, "RU", "predicted") in found


def test_gerund_of_loss_takes_the_main_clause_subject() -> None:
    text = "Утратив Дубраву, украинские подразделения отошли к Ясеневому."
    found = keys(text, settlement("Дубраву", 1), settlement("Ясеневому", 2))
    assert ("control_change", A, "RU", "asserted") in found
    assert ("control_change", A, "UA", "asserted") not in found


def test_forecast_and_report_in_one_sentence_are_two_claims() -> None:
    text = (
        "Военный аналитик полагает, что следующей целью российских войск может стать Дубрава: "
        "по его данным, российские штурмовые группы уже подходят к селу с юга."
    )
    found = keys(text, settlement("Дубрава", 1))
    modalities = {k[3] for k in found if k[0] == "advance" and k[2] == "RU"}
    assert {"predicted", "asserted"} <= modalities, found
