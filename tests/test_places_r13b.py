"""Place resolution, round 13 (second pass): English spellings of Russian names with ё written yo.

GeoNames writes most Russian names without ё (Веселое, Новоселовка, Семеновка), so the rules gave
Veseloye and Vesyoloe but never the common press spelling Vesyoloye. ``yo_stems`` of
``data/translit/ru_english_yo.yaml`` restore ё in the stems of place names that carry it, and the
rule file spells it yo with BGN/PCGN letters otherwise (-oye, kh, y).

The sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from frontwatch.model import Report
from frontwatch.places import variants
from frontwatch.places.gazetteer import Gazetteer
from places_helpers import mention_of, mentions

ReportMaker = Callable[..., Report]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Веселое", "Весёлое"),
        ("Новоселовка", "Новосёловка"),
        ("Семеновка", "Семёновка"),
        ("Красноселка", "Красносёлка"),
    ],
)
def test_yo_restored_in_known_stems(name: str, expected: str) -> None:
    assert variants.yo_spellings(name) == [expected]


@pytest.mark.parametrize("name", ["Харьков", "Чернигов", "Весёлое", "Покровск"])
def test_no_yo_where_no_stem_or_already_written(name: str) -> None:
    assert variants.yo_spellings(name) == []


def test_yo_spelling_among_latin_variants() -> None:
    spellings = variants.latin_variants([], ["Веселое"])
    assert {"Vesyoloye", "Veseloye", "Vesyoloe"} <= spellings


@pytest.mark.parametrize(
    ("name", "english"),
    [("Vesyoloye", "Vesele"), ("Zelyonoye", "Zelene"), ("Solyonoye", "Solone"), ("Semyonovka", "Semenivka")],
)
def test_yo_spelling_finds_the_settlement(gazetteer: Gazetteer, name: str, english: str) -> None:
    assert any(p.name == english for p in gazetteer.lookup(name))


@pytest.mark.parametrize(
    ("text", "surface", "english"),
    [
        ("Russian troops shelled Novosyolovka in the Donetsk region.", "Novosyolovka", "Novoselivka"),
        ("Artillery struck the village of Vesyoloye in Zaporizhzhia region.", "Vesyoloye", "Vesele"),
    ],
)
def test_yo_spelling_in_a_report(
    make_report: ReportMaker, gazetteer: Gazetteer, text: str, surface: str, english: str
) -> None:
    found = mention_of(mentions(make_report, gazetteer, text, "en"), surface)
    assert found.place_id is not None
    place = gazetteer.get(found.place_id)
    assert place is not None and place.name == english
