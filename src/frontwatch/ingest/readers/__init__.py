"""Readers turn one decoded input file into report drafts.

A reader knows a file format and nothing else: cleaning, language detection and
identity are applied to its drafts by :func:`frontwatch.ingest.files.read_file`, so
every format gets the same treatment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from frontwatch.model import MediaPoint


@dataclass(frozen=True)
class SourceFile:
    """One input file, read and decoded."""

    path: Path
    data: bytes  # the bytes as read (feeds want them: their XML declaration names the encoding)
    text: str
    encoding: str


@dataclass
class ReportDraft:
    """What a reader found in a file, before cleaning and identification."""

    raw_text: str
    format: str
    origin: str
    title: str | None = None
    published: datetime | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    media: MediaPoint | None = None
    meta: dict[str, Any] = field(default_factory=dict)


_DOTTED_DATE = re.compile(
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"
    r"(?:[ ,T]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
)


def as_utc(moment: datetime) -> datetime:
    """Timezone-aware UTC; a naive time is taken to be UTC already (nothing better is known)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def parse_published(value: Any) -> datetime | None:
    """A publication time from a file: ISO 8601, DD.MM.YYYY[ HH:MM[:SS]] or Unix seconds.

    Returns timezone-aware UTC; a bare date becomes midnight UTC of that day. Raises
    ValueError for a value that is present but unreadable: a wrong date is worse than
    none for a situation picture.
    """
    if value is None or value == "":
        return None
    try:
        return _parse_published(value)
    except (ValueError, OverflowError, OSError):
        raise ValueError(f"not a date: {value!r} (expected ISO 8601 or DD.MM.YYYY)") from None


def _parse_published(value: Any) -> datetime:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(value)
    if isinstance(value, int | float):
        return datetime.fromtimestamp(float(value), tz=UTC)
    text = value.strip()
    if text.isdigit() and len(text) >= 9:
        return datetime.fromtimestamp(int(text), tz=UTC)
    dotted = _DOTTED_DATE.fullmatch(text)
    if dotted:
        day = date(int(dotted["year"]), int(dotted["month"]), int(dotted["day"]))
        if dotted["hour"] is None:
            return midnight_utc(day)
        moment = datetime.combine(
            day, time(int(dotted["hour"]), int(dotted["minute"]), int(dotted["second"] or 0))
        )
        return as_utc(moment)
    if len(text) == 10:
        return midnight_utc(date.fromisoformat(text))
    return as_utc(datetime.fromisoformat(text))


def origin_of(path: Path, item: object | None = None) -> str:
    """``path`` for a one-report file, ``path#item`` for an item of a multi-report file."""
    return str(path) if item is None else f"{path}#{item}"


def optional_str(value: Any) -> str | None:
    """A stripped string, or None for missing / empty / non-string values."""
    if isinstance(value, str):
        stripped = value.strip()
        return stripped or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None
