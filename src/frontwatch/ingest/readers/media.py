"""Geolocated media records: JSON Lines whose records carry ``media_url``, ``lat``, ``lon``.

The report text is the record's ``description``; the point goes into ``Report.media``.
"""

from __future__ import annotations

import math
from typing import Any

from frontwatch.ingest.errors import IngestFailure
from frontwatch.ingest.readers import ReportDraft, SourceFile, optional_str, origin_of, parse_published
from frontwatch.model import MediaPoint

MEDIA_KEYS = frozenset({"media_url", "lat", "lon"})


def is_media_record(record: Any) -> bool:
    """A record that looks like a media record (so that errors in it are reported as such)."""
    return isinstance(record, dict) and "lat" in record and "lon" in record


def _coordinate(record: dict[str, Any], key: str, limit: float, file: SourceFile, where: str) -> float:
    value = record.get(key)
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise IngestFailure(file.path, f"{where}: {key} {record[key]!r} is not a number") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise IngestFailure(file.path, f"{where}: {key} {value!r} is not a number")
    number = float(value)
    if not math.isfinite(number) or not -limit <= number <= limit:
        raise IngestFailure(file.path, f"{where}: {key} {value} out of range [-{limit:g}, {limit:g}]")
    return number


def media_draft(record: dict[str, Any], item: object, where: str, file: SourceFile) -> ReportDraft:
    missing = sorted(key for key in MEDIA_KEYS if key not in record)
    if missing:
        raise IngestFailure(file.path, f"{where}: media record without {', '.join(missing)}")
    lat = _coordinate(record, "lat", 90.0, file, where)
    lon = _coordinate(record, "lon", 180.0, file, where)
    media_url = optional_str(record.get("media_url"))
    try:
        taken = parse_published(record.get("taken"))
        published = parse_published(record.get("published"))
    except ValueError as error:
        raise IngestFailure(file.path, f"{where}: {error}") from error
    description = optional_str(record.get("description")) or optional_str(record.get("text")) or ""
    draft = ReportDraft(
        raw_text=description,
        format="media",
        origin=origin_of(file.path, item),
        title=optional_str(record.get("title")),
        published=published or taken,
        url=optional_str(record.get("url")) or media_url,
        source=optional_str(record.get("source")),
        lang=optional_str(record.get("lang")),
        media=MediaPoint(lat=lat, lon=lon, media_url=media_url, taken=taken, description=description or None),
    )
    return draft
