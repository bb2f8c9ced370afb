"""How a report holds a claim: asserted, hedged, predicted, conditional or negated.

The cues come from the lexicon. Scope:

* conditional and denial cues count anywhere in the sentence ("Sollte A fallen, wäre B ...":
  condition and consequence are both conditional); hedge cues too (a hedge in a relative clause
  about a video's origin hedges what the video is said to show), except in a clause that carries
  a claim of its own when the trigger is not in it, a hedge in commas right before such a clause
  counting as part of it ("presses on A, where the enemy has, probably, advanced");
* prediction cues (modal verbs) count in the trigger's clause, a cue that reaches over a comma in the
  clause where it ends ("ordnete an, das Werk abzuriegeln") (not in a part after the trigger
  that carries a claim of its own: "massed 10,000 troops and is preparing an offensive"),
  sentence-level prediction phrases ("a matter of time", "in the coming days") anywhere in the
  sentence (but not in a relative clause opened after them: "Nächstes Ziel dürfte Tokmak sein, über
  das der Nachschub läuft" asserts the supply route; optional claims.yaml key
  ``relative_clause_opener``), threat words ("droht",
  "threat of", "загроза") only right before the trigger ("heavy fighting near A and the threat of
  encirclement near B": the threat is B's);
* plain negators ("nicht", "not", "не") count only right next to the trigger (a per-language
  window of tokens), because a negation elsewhere in the sentence usually negates something else; one
  inside a degree or focus phrase ("nicht zum ersten Mal", "не впервые", "не лише", "nicht weniger als
  20", optional claims.yaml key ``non_negating``) negates nothing;
* threat words and negators count only when no other event word stands between them and the
  trigger ("угрозы окружения войска выведены": the threat is the encirclement's, not the
  withdrawal's);
* a negator or a "failed to" inside a hedge cue is part of the hedge ("could not be independently
  verified", "не вдалося незалежно перевірити"); a denial after the trigger that opens its own
  complement clause ("... and denied that the village had been lost") denies that clause; a hedge in
  a subordinate clause after the trigger ("..., as Russian forces reportedly pushed to B") is that
  clause's (claims.yaml keys ``complementizers``, ``subordinators``);
* a denial before the trigger in an earlier part of the sentence that tells an event of its own before
  it ("Der Vorstoß sei gescheitert, die Angreifer hätten sich zurückgezogen") is that event's; a denial
  word in a phrase that leaves a claim open ("neither confirm nor deny", optional claims.yaml key
  ``undecided_claim``) denies nothing;
* a denial or a plain negator does not reach past a colon that opens the speaker's own statement
  ("called the claim a lie: A remains under Ukrainian control", "Не вірте: А під контролем ЗСУ"
  assert the holding);
* a prediction cue after the trigger in a later subordinate clause ("..., because its jets could
  fire from across the border"), and a sentence-level prediction phrase in a later part that carries
  a claim of its own ("... and predicts that the garrison will soon be encircled"), are that part's;
* an event noun named as the means of an aim ("mit den Drohnenangriffen auf A ... auslösen zu
  wollen", optional claims.yaml key ``presupposed_means``) is told as done: the aim is predicted;
* a word of impossibility after the trigger, with no other event word between ("эвакуация сейчас
  невозможна", optional claims.yaml key ``impossible_after``), negates it;
* an event negated inside a condition ("if reserves do not arrive, ...", ``negated_condition``) is
  supposed not to happen: the extractor makes no claim of it when it has no place of its own;
* for languages whose lemmatiser marks tense (uk/ru), a trigger verb in the future tense is a
  prediction ("звільнять", "освободят") -- but only when no reading of the word is present tense
  (pymorphy3 reads "атакуют", "відходять" as perfective futures too); an event noun takes the tense
  of its clause's verbs ("Евакуацію організують": every finite verb future, none past or present).

A holding or annexation worded as an attribute ("im russisch besetzten A", "in Russian-occupied A",
optional claims.yaml key ``attributive_background``) is asserted: the sentence presupposes it.

When several apply, the strongest wins: conditional > negated > predicted > hedged > asserted.
Attribution (Konjunktiv I, "according to", "за словами") is not a hedge and is not a cue here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from frontwatch.claims.lexicon import CueList, Lexicon, Token, compile_regex_cues

Span = tuple[int, int]

#: A threat word counts up to this many tokens before / after the trigger ("Gefahr einer Einkesselung").
THREAT_WINDOW = (4, 1)
#: A colon that ends a clause and opens a statement, not one inside a clock time ("12:05").
STATEMENT_COLON = re.compile(r"(?<!\d):|:(?!\d)")


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
    # Colons that open a statement ("The army called the claim a lie: A remains under Ukrainian
    # control"): what follows is the speaker's own assertion, which a denial before it does not reach.
    statement_colons: list[Span] = field(default_factory=list)
    # Words after an event word that say it cannot happen ("evacuation is impossible now").
    impossible: list[Span] = field(default_factory=list)
    # Openers of a relative clause (", über die", ", through which", ", через яке"): a sentence-level
    # prediction phrase before one does not reach a trigger inside it.
    relative_openers: list[Span] = field(default_factory=list)
    # A negator with the verb it negates when that verb is not the event's: a verb of telling ("did
    # not say when", "не уточнил") or of giving up ("не полишають спроб", "have not abandoned their
    # attempts"), or with the alternative it sets aside ("nicht als Umgruppierung"). Optional
    # claims.yaml regexes ``negated_other_verb`` and ``rejected_alternative_before``.
    other_verb_negations: list[Span] = field(default_factory=list)
    # Prepositions of time that open a noun phrase ("after the", "nach der", "після", "после"): an event
    # noun right after one is presupposed ("no sign of a radiation release after the depot blast").
    time_adjuncts: list[Span] = field(default_factory=list)
    # Phrases whose negator negates no event: a degree or focus phrase ("not for the first time", "nicht
    # nur", "не впервые", "не менше десяти"). Optional claims.yaml regex ``non_negating``.
    non_negations: list[Span] = field(default_factory=list)
    # Parentheticals in commas ("..., вероятно, ...", "..., по оценке института, ..."): a subject noun
    # before one takes the tense of the verb after it. Optional claims.yaml regex ``parenthetical``.
    parentheticals: list[Span] = field(default_factory=list)


def find_modality_cues(text: str, tokens: list[Token], lexicon: Lexicon) -> ModalityCues:
    # A present or past word of trying ("versuchen seit Tagen, ... überzusetzen") tells an attempt
    # under way, not one to come: it is no prediction cue even where a cue list has it (round-6 audit
    # item 4; ``context._open_attempt`` makes such an attempt a fight).
    attempts = {start for start, _ in _optional_regex_spans(text, lexicon, "open_attempt_words")}
    return ModalityCues(
        hedge=lexicon.hedge.find(text, tokens),
        prediction=[p for p in lexicon.prediction.find(text, tokens) if p[0] not in attempts],
        prediction_sentence=[
            p for p in lexicon.prediction_sentence.find(text, tokens) if p[0] not in attempts
        ],
        threat=lexicon.threat.find(text, tokens),
        # An inverted condition opens the sentence without "if" ("Had it succeeded, ... could have",
        # "Hätte die Offensive Erfolg gehabt, ..."): optional claims.yaml regex ``inverted_condition``.
        conditional=sorted(
            lexicon.conditional.find(text, tokens)
            + _optional_regex_spans(text, lexicon, "inverted_condition")
        ),
        negation=lexicon.negation.find(text, tokens),
        denial=lexicon.denial.find(text, tokens),
        statement_colons=[(m.start(), m.end()) for m in STATEMENT_COLON.finditer(text)],
        impossible=_optional_regex_spans(text, lexicon, "impossible_after"),
        relative_openers=_optional_regex_spans(text, lexicon, "relative_clause_opener"),
        # The negator of a rejected alternative ("als Rückzug, nicht als Umgruppierung") sets that
        # alternative aside (``context._rejected_alternative``), it does not negate the claim before it.
        other_verb_negations=sorted(
            _optional_regex_spans(text, lexicon, "negated_other_verb")
            + _optional_regex_spans(text, lexicon, "rejected_alternative_before")
            + _optional_regex_spans(text, lexicon, "undecided_claim")
        ),
        time_adjuncts=_optional_regex_spans(text, lexicon, "presupposing_adjunct"),
        non_negations=_optional_regex_spans(text, lexicon, "non_negating"),
        parentheticals=_optional_regex_spans(text, lexicon, "parenthetical"),
    )


def _optional_regex_spans(text: str, lexicon: Lexicon, key: str) -> list[Span]:
    """The matches of the optional claims.yaml regex ``key`` in ``text``; none when it is absent."""
    raw = lexicon.extra.get(key)
    if not raw:
        return []
    cues = _key_cues(lexicon.lang, str(raw))
    if cues is not None:
        return cues.find(text, [])  # the same spans, from the report's literal scan
    return [(m.start(), m.end()) for m in _key_pattern(lexicon.lang, str(raw)).finditer(text)]


_KEY_CUES: dict[tuple[str, str], CueList | None] = {}


def _key_cues(lang: str, raw: str) -> CueList | None:
    """``compile_regex_cues`` of a claims.yaml regex key, compiled once per language."""
    key = (lang, raw)
    if key not in _KEY_CUES:
        _KEY_CUES[key] = compile_regex_cues(raw)
    return _KEY_CUES[key]


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
    other_triggers: Sequence[Span] = (),
    speech_cues: Sequence[Span] = (),
    hedge_clauses: Sequence[Span] | None = None,
    later_conjunct: Span | None = None,
) -> str:
    """The modality of the claim triggered at ``trigger_span`` inside ``sentence_span``.

    ``foreign_clauses`` are clauses of the sentence that carry another claim of their own: a hedge
    there is that claim's ("A was probably taken, and B is encircled": B is asserted).
    ``other_triggers`` are the other event words of the sentence: a threat word before one of them
    is that one's. ``speech_cues`` are the verbs of saying of the sentence: a denial does not reach
    past a new one to a trigger after it ("denied striking the theatre and claimed that the Azov
    regiment had blown it up": the blowing up is claimed, not denied). ``hedge_clauses`` (default:
    ``foreign_clauses``) are the parts of the sentence that carry another claim, with a parenthetical
    hedge standing in commas right before such a part counted in it ("presses on A, where the enemy
    has, probably, advanced": the hedge is the advance's); a hedge or a modal verb there, or a modal
    verb in such a part after the trigger ("massed 10,000 troops and is preparing an offensive"), is
    that claim's. ``later_conjunct`` is the rest of the sentence after a coordinating conjunction
    that follows the trigger and opens a claim of its own: a condition there is that claim's
    ("A is half encircled, and if the enemy reaches B, the pocket will close": A is asserted).
    """

    def modality_with(cue_set: ModalityCues) -> str:
        return _modality_from_cues(
            cue_set,
            sentence_span,
            clause_span,
            trigger_span,
            tokens,
            lexicon,
            foreign_clauses,
            other_triggers,
            speech_cues,
            foreign_clauses if hedge_clauses is None else hedge_clauses,
            later_conjunct,
        )

    modality = modality_with(cues)
    if modality == "predicted" and _presupposed_means(trigger_span, tokens, lexicon):
        # "warf Russland vor, mit den Drohnenangriffen auf A eine Hungerkrise auslösen zu wollen": the
        # aim is what the attacks are for; the attacks themselves are told as done.
        modality = modality_with(replace(cues, prediction=[], prediction_sentence=[], threat=[]))
    if modality != "asserted" and _attributive_background(trigger_span, tokens, lexicon):
        # "im russisch besetzten Melitopol sollen Partisanen ...", "Sollten sie das besetzte Tokmak
        # erreichen, ...": a holding or an annexation in an attribute is a background fact that the
        # sentence presupposes; the doubt, condition or denial of its main verb is not about it.
        # (Checked last: most claims are asserted anyway.)
        return "asserted"
    return modality


def _modality_from_cues(
    cues: ModalityCues,
    sentence_span: Span,
    clause_span: Span,
    trigger_span: Span,
    tokens: list[Token],
    lexicon: Lexicon,
    foreign_clauses: Sequence[Span],
    other_triggers: Sequence[Span],
    speech_cues: Sequence[Span],
    hedge_clauses: Sequence[Span],
    later_conjunct: Span | None,
) -> str:
    """``decide_modality`` from the cues alone (the arguments as there)."""
    s_start, s_end = sentence_span
    conditions = [
        c
        for c in cues.conditional
        if s_start <= c[0]
        and c[1] <= s_end
        and not (later_conjunct is not None and later_conjunct[0] <= c[0] and c[1] <= later_conjunct[1])
    ]
    if conditions:
        return "conditional"
    # A denial after the trigger in a part of the sentence that carries a claim of its own is that
    # claim's ("..., which Russia annexed in 2014: An evacuation is not planned"); one that opens a
    # complement clause after the trigger denies what that clause says ("said fighting continued and
    # denied that the village had been lost"); a negator or a "failed to" that is part of a hedge
    # ("could not be independently verified", "не вдалося незалежно перевірити") is that hedge.
    denials = [
        d
        for d in cues.denial
        if not (d[0] >= trigger_span[1] and any(c[0] <= d[0] and d[1] <= c[1] for c in foreign_clauses))
        and not (d[0] >= trigger_span[1] and _opens_complement(d, tokens, sentence_span, lexicon))
        and not _inside_any(d, cues.hedge)
        and not _denies_earlier_part(d, trigger_span, foreign_clauses, other_triggers)
        and not _denies_later_part(d, trigger_span, hedge_clauses, other_triggers)
        and not _inside_any(d, cues.other_verb_negations)
    ]
    # The words before a statement colon that rejects something are about what the speaker rejects,
    # not about the statement the colon opens ("Не вірте: селище під контролем ЗСУ", "Glauben Sie das
    # nicht: A bleibt ukrainisch", "Не вірте чуткам: ..."): neither their negator nor their hedge
    # reaches the trigger, as for denials.
    rejected_before = _rejection_colon(cues, s_start, trigger_span)
    # An event noun in a time adjunct ("no sign of a release after the depot blast", "keine Strahlung
    # nach der Explosion") is presupposed: a negator or denial before the adjunct is about something else.
    adjunct = _governing_adjunct(cues.time_adjuncts, trigger_span)
    if adjunct is not None:
        denials = [d for d in denials if d[1] > adjunct[0]]
    # A negator of a verb of telling or of giving up ("Гайдай не уточнил, когда был отдан приказ на
    # отход", "не полишають спроб висадитися") negates that verb: the event is told, or goes on.
    negators = [
        n
        for n in cues.negation
        if not _inside_any(n, cues.hedge)
        and not _inside_any(n, cues.other_verb_negations)
        and not _inside_any(n, cues.non_negations)
        and not (rejected_before is not None and n[1] <= rejected_before)
        and not (adjunct is not None and n[1] <= adjunct[0])
    ]
    if (
        _denied(denials, trigger_span, sentence_span, speech_cues, cues.statement_colons)
        or _near_own(negators, trigger_span, tokens, sentence_span, lexicon.negation_window, other_triggers)
        or _said_impossible(cues, trigger_span, sentence_span, other_triggers)
    ):
        return "negated"
    if (
        any(
            _ends_in_clause(p, clause_span, s_start)
            and not _inside_any(p, cues.other_verb_negations)
            and not (p[0] >= trigger_span[1] and any(c[0] <= p[0] and p[1] <= c[1] for c in hedge_clauses))
            and not _in_later_subordinate(p, trigger_span, other_triggers, tokens, lexicon)
            for p in cues.prediction
        )
        or any(
            s_start <= p[0]
            and p[1] <= s_end
            and not _any_within(cues.relative_openers, p[1], trigger_span[0])
            and not _later_claims_own(p, trigger_span, hedge_clauses, other_triggers, tokens, lexicon)
            for p in cues.prediction_sentence
        )
        or _near_own(cues.threat, trigger_span, tokens, sentence_span, THREAT_WINDOW, other_triggers)
        or _future_trigger(
            trigger_span, clause_span, tokens, lexicon, cues.other_verb_negations, cues.parentheticals
        )
    ):
        return "predicted"
    hedges = [
        h
        for h in cues.hedge
        if s_start <= h[0]
        and h[1] <= s_end
        and not _in_later_subordinate(h, trigger_span, other_triggers, tokens, lexicon)
        and not (rejected_before is not None and h[1] <= rejected_before)
    ]
    if any(not any(c[0] <= h[0] and h[1] <= c[1] for c in hedge_clauses) for h in hedges):
        return "hedged"
    return "asserted"


#: At most this many characters between a time preposition and the event noun it governs ("after the
#: Khmelnytskyi depot blast").
ADJUNCT_GAP = 40


def _governing_adjunct(adjuncts: list[Span], trigger: Span) -> Span | None:
    """The time adjunct ending right before the trigger, with at most ``ADJUNCT_GAP`` characters
    between (the spans are sorted)."""
    index = bisect.bisect_right(adjuncts, (trigger[0], trigger[0]))
    if index == 0:
        return None
    adjunct = adjuncts[index - 1]
    return adjunct if adjunct[1] <= trigger[0] and trigger[0] - adjunct[1] <= ADJUNCT_GAP else None


def _later_claims_own(
    cue: Span,
    trigger: Span,
    claim_parts: Sequence[Span],
    other_triggers: Sequence[Span],
    tokens: list[Token],
    lexicon: Lexicon,
) -> bool:
    """A sentence-level prediction phrase after the trigger that belongs to a later part of the sentence:
    a coordinated part that carries a claim of its own ("is shelling A day and night and predicts that
    the garrison will soon be encircled": the encirclement is to come, the shelling goes on), or a
    subordinate clause opened after the trigger ("..., because its aircraft could soon fire from across
    the border"). Such a phrase is that part's, as a hedge or a modal verb there is."""
    if cue[0] < trigger[1]:
        return False
    if any(c[0] <= cue[0] and cue[1] <= c[1] for c in claim_parts):
        return True
    return _in_later_subordinate(cue, trigger, other_triggers, tokens, lexicon)


def _rejection_colon(cues: ModalityCues, sentence_start: int, trigger: Span) -> int | None:
    """The offset of the last statement colon before the trigger when a negator or a denial stands
    before it in the sentence ("Do not believe the rumours: A remains under Ukrainian control"): the
    words before it reject something, and what the colon opens is the speaker's own statement, which
    a hedge among the rejected words ("rumours", "чутки") does not doubt. None otherwise."""
    colons = [c for c in cues.statement_colons if sentence_start <= c[0] and c[1] <= trigger[0]]
    if not colons:
        return None
    colon = colons[-1][0]
    rejecting = [n for n in cues.negation + cues.denial if sentence_start <= n[0] and n[1] <= colon]
    return colon if rejecting else None


def _said_impossible(
    cues: ModalityCues, trigger: Span, sentence: Span, other_triggers: Sequence[Span]
) -> bool:
    """A word of impossibility after the trigger in its sentence, with no other event word between
    ("Эвакуация оставшихся жителей, по словам властей, сейчас практически невозможна"): the event
    cannot happen, so the claim is negated. One inside a hedge ("impossible to verify") is the hedge."""
    return any(
        trigger[1] <= start
        and end <= sentence[1]
        and not _inside_any((start, end), cues.hedge)
        and not any(trigger[1] <= o[0] < start for o in other_triggers)
        for start, end in cues.impossible
    )


def _inside_any(span: Span, outer: list[Span]) -> bool:
    """``span`` lies inside one of ``outer``."""
    return any(o[0] <= span[0] and span[1] <= o[1] for o in outer)


#: At least this many words after the complementizer make it open a clause ("denied that the village
#: had been lost"), not point back ("denied that claim").
COMPLEMENT_MIN_WORDS = 3


@lru_cache(maxsize=32)
def _key_pattern(lang: str, raw: str) -> re.Pattern[str]:
    """A claims.yaml regex key (``complementizers``, ``subordinators``), compiled once per language."""
    return re.compile(raw, re.IGNORECASE)


def _opens_complement(cue: Span, tokens: list[Token], sentence: Span, lexicon: Lexicon) -> bool:
    """The word after ``cue`` (a verb of denying) is a complementizer (claims.yaml key
    ``complementizers``: "that", "dass", "що", "что") followed by a clause: what is denied is said
    there, after the cue."""
    raw = lexicon.extra.get("complementizers")
    if not raw:
        return False
    index = bisect.bisect_left(tokens, cue[1], key=lambda t: t.start)
    words = [
        t
        for t in tokens[index : index + COMPLEMENT_MIN_WORDS + 2]
        if t.end <= sentence[1] and t.text[:1].isalnum()
    ]
    if len(words) <= COMPLEMENT_MIN_WORDS:
        return False
    return _key_pattern(lexicon.lang, str(raw)).fullmatch(words[0].text) is not None


def _in_later_subordinate(
    cue: Span, trigger: Span, other_triggers: Sequence[Span], tokens: list[Token], lexicon: Lexicon
) -> bool:
    """``cue`` stands after the trigger in a subordinate clause of its own ("ordered the evacuation of
    A, as Russian forces reportedly pushed to B": the doubt is about the push, not the evacuation): a
    subordinator (claims.yaml key ``subordinators``) lies between the trigger and the cue, and no
    other event word of the sentence stands between the trigger and that subordinator (the clause
    would be that word's)."""
    if cue[0] < trigger[1]:
        return False
    raw = lexicon.extra.get("subordinators")
    if not raw:
        return False
    pattern = _key_pattern(lexicon.lang, str(raw))
    first, _ = _token_index_range(tokens, trigger[1], cue[0])
    for token in tokens[first:]:
        if token.start >= cue[0]:
            return False
        if pattern.fullmatch(token.text) is not None:
            return not any(trigger[1] <= o[0] < token.start for o in other_triggers)
    return False


def negated_condition(
    cues: ModalityCues,
    sentence_span: Span,
    clause_span: Span,
    trigger_span: Span,
    tokens: list[Token],
    lexicon: Lexicon,
    other_triggers: Sequence[Span] = (),
) -> bool:
    """The trigger stands negated in a condition ("if the command does not bring up reserves, ...",
    "Если резервы не подойдут, ...", "Sollten die Reserven nicht eintreffen, ..."): what the condition
    supposes is that the event does not happen, so the report claims it in no modality. A condition
    cue starts in the trigger's clause before the trigger, and a plain negator stands next to it."""
    if not any(clause_span[0] <= c[0] < trigger_span[0] for c in cues.conditional):
        return False
    negators = [
        n for n in cues.negation if not _inside_any(n, cues.hedge) and not _inside_any(n, cues.non_negations)
    ]
    return _near_own(negators, trigger_span, tokens, sentence_span, lexicon.negation_window, other_triggers)


#: Tokens before the trigger that the optional claims.yaml key ``attributive_background`` sees (an
#: article or preposition and a "von Russland" agent before the participle).
ATTRIBUTIVE_LOOKBACK = 4


def _key_matches_words_before(
    trigger: Span, tokens: list[Token], lexicon: Lexicon, key: str, lookback: int, *, whole_trigger: bool
) -> bool:
    """The optional claims.yaml regex ``key`` matches the ``lookback`` words before the trigger and
    the trigger's words (all of them, or only its first when not ``whole_trigger``), joined by spaces."""
    raw = lexicon.extra.get(key)
    if not raw:
        return False
    first, last = _token_index_range(tokens, trigger[0], trigger[1])
    if first >= last:
        return False
    end = last if whole_trigger else first + 1
    words = " ".join(t.text for t in tokens[max(0, first - lookback) : end])
    return _key_pattern(lexicon.lang, str(raw)).search(words) is not None


def _attributive_background(trigger: Span, tokens: list[Token], lexicon: Lexicon) -> bool:
    """The trigger is a participle in an attribute ("der von Russland annektierten Krim", "in
    Russian-occupied Melitopol"): the optional claims.yaml key ``attributive_background`` is a regex
    that must match at the end of the trigger's words and the few words before it."""
    return _key_matches_words_before(
        trigger, tokens, lexicon, "attributive_background", ATTRIBUTIVE_LOOKBACK, whole_trigger=True
    )


#: Tokens before the trigger that the optional claims.yaml key ``presupposed_means`` sees (a
#: preposition, a determiner and up to two attributes: "mit den nächtlichen Drohnenangriffen").
MEANS_LOOKBACK = 4


def _presupposed_means(trigger: Span, tokens: list[Token], lexicon: Lexicon) -> bool:
    """The trigger is an event noun named as the means of an aim ("mit den Drohnenangriffen auf A ...
    auslösen zu wollen", "with its attacks on A"): a definite or possessive noun phrase after a
    preposition of means refers to acts already done, so a modal or a time frame of the clause
    predicts the aim, not them. The optional claims.yaml key ``presupposed_means`` is a regex that must
    match at the end of the trigger's first word and the few words before it."""
    return _key_matches_words_before(
        trigger, tokens, lexicon, "presupposed_means", MEANS_LOOKBACK, whole_trigger=False
    )


def _denies_earlier_part(
    denial: Span, trigger: Span, foreign_clauses: Sequence[Span], other_triggers: Sequence[Span]
) -> bool:
    """A denial before the trigger inside an earlier part of the sentence that tells an event of its own
    before the denial ("Der Vorstoß sei gescheitert, die Angreifer hätten sich zurückgezogen", "the
    assault failed, and the attackers fell back"): it is that event's failure (precision r12); the
    part with the trigger states what followed."""
    if denial[1] > trigger[0]:
        return False
    return any(
        c[0] <= denial[0]
        and denial[1] <= c[1]
        and c[1] <= trigger[0]
        and any(c[0] <= o[0] and o[1] <= denial[0] for o in other_triggers)
        for c in foreign_clauses
    )


def _denies_later_part(
    denial: Span, trigger: Span, later_parts: Sequence[Span], other_triggers: Sequence[Span]
) -> bool:
    """A denial after the trigger that follows a later part of the sentence telling an event of its
    own ("Die Stadt stehe unter Kontrolle der ukrainischen Armee, alle Versuche der Russen, sie
    einzunehmen, seien gescheitert", "A remains under Ukrainian control, all attempts to take it
    failed"): the failure is that event's, and the part with the trigger is asserted (scope r12, the
    mirror of ``_denies_earlier_part``). The part starts after the trigger and holds the other event
    word before the denial."""
    if denial[0] < trigger[1]:
        return False
    return any(
        trigger[1] <= c[0] <= denial[0]
        and any(c[0] <= o[0] and o[1] <= denial[0] and o[0] >= trigger[1] for o in other_triggers)
        for c in later_parts
    )


def _ends_in_clause(cue: Span, clause: Span, sentence_start: int) -> bool:
    """A prediction cue counts in the clause it ends in: most lie inside one clause, and one that
    reaches over a comma ("ordnete an, das Werk abzuriegeln": an order and the infinitive that says
    what is to come) is about the clause where it ends, not the one where it starts."""
    return sentence_start <= cue[0] and clause[0] < cue[1] <= clause[1]


def _denied(
    denials: list[Span],
    trigger: Span,
    sentence: Span,
    speech_cues: Sequence[Span],
    statement_colons: Sequence[Span] = (),
) -> bool:
    """A denial cue of the sentence with no other verb of saying and no statement colon between it
    and a later trigger: "Kyiv called the report a lie: A remains under Ukrainian control" denies the
    report and asserts the holding ("Генштаб спростував це: місто під контролем ЗСУ")."""
    for start, end in denials:
        if not (sentence[0] <= start and end <= sentence[1]):
            continue
        if end <= trigger[0] and _any_within(list(statement_colons), end, trigger[0]):
            continue
        if end <= trigger[0] and any(
            end <= c_start and c_end <= trigger[0] and not (c_start < end and start < c_end)
            for c_start, c_end in speech_cues
        ):
            continue
        return True
    return False


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


def _near_own(
    cues: list[Span],
    trigger: Span,
    tokens: list[Token],
    sentence: Span,
    window: tuple[int, int],
    other_triggers: Sequence[Span],
) -> bool:
    """A cue (a negator, a threat word) within ``window`` of the trigger with no other event word
    between them: "угрозы окружения войска выведены" -- the threat is the encirclement's. A cue inside
    another event's words is that event's ("Soledar sei nicht gefallen, die Kämpfe gingen weiter":
    the "nicht" of "sei nicht gefallen" does not negate the fighting)."""
    for start, end in cues:
        if any(o[0] <= start and end <= o[1] for o in other_triggers if o != trigger):
            continue
        if not _negated_near([(start, end)], trigger, tokens, sentence[0], sentence[1], window):
            continue
        low, high = (end, trigger[0]) if end <= trigger[0] else (trigger[1], start)
        if not any(low <= o[0] and o[1] <= high for o in other_triggers if o != trigger):
            return True
    return False


@lru_cache(maxsize=8)
def _morph_analyzer(lang: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=100_000)
def _tenses(lang: str, word: str) -> frozenset[str]:
    """The tenses any reading of a verb form can have ("атакуют": present and future)."""
    found: set[str] = set()
    for parse in _morph_analyzer(lang).parse(word.lower()):
        if "VERB" in parse.tag.grammemes:
            found |= parse.tag.grammemes & TENSES
    return frozenset(found)


#: pymorphy3 tense grammemes.
TENSES = frozenset({"pres", "past", "futr"})
#: Grammemes of a finite verb in pymorphy3 (the first reading).
FINITE_VERB = "VERB"


def _future_trigger(
    trigger: Span,
    clause: Span,
    tokens: list[Token],
    lexicon: Lexicon,
    other_verbs: list[Span] | None = None,
    parentheticals: list[Span] | None = None,
) -> bool:
    """The trigger verb is a future in every reading; a trigger without a verb (an event noun)
    stands in a clause whose finite verbs are all futures. A negated verb that is not the event's
    (``other_verbs``: "на темпи наступу це не вплине") dates that verb, not the event."""
    future = lexicon.future_grammeme
    if not future:
        return False
    first, last = _token_index_range(tokens, trigger[0], trigger[1])
    c_first, c_last = _token_index_range(tokens, clause[0], clause[1])
    # A capitalised word inside the clause is a name ("Агенти «Атеш» підпалили"), whatever the
    # lemmatiser reads into it; only the clause's first word may be a capitalised verb. (By index: the
    # names are the capitalised tokens from c_first + 1 to c_last, no set of them is built per draft.)
    names_from = c_first + 1
    verbs = [
        t
        for index, t in enumerate(tokens[first:last], first)
        if (FINITE_VERB in t.grammemes or future in t.grammemes)
        and not (names_from <= index < c_last and t.text[:1].isupper())
    ]
    if verbs:
        return any(future in t.grammemes and "pres" not in _tenses(lexicon.lang, t.text) for t in verbs)
    clause_tenses = [
        _tenses(lexicon.lang, t.text)
        for index, t in enumerate(tokens[c_first:c_last], c_first)
        if FINITE_VERB in t.grammemes
        and not (index > c_first and t.text[:1].isupper())
        and not _inside_any((t.start, t.end), other_verbs or [])
    ]
    clause_tenses = [tenses for tenses in clause_tenses if tenses]
    if not clause_tenses and parentheticals:
        # russian r13: a subject noun whose verb stands after a parenthetical in commas ("Удары по A,
        # вероятно, продолжатся", "Наступление на B, по оценке института, начнётся позже") takes the
        # tense of that verb.
        predicate = _predicate_after_parenthetical(tokens, clause[1], parentheticals)
        return predicate is not None and _tenses(lexicon.lang, predicate.text) == {future}
    return bool(clause_tenses) and all(tenses == {future} for tenses in clause_tenses)


def _predicate_after_parenthetical(
    tokens: list[Token], clause_end: int, parentheticals: list[Span]
) -> Token | None:
    """The finite verb right after a parenthetical (claims.yaml regex ``parenthetical``) that opens at
    ``clause_end``; one adverb may stand before the verb ("позже начнётся")."""
    after = next((p[1] for p in parentheticals if p[0] <= clause_end <= p[0] + 1), None)
    if after is None:
        return None
    index = bisect.bisect_left(tokens, after, key=lambda t: t.start)
    for token in tokens[index : index + 2]:
        if FINITE_VERB in token.grammemes:
            return token
        if "ADVB" not in token.grammemes:
            return None
    return None
