"""Place resolution, round 8: a town named by its adjective (hromada, council, front direction,
surroundings), the Ukrainian locative in -ці, a region word that must not throw a city or a
capital's oblast away, the capital's city unit, and foreign air bases.

Sentences are written for these tests; place ids are looked up in the gazetteer by English name and
oblast, not typed in as expected readings of the resolver.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from frontwatch.model import Report
from frontwatch.places import inflect
from frontwatch.places.gazetteer import Gazetteer
from places_helpers import mention_of, mentions, settlement

# --- adjectives derived from town names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lang", "adjective"),
    [
        ("Юнаківка", "uk", "Юнаківський"),
        ("Краснопілля", "uk", "Краснопільський"),
        ("Дергачі", "uk", "Дергачівський"),
        ("Хотінь", "uk", "Хотінський"),
        ("Очеретине", "uk", "Очеретинський"),
        ("Тростянець", "uk", "Тростянецький"),
        ("Новопавловка", "ru", "Новопавловский"),
        ("Краснополье", "ru", "Краснопольский"),
        ("Курахово", "ru", "Кураховский"),
    ],
)
def test_town_adjective_from_the_name_ending(name: str, lang: str, adjective: str) -> None:
    assert adjective in inflect.town_adjectives(name, lang)


@pytest.mark.parametrize(
    ("adjective", "noun"),
    [("Краснопільський", "Краснопільщина"), ("Тростянецький", "Тростянеччина")],
)
def test_region_noun_from_the_adjective(adjective: str, noun: str) -> None:
    assert inflect.town_region_nouns(adjective, "uk") == [noun]


def test_hromada_adjectives_in_a_list_name_their_towns(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Уночі артилерія била по Хотінській, Білопільській та Миропільській громадах, є руйнування."
    found = mentions(make_report, gazetteer, text, "uk")
    assert mention_of(found, "Хотінській").place_id == settlement(gazetteer, "Khotin", "Sumy Oblast")
    assert mention_of(found, "Білопільській").place_id == settlement(gazetteer, "Bilopillia", "Sumy Oblast")
    assert mention_of(found, "Миропільській").place_id == settlement(gazetteer, "Myropillia", "Sumy Oblast")


def test_town_council_names_the_town(make_report: Callable[..., Report], gazetteer: Gazetteer) -> None:
    found = mentions(make_report, gazetteer, "Про обстріл повідомила Дергачівська міська рада.", "uk")
    assert mention_of(found, "Дергачівська").place_id == settlement(gazetteer, "Derhachi", "Kharkiv Oblast")


def test_bare_town_adjective_without_community_word_is_no_place(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    # The adjective before an ordinary noun is not the hromada.
    found = mentions(make_report, gazetteer, "Волонтери привезли Дергачівські яблука на ярмарок.", "uk")
    assert "Дергачівські" not in [m.text for m in found]


def test_capital_council_names_the_city_not_the_oblast(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Голова Харківської міської ради закликав містян берегти світло."
    found = mentions(make_report, gazetteer, text, "uk")
    assert mention_of(found, "Харківської").place_id == settlement(gazetteer, "Kharkiv", "Kharkiv Oblast")


def test_oblast_council_stays_the_oblast(make_report: Callable[..., Report], gazetteer: Gazetteer) -> None:
    found = mentions(make_report, gazetteer, "Сесія Харківської обласної ради відбулася онлайн.", "uk")
    assert mention_of(found, "Харківської").place_id == "iso:UA-63"


def test_direction_of_a_town_that_is_no_raion_centre(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "На Новопавловском направлении противник за день пытался продвинуться девять раз."
    found = mentions(make_report, gazetteer, text, "ru")
    phrase = mention_of(found, "Новопавловском направлении")
    assert phrase.place_id is not None
    assert gazetteer.places[phrase.place_id].name == "Novopavlivka"


def test_surroundings_noun_names_the_town(make_report: Callable[..., Report], gazetteer: Gazetteer) -> None:
    found = mentions(make_report, gazetteer, "Краснопільщина знову під обстрілами з того боку кордону.", "uk")
    assert mention_of(found, "Краснопільщина").place_id == settlement(
        gazetteer, "Krasnopillya", "Sumy Oblast"
    )


def test_surroundings_noun_of_a_raion_centre_names_the_raion(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    found = mentions(make_report, gazetteer, "На Нікопольщині вночі знову працювала ворожа артилерія.", "uk")
    assert mention_of(found, "Нікопольщині").place_id == "raion:UA-12:nikopol"


def test_homeland_is_no_place(make_report: Callable[..., Report], gazetteer: Gazetteer) -> None:
    found = mentions(make_report, gazetteer, "Вони боронять Батьківщину.", "uk")
    assert found == []


# --- the locative in -ці ----------------------------------------------------------------------------


def test_locative_with_k_to_ts_alternation(make_report: Callable[..., Report], gazetteer: Gazetteer) -> None:
    found = mentions(make_report, gazetteer, "Донорські пункти відкриті в Кременчуці до вечора.", "uk")
    assert mention_of(found, "Кременчуці").place_id == settlement(gazetteer, "Kremenchuk", "Poltava Oblast")


# --- region words that must not throw a reading away -----------------------------------------------


def test_city_kept_before_the_region_it_is_left_for(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Рада організувала автобуси з Охтирки на Полтавщину для всіх охочих."
    found = mentions(make_report, gazetteer, text, "uk")
    okhtyrka = mention_of(found, "Охтирки")
    assert okhtyrka.region_conflict is None
    assert okhtyrka.place_id is not None and gazetteer.places[okhtyrka.place_id].name == "Okhtyrka"


def test_capital_name_beside_another_oblast_is_its_oblast(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "The assault groups are now close to the Luhansk–Donetsk oblast line near Siversk."
    found = mentions(make_report, gazetteer, text, "en")
    assert mention_of(found, "Luhansk").place_id == "iso:UA-09"


def test_village_missing_in_the_named_oblast_still_conflicts(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    # Horokhuvatka lies in Kharkiv Oblast only: "in Sumy Oblast" means a village the gazetteer lacks.
    text = "Fighting was reported near Horokhuvatka, Sumy Oblast, on Friday."
    found = mentions(make_report, gazetteer, text, "en")
    assert mention_of(found, "Horokhuvatka").place_id is None


# --- the capital and foreign air bases --------------------------------------------------------------


def test_kyiv_city_names_the_city(make_report: Callable[..., Report], gazetteer: Gazetteer) -> None:
    text = "The head of the Kyiv City Military Administration said debris fell in two districts."
    found = mentions(make_report, gazetteer, text, "en")
    assert [m.place_id for m in found if m.text.startswith("Kyiv")] == [
        settlement(gazetteer, "Kyiv", "Kyiv City")
    ]


def test_russian_air_base_is_not_a_ukrainian_village(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Drones hit bombers parked at the Belaya air base in Siberia, the service said."
    found = mentions(make_report, gazetteer, text, "en")
    assert "Belaya" not in [m.text for m in found]


def test_belbek_air_base_is_a_facility(make_report: Callable[..., Report], gazetteer: Gazetteer) -> None:
    text = "Explosions were heard near the Belbek air base in Crimea overnight."
    found = mentions(make_report, gazetteer, text, "en")
    assert mention_of(found, "Belbek air base").place_id == "facility:belbek-airbase"


# --- a known name inside a longer unknown one, and a homonym far from the report --------------------


def test_known_name_after_a_name_prefix_is_no_place(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    # "Новая Таволжанка" lies across the border; the gazetteer knows only Tavilzhanka (Kharkiv Oblast).
    text = "Губернатор сообщил, что детей вывозят из Новой Таволжанки в лагеря."
    found = mentions(make_report, gazetteer, text, "ru")
    assert all("Таволжанк" not in m.text for m in found)


def test_known_name_without_the_prefix_is_still_read(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    found = mentions(make_report, gazetteer, "Под Таволжанкой снова слышны взрывы.", "ru")
    assert mention_of(found, "Таволжанкой").place_id == settlement(gazetteer, "Tavilzhanka", "Kharkiv Oblast")


def test_renamed_village_keeps_its_former_name(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    found = mentions(make_report, gazetteer, "Дорога на Первомайское простреливается уже сейчас.", "ru")
    assert mention_of(found, "Первомайское").place_id == settlement(gazetteer, "Avdiyivske", "Donetsk Oblast")
