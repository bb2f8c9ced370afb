"""When: the time of a claim, and the times that are not the claim's.

A time right before or after a verb of saying ("said on Friday", "am Montag meldete") dates the
statement and is not the claim's time. A time heading a bulletin ("За минулу добу:") dates the
lines under it. A claim with no time takes the time of a same-type claim about the same place
elsewhere in the report (headline and body say the same thing).
"""

from __future__ import annotations

from dataclasses import replace

from frontwatch.claims.context import _NO_CLAUSE_BREAK, Span, _Context, _Draft, _place_key, _spans_in
from frontwatch.claims.sentences import Sentence
from frontwatch.claims.timeexpr import TimeMatch, resolve_times
from frontwatch.model import When

#: At most this many characters between a verb of saying and the time that dates the statement
#: ("said on Friday", "erklärte am Sonntagabend", "заявив у понеділок увечері").
STATEMENT_TIME_GAP = 12


def _times(context: _Context, sentence: Sentence) -> list[TimeMatch]:
    if context.published is None:
        return []
    matches = resolve_times(sentence.text, context.published, context.lexicon.lang)
    shifted = [replace(m, start=m.start + sentence.start, end=m.end + sentence.start) for m in matches]
    cues = _spans_in(context.attribution, sentence.start, sentence.end) + _spans_in(
        context.pronoun_speaker, sentence.start, sentence.end
    )
    return [m for m in shifted if not _dates_the_statement(context.text, m, cues)]


def _dates_the_statement(text: str, match: TimeMatch, cues: list[Span]) -> bool:
    """ "said on Friday", "sagte am Sonntag", "заявил в пятницу", "повідомив у неділю": a time right
    after a verb of saying dates the statement, not the happening (docs/annotation.md, Time)."""
    for cue_start, cue_end in cues:
        gap = text[cue_end : match.start]
        if cue_end <= match.start and len(gap) <= STATEMENT_TIME_GAP and _NO_CLAUSE_BREAK.fullmatch(gap):
            return True
        # "on Friday confirmed that ...", "Am Montag meldete der Generalstab ...".
        if match.end <= cue_start and not text[match.end : cue_start].strip():
            return True
    return False


def _nearest_time(times: list[TimeMatch], trigger: Span, trigger_clauses: list[Span]) -> When | None:
    if not times:
        return None
    in_clause = [t for t in times if any(c[0] <= t.start and t.end <= c[1] for c in trigger_clauses)]
    pool = in_clause or times
    best = min(pool, key=lambda t: min(abs(t.start - trigger[1]), abs(trigger[0] - t.end)))
    return best.when


def _bulletin_time(
    context: _Context, sentence: Sentence, current: list[_Draft], header: tuple[When, int] | None
) -> tuple[When, int] | None:
    """ "За минулу добу:", "In the past 24 hours:": a header line with a time dates the lines of
    the bulletin under it (the following lines without a blank line between) that name no time."""
    if sentence.text.rstrip().endswith(":") and not current:
        times = _times(context, sentence)
        return (times[0].when, sentence.paragraph) if times else None
    if header is None or sentence.paragraph > header[1] + 1:
        return None
    for draft in current:
        if draft.when is None:
            draft.when = header[0]
            draft.meta["when_from"] = "bulletin header"
    return (header[0], sentence.paragraph)


def _inherit_times(drafts: list[_Draft]) -> None:
    """A claim without a time takes the time of a same-type claim about the same place."""
    dated: dict[tuple[str, str], When] = {}
    for draft in drafts:
        key = (draft.event_type, _place_key(draft.place))
        if draft.when is not None and key[1] and key not in dated:
            dated[key] = draft.when
    for draft in drafts:
        if draft.when is None:
            inherited = dated.get((draft.event_type, _place_key(draft.place)))
            if inherited is not None:
                draft.when = inherited
                draft.meta["when_from"] = "same place and type elsewhere in the report"
