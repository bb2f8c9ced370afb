"""Figures of a sentence: quantities, comparisons and directions, and whose figure a troop count is.

A comparison ("größer als ganz Berlin") belongs to the figure of its sentence or of the one before.
A placeless troop figure in a sentence reporting a move is the size of what moved, not a force
estimate of its own. Direction words give compass codes in the order written.
"""

from __future__ import annotations

from dataclasses import replace

from frontwatch.claims.clauses import _accused_acts, _avoided_outcomes
from frontwatch.claims.context import Span, _Context, _Draft
from frontwatch.claims.event_rules import QUANTITY_EVENTS
from frontwatch.claims.quantities import QuantityMatch, find_comparisons
from frontwatch.claims.sentences import Sentence
from frontwatch.claims.sides import _is_passive, _patient_state

#: Events that move a force: a troop figure in their clause is the size of what moved.
MOVING_FORCE_TYPES = frozenset({"advance", "withdrawal", "reinforcement"})


def _fold_troop_figures(
    context: _Context, drafts: list[_Draft], clauses: list[Span], previous: list[_Draft], sentence: Sentence
) -> list[_Draft]:
    """A troop figure that belongs to another event of its clause is no force estimate of its own.

    "about 30,000 troops had been moved across the river": the figure is the size of the
    withdrawal, so it goes onto that claim. "up to 5,000 soldiers were in the pocket": the figure
    estimates the forces in an encirclement reported before; "the pocket" is where they are, not
    a new encirclement, and the place is that of the encirclement in the sentence before.
    An estimate with a place of its own ("up to 10,000 troops around A") stays as it is.

    First, the acts a move is made to avoid become their claims (``clauses._avoided_outcomes``): this
    is the step where a sentence's drafts meet those of the sentence before, and a pocket avoided is
    the pocket that a figure of the same sentence may then count; and acts an accusation is about
    take the accused as their side (``clauses._accused_acts``).
    """
    drafts = _avoided_outcomes(context, drafts, previous, sentence)
    # Here too, before fallbacks give a side: an accusation names who did the act it is about.
    _accused_acts(context, drafts, sentence)
    estimates = [d for d in drafts if d.event_type == "force_estimate" and d.place is None]
    if not estimates:
        return drafts
    dropped: list[_Draft] = []

    def clause_of(span: Span) -> Span | None:
        return next((c for c in clauses if c[0] <= span[0] < c[1]), None)

    for estimate in estimates:
        clause = clause_of(estimate.trigger)
        same_clause = [d for d in drafts if d is not estimate and clause_of(d.trigger) == clause]
        movers = [d for d in same_clause if d.event_type in MOVING_FORCE_TYPES]
        if not movers and not any(d.event_type == "encirclement" for d in same_clause):
            # "завершили отход с правого берега: на левый берег переправлено более 30 тысяч": a
            # placeless figure in a sentence that reports a move is the size of what moved.
            movers = [d for d in drafts if d.event_type in MOVING_FORCE_TYPES]
        if movers:
            for mover in movers:
                for name, quantity in estimate.quantities.items():
                    mover.quantities.setdefault(name, quantity)
            dropped.append(estimate)
            continue
        encirclements = [d for d in same_clause if d.event_type == "encirclement"]
        if clause is None or not any(
            _patient_state(context, d.trigger) or _is_passive(context, d.trigger, clause[0], clause[1])
            for d in encirclements
        ):
            continue  # "encircled up to 3,000 soldiers near A": an act, reported as such
        pockets = encirclements
        dropped.extend(pockets)
        earlier = [
            p
            for p in previous
            if p.event_type == "encirclement"
            and p.place is not None
            and context.sentences[p.sentence_index].paragraph == sentence.paragraph
        ]
        if earlier:
            estimate.place = earlier[-1].place
    return [d for d in drafts if not any(d is x for x in dropped)]


def _shift_quantity(match: QuantityMatch, offset: int) -> QuantityMatch:
    return replace(match, start=match.start + offset, end=match.end + offset)


def _directions(context: _Context, sentence: Sentence) -> list[str]:
    pattern = context.lexicon.direction
    if pattern is None:
        return []
    found: list[str] = []
    words = context.lexicon.direction_words
    for match in pattern.finditer(sentence.text):
        group = match.group("dirs").lower()
        for piece in _split_direction_group(group, words):
            if piece not in found:
                found.append(piece)
    return found


def _split_direction_group(group: str, words: dict[str, str]) -> list[str]:
    """Compass codes of "osten und südosten" in the order written."""
    codes: list[tuple[int, str]] = []
    taken: list[Span] = []
    for word in sorted(words, key=len, reverse=True):
        start = group.find(word)
        while start >= 0:
            end = start + len(word)
            boundary_ok = (start == 0 or not group[start - 1].isalnum()) and (
                end == len(group) or not group[end].isalnum()
            )
            if boundary_ok and not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                codes.append((start, words[word]))
            start = group.find(word, end)
    return [code for _, code in sorted(codes)]


def _comparisons(context: _Context, sentence: Sentence) -> list[tuple[int, int, str]]:
    """Comparisons ("größer als ganz Berlin") as absolute spans with their phrase."""
    return [
        (match.start + sentence.start, match.end + sentence.start, match.text.strip())
        for match in find_comparisons(sentence.text, context.lexicon.lang)
    ]


def _attach_comparisons(
    drafts: list[_Draft],
    previous: list[_Draft],
    comparisons: list[tuple[int, int, str]],
    context: _Context,
    sentence: Sentence,
) -> None:
    """A comparison belongs to the figure of this sentence, or of the one before ("Das ist ...")."""
    if not comparisons:
        return
    targets = [d for d in drafts if d.event_type in QUANTITY_EVENTS.values()]
    if not targets:
        targets = [
            d
            for d in previous
            if d.event_type in QUANTITY_EVENTS.values()
            and context.sentences[d.sentence_index].paragraph == sentence.paragraph
        ]
    for target in targets:
        for name, quantity in list(target.quantities.items()):
            if (
                name in QUANTITY_EVENTS
                and QUANTITY_EVENTS[name] == target.event_type
                and not quantity.comparison
            ):
                target.quantities[name] = replace(quantity, comparison=comparisons[0][2])
