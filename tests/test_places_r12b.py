"""Place resolution, round 12 (second batch): Mykhailivka in Beryslav raion added.

- ``extra_places.tsv``: Mykhailivka of the former Novovorontsovka raion (now Beryslav raion,
  Kherson oblast), next to Zolota Balka and north of the Dnipro, retaken in October 2022. Kherson
  oblast already holds a Mykhailivka near Skadovsk (cities500); the text's neighbours choose between
  them, as raion names only tell the oblast.

The sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from frontwatch.model import Report
from frontwatch.places.gazetteer import Gazetteer
from places_helpers import mention_of, mentions

ReportMaker = Callable[..., Report]

BERYSLAV_MYKHAILIVKA = "x:ua65:mykhailivka-beryslav"


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Mykhailivka, just north of Zolota Balka, was retaken on 3 October.", "en", "Mykhailivka"),
        ("Mikhailovka near Novovorontsovka came under artillery fire.", "en", "Mikhailovka"),
        ("ЗСУ звільнили Михайлівку поблизу Золотої Балки на Херсонщині.", "uk", "Михайлівку"),
        ("Российские войска отошли из Михайловки к Золотой Балке.", "ru", "Михайловки"),
        ("Die ukrainische Armee rückte von Nowoworonzowka bis Mychajliwka vor.", "de", "Mychajliwka"),
    ],
)
def test_the_beryslav_mykhailivka_is_read(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str
) -> None:
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == BERYSLAV_MYKHAILIVKA


def test_the_skadovsk_namesake_keeps_its_neighbour(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    found = mentions(make_report, gazetteer, "Михайлівку біля Скадовська знову обстріляли.", "uk")
    assert mention_of(found, "Михайлівку").place_id == "gn:701239"  # Mykhailivka, Skadovsk raion
