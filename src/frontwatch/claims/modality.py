"""How a report holds a claim: asserted, hedged, predicted, conditional or negated.

The cues come from the lexicon. Scope:

* conditional and denial cues count anywhere in the sentence ("Sollte A fallen, wäre B ...":
  condition and consequence are both conditional); hedge cues too (a hedge in a relative clause
  about a video's origin hedges what the video is said to show), except in a clause that carries
  a claim of its own when the trigger is not in it;
* prediction cues (modal verbs) count in the trigger's clause, sentence-level prediction phrases
  ("a matter of time", "in the coming days") anywhere in the sentence, threat words ("droht",
  "threat of", "загроза") only right before the trigger ("heavy fighting near A and the threat of
  encirclement near B": the threat is B's);
* plain negators ("nicht", "not", "не") count only right next to the trigger (a per-language
  window of tokens), because a negation elsewhere in the sentence usually negates something else;
* for languages whose lemmatiser marks tense (uk/ru), a trigger verb in the future tense is a
  prediction ("звільнять", "освободят").

When several apply, the strongest wins: conditional > negated > predicted > hedged > asserted.
Attribution (Konjunktiv I, "according to", "за словами") is not a hedge and is not a cue here.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from frontwatch.claims.lexicon import Lexicon, Token

Span = tuple[int, int]

#: A threat word counts up to this many tokens before / after the trigger ("Gefahr einer Einkesselung").
THREAT_WINDOW = (4, 1)


@dataclass(frozen=True)
class ModalityCues:
    """Cue spans of one text (absolute offsets), computed once per report."""

    hedge: list[Span]
    prediction: list[Span]
    prediction_sentence: list[Span]
    threat: list[Span]
    conditional: list[Span]
    negation: list[Span]
    denial: list[Span]


def find_modality_cues(text: str, tokens: list[Token], lexicon: Lexicon) -> ModalityCues:
    return ModalityCues(
        hedge=lexicon.hedge.find(text, tokens),
        prediction=lexicon.prediction.find(text, tokens),
        prediction_sentence=lexicon.prediction_sentence.find(text, tokens),
        threat=lexicon.threat.find(text, tokens),
        conditional=lexicon.conditional.find(text, tokens),
        negation=lexicon.negation.find(text, tokens),
        denial=lexicon.denial.find(text, tokens),
    )


def _any_within(spans: list[Span], start: int, end: int) -> bool:
    return any(start <= s and e <= end for s, e in spans)


def decide_modality(
    cues: ModalityCues,
    sentence_span: Span,
    clause_span: Span,
    trigger_span: Span,
    tokens: list[Token],
    lexicon: Lexicon,
    foreign_clauses: Sequence[Span] = (),
) -> str:
    """The modality of the claim triggered at ``trigger_span`` inside ``sentence_span``.

    ``foreign_clauses`` are clauses of the sentence that carry another claim of their own: a hedge
    there is that claim's ("A was probably taken, and B is encircled": B is asserted).
    """
    s_start, s_end = sentence_span
    if _any_within(cues.conditional, s_start, s_end):
        return "conditional"
    if _any_within(cues.denial, s_start, s_end) or _negated_near(
        cues.negation, trigger_span, tokens, s_start, s_end, lexicon.negation_window
    ):
        return "negated"
    if (
        _any_within(cues.prediction, *clause_span)
        or _any_within(cues.prediction_sentence, s_start, s_end)
        or _negated_near(cues.threat, trigger_span, tokens, s_start, s_end, THREAT_WINDOW)
        or _future_trigger(trigger_span, tokens, lexicon)
    ):
        return "predicted"
    hedges = [h for h in cues.hedge if s_start <= h[0] and h[1] <= s_end]
    if any(not any(c[0] <= h[0] and h[1] <= c[1] for c in foreign_clauses) for h in hedges):
        return "hedged"
    return "asserted"


def _token_index_range(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    first = bisect.bisect_right(tokens, start, key=lambda t: t.end)
    last = bisect.bisect_left(tokens, end, key=lambda t: t.start)
    return first, max(first, last)


def _negated_near(
    negators: list[Span],
    trigger: Span,
    tokens: list[Token],
    s_start: int,
    s_end: int,
    window: tuple[int, int],
) -> bool:
    """A cue (a plain negator, a threat word) within ``window`` (tokens before, after) of the trigger."""
    if not negators:
        return False
    first, last = _token_index_range(tokens, trigger[0], trigger[1])
    low = max(0, first - window[0])
    high = min(len(tokens), last + window[1])
    window_start = max(tokens[low].start if low < len(tokens) else trigger[0], s_start)
    window_end = min(tokens[high - 1].end if high > 0 else trigger[1], s_end)
    return any(window_start <= s and e <= window_end for s, e in negators)


def _future_trigger(trigger: Span, tokens: list[Token], lexicon: Lexicon) -> bool:
    if not lexicon.future_grammeme:
        return False
    first, last = _token_index_range(tokens, trigger[0], trigger[1])
    return any(lexicon.future_grammeme in t.grammemes for t in tokens[first:last])
