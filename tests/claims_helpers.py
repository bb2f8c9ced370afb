"""Reports and hand-built place mentions for the claim-extractor tests.

The claims tests check the extractor alone, so the places stage is replaced by mentions built from
the surface forms a test names (the places stage has its own tests).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from frontwatch.claims import extract_claims, lexicon
from frontwatch.model import Claim, PlaceMention, Report

# (surface form in the text, place id, precision)
PlaceSpec = tuple[str, str | None, str]
# What the gold evaluation compares: (event type, place id, actor side, modality)
ClaimKey = tuple[str, str | None, str | None, str]


def settlement(name: str, number: int) -> PlaceSpec:
    """A settlement mention with a made-up GeoNames id: probes test the rules, not the gazetteer."""
    return (name, f"gn:{number}", "settlement")


def oblast(name: str, code: str) -> PlaceSpec:
    """An oblast mention ("Donetsk region", code "UA-14")."""
    return (name, f"iso:{code}", "oblast")


def make_report(
    text: str, lang: str, source: str = "Testblatt", published: date = date(2022, 9, 12)
) -> Report:
    return Report(
        id=f"test-{lang}-{abs(hash(text)) % 10**8}",
        source=source,
        raw_text=text,
        clean_text=text,
        format="text",
        origin="test",
        published=datetime(published.year, published.month, published.day),
        lang=lang,
    )


def mentions_for(report: Report, places: Iterable[PlaceSpec]) -> list[PlaceMention]:
    """Every occurrence of each surface form, as the places stage would report it, in text order."""
    found: list[PlaceMention] = []
    for surface, place_id, precision in places:
        start = report.clean_text.find(surface)
        assert start >= 0, f"{surface!r} not in the test text"
        while start >= 0:
            found.append(
                PlaceMention(
                    report_id=report.id,
                    start=start,
                    end=start + len(surface),
                    text=surface,
                    place_id=place_id,
                    name_en=surface,
                    precision=precision,
                )
            )
            start = report.clean_text.find(surface, start + len(surface))
    return sorted(found, key=lambda m: m.start)


def extract_from(
    text: str, lang: str, places: Iterable[PlaceSpec], source: str, published: date = date(2022, 9, 12)
) -> list[Claim]:
    report = make_report(text, lang, source, published)
    return extract_claims(report, mentions_for(report, places))


def claims_at(
    text: str, lang: str, places: Iterable[PlaceSpec], event_type: str, place_id: str, published: date
) -> list[Claim]:
    """The claims of ``event_type`` at ``place_id``, from the probe places the text names; at least one
    must be found."""
    present = [p for p in places if p[0] in text]
    found = [
        c
        for c in extract_from(text, lang, present, "Testblatt", published)
        if c.event_type == event_type and c.place is not None and c.place.place_id == place_id
    ]
    assert found, f"no {event_type} claim in {text!r}"
    return found


def claims_with_evidence(claims: list[Claim], evidence_start: str) -> list[Claim]:
    """The claims whose evidence starts with ``evidence_start`` (there must be some)."""
    found = [c for c in claims if c.evidence_text.startswith(evidence_start)]
    assert found, f"no claim at {evidence_start!r} in {[(c.event_type, c.evidence_text) for c in claims]}"
    return found


def extract_checked(
    text: str, lang: str, places: Iterable[PlaceSpec], source: str = "Testblatt"
) -> list[Claim]:
    """``extract_from`` that also checks every claim's offsets point at its evidence text."""
    report = make_report(text, lang, source)
    claims = extract_claims(report, mentions_for(report, places))
    for claim in claims:
        assert report.clean_text[claim.evidence_start : claim.evidence_end] == claim.evidence_text
    return claims


def claim_keys(claims: Iterable[Claim]) -> set[ClaimKey]:
    """The claims as the evaluation sees them (repeated assertions collapse)."""
    return {(c.event_type, c.place.place_id if c.place else None, c.actor_side, c.modality) for c in claims}


def extracted_keys(text: str, lang: str, places: list[PlaceSpec]) -> set[ClaimKey]:
    """The claim keys of ``text`` with ``places`` marked, checked for well-formed claims."""
    return claim_keys(extract_checked(text, lang, places))


def place_side_keys(text: str, lang: str, places: list[PlaceSpec]) -> set[tuple[str, str | None, str | None]]:
    """(event type, place id, actor side) of every claim of ``text``: for probes of place and side only."""
    return {
        (c.event_type, c.place.place_id if c.place else None, c.actor_side)
        for c in extract_checked(text, lang, places)
    }


def without_prefilter(cues: lexicon.CueList) -> lexicon.CueList:
    """The same cue list matched by its plain regex alone: what the speed paths must equal."""
    return lexicon.CueList(cues.lemmas, cues.regex, cues.exclude_grammemes)


def write_one_strike_gold(path: Path, report_id: str, text: str) -> Path:
    """A one-report gold file in the annotation format: ``text`` (English, written for the test)
    must begin with "Russian artillery shelled Kupiansk overnight", its one gold claim."""
    record = {
        "id": report_id,
        "lang": "en",
        "split": "dev",
        "published": "2022-09-12",
        "source": "Testblatt",
        "format": "text",
        "text": text,
        "claims": [
            {
                "event_type": "strike",
                "actor_side": "RU",
                "place": "gn:1",
                "modality": "asserted",
                "evidence": "Russian artillery shelled Kupiansk overnight",
            }
        ],
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def settlement_keys(text: str, lang: str, names: list[str]) -> set[ClaimKey]:
    """The claim keys of ``text`` with each name a settlement of its own (gn:1, gn:2, ... in order)."""
    places = [settlement(name, number) for number, name in enumerate(names, start=1)]
    return claim_keys(extract_checked(text, lang, places))
