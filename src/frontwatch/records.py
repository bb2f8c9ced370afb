"""JSON-ready dicts of the small model records a claim is made of (places, quantities).

One definition shared by the claim export (claims/export.py) and the store's JSON columns
(store/codec.py), so the two can never drift apart.
"""

from __future__ import annotations

from typing import Any

from frontwatch.model import ClaimPlace, Quantity

_QUANTITY_OPTIONAL = ("unit", "scope", "comparison")


def place_to_dict(place: ClaimPlace | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "text": place.text,
        "place_id": place.place_id,
        "name_en": place.name_en,
        "lat": place.lat,
        "lon": place.lon,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "precision": place.precision,
    }


def place_from_dict(data: dict[str, Any] | None) -> ClaimPlace | None:
    if data is None:
        return None
    return ClaimPlace(
        text=str(data.get("text", "")),
        place_id=data.get("place_id"),
        name_en=data.get("name_en"),
        lat=data.get("lat"),
        lon=data.get("lon"),
        admin1=data.get("admin1"),
        admin2=data.get("admin2"),
        precision=data.get("precision"),
    )


def quantity_to_dict(quantity: Quantity) -> dict[str, Any]:
    value: float | int = quantity.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    record: dict[str, Any] = {"value": value, "bound": quantity.bound}
    for key in _QUANTITY_OPTIONAL:
        if getattr(quantity, key) is not None:
            record[key] = getattr(quantity, key)
    return record


def quantity_from_dict(data: dict[str, Any]) -> Quantity:
    return Quantity(
        value=float(data["value"]),
        bound=str(data.get("bound", "exact")),
        unit=data.get("unit"),
        scope=data.get("scope"),
        comparison=data.get("comparison"),
    )
