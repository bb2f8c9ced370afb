"""Place resolution, round 13: five Donetsk-oblast frontline villages added to ``extra_places.tsv``.

- Spirne (Soledar hromada) and Bakhmutske (Soledar hromada, by Soledar), Bakhmut raion; new names.
- Oleksandro-Shultyne (Kostiantynivka hromada, Kramatorsk raion); a new name.
- Druzhba (Toretsk hromada) and Sukha Balka (Toretsk hromada): cities500 holds only namesakes far
  away (Druzhba in Sumy, Ternopil, Chernihiv and Zhytomyr oblasts; Sukha Balka in Mykolaiv oblast),
  so the text's oblast or neighbours now choose the Donetsk village instead of a region conflict or a
  namesake 500 km off.
- Russian plural names in -ки get the masculine genitive -ков (у Ставков) from the ending rules.
- A stop-listed name (also a common word) joined by a list to a settlement the text names is a
  settlement too ("near Druzhba and Pivnichne"; places/recognize.py).
- "Бахмутское направление" stays the direction of Bakhmut: the neuter adjective is not read as the
  village Bakhmutske before a direction noun.

The sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from frontwatch.model import Report
from frontwatch.places.gazetteer import Gazetteer
from places_helpers import mention_of, mentions

ReportMaker = Callable[..., Report]


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        ("Heavy fighting went on near Spirne, east of Siversk, on Tuesday.", "en", "Spirne", "x:ua14:spirne"),
        ("Окупанти штурмували Спірне поблизу Сіверська.", "uk", "Спірне", "x:ua14:spirne"),
        (
            "The enemy shelled Bakhmutske on the edge of Soledar overnight.",
            "en",
            "Bakhmutske",
            "x:ua14:bakhmutske",
        ),
        (
            "Russian troops pushed towards Oleksandro-Shultyne, south-east of Kostiantynivka.",
            "en",
            "Oleksandro-Shultyne",
            "x:ua14:oleksandro-shultyne",
        ),
        (
            "Минобороны заявило о боях у Александро-Шультино под Константиновкой.",
            "ru",
            "Александро-Шультино",
            "x:ua14:oleksandro-shultyne",
        ),
        (
            "Two civilians were wounded in the village of Druzhba near Toretsk.",
            "en",
            "Druzhba",
            "x:ua14:druzhba-toretsk",
        ),
        (
            "In der Oblast Donezk wurde das Dorf Sucha Balka bei Torezk beschossen.",
            "de",
            "Sucha Balka",
            "x:ua14:sukha-balka-toretsk",
        ),
        (
            "Російські війська обстріляли Суху Балку біля Торецька.",
            "uk",
            "Суху Балку",
            "x:ua14:sukha-balka-toretsk",
        ),
    ],
)
def test_the_new_donetsk_villages_are_read(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str, place_id: str
) -> None:
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == place_id


def test_the_mykolaiv_sukha_balka_keeps_its_neighbour(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    found = mentions(make_report, gazetteer, "Суху Балку на Миколаївщині обстріляли вночі.", "uk")
    assert mention_of(found, "Суху Балку").place_id == "gn:709820"  # Sukha Balka, Mykolaiv oblast


def test_the_bakhmut_direction_is_not_the_village(make_report: ReportMaker, gazetteer: Gazetteer) -> None:
    found = mentions(make_report, gazetteer, "На Бахмутском направлении отражены шесть атак.", "ru")
    assert all(m.place_id != "x:ua14:bakhmutske" for m in found)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Вражеская группа замечена у Ставков, к северо-востоку от Лимана.", "Ставков"),
        ("Артиллерия работала по Ставкам у Лимана всю ночь.", "Ставкам"),
    ],
)
def test_a_russian_plural_name_in_ki_has_its_masculine_cases(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, surface: str
) -> None:
    """Ставки (Lyman hromada): the genitive plural is Ставков, not only the dictionary's Ставок."""
    assert mention_of(mentions(make_report, gazetteer, text, "ru"), surface).place_id == "gn:809786"


@pytest.mark.parametrize(
    ("text", "lang", "surface", "place_id"),
    [
        (
            "The brigade repelled four assaults near Druzhba and Pivnichne overnight.",
            "en",
            "Druzhba",
            "x:ua14:druzhba-toretsk",
        ),
        ("Окупанти знову штурмують Дружбу та Щербинівку.", "uk", "Дружбу", "x:ua14:druzhba-toretsk"),
        (
            "Fighting went on near Toretsk, Druzhba and Shcherbynivka.",
            "en",
            "Druzhba",
            "x:ua14:druzhba-toretsk",
        ),
    ],
)
def test_a_stop_listed_name_listed_with_a_settlement_is_read(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, surface: str, place_id: str
) -> None:
    """A name that is also a common word is a settlement when a list joins it to one."""
    assert mention_of(mentions(make_report, gazetteer, text, lang), surface).place_id == place_id


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Oil still flows through the Druzhba pipeline to Hungary and Slovakia.", "en", "Druzhba"),
        (
            "Der Verwaltungschef von Cherson, Wolodymyr Saldo, sprach von hoher Beteiligung.",
            "de",
            "Wolodymyr",
        ),
        ("Only a few residents are still there. Police in Kurakhove said so on Monday.", "en", "Police"),
    ],
)
def test_no_list_no_settlement(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, lang: str, word: str
) -> None:
    """Not a list: a first name before a surname, a word linked only by "in" to a town."""
    assert all(m.text != word for m in mentions(make_report, gazetteer, text, lang))
