"""Clauses and their parts: where a trigger stands, and how far a hedge or a condition reaches.

A hedge does not reach across a coordinating conjunction (optional claims.yaml key
``coordination``) to another claim's part of the clause. A hedge set off by commas right before a
part of the sentence that carries another claim ("..., where the enemy has, probably, advanced";
"... и, предположительно, уже заходит в B") is that claim's, and a modal verb in such a part after
the trigger ("massed 10,000 troops and is preparing an offensive") does not make the trigger a
prediction; nor does a condition after a coordinating conjunction that opens another claim ("A is
half encircled, and if the enemy reaches B, ...").
"""

from __future__ import annotations

from frontwatch.claims.context import Span, _Context, _Draft, _extra_regex
from frontwatch.claims.sentences import Sentence, clause_spans


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
