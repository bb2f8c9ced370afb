"""The stable export record of a claim (JSON Lines) and its inverse.

The record's keys are a public format: analysts' scripts and the web app read them. Add keys,
never rename or drop them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from frontwatch.model import Claim, Source, When
from frontwatch.records import place_from_dict, place_to_dict, quantity_from_dict, quantity_to_dict


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """The export record of ``claim`` (JSON-serialisable)."""
    when = (
        {
            "start": claim.when.start.isoformat(),
            "end": claim.when.end.isoformat(),
            "precision": claim.when.precision,
        }
        if claim.when is not None
        else None
    )
    return {
        "claim_id": claim.claim_id,
        "report_id": claim.report_id,
        "event_type": claim.event_type,
        "actor_side": claim.actor_side,
        "place": place_to_dict(claim.place),
        "places_to": [place_to_dict(p) for p in claim.places_to],
        "when": when,
        "source": {"name": claim.source.name, "kind": claim.source.kind, "side": claim.source.side},
        "modality": claim.modality,
        "evidence_kind": claim.evidence_kind,
        "quantities": {name: quantity_to_dict(q) for name, q in claim.quantities.items()},
        "direction": list(claim.direction),
        "evidence": {"start": claim.evidence_start, "end": claim.evidence_end, "text": claim.evidence_text},
        "language": claim.language,
        "extractor": claim.extractor,
    }


def claim_from_dict(data: dict[str, Any]) -> Claim:
    """Rebuild a Claim from its export record (``meta`` is not exported and comes back empty)."""
    when_data = data.get("when")
    when = (
        When(
            start=date.fromisoformat(when_data["start"]),
            end=date.fromisoformat(when_data["end"]),
            precision=str(when_data.get("precision", "range")),
        )
        if when_data
        else None
    )
    source = data.get("source") or {}
    evidence = data.get("evidence") or {}
    places_to = [p for p in (place_from_dict(x) for x in data.get("places_to") or []) if p is not None]
    return Claim(
        claim_id=str(data["claim_id"]),
        report_id=str(data["report_id"]),
        event_type=str(data["event_type"]),
        actor_side=data.get("actor_side"),
        place=place_from_dict(data.get("place")),
        source=Source(
            name=str(source.get("name", "unknown")),
            kind=str(source.get("kind", "unknown")),
            side=source.get("side"),
        ),
        modality=str(data.get("modality", "asserted")),
        evidence_kind=str(data.get("evidence_kind", "report")),
        evidence_start=int(evidence.get("start", 0)),
        evidence_end=int(evidence.get("end", 0)),
        evidence_text=str(evidence.get("text", "")),
        language=data.get("language"),
        places_to=places_to,
        when=when,
        quantities={name: quantity_from_dict(q) for name, q in (data.get("quantities") or {}).items()},
        direction=[str(d) for d in data.get("direction") or []],
        extractor=str(data.get("extractor", "rules")),
    )
