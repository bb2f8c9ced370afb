"""Clauses and their parts: where a trigger stands, and how far a hedge or a condition reaches.

A hedge does not reach across a coordinating conjunction (optional claims.yaml key
``coordination``) to another claim's part of the clause. A hedge set off by commas right before a
part of the sentence that carries another claim ("..., where the enemy has, probably, advanced";
"... и, предположительно, уже заходит в B") is that claim's, and a modal verb in such a part after
the trigger ("massed 10,000 troops and is preparing an offensive") does not make the trigger a
prediction; nor does a condition after a coordinating conjunction that opens another claim ("A is
half encircled, and if the enemy reaches B, ...").

A motive clause of avoiding ("withdrew from A to avoid encirclement", "um eine Einkesselung zu
vermeiden", "щоб уникнути оточення", "чтобы избежать окружения"; optional claims.yaml key
``avoided_outcome``) names a threat: the avoided act is a predicted claim of the other side at the
place the moving force leaves (``_avoided_outcomes``).

An accusation names who did the act it is about ("accused Russia of shelling A", "warf Russland vor,
... hätten Bomben abgeworfen", "назвал взрыв терактом, который задумали украинские спецслужбы"; optional
claims.yaml key ``blame``): the side of a strike or demolition told in it is the accused (the last side
named between the words of blaming and the act, else the first after the words of blaming), not the
side of the one who accuses (``_accused_acts``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from frontwatch.claims.context import (
    _NO_CLAUSE_BREAK,
    NOT_A_PLACE_ID_PREFIXES,
    OTHER_SIDE,
    SIDES,
    Span,
    _Context,
    _Draft,
    _extra_regex,
    _report_cues,
    _spans_in,
)
from frontwatch.claims.event_rules import ACCUSED_ACT_TYPES, AVOIDED_BY_MOVE, AVOIDING_MOVES
from frontwatch.claims.sentences import Sentence, clause_spans
from frontwatch.model import PlaceMention

#: At most this many characters between the words of avoiding and the act avoided ("to avoid being
#: encircled", "щоб не потрапити в оточення"); a frame that encloses the act ("um eine Einkesselung
#: zu vermeiden") governs it whatever its length.
AVOIDED_GAP = 30


def _clause_start(sentence: Sentence, offset: int) -> int:
    starts = [c[0] for c in clause_spans(sentence) if c[0] <= offset]
    return max(starts) if starts else sentence.start


def _coordinated_parts(context: _Context, clauses: list[Span]) -> list[Span]:
    """The clauses, each further split at a coordinating conjunction (optional claims.yaml key
    ``coordination``, a regex such as ``\\s+(?:and|und)\\s+``): "likely captured A and are
    advancing toward B" -- the hedge of the first part is not the second part's."""
    pattern = _extra_regex(context.lexicon, "coordination")
    if pattern is None:
        return clauses
    # The hedge, denial and modality tests of every hit of a sentence ask for the same clauses'
    # parts: split once per report and clauses.
    key = ("coordinated_parts", *clauses)
    known = context.span_searches.get(key)
    if known is None:
        known = context.span_searches[key] = _split_coordinated(context, pattern, clauses)
    return list(known)


def _split_coordinated(context: _Context, pattern: re.Pattern[str], clauses: list[Span]) -> list[Span]:
    parts: list[Span] = []
    for start, end in clauses:
        for match in pattern.finditer(context.text, start, end):
            parts.append((start, match.start()))
            start = match.end()
        parts.append((start, end))
    return parts


def _hedge_parts(context: _Context, clauses: list[Span], trigger: Span, triggers: list[Span]) -> list[Span]:
    """The parts of the sentence (``_coordinated_parts``) that carry a claim other than the one at
    ``trigger``, a part without any event word after the first one joined to the part after it: a
    hedge set off by commas ("..., where the enemy, probably, advanced", "... и, предположительно,
    уже заходит в B") qualifies what follows it, not the claim before it."""
    parts = _coordinated_parts(context, clauses)
    merged: list[Span] = []
    pending: int | None = None  # start of a run of event-less parts waiting for the next part
    for index, (start, end) in enumerate(parts):
        has_event = any(start <= t[0] < end for t in triggers)
        if not has_event and 0 < index < len(parts) - 1:
            pending = start if pending is None else pending
            continue
        merged.append((start if pending is None else pending, end))
        pending = None
    return [
        part
        for part in merged
        if not (part[0] < trigger[1] and trigger[0] < part[1])
        and any(part[0] <= t[0] < part[1] for t in triggers if t != trigger)
    ]


def _later_conjunct(
    context: _Context, sentence: Sentence, trigger: Span, triggers: list[Span]
) -> Span | None:
    """The rest of the sentence after the first coordinating conjunction (claims.yaml key
    ``coordination``) behind the trigger that is followed by another event word: "Лиман в
    полуокружении, и если противник выйдет к B, то ...": the condition is the second part's."""
    pattern = _extra_regex(context.lexicon, "coordination")
    if pattern is None:
        return None
    for match in pattern.finditer(context.text, trigger[1], sentence.end):
        if any(t[0] >= match.end() for t in triggers if t != trigger):
            return (match.end(), sentence.end)
    return None


def _trigger_clause(context: _Context, draft: _Draft) -> Span:
    """The clause of the draft's sentence that holds its trigger (the evidence when none does)."""
    trigger = draft.trigger
    for clause in clause_spans(context.sentences[draft.sentence_index]):
        if clause[0] <= trigger[0] < clause[1]:
            return clause
    return draft.evidence


def _condition_clauses(context: _Context, sentence: Sentence) -> list[Span]:
    """The clauses of the sentence in which a condition opens ("If Ukrainian forces take A, ...",
    "Sollten die Ukrainer A einnehmen, ...", "..., falls die Ukrainer vorrücken"): a conditional cue
    of the language's modality words starts in them."""
    cues = [s for s, _ in context.modality.conditional if sentence.start <= s < sentence.end]
    if not cues:
        return []
    return [clause for clause in clause_spans(sentence) if any(clause[0] <= s < clause[1] for s in cues)]


def _avoided_outcomes(
    context: _Context, drafts: list[_Draft], previous: list[_Draft], sentence: Sentence
) -> list[_Draft]:
    """The drafts with the acts a move is made to avoid set as predicted claims of the other side.

    "withdrew from A to avoid encirclement", "отвели подразделения из A, чтобы избежать окружения":
    the encirclement threatened the force that left, at the place it left; the encircler is the
    other side than the one that moved. The move is a withdrawal of the sentence with a place, else
    of the sentence before ("The troops left A. The decision was taken to avoid encirclement.").
    A purpose clause drops its act as no claim (extract.py), so the act's claim is made here from
    the move when the sentence has none at its words. Nothing changes when no move is found
    ("fighting hard to avoid encirclement": whose pocket, and where, is not said).
    """
    # Only a sentence with a word of an avoidable act pays for the search of words of avoiding.
    if not any(
        _spans_in(context.events.get(event_type, []), sentence.start, sentence.end)
        for event_type in AVOIDED_BY_MOVE
    ):
        return drafts
    frames = _spans_in(_avoidance_cues(context), sentence.start, sentence.end)
    if not frames:
        return drafts
    movers = [d for d in drafts if d.event_type in AVOIDING_MOVES and d.place is not None]
    if not movers:
        movers = [d for d in previous if d.event_type in AVOIDING_MOVES and d.place is not None]
    if not movers:
        return drafts
    result = list(drafts)
    for event_type in AVOIDED_BY_MOVE:
        for trigger in _spans_in(context.events.get(event_type, []), sentence.start, sentence.end):
            if not any(_governs(context, frame, trigger) for frame in frames):
                continue
            # The act as drafted at its own words gives way: a motive names no place of its own, and
            # its side words are the force that escapes, not the one that would encircle.
            result = [d for d in result if not (d.event_type == event_type and d.trigger == trigger)]
            named = _governed_place(context, trigger)
            seen: set[str | None] = set()
            for mover in movers:
                if named is not None:
                    # "withdrew from A to prevent the encirclement of B": the act names where it is.
                    mover = replace(mover, place=named)
                key = mover.place.place_id if mover.place is not None else None
                if key in seen:
                    continue
                seen.add(key)
                mover_side = _mover_side(mover, previous)
                result.append(
                    replace(
                        mover,
                        event_type=event_type,
                        trigger=trigger,
                        sentence_index=_sentence_index(drafts, previous),
                        places_to=[],
                        actor_side=OTHER_SIDE.get(mover_side or ""),
                        modality="predicted",
                        evidence=(sentence.start, sentence.end),
                        quantities={},
                        direction=[],
                        trigger_text=context.text[trigger[0] : trigger[1]],
                        meta={"avoided": True},
                    )
                )
    return result


def _governed_place(context: _Context, trigger: Span) -> PlaceMention | None:
    """The place right after an act's word in the same clause ("encirclement of B", "окружения B"),
    if any: the act names its own place."""
    first = bisect.bisect_left(context.mention_starts, trigger[1])
    for mention in context.mentions[first:]:
        if mention.start - trigger[1] > AVOIDED_GAP:
            break
        if (mention.place_id or "").startswith(NOT_A_PLACE_ID_PREFIXES) or mention.precision == "country":
            continue  # "encirclement on the Oskil": a river or the country is no place of a pocket
        if _NO_CLAUSE_BREAK.fullmatch(context.text[trigger[1] : mention.start]) is not None:
            return mention
    return None


def _mover_side(mover: _Draft, previous: list[_Draft]) -> str | None:
    """The side of a move: its own, else that of a move in the sentence before ("Ukrainian troops
    left A. The decision to pull out was taken to avoid encirclement.")."""
    if mover.actor_side is not None:
        return mover.actor_side
    return next(
        (d.actor_side for d in reversed(previous) if d.event_type in AVOIDING_MOVES and d.actor_side), None
    )


def _sentence_index(drafts: list[_Draft], previous: list[_Draft]) -> int:
    """The index of the sentence whose ``drafts`` these are (one after the previous sentence's)."""
    if drafts:
        return drafts[0].sentence_index
    return previous[-1].sentence_index + 1 if previous else 0


def _governs(context: _Context, frame: Span, trigger: Span) -> bool:
    """The words of avoiding ``frame`` govern the act at ``trigger``: it stands inside the frame ("um
    eine Einkesselung zu vermeiden") or right after it in the same clause ("to avoid encirclement")."""
    if frame[0] <= trigger[0] and trigger[1] <= frame[1]:
        return True
    return (
        frame[1] <= trigger[0]
        and trigger[0] - frame[1] <= AVOIDED_GAP
        and _NO_CLAUSE_BREAK.fullmatch(context.text[frame[1] : trigger[0]]) is not None
    )


def _avoidance_cues(context: _Context) -> list[Span]:
    """The spans of the avoidance words of the report (optional key ``avoided_outcome``), once."""
    return _report_cues(context, "avoided_outcome")


def _accused_acts(context: _Context, drafts: list[_Draft], sentence: Sentence) -> None:
    """Set the side of the acts an accusation is about to the accused (``ACCUSED_ACT_TYPES``).

    "The Ukrainian military accused Russia of shelling A", "Moskau machte ukrainische Saboteure für
    die Explosion verantwortlich", "назвал взрыв терактом, который задумали украинские спецслужбы":
    the one who blames is the source; the side it blames (optional key ``blame`` for the words of
    blaming) is who struck. Only an act with no other event word between it and the words of blaming
    is theirs ("Kyiv blamed Russia for the strike on A, and Ukrainian drones hit B": the second strike
    is told, not blamed).
    """
    acts = [d for d in drafts if d.event_type in ACCUSED_ACT_TYPES]
    if not acts:
        return
    cues = _spans_in(_report_cues(context, "blame"), sentence.start, sentence.end)
    if not cues:
        return
    triggers = sorted({d.trigger for d in drafts})
    for draft in acts:
        for cue in cues:
            low, high = sorted((cue[0], draft.trigger[0]))
            if any(
                low < t[0] < high and t != draft.trigger and not (cue[0] <= t[0] < cue[1]) for t in triggers
            ):
                continue  # another act stands between: the accusation is about that one
            if draft.trigger[0] < cue[0] and (
                draft.actor_side is not None or any(a.trigger[0] >= cue[1] for a in acts)
            ):
                # "erklärte, die russischen Streitkräfte hätten A nicht angegriffen, und warf der
                # ukrainischen Armee vor, ...": an act told before the blame with its own side is
                # not the one blamed; nor is one when the blame names its own act ("плотина была
                # разрушена: Киев обвиняет в её подрыве российских военных").
                continue
            # "warf das ukrainische Militär Russland vor, ... hätten Bomben abgeworfen": between the
            # words of blaming and the act, the accused is the last side named (the accuser may
            # stand there too, after its verb); an act told before the blame is followed by it.
            named = _sides_from(context, cue[0], sentence.end)
            before_act = [side for start, side in named if start < draft.trigger[0]]
            accused = before_act[-1] if before_act else (named[0][1] if named else None)
            if accused is not None:
                draft.actor_side = accused
                draft.meta["accused"] = True
                break


def _sides_from(context: _Context, start: int, end: int) -> list[tuple[int, str]]:
    """The sides of the side words and sided speakers ("ukrainische Geheimdienste", "Russia's
    defence ministry") in ``[start, end)`` with their offsets, in text order: an accused party is
    often an agency, which the speaker finder takes as a possible speaker and so out of the plain
    side words."""
    named = [(s, side) for s, _, side in context.sides if start <= s < end and side in SIDES]
    named += [
        (m.start, m.source.side)
        for m in context.speakers
        if start <= m.start < end and m.source.side in SIDES
    ]
    return sorted(named)
