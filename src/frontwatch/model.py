"""Plain dataclasses that flow between the stages.

Every stage is a function from some of these to others; none of them knows about the
database. Offsets (``start``/``end``) are character offsets into ``Report.clean_text``
unless a field says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Side = Literal["UA", "RU"]

#: Closed list of claim event types; documented with examples in docs/event-types.md.
EVENT_TYPES: tuple[str, ...] = (
    "control_change",
    "control_held",
    "advance",
    "withdrawal",
    "fighting",
    "strike",
    "demolition",
    "supply_line",
    "reinforcement",
    "encirclement",
    "partisan_attack",
    "civilian_reaction",
    "evacuation",
    "political",
    "force_estimate",
    "area_claim",
    "settlement_count",
    "media_geolocated",
)

MODALITIES: tuple[str, ...] = ("asserted", "hedged", "predicted", "conditional", "negated")

EVIDENCE_KINDS: tuple[str, ...] = ("official_statement", "visual", "analysis", "eyewitness", "report")

#: Kinds of speaker a claim can be attributed to (see claims/sources and data/sources.yaml).
SOURCE_KINDS: tuple[str, ...] = (
    "president",
    "government",
    "general_staff",
    "defence_ministry",
    "military",
    "governor",
    "occupation_official",
    "milblogger",
    "think_tank",
    "journalist",
    "osint",
    "outlet",
    "local_resident",
    "unknown",
)

PLACE_PRECISIONS: tuple[str, ...] = ("settlement", "raion", "oblast", "country", "other")


@dataclass(frozen=True)
class Source:
    """Who says something: the outlet of a report, or a speaker named inside it."""

    name: str
    kind: str = "unknown"
    side: str | None = None  # "UA", "RU" or None (third party / unknown)


@dataclass(frozen=True)
class RemovedSpan:
    """A part of the raw text that cleaning removed, kept so that it can be shown and audited.

    Offsets are into ``Report.raw_text``.
    """

    start: int
    end: int
    kind: str  # "caption", "credit", "teaser", "boilerplate", "share", "cookie", "duplicate_line"
    text: str


@dataclass(frozen=True)
class MediaPoint:
    """A geolocated photo or video: the place where the picture was taken is known."""

    lat: float
    lon: float
    media_url: str | None = None
    taken: datetime | None = None
    description: str | None = None


@dataclass
class Report:
    """One document as it arrived, plus what cleaning made of it."""

    id: str  # sha256 (hex, 32 chars) of normalised clean text and source
    source: str  # the outlet / channel / account that published it
    raw_text: str
    clean_text: str
    format: str  # "text", "html", "telegram", "rss", "atom", "jsonl", "media"
    origin: str  # file path, with "#n" for the n-th item of a multi-report file
    title: str | None = None
    published: datetime | None = None
    url: str | None = None
    lang: str | None = None
    removed: list[RemovedSpan] = field(default_factory=list)
    media: MediaPoint | None = None
    duplicate_of: str | None = None  # id of the original when this is a near-duplicate
    ingested_at: datetime | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class IngestError:
    """An input that could not be read; the batch goes on without it."""

    path: str
    reason: str


@dataclass
class Place:
    """A gazetteer entry."""

    id: str  # "gn:<geonameid>" for GeoNames-derived places
    name: str  # English / international name
    lat: float
    lon: float
    feature: str = "settlement"  # settlement, raion, oblast, country, river, region
    names: dict[str, list[str]] = field(default_factory=dict)  # language code -> names
    admin1: str | None = None  # oblast name in English, e.g. "Kharkiv Oblast"
    admin2: str | None = None  # raion name in English where known
    population: int | None = None
    country: str = "UA"


@dataclass
class PlaceMention:
    """A place named in a report's clean text, with its resolution."""

    report_id: str
    start: int
    end: int
    text: str
    place_id: str | None  # None when no candidate could be chosen
    name_en: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    precision: str | None = None  # settlement, raion, oblast, country, other
    score: float = 0.0
    alternatives: list[tuple[str, float]] = field(default_factory=list)  # (place_id, score)
    reason: str = ""
    # Set when the text puts the place in a region where no candidate lies.
    region_conflict: str | None = None


@dataclass(frozen=True)
class When:
    start: date
    end: date
    precision: str  # "day", "week", "month", "range", "year"


@dataclass(frozen=True)
class Quantity:
    value: float
    bound: str = "exact"  # "exact", "approx", "min", "max"
    unit: str | None = None
    scope: str | None = None  # what the figure is for, e.g. "Kharkiv Oblast", "Ukraine"
    comparison: str | None = None  # e.g. "larger than Berlin"


@dataclass
class ClaimPlace:
    text: str
    place_id: str | None
    name_en: str | None
    lat: float | None
    lon: float | None
    admin1: str | None
    admin2: str | None
    precision: str | None


@dataclass
class Claim:
    """One assertion of one report, with the words it rests on."""

    claim_id: str
    report_id: str
    event_type: str
    actor_side: str | None
    place: ClaimPlace | None
    source: Source
    modality: str
    evidence_kind: str
    evidence_start: int
    evidence_end: int
    evidence_text: str
    language: str | None
    places_to: list[ClaimPlace] = field(default_factory=list)
    when: When | None = None
    quantities: dict[str, Quantity] = field(default_factory=dict)
    direction: list[str] = field(default_factory=list)
    extractor: str = "rules"
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Event:
    """Claims about the same happening (issue: situation picture)."""

    event_id: str
    event_type: str
    place_id: str | None
    actor_side: str | None
    when: When | None
    claim_ids: list[str] = field(default_factory=list)
    confidence: float = 0.0
    explanation: list[str] = field(default_factory=list)


@dataclass
class ControlChange:
    """A place passing to a side at a time, backed by events (issue: situation picture)."""

    place_id: str
    side: str
    when: When
    event_ids: list[str] = field(default_factory=list)
    confidence: float = 0.0
