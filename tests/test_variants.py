"""Name variants (data/translit rules), case forms and normalisation of frontwatch.places."""

from __future__ import annotations

import pytest

from frontwatch.places.inflect import agreeing_phrase_forms, case_forms, german_forms
from frontwatch.places.normalize import fold_text, normalize_name, strip_apostrophes
from frontwatch.places.variants import (
    TranslitRules,
    latin_variants,
    load_translit_rules,
    russian_from_ukrainian,
    split_cyrillic_names,
)


def _rules(name: str) -> TranslitRules:
    return next(r for r in load_translit_rules() if r.name == name)


@pytest.mark.parametrize(
    ("system", "cyrillic", "latin"),
    [
        ("uk_national_2010", "Харків", "Kharkiv"),
        ("uk_national_2010", "Ізюм", "Izium"),
        ("uk_national_2010", "Куп'янськ", "Kupiansk"),
        ("uk_national_2010", "Балаклія", "Balakliia"),
        ("uk_national_2010", "Гороховатка", "Horokhovatka"),
        ("uk_national_2010", "Згурівка", "Zghurivka"),
        ("uk_national_2010", "Яготин", "Yahotyn"),
        ("uk_bgn_pcgn", "Куп'янськ", "Kupyansk"),
        ("uk_bgn_pcgn", "Балаклія", "Balakliya"),
        ("uk_de_duden", "Харків", "Charkiw"),
        ("uk_de_duden", "Ізюм", "Isjum"),
        ("uk_de_duden", "Куп’янськ", "Kupjansk"),
        ("uk_de_duden", "Балаклія", "Balaklija"),
        ("uk_de_duden", "Гороховатка", "Horochowatka"),
        ("uk_de_duden", "Запоріжжя", "Saporischschja"),
        ("uk_de_duden", "Шевченкове", "Schewtschenkowe"),
        ("ru_bgn_pcgn", "Харьков", "Kharkov"),
        ("ru_bgn_pcgn", "Балаклея", "Balakleya"),
        ("ru_bgn_pcgn", "Енакиево", "Yenakiyevo"),
        ("ru_de_duden", "Харьков", "Charkow"),
        ("uk_french", "Ізюм", "Izioum"),
        ("uk_polish", "Харків", "Charkiw"),
    ],
)
def test_transliteration_systems(system: str, cyrillic: str, latin: str) -> None:
    assert _rules(system).transliterate(cyrillic) == latin


def test_multiword_names_keep_their_words_capitalised() -> None:
    assert _rules("uk_national_2010").transliterate("Козача Лопань") == "Kozacha Lopan"
    assert _rules("uk_de_duden").transliterate("Велика Олександрівка") == "Welyka Oleksandriwka"


def test_latin_variants_cover_the_spellings_reporting_uses() -> None:
    found = latin_variants(["Куп'янськ"], ["Купянск"])
    assert {"Kupiansk", "Kupyansk", "Kupjansk"} <= found
    found = latin_variants(["Балаклія"], ["Балаклея"])
    assert {"Balakliia", "Balakliya", "Balaklija", "Balakleya"} <= found


def test_split_cyrillic_names_by_letters() -> None:
    uk, ru = split_cyrillic_names(["Ізюм", "Крым"])
    assert uk == ["Ізюм"] and ru == ["Крым"]
    # Undecided by its letters: both, whatever the other names are (Великий Бурлук is the
    # Russian name too, although GeoNames also lists the Russian-lettered "Вэлыкы Бурлук").
    uk, ru = split_cyrillic_names(["Гороховатка"])
    assert uk == ["Гороховатка"] and ru == ["Гороховатка"]
    uk, ru = split_cyrillic_names(["Великий Бурлук", "Вэлыкы Бурлук"])
    assert uk == ["Великий Бурлук"] and ru == ["Великий Бурлук", "Вэлыкы Бурлук"]


@pytest.mark.parametrize(
    ("name", "lang", "form"),
    [
        ("Харків", "uk", "Харкові"),
        ("Харків", "uk", "Харкова"),
        ("Ізюм", "uk", "Ізюмом"),
        ("Куп'янськ", "uk", "Куп'янська"),
        ("Куп'янськ", "uk", "Куп'янську"),
        ("Балаклія", "uk", "Балаклії"),
        ("Гороховатка", "uk", "Гороховатці"),
        ("Козача Лопань", "uk", "Козачої Лопані"),
        ("Великий Бурлук", "uk", "Великому Бурлуку"),
        ("Харківська область", "uk", "Харківській області"),
        ("Харківщина", "uk", "Харківщині"),
        ("Изюм", "ru", "Изюмом"),
        ("Купянск", "ru", "Купянска"),
        ("Балаклея", "ru", "Балаклее"),
        ("Харьковская область", "ru", "Харьковской области"),
        ("Ивано-Франковск", "ru", "Ивано-Франковске"),
    ],
)
def test_case_forms(name: str, lang: str, form: str) -> None:
    assert form in case_forms(name, lang)


def test_case_forms_of_a_possessive_first_word() -> None:
    # The possessive adjective may stay (біля Волохів Яру) or agree (біля Волохового Яру).
    forms = case_forms("Волохів Яр", "uk")
    assert "Волохів Яру" in forms and "Волохового Яру" in forms
    assert all(f.startswith(("Волохів ", "Волохов")) for f in forms)
    ru_forms = case_forms("Волохов Яр", "ru")
    assert "Волохова Яра" in ru_forms and "Волоховом Яре" in ru_forms
    assert "Давыдова Брода" in case_forms("Давыдов Брод", "ru")


def test_case_forms_keep_a_genitive_first_word() -> None:
    # A first word in the genitive without a possessive ending does not inflect (Козачої Лопані
    # inflects both, but "Красного Лиману" keeps a genitive noun phrase unchanged).
    forms = case_forms("Лозова Павлівка", "uk")
    assert "Лозової Павлівки" in forms


def test_direction_phrases_agree_with_the_noun() -> None:
    ru = agreeing_phrase_forms("Купянский", "направление", "ru")
    assert {"Купянское направление", "Купянском направлении"} <= ru
    assert "Купянский направление" not in ru
    uk = agreeing_phrase_forms("Краматорський", "напрямок", "uk")
    assert {"Краматорський напрямок", "Краматорському напрямку"} <= uk


def test_case_forms_never_return_the_name_itself() -> None:
    assert "Харків" not in case_forms("Харків", "uk")


def test_german_genitive_and_adjective() -> None:
    assert german_forms("Charkiw") == {"Charkiws", "Charkiwer"}
    assert "Donezks" in german_forms("Donezk")
    # A name ending in -s takes no genitive s (Schtschors -> Schtschorser only).
    assert german_forms("Schtschors") == {"Schtschorser"}


def test_fold_text_keeps_length_and_unifies_apostrophes() -> None:
    for text in ["Куп’янськ", "Купʼянськ", "Ёлки İstanbul", "KUPIANSK"]:
        assert len(fold_text(text)) == len(text)
    assert fold_text("Куп’янськ") == fold_text("Купʼянськ") == "куп'янськ"
    assert fold_text("Ёлки") == "елки"


def test_normalize_name_and_strip_apostrophes() -> None:
    assert normalize_name("  Oblast   Charkiw ") == "oblast charkiw"
    assert strip_apostrophes("Kup'yans'k") == "Kupyansk"


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [
        ("Кругляківка", "Кругляковка"),
        ("Борівське", "Боровское"),
        ("Сватове", "Сватово"),
        ("Куп'янськ", "Купянск"),
        ("Куп’янськ", "Купянск"),
        ("Оскіл", "Оскол"),
    ],
)
def test_russian_names_derived_from_ukrainian(ukrainian: str, russian: str) -> None:
    assert russian_from_ukrainian(ukrainian) == russian


def test_no_russian_name_derived_when_nothing_changes() -> None:
    assert russian_from_ukrainian("Лиман") is None
    assert russian_from_ukrainian("Изюм") is None  # Russian already
