"""Helpers shared by the place-resolver probe files (test_places_r6/r8/r9): resolve a sentence and pick
the mention or the gazetteer entry a probe is about."""

from __future__ import annotations

from collections.abc import Callable

from frontwatch.model import PlaceMention, Report
from frontwatch.places.gazetteer import Gazetteer
from frontwatch.places.resolve import resolve_places


def mentions(
    make_report: Callable[..., Report], gazetteer: Gazetteer, text: str, lang: str
) -> list[PlaceMention]:
    return resolve_places(make_report(text, lang=lang), gazetteer)


def mention_of(found: list[PlaceMention], surface: str) -> PlaceMention:
    """The mention whose text is exactly ``surface``."""
    matching = [m for m in found if m.text == surface]
    assert matching, f"{surface!r} not recognised in {[m.text for m in found]}"
    return matching[0]


def mention_covering(found: list[PlaceMention], word: str) -> PlaceMention:
    """The mention whose text contains ``word`` (a phrase such as "Святогірській лаврі")."""
    matching = [m for m in found if word in m.text]
    assert matching, f"no mention with {word!r} in {[m.text for m in found]}"
    return matching[0]


def settlement(gazetteer: Gazetteer, name: str, admin1: str) -> str:
    """The id of the largest settlement of ``admin1`` called ``name`` in English."""
    found = [
        p
        for p in gazetteer.places.values()
        if p.name == name and p.feature == "settlement" and p.admin1 == admin1
    ]
    assert found, name
    return max(found, key=lambda p: p.population or 0).id
