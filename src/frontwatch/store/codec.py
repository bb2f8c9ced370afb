"""Conversions between the dataclasses of ``frontwatch.model`` and database values.

Kept apart from the SQL so that another store (PostgreSQL) can reuse them. Every ``*_to_*`` has an
inverse, and the round trip gives an equal dataclass.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from frontwatch.model import ClaimPlace, MediaPoint, Quantity, RemovedSpan, Source, When
from frontwatch.records import place_from_dict, place_to_dict, quantity_from_dict, quantity_to_dict


def dt_to_text(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def dt_from_text(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def dt_to_utc_text(value: datetime | None) -> str | None:
    """Sortable form of an instant; a naive datetime is taken to be UTC already."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds")


def date_to_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def date_from_text(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


#: ensure_ascii=False keeps Cyrillic readable for anyone inspecting the database by hand. One encoder
#: for all calls: json.dumps with options builds a new encoder every time, and this runs per field.
_JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))

#: The C encoder that ``_JSON_ENCODER.encode`` builds anew on every call (CPython's json does so for
#: its one-shot encodes), built once: the set-up cost more than encoding a claim's place or meta.
#: Same arguments as ``encode`` passes, except that it keeps no record of the containers it is in
#: (``markers``: a shared record would be wrong across threads and after an error); a circular value
#: then ends in RecursionError, and ``to_json`` hands it to ``_JSON_ENCODER`` for its ValueError.
_ONE_SHOT_ENCODER = (
    None
    if c_make_encoder is None
    else c_make_encoder(
        None,
        _JSON_ENCODER.default,
        encode_basestring,
        None,
        _JSON_ENCODER.key_separator,
        _JSON_ENCODER.item_separator,
        _JSON_ENCODER.sort_keys,
        _JSON_ENCODER.skipkeys,
        _JSON_ENCODER.allow_nan,
    )
)


def to_json(value: Any) -> str:
    # Most claims have no direction, quantities, meta or places_to: the encoder's set-up costs
    # more than writing "[]" or "{}" (what it writes for an empty list or dict) directly.
    if not value:
        if type(value) is list:
            return "[]"
        if type(value) is dict:
            return "{}"
    if _ONE_SHOT_ENCODER is not None:
        try:
            return "".join(_ONE_SHOT_ENCODER(value, 0))
        except RecursionError:
            pass  # circular (or absurdly deep): the standard encoder raises what it raises for it
    return _JSON_ENCODER.encode(value)


def removed_to_json(spans: list[RemovedSpan]) -> str:
    return to_json([[s.start, s.end, s.kind, s.text] for s in spans])


def removed_from_json(text: str) -> list[RemovedSpan]:
    return [RemovedSpan(start, end, kind, span_text) for start, end, kind, span_text in json.loads(text)]


def media_to_columns(media: MediaPoint | None) -> tuple[Any, ...]:
    """(has_media, lat, lon, url, taken, description)."""
    if media is None:
        return (0, None, None, None, None, None)
    return (1, media.lat, media.lon, media.media_url, dt_to_text(media.taken), media.description)


def media_from_columns(
    has_media: int,
    lat: float | None,
    lon: float | None,
    url: str | None,
    taken: str | None,
    description: str | None,
) -> MediaPoint | None:
    if not has_media or lat is None or lon is None:
        return None
    return MediaPoint(lat=lat, lon=lon, media_url=url, taken=dt_from_text(taken), description=description)


def alternatives_to_json(alternatives: list[tuple[str, float]]) -> str:
    return to_json([[place_id, score] for place_id, score in alternatives])


def alternatives_from_json(text: str) -> list[tuple[str, float]]:
    return [(place_id, score) for place_id, score in json.loads(text)]


def claim_place_to_dict(place: ClaimPlace) -> dict[str, Any]:
    record = place_to_dict(place)
    assert record is not None
    return record


def claim_place_from_dict(data: dict[str, Any]) -> ClaimPlace:
    place = place_from_dict(data)
    assert place is not None
    return place


def quantities_to_json(quantities: dict[str, Quantity]) -> str:
    return to_json({name: quantity_to_dict(q) for name, q in quantities.items()})


def quantities_from_json(text: str) -> dict[str, Quantity]:
    return {name: quantity_from_dict(q) for name, q in json.loads(text).items()}


def when_to_columns(when: When | None) -> tuple[str | None, str | None, str | None]:
    if when is None:
        return (None, None, None)
    return (date_to_text(when.start), date_to_text(when.end), when.precision)


def when_from_columns(start: str | None, end: str | None, precision: str | None) -> When | None:
    start_date, end_date = date_from_text(start), date_from_text(end)
    if start_date is None or end_date is None or precision is None:
        return None
    return When(start=start_date, end=end_date, precision=precision)


def source_from_columns(name: str, kind: str, side: str | None) -> Source:
    return Source(name=name, kind=kind, side=side)
