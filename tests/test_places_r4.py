"""Place resolution, round 4: classes of errors the resolver made on unseen reporting.

Each group names the phenomenon and probes it with sentences written for these tests, in more
than one language where the phenomenon is not language-specific, with negative probes where the
rule must not fire.
"""

from __future__ import annotations

import pytest

from frontwatch.model import PlaceMention, Report
from frontwatch.places import resolve_places
from frontwatch.places.gazetteer import Gazetteer
from frontwatch.places.inflect import case_forms, is_common_word
from frontwatch.places.recognize import at_sentence_start
from frontwatch.places.variants import latin_variants, russian_names_from_ukrainian

KRYVYI_RIH = "gn:703845"
HOLA_PRYSTAN = "gn:708632"
VELYKA_NOVOSILKA = "gn:690237"
DAVYDIV_BRID = "gn:710237"
OPYTNE = "gn:810695"
KUPIANSK = "gn:703656"
KUPIANSK_VUZLOVYI = "gn:703652"
KOLOMYICHYKHA = "gn:705390"
DOBROPILLIA = "gn:709900"
KOSTIANTYNIVKA = "gn:705104"
POKROVSK = "gn:704422"
BAKHMUT = "gn:713174"
TORETSK = "gn:709354"
KHERSON = "gn:706448"
DONETSK_OBLAST = "iso:UA-14"
LUHANSK_OBLAST = "iso:UA-09"
ZAPORIZHZHIA_OBLAST = "iso:UA-23"
ZOLOTYI_KOLODIAZ = "x:ua14:zolotyi-kolodiaz"


def _resolve(text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    report = Report(id="r4", source="test", raw_text=text, clean_text=text, format="text", origin="test")
    mentions = resolve_places(report, gazetteer)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return mentions


def _place_of(text: str, surface: str, gazetteer: Gazetteer) -> str | None:
    """The place id the resolver gives the mention whose text is ``surface`` (KeyError when none)."""
    by_text = {m.text: m.place_id for m in _resolve(text, gazetteer)}
    return by_text[surface]


def _texts(text: str, gazetteer: Gazetteer) -> set[str]:
    return {m.text for m in _resolve(text, gazetteer)}


# --- A name whose first word is an adjective inflects both words --------------------------------
# (Гола Пристань -> Голій Пристані, Кривой Рог -> Кривом Роге), even when the dictionary's first
# reading of the adjective is a noun (гола: "of the goal"; кривой: "of the curve").


@pytest.mark.parametrize(
    ("name", "lang", "form"),
    [
        ("Гола Пристань", "uk", "Голій Пристані"),
        ("Гола Пристань", "uk", "Голої Пристані"),
        ("Кривой Рог", "ru", "Кривом Роге"),
        ("Кривой Рог", "ru", "Кривого Рога"),
        ("Велика Новосілка", "uk", "Великою Новосілкою"),
    ],
)
def test_adjective_before_the_head_noun_inflects(name: str, lang: str, form: str) -> None:
    assert form in case_forms(name, lang)


def test_possessive_first_word_keeps_its_fixed_form_too() -> None:
    # Negative: a possessive that stays unchanged is still possible ("біля Волохів Яру").
    forms = case_forms("Волохів Яр", "uk")
    assert "Волохів Яру" in forms
    assert "Волохового Яру" in forms


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Ракета упала в Кривом Роге рядом со школой.", "Кривом Роге", KRYVYI_RIH),
        ("Уночі у Голій Пристані знову лунали вибухи.", "Голій Пристані", HOLA_PRYSTAN),
        ("Евакуація з Голої Пристані триває третій день.", "Голої Пристані", HOLA_PRYSTAN),
    ],
)
def test_inflected_two_word_names_in_text(
    text: str, surface: str, place_id: str, gazetteer: Gazetteer
) -> None:
    assert _place_of(text, surface, gazetteer) == place_id


# --- A Russian name that GeoNames lacks is derived from the Ukrainian one ----------------------
# (Опитне -> Опытное, Давидів Брід -> Давыдов Брод, Велика Новосілка -> Великая Новосёлка):
# и may be ы, an adjective before the noun takes the Russian ending, -сілка is -сёлка.


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [
        ("Опитне", "Опытное"),
        ("Давидів Брід", "Давыдов Брод"),
        ("Велика Новосілка", "Великая Новоселка"),
        ("Мала Токмачка", "Малая Токмачка"),
        ("Лиман", None),  # nothing to derive but the ы spelling; the plain name stays the name
    ],
)
def test_russian_names_from_ukrainian(ukrainian: str, russian: str | None) -> None:
    derived = russian_names_from_ukrainian(ukrainian)
    if russian is None:
        assert ukrainian not in derived
    else:
        assert russian in derived


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Штурмовики закрепились на окраине Опытного.", "Опытного", OPYTNE),
        ("Командование сообщило об освобождении Давыдова Брода.", "Давыдова Брода", DAVYDIV_BRID),
        ("Бои идут южнее Великой Новосёлки.", "Великой Новосёлки", VELYKA_NOVOSILKA),
        ("Следующей целью может стать Великая Новосёлка.", "Великая Новосёлка", VELYKA_NOVOSILKA),
    ],
)
def test_derived_russian_names_in_text(text: str, surface: str, place_id: str, gazetteer: Gazetteer) -> None:
    assert _place_of(text, surface, gazetteer) == place_id


def test_a_second_word_alone_does_not_take_the_whole_name(gazetteer: Gazetteer) -> None:
    # Negative: "Новосёлка" alone is another village; inside the full name it must not be read.
    texts = _texts("Бои идут южнее Великой Новосёлки.", gazetteer)
    assert "Новосёлки" not in texts


# --- Latin spellings mix systems word by word, and й may be written i ---------------------------


def test_mixed_romanisation_of_a_hyphenated_name() -> None:
    spellings = latin_variants(["Куп'янськ-Вузловий"], ["Купянск-Узловой"])
    assert "Kupyansk-Vuzlovyi" in spellings  # BGN/PCGN, then the national system
    assert "Kupiansk-Vuzlovyi" in spellings


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        (
            "Heavy fighting continued around Kupyansk-Vuzlovyi overnight.",
            "Kupyansk-Vuzlovyi",
            KUPIANSK_VUZLOVYI,
        ),
        ("Die Kämpfe um Kupjansk-Wuslowyj dauern an.", "Kupjansk-Wuslowyj", KUPIANSK_VUZLOVYI),
        ("Our troops held their ground near Kolomyichikha.", "Kolomyichikha", KOLOMYICHYKHA),
    ],
)
def test_mixed_spellings_in_text(text: str, surface: str, place_id: str, gazetteer: Gazetteer) -> None:
    assert _place_of(text, surface, gazetteer) == place_id


def test_station_name_is_not_read_as_its_city(gazetteer: Gazetteer) -> None:
    # Negative: the city itself still resolves to the city.
    assert _place_of("Shelling hit Kupyansk again.", "Kupyansk", gazetteer) == KUPIANSK


# --- A town's adjective before a sector or hromada noun names the town --------------------------


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Противник атаковал на купянском участке.", "купянском участке", KUPIANSK),
        ("Резерви перекинули на Добропільську ділянку.", "Добропільську ділянку", DOBROPILLIA),
        ("Триває евакуація з Костянтинівської громади.", "Костянтинівської громади", KOSTIANTYNIVKA),
        ("Резервы перебрасывают на красноармейское направление.", "красноармейское направление", POKROVSK),
        ("Бои продолжаются на артёмовском направлении.", "артёмовском направлении", BAKHMUT),
        ("На дзержинском направлении отражены атаки.", "дзержинском направлении", TORETSK),
    ],
)
def test_sector_and_hromada_phrases(text: str, surface: str, place_id: str, gazetteer: Gazetteer) -> None:
    assert _place_of(text, surface, gazetteer) == place_id


def test_a_hromada_named_after_an_oblast_capital_is_the_city(gazetteer: Gazetteer) -> None:
    # Negative: "громада" names the town, never the oblast of the same adjective.
    assert (
        _place_of("Жителів Херсонської громади закликали виїхати.", "Херсонської громади", gazetteer)
        == KHERSON
    )


# --- A bare oblast adjective after a plural region noun is one of those oblasts -----------------


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Документи про анексію трьох областей, зокрема Донецької, не визнані.", "Донецької", DONETSK_OBLAST),
        ("Обстрелы шли в двух областях — Запорожской и Луганской.", "Запорожской", ZAPORIZHZHIA_OBLAST),
        ("Обстрелы шли в двух областях — Запорожской и Луганской.", "Луганской", LUHANSK_OBLAST),
    ],
)
def test_bare_oblast_adjective_after_plural_region_noun(
    text: str, surface: str, place_id: str, gazetteer: Gazetteer
) -> None:
    assert _place_of(text, surface, gazetteer) == place_id


def test_bare_oblast_adjective_without_region_noun_is_no_place(gazetteer: Gazetteer) -> None:
    assert "Донецької" not in _texts("Заступник голови Донецької приїхав у місто.", gazetteer)


# --- An ordinary word that opens a sentence is no place -----------------------------------------
# (Головне "the main thing", Чому "why", Українська "Ukrainian", Опытного "experienced"): the
# capital letter only marks the sentence start. Mid-sentence, or when the text names the place
# elsewhere, the name stays a name.


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Головне за добу: ворог атакував біля Бахмута.", "Головне"),
        ("Місто тримається. Чому це важливо? Бо звідти видно дороги.", "Чому"),
        ("12:40 Українська сторона цього не підтверджує.", "Українська"),
        ("— Опытного командира здесь не хватает, — говорит боец из Изюма.", "Опытного"),
    ],
)
def test_ordinary_word_at_sentence_start_is_no_place(text: str, word: str, gazetteer: Gazetteer) -> None:
    assert word not in _texts(text, gazetteer)


def test_sentence_initial_name_kept_when_named_again(gazetteer: Gazetteer) -> None:
    text = "Урожайне звільнено! Підрозділи закріплюються в Урожайному та довкола нього."
    assert "Урожайне" in _texts(text, gazetteer)


def test_ordinary_word_as_a_name_mid_sentence(gazetteer: Gazetteer) -> None:
    assert _place_of("Штурмовики закрепились на окраине Опытного.", "Опытного", gazetteer) == OPYTNE


def test_common_word_classes() -> None:
    assert is_common_word("Головне", "uk")
    assert is_common_word("Чому", "uk")
    # Negative: relational adjectives and nouns that name places are not ordinary words here.
    assert not is_common_word("Покровське", "uk")
    assert not is_common_word("Лиман", "uk")
    assert not is_common_word("Бахмут", "ru")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Головне про ситуацію", "Головне", True),
        ("«Чому це важливо?»", "Чому", True),
        ("12:05 Українське командування", "Українське", True),
        ("Новини.\n⚡️Урожайне звільнено", "Урожайне", True),
        ("3. Добропільську ділянку", "Добропільську", True),
        ("сили звільнили Урожайне", "Урожайне", False),
        ("у 2024 році Урожайне", "Урожайне", False),
    ],
)
def test_at_sentence_start(text: str, word: str, expected: bool) -> None:
    assert at_sentence_start(text, text.index(word)) is expected


# --- A first name that is also a village is no place without a settlement word ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Serhii, a nurse from the town, says the shelling never stops.",
        "Stepan Holub, a farmer, lost his barn to a drone.",
        "Марія, волонтерка з Харкова, возить ліки на схід.",
    ],
)
def test_first_names_are_no_places(text: str, gazetteer: Gazetteer) -> None:
    first_word = text.split(",")[0].split()[0]
    assert first_word not in _texts(text, gazetteer)


def test_first_name_village_after_a_settlement_word(gazetteer: Gazetteer) -> None:
    assert "Stepan" in _texts("Drones struck the village of Stepan overnight.", gazetteer)


# --- Abbreviations of the occupation "republics" and a village cities500 lacks ------------------


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("A former commander of the LPR militia was killed.", "LPR", LUHANSK_OBLAST),
        ("Officials of the DPR announced a new mobilisation.", "DPR", DONETSK_OBLAST),
        ("Диверсанти просочилися до Золотого Колодязя.", "Золотого Колодязя", ZOLOTYI_KOLODIAZ),
        ("Штурмовые группы вошли в Золотой Колодезь.", "Золотой Колодезь", ZOLOTYI_KOLODIAZ),
        ("Russische Trupps erreichten den Rand von Solotyj Kolodjas.", "Solotyj Kolodjas", ZOLOTYI_KOLODIAZ),
    ],
)
def test_aliases_and_added_village(text: str, surface: str, place_id: str, gazetteer: Gazetteer) -> None:
    assert _place_of(text, surface, gazetteer) == place_id


# --- A place name that names a military formation is no place ----------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Речник угруповання «Таврія» повідомив про бої біля Роботиного.", "Таврія"),
        ("Командующий группировкой «Таврия» заявил о продвижении у Работино.", "Таврия"),
        ("Die Truppengruppe Tawrija meldete Gefechte bei Robotyne.", "Tawrija"),
        (
            "Near Vovchansk four assaults were repelled, the Kharkiv operational-tactical group reports.",
            "Kharkiv",
        ),
    ],
)
def test_formation_names_are_no_places(text: str, word: str, gazetteer: Gazetteer) -> None:
    texts = _texts(text, gazetteer)
    assert word not in texts
    assert len(texts) == 1  # the village of the sentence is still found


def test_quoted_formation_name_repeated_later_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Штаб угруповання «Таврія» заявив про відхід. У «Таврії» це пояснили загрозою оточення."
    assert "Таврії" not in _texts(text, gazetteer)


def test_formation_word_elsewhere_leaves_the_town(gazetteer: Gazetteer) -> None:
    # Negative: "group" not right after the name, and a town named in its own right.
    text = "A group of volunteers drove to Kharkiv on Monday."
    assert _place_of(text, "Kharkiv", gazetteer) == "gn:706483"


# --- A capital's name with an English possessive before a region word is the oblast -------------


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Kharkiv's regional governor said power was back.", "Kharkiv", "iso:UA-63"),
        ("Der Verwaltungschef von Cherson sprach von hoher Beteiligung.", "Cherson", "iso:UA-65"),
        # Negative: a possessive before an ordinary noun leaves the city.
        ("Kharkiv's metro stations became shelters again.", "Kharkiv", "gn:706483"),
    ],
)
def test_region_context_after_possessive_and_title(
    text: str, surface: str, place_id: str, gazetteer: Gazetteer
) -> None:
    assert _place_of(text, surface, gazetteer) == place_id


# --- A capitalised ordinary adjective that agrees with the lower-case noun after it opens a name -


def test_adjective_opening_a_body_name_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Про це повідомило в понеділок Головне управління розвідки."
    assert "Головне" not in _texts(text, gazetteer)


def test_village_before_a_noun_it_does_not_agree_with(gazetteer: Gazetteer) -> None:
    # Negative: locative village name, nominative noun: no phrase, the village stays.
    assert _place_of("В Опытном ситуация остаётся сложной.", "Опытном", gazetteer) == OPYTNE


def test_village_in_a_list_before_a_conjunction(gazetteer: Gazetteer) -> None:
    # Negative: a conjunction is no noun, even where the dictionary lists its letter as one.
    text = "Атаки отбиты у Бахмута, Опытного и Курдюмовки."
    assert _place_of(text, "Опытного", gazetteer) == OPYTNE
