"""The export record of a claim: stable keys and a lossless round trip."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from frontwatch.claims import claim_from_dict, claim_to_dict
from frontwatch.model import (
    EVENT_TYPES,
    EVIDENCE_KINDS,
    MODALITIES,
    SOURCE_KINDS,
    Claim,
    ClaimPlace,
    Quantity,
    Source,
    When,
)

EXPORT_KEYS = {
    "claim_id",
    "report_id",
    "event_type",
    "actor_side",
    "place",
    "places_to",
    "when",
    "source",
    "modality",
    "evidence_kind",
    "quantities",
    "direction",
    "evidence",
    "language",
}


def sample_claim() -> Claim:
    place = ClaimPlace(
        "Isjum", "gn:707292", "Izium", 49.21, 37.25, "Kharkiv Oblast", "Izium Raion", "settlement"
    )
    return Claim(
        claim_id="c1",
        report_id="r1",
        event_type="force_estimate",
        actor_side="RU",
        place=place,
        source=Source("Institute for the Study of War", "think_tank", None),
        modality="hedged",
        evidence_kind="analysis",
        evidence_start=10,
        evidence_end=42,
        evidence_text="up to 10,000 troops around Izium",
        language="en",
        places_to=[],
        when=When(date(2022, 9, 1), date(2022, 9, 9), "range"),
        quantities={"troops": Quantity(10000, "max", "people")},
        direction=["E"],
    )


def test_export_has_the_documented_keys_and_is_json() -> None:
    record = claim_to_dict(sample_claim())
    assert set(record) >= EXPORT_KEYS
    assert record["place"]["place_id"] == "gn:707292"
    assert record["when"] == {"start": "2022-09-01", "end": "2022-09-09", "precision": "range"}
    assert record["quantities"] == {"troops": {"value": 10000, "bound": "max", "unit": "people"}}
    assert record["evidence"] == {"start": 10, "end": 42, "text": "up to 10,000 troops around Izium"}
    assert record["source"] == {"name": "Institute for the Study of War", "kind": "think_tank", "side": None}
    json.dumps(record, ensure_ascii=False)


def test_null_place_and_time() -> None:
    claim = sample_claim()
    claim.place = None
    claim.when = None
    record = claim_to_dict(claim)
    assert record["place"] is None and record["when"] is None
    assert claim_from_dict(record).place is None


names = st.text(min_size=1, max_size=20)
places = st.builds(
    ClaimPlace,
    text=names,
    place_id=st.none() | st.from_regex(r"gn:[0-9]{3,7}", fullmatch=True),
    name_en=st.none() | names,
    lat=st.none() | st.floats(-90, 90),
    lon=st.none() | st.floats(-180, 180),
    admin1=st.none() | names,
    admin2=st.none() | names,
    precision=st.none() | st.sampled_from(["settlement", "raion", "oblast"]),
)
quantities = st.builds(
    Quantity,
    value=st.integers(0, 10**6).map(float),
    bound=st.sampled_from(["exact", "approx", "min", "max"]),
    unit=st.none() | st.just("km2"),
    scope=st.none() | names,
    comparison=st.none() | names,
)
dates = st.dates(date(2014, 1, 1), date(2030, 1, 1))
whens = st.none() | st.tuples(dates, dates, st.sampled_from(["day", "week", "range"])).map(
    lambda t: When(min(t[0], t[1]), max(t[0], t[1]), t[2])
)
claims = st.builds(
    Claim,
    claim_id=names,
    report_id=names,
    event_type=st.sampled_from(EVENT_TYPES),
    actor_side=st.sampled_from([None, "UA", "RU"]),
    place=st.none() | places,
    source=st.builds(
        Source, name=names, kind=st.sampled_from(SOURCE_KINDS), side=st.sampled_from([None, "UA", "RU"])
    ),
    modality=st.sampled_from(MODALITIES),
    evidence_kind=st.sampled_from(EVIDENCE_KINDS),
    evidence_start=st.integers(0, 1000),
    evidence_end=st.integers(0, 1000),
    evidence_text=st.text(max_size=50),
    language=st.sampled_from([None, "de", "en", "uk", "ru"]),
    places_to=st.lists(places, max_size=2),
    when=whens,
    quantities=st.dictionaries(
        st.sampled_from(["area_km2", "troops", "settlements"]), quantities, max_size=2
    ),
    direction=st.lists(st.sampled_from(["N", "NE", "E", "SE", "S", "SW", "W", "NW"]), max_size=3),
    meta=st.just({}),
)


@given(claims)
def test_round_trip_through_json(claim: Claim) -> None:
    record = json.loads(json.dumps(claim_to_dict(claim)))
    assert claim_from_dict(record) == claim
