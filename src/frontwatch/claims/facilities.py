"""Claims at facilities and landscapes: which settlement, if any, is their place.

A claim at a facility takes the settlement it lies in (``settlement`` in landmarks.yaml, else the
nearest settlement named in the report within ``FACILITY_SETTLEMENT_KM``); one at a landscape
("region:") or river gets no place; project-added places ("x:" ids of extra_places.tsv) keep their
id like any other settlement. A claim at a neighbourhood of a city that GeoNames files as a
populated place of its own (Kyiv's districts; ``city_districts`` in landmarks.yaml) is at the city.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from frontwatch.claims.context import (
    FACILITY_ID_PREFIX,
    NOT_A_PLACE_ID_PREFIXES,
    REGION_ID_PREFIX,
    _Context,
    _Draft,
)
from frontwatch.datafiles import read_yaml
from frontwatch.model import PlaceMention

#: Where facilities are listed (the places stage's data); read for the optional key ``settlement``.
LANDMARKS_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "landmarks.yaml"
#: A settlement named in the report at most this far (km) from a facility is the one it lies in.
FACILITY_SETTLEMENT_KM = 7.0


def _settle_landmarks(context: _Context, drafts: list[_Draft]) -> None:
    """A claim at a facility takes the settlement it lies in; one in a landscape without borders
    ("Donbas") or on a river has no place of its own (gold/README.md)."""
    for draft in drafts:
        place_id = draft.place.place_id if draft.place is not None else None
        if draft.place is None or not place_id:
            continue
        if place_id.startswith(FACILITY_ID_PREFIX):
            draft.meta["facility"] = draft.place.text
            draft.place = _facility_settlement(context, draft.place)
        elif draft.place.admin1 in _city_districts() and place_id != _city_districts()[draft.place.admin1]:
            # "a missile struck a crossroads in the Shevchenkivskyi district": the city's district.
            draft.meta["district"] = draft.place.text
            draft.place = _city_of(context, draft.place, _city_districts()[draft.place.admin1])
        elif place_id.startswith((REGION_ID_PREFIX, *NOT_A_PLACE_ID_PREFIXES)):
            draft.meta["area"] = draft.place.text
            draft.place = None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on a flat approximation, good to a few per cent at these distances."""
    return math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians(lat1))) * 111.2


@lru_cache(maxsize=1)
def _facility_settlements() -> dict[str, str | None]:
    """Facility id -> the settlement id it lies in, for facilities of ``landmarks.yaml`` that carry
    the optional key ``settlement`` (a GeoNames id, or null for a bridge between two banks)."""
    if not LANDMARKS_FILE.is_file():
        return {}
    data = read_yaml(LANDMARKS_FILE) or {}
    return {
        str(item["id"]): (str(item["settlement"]) if item["settlement"] else None)
        for item in data.get("facilities") or []
        if isinstance(item, dict) and "id" in item and "settlement" in item
    }


@lru_cache(maxsize=1)
def _city_districts() -> dict[str, str]:
    """Administrative unit (admin1) -> the city whose neighbourhoods it holds (``landmarks.yaml``,
    optional key ``city_districts``)."""
    if not LANDMARKS_FILE.is_file():
        return {}
    data = read_yaml(LANDMARKS_FILE) or {}
    return {
        str(item["admin1"]): str(item["city"])
        for item in data.get("city_districts") or []
        if isinstance(item, dict) and item.get("admin1") and item.get("city")
    }


def _city_of(context: _Context, district: PlaceMention, city_id: str) -> PlaceMention:
    """The city a district lies in: its mention in the report, else the district's words standing
    for the city."""
    named = [m for m in context.mentions if m.place_id == city_id]
    if named:
        return named[0]
    return replace(district, place_id=city_id, precision="settlement", admin2=None)


def _facility_settlement(context: _Context, facility: PlaceMention) -> PlaceMention | None:
    """The settlement the facility lies in: the one ``landmarks.yaml`` names for it, else the
    settlement named in the report that lies nearest the facility, within ``FACILITY_SETTLEMENT_KM``
    ("das AKW Saporischschja ... Enerhodar"); else none."""
    known = _facility_settlements()
    if facility.place_id in known:
        settlement_id = known[facility.place_id or ""]
        if settlement_id is None:
            return None
        named = [m for m in context.mentions if m.place_id == settlement_id]
        if named:
            return named[0]
        # Not named in the report: the facility's own words stand for its settlement.
        return replace(facility, place_id=settlement_id, precision="settlement")
    if facility.lat is None or facility.lon is None:
        return None
    best: tuple[float, PlaceMention] | None = None
    for mention in context.mentions:
        if mention.precision != "settlement" or mention.lat is None or mention.lon is None:
            continue
        distance = _km(facility.lat, facility.lon, mention.lat, mention.lon)
        if distance <= FACILITY_SETTLEMENT_KM and (best is None or distance < best[0]):
            best = (distance, mention)
    return best[1] if best is not None else None
