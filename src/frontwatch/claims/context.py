"""What every claim rule works on: the per-report ``_Context``, the claim ``_Draft``, and helpers.

``_Context`` holds what is computed once per report (tokens, sentences, cue spans, speakers, side
words, the outlet's voice; ``extract._build_context`` builds it); ``_Draft`` is a claim while the
rules still decide its parts. Also here: span lookups, the sides, the gazetteer id conventions the
rules share, and the optional claims.yaml keys that ``lexicon.py`` does not know (compiled once per
language). Last, the tests ``extract._sentence_drafts`` uses to leave out what is no claim: a question
(``_asks``), event words that name a unit or label an event told before (``_drop_not_events``), a
move without place, side or figure (``_unanchored``), holding on without a place
(``_figurative_hold``), and a fire word that is part of the longer words of another act
(``_fire_in_longer_phrase``); ``_fire_damage_as_strike``, which types damage done by fire as a strike,
``_fire_on_route``, which makes fire on a road a supply-line claim, and ``_attributive_change``, which
makes an attributive "occupied A" a holding.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from frontwatch.claims import german
from frontwatch.claims.lexicon import CueList, Lexicon, PatternGate, Token, compile_cues, compile_regex
from frontwatch.claims.modality import ModalityCues, _attributive_background
from frontwatch.claims.sentences import Sentence
from frontwatch.claims.sources import ReportGenre, SourceMention, SourceRegistry
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
    # Answers of the rules' per-mention tests (``placing._is_region_named``, ``_is_listed_origin``),
    # by (test, what of the mention it reads): every hit of a sentence asks them about the same
    # mentions again, and the answer depends only on the report text and the mention.
    mention_tests: dict[tuple[object, ...], bool] = field(default_factory=dict)
    #: The genre the report's head names ("Russian Offensive Campaign Update"): asked by every claim in
    #: the outlet's voice (``speakers._evidence_kind``), so found once with the report.
    head_genre: ReportGenre | None = None
    # Spans found by a rule's search of a stretch of the text (``placing._anaphors``), by (rule,
    # start, end): asked again for the same clause by each hit of the sentence.
    span_searches: dict[tuple[object, ...], list[Span]] = field(default_factory=dict)
    # Speed indexes built with the context (``extract._build_context``), so that a sentence looks
    # only at its own slice instead of every mention and every event type's spans:
    # the start offsets of ``mentions`` (same order), for bisecting a sentence's mentions;
    mention_starts: list[int] = field(default_factory=list)
    # every event span of ``events`` as (start, end, rank of its type in ``events``), sorted.
    event_spans: list[tuple[int, int, int]] = field(default_factory=list)


def _spans_in(spans: list[Span], start: int, end: int) -> list[Span]:
    # Both ends bisected: the rules ask this some 150 times per report, and a loop over the tail of a
    # report's spans cost more than the second bisection.
    low = bisect.bisect_left(spans, (start, -1))
    high = bisect.bisect_left(spans, (end, -1), low)
    return [span for span in spans[low:high] if span[1] <= end]


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


def _report_cues(context: _Context, key: str) -> list[Span]:
    """The spans of the optional cue-list key ``key`` of claims.yaml in the whole report, found once
    per report (kept in ``context.memo`` under the key's name)."""
    cached = context.memo.get(key)
    if cached is None:
        cached = (_extra_cues(context.lexicon, key).find(context.text, context.tokens), [])
        context.memo[key] = cached
    return cached[0]


_EXTRA_REGEXES: dict[tuple[str, str, str], re.Pattern[str] | None] = {}


def _extra_regex(lexicon: Lexicon, key: str, subkey: str = "") -> re.Pattern[str] | None:
    """An optional regex key of claims.yaml that ``lexicon.py`` does not know (yet), or one entry of a
    mapping key (``hit_on_side: {RU: ...}``); None if absent. The value may be a cue-list entry shared
    through a YAML anchor ("re:..."; ``casualty_strike``)."""
    cache_key = (lexicon.lang, key, subkey)
    try:
        return _EXTRA_REGEXES[cache_key]  # one look-up: asked some 170 times per report
    except KeyError:
        raw = lexicon.extra.get(key)
        if subkey:
            raw = raw.get(subkey) if isinstance(raw, dict) else None
        text = str(raw).removeprefix("re:") if raw else ""
        _EXTRA_REGEXES[cache_key] = compiled = compile_regex(text) if text else None
        return compiled


# by the pattern itself (equal for equal source and flags), so a reloaded lexicon's gets its own gate
_EXTRA_REGEX_GATES: dict[re.Pattern[str], PatternGate] = {}


def _regex_gate(pattern: re.Pattern[str]) -> PatternGate:
    """The literal gate of one regex: a text without a literal that every match needs cannot hold a
    match (``PatternGate``). Asked about a sentence's own ``text`` object, the gates share one literal
    pass per sentence with the other gates of the extractor (``lexicon._gate_literals_in``)."""
    gate = _EXTRA_REGEX_GATES.get(pattern)
    if gate is None:
        gate = _EXTRA_REGEX_GATES[pattern] = PatternGate([pattern.pattern], pattern.flags)
    return gate


def _extra_regex_spans(context: _Context, key: str, start: int, end: int) -> list[Span]:
    """The spans of ``_extra_regex(context.lexicon, key).finditer(context.text, start, end)``, found
    once per stretch (``context.span_searches``: every draft of a sentence asks about the same one),
    and only when the literals every match needs occur in the stretch (``PatternGate``; a match lies
    inside the stretch, and lookarounds, which may see past it, need no literal). Empty if absent."""
    search_key = ("extra_regex", key, start, end)
    known = context.span_searches.get(search_key)
    if known is None:
        pattern = _extra_regex(context.lexicon, key)
        known = []
        if pattern is not None and _regex_gate(pattern).may_match_any(context.text[start:end]):
            known = [match.span() for match in pattern.finditer(context.text, start, end)]
        context.span_searches[search_key] = known
    return known


def _has_place(draft: _Draft) -> bool:
    return draft.place is not None or bool(draft.places_to)


def _place_key(mention: PlaceMention | None) -> str:
    if mention is None:
        return ""
    return mention.place_id or f"text:{mention.text.casefold()}"


#: Types whose claim says something checkable only with a place, an actor or a figure: a move or a
#: political act is someone's ("the side that advances / leaves / acts", docs/annotation.md), so one
#: with none of them ("the pace of the offensive slowed", "the defence entered its hardest phase") is
#: commentary, not a claim of the situation picture. Strikes and evacuations are not here: the
#: guidelines keep them agentless ("positions were shelled", "the evacuation continues").
NEEDS_PLACE_OR_SIDE: frozenset[str] = frozenset({"advance", "withdrawal", "political"})


def _unanchored(draft: _Draft) -> bool:
    """A draft of a ``NEEDS_PLACE_OR_SIDE`` type with no place, no objective, no actor side and no
    figure ("about 12,000 troops were withdrawn across the river" is a checkable figure)."""
    return (
        draft.event_type in NEEDS_PLACE_OR_SIDE
        and draft.actor_side is None
        and not draft.quantities
        and not _has_place(draft)
    )


def _supply_commentary(context: _Context, draft: _Draft, sentence: Sentence) -> bool:
    """A supply claim that names no place and no side in a sentence that names no place at all ("The
    main problem is logistics", "Gefährlich ist der Keil vor allem für die Logistik", "Головна
    проблема — логістика"): a line is acted on by a side or is some side's, at a hub or a point on
    the map; with none of them the sentence comments on the war. A sentence that names a place the
    rules could not attach ("the road to A has become a kill zone") still reports a line."""
    if draft.event_type != "supply_line" or draft.actor_side is not None or _has_place(draft):
        return False
    first = bisect.bisect_left(context.mention_starts, sentence.start)
    return first >= len(context.mention_starts) or context.mention_starts[first] >= sentence.end


def _figurative_hold(context: _Context, draft: _Draft) -> bool:
    """A holding told by a verb of endurance with no object ("Тримаємося!", "Держимся", "we are
    holding on", "a city that holds on by drones") and no place found for it: morale, not a place held.
    Words: optional claims.yaml regex ``figurative_hold``, matched at the start of the trigger. With a
    place ("the defenders of A are holding on") the claim stays, unless the place is only addressed
    ("Держимся, Николаев!", "Hold on, Kharkiv!": a cheer to the town, ``_addressed_place``) or the verb
    keeps people away from it ("держаться подальше от аэродрома", "триматися подалі від", optional
    claims.yaml regex ``keep_away`` matched right after the trigger)."""
    if draft.event_type != "control_held":
        return False
    pattern = _extra_regex(context.lexicon, "figurative_hold")
    if pattern is None or pattern.match(context.text, draft.trigger[0]) is None:
        return False
    if not _has_place(draft):
        return True
    away = _extra_regex(context.lexicon, "keep_away")
    if away is not None and away.match(context.text, draft.trigger[1]) is not None:
        return True
    return _addressed_place(context, draft)


#: Between a verb of endurance and the town it cheers: a comma only ("Держимся, Николаев!").
_ADDRESS_COMMA = re.compile(r"\s*,\s*")
#: After an address: the end of the sentence, maybe with exclamation marks and emoji.
_ADDRESS_END = re.compile(r"[\s!.…]*[^\w\s]*\s*")


def _addressed_place(context: _Context, draft: _Draft) -> bool:
    """True when the sentence is only the verb and the place, set off by a comma in either order,
    ending the sentence: the place is addressed, not said to be held."""
    if draft.place is None:
        return False
    sentence = context.sentences[draft.sentence_index]
    start, end = draft.trigger
    place = draft.place
    if place.start >= end:
        between, after = (end, place.start), place.end
    else:
        between, after = (place.end, start), end
    text = context.text
    return (
        _ADDRESS_COMMA.fullmatch(text, between[0], between[1]) is not None
        and _ADDRESS_END.fullmatch(text, after, sentence.end) is not None
    )


def _fire_damage_as_strike(
    context: _Context, sentence: Sentence, hits: list[tuple[str, Span]]
) -> list[tuple[str, Span]]:
    """Fighting hits that end inside a match of the optional claims.yaml regex ``fire_damage`` become
    strikes: "damage was inflicted" is combat when units inflict it on units ("подразделения нанесли
    поражение формированиям"), but fire when aircraft, missiles, drones or artillery inflict it
    ("авиацией и ракетными войсками нанесено поражение пунктам дислокации"); the regex names the
    weapon and the damage formula together."""
    if not any(etype == "fighting" for etype, _ in hits):
        return hits
    pattern = _extra_regex(context.lexicon, "fire_damage")
    if pattern is None:
        return hits
    matches = [(m.start(), m.end()) for m in pattern.finditer(context.text, sentence.start, sentence.end)]
    if not matches:
        return hits
    return [
        ("strike" if etype == "fighting" and any(s < span[1] <= e for s, e in matches) else etype, span)
        for etype, span in hits
    ]


#: Quotes, dashes and bullets that may open a question before its first word.
QUESTION_OPENING_STRIP = " \t\n\"'«„“—–-•"


def _asks(lexicon: Lexicon, sentence_text: str) -> bool:
    """A question opened by an interrogative word ("Who controls the city?", "Wie werden die Truppen
    versorgt?", "Хто контролює місто?") asks and asserts nothing; a question without one ("Izyum
    next?") names what is expected and stays a prediction. Words: optional claims.yaml key
    ``question_words`` (a regex matched at the start of the sentence)."""
    opening = sentence_text.lstrip(QUESTION_OPENING_STRIP)
    label = _extra_regex(lexicon, "fact_check_label")
    labelled = label.match(opening) if label is not None else None
    if labelled is not None:
        opening = opening[labelled.end() :].lstrip(QUESTION_OPENING_STRIP)
    if not sentence_text.rstrip().endswith("?") and labelled is None:
        return False
    pattern = _extra_regex(lexicon, "question_words")
    if pattern is not None and pattern.match(opening) is not None:
        return True
    # A yes/no question whether something happened ("Did a Ukrainian missile destroy ...?", "Взяла ли
    # армия А?", "Чи звільнили А?"), or one under a fact-check label even without its "?"
    # ("Проверка: взяла ли армия А"), asks whether a claim is true and asserts nothing (gold/README.md,
    # round-8 audit rule 1); a question without an interrogative opener ("Izyum next??") names what is
    # expected and stays a prediction. Words: optional claims.yaml regex ``yes_no_question``.
    yes_no = _extra_regex(lexicon, "yes_no_question")
    return yes_no is not None and yes_no.match(opening) is not None


def _drop_not_events(
    context: _Context,
    sentence: Sentence,
    hits: list[tuple[str, Span]],
    key: str,
    event_types: frozenset[str] | None = None,
) -> list[tuple[str, Span]]:
    """Hits without the event words that end inside a match of the optional claims.yaml regex ``key``:
    words that use an event word for something that is no happening of its own. ``unit_modifiers``:
    an attribute of a unit noun names the kind of unit ("Russian assault teams entered the district",
    "диверсійні групи противника"; the verb carries the event). ``naming_clause``: a relative clause
    in which someone labels what was just told ("..., was Kyjiw als Deportation bezeichnet", "що в
    Україні називають депортацією"; the event is the one told before it). ``materiel_supply``: weapons
    supplied to a country, an arms delivery and no supply line. ``casualty_figure``: a troop figure
    that counts losses or prisoners, no force estimate. With ``event_types`` only hits of those types
    are dropped."""
    if not hits or (event_types is not None and not any(etype in event_types for etype, _ in hits)):
        return hits  # no hit that the key could drop: the sentence need not be searched
    pattern = _extra_regex(context.lexicon, key)
    if pattern is None:
        return hits
    # A match may name the unit noun (group ``unit``): only an event word ending before it is its
    # attribute ("штурмовые группы"); one that takes the unit in ("направлена штурмовая бригада",
    # "знешкодили диверсійно-розвідувальну групу") is still an event.
    if not _regex_gate(pattern).may_match_any(sentence.text):
        return hits  # (a match lies inside the sentence, and the sentence's text is that stretch)
    named_unit = "unit" in pattern.groupindex
    matches = [
        (m.start(), m.start("unit") if named_unit and m.start("unit") >= 0 else m.end())
        for m in pattern.finditer(context.text, sentence.start, sentence.end)
    ]
    if not matches:
        return hits
    return [
        (etype, span)
        for etype, span in hits
        if (event_types is not None and etype not in event_types)
        or not any(m[0] < span[1] <= m[1] for m in matches)
    ]


#: Outcomes that an aim does not bring about: "in an effort to encircle the grouping", "задача —
#: взять город в клещи и перерезать дорогу", "мета — перерізати трасу" claim no encirclement and no
#: cut line yet, only one to come (docs/annotation.md: a threat of encirclement is predicted; the
#: gold marks such aims predicted). An aimed advance or breakthrough is a move under way (asserted),
#: so moves are not here.
AIMED_OUTCOMES: frozenset[str] = frozenset({"encirclement", "supply_line"})
#: Characters before the trigger in which the optional claims.yaml regex ``aim_before`` must end.
AIM_LOOKBACK = 70


def _words_before_trigger(
    context: _Context,
    key: str,
    sentence: Sentence,
    draft: _Draft,
    lookback: int,
    *,
    through_trigger: bool = False,
    across_infinitive: bool = False,
) -> bool:
    """The optional claims.yaml regex ``key`` matches in the sentence from ``lookback`` characters
    before the draft's trigger up to the trigger (or through it, ``through_trigger``): the words
    that frame an event ("in an effort to", "during", "will attempt to") stand right before it.
    ``across_infinitive``: for a trigger in a verb-final infinitive clause it is also enough that a
    match governs that clause, ending its main clause at the comma (``_infinitive_governor``)."""
    pattern = _extra_regex(context.lexicon, key)
    if pattern is None:
        return False
    start = max(sentence.start, draft.trigger[0] - lookback)
    end = draft.trigger[1] if through_trigger else draft.trigger[0]
    if pattern.search(context.text, start, end) is not None:
        return True
    # the costlier test second: a word of trying that governs the trigger's zu-infinitive clause
    return across_infinitive and _infinitive_governor(context, pattern, sentence, draft) is not None


#: Characters before the comma opening an infinitive clause in which the word governing it must start
#: ("Seit Tagen versuchen russische Sturmtruppen, A einzukesseln": the subject may follow the verb).
GOVERNOR_LOOKBACK = 60


def _infinitive_governor(
    context: _Context,
    pattern: re.Pattern[str],
    sentence: Sentence,
    draft: _Draft,
    others: list[_Draft] | None = None,
) -> Span | None:
    """The last match of ``pattern`` (a word of trying) in the main clause that ends at the comma
    opening the draft's verb-final infinitive clause (``_infinitive_opening``), with no clause end,
    comma or event word of ``others`` between it and that comma; None otherwise."""
    opening = _infinitive_opening(context, sentence, draft)
    if opening is None:
        return None
    text = context.text
    matches = list(pattern.finditer(text, max(sentence.start, opening - GOVERNOR_LOOKBACK), opening))
    if not matches:
        return None
    governor = matches[-1]
    gap = text[governor.end() : opening]
    if _ATTEMPT_GAP_BREAK.search(gap) or "," in gap:
        return None
    if any(governor.end() <= other.trigger[0] < opening for other in others or ()):
        return None
    return governor.span()


def _infinitive_opening(context: _Context, sentence: Sentence, draft: _Draft) -> int | None:
    """The comma opening the verb-final zu-infinitive clause of the draft's trigger ("versuchen, A
    von Norden her einzukreisen"; optional claims.yaml regex ``zu_infinitive``, claims/german.py),
    where the verb that governs the clause ends; None when the language has none or the trigger is
    in no such clause."""
    pattern = _extra_regex(context.lexicon, "zu_infinitive")
    if pattern is None:
        return None
    ends = german.clause_end_pattern(tuple(context.lexicon.extra.get("phrase_end_words") or ()))
    return german.infinitive_clause_opening(context.text, sentence.start, draft.trigger, pattern, ends)


def _aimed_outcome(context: _Context, draft: _Draft, sentence: Sentence) -> bool:
    """An asserted or hedged draft of an ``AIMED_OUTCOMES`` type whose trigger follows words of aiming
    (optional claims.yaml regex ``aim_before``, matched at the end of the text between the sentence
    start, at most ``AIM_LOOKBACK`` characters back, and the trigger), or an encirclement told as an
    attempt (claims.yaml regex ``attempt_words`` at most ``ATTEMPT_LOOKBACK`` characters before or
    in its trigger)."""
    if draft.event_type not in AIMED_OUTCOMES or draft.modality not in ("asserted", "hedged"):
        return False
    if draft.event_type == "encirclement" and _attempt_words_before(context, sentence, draft):
        # "ворог намагається обійти А з флангів", "trying to envelop A": an attempt asserts the threat
        # of an encirclement, not that A is surrounded (gold/README.md, round-6 audit item 8).
        return True
    return _words_before_trigger(context, "aim_before", sentence, draft, AIM_LOOKBACK)


#: Characters before a move word in which the optional claims.yaml regex ``means_before`` must end.
MEANS_LOOKBACK = 60


def _means_of_capture(context: _Context, draft: _Draft, drafts: list[_Draft], sentence: Sentence) -> bool:
    """An advance worded as the means of a capture that its sentence asserts ("в результате активных
    наступательных действий освободили А", "as a result of the offensive, units liberated A"): the
    capture is the claim; the move is how it was done, not a claim of its own. Words: optional
    claims.yaml regex ``means_before``, matched at the end of the text (at most ``MEANS_LOOKBACK``
    characters, inside the sentence) before the move word. Only a capture of the same modality
    counts: "troops advanced and might liberate A" keeps the advance."""
    if draft.event_type != "advance" or not any(
        other.event_type == "control_change" and other.modality == draft.modality for other in drafts
    ):
        return False
    return _words_before_trigger(context, "means_before", sentence, draft, MEANS_LOOKBACK)


#: Types whose word, governed by "during" ("під час відступу", "при отходе", "beim Rückzug"), only
#: dates another act of its sentence: "during the retreat the Russians blew up the bridge" claims the
#: demolition, "Під час евакуації російські війська обстрілювали Херсон" the strike.
DATING_TYPES: frozenset[str] = frozenset({"withdrawal", "evacuation", "advance"})
#: Characters before the move word in which the optional claims.yaml regex ``during_before`` must end.
DURING_LOOKBACK = 40
#: Characters after the move word within which a place it leaves ("beim Rückzug aus A") must start.
ORIGIN_GAP = 30


def _dating_phrase(context: _Context, draft: _Draft, drafts: list[_Draft], sentence: Sentence) -> bool:
    """A ``DATING_TYPES`` draft whose word follows "during" (optional claims.yaml regex
    ``during_before``, matched at the end of the text before the trigger) in a sentence with a draft
    of another type: that act is what the sentence claims. Alone ("during the retreat the army left
    much equipment behind"), or with a place it leaves right after it ("beim Rückzug aus A", by the
    optional claims.yaml regex ``origin_before``), the move stays a claim."""
    if draft.event_type not in DATING_TYPES or not any(
        other.event_type != draft.event_type and other.event_type not in DATING_TYPES for other in drafts
    ):
        return False
    if not _words_before_trigger(context, "during_before", sentence, draft, DURING_LOOKBACK):
        return False
    origin = _extra_regex(context.lexicon, "origin_before")
    first = bisect.bisect_left(context.mention_starts, draft.trigger[1])
    for mention in context.mentions[first:]:
        if mention.start > min(sentence.end, draft.trigger[1] + ORIGIN_GAP):
            break
        if origin is not None and origin.search(context.text, draft.trigger[1], mention.start) is not None:
            return False  # "beim Rückzug aus A": the move has a place of its own
    return True


#: Types that an attempted fighting word ("will attempt to encircle A") already claims: the fighting
#: draft on the same words is the same assertion and is dropped.
ATTEMPTED_ACTS: frozenset[str] = frozenset({"encirclement", "supply_line", "control_change"})
#: Characters before a fighting trigger in which the optional claims.yaml regex ``attempt_words``
#: may start ("will likely attempt to push": the trigger may or may not include the attempt).
ATTEMPT_LOOKBACK = 30


def _predicted_attempt(context: _Context, draft: _Draft, sentence: Sentence) -> bool:
    """A predicted fighting draft told as an attempt ("Russian forces will likely attempt to push
    toward A", "противник найближчим часом спробує атакувати А", "попытается продвинуться"): the
    attempt has not happened, so what the report expects is a move, a predicted advance (the gold
    has no predicted fighting worded so). Words: optional claims.yaml regex ``attempt_words``,
    searched from ``ATTEMPT_LOOKBACK`` characters before the trigger to its end."""
    if draft.event_type != "fighting" or draft.modality != "predicted":
        return False
    return _attempt_words_before(context, sentence, draft)


def _attempt_words_before(context: _Context, sentence: Sentence, draft: _Draft) -> bool:
    """Attempt words (optional claims.yaml regex ``attempt_words``) from ``ATTEMPT_LOOKBACK`` characters
    before the trigger to its end, or governing the zu-infinitive clause the trigger stands in."""
    return _words_before_trigger(
        context,
        "attempt_words",
        sentence,
        draft,
        ATTEMPT_LOOKBACK,
        through_trigger=True,
        across_infinitive=True,
    )


def _attempt_told_by_another_type(draft: _Draft, drafts: list[_Draft]) -> bool:
    """A predicted attempt whose words another draft of an ``ATTEMPTED_ACTS`` type shares ("will
    attempt to encircle the forces at A" is a predicted encirclement, not also a move)."""
    return any(
        other.event_type in ATTEMPTED_ACTS
        and other.trigger[0] < draft.trigger[1]
        and draft.trigger[0] < other.trigger[1]
        for other in drafts
    )


#: Characters before a place in which the optional claims.yaml regex ``origin_before`` must end.
ORIGIN_LOOKBACK = 40


def _attempt_as_advance(context: _Context, draft: _Draft) -> None:
    """Retype a ``_predicted_attempt`` draft as the advance it expects. A place after the trigger is
    the aim of the move ("will attempt to attack A from the south": A goes to ``places_to``), unless
    the words before it say the force moves from there ("attempt to push from the Toretsk area",
    optional claims.yaml regex ``origin_before``): that is where the force is, the claim's place."""
    draft.event_type = "advance"
    place = draft.place
    if place is None or place.start < draft.trigger[1]:
        return
    origin = _extra_regex(context.lexicon, "origin_before")
    window_start = max(draft.trigger[1], place.start - ORIGIN_LOOKBACK)
    if origin is not None and origin.search(context.text, window_start, place.start):
        return
    draft.places_to = [place, *[p for p in draft.places_to if p is not place]]
    draft.place = None


def _partial_holding(context: _Context, draft: _Draft) -> bool:
    """A control change told by a present verb of holding whose object is a part ("Russian forces now
    occupy most of the town", "росіяни вже контролюють більшу частину Торецька"): the report states
    who holds that part, a holding (the gold marks these control_held), not the moment it changed
    hands. Words: optional claims.yaml regex ``partial_hold``, matched at the start of the trigger."""
    if draft.event_type != "control_change":
        return False
    pattern = _extra_regex(context.lexicon, "partial_hold")
    return pattern is not None and pattern.match(context.text, draft.trigger[0]) is not None


#: Types told by a word of fire or combat, which other phrases often contain ("den Staudamm zerstört",
#: "die Straße liegt unter Drohnenbeschuss", "атаками FPV-дронів").
FIRE_TYPES: frozenset[str] = frozenset({"strike", "fighting"})
#: Characters before a fire word searched for the route it falls on ("the road from A to B is now
#: under constant drone fire").
ROUTE_LOOKBACK = 90


def _fire_in_longer_phrase(draft: _Draft, drafts: list[_Draft]) -> bool:
    """A ``FIRE_TYPES`` draft whose trigger lies inside the longer trigger of a draft of another type
    of its sentence: the fire word is part of the phrase that names that act ("der Staudamm wurde
    zerstört" is the demolition, "die Straße liegt unter Drohnenbeschuss" the supply line, "атаками
    FPV-дронів" the strike), the same assertion and no claim of its own."""
    if draft.event_type not in FIRE_TYPES:
        return False
    start, end = draft.trigger
    return any(
        other.event_type != draft.event_type
        and other.evidence == draft.evidence
        and other.trigger[0] <= start
        and end <= other.trigger[1]
        and other.trigger[1] - other.trigger[0] > end - start
        for other in drafts
    )


def _fire_on_route(context: _Context, drafts: list[_Draft], sentence: Sentence) -> list[_Draft]:
    """Fire that falls on a road, a railway or a supply route ("the road from A to B is under constant
    drone fire", "Дорога з А на Б перебуває під постійними атаками дронів", "die Versorgungsstraße
    liegt unter Beschuss") is said about the supply of the place it leads to: a supply-line claim by
    the side that fires (docs/annotation.md: "road cut, under fire control"), not a strike on the
    towns that name the road. Words: optional claims.yaml regex ``route_under_fire_before``, searched
    at the end of the text from ``ROUTE_LOOKBACK`` characters before the trigger (inside the sentence)
    up to the trigger. The sentence keeps one supply claim: a supply-line draft it has already, else
    the fire draft (a strike before a fight: a strike's side is the side that fires) becomes one."""
    pattern = _extra_regex(context.lexicon, "route_under_fire_before")
    if pattern is None:
        return drafts
    on_route = [
        d
        for d in drafts
        if d.event_type in FIRE_TYPES
        and pattern.search(context.text, max(sentence.start, d.trigger[0] - ROUTE_LOOKBACK), d.trigger[0])
        is not None
    ]
    if not on_route:
        return drafts
    if not any(d.event_type == "supply_line" for d in drafts):
        strikes = [d for d in on_route if d.event_type == "strike"] or on_route
        keep = strikes[0]
        for draft in strikes:
            if draft.trigger == keep.trigger:
                draft.event_type = "supply_line"
        on_route = [d for d in on_route if d.event_type != "supply_line"]
    dropped = {id(d) for d in on_route}
    return [d for d in drafts if id(d) not in dropped]


def _attributive_change(context: _Context, draft: _Draft) -> bool:
    """A control change whose word is a participle in an attribute ("an airfield in the occupied port
    city of A", "im russisch besetzten A"): the sentence presupposes who holds A, it does not tell A
    changing hands -- a holding (docs/annotation.md: "Russian-occupied" is ``control_held``). The
    attribute is recognised by the claims.yaml regex ``attributive_background`` (see
    ``modality._attributive_background``); a verb ("Russian forces occupied A", "A was occupied")
    stays a change."""
    return draft.event_type == "control_change" and _attributive_background(
        draft.trigger, context.tokens, context.lexicon
    )


#: Moves that an attempt word next to their word leaves open: "намагаються малими групами просочитися
#: в А", "versuchen seit Tagen, bei A überzusetzen", "A, das russische Truppen zu erobern versuchen".
#: An attempt whose outcome the text does not state is a fight there, not the move (gold/README.md,
#: round-6 audit item 4); a failed one is a negated advance (``denials._failed_attempt``), a future
#: one a predicted advance.
ATTEMPTED_MOVES: frozenset[str] = frozenset({"advance", "control_change"})
#: Characters before a move word within which an attempt word (claims.yaml regex ``attempt_words``)
#: must end: room for an adverb or a few words ("пытаются мелкими группами просочиться").
OPEN_ATTEMPT_GAP = 60
#: The one blank between a move word and an attempt word that follows it (German verb-final order:
#: "zu erobern versuchen", "einzunehmen versucht").
ATTEMPT_AFTER_GAP = 1
#: What may not stand between the attempt word and the move word: the end of a clause of its own.
_ATTEMPT_GAP_BREAK = re.compile(r"[.;:!?\n«»„“”\"]")


def _attempt_before(
    context: _Context, draft: _Draft, others: list[_Draft], sentence: Sentence
) -> Span | None:
    """The attempt word that opens the draft's move: the last ``attempt_words`` match ending at most
    ``OPEN_ATTEMPT_GAP`` characters before the trigger in its sentence, with no clause end, no other
    event word of the sentence and, after a comma, no side word (a new subject) between them; or one
    right after the trigger (verb-final order). Words: optional claims.yaml regex
    ``open_attempt_words`` (present and past forms only: a future attempt is still to come)."""
    pattern = _extra_regex(context.lexicon, "open_attempt_words")
    if pattern is None:
        return None
    text = context.text
    start, end = draft.trigger
    if text[end : end + ATTEMPT_AFTER_GAP].isspace():
        after = pattern.match(text, end + ATTEMPT_AFTER_GAP)
        if after is not None:
            return (after.start(), after.end())
    # German verb-final infinitive clause: the attempt word governs the comma that opens it, however
    # many words stand before the infinitive ("versuchen seit Wochen, das Dorf A von Norden und Süden
    # einzunehmen"; coordinated infinitives share it: "A einzukreisen und die Straße zu kappen").
    governor = _infinitive_governor(context, pattern, sentence, draft, others)
    if governor is not None:
        return governor
    matches = list(pattern.finditer(text, max(sentence.start, start - OPEN_ATTEMPT_GAP), start))
    if not matches:
        return None
    attempt = matches[-1]
    gap = text[attempt.end() : start]
    if _ATTEMPT_GAP_BREAK.search(gap) or gap.count(",") > 1:
        return None
    if any(attempt.end() <= o.trigger[0] < start for o in others if o.trigger != draft.trigger):
        return None
    comma = gap.find(",")
    if comma >= 0 and any(attempt.end() + comma < s < start for s, _, _ in context.sides):
        return None
    return (attempt.start(), attempt.end())


def _open_attempt(context: _Context, draft: _Draft, others: list[_Draft]) -> bool:
    """An asserted or hedged ``ATTEMPTED_MOVES`` draft opened by an attempt word
    (``_attempt_before``): its outcome the sentence leaves open (a stated failure made it negated, a
    future attempt predicted)."""
    if draft.event_type not in ATTEMPTED_MOVES or draft.modality not in ("asserted", "hedged"):
        return False
    sentence = context.sentences[draft.sentence_index]
    return _attempt_before(context, draft, others, sentence) is not None


def _attempted_cut(context: _Context, draft: _Draft, others: list[_Draft]) -> bool:
    """An asserted ``supply_line`` draft opened by an attempt word ("trying to cut the road to A",
    "намагаються перерізати трасу", "пытаются перерезать"), in a sentence that states no failure: the
    line is threatened, not cut, so the claim is ``predicted`` (gold/README.md, round-9 audit rule 1,
    as round-6 rule 8 reads attempts to encircle). The draft is changed in place."""
    if draft.event_type != "supply_line" or draft.modality != "asserted":
        return False
    sentence = context.sentences[draft.sentence_index]
    if _attempt_before(context, draft, others, sentence) is None:
        return False
    if _spans_in(_report_subcues(context, "failed_attempt", "failure"), sentence.start, sentence.end):
        return False
    draft.modality = "predicted"
    return True


#: Characters before an attempt word within which a failure word may stand as its adverb ("безуспешно
#: пытаются", "vainly tried"); a failure word after the attempt word counts anywhere in the sentence.
FAILURE_BEFORE_ATTEMPT_GAP = 25


def _failed_open_attempt(context: _Context, draft: _Draft, others: list[_Draft]) -> bool:
    """An ``ATTEMPTED_MOVES`` draft opened by an attempt word (``_attempt_before``) whose sentence
    says the attempt failed ("tried unsuccessfully to capture A", "безуспешно пытаются взять А",
    "versuchten vergeblich, A einzunehmen", "намагаються прорватися ..., але штурми захлинулися"): a
    failed attempt to advance, break through or win back ground is a negated advance of the attempting
    side (gold/README.md, round-4 audit item 4 and round-6 audit item 4), not an open fight and not a
    denied capture. The draft is retyped so; a capture of ground to be won back ("выбить ВСУ из А",
    ``_regain_word``) or a plain capture ("tried unsuccessfully to capture A") keeps its place and has no
    objective. Failure
    words: claims.yaml ``failed_attempt.failure``, after the attempt word in the sentence or right
    before it (``FAILURE_BEFORE_ATTEMPT_GAP``), and not inside another draft's event word."""
    if draft.modality == "conditional":
        return False
    sentence = context.sentences[draft.sentence_index]
    if draft.event_type in ATTEMPTED_MOVES:
        attempt = _attempt_before(context, draft, others, sentence)
    elif draft.event_type == "fighting" and not any(
        o.event_type in ATTEMPTED_MOVES
        and draft.trigger[0] <= o.trigger[0]
        and o.trigger[1] <= draft.trigger[1]
        for o in others
        if o is not draft
    ):
        # A fight whose words hold a move draft of their own ("attempted to retake" and "retake") is
        # the fight that repelled it; the move draft tells the failed attempt.
        attempt = _attempt_inside(context, draft)
    else:
        return False
    if attempt is None:
        return False
    failures = _spans_in(_report_subcues(context, "failed_attempt", "failure"), sentence.start, sentence.end)
    other_words = [o.trigger for o in others if o is not draft and o.trigger != draft.trigger]
    stated = any(
        (f_start >= attempt[0] or attempt[0] - f_end <= FAILURE_BEFORE_ATTEMPT_GAP)
        and not any(w[0] < f_end and f_start < w[1] and w[0] >= draft.trigger[1] for w in other_words)
        for f_start, f_end in failures
    )
    if not stated:
        return False
    if (
        draft.event_type == "fighting"
        and not _regain_word(context, draft)
        and _holds_capture_word(context, draft)
    ):
        # "безуспешно пытаются взять А": the attempted move is a capture, read as for a capture draft.
        draft.event_type = "control_change"
        draft.places_to = []
    if draft.event_type == "control_change":
        # A failed capture, plain ("versuchten erfolglos, A einzunehmen", "пытались взять А, но ...
        # отброшены") or of ground to be won back, is the negated advance at A, as the gold has it
        # (de-801, ru-702); a negated capture is left for a denial that A was taken.
        draft.places_to = []
    draft.event_type = "advance"
    draft.modality = "negated"
    draft.meta["failed_attempt"] = True
    return True


def _regain_word(context: _Context, draft: _Draft) -> bool:
    """The draft's event word wins back or dislodges ("retake", "выбить ... из", "вибити", "zurückerobern";
    optional claims.yaml list ``failed_attempt.regain``)."""
    words = _report_subcues(context, "failed_attempt", "regain")
    start, end = draft.trigger
    return any(w_start < end and start < w_end for w_start, w_end in words)


def _holds_capture_word(context: _Context, draft: _Draft) -> bool:
    """A capture word of the lexicon lies inside the draft's event word ("пытаются взять")."""
    start, end = draft.trigger
    return any(
        start <= w_start and w_end <= end for w_start, w_end in context.events.get("control_change", [])
    )


def _attempt_inside(context: _Context, draft: _Draft) -> Span | None:
    """The attempt word that opens a fighting trigger which names the attempted move with it
    ("пытаются взять", "намагаються захопити": the lexicon reads an open attempt to take a place as
    fighting), or None. Words: optional claims.yaml regex ``open_attempt_words``."""
    pattern = _extra_regex(context.lexicon, "open_attempt_words")
    if pattern is None:
        return None
    start, end = draft.trigger
    match = pattern.match(context.text, start, end)
    if match is None or match.end() >= end:
        return None
    return (match.start(), match.end())


def _attempt_as_fight(draft: _Draft) -> None:
    """Retype an ``_open_attempt`` draft as the fight it is, at the place the move was at
    ("намагаються зайти в А": the fight is at A). A fight has no objective: what the move aimed for
    ("намагаються вийти до траси на А") is not where the fighting is."""
    draft.event_type = "fighting"
    draft.places_to = []
    draft.meta["open_attempt"] = True


def _report_subcues(context: _Context, key: str, subkey: str) -> list[Span]:
    """The spans of one entry of an optional mapping key of claims.yaml (``failed_attempt: {failure:
    [...]}``) in the whole report, found once per report (kept in ``context.memo``)."""
    memo_key = f"{key}.{subkey}"
    cached = context.memo.get(memo_key)
    if cached is None:
        cached = (_extra_cues(context.lexicon, key, subkey).find(context.text, context.tokens), [])
        context.memo[memo_key] = cached
    return cached[0]


def _failure_negates_fight(context: _Context, draft: _Draft, same_sentence: list[_Draft]) -> bool:
    """A negated fighting draft whose sentence tells how an attack failed ("відбили сім атак, ворог
    намагався прорватися, але безуспішно", "attacked near A but failed to advance", "намагалися
    контратакувати, однак були відкинуті") and has no negator or denial besides its failure words:
    the failure is the attempt's (a negated advance, ``denials._failed_attempt``); the fight took
    place (gold/README.md, round-6 audit item 4: repelled attacks are asserted fighting; the dev gold
    has no fight negated by a failure word). Only where the sentence tells that failed attempt as a
    negated advance: "failed to capture A despite repeated assaults", "conducted unsuccessful ground
    assaults near A" keep the extractor's reading. Failure words: claims.yaml
    ``failed_attempt.failure``."""
    if (
        draft.event_type != "fighting"
        or draft.modality != "negated"
        or not any(o.event_type == "advance" and o.modality == "negated" for o in same_sentence)
    ):
        return False
    sentence = context.sentences[draft.sentence_index]
    failures = _spans_in(_report_subcues(context, "failed_attempt", "failure"), sentence.start, sentence.end)
    if not failures:
        return False
    cues = context.modality
    others = _spans_in(cues.negation, sentence.start, sentence.end) + _spans_in(
        cues.denial, sentence.start, sentence.end
    )
    return all(any(f[0] < o[1] and o[0] < f[1] for f in failures) for o in others)


def _failure_as_withdrawal(context: _Context, draft: _Draft, same_sentence: list[_Draft]) -> bool:
    """A withdrawal told by the very words that say an attempt to advance failed, in a sentence that
    claims that failed advance ("намагалися контратакувати, однак були відкинуті на вихідні позиції",
    "the assault was beaten back"): being thrown back is how the attempt ended, told by the negated
    advance; no retreat of its own. Failure words: claims.yaml ``failed_attempt.failure``."""
    if draft.event_type != "withdrawal" or not any(
        other.event_type == "advance" and other.modality == "negated" for other in same_sentence
    ):
        return False
    sentence = context.sentences[draft.sentence_index]
    failures = _spans_in(_report_subcues(context, "failed_attempt", "failure"), sentence.start, sentence.end)
    start, end = draft.trigger
    return any(f[0] < end and start < f[1] for f in failures)


#: Types whose draft before a thrown-back word tells the attack that was thrown back ("пытались взять
#: A, но были отброшены", "attacked A but were beaten back").
ATTACK_TYPES = frozenset({"advance", "fighting", "control_change"})


def _thrown_back_attack(context: _Context, draft: _Draft, same_sentence: list[_Draft]) -> bool:
    """A withdrawal told by a failure word ("отброшены", "откатились", "beaten back", "zurückgeworfen";
    claims.yaml ``failed_attempt.failure``) after an attack of the same force earlier in its sentence
    (an attempt word, or an advance, fight or capture draft whose side is not the other one): the
    attackers were stopped, which is a failed advance, not a retreat (gold/README.md "Round 8
    settlement" 5). When the sentence does not already tell that failed advance, the draft is
    retyped as it, negated, at its place; ``_failure_as_withdrawal`` drops it otherwise."""
    if draft.event_type != "withdrawal" or any(
        o.event_type == "advance" and o.modality == "negated" for o in same_sentence
    ):
        return False
    sentence = context.sentences[draft.sentence_index]
    start, end = draft.trigger
    failures = _spans_in(_report_subcues(context, "failed_attempt", "failure"), sentence.start, sentence.end)
    if not any(f[0] < end and start < f[1] for f in failures):
        return False
    attempts = _spans_in(_report_subcues(context, "failed_attempt", "attempt"), sentence.start, start)
    attacked = any(
        o is not draft
        and o.event_type in ATTACK_TYPES
        and o.trigger[1] <= start
        and (o.actor_side is None or draft.actor_side is None or o.actor_side == draft.actor_side)
        for o in same_sentence
    )
    if not attempts and not attacked:
        return False
    draft.event_type = "advance"
    draft.modality = "negated"
    draft.places_to = []
    draft.meta["thrown_back"] = True
    return True


#: Characters after a word of leaving within which the attempts it leaves may start ("полишають
#: спроб", "geben ihre Versuche ... auf", "abandoned their attempts").
ABANDONED_OBJECT_GAP = 12
_WORDS_ONLY = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+)*\s*")


def _abandoned_attempt(context: _Context, draft: _Draft) -> bool:
    """A withdrawal told by a verb of leaving whose object is an attempt ("не полишають спроб
    висадитися", "не оставляют попыток", "geben ihre Versuche nicht auf", "abandoned their attempts
    to cross"): someone gives up or keeps up trying, nobody leaves a place. The attempt word
    (claims.yaml ``open_attempt_words``) lies inside the trigger or at most ``ABANDONED_OBJECT_GAP``
    characters of plain words after it."""
    if draft.event_type != "withdrawal":
        return False
    pattern = _extra_regex(context.lexicon, "open_attempt_words")
    if pattern is None:
        return False
    start, end = draft.trigger
    sentence = context.sentences[draft.sentence_index]
    attempt = pattern.search(context.text, start, min(sentence.end, end + ABANDONED_OBJECT_GAP))
    if attempt is None:
        return False
    return attempt.start() < end or _WORDS_ONLY.fullmatch(context.text, end, attempt.start()) is not None


#: Characters after a word of holding within which what it holds is looked for ("тримають свої
#: позиції на околицях").
HELD_OBJECT_WINDOW = 40


def _hold_of_nothing_held(context: _Context, draft: _Draft) -> bool:
    """A holding with no place and no objective whose words hold no position ("темп держим", "Тримаємо
    кулаки за наших!", "Garnison war nicht zu halten", "надо удержать фланги"): a holding without a
    place is a claim of the front only when it names what is held, positions, lines or bridgeheads
    ("Our troops firmly hold their positions", gold/README.md keeps those with place null). Words:
    optional claims.yaml regex ``held_position_words``, searched in the trigger and up to
    ``HELD_OBJECT_WINDOW`` characters after it in its sentence; without the key nothing is dropped."""
    if draft.event_type != "control_held" or _has_place(draft):
        return False
    pattern = _extra_regex(context.lexicon, "held_position_words")
    if pattern is None:
        return False
    sentence = context.sentences[draft.sentence_index]
    start, end = draft.trigger
    return pattern.search(context.text, start, min(sentence.end, end + HELD_OBJECT_WINDOW)) is None


#: Types whose claim with neither place nor side checks nothing: a picture geolocated to nowhere and
#: showing nobody ("геолокация подтверждена", "satellite images show the roof") is mostly no claim.
#: Measured in round 8 on the 397 dev reports: without this filter 2 gold claims of that shape are
#: found and 3 spurious ones made, so it stays. Placeless agentless evacuations are not here: the
#: round-8 settlement (gold/README.md, rule 1) made them claims.
PLACE_OR_OWNER_TYPES: frozenset[str] = frozenset({"media_geolocated"})


def _unplaced_unowned(draft: _Draft) -> bool:
    """A ``PLACE_OR_OWNER_TYPES`` draft with no place, no objective, no side and no figure after every
    link to the sentences around it had its chance ("Кадры уже в сети, геолокация подтверждена")."""
    return (
        draft.event_type in PLACE_OR_OWNER_TYPES
        and draft.actor_side is None
        and not draft.quantities
        and not _has_place(draft)
    )


#: Characters before a trigger within which a word of a rejected alternative may end ("rather than
#: attempt to retake", "nicht als Umgruppierung").
ALTERNATIVE_LOOKBACK = 30
#: At most these words between the alternative word and the trigger, none of them punctuation.
_ALTERNATIVE_GAP = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+){0,3}")


def _rejected_alternative(context: _Context, draft: _Draft) -> bool:
    """A draft whose word is the alternative the sentence rejects ("assess the movements as a full
    withdrawal, not as a regrouping for a new attack", "will try to contain the incursion rather than
    attempt to retake the ground", "вместо наступления", "а не відступ"): what the sentence says did
    not happen is a description set aside, not a claim. Words: optional claims.yaml regex
    ``rejected_alternative_before``, ending at most three words before the trigger in its sentence."""
    pattern = _extra_regex(context.lexicon, "rejected_alternative_before")
    if pattern is None:
        return False
    sentence = context.sentences[draft.sentence_index]
    start = draft.trigger[0]
    for match in pattern.finditer(context.text, max(sentence.start, start - ALTERNATIVE_LOOKBACK), start):
        if _ALTERNATIVE_GAP.fullmatch(context.text, match.end(), start) is not None:
            return True
    return False


def _circumstance_withdrawal(context: _Context, draft: _Draft, same_sentence: list[_Draft]) -> bool:
    """A withdrawal told only by a participle that describes the actors of another act of its sentence
    ("the retreating troops blew up the bridge", "Відступаючі окупанти підірвали міст", "die
    abziehenden Russen sprengten die Brücke"): the retreat is a circumstance of that act, which is the
    claim (the dev gold labels such sentences with the act only). An adverbial participle
    ("Відступаючи на лівий берег, окупанти підірвали міст") tells the retreat itself and is not
    matched; a bare one inserted between commas, with nothing of the retreat but the word ("Окупанти,
    відходячи, підірвали греблю", "Противник, отступая, взорвал мост"), is a circumstance like "beim
    Rückzug" (gold/README.md, round-4 audit 6). Words: optional claims.yaml regex
    ``circumstance_participle``, matched at the start of the trigger."""
    if draft.event_type != "withdrawal" or not any(
        other.event_type not in ("withdrawal", "advance") for other in same_sentence
    ):
        return False
    if _bare_parenthetical(context, draft):
        return True
    pattern = _extra_regex(context.lexicon, "circumstance_participle")
    return pattern is not None and pattern.match(context.text, draft.trigger[0]) is not None


#: A single word set off by commas inside its sentence: the trigger is an inserted participle with no
#: complement ("Окупанти, відходячи, підірвали ..."). One that opens the sentence ("Відступаючи,
#: окупанти підірвали міст") is left to tell the retreat (tests/test_claims_precision_r7.py).
_BEFORE_PARENTHETICAL = re.compile(r",\s*$")
_AFTER_PARENTHETICAL = re.compile(r"\s*,")


def _bare_parenthetical(context: _Context, draft: _Draft) -> bool:
    """True when the trigger is one word between two commas of its sentence."""
    start, end = draft.trigger
    if any(ch.isspace() for ch in context.text[start:end].strip()):
        return False
    sentence = context.sentences[draft.sentence_index]
    before = context.text[sentence.start : start]
    return (
        _BEFORE_PARENTHETICAL.search(before) is not None
        and _AFTER_PARENTHETICAL.match(context.text, end) is not None
    )


_CLOCK_COLON = re.compile(r"(?<=\d):(?=\d)")
#: Characters around a withdrawal word searched for a vehicle that is its subject.
VEHICLE_WINDOW = 45


def _vehicle_departure(context: _Context, draft: _Draft) -> bool:
    """A withdrawal word whose subject is a passenger vehicle, next to it in its clause (optional
    claims.yaml regex ``departing_vehicles``): "buses leave the town hall every morning", "Евакуаційний
    автобус з А щодня відходить", "из А продолжают уходить эвакуационные поезда". A bus or a train
    leaving is how people are moved out, not a force leaving: the draft becomes an evacuation with no
    organiser (the clause names none; docs/annotation.md) and no destination (gold/README.md, round-9
    audit 4: the place is where people leave from)."""
    if draft.event_type != "withdrawal":
        return False
    pattern = _extra_regex(context.lexicon, "departing_vehicles")
    if pattern is None:
        return False
    sentence = context.sentences[draft.sentence_index]
    start, end = draft.trigger
    low, high = max(sentence.start, start - VEHICLE_WINDOW), min(sentence.end, end + VEHICLE_WINDOW)
    for match in pattern.finditer(context.text, low, high):
        if match.end() <= start:
            # The vehicle before the word, in its clause, with no side named between ("buses carrying
            # Russian troops left A" tells troops leaving).
            gap = _CLOCK_COLON.sub("", context.text[match.end() : start])  # "щодня о 9:00 відходить"
            subject = _NO_CLAUSE_BREAK.fullmatch(gap) is not None and not any(
                match.end() <= found[0] and found[1] <= start for found in context.sides
            )
        else:
            # After the word only right after it, as its subject ("уходят эвакуационные поезда"); one
            # further on is an object ("left A on trucks and buses").
            subject = not context.text[end : match.start()].strip()
        if subject:
            draft.event_type = "evacuation"
            draft.actor_side = None
            draft.places_to = []
            draft.meta["vehicle_departure"] = True
            return True
    return False


def _destroyed_by_fire(context: _Context, draft: _Draft, same_sentence: list[_Draft]) -> bool:
    """A demolition whose verb has a strike of its sentence as its subject ("a missile strike blew up
    a depot", "ракетний удар підірвав склад", "ein Raketenangriff sprengte das Lager"): fire by a side
    destroying something is that strike, one assertion with one type (docs/annotation.md: fire by the
    side that does not hold it is a strike, not a demolition). The strike word stands right before the
    verb; a strike told elsewhere in the sentence ("blew up the bridge after the
    shelling") leaves the demolition alone, and so does a verb with a subject of its own between
    ("Russian artillery shelled A and blew up the bridge": the verbs are two acts)."""
    if draft.event_type != "demolition":
        return False
    start = draft.trigger[0]
    return any(
        other.event_type == "strike"
        and other.trigger[1] <= start
        and not context.text[other.trigger[1] : start].strip()
        for other in same_sentence
    )


#: Types a slogan of belonging would otherwise give: "X was, is and will be Ukrainian" states no holding
#: and no change, whoever says it (gold/README.md, round-8 settlement rule 4).
BELONGING_TYPES: frozenset[str] = frozenset({"control_held", "control_change"})


def _belonging_slogan(context: _Context, draft: _Draft) -> bool:
    """A holding or change whose word stands in a slogan of belonging ("Херсонщина была, есть и будет
    российской!", "А был и остаётся русским городом", "А був, є і буде українським"): both sides say
    these whoever holds the place, so they report no event. A headline that announces the capture the
    body reports ("КУПЯНСК НАШ!") is not such a slogan and keeps its claim. Words: optional
    claims.yaml regex ``belonging_slogan``, searched in the draft's sentence."""
    if draft.event_type not in BELONGING_TYPES:
        return False
    return _sentence_matches(context, draft, "belonging_slogan")


def _evacuation_not_told(context: _Context, draft: _Draft) -> bool:
    """An evacuation draft whose sentence reports no happening: a slogan ("Евакуація рятує життя"), a
    how-to heading ("How to leave A", "ЯК ВИЇХАТИ"), a hotline notice ("call the hotline", "гаряча
    лінія"), or a person described by their job ("a volunteer who drives an evacuation van",
    "волонтер, який вивозить людей"). Agentless and placeless evacuations that the sentence tells as
    going on stay claims (gold/README.md, round-8 settlement rule 1). Words: optional claims.yaml regex
    ``evacuation_not_told``, searched in the draft's sentence."""
    if draft.event_type != "evacuation":
        return False
    return _sentence_matches(context, draft, "evacuation_not_told")


def _sentence_matches(context: _Context, draft: _Draft, key: str) -> bool:
    """True when the optional claims.yaml regex ``key`` matches in the draft's evidence sentence;
    without the key nothing matches."""
    pattern = _extra_regex(context.lexicon, key)
    if pattern is None:
        return False
    start, end = draft.evidence
    # On the sentence's own text, so that "^" of the regex is the sentence start.
    return pattern.search(context.text[start:end]) is not None
