"""The source registry (data/sources.yaml) resolves real 2022 speakers in several scripts and forms."""

from __future__ import annotations

import pytest

from frontwatch.claims.sources import load_registry
from frontwatch.model import SOURCE_KINDS


@pytest.mark.parametrize(
    ("name", "kind", "side"),
    [
        # General staff spokesperson: Latin, Ukrainian genitive, Russian.
        ("Andriy Kovalov", "general_staff", "UA"),
        ("Ковальова", "general_staff", "UA"),
        ("Андрей Ковалев", "general_staff", "UA"),
        # Mykolaiv city mayor: Ukrainian and Russian genitive, German spelling.
        ("Сєнкевича", "government", "UA"),
        ("Сенкевича", "government", "UA"),
        ("Senkewytsch", "government", "UA"),
        # A regional military administration is a governor (gold/README.md), inflected.
        ("Харківської ОВА", "governor", "UA"),
        ("Кіма", "governor", "UA"),
        # Russian milbloggers, inflected.
        ("Звинчука", "milblogger", "RU"),
        ("Поддубного", "milblogger", "RU"),
        ("Readovka", "milblogger", "RU"),
        # Third parties have no side.
        ("Пентагона", "defence_ministry", None),
        ("Rochan Consulting", "think_tank", None),
        ("Oryx", "osint", None),
        ("Медузы", "outlet", None),
        # State media take their state's side.
        ("Zvezda", "outlet", "RU"),
        ("УНІАН", "outlet", "UA"),
    ],
)
def test_name_resolves_to_kind_and_side(name: str, kind: str, side: str | None) -> None:
    entry = load_registry().lookup(name)
    assert entry is not None, name
    assert (entry.kind, entry.side) == (kind, side)


def test_every_entry_has_a_known_kind_and_side() -> None:
    for entry in load_registry().entries:
        assert entry.kind in SOURCE_KINDS, entry.id
        assert entry.side in (None, "UA", "RU"), entry.id


def test_no_entry_ids_repeat() -> None:
    ids = [entry.id for entry in load_registry().entries]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "text",
    [
        "Die Verwaltung meldete neue Angriffe.",  # no generic noun is a registry name
        "the officials said the front line held",
        "Первый канал снабжения перерезан, звезда упала.",
    ],
)
def test_generic_words_are_not_registry_names(text: str) -> None:
    assert load_registry().find(text) == []
