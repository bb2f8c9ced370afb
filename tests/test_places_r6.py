"""Place resolution, round 6: sites without a settlement, the Mokri Yaly, region vocatives, hromada
names, the speaker's seat, a second neighbour for homonyms and the bare adjectives of directions.

Sentences are written for these tests; coordinates are checked against the gazetteer, not typed in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import frontwatch
from frontwatch.datafiles import read_yaml
from frontwatch.model import Report
from frontwatch.places import inflect
from frontwatch.places.gazetteer import Gazetteer
from frontwatch.places.resolve import haversine_km
from places_helpers import mention_covering as mention_of
from places_helpers import mentions

LANDMARKS = Path(frontwatch.__file__).parent / "data" / "gazetteer" / "landmarks.yaml"


# --- sites and the Mokri Yaly ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        (
            "Українські десантники знову висадилися на Кінбурнській косі вночі.",
            "uk",
            "Кінбурнській косі",
            "region:kinburn-spit",
        ),
        (
            "Russian marines still hold positions on the Kinburn Spit, the Navy said.",
            "en",
            "Kinburn Spit",
            "region:kinburn-spit",
        ),
        ("Солдаты копали окопы в Рыжем лесу возле станции.", "ru", "Рыжем лесу", "region:red-forest"),
        (
            "Russische Truppen haben den Roten Wald bei Tschernobyl verlassen.",
            "de",
            "Roten Wald",
            "region:red-forest",
        ),
        (
            "Персонал Чернобыльской АЭС работал без смены почти месяц.",
            "ru",
            "Чернобыльской АЭС",
            "facility:chornobyl-npp",
        ),
        (
            "Inspectors returned to the Chornobyl nuclear power plant on Friday.",
            "en",
            "Chornobyl nuclear power plant",
            "facility:chornobyl-npp",
        ),
    ],
    ids=[
        "kinburn-uk",
        "kinburn-en",
        "red-forest-ru",
        "red-forest-de",
        "chornobyl-npp-ru",
        "chornobyl-npp-en",
    ],
)
def test_sites_are_recognised(
    make_report: Callable[..., Report],
    gazetteer: Gazetteer,
    text: str,
    lang: str,
    surface: str,
    place_id: str,
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, lang), surface)
    assert found.place_id == place_id
    assert found.precision == "other"  # a site, not a settlement: claims give it no settlement of its own


def test_chornobyl_plant_lies_where_its_settlement_key_says(gazetteer: Gazetteer) -> None:
    """The plant's ``settlement`` (the place its claims take) is the town it is named after, close by."""
    facilities = {item["id"]: item for item in read_yaml(LANDMARKS)["facilities"]}
    plant = gazetteer.get("facility:chornobyl-npp")
    town = gazetteer.get(str(facilities["facility:chornobyl-npp"]["settlement"]))
    assert plant is not None and town is not None
    assert town.name == "Chornobyl"
    assert haversine_km(plant.lat, plant.lon, town.lat, town.lon) < 20.0


def test_mokri_yaly_is_a_river_and_never_a_settlement(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    assert {p.feature for p in gazetteer.lookup("Мокрі Яли")} == {"river"}
    text = "Штурмові групи просувалися до Великої Новосілки вздовж річки Мокрі Яли з півдня."
    river = mention_of(mentions(make_report, gazetteer, text, "uk"), "Мокрі Яли")
    town = gazetteer.lookup("Велика Новосілка")[0]
    assert river.place_id == "river:mokri-yaly"
    # Placed at the stretch the sentence pairs it with, not at some other point of its course.
    assert river.lat is not None and river.lon is not None
    assert haversine_km(river.lat, river.lon, town.lat, town.lon) < 3.0


# --- region vocatives and hromada names ----------------------------------------------------------


def test_a_post_addressing_the_oblast_names_the_oblast(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    found = mention_of(
        mentions(make_report, gazetteer, "Харківщино, доброго ранку! Ніч минула тривожно.", "uk"),
        "Харківщино",
    )
    assert found.place_id == "iso:UA-63"


def test_only_region_nouns_take_the_vocative() -> None:
    assert inflect.vocative_forms("Полтавщина", "uk") == {"Полтавщино"}
    assert inflect.vocative_forms("Харків", "uk") == set()
    assert inflect.vocative_forms("Донеччина", "uk") == {"Донеччино"}
    assert inflect.vocative_forms("Волинь", "uk") == set()  # no rule for the ending: no guess
    assert inflect.vocative_forms("Полтавщина", "ru") == set()


def test_a_hromada_named_by_its_centre_names_the_town(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Вночі ворог двічі обстріляв Очеретинську громаду, пошкоджено школу."
    found = mention_of(mentions(make_report, gazetteer, text, "uk"), "Очеретинську громаду")
    assert found.place_id == gazetteer.lookup("Очеретине")[0].id


# --- the speaker's seat ------------------------------------------------------------------------


def test_the_region_of_a_speakers_office_does_not_place_the_sentence(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = (
        "A second column of buses left Mariupol for Zaporizhzhia on Thursday. "
        "Donetsk regional governor Pavlo Kyrylenko said the buses were shelled near Vasylivka."
    )
    found = mention_of(mentions(make_report, gazetteer, text, "en"), "Vasylivka")
    assert found.admin1 == "Zaporizhzhia Oblast"


def test_a_region_word_that_locates_the_place_still_counts(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    """The same name with its region word next to it: the region decides, as before."""
    text = "The buses were shelled near Vasylivka in Donetsk region on Thursday, the police said."
    found = mention_of(mentions(make_report, gazetteer, text, "en"), "Vasylivka")
    assert found.admin1 == "Donetsk Oblast"


# --- homonyms: a second neighbour counts -------------------------------------------------------


def test_of_two_homonyms_near_one_place_the_one_near_two_wins(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    """Both Donetsk-oblast Zaitseves lie about 10 km from Kurdiumivka; only one is also near Bakhmut."""
    text = (
        "Штурмовики наступають з боку Курдюмівки. "
        "Увечері Генштаб повідомив про відбиті атаки біля Бахмута і Зайцевого."
    )
    found = mention_of(mentions(make_report, gazetteer, text, "uk"), "Зайцевого")
    bakhmut = gazetteer.lookup("Бахмут")[0]
    assert found.lat is not None and found.lon is not None
    assert haversine_km(found.lat, found.lon, bakhmut.lat, bakhmut.lon) < 12.0


# --- directions --------------------------------------------------------------------------------


def test_a_bare_direction_adjective_names_the_oblast_it_was_taken_by(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Минобороны сообщило о сокращении активности на киевском и черниговском направлениях."
    found = mentions(make_report, gazetteer, text, "ru")
    assert mention_of(found, "черниговском").place_id == "iso:UA-74"
    assert mention_of(found, "киевском").place_id == "iso:UA-32"


def test_a_hromada_of_a_regional_capital_still_names_the_city(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Із Чернігівської громади за тиждень виїхали понад сто людей."
    found = mention_of(mentions(make_report, gazetteer, text, "uk"), "Чернігівської громади")
    assert found.place_id == gazetteer.lookup("Чернігів")[0].id


# --- a village name that fits nowhere in the report ------------------------------------------


def test_a_homonym_far_from_everything_the_report_names_gets_no_place(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    """Both Lukashivkas of the gazetteer lie hundreds of km from Kharkiv Oblast: no guess."""
    assert len({p.id for p in gazetteer.lookup("Лукашівка")}) >= 2
    text = "Харківщино, доброго ранку! Вночі ворог обстріляв Куп'янськ. Сили оборони звільнили Лукашівку."
    found = mention_of(mentions(make_report, gazetteer, text, "uk"), "Лукашівку")
    assert found.place_id is None
    assert found.region_conflict is not None
    assert found.alternatives  # the readings stay visible for a reviewer


def test_the_same_homonym_in_its_own_oblast_keeps_its_place(
    make_report: Callable[..., Report], gazetteer: Gazetteer
) -> None:
    text = "Черкащино, доброго ранку! Вночі дрони атакували Лукашівку, пошкоджено ферму."
    found = mention_of(mentions(make_report, gazetteer, text, "uk"), "Лукашівку")
    assert found.admin1 == "Cherkasy Oblast"
