"""What every claim rule works on: the per-report ``_Context``, the claim ``_Draft``, and helpers.

``_Context`` holds what is computed once per report (tokens, sentences, cue spans, speakers, side
words, the outlet's voice; ``extract._build_context`` builds it); ``_Draft`` is a claim while the
rules still decide its parts. Also here: span lookups, the sides, the gazetteer id conventions the
rules share, and the optional claims.yaml keys that ``lexicon.py`` does not know (compiled once per
language).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from frontwatch.claims.lexicon import CueList, Lexicon, Token, compile_cues, compile_regex
from frontwatch.claims.modality import ModalityCues
from frontwatch.claims.sentences import Sentence
from frontwatch.claims.sources import SourceMention, SourceRegistry
from frontwatch.model import PlaceMention, Quantity, Report, Source, When

Span = tuple[int, int]


OFFICIAL_KINDS = frozenset(
    {
        "president",
        "government",
        "general_staff",
        "defence_ministry",
        "military",
        "governor",
        "occupation_official",
    }
)


#: Gazetteer entries that are never where a happening is (the places stage marks rivers so).
NOT_A_PLACE_ID_PREFIXES = ("river:",)
#: Landscapes without borders ("Donbas", "Slobozhanshchyna"): a claim there has no checkable place.
REGION_ID_PREFIX = "region:"
#: Named installations (a nuclear plant, a dam, a steelworks): a claim there takes the settlement
#: the installation lies in (docs: gold/README.md, "Facilities named after a place").
FACILITY_ID_PREFIX = "facility:"


SIDES = ("UA", "RU")
OTHER_SIDE = {"UA": "RU", "RU": "UA"}


_NO_CLAUSE_BREAK = re.compile(r"[^,;:.!?\n\"«»„“”]*")


#: At most this many characters between a trigger noun and the place it governs ("Einnahme von").
GOVERNED_GAP = 12
#: Characters before a place name searched for a "toward" marker.
TO_LOOKBACK = 45


@dataclass
class _Draft:
    event_type: str
    trigger: Span
    sentence_index: int
    place: PlaceMention | None
    places_to: list[PlaceMention]
    actor_side: str | None
    source: Source
    modality: str
    evidence_kind: str
    evidence: Span
    when: When | None
    quantities: dict[str, Quantity]
    direction: list[str]
    trigger_text: str
    meta: dict[str, object] = field(default_factory=dict)


@dataclass
class _Context:
    """What is computed once per report."""

    report: Report
    text: str
    lexicon: Lexicon
    registry: SourceRegistry
    tokens: list[Token]
    sentences: list[Sentence]
    mentions: list[PlaceMention]
    events: dict[str, list[Span]]
    sides: list[tuple[int, int, str]]  # (start, end, "UA"/"RU"/"OWN"), speaker-adjacent ones removed
    speakers: list[SourceMention]
    attribution: list[Span]
    pronoun_speaker: list[Span]
    reported_speech: list[Span]
    visual: list[Span]
    analysis: list[Span]
    eyewitness: list[Span]
    passive: list[Span]
    self_attribution: list[Span]
    modality: ModalityCues
    trigger_sides: dict[str, list[Span]]
    purpose: list[Span]
    loss: list[Span]  # claims.yaml ``loss_triggers``: "fell", "was lost", "оставили"
    outlet: Source
    published: date | None
    memo: dict[str, tuple[list[Span], list[Span]]] = field(default_factory=dict)  # computed on demand
    # Speed indexes built with the context (``extract._build_context``), so that a sentence looks
    # only at its own slice instead of every mention and every event type's spans:
    # the start offsets of ``mentions`` (same order), for bisecting a sentence's mentions;
    mention_starts: list[int] = field(default_factory=list)
    # every event span of ``events`` as (start, end, rank of its type in ``events``), sorted.
    event_spans: list[tuple[int, int, int]] = field(default_factory=list)


def _spans_in(spans: list[Span], start: int, end: int) -> list[Span]:
    low = bisect.bisect_left(spans, (start, -1))
    result: list[Span] = []
    for span in spans[low:]:
        if span[0] >= end:
            break
        if span[1] <= end:
            result.append(span)
    return result


_EXTRA_CUES: dict[tuple[str, str, str], CueList] = {}


def _extra_cues(lexicon: Lexicon, key: str, subkey: str = "") -> CueList:
    """An optional cue-list key of claims.yaml that ``lexicon.py`` does not know (or one entry of a
    mapping key, ``writer_side: {UA: [...]}``), compiled once per language; empty if absent."""
    cache_key = (lexicon.lang, key, subkey)
    if cache_key not in _EXTRA_CUES:
        raw = lexicon.extra.get(key)
        if subkey:
            raw = raw.get(subkey) if isinstance(raw, dict) else None
        _EXTRA_CUES[cache_key] = compile_cues([str(x) for x in raw]) if isinstance(raw, list) else CueList()
    return _EXTRA_CUES[cache_key]


_EXTRA_REGEXES: dict[tuple[str, str], re.Pattern[str] | None] = {}


def _extra_regex(lexicon: Lexicon, key: str) -> re.Pattern[str] | None:
    """An optional regex key of claims.yaml that ``lexicon.py`` does not know (yet); None if absent."""
    cache_key = (lexicon.lang, key)
    if cache_key not in _EXTRA_REGEXES:
        raw = lexicon.extra.get(key)
        _EXTRA_REGEXES[cache_key] = compile_regex(str(raw)) if raw else None
    return _EXTRA_REGEXES[cache_key]


def _has_place(draft: _Draft) -> bool:
    return draft.place is not None or bool(draft.places_to)


def _place_key(mention: PlaceMention | None) -> str:
    if mention is None:
        return ""
    return mention.place_id or f"text:{mention.text.casefold()}"
