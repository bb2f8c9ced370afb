"""Place resolution, round 5: classes of misreadings fixed by general rules, each checked on
sentences written for these tests.

- former or other names filed with a settlement lose to the place whose own name they are;
- Russian names guessed from Ukrainian ones: roots that differ at the word start (Кам'ян- / Камен-)
  and relational adjectives that some place already lists (Приморское);
- the case forms of one name share their evidence (one sense per report across cases), unless an
  occurrence has a region word of its own;
- a bare region adjective needs coordinated adjectives only before its region noun;
- fleets are no places; rivers after "delta" words; foreign ports are not Ukrainian villages;
- a town's adjective before a port / airport / coke plant names the town;
- "the X and Y areas" are oblasts; a stop-listed village name counts at a sentence start when the
  text names the village after a settlement word elsewhere; new places (Hroza, Yahidne, Snake Island).
"""

from __future__ import annotations

import pytest

from frontwatch.model import PlaceMention, Report
from frontwatch.places import variants
from frontwatch.places.gazetteer import (
    CUE_DIRECTION_NOUN,
    CUE_NONE,
    Gazetteer,
    _other_cyrillic_names,
    _replaces,
)
from frontwatch.places.resolve import resolve_places

KREMENCHUK = "gn:704147"
KAMIANSKE_ZAPORIZHZHIA = "gn:706967"
KAMIANSKE_CITY = "gn:709932"
PRYMORSKE_ZAPORIZHZHIA = "gn:696278"
ODESA = "gn:698740"
AVDIIVKA = "gn:713122"
KYIV_OBLAST = "iso:UA-32"
CHERNIHIV_OBLAST = "iso:UA-74"
BOROVA_KHARKIV = "gn:711623"
BOROVA_KYIV = "gn:711621"


def resolve(gazetteer: Gazetteer, text: str, lang: str) -> list[PlaceMention]:
    report = Report(
        id="r5", source="test", raw_text=text, clean_text=text, format="text", origin="test", lang=lang
    )
    return resolve_places(report, gazetteer)


def place_of(mentions: list[PlaceMention], surface: str) -> str | None:
    found = [m for m in mentions if surface in m.text]
    assert found, f"{surface!r} not recognised in {[m.text for m in mentions]}"
    return found[0].place_id


# --- other names ---------------------------------------------------------------------------------


def test_a_name_filed_as_another_places_former_name_reads_as_its_own_place(gazetteer: Gazetteer) -> None:
    # GeoNames files "Кременчук" with Yampil (Vinnytsia Oblast) too; a report about Vinnytsia
    # that lists Kremenchuk among cities hit still means the big city on the Dnipro.
    text = (
        "Ракети знову влучили у Вінницю. Місцева влада Вінниці каже, що це вже третій такий удар "
        "цього літа, після Кременчука."
    )
    assert place_of(resolve(gazetteer, text, "uk"), "Кременчука") == KREMENCHUK


def test_other_names_are_the_ones_unlike_the_main_name() -> None:
    others = _other_cyrillic_names("Yampil", ["Ямпіль", "Ямполь", "Кременчук"])
    assert others == {"Кременчук"}
    # Russian and Ukrainian forms of the main name are its own (Дмитровка / Dmytrivka).
    assert _other_cyrillic_names("Dmytrivka", ["Дмитрівка", "Дмитровка"]) == set()
    # Only former names listed: all of them are other names.
    assert _other_cyrillic_names("Khromove", ["Артемівське"]) == {"Артемівське"}


def test_an_unconditional_reading_beats_a_heavier_conditional_one() -> None:
    conditional = ("gn:1", 0.9, CUE_DIRECTION_NOUN)
    assert _replaces(conditional, 0.45, CUE_NONE)
    assert not _replaces(("gn:1", 0.45, CUE_NONE), 0.9, CUE_DIRECTION_NOUN)
    assert _replaces(("gn:1", 0.45, CUE_NONE), 0.9, CUE_NONE)


# --- guessed Russian names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [
        ("Кам'янка", "Каменка"),
        ("Кам’янське", "Каменское"),
        ("Оленівка", "Еленовка"),
        ("Олексіївка", "Алексеевка"),
        ("Олешки", "Алешки"),
    ],
)
def test_roots_that_differ_at_the_word_start(ukrainian: str, russian: str) -> None:
    assert russian in variants.russian_names_from_ukrainian(ukrainian)


def test_guessed_russian_name_of_a_village_listed_only_in_ukrainian(gazetteer: Gazetteer) -> None:
    text = "Российские войска заняли село Каменское Запорожской области, сообщили в ведомстве."
    assert place_of(resolve(gazetteer, text, "ru"), "Каменское") == KAMIANSKE_ZAPORIZHZHIA


def test_a_guessed_relational_adjective_is_a_reading_where_another_place_has_the_name(
    gazetteer: Gazetteer,
) -> None:
    readings = {place.id for place in gazetteer.lookup("Приморское")}
    assert PRYMORSKE_ZAPORIZHZHIA in readings
    text = "Бои шли у Степногорска и Приморское в Запорожской области."
    assert place_of(resolve(gazetteer, text, "ru"), "Приморское") == PRYMORSKE_ZAPORIZHZHIA


def test_a_guessed_adjective_that_no_place_lists_is_no_name(gazetteer: Gazetteer) -> None:
    # "Украинское" is the Russian of Українське, but in Russian text it is mostly "Ukrainian".
    text = "Украинское командование сообщило об отходе. Бои продолжаются у Часова Яра."
    assert all(m.text != "Украинское" for m in resolve(gazetteer, text, "ru"))


# --- one sense per report across case forms ----------------------------------------------------


def test_case_forms_of_one_name_share_the_region_word_of_one_of_them(gazetteer: Gazetteer) -> None:
    text = (
        "Армия сообщила о взятии села Каменское Запорожской области. Позднее три атаки были отбиты "
        "в направлении Каменского, а в самом Каменском продолжается зачистка."
    )
    mentions = resolve(gazetteer, text, "ru")
    assert place_of(mentions, "Каменского") == KAMIANSKE_ZAPORIZHZHIA
    assert place_of(mentions, "Каменском") == KAMIANSKE_ZAPORIZHZHIA
    assert KAMIANSKE_CITY not in {m.place_id for m in mentions}


def test_an_occurrence_with_its_own_region_word_keeps_its_own_reading(gazetteer: Gazetteer) -> None:
    text = (
        "Бійці звільнили Борову Харківської області. Боровою опікується громада поблизу Ізюма. "
        "Цю Борову не варто плутати з селищем Борова на Київщині."
    )
    mentions = resolve(gazetteer, text, "uk")
    assert mentions[0].place_id == BOROVA_KHARKIV
    kyiv_one = [m for m in mentions if m.text == "Борова"]
    assert kyiv_one and kyiv_one[0].place_id == BOROVA_KYIV


# --- region adjectives, plural areas -------------------------------------------------------------


def test_a_town_before_a_region_phrase_is_no_region_adjective(gazetteer: Gazetteer) -> None:
    # Not "Покровского ... области" as the bare adjective of a raion: the village of that oblast.
    text = "Враг обстреливает дорогу от Покровского в Днепропетровской области на восток."
    pokrovske = next(m for m in resolve(gazetteer, text, "ru") if m.text == "Покровского")
    assert pokrovske.precision == "settlement"
    assert pokrovske.admin1 == "Dnipropetrovsk Oblast"
    assert pokrovske.region_conflict is None


def test_coordinated_region_adjectives_still_name_regions(gazetteer: Gazetteer) -> None:
    text = "Обстрелы Сумской, Харьковской и Донецкой областей продолжались всю ночь."
    mentions = resolve(gazetteer, text, "ru")
    assert [m.place_id for m in mentions] == ["iso:UA-59", "iso:UA-63", "iso:UA-14"]


def test_the_areas_of_two_capitals_are_their_oblasts(gazetteer: Gazetteer) -> None:
    text = "Since leaving the Kyiv and Chernihiv areas, the units have regrouped near Izium."
    mentions = resolve(gazetteer, text, "en")
    assert place_of(mentions, "Kyiv") == KYIV_OBLAST
    assert place_of(mentions, "Chernihiv") == CHERNIHIV_OBLAST


# --- not places, rivers, foreign ports ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Ракеты попали в штаб Черноморского флота в Севастополе.", "ru", "Черноморского"),
        ("Дрони атакували кораблі Чорноморського флоту біля Севастополя.", "uk", "Чорноморського"),
    ],
)
def test_a_fleet_named_after_a_place_is_no_place(
    text: str, lang: str, name: str, gazetteer: Gazetteer
) -> None:
    mentions = resolve(gazetteer, text, lang)
    assert all(name not in m.text for m in mentions)
    assert any(m.name_en == "Sevastopol" for m in mentions)


def test_a_river_after_a_delta_word(gazetteer: Gazetteer) -> None:
    text = "Морпіхи тримають острови в дельті Дніпра нижче Херсона."
    assert place_of(resolve(gazetteer, text, "uk"), "Дніпра") == "river:dnipro"


def test_a_russian_port_is_no_ukrainian_village(gazetteer: Gazetteer) -> None:
    text = "The ships were moved from Sevastopol to Novorossiysk after the strikes."
    assert all(m.text != "Novorossiysk" for m in resolve(gazetteer, text, "en"))


# --- a town's installations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        ("Власти отрицают попадание в одесском порту.", "ru", "одесском порту", ODESA),
        ("Штурмовики вышли к терриконам Авдеевского коксохима.", "ru", "Авдеевского коксохима", AVDIIVKA),
        ("Дрон влучив біля одеського порту вночі.", "uk", "одеського порту", ODESA),
    ],
)
def test_a_towns_adjective_before_its_installation_names_the_town(
    text: str, lang: str, surface: str, place_id: str, gazetteer: Gazetteer
) -> None:
    assert place_of(resolve(gazetteer, text, lang), surface) == place_id


def test_an_oblast_adjective_before_a_plant_stays_the_facility(gazetteer: Gazetteer) -> None:
    text = "Запорожская АЭС снова осталась без внешнего питания."
    assert place_of(resolve(gazetteer, text, "ru"), "АЭС") == "facility:zaporizhzhia-npp"


# --- new places ------------------------------------------------------------------------------------


def test_a_stop_listed_village_at_a_sentence_start_when_named_elsewhere(gazetteer: Gazetteer) -> None:
    text = "Ракета влучила по селу Гроза на Куп'янщині. Гроза — маленьке село біля Шевченкового."
    mentions = [m for m in resolve(gazetteer, text, "uk") if m.text == "Гроза"]
    assert [m.place_id for m in mentions] == ["x:ua63:hroza", "x:ua63:hroza"]


def test_a_stop_listed_word_alone_stays_a_word(gazetteer: Gazetteer) -> None:
    text = "Гроза пройшла над Харковом увечері, світло вимикали двічі."
    assert all(m.text != "Гроза" for m in resolve(gazetteer, text, "uk"))


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        (
            "Окупанти залишили Ягідне, а в Ягідному знайшли підвал зі зниклими.",
            "uk",
            "Ягідному",
            "x:ua74:yahidne",
        ),
        (
            "Die russische Armee hat die Schlangeninsel geräumt.",
            "de",
            "Schlangeninsel",
            "region:zmiinyi-island",
        ),
        ("Ukraine retook Snake Island in the summer.", "en", "Snake Island", "region:zmiinyi-island"),
        (
            "Von hier sieht man die Kühltürme des Atomkraftwerks Saporischschja.",
            "de",
            "Atomkraftwerks",
            "facility:zaporizhzhia-npp",
        ),
    ],
)
def test_places_added_this_round(
    text: str, lang: str, surface: str, place_id: str, gazetteer: Gazetteer
) -> None:
    assert place_of(resolve(gazetteer, text, lang), surface) == place_id
