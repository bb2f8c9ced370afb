"""Place resolution, round 9: settlements GeoNames lists under a Russian name only (reached from the
Ukrainian spelling of a homonym), common-word names that are towns (Горняк, Затока), a lavra named
after its town, the Crimean peninsula, the Dniester and the Kakhovka reservoir as water
bodies, the Tarkhankut peninsula, and the frontline villages added to ``extra_places.tsv``.

Sentences are written for these tests; settlement ids are looked up in the gazetteer by English
name and oblast (or are the fixed ``x:`` / landmark ids of the data files), not typed in as the
expected output of the resolver.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from frontwatch.model import Place, Report
from frontwatch.places.gazetteer import Gazetteer
from frontwatch.places.resolve import haversine_km
from frontwatch.places.variants import spelling_key
from places_helpers import mention_covering, mention_of, mentions, settlement


def place_of(gazetteer: Gazetteer, place_id: str | None) -> Place:
    place = gazetteer.get(str(place_id))
    assert place is not None, place_id
    return place


# --- the spelling key: Ukrainian and Russian spellings of one name --------------------------------


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [("Терни", "Терны"), ("Оленівка", "Оленевка"), ("Плавні", "Плавни"), ("Мар'їнка", "Марьинка")],
)
def test_spelling_key_equates_the_two_spellings_of_a_name(ukrainian: str, russian: str) -> None:
    assert spelling_key(ukrainian) == spelling_key(russian)


@pytest.mark.parametrize(("first", "second"), [("Новоселівка", "Новоселовка"), ("Терни", "Тарни")])
def test_spelling_key_keeps_names_that_differ_in_other_letters_apart(first: str, second: str) -> None:
    assert spelling_key(first) != spelling_key(second)


# --- settlements listed in Russian only --------------------------------------------------------------


def test_russian_only_village_is_reached_from_a_ukrainian_homonym_near_its_neighbours(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    # GeoNames names the Terny near Lyman only "Терны"; its Ukrainian form is the name of the
    # Dnipropetrovsk-oblast town. The villages around it decide.
    text = "Ворог штурмував наші позиції біля Тернів, Торського та Зарічного, але відступив."
    found = mentions(make_report, gazetteer, text, "uk")
    terny = mention_of(found, "Тернів")
    assert place_of(gazetteer, terny.place_id).admin1 == "Donetsk Oblast"
    assert terny.place_id == settlement(gazetteer, "Terny", "Donetsk Oblast")


def test_ukrainian_named_homonym_keeps_its_reading_in_its_own_region(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Уночі дрони атакували Терни Дніпропетровської області, пошкоджено лінію електропередач."
    terny = mention_of(mentions(make_report, gazetteer, text, "uk"), "Терни")
    assert terny.place_id == settlement(gazetteer, "Terny", "Dnipropetrovsk Oblast")


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Біля кемпінгу в Оленівці в Криму вночі чули вибухи.", "uk", "Оленівці"),
        ("An air defence radar near Olenivka in occupied Crimea was hit overnight.", "en", "Olenivka"),
    ],
)
def test_crimean_village_listed_in_russian_only_is_chosen_when_the_report_names_crimea(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.place_id is not None
    assert place_of(gazetteer, found.place_id).admin1 == "Crimea"


# --- common words that are town names -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["ГОРНЯК ВЗЯТ, БОИ ИДУТ ДАЛЬШЕ", "Штурмовые группы продвинулись в Горняке."])
def test_russian_name_of_hirnyk_is_the_town(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str
) -> None:
    found = mentions(make_report, gazetteer, text, "ru")
    hirnyk = mention_covering(found, "орняк" if "Горняк" in text else "ГОРНЯК")
    assert hirnyk.place_id == settlement(gazetteer, "Hirnyk", "Donetsk Oblast")


def test_zatoka_before_its_raion_is_the_resort_town(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Снимки сделаны у Затоки в Белгород-Днестровском районе."
    zatoka = mention_of(mentions(make_report, gazetteer, text, "ru"), "Затоки")
    assert zatoka.place_id == settlement(gazetteer, "Zatoka", "Odesa Oblast")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Вогонь знищив дерев'яний скит у Святогірській лаврі.", "uk"),
        ("Монахи Святогорской лавры остались.", "ru"),
    ],
)
def test_lavra_named_after_its_town_names_the_town(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str, lang: str
) -> None:
    found = mention_covering(mentions(make_report, gazetteer, text, lang), "вятог")
    assert found.place_id == settlement(gazetteer, "Svyatohirsk", "Donetsk Oblast")


def test_newspaper_named_after_a_city_is_no_place(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "The New York Times matched the video with satellite images of the village."
    assert [m.text for m in mentions(make_report, gazetteer, text, "en")] == []


def test_alexander_nevsky_is_no_village(make_report: Callable[..., Report], gazetteer: Gazetteer) -> None:
    text = "Бойцу вручили орден Александра Невского."
    assert all(m.place_id != "x:ua09:nevske" for m in mentions(make_report, gazetteer, text, "ru"))


# --- regions, water bodies, sites ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Кримський півострів окуповано з 2014 року.", "uk"), ("Ships left the Crimean peninsula.", "en")],
)
def test_the_peninsula_names_crimea(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str, lang: str
) -> None:
    found = mentions(make_report, gazetteer, text, lang)
    assert [m.place_id for m in found] == ["iso:UA-43"]


def test_dniester_is_a_river_placed_at_the_stretch_the_text_pairs_it_with(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Ракета попала в мост через Днестр у Затоки."
    found = mentions(make_report, gazetteer, text, "ru")
    river = mention_of(found, "Днестр")
    assert river.place_id == "river:dniester"
    zatoka = place_of(gazetteer, settlement(gazetteer, "Zatoka", "Odesa Oblast"))
    assert river.lat is not None and river.lon is not None
    assert haversine_km(river.lat, river.lon, zatoka.lat, zatoka.lon) < 30


def test_kakhovka_reservoir_is_not_the_town_of_kakhovka(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Бои идут у Каменского на берегу бывшего Каховского водохранилища, Запорожская область."
    reservoir = mention_covering(mentions(make_report, gazetteer, text, "ru"), "Каховского")
    assert reservoir.place_id == "river:kakhovka-reservoir"
    # Placed on the stretch near Kamianske (Zaporizhzhia Oblast), not at the dam 150 km away.
    kamianske = place_of(gazetteer, settlement(gazetteer, "Kamyanske", "Zaporizhzhia Oblast"))
    assert reservoir.lat is not None and reservoir.lon is not None
    assert haversine_km(reservoir.lat, reservoir.lon, kamianske.lat, kamianske.lon) < 15


def test_tarkhankut_peninsula_is_the_site_not_the_settlement(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "A radar station on the Tarkhankut peninsula in Crimea was struck."
    site = mention_covering(mentions(make_report, gazetteer, text, "en"), "Tarkhankut")
    assert site.place_id == "region:tarkhankut"


# --- villages added to extra_places.tsv this round --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id", "homonym_oblast"),
    [
        # A town of 18,000 of the same name lies in Dnipropetrovsk Oblast.
        (
            "Бои за Пятихатки Запорожской области продолжаются третий день.",
            "ru",
            "Пятихатки",
            "x:ua23:piatykhatky-vasylivka",
            "Dnipropetrovsk Oblast",
        ),
        # cities500 knows only the Pishchane of other oblasts.
        (
            "Противник атакует Песчаное Купянского района Харьковской области.",
            "ru",
            "Песчаное",
            "x:ua63:pishchane-kupiansk",
            "Poltava Oblast",
        ),
        ("Pravdyne in Kherson Oblast was liberated.", "en", "Pravdyne", "x:ua65:pravdyne", None),
        ("Окупанти обстріляли Павлівку біля Вугледара.", "uk", "Павлівку", "x:ua14:pavlivka-vuhledar", None),
    ],
)
def test_added_village_is_chosen_over_a_distant_homonym(
    make_report: Callable[..., Report],
    gazetteer: Gazetteer,
    text: str,
    lang: str,
    surface: str,
    place_id: str,
    homonym_oblast: str | None,
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.place_id == place_id
    if homonym_oblast is not None:
        assert any(place_of(gazetteer, pid).admin1 == homonym_oblast for pid, _ in found.alternatives)


def test_added_villages_lie_where_their_neighbours_are(gazetteer: Gazetteer) -> None:
    """Each round-9 village is within 30 km of a settlement of its oblast that cities500 holds: a
    coordinate typed with the wrong sign or swapped would land far from every neighbour."""
    ids = [
        "x:ua23:piatykhatky-vasylivka",
        "x:ua09:nevske",
        "x:ua63:pishchane-kupiansk",
        "x:ua65:pravdyne",
        "x:ua14:pavlivka-vuhledar",
        "x:ua14:paraskoviivka",
        "x:ua23:kopani-orikhiv",
        "x:ua23:mali-shcherbaky",
        "x:ua65:bilohirka",
        "x:ua74:senkivka-horodnia",
        "x:ua14:vovche-hrodivka",
        "x:ua14:novoekonomichne",
        "x:ua63:zybyne",
    ]
    geonames = [p for p in gazetteer.places.values() if p.id.startswith("gn:") and p.feature == "settlement"]
    for place_id in ids:
        place = place_of(gazetteer, place_id)
        nearest = min(
            (haversine_km(place.lat, place.lon, p.lat, p.lon), p.admin1)
            for p in geonames
            if not math.isclose(p.lat, place.lat) or not math.isclose(p.lon, place.lon)
        )
        assert nearest[0] < 30, (place_id, nearest)
