"""Precision probes of round 8: the conventions settled in gold/README.md ("Round 8 audit", "Round 8
settlement") for fact-check questions and verdicts, slogans of belonging and evacuation words that
report no evacuation. The sentences are written for these tests; places get made-up ids.
"""

from __future__ import annotations

import pytest

from claims_helpers import settlement_keys as keys

TOWN = "gn:1"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Did Russian forces capture Kupiansk?", "Kupiansk"),
        ("en", "Fact check: did Ukrainian troops retake Lyman", "Lyman"),
        ("de", "Haben russische Truppen Kupjansk eingenommen?", "Kupjansk"),
        ("ru", "Проверка: взяла ли российская армия Купянск", "Купянск"),
        ("ru", "Правда ли, что российские войска вошли в Лиман?", "Лиман"),
        ("uk", "Чи звільнили ЗСУ Куп'янськ?", "Куп'янськ"),
    ],
)
def test_a_fact_check_question_carries_no_claim(lang: str, text: str, name: str) -> None:
    assert keys(text, lang, [name]) == set()


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Izyum next??", "Izyum"),
        ("uk", "Далі — Сіверськ?", "Сіверськ"),
        ("uk", "Чи впаде Сіверськ найближчим часом?", "Сіверськ"),
    ],
)
def test_a_question_about_the_next_target_stays_a_prediction(lang: str, text: str, name: str) -> None:
    found = keys(text, lang, [name])
    assert found and all(k[3] == "predicted" for k in found)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The claim that Russian forces captured Kupiansk is not confirmed.", "Kupiansk"),
        ("ru", "Взятие Купянска российскими войсками не подтверждается.", "Купянска"),
        ("ru", "Данных о том, что российские войска взяли Лиман, нет.", "Лиман"),
        ("de", "Die Einnahme von Kupjansk durch russische Truppen ist nicht bestätigt.", "Kupjansk"),
    ],
)
def test_a_not_confirmed_verdict_hedges_the_checked_claim(lang: str, text: str, name: str) -> None:
    assert keys(text, lang, [name]) == {("control_change", TOWN, "RU", "hedged")}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The claim that Russian forces captured Kupiansk is false.", "Kupiansk"),
        ("ru", "Заявление о том, что российские войска взяли Лиман, — фейк.", "Лиман"),
        ("uk", "Твердження, що росіяни захопили Куп'янськ, — неправда.", "Куп'янськ"),
    ],
)
def test_a_false_verdict_negates_the_checked_claim(lang: str, text: str, name: str) -> None:
    assert keys(text, lang, [name]) == {("control_change", TOWN, "RU", "negated")}


def test_budto_hedges_like_yakoby() -> None:
    assert keys("Говорят, будто российские войска вошли в Лиман.", "ru", ["Лиман"]) == {
        ("advance", TOWN, "RU", "hedged")
    }


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Херсонщина была, есть и будет российской!", "Херсонщина"),
        ("ru", "Лиман был и остаётся русским городом.", "Лиман"),
        ("uk", "Куп'янськ був, є і буде українським!", "Куп'янськ"),
        ("en", "Kupiansk was, is and will be Ukrainian!", "Kupiansk"),
        ("de", "Cherson war, ist und bleibt ukrainisch!", "Cherson"),
    ],
)
def test_a_slogan_of_belonging_carries_no_claim(lang: str, text: str, name: str) -> None:
    assert keys(text, lang, [name]) == set()


def test_a_headline_announcing_a_capture_keeps_it() -> None:
    assert keys("КУПЯНСК НАШ!", "ru", ["КУПЯНСК"]) == {("control_change", TOWN, "RU", "asserted")}


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("uk", "Евакуація рятує життя.", []),
        ("en", "How to evacuate from Kupiansk", ["Kupiansk"]),
        (
            "en",
            "Oleh is a volunteer who drives an evacuation van between Kupiansk and Izium.",
            ["Kupiansk", "Izium"],
        ),
        ("uk", "Олег – волонтер, який щодня вивозить людей з Куп'янська.", ["Куп'янська"]),
        ("en", "For evacuation, call the hotline 0800 123 456.", []),
        ("uk", "Гаряча лінія з питань евакуації: 0800 123 456.", []),
    ],
)
def test_evacuation_words_that_report_no_evacuation_carry_no_claim(
    lang: str, text: str, names: list[str]
) -> None:
    assert {k for k in keys(text, lang, names) if k[0] == "evacuation"} == set()


@pytest.mark.parametrize(
    ("lang", "text", "names", "place"),
    [
        ("en", "Residents are being evacuated.", [], None),
        ("uk", "Людей вивозять.", [], None),
        ("ru", "Эвакуация продолжается.", [], None),
        ("en", "Volunteers evacuated forty residents from Kupiansk on Monday.", ["Kupiansk"], TOWN),
    ],
)
def test_an_evacuation_told_as_going_on_stays_a_claim(
    lang: str, text: str, names: list[str], place: str | None
) -> None:
    assert ("evacuation", place, None, "asserted") in keys(text, lang, names)
