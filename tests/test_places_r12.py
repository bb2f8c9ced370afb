"""Place resolution, round 12: two villages and two power plants added, the Vovcha river, and the
Russian adjectives of names ending in a soft consonant.

- ``extra_places.tsv``: Kyselivka in Kherson raion (over its Mykolaiv- and Chernihiv-oblast
  namesakes where the text says Kherson), Stara Basan (Chernihiv oblast);
- ``landmarks.yaml``: the Dnipro hydroelectric station (DniproHES) and the Khmelnytskyi nuclear
  plant as facilities; the Vovcha as a river, only next to a river word (its name is also the
  adjective "wolf's");
- Russian town adjectives of names in -нь / -ль (Голая Пристань -> Голопристанский, Ковель ->
  Ковельский), as the Ukrainian rules already formed them.

The sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from frontwatch.model import Report
from frontwatch.places.gazetteer import Gazetteer
from places_helpers import mention_of, mentions, settlement

ReportMaker = Callable[..., Report]


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        (
            "Die Front verlief im Herbst bei Kysseliwka an der Straße nach Cherson.",
            "de",
            "Kysseliwka",
            "x:ua65:kyselivka-kherson",
        ),
        (
            "Херсонская область: оккупанты отошли из Киселевки к Чернобаевке.",
            "ru",
            "Киселевки",
            "x:ua65:kyselivka-kherson",
        ),
        (
            "Residents of Stara Basan in Chernihiv oblast recalled the occupation.",
            "en",
            "Stara Basan",
            "x:ua74:stara-basan",
        ),
        (
            "Жителі Старої Басані на Чернігівщині відбудовують школу.",
            "uk",
            "Старої Басані",
            "x:ua74:stara-basan",
        ),
    ],
)
def test_the_added_villages_are_read(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str, place_id: str
) -> None:
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == place_id


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        (
            "A missile strike stopped two turbines of the DniproHES overnight.",
            "en",
            "DniproHES",
            "facility:dniprohes",
        ),
        (
            "Das Wasserkraftwerk DniproHES wurde erneut getroffen.",
            "de",
            "Wasserkraftwerk DniproHES",
            "facility:dniprohes",
        ),
        ("Удар по ДніпроГЕС пошкодив машинну залу.", "uk", "ДніпроГЕС", "facility:dniprohes"),
        (
            "Энергоблок Хмельницкой АЭС отключили от сети.",
            "ru",
            "Хмельницкой АЭС",
            "facility:khmelnytskyi-npp",
        ),
        (
            "Drones flew near the Khmelnytskyi NPP at night.",
            "en",
            "Khmelnytskyi NPP",
            "facility:khmelnytskyi-npp",
        ),
    ],
)
def test_the_added_facilities_are_read(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str, place_id: str
) -> None:
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == place_id


def test_the_khmelnytskyi_plant_phrase_is_not_the_town(
    make_report: ReportMaker, gazetteer: Gazetteer
) -> None:
    found = mentions(make_report, gazetteer, "Персонал Хмельницької АЕС працює у штатному режимі.", "uk")
    assert [m.place_id for m in found] == ["facility:khmelnytskyi-npp"]


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Подразделения закрепились на правом берегу реки Волчья.", "ru", "Волчья"),
        ("Бійці переправилися через річку Вовча біля села.", "uk", "Вовча"),
    ],
)
def test_the_vovcha_is_a_river_next_to_a_river_word(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == "river:vovcha"


def test_the_wolf_adjective_is_no_river(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    found = mentions(make_report, gazetteer, "Это была настоящая Волчья стая, сказал командир.", "ru")
    assert all(m.place_id != "river:vovcha" for m in found)


@pytest.mark.parametrize(
    ("text", "surface", "name", "admin1"),
    [
        (
            "Глава Голопристанского округа сообщил об обстреле больницы.",
            "Голопристанского",
            "Hola Prystan",
            "Kherson Oblast",
        ),
        (
            "Жители Голопристанской общины получили гуманитарную помощь.",
            "Голопристанской общины",
            "Hola Prystan",
            "Kherson Oblast",
        ),
        ("В Ковельской громаде объявили сбор помощи.", "Ковельской громаде", "Kovel", "Volyn Oblast"),
    ],
)
def test_russian_adjectives_of_names_in_a_soft_consonant(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, surface: str, name: str, admin1: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, "ru"), surface)
    assert found.place_id == settlement(gazetteer, name, admin1)
