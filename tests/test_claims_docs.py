"""Every example sentence in docs/event-types.md yields a claim of the type it illustrates."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from frontwatch.claims import extract_claims
from frontwatch.model import Report

DOC = Path(__file__).resolve().parents[1] / "docs" / "event-types.md"


def examples() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    event_type = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (\w+)", line)
        if heading:
            event_type = heading.group(1)
            continue
        example = re.match(r"- (de|en|uk|ru): (.+)", line)
        if example and event_type:
            found.append((event_type, example.group(1), example.group(2)))
    return found


def test_every_type_has_an_example_in_each_language() -> None:
    from frontwatch.model import EVENT_TYPES

    by_type: dict[str, set[str]] = {}
    for event_type, lang, _ in examples():
        by_type.setdefault(event_type, set()).add(lang)
    assert set(by_type) == set(EVENT_TYPES)
    assert all(langs == {"de", "en", "uk", "ru"} for langs in by_type.values())


@pytest.fixture(scope="module")
def gazetteer() -> Any:
    try:
        from frontwatch.places.gazetteer import load_gazetteer
    except ImportError:  # the places stage is written in parallel
        pytest.skip("places stage not available")
    return load_gazetteer()


@pytest.mark.parametrize(("event_type", "lang", "text"), examples())
def test_example_yields_its_type(event_type: str, lang: str, text: str, gazetteer: Any) -> None:
    from frontwatch.places.resolve import resolve_places

    report = Report(
        id="doc",
        source="Doc",
        raw_text=text,
        clean_text=text,
        format="text",
        origin="docs/event-types.md",
        published=datetime(2022, 9, 12),
        lang=lang,
    )
    claims = extract_claims(report, resolve_places(report, gazetteer))
    assert event_type in {c.event_type for c in claims}
