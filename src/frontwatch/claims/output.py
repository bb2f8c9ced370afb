"""From drafts to claim records: one draft per claim, places and deterministic ids.

Two claims of one type and place from triggers in different clauses that name opposite sides stay
two; of colliding drafts the one that says most is kept. A strike with neither place nor side in a
report that places a strike elsewhere is an echo of it ("the strike", "called it a strike", "after the
attack"), not a claim of its own (``_drop_echoes``).
"""

from __future__ import annotations

import hashlib

from frontwatch.claims.context import _NO_CLAUSE_BREAK, Span, _Context, _Draft, _place_key
from frontwatch.model import Claim, ClaimPlace, PlaceMention


def _information(draft: _Draft) -> tuple[int, int, int, int]:
    """How much a draft says beyond its key: a side, a time, figures, directions."""
    return (
        int(draft.actor_side is not None),
        int(draft.when is not None),
        len(draft.quantities),
        len(draft.direction),
    )


def _dedupe(drafts: list[_Draft], text: str) -> list[_Draft]:
    """One draft per (type, place, objectives, evidence); of colliding ones the one that says most
    (two triggers of one type in a sentence, only one of them next to its side word). Drafts that
    name opposite sides from triggers in different clauses are two claims ("Ukrainian forces
    control the west of A, while Russian troops still hold the east")."""

    def two_claims(first: _Draft, second: _Draft) -> bool:
        if first.actor_side is None or second.actor_side is None or first.actor_side == second.actor_side:
            return False
        low, high = sorted((first.trigger, second.trigger))
        return low[1] <= high[0] and _NO_CLAUSE_BREAK.fullmatch(text[low[1] : high[0]]) is None

    position: dict[tuple[str, str, tuple[str, ...], Span], list[int]] = {}
    unique: list[_Draft] = []
    for draft in drafts:
        key = (
            draft.event_type,
            _place_key(draft.place),
            tuple(_place_key(p) for p in draft.places_to),
            draft.evidence,
        )
        same = [i for i in position.get(key, []) if not two_claims(unique[i], draft)]
        if same:
            index = same[0]
            if _information(draft) > _information(unique[index]):
                unique[index] = draft
            continue
        position.setdefault(key, []).append(len(unique))
        unique.append(draft)
    return unique


def claim_place(mention: PlaceMention | None) -> ClaimPlace | None:
    """A place mention as a claim carries it (the claim record keeps no offsets of its own)."""
    if mention is None:
        return None
    return ClaimPlace(
        text=mention.text,
        place_id=mention.place_id,
        name_en=mention.name_en,
        lat=mention.lat,
        lon=mention.lon,
        admin1=mention.admin1,
        admin2=mention.admin2,
        precision=mention.precision,
    )


def make_claim_id(report_id: str, start: int, end: int, event_type: str, place_key: str) -> str:
    """Deterministic id: the same report, evidence, type and place give the same id."""
    digest = hashlib.sha256(f"{report_id}|{start}|{end}|{event_type}|{place_key}".encode()).hexdigest()
    return digest[:32]


#: Types whose word, with no place and no side of its own, refers back to the happening the report
#: tells at a place: "Mayor X called it a strike meant to kill", "Russian bloggers celebrated the
#: strike", "Es war der bisher größte Drohnenangriff", "Міноборони РФ удар не коментувало". A report
#: is about its strikes (each at a place); such a word names one of them again, so the claim it would
#: make is already there. Other types are left alone: a placeless advance or fighting is commonly a
#: claim of its own (measured on the dev gold: only strikes gain).
ECHO_TYPES: frozenset[str] = frozenset({"strike"})


def _is_echo(draft: _Draft, placed_types: set[str]) -> bool:
    """A draft of an ``ECHO_TYPES`` type without place, objective or actor side in a report that has a
    draft of that type at a place."""
    return (
        draft.event_type in ECHO_TYPES
        and draft.event_type in placed_types
        and draft.place is None
        and not draft.places_to
        and draft.actor_side is None
    )


def _drop_echoes(drafts: list[_Draft]) -> list[_Draft]:
    """The drafts without the ``_is_echo`` ones (decided on the whole report, so that a lead sentence
    that says no place before the body places the strike is an echo too)."""
    placed_types = {d.event_type for d in drafts if d.place is not None}
    return [d for d in drafts if not _is_echo(d, placed_types)]


def _to_claims(context: _Context, drafts: list[_Draft]) -> list[Claim]:
    claims: list[Claim] = []
    for draft in _drop_echoes(drafts):
        place_key = _place_key(draft.place) + "|" + ",".join(_place_key(p) for p in draft.places_to)
        meta: dict[str, object] = {"trigger": draft.trigger_text, "trigger_start": draft.trigger[0]}
        meta.update(draft.meta)
        if draft.place is not None and draft.place.region_conflict:
            meta["place_region_conflict"] = draft.place.region_conflict
        claims.append(
            Claim(
                claim_id=make_claim_id(
                    context.report.id, draft.evidence[0], draft.evidence[1], draft.event_type, place_key
                ),
                report_id=context.report.id,
                event_type=draft.event_type,
                actor_side=draft.actor_side,
                place=claim_place(draft.place),
                source=draft.source,
                modality=draft.modality,
                evidence_kind=draft.evidence_kind,
                evidence_start=draft.evidence[0],
                evidence_end=draft.evidence[1],
                evidence_text=context.text[draft.evidence[0] : draft.evidence[1]],
                language=context.lexicon.lang,
                places_to=[p for p in (claim_place(m) for m in draft.places_to) if p is not None],
                when=draft.when,
                quantities=dict(draft.quantities),
                direction=list(draft.direction),
                extractor="rules",
                meta=meta,
            )
        )
    return claims
