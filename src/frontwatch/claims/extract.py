"""The rule-based claim extractor: one report and its place mentions in, claim records out.

Per sentence: triggers from the language's lexicon give event types; quantities (areas, troop
numbers, settlement counts) give their own claim types; places come from the place mentions of
the trigger's clause; then actor side, source, modality, evidence kind, time, quantities and
direction are decided. Each concern has its module in this package (their docstrings hold the
rules):

- ``event_rules``: how an event type takes its side, places and direction (``TYPE_RULES``);
- ``context``: what is computed once per report (``_Context``), the claim draft (``_Draft``),
  span lookups and the optional claims.yaml keys that ``lexicon.py`` does not know;
- ``clauses``: clauses and their coordinated parts (how far a hedge reaches);
- ``speakers``: who says so (the source of a sentence, the outlet's own voice, evidence kind);
- ``placing``: which places a trigger takes;
- ``anaphora``: "the town", "these villages", "the region" resolved to a place named before;
- ``facilities``: a claim at a facility takes its settlement, one in a landscape no place;
- ``sides``: who acts (the actor side);
- ``denials``: denials and failed attempts, the negations of claims;
- ``figures``: troop figures, comparisons, directions;
- ``timing``: the time of a claim, and the time that dates a statement instead;
- ``linking``: report-level links between sentences (continuations, lists, reactions);
- ``output``: one draft per claim, claim records and their ids.

Modality: see ``modality.py`` (threat words and negators stop at another event word; futures need
every reading to be future). This module holds the report loop (the speaker carried from
sentence to sentence, header and intro speakers, which placeless claims are kept) and the
per-sentence driver with the rules that only reshape a sentence's drafts:

A holding or a picture that is all its sentence says is kept without a place (``PLACELESS_WHEN_ALONE``;
other types that need a place are kept only as context for the next sentence). A question is a
prediction. A reinforcement that is the stated aim of a move ("pulled troops back from A in order to
strengthen the Donetsk front", ``PLANNED_BY_PURPOSE``) is kept as predicted, at the places after the
aim; other aims stay no claims. Partisans blowing something up is a partisan attack, not also a
demolition (``SUBSUMED_TYPES``). Civilians fleeing (optional key ``civilian_subjects``) is an
evacuation with no organiser, not a withdrawal; without a place it is background and dropped.

Everything language-specific lives in ``data/lang/<code>/claims.yaml`` (see ``lexicon.py``);
the tables of this package are about event types, which are the same in every language.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar, cast

from frontwatch.claims import german
from frontwatch.claims.anaphora import _resolve_anaphora
from frontwatch.claims.clauses import _coordinated_parts, _hedge_parts, _later_conjunct, _trigger_clause
from frontwatch.claims.context import (
    NOT_A_PLACE_ID_PREFIXES,
    OTHER_SIDE,
    SIDES,
    Span,
    _aimed_outcome,
    _asks,
    _attempt_as_advance,
    _attempt_told_by_another_type,
    _attributive_change,
    _Context,
    _dating_phrase,
    _Draft,
    _drop_not_events,
    _extra_cues,
    _extra_regex,
    _figurative_hold,
    _fire_damage_as_strike,
    _fire_in_longer_phrase,
    _fire_on_route,
    _has_place,
    _means_of_capture,
    _partial_holding,
    _predicted_attempt,
    _spans_in,
    _supply_commentary,
    _unanchored,
)
from frontwatch.claims.denials import (
    _attempting_side,
    _coordinated_speech,
    _denials_in_reply,
    _denied_previous,
    _denies_own_act,
    _failed_attempt,
    _failed_storming,
    _trailing_denial,
)
from frontwatch.claims.event_rules import EXCLUSIVE_TYPES, PLACELESS_WHEN_ALONE, QUANTITY_EVENTS, TYPE_RULES
from frontwatch.claims.facilities import _settle_landmarks
from frontwatch.claims.figures import (
    _attach_comparisons,
    _comparisons,
    _directions,
    _fold_troop_figures,
    _shift_quantity,
)
from frontwatch.claims.lexicon import Lexicon, load_lexicon
from frontwatch.claims.linking import (
    _continue_local_place,
    _continue_previous,
    _evacuation_destinations,
    _follow_context,
    _list_continuation,
    _listed_in_sentence,
    _pronoun_holder,
)
from frontwatch.claims.modality import decide_modality, find_modality_cues, negated_condition
from frontwatch.claims.output import _dedupe, _to_claims
from frontwatch.claims.placing import (
    _after_attribution,
    _anaphor_is_nearer,
    _before_matches,
    _is_dateline,
    _places_for,
    _seat_of,
)
from frontwatch.claims.quantities import QuantityMatch, find_quantities
from frontwatch.claims.sentences import Sentence, clause_spans, split_sentences
from frontwatch.claims.sides import (
    DENIED_FOR_THE_OTHER,
    _actor_side,
    _encircler_from_context,
    _evacuation_by_town_authority,
    _fallback_side,
    _finite_trigger_without_subject,
    _fire_controller,
    _hub_role,
    _party_side,
    _predicative_passive,
    _reports_fall,
    _reports_loss,
    _side_in_clause,
    _sideless_event_noun,
    _speaker_is_subject,
)
from frontwatch.claims.sources import (
    GENRE_TITLE_CHARS,
    SourceRegistry,
    find_speakers,
    load_registry,
    report_genre,
)
from frontwatch.claims.speakers import (
    _belongs_to_speaker,
    _capital_speakers,
    _carried_speaker,
    _channel_voice,
    _continues_speech,
    _evidence_kind,
    _in_background_clause,
    _is_header,
    _name_side,
    _named_speaker,
    _outlet_source,
    _paragraph_length,
    _side_attributed_speaker,
    _writer_side,
)
from frontwatch.claims.timing import _bulletin_time, _inherit_times, _nearest_time, _times
from frontwatch.model import Claim, PlaceMention, Report, Source, When

# A sentence that asks ("... next?", "Далі — А?"): what it names is expected, not asserted.
_QUESTION_END = re.compile(r"\?[\s\"'“”»«„)\]]*$")

#: A header that introduces a whole post stands among the first lines of the report (a title may
#: come first); a colon line further down introduces a quote or a ticker entry, not the report.
HEADER_LINES = 1
#: A first paragraph presents what follows only when it is more than a headline: at least this
#: many sentences ("Translated from Russian. The following post appeared on ... channel.").
INTRO_SENTENCES = 2
#: Event types whose stated aim is itself a claim: forces moved "in order to strengthen the Donetsk
#: front" / "um die Kräfte in Richtung Donezk zu verstärken" announce a reinforcement there
#: (predicted); other aims ("um den Vormarsch zu stoppen") are no claims.
PLANNED_BY_PURPOSE: frozenset[str] = frozenset({"reinforcement"})
#: Types that a type of the same sentence already covers: partisans blowing up a railway line or a
#: bridge is a partisan attack, not also a demolition by a side (gold/README.md; the act's purpose
#: is sabotage of the occupier, not a side destroying its own or the other's infrastructure).
SUBSUMED_TYPES: dict[str, str] = {"demolition": "partisan_attack"}
#: Characters before a withdrawal word searched for the civilians who are its subject.
CIVILIAN_SUBJECT_LOOKBACK = 60

#: A figure of the sentence that only some events can carry: a distance is how far a movement went
#: ("advanced 10 km"), so it is not the quantity of a strike or an evacuation in that sentence.
QUANTITY_CARRIERS: dict[str, tuple[str, ...]] = {"distance_km": ("advance", "withdrawal")}


def extract_claims(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
    """All claims of ``report``; offsets are into ``report.clean_text``.

    Returns an empty list when the report's language has no ``claims.yaml``.
    """
    lexicon = load_lexicon(report.lang) if report.lang else None
    if lexicon is None or not report.clean_text.strip():
        return []
    context = _build_context(report, mentions, lexicon)
    drafts: list[_Draft] = []
    previous: list[_Draft] = []
    last_speaker: tuple[int, int, Source] | None = None  # (sentence index, paragraph, source)
    header_time: tuple[When, int] | None = None  # (time of a bulletin header, last paragraph it covers)
    header_speaker: Source | None = None  # the speaker a header line ("... channel of X:") introduces
    intro: Source | None = None  # the speaker a claim-free first paragraph presents
    intro_claims = False  # whether the first paragraph makes claims of its own
    for index, sentence in enumerate(context.sentences):
        if lexicon.skips(sentence.text):
            previous = []
            continue
        speaker = _named_speaker(context, sentence)
        if speaker is None and last_speaker is not None:
            speaker = _carried_speaker(context, sentence, index, last_speaker)
            if speaker is not None and _continues_speech(context, sentence):
                # A chain of reported-speech sentences keeps the speaker alive ("..., sagte er.
                # X sei ... Y habe ...").
                last_speaker = (index, sentence.paragraph, speaker)
        elif speaker is not None:
            last_speaker = (index, sentence.paragraph, speaker)
        if speaker is None:
            speaker = _side_attributed_speaker(context, sentence)
        if intro is not None and sentence.paragraph > 0 and _paragraph_length(context, 0) >= INTRO_SENTENCES:
            # A first paragraph that only presents what follows ("The following post appeared on a
            # pro-Kremlin military blogger channel") makes the text under it that speaker's.
            header_speaker = header_speaker or intro
            intro = None
        if speaker is None:
            speaker = header_speaker
        elif index <= HEADER_LINES and _is_header(context, sentence) and header_speaker is None:
            # "Translated from the Telegram channel of a Russian war correspondent:", "Зведення
            # Генштабу ЗСУ станом на 18:00:": the post under it is that speaker's.
            header_speaker = speaker
        current = _sentence_drafts(context, sentence, index, speaker, previous)
        if sentence.paragraph == 0:
            if current:
                intro_claims = True
            elif speaker is not None and speaker is not context.outlet and intro is None:
                intro = speaker
            if intro_claims:
                intro = None
        if not current and previous:
            current = _list_continuation(context, sentence, index, previous)
        if previous:
            current += _denied_previous(context, sentence, index, previous, speaker, current)
        _follow_context(current, drafts, index)
        header_time = _bulletin_time(context, sentence, current, header_time)
        # Placeless claims of types that need a place are kept as context for the next sentence
        # ("... liberated several villages. Among them A and B.") but not reported.
        # A holding or a picture that is all the sentence says ("Our troops firmly hold their
        # positions.") is a claim even without a place (gold/README.md keeps them with place null).
        alone = len({d.event_type for d in current}) == 1
        drafts.extend(
            d
            for d in current
            if _has_place(d)
            or not TYPE_RULES[d.event_type].needs_place
            or (alone and d.event_type in PLACELESS_WHEN_ALONE)
        )
        previous = current
    _inherit_times(drafts, context)
    return _to_claims(context, drafts)


def _build_context(report: Report, mentions: list[PlaceMention], lexicon: Lexicon) -> _Context:
    text = report.clean_text
    tokens = lexicon.tokenize(text)
    registry = load_registry()
    side_spans: dict[str, list[Span]] = {
        side: cues.find(text, tokens) for side, cues in lexicon.side_words.items()
    }
    attribution = lexicon.attribution.find(text, tokens)
    speakers = find_speakers(text, tokens, lexicon, registry, side_spans)
    capital_speakers = _capital_speakers(text, attribution + lexicon.denial.find(text, tokens), speakers)
    if capital_speakers:
        speakers = sorted(speakers + capital_speakers, key=lambda m: m.start)
    sides: list[tuple[int, int, str]] = []
    for side, spans in side_spans.items():
        for start, end in spans:
            if any(_belongs_to_speaker(text, start, end, m) for m in speakers):
                continue
            if side in ("OWN", "ENEMY") and any(a < end and start < b for a, b in attribution):
                continue  # "по нашим оценкам", "nach unseren Informationen": who knows, not who acts
            sides.append((start, end, side))
    sides.sort()
    published = report.published.date() if report.published is not None else None
    sentences = split_sentences(text, lexicon)
    outlet = _channel_voice(
        _known_outlet(lexicon, registry, report.source),
        registry,
        report.source,
        _writer_side(lexicon, text, tokens, report.format == "telegram")
        # the side the channel's other posts show (claims/channels.py), when this one shows none
        or (_recorded_side(report.meta.get("channel_side")) if report.format == "telegram" else None)
        # a channel that flies one side's flag in its name writes for that side (sources.yaml name_flags)
        or (_flag_side(registry, report.meta.get("from")) if report.format == "telegram" else None)
        or _known_name_side(lexicon, report.source),
        [(s, e) for s, e, side in sides if side == "OWN"],
        [(s, e) for s, e, side in sides if side == "ENEMY"],
        [s for s in sentences if not _spans_in(attribution, s.start, s.end)],
        lexicon.default_speaker_side,
        # The title line names the genre even when it reads as attribution ("Campaign Update").
        text[:GENRE_TITLE_CHARS].lstrip().split("\n", 1)[0],
        report.format == "telegram",
    )
    events = {etype: cues.find(text, tokens) for etype, cues in lexicon.events.items() if etype in TYPE_RULES}
    sorted_mentions = sorted(mentions, key=lambda m: m.start)
    return _Context(
        report=report,
        text=text,
        head_genre=report_genre(text[:GENRE_TITLE_CHARS]),
        lexicon=lexicon,
        registry=registry,
        tokens=tokens,
        sentences=sentences,
        mentions=sorted_mentions,
        mention_starts=[m.start for m in sorted_mentions],
        events=events,
        event_spans=sorted(
            (start, end, rank) for rank, spans in enumerate(events.values()) for start, end in spans
        ),
        sides=sides,
        speakers=speakers,
        attribution=attribution,
        pronoun_speaker=lexicon.pronoun_speaker.find(text, tokens),
        reported_speech=lexicon.reported_speech.find(text, tokens),
        visual=lexicon.visual.find(text, tokens),
        analysis=lexicon.analysis.find(text, tokens),
        eyewitness=lexicon.eyewitness.find(text, tokens),
        passive=lexicon.passive.find(text, tokens),
        self_attribution=lexicon.self_attribution.find(text, tokens),
        modality=find_modality_cues(text, tokens, lexicon),
        trigger_sides={side: cues.find(text, tokens) for side, cues in lexicon.trigger_sides.items()},
        purpose=lexicon.purpose.find(text, tokens),
        loss=_extra_cues(lexicon, "loss_triggers").find(text, tokens),
        outlet=outlet,
        published=published,
    )


def _flag_side(registry: SourceRegistry, name: object) -> str | None:
    """The one side whose flag a channel's display name (a Telegram post's ``from``) shows."""
    return registry.flag_side(name) if isinstance(name, str) else None


def _recorded_side(value: object) -> str | None:
    """A side recorded in a report's meta (``channel_side``), if it is one."""
    return value if isinstance(value, str) and value in SIDES else None


#: Outlet names remembered per language (``_known_outlet``, ``_known_name_side``); a corpus has a
#: few hundred outlets, and the memo is emptied when full.
OUTLET_MEMO_SIZE = 4096

_T = TypeVar("_T")


def _memoised(lexicon: Lexicon, key: tuple[object, ...], compute: Callable[[], _T]) -> _T:
    """``compute()``, remembered in ``lexicon.memo`` under ``key`` (emptied at ``OUTLET_MEMO_SIZE``)."""
    if key not in lexicon.memo:
        if len(lexicon.memo) >= OUTLET_MEMO_SIZE:
            lexicon.memo.clear()
        lexicon.memo[key] = compute()
    return cast(_T, lexicon.memo[key])


def _known_outlet(lexicon: Lexicon, registry: SourceRegistry, outlet: str) -> Source:
    """``_outlet_source`` of an outlet name, worked out once per language and registry: a corpus
    has few outlets and thousands of reports, and the name's tokens and cue lists are the same
    each time (``Source`` is frozen, so the one result can be shared)."""
    return _memoised(lexicon, ("outlet", registry, outlet), lambda: _outlet_source(registry, lexicon, outlet))


def _known_name_side(lexicon: Lexicon, outlet: str) -> str | None:
    """``_name_side`` of an outlet name, worked out once per language (see ``_known_outlet``)."""
    return _memoised(lexicon, ("name_side", outlet), lambda: _name_side(lexicon, outlet))


def _sentence_drafts(
    context: _Context, sentence: Sentence, index: int, speaker: Source | None, previous: list[_Draft]
) -> list[_Draft]:
    text = context.text
    lang = context.lexicon.lang
    if _asks(context.lexicon, sentence.text):
        return []  # "Wer kontrolliert die Stadt?": a question asserts nothing
    hits = _drop_superseded(_event_hits(context, sentence))
    if hits:
        hits = _drop_not_events(context, sentence, hits, "unit_modifiers")
        hits = _drop_not_events(context, sentence, hits, "naming_clause")
        # "urged allies to supply more air defence": an arms delivery, not a supply line.
        hits = _drop_not_events(context, sentence, hits, "materiel_supply", frozenset({"supply_line"}))
        # "brachte den Brand unter Kontrolle": a fire tamed, no place taken or held.
        hits = _drop_not_events(
            context, sentence, hits, "tamed_not_capture", frozenset({"control_change", "control_held"})
        )
        # "haben bei A Gelände zurückgewonnen": ground gained (an advance), no place taken.
        hits = _drop_not_events(context, sentence, hits, "ground_not_capture", frozenset({"control_change"}))
        hits = _fire_damage_as_strike(context, sentence, hits)
    # A distance that only says where a place lies ("25 km north-east of A") is not a claimed figure.
    quantity_matches = [
        _shift_quantity(q, sentence.start) for q in find_quantities(sentence.text, lang) if not q.locates
    ]
    for match in quantity_matches:
        if match.name in QUANTITY_EVENTS:
            hits.append((QUANTITY_EVENTS[match.name], (match.start, match.end)))
    if quantity_matches:
        # "losses amounted to up to 60 servicemen", "в плен сдались 2439 боевиков": casualties counted,
        # not the strength of a force.
        hits = _drop_not_events(context, sentence, hits, "casualty_figure", frozenset({"force_estimate"}))
        hits = _drop_counted_people(context, sentence, hits, quantity_matches)
    comparisons = _comparisons(context, sentence)
    if not hits:
        _attach_comparisons([], previous, comparisons, context, sentence)
        return []

    clauses = clause_spans(sentence)
    sentence_source = speaker or context.outlet
    sentence_mentions = [
        m
        for m in _mentions_starting_in(context, sentence)
        if sentence.start <= m.start
        and m.end <= sentence.end
        # The country is a place only where a type allows it ("missiles hit cities across
        # Ukraine"), never as a speaker ("according to Ukraine's air force").
        and (m.precision != "country" or not _after_attribution(context, m))
        and not any(s <= m.start < e for s, e, _ in comparisons)
        and not any(
            sp.start <= m.start < sp.end
            # Only the one who speaks has a seat ("the ministry in Kyiv said"; "the governor of
            # A, B, said" names one speaker twice); "a flag over the city council in A" is in A.
            or (
                speaker is not None
                and sp.source.kind == speaker.kind
                and _seat_of(text, sp, m, context.lexicon.seat_gap)
            )
            for sp in context.speakers
        )
        # Not places of the happening: rivers and banks ("am Ostufer des Oskil").
        and not _before_matches(context, context.lexicon.not_place_before, m)
        and not (m.place_id or "").startswith(NOT_A_PLACE_ID_PREFIXES)
        and not _is_dateline(text, sentence, m)
    ]
    party_side = _party_side(context, sentence)
    has_figure = any(
        QUANTITY_EVENTS.get(q.name) in ("area_claim", "settlement_count") for q in quantity_matches
    )
    area_figures = [(q.start, q.end) for q in quantity_matches if QUANTITY_EVENTS.get(q.name) == "area_claim"]
    times = _times(context, sentence)
    directions = _directions(context, sentence)
    sides = [s for s in context.sides if sentence.start <= s[0] and s[1] <= sentence.end]
    other_quantities = {q.name: q.quantity for q in quantity_matches if q.name not in QUANTITY_EVENTS}

    drafts: list[_Draft] = []
    purposes = _spans_in(context.purpose, sentence.start, sentence.end)
    all_triggers = [span for _, span in hits]
    # What depends on the sentence only, not on the hit: made on the first hit that needs it, then
    # shared by the other hits of the sentence (a hit dropped before the modality never needs it).
    coordinated_parts: list[Span] | None = None
    speech_cues: list[Span] | None = None
    for event_type, trigger in hits:
        rule = TYPE_RULES[event_type]
        aims = [
            p for p in purposes for c in clauses if c[0] <= p[0] < trigger[0] and c[0] <= trigger[0] < c[1]
        ]
        planned = bool(aims)
        if planned and event_type not in PLANNED_BY_PURPOSE:
            continue  # "..., um den Vormarsch zu stoppen": the aim of an act, not a claim
        trigger_clauses = [c for c in clauses if c[0] < trigger[1] and trigger[0] < c[1]] or [
            (sentence.start, sentence.end)
        ]
        competing = [
            span
            for other, span in hits
            if other != event_type and span != trigger and TYPE_RULES[other].owns_places
        ]
        sharing = [span for other, span in hits if TYPE_RULES[other].shares_places]
        at_places, to_places, borrowed = _places_for(
            context,
            rule,
            trigger,
            trigger_clauses,
            clauses,
            # A planned reinforcement is at the front its aim names, not where the forces come from
            # ("pulled back from A and B to strengthen the Donetsk front").
            [m for m in sentence_mentions if m.start >= aims[-1][1]] if planned else sentence_mentions,
            competing,
            sharing,
        )
        if (at_places or to_places) and _anaphor_is_nearer(
            context, trigger, trigger_clauses, at_places + to_places
        ):
            # "took A, B and C and encircled the town": "the town" is the place of the encirclement.
            at_places, to_places = [], []
        if (
            event_type == "control_change"
            and has_figure
            and (borrowed or not any(m.precision == "settlement" for m in at_places))
        ):
            continue  # "1000 km² liberated": the verb belongs to the area claim
        if event_type == "control_change" and any(
            c[0] <= f[0] < c[1] for f in area_figures for c in trigger_clauses
        ):
            # "im Raum A wurden 50 km² befreit", "під А звільнили 160 км²": what the verb of its clause
            # took is an area, so a settlement there is where the area lies, not a place taken.
            continue
        quantities = {
            name: quantity
            for name, quantity in other_quantities.items()
            if event_type in QUANTITY_CARRIERS.get(name, (event_type,))
        }
        if event_type in QUANTITY_EVENTS.values():
            own = [q for q in quantity_matches if (q.start, q.end) == trigger]
            if own:
                quantities[own[0].name] = own[0].quantity
        # "..., a port (which) Russia has attacked since July": the writer's background in a speaker's
        # sentence is the outlet's, not the speaker's.
        source = (
            context.outlet
            if _in_background_clause(context, sentence, trigger, sentence_source)
            else sentence_source
        )
        side = _actor_side(context, event_type, rule, trigger, trigger_clauses, sentence, sides, source)
        # "A is held by the Wagner group, which Kyiv denies": a denial in a clause after the
        # trigger's answers the claim as made; both go out (the claim, and its negation by the denier).
        reply = _trailing_denial(context, sentence, trigger_clauses)
        cues = context.modality
        if reply is not None:
            cues = replace(cues, denial=[d for d in cues.denial if d[0] < reply[0] or d[0] >= reply[1]])
        sentence_span = (sentence.start, sentence.end)
        clause_span = (trigger_clauses[0][0], trigger_clauses[-1][1])
        other_triggers = [o for o in all_triggers if o != trigger]
        if coordinated_parts is None:
            coordinated_parts = _coordinated_parts(context, clauses)
            speech_cues = _coordinated_speech(context, sentence)
        modality = decide_modality(
            cues,
            sentence_span,
            clause_span,
            trigger,
            context.tokens,
            context.lexicon,
            foreign_clauses=[
                c
                for c in coordinated_parts
                if not (c[0] < trigger[1] and trigger[0] < c[1])
                and any(c[0] <= o[0] < c[1] for o in other_triggers)
            ],
            other_triggers=other_triggers,
            speech_cues=speech_cues or [],
            hedge_clauses=_hedge_parts(context, clauses, trigger, all_triggers),
            later_conjunct=_later_conjunct(context, sentence, trigger, all_triggers),
        )
        if (
            modality == "conditional"
            and not (at_places or to_places)
            and negated_condition(
                cues, sentence_span, clause_span, trigger, context.tokens, context.lexicon, other_triggers
            )
        ):
            # "if reserves do not arrive, ...": the condition is that it does not happen. With a place
            # ("if the occupiers do not leave A") it stays a conditional claim at A.
            continue
        if modality in ("asserted", "hedged") and _QUESTION_END.search(sentence.text):
            modality = "predicted"  # "Izyum next??", "Далі — Старомлинівка?" (gold/README.md)
        if planned and modality in ("asserted", "hedged"):
            modality = "predicted"  # "pulled back from A in order to strengthen the Donetsk front"
        if (
            event_type == "advance"
            and modality in ("asserted", "hedged")
            and _failed_attempt(context, trigger, sentence)
        ):
            modality = "negated"  # "attempts to break through near A were repelled"
            side = _attempting_side(context, trigger, sentence, side)  # bugs r13
        if (
            event_type in ("control_change", "advance")
            and modality in ("asserted", "hedged")
            and _without_clause(context, trigger, sentence)
        ):
            # german r13b: "griffen A an, ohne den Ort einnehmen zu können", "ohne Geländegewinne zu
            # erzielen": a capture or gain in a "without" clause did not happen; the attempt is a failed
            # advance of the attacker (gold/README.md, round-4 and round-6 audits item 4).
            event_type, modality, rule = "advance", "negated", TYPE_RULES["advance"]
            side = _actor_side(context, event_type, rule, trigger, trigger_clauses, sentence, sides, source)
        if (
            event_type == "fighting"
            and modality in ("asserted", "hedged", "negated")
            and _failed_storming(context, trigger, sentence)
        ):
            # "versuchten vergeblich, A zu stürmen": a failed storming is a failed advance of the side
            # that tried it (bugs r13)
            event_type, modality, rule = "advance", "negated", TYPE_RULES["advance"]
            side = _actor_side(context, event_type, rule, trigger, trigger_clauses, sentence, sides, source)
        if (
            modality == "negated"
            and source.side in SIDES
            and event_type not in DENIED_FOR_THE_OTHER
            and _denies_own_act(context, trigger)
        ):
            # "Russia's defence ministry denied striking the theatre"; a gain it denies ("denied the
            # capture of A") is the other side's, which ``_fallback_side`` gives.
            side = source.side
        evidence_kind = _evidence_kind(context, event_type, sentence, source)
        when = _nearest_time(times, trigger, trigger_clauses)
        direction = directions if rule.movement else []
        place_choices: list[PlaceMention | None] = list(at_places) if at_places else [None]
        if rule.one_claim:
            place_choices = place_choices[:1]
        for place in place_choices:
            drafts.append(
                _Draft(
                    event_type=event_type,
                    trigger=trigger,
                    sentence_index=index,
                    place=place,
                    places_to=list(to_places),
                    actor_side=side,
                    source=source,
                    modality=modality,
                    evidence_kind=evidence_kind,
                    evidence=(sentence.start, sentence.end),
                    when=when,
                    quantities=quantities,
                    direction=list(direction),
                    trigger_text=text[trigger[0] : trigger[1]],
                    meta={"party_side": party_side} if party_side else {},
                )
            )
            if reply is not None:
                drafts[-1].meta["denied_by"] = reply
    drafts = _fold_troop_figures(context, drafts, clauses, previous, sentence)
    _continue_previous(drafts, previous, context, sentence)
    _pronoun_holder(drafts, previous, context, sentence)
    drafts = _evacuation_destinations(context, drafts, sentence)
    drafts += _resolve_anaphora(drafts, context, sentence)
    _continue_local_place(drafts, previous, context, sentence)
    _settle_landmarks(context, drafts)
    for draft in drafts:
        if draft.event_type == "control_change" and _sideless_event_noun(context, draft):
            draft.actor_side = None  # "since the fall of A": no actor (english r13)
            draft.meta.pop("party_side", None)
            continue
        if (
            draft.actor_side is not None
            and draft.actor_side != draft.source.side
            and draft.event_type in OWN_ACT_TYPES
            # "they pushed Russian troops out": who withdraws is the object, not the pronoun
            and draft.event_type != "withdrawal"
            and _speaker_is_subject(context, draft)
        ):
            # "Ukrainian forces say they have pushed Russian troops back": the pronoun after the verb
            # of saying is the speaker; a side word after it is the object (the speaker's side word
            # lies inside its name, so it is no side of the clause).
            draft.actor_side = draft.source.side
        # Who lost a place told as lost or fallen: the subject of the trigger's own clause ("Kyiv denied
        # that A had fallen"), or for "lost" the source speaking of its own ("A would be lost", a
        # blogger warned); a side of another clause is the winner ("If the Russians reach B, A is lost").
        named_in_clause = draft.actor_side is not None and _side_in_clause(context, draft)
        from_other_clause = draft.actor_side is not None and not named_in_clause
        side_from_fallback = draft.actor_side is None
        if draft.actor_side is None:
            draft.actor_side = _fallback_side(context, draft) or _speaker_states_own_act(context, draft)
        draft.meta.pop("party_side", None)
        # "Ukraine's military denied that A had fallen": a party denying a fall denies its own loss.
        denied_own_fall = (
            side_from_fallback
            and draft.modality == "negated"
            and draft.actor_side is not None
            and draft.actor_side == draft.source.side
        )
        if draft.event_type == "control_change" and (
            (_reports_loss(context, draft.trigger) and not from_other_clause)
            or ((named_in_clause or denied_own_fall) and _reports_fall(context, draft.trigger))
        ):
            # "Lyman would be lost", "Werbiwka sei gefallen", "наши оставили Изюм": the side found
            # (the subject, or the source speaking of its own) is the one that lost the place.
            draft.actor_side = OTHER_SIDE.get(draft.actor_side or "")
            draft.meta["loss"] = True
    for draft in drafts:
        if draft.event_type == "encirclement" and draft.actor_side is None:
            _encircler_from_context(context, draft, drafts)
    drafts = _hub_role(context, sentence, drafts, sentence_mentions)
    for draft in drafts:
        if draft.event_type == "evacuation" and draft.place is None:
            _evacuation_by_town_authority(context, sentence, draft)
        if draft.event_type == "supply_line":
            _fire_controller(context, sentence, draft)
    drafts = _listed_in_sentence(context, sentence, drafts, sentence_mentions, clauses)
    drafts = _drop_subsumed(_civilian_flight(context, drafts))
    drafts += _denials_in_reply(context, sentence, drafts)
    _attach_comparisons(drafts, previous, comparisons, context, sentence)
    # Decided last, when continuations, lists and fallbacks had their chance to give a place or a side.
    drafts = [
        d
        for d in drafts
        if not _unanchored(d)
        and not _figurative_hold(context, d)
        and not _supply_commentary(context, d, sentence)
        and not _means_of_capture(context, d, drafts, sentence)
        and not _dating_phrase(context, d, drafts, sentence)
        and not _fire_in_longer_phrase(d, drafts)
    ]
    # "the road from A to B is under drone fire": the supply of B, not a strike on A and B.
    drafts = _fire_on_route(context, drafts, sentence)
    for draft in drafts:
        if _aimed_outcome(context, draft, sentence):
            draft.modality = "predicted"  # "in an effort to encircle the grouping": not yet happened
        if _partial_holding(context, draft) or _attributive_change(context, draft):
            # "now occupy most of the town", "in the occupied port city of A": who holds it
            draft.event_type = "control_held"
    attempts = {id(d) for d in drafts if _predicted_attempt(context, d, sentence)}
    if attempts:
        # "will likely attempt to push toward A": an expected move, not fighting; "will attempt to
        # encircle A" is the encirclement the sentence already claims.
        drafts = [d for d in drafts if id(d) not in attempts or not _attempt_told_by_another_type(d, drafts)]
        for draft in drafts:
            if id(draft) in attempts:
                _attempt_as_advance(context, draft)
    return _dedupe(drafts, context.text)


#: Event types whose subjectless verb in a side's report is that side's own act (gold/README.md, round-6
#: rule 1: a side stating its own act names the actor). Not strikes: an agentless strike stays null.
OWN_ACT_TYPES: frozenset[str] = frozenset(
    {"fighting", "withdrawal", "advance", "control_change", "control_held", "reinforcement"}
)


def _speaker_states_own_act(context: _Context, draft: _Draft) -> str | None:
    """ "за даними Сил оборони півдня, там відбили дві спроби", "Группировка «Таврия» сообщила, что
    отразила атаки": a finite verb with no subject of its own after a speaker of one side, with no
    other side named between them, is the speaker's act. The side word that named the speaker
    ("Сил оборони", "«Таврия»") lies inside the speaker's name, so no side word of the clause gives it;
    unlike ``_fallback_side``'s sentence-wide test, a side named before the speaker (in an earlier
    clause of the sentence) does not stop it."""
    source = draft.source
    if draft.event_type not in OWN_ACT_TYPES or source.side not in SIDES or source is context.outlet:
        return None
    if not _finite_trigger_without_subject(context, draft):
        return None
    sentence_start, _ = draft.evidence
    speaker_ends = [
        m.end
        for m in context.speakers
        if m.source == source and sentence_start <= m.start and m.end <= draft.trigger[0]
    ]
    if not speaker_ends or any(max(speaker_ends) <= s[0] < draft.trigger[0] for s in context.sides):
        return None
    if _predicative_passive(context, *_trigger_clause(context, draft)):
        return None
    return source.side


def _event_hits(context: _Context, sentence: Sentence) -> list[tuple[str, Span]]:
    """The event words of ``sentence`` as (event type, span): per type in the order of
    ``context.events``, each type's spans inside the sentence with overlapping ones merged.

    Reads the sentence's slice of ``context.event_spans`` (all types, sorted) instead of bisecting
    every type's list: the same spans as ``_spans_in`` per type (start inside the sentence, end not
    after it), in the same order.
    """
    event_spans = context.event_spans
    end = sentence.end
    by_rank: dict[int, list[Span]] = {}
    for index in range(bisect.bisect_left(event_spans, (sentence.start, -1, -1)), len(event_spans)):
        span_start, span_end, rank = event_spans[index]
        if span_start >= end:
            break
        if span_end <= end:
            by_rank.setdefault(rank, []).append((span_start, span_end))
    if not by_rank:
        return []
    event_types = list(context.events)
    return [
        (event_types[rank], span) for rank in sorted(by_rank) for span in _merge_overlapping(by_rank[rank])
    ]


def _mentions_starting_in(context: _Context, sentence: Sentence) -> list[PlaceMention]:
    """The place mentions that start inside ``sentence`` (its end included), in report order: only
    these can pass the sentence's first test, so the others are not looked at."""
    starts = context.mention_starts
    return context.mentions[
        bisect.bisect_left(starts, sentence.start) : bisect.bisect_right(starts, sentence.end)
    ]


#: Fewer troops than this are people named in an incident ("two men were wounded", "a photo shows three
#: fighters"), not the strength of a force: no dev or round-9 gold force estimate counts fewer than 60.
FORCE_ESTIMATE_MIN_TROOPS = 20


def _drop_counted_people(
    context: _Context, sentence: Sentence, hits: list[tuple[str, Span]], quantity_matches: list[QuantityMatch]
) -> list[tuple[str, Span]]:
    """The hits without the troop figures that count people, not a force: a handful of them
    (``FORCE_ESTIMATE_MIN_TROOPS``), or a figure whose own clause goes on to tell casualties ("two men were
    wounded when a shell hit", "several hundred servicemen had died"; the casualty words of the optional
    claims.yaml regex ``casualty_figure`` after the figure, in any wording of the number, where
    ``_drop_not_events`` sees only digits)."""
    figures = {(q.start, q.end): q for q in quantity_matches if q.name == "troops"}
    if not any(etype == "force_estimate" and span in figures for etype, span in hits):
        return hits
    pattern = _extra_regex(context.lexicon, "casualty_figure")
    clauses = clause_spans(sentence)

    def counts_people(span: Span) -> bool:
        if figures[span].quantity.value < FORCE_ESTIMATE_MIN_TROOPS:
            return True
        if pattern is None:
            return False
        end = next((c[1] for c in clauses if c[0] <= span[0] < c[1]), sentence.end)
        return pattern.search(context.text, span[1], end) is not None

    return [
        (etype, span)
        for etype, span in hits
        if etype != "force_estimate" or span not in figures or not counts_people(span)
    ]


def _civilian_flight(context: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """ "Tausende Menschen flohen aus A", "residents fled A": civilians leaving is an evacuation with
    no organiser named, not a withdrawal of a force (optional claims.yaml key ``civilian_subjects``);
    without a place it is background ("families who fled in spring want to return") and is dropped.
    A side word or a verb of saying between the civilians and the verb makes them bystanders
    ("residents said Russian soldiers fled")."""
    pattern = _extra_regex(context.lexicon, "civilian_subjects")
    if pattern is None:
        return drafts
    kept: list[_Draft] = []
    for draft in drafts:
        if draft.event_type == "withdrawal":
            start = max(0, draft.trigger[0] - CIVILIAN_SUBJECT_LOOKBACK)
            subjects = list(pattern.finditer(context.text, start, draft.trigger[0]))
            if subjects:
                after = subjects[-1].end()
                between = _spans_in(context.attribution, after, draft.trigger[0]) + [
                    (s[0], s[1]) for s in context.sides if after <= s[0] and s[1] <= draft.trigger[0]
                ]
                if not between:
                    if draft.place is None:
                        continue
                    draft.event_type = "evacuation"
                    draft.actor_side = None
                    draft.places_to = []
                    draft.meta["civilian_flight"] = True
        kept.append(draft)
    return kept


def _drop_subsumed(drafts: list[_Draft]) -> list[_Draft]:
    """Drafts without those whose type another draft of the sentence subsumes (``SUBSUMED_TYPES``)."""
    present = {draft.event_type for draft in drafts}
    return [d for d in drafts if SUBSUMED_TYPES.get(d.event_type) not in present]


def _drop_superseded(hits: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    def beaten(etype: str, span: Span) -> bool:
        return etype in EXCLUSIVE_TYPES and any(
            other in EXCLUSIVE_TYPES
            and other != etype
            and o[0] < span[1]
            and span[0] < o[1]
            and (o[1] - o[0], other) > (span[1] - span[0], etype)
            for other, o in hits
        )

    return [(etype, span) for etype, span in hits if not beaten(etype, span)]


def _merge_overlapping(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _without_clause(context: _Context, trigger: Span, sentence: Sentence) -> bool:
    """The trigger stands in a verb-final infinitive clause opened by a word of "without" (optional
    claims.yaml regexes ``without_opener`` and ``zu_infinitive``; claims/german.py ``without_clause``):
    "ohne den Ort einnehmen zu können", "ohne A zu erobern"."""
    opener = _extra_regex(context.lexicon, "without_opener")
    infinitive = _extra_regex(context.lexicon, "zu_infinitive")
    if opener is None or infinitive is None:
        return False
    ends = german.clause_end_pattern(tuple(context.lexicon.extra.get("phrase_end_words") or ()))
    return german.without_clause(context.text, sentence.start, trigger, opener, infinitive, ends)
