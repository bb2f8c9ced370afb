"""Who acts: the actor side of a claim (``_actor_side``) and the rules for when no side word says it.

Side words that belong to an earlier event noun ("nach dem Vorstoß der ukrainischen Armee") or stand
in an oblique case (uk/ru) are not the subject. A trigger that names its side ("звільнили",
``trigger_sides``) beats a side word of an earlier clause; a strike in a passive without a named
agent names nobody (gold/README.md), an event noun taking the voice of its clause's predicate
("нанесены удары"); a side word after a target word and up to ``TARGET_HEAD_WORDS`` lower-case words
("удары по пунктам дислокации ВСУ") is the target; a side named after an agentless encirclement
passive is the encircled one.

The reported clause after a verb of saying has its own subject; "its forces" belong to the party
named before them; an adverbial participle shares its clause's subject; an adjective on a strike
noun names who fired even in a passive; a side word qualifying an encircled grouping ("Угруповання
окупантів оточене") is the encircled one; partisans hit what follows them; evacuations are organised
by the authority that announces them; a logistic role takes the source's side. A side named after a
subordinating word (optional claims.yaml key ``subordinators``: "A is retaken as Russian troops
retreat") is the subject of the event after it.

A place told as lost (``loss_triggers``) goes to the other side of the subject of the trigger's
clause or of the source; a side of another clause is the winner ("If the Russians reach B, A is
lost"). A place that "fell" (optional key ``fall_triggers``) is inverted only when the loser is named
in the clause or speaks ("Kyiv denied that A had fallen"); a source that only reports a fall may
report its own gain. Fighting names only its own clause's subject: not the side of an earlier clause
when the event noun is the subject or the clause is passive ("..., де тривають бої"), not a side
word that only reports it ("Die ukrainische Armee meldete Gefechte"). A reported gain or move
without a side of its own is the speaker's ("the ministry said it had withdrawn"). A holding that
describes a place ("in occupied A") names its holder by its own word. An evacuation in a passive
has no organiser; an unmarked local authority that orders one is Ukraine's. Forces named without a
side (optional key ``unnamed_forces``: "Soldaten", "they") are those of the side named last before
them in the paragraph, or, when none is, the source's own ("За даними нашої бригади, бійці відбили
три штурми"); a verb without a subject in what a side's speaker reports is the speaker's act
("Генштаб сообщил, что отбили пять атак").

An evacuation is organised only by the subject of the act: a party before the trigger with no
reported clause, colon or new clause between (optional keys ``complementizers``,
``clause_conjunctions``), the speaker in the first person (``first_person``) or telling a call to
leave (``evacuation_calls``); one that tells of it afterwards or in a reported clause is only the
source (docs/annotation.md). A subject-only event does not take a side word that possesses another
event noun ("отражены попытки ВСУ атаковать") or stands before a colon, a semicolon or ", and" + a
new subject. A side after a subordinating word behind the trigger is the subordinate clause's. In a
conditional, a supply at stake (optional key ``supply_words``) is acted on by the side of the
condition, else by the other side than its owner; a place that falls or is lost goes to the side a
later or subordinate clause names, the other one when that clause is a withdrawal; a withdrawal whose
only side acts in the condition is the other side's. A strike verb with a reflexive passive ending
(optional key ``reflexive_passive``: "обстреливается") names nobody.

A side word right before a one-word event noun names its actor whatever the voice ("The Russian
seizure of A was confirmed by Kyiv"); the agent of a passive verb of saying is not the event's. The
owner of the defences an advance goes into (optional keys ``defence_before``/``defence_after``) is
the other side; a verb that drives a force into a pocket (``drive_into``) makes its subject the
encircler; the side after a verb of blaming (``blame``) is the author of the act; a side named as the
winner of a fall (``winner_before``/``winner_after``) is no loser to invert.

The side that owns an encirclement noun in its own clause ("eine Einkesselung russischer Truppen") is
the encircled one even when an earlier clause names another side; one after an agent word ("by") is
the encircler. A complementizer ("that", "що") opens a reported clause like a verb of saying does. A
party that denies a gain by the other side ("the General Staff denied that A had been captured") does
not get it: the gain is the other side's.

Round 5: a capital inside a longer region name ("im Gebiet Kiew") is no party; a side adjective on a
strike noun after a preposition ("від ворожих обстрілів") names who fired; a subject set off from its
loss verb by a short insert ("Україна, ймовірно, втратила") is still in the clause; a pocket word in
quotes ("в «котел»") is still a patient state, and keeping a place in a pocket (optional key
``hold_in_pocket``) is the subject's act; in a patient encirclement the side acting in a condition
closes the ring; a pronoun for the speaker right after its verb of saying (optional key
``speaker_self_pronoun``: "said it had struck") makes the act the speaker's; fighting in a relative
clause of place (optional key ``relative_openers``: ", where fighting continues") takes no side
before it; a speaker warning of a place's fall in a condition fears its own loss; a first-person
call to leave is the speaker's evacuation, a first person before a colon only introduces.

Round 6 (tests/test_claims_placeside_r6.py): in a threatened or passive encirclement, a side word
before a complementizer is the matrix subject that closes the ring (or escapes it, with a
withdrawal verb), and one that only introduces a speaker decides nothing; a side word right before
an attack noun (optional key ``attack_nouns``) that a subject of the other side repels is whose
attacks they are; an "according to" phrase (optional key ``according_phrases``) is no verb of
saying that makes the side word before it a mere reporter; agentless repelled attacks in a passive
name no fighting side; "they" set off from its verb by an insert still carries the side named before.

Round 7 (tests/test_claims_placeside_r7.py): in a side's own claim about what its weapon hit, the name
of a weapon only that side fires (optional key ``weapon_names``) names nobody who fired, as subject or
instrument (gold/README.md, round-7 audit E); the side right after the event noun of a blaming is the
one blamed ("blamed the strike on Ukrainian troops"); a later conjunct with no side of its own carries
the last side word of the earlier one that is not in an oblique case ("оборону окупантів"); "the
enemy" before a party that speaks only in a later subordinate clause is the outlet's enemy; a side
word right after an attempt word (optional key ``attempt_words``) is whose advance it is; in an "under
fire" frame (optional key ``under_fire``) the side after it fires; subordinating words match whole
words only.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from frontwatch.claims import german, russian
from frontwatch.claims.clauses import _condition_clauses, _trigger_clause
from frontwatch.claims.context import (
    GOVERNED_GAP,
    OFFICIAL_KINDS,
    OTHER_SIDE,
    SIDES,
    TO_LOOKBACK,
    Span,
    _Context,
    _Draft,
    _extra_cues,
    _extra_regex,
    _report_cues,
    _spans_in,
)
from frontwatch.claims.event_rules import TYPE_RULES, TypeRule
from frontwatch.claims.sentences import Sentence, clause_spans
from frontwatch.claims.speakers import _speaks_in_later_subordinate
from frontwatch.model import PlaceMention, Source

# Between an event noun and the side word of its actor: short function words only ("Vorstoß der
# ukrainischen", "withdrawal of the Russian", "отступление российских").
_OWNED_SIDE_GAP = re.compile(r"\s+(?:\w{1,4}\s+){0,3}")


# A lower-case word (and the space after it) at the end of a text: a head noun between a target
# word and the side word ("по пунктам дислокации ВСУ").
_TRAILING_LOWER_WORD = re.compile(r"(?<![\w-])[^\W\d_A-ZА-ЯЁЄІЇҐÄÖÜ][\w-]*\s+$")
#: At most this many lower-case words between a target word ("по", "on") and the side word.
TARGET_HEAD_WORDS = 3
#: Characters before a side word searched for a target word.
TARGET_LOOKBACK = 60
#: How far back (characters) a passive agent marker may stand before the side word ("von den").
AGENT_LOOKBACK = 25
#: How close (characters) a side word must be for types that only take an adjacent one.
ADJACENT_SIDE_CHARS = 20


#: Cases (pymorphy grammemes) in which a side word is not the subject of the clause.
OBLIQUE_CASES = frozenset({"gent", "datv", "ablt", "loct"})
#: pymorphy3 grammemes of a verb form (a trigger with one is a verb, not an event noun).
VERB_GRAMMEMES = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "Impe"})
#: pymorphy3 grammemes of a passive predicate ("нанесены", "завдано"), unlike the attributive
#: passive participle ("нанесённые"), which describes a noun.
PREDICATIVE_PASSIVE = frozenset({"PRTS", "Impe"})


def _actor_side(
    context: _Context,
    event_type: str,
    rule: TypeRule,
    trigger: Span,
    trigger_clauses: list[Span],
    sentence: Sentence,
    sides: list[tuple[int, int, str]],
    source: Source,
) -> str | None:
    default_side = context.lexicon.default_speaker_side
    resolved = [
        (s, e, _resolve_own(side, _own_referent(context, sentence, s, source), context.outlet, default_side))
        for s, e, side in sides
        if not _in_region_name(context, s, e)
        and not (event_type == STRIKE_TYPE and _settlement_after_trigger(context, trigger, s, e))
        and not (event_type == STRIKE_TYPE and side == source.side and _weapon_name(context, s, e))
        # "explosions in Russian-occupied A", "im russisch besetzten A": the side word of a holding
        # phrase names who holds A, not who acts in the sentence's other events.
        and not (event_type not in CONTROL_TYPES and _in_holding_phrase(context, s, e))
        # "nach ukrainischen Angaben befreit", "по украинским данным", "according to Russian
        # officials": the side word of an "according to" phrase names who tells, not who acts.
        and not _in_according_phrase(context, s, e)
        # "von den Besatzern befreit": the force a place is freed from is not the liberator.
        and not _freed_from(context, s)
        # "withdrawing from our oblast", "обстреляли наш город": the writer's home is where, not who.
        and not (side == "OWN" and _own_territory(context, e))
        # russian r13: "Глава города, назначенный властями ДНР, сообщил, что ...": a participle phrase in
        # commas describes the speaker or a place; its side word is not the actor of another clause.
        and not (
            context.lexicon.extra.get("participial_apposition")
            and russian.participial_apposition(context.tokens, clause_spans(sentence), s, trigger)
        )
    ]
    usable = [(s, e, side) for s, e, side in resolved if side in SIDES]
    if event_type == STRIKE_TYPE:
        # "Drohnen schlugen in einem Werk der russischen Rüstungsindustrie ein", "дрони атакували
        # російський нафтопереробний завод": a side word on the noun of what is hit is the target.
        targets = [x for x in usable if _modifies_target_head(context, trigger, x)]
        if targets:
            usable = [x for x in usable if x not in targets]
            clause = (trigger_clauses[0][0], trigger_clauses[-1][1])
            own = [x for x in targets if clause[0] <= x[0] and x[1] <= clause[1]]
            if own and not any(clause[0] <= x[0] and x[1] <= clause[1] for x in usable):
                if _is_passive(context, trigger, *clause):
                    return None  # "были нанесены удары по позициям ВСУ": a passive names nobody
                return _striker_of_target(
                    context,
                    event_type,
                    own[0],
                    source,
                    (clause[0], trigger[0]),
                    country=False,
                    said_from=sentence.start,  # target r12
                )
    if not usable:
        return None
    if event_type == STRIKE_TYPE:
        shooter = _under_fire_from(context, trigger, usable)
        if shooter is not None:
            # "колонны ВСУ выходили из города под огнём нашей арты", "left the town under fire from
            # Russian artillery": who is under fire is the target; the side after the frame fires.
            return shooter
    if rule.adjacent_side_only:
        # Only a side word right before the trigger describes the actor ("pro-Russian partisans",
        # "проросійські партизани"); one after it is what they hit ("підпалили склад окупантів").
        near = [x for x in usable if x[1] <= trigger[0] and trigger[0] - x[1] <= ADJACENT_SIDE_CHARS]
        return near[-1][2] if near else None
    clause_start = trigger_clauses[0][0]
    clause_end = trigger_clauses[-1][1]
    if rule.subject_only:
        # "отражены попытки ВСУ атаковать", "the attacks of the enemy were repelled and fighting
        # went on": a side word right after another event noun is that event's possessor, not the
        # subject of this one (docs/annotation.md: fighting without a subject is null).
        earlier_events = [
            span
            for spans in context.events.values()
            for span in spans
            if clause_start <= span[0] and span[1] <= trigger[0]
        ]
        usable = [
            x
            for x in usable
            if not _owned_by_event(context, x, earlier_events)
            # "відбито спроби ворога атакувати" as one trigger: the genitive inside it is the possessor
            and not (trigger[0] < x[0] and x[1] <= trigger[1] and _oblique(context, x[0]))
            and not _qualifies_object_event(context, x, trigger, clause_start)
        ]
        if not usable:
            return None
    passive = _is_passive(context, trigger, clause_start, clause_end) or (
        rule.passive_names_nobody and _reflexive_passive(context, trigger)
    )
    in_clause = [x for x in usable if clause_start <= x[0] and x[1] <= clause_end]
    possessor = _genitive_possessor(context, event_type, trigger, in_clause)
    if possessor is not None:
        # german r13b: "Der Vormarsch der Russen wurde von ukrainischen Einheiten gestoppt", "stoppten den
        # Vorstoß russischer Truppen": the genitive after a noun of movement names who moves, whatever the
        # subject or the agent of the clause.
        return possessor
    if event_type == ADVANCE_TYPE:
        named = {(s, e) for s, e, label in sides if label in SIDES}
        attempter = _attempt_owner(context, trigger, clause_start, [x for x in in_clause if x[:2] in named])
        if attempter is not None:
            # "Сили оборони відбили дві спроби росіян прорватися до A", "repelled attempts by Russian
            # units to cross": an attempt is the advance of the side whose attempt it is (gold/README.md,
            # round-6 rule 4), not of the subject that repels it.
            return attempter
    if passive:
        if _weapon_is_subject(context, sides, trigger, clause_start, source) and not any(
            x[1] <= trigger[0] for x in in_clause
        ):
            # "ракетами «Іскандер-М» уражено нараду ... ЗСУ": the own weapon is the instrument of the
            # passive and nobody is named as who fired; the side after it is the target.
            return None
        for start, end, side in in_clause:
            if _is_agent(context, start, end, clause_start) and not _agent_of_saying(
                context, trigger, start, end
            ):
                return side
            # "bei einem russischen Raketenangriff ... getötet worden": an adjective on the event
            # noun itself names who fired, whatever the voice of the clause.
            # "The Russian seizure of A was confirmed by Kyiv": the passive is the telling's.
            if (
                end <= trigger[0]
                and not context.text[end : trigger[0]].strip()
                and (rule.passive_names_nobody or _adjective_on_event_noun(context, trigger))
                and not _attacks_repelled(rule)
            ):
                return side
        # "The bridge was blown up, apparently by the retreating Russians": an agent phrase set off
        # after the passive clause still names who acted.
        afterthought = _afterthought_agent(context, clause_end, sentence.end, usable)
        if afterthought is not None:
            return afterthought
        if _attacks_repelled(rule):
            return None
        if rule.passive_names_nobody and (in_clause or _reflexive_passive(context, trigger)):
            # "..., город обстреливается из артиллерии": a passive with a subject of its own names
            # nobody who fires, not the side of an earlier clause either.
            return None
    if event_type == "force_estimate":
        closest = min(usable, key=lambda x: min(abs(x[0] - trigger[1]), abs(trigger[0] - x[1])))
        if min(abs(closest[0] - trigger[1]), abs(trigger[0] - closest[1])) <= ADJACENT_SIDE_CHARS:
            return closest[2]
    inside = [x for x in in_clause if trigger[0] <= x[0] and x[1] <= trigger[1]]
    if not inside and not rule.patient_after:
        # "the withdrawal of its forces", "отвод своих войск": an own-forces word right after the
        # event noun names its actor, whatever stands before it as the subject of another verb.
        own_spans = {(s, e) for s, e, label in sides if label == "OWN"}
        inside = [
            x
            for x in in_clause
            if (x[0], x[1]) in own_spans
            and _owned_by_event(context, x, [trigger])
            and _possessed_by_noun(context, trigger, x[0])
        ][:1]
    # "Russian propagandists claim that Ukrainian troops have withdrawn": a verb of saying between
    # them makes the side words before it the speaker's; the reported clause has its own subject.
    said = [e for s, e in _spans_in(context.attribution, clause_start, trigger[0])]
    # "Ukraine retakes A as Russian troops retreat": a subordinate clause (optional claims.yaml key
    # ``subordinators``) has its own subject too.
    subordinator = _extra_regex(context.lexicon, "subordinators")
    # "... and predicts that the Ukrainian garrison will be encircled": a complementizer (optional key
    # ``complementizers``) opens a reported clause even after a verb the attribution list lacks.
    complementizer = _extra_regex(context.lexicon, "complementizers")
    cuts = said + [
        m.end()
        for pattern in (subordinator, complementizer)
        if pattern is not None
        for m in _whole_words(pattern, context.text, clause_start, trigger[0])
    ]
    reported = [x for x in in_clause if x[1] <= trigger[0] and (not cuts or x[0] >= max(cuts))]
    if not reported and cuts and not rule.patient_after:
        # ru "пока его не освободили ВСУ", "после того как её заняли российские войска": the subject of a
        # subordinate or reported clause follows its verb; the side of the main clause is not it.
        inverted = _subject_after_verb(context, trigger, in_clause, subordinator, max(cuts))
        if inverted is not None:
            return inverted
    if not reported and _weapon_is_subject(context, sides, trigger, max([clause_start, *cuts]), source):
        # "Міноборони рф: «Калібри» поцілили в ...", "ракетами «Іскандер» уражено нараду ЗСУ": the
        # weapon is the subject or instrument of what the speaker reports; the speaker's side word
        # before the colon or verb of saying is not who fired, nor is a side word after it a target.
        return None
    subject_pool = reported or [x for x in in_clause if x[1] <= trigger[0]]
    before_in_clause = _subject_candidates(context, trigger, subject_pool)[:1]
    if rule.patient_after and before_in_clause and not inside:
        before_in_clause = _subject_of_own_conjunct(context, trigger, before_in_clause, subject_pool)
    after_in_clause = (
        []
        if rule.subject_only
        else [
            x
            for x in in_clause
            if x[0] >= trigger[1]
            # "... had been destroyed before the Russians left": a side after a subordinating word
            # is the subject of the subordinate clause, not the actor of the trigger.
            and not (subordinator and _whole_words(subordinator, context.text, trigger[1], x[0]))
        ][:1]
    )
    if rule.subject_only and len({x[2] for x in in_clause if x[1] <= trigger[0]}) > 1:
        return None  # "ukrainische und russische Truppen liefern sich Gefechte": both sides
    saying = _verbs_of_saying(context, clause_start, trigger[0])
    if rule.speaker_not_actor and saying and not reported and not inside:
        # "Die ukrainische Armee meldete Gefechte bei A": the side word is who reports the event,
        # the event has no subject of its own (gold/README.md: fighting without a subject is null).
        return None
    if rule.shares_places and not inside:
        # "the Defence Forces struck the HQ in occupied Sevastopol": a holding that describes a place
        # names its holder by the word itself; the clause's subject acts in another event.
        described_by = _trigger_side(context, trigger)
        if described_by is not None:
            return described_by
    blamed = _blamed_before(context, trigger, clause_start, in_clause)
    if blamed is not None and not inside:
        # "звинуватила ЗСУ в ударі", "blamed Ukrainian troops for the strike": the side after a verb
        # of blaming is the author of the act, not the blamer before it.
        return blamed
    blamed = _blamed_after(context, trigger, clause_end, in_clause)
    if blamed is not None:
        # "blamed the strike on Ukrainian troops", "обвинили в ударе ВСУ": the side after the event
        # noun of a blaming is its author, not a target and not the blamer.
        return blamed
    patient_encirclement = rule.patient_after and (passive or _patient_state(context, trigger))
    if patient_encirclement and before_in_clause and not inside:
        matrix = _matrix_subject_side(context, trigger, before_in_clause[0], cuts)
        if matrix is not None:
            return matrix
    if inside or before_in_clause:
        start, side_end, side = (inside or before_in_clause)[0]
        if event_type == "advance" and _defender(context, start, side_end):
            # "stießen in die russische Verteidigung vor": the owner of the defences is not who advances.
            return OTHER_SIDE[side]
        if (
            rule.invert_passive
            and _is_target(context, start)
            # "від ворожих обстрілів", "по российским ударам": the preposition governs the event
            # noun the side word qualifies, which names who fired.
            and not (
                not context.text[side_end : trigger[0]].strip() and _adjective_on_event_noun(context, trigger)
            )
        ):
            # "удари по противнику", "Beschuss auf russische Stellungen"
            target = (start, side_end, side)
            return _striker_of_target(context, event_type, target, source, (clause_start, trigger[0]))
        # "Russian troops were encircled": in a passive clause without agent the side is the patient;
        # "den russischen Truppen droht die Einkesselung", "Soldaten im Kessel": so it is in a state.
        if rule.invert_passive and (passive or _patient_state(context, trigger)):
            return OTHER_SIDE[side]
        if (
            rule.patient_after
            and not inside
            and _oblique(context, start)
            and _after_head_noun(context, start)
        ):
            # "Угруповання окупантів ... оточене", "группировка ВСУ окружена": the side word only
            # qualifies the grouping that is encircled (uk/ru mark its case).
            return OTHER_SIDE[side]
        return side
    # "Відступаючи на лівий берег, окупанти підірвали міст": an adverbial participle shares the
    # subject of the clause it hangs on.
    if _is_gerund(context, trigger):
        following = [x for x in usable if x[0] >= clause_end and x[0] < sentence.end]
        if following:
            return following[0][2]
    # A trigger that names its side ("під окупацією", "liberated") beats a side word of an
    # earlier clause ("A, який залишався під окупацією": not the side of the main clause).
    own_side = _trigger_side(context, trigger)
    if own_side is not None:
        return own_side
    if rule.side_after_sentence and not after_in_clause:
        later = [x for x in usable if x[0] >= clause_end]
        if later:
            return later[0][2]
    # The subject of an earlier clause ("Sollten die Ukrainer ..., würden sie ..."). Not for a type
    # whose side is only its own clause's subject when that clause has a subject of its own or none
    # at all: "росіяни обстрілюють A, де тривають бої" (the event noun is the subject), "räumte ein,
    # dass in A gekämpft werde" (a passive) name nobody who fights (gold/README.md).
    own_subject = rule.subject_only and (passive or _nominative_noun(context, trigger))
    # "A fell, hours after Russia's defence ministry said it had withdrawn from B": a reported gain or
    # move with no side of its own ("its troops" is the speaker's own) is the speaker's, not that of
    # an earlier clause.
    if (
        rule.gain
        and said
        and not passive
        and source.side in SIDES
        and all(x[2] == source.side for x in after_in_clause)
        and any(
            clause_start <= m.start and m.end <= min(said) for m in context.speakers if m.source == source
        )
    ):
        return source.side
    if (
        rule.patient_after
        and after_in_clause
        and _owned_by_event(context, after_in_clause[0], [trigger])
        and not _agent_word_before(context, after_in_clause[0][0], clause_start)
    ):
        # "..., wo eine Einkesselung russischer Truppen bevorsteht", "the encirclement of Ukrainian
        # units": the side that owns the event noun in its own clause is the encircled one; a side of
        # an earlier clause (who speaks, who wants something) is not the encircler.
        return OTHER_SIDE[after_in_clause[0][2]]
    before = (
        []
        if own_subject
        else _carried_subject(context, clause_start, [x for x in usable if x[1] <= trigger[0]])
    )
    if before and patient_encirclement and _introduces_speaker(context, before[0], trigger):
        before = []
    if (
        before
        and rule.subject_only
        and _new_subject_between(context, before[0][1], trigger[0], reported=False)
    ):
        # "encircled by Russian forces, and a convoy left A", "X, which Russia annexed: an evacuation
        # is not planned": a clause with its own subject opened since; the side word is not its subject.
        before = []
    relative = _extra_regex(context.lexicon, "relative_openers")
    opener = (
        relative.search(context.text, before[0][1], trigger[0])
        if before and rule.subject_only and relative is not None
        else None
    )
    if opener is not None and not _spans_in(
        _report_cues(context, "unnamed_forces"), opener.end(), trigger[0]
    ):
        # "Ukrainian units hold the south of the town, where fighting continues": a relative clause
        # opened by "where" has a subject of its own (the event noun), not the side word before it;
        # "..., where they repelled three assaults" refers back to it.
        before = []
    if before:
        if event_type == "withdrawal" and any(
            c[0] <= before[0][0] < c[1] and not (c[0] <= trigger[0] < c[1])
            for c in _condition_clauses(context, sentence)
        ):
            # "Если противник форсирует реку, то линия обороны сместится": the side that acts in the
            # condition pushes; the one that falls back is the other.
            return OTHER_SIDE[before[0][2]]
        return before[0][2]
    if after_in_clause:
        start, side_end, side = after_in_clause[0]
        if rule.patient_after and _agent_word_before(context, start, clause_start):
            return side  # "the encirclement of A by Russian troops": the agent encircles
        if rule.invert_passive and _is_target(context, start, TARGET_HEAD_WORDS):
            # "нанесли удары по противнику": the side after is the target
            target = (start, side_end, side)
            return _striker_of_target(context, event_type, target, source, (clause_start, trigger[0]))
        # "the threat of encirclement of the Russian group", "оточено групу російських військових"
        # (an agent was returned above): the side after the word is acted upon.
        if event_type == "advance" and _defender(context, start, side_end):
            # "advanced deep into Russian defences": the owner of the defences is not who advances.
            return OTHER_SIDE[side]
        return OTHER_SIDE[side] if rule.patient_after else side
    if event_type == STRIKE_TYPE and not in_clause:
        return _subject_after_colon(context, clause_end, sentence.end, usable)
    return None


#: How far after a colon the subject of the clause that tells the event may begin.
COLON_SUBJECT_REACH = 40


def _subject_after_colon(
    context: _Context, clause_end: int, sentence_end: int, usable: list[tuple[int, int, str]]
) -> str | None:
    """The side of the clause a colon opens after a strike's own clause without a side word: "Увечері
    знову вибухи: ворожа авіація атакувала A", "Explosions again: enemy drones hit A", "Erneut
    Explosionen: russische Raketen trafen A" -- the clause after the colon tells the event the noun
    before it names, and its subject (a side word right after the colon, not a target) is who fired."""
    rest = context.text[clause_end:sentence_end]
    colon = clause_end + len(rest) - len(rest.lstrip())
    if not context.text.startswith(":", colon):
        return None
    after = [x for x in usable if colon < x[0] <= colon + COLON_SUBJECT_REACH]
    if not after or _is_target(context, after[0][0]):
        return None
    if _in_according_phrase(context, after[0][0], after[0][1]):
        return None
    return after[0][2]  # side r12


def _striker_of_target(
    context: _Context,
    event_type: str,
    target: tuple[int, int, str],
    source: Source,
    before_trigger: Span,
    country: bool = True,
    said_from: int | None = None,
) -> str | None:
    """Who fired at a target of ``target_side`` ("удари по противнику", "strikes on Russian
    positions") when no attacker is named: the other side, when the source is that side telling of
    its own fire or a party says it fired ("Ukraine says it destroyed a Russian ship": a pronoun
    after a verb of saying, optional claims.yaml key ``speaker_self_pronoun``). A strike told by a
    source of no side ("an explosion destroyed a Russian air defence position") names nobody who
    fired (gold/README.md, round-6 audit rule 1: the side of the target is not the attacker); other
    types keep the other side. ``country`` False: the side word only qualifies what is hit
    ("enterprises of Ukraine's defence industry"), it is no country attacked as a whole.
    ``said_from``: where a verb of saying may begin that the reported clause hangs on (default the
    clause's start; ru/uk "ВСУ заявили, что обстреляли российские позиции": a clause with no subject
    of its own right after "заявили, что" is the speaker's act, key ``speaker_self_pronoun``)."""
    start, end, target_side = target
    striker = OTHER_SIDE[target_side]
    if event_type != STRIKE_TYPE or source.side in SIDES:
        return striker
    # "Großer Drohnenangriff auf Russland": only the other side attacks a country itself (optional
    # claims.yaml key ``country_side_words``, the side words that name a country).
    country_words = _extra_regex(context.lexicon, "country_side_words") if country else None
    if country_words is not None and country_words.fullmatch(context.text, start, end) is not None:
        return striker
    if _spans_in(_report_cues(context, "unnamed_forces"), *before_trigger):
        # "Армия нанесла удары по пунктам дислокации ВСУ": forces named without a side that strike
        # the other side's positions are the striker's (optional key ``unnamed_forces``).
        return striker
    if _partisan_name(context, start, end, striker):
        # "прилёты по базе оккупантов", "удари по орках": a name only the striker's side uses for
        # the target says whose fire it is.
        return striker
    pronoun = _extra_regex(context.lexicon, "speaker_self_pronoun")
    says_it = pronoun is not None and any(
        _speaker_pronoun(context, pronoun, cue_end, before_trigger[1]) is not None
        for _, cue_end in _spans_in(
            context.attribution, before_trigger[0] if said_from is None else said_from, before_trigger[1]
        )
    )
    return striker if says_it else None


def _speaker_pronoun(
    context: _Context, pattern: re.Pattern[str], cue_end: int, trigger_start: int
) -> re.Match[str] | None:
    """The match of ``speaker_self_pronoun`` right after a verb of saying ending at ``cue_end``, if it
    opens the reported clause of the trigger. When it reaches the trigger itself (ru/uk "заявили, что
    обстреляли": no pronoun, a dropped subject), the trigger must be a finite verb, not an intransitive
    one: "сказав, що бої тривають" has the event noun as its subject (target r12)."""
    found = pattern.match(context.text, cue_end, trigger_start)
    if found is None:
        # "ВС РФ заявили, что нанесли удар по A", "ЗСУ заявили, що завдали удару": the dropped subject
        # belongs to the support verb of the event noun, which stands between (bugs r13).
        verb_start = _support_verb_start(context, trigger_start)
        return None if verb_start is None else pattern.match(context.text, cue_end, verb_start)
    if context.text[found.end() : trigger_start].strip():
        return found
    index = bisect.bisect_left(context.tokens, trigger_start, key=lambda t: t.start)
    grammemes = context.tokens[index].grammemes if index < len(context.tokens) else frozenset()
    # de/en: no analyser; "заявил, что погибли 27 человек": an intransitive verb's subject follows it.
    if not grammemes or (bool(grammemes & FINITE_VERB_GRAMMEMES) and "intr" not in grammemes):
        return found
    return None


#: Attributes between a support verb and its event noun ("нанесли массированный удар").
_SUPPORT_VERB_GAP_WORDS = 2
_ATTRIBUTE_GRAMMEMES = frozenset({"ADJF", "PRTF"})


def _support_verb_start(context: _Context, trigger_start: int) -> int | None:
    """Where the finite support verb of an event-noun trigger begins ("нанесли удар", "завдали
    потужного удару", "осуществили удары"): a verb whose lemma is in the optional claims.yaml key
    ``support_verbs``, right before the noun or before at most two attributes of it; None otherwise.
    The verb, not the noun, opens the reported clause, so a dropped subject is the verb's (bugs r13)."""
    lemmas = context.lexicon.extra.get("support_verbs")
    if not isinstance(lemmas, list) or not lemmas:
        return None
    tokens = context.tokens
    index = bisect.bisect_left(tokens, trigger_start, key=lambda t: t.start)
    if index >= len(tokens) or tokens[index].start != trigger_start or "NOUN" not in tokens[index].grammemes:
        return None
    index -= 1
    skipped = 0
    while index >= 0 and skipped < _SUPPORT_VERB_GAP_WORDS and tokens[index].grammemes & _ATTRIBUTE_GRAMMEMES:
        index -= 1
        skipped += 1
    if index < 0:
        return None
    verb = tokens[index]
    if "VERB" not in verb.grammemes or verb.lemma not in lemmas:
        return None
    return verb.start


#: Between a side adjective and the noun of what is hit: a possessive ending and up to two
#: lower-case words ("Ukraine's defence industry", "російський нафтопереробний завод").
_TARGET_ADJECTIVE_GAP = r"(?:['’]s)?\s+(?:[^\W\d_A-ZА-ЯЁЄІЇҐÄÖÜ][\w-]*\s+){0,2}?"


@lru_cache(maxsize=16)
def _target_adjective(heads: str) -> re.Pattern[str]:
    """The gap and a head noun of ``target_heads``: the gap's lower-case test must not ignore case,
    the head nouns do. Keyed by the heads' pattern, so a reloaded lexicon gets its own."""
    return re.compile(_TARGET_ADJECTIVE_GAP + "(?i:" + heads + ")")


#: Characters before a side word searched for the noun of what is hit that it qualifies.
TARGET_HEAD_LOOKBACK = 80
#: Case grammemes (pymorphy3): a side word with one of them is marked for case.
CASE_GRAMMEMES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _modifies_target_head(context: _Context, trigger: Span, side: tuple[int, int, str]) -> bool:
    """The side word qualifies a noun of what a strike hits (optional claims.yaml keys
    ``target_heads`` and ``target_head_gap``): as an adjective before it ("die russische
    Ölraffinerie", "a Russian oil refinery", "російський нафтопереробний завод", with up to two
    lower-case words between and no event word among them: "russische Drohnen trafen Raffinerien"
    keeps its subject) or as a genitive after it ("Betriebe der ukrainischen Rüstungsindustrie",
    "enterprises of Ukraine's defence industry", "предприятия оборонной промышленности Украины";
    uk/ru: not in the nominative). Such a side word names the target, never who fired."""
    heads = _extra_regex(context.lexicon, "target_heads")
    if heads is None:
        return False
    start, end, _ = side
    text = context.text
    match = _target_adjective(heads.pattern).match(text, end)
    index = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
    grammemes = (
        context.tokens[index].grammemes
        if index < len(context.tokens) and context.tokens[index].start == start
        else frozenset()
    )
    if (
        match is not None
        and _side_adjective(context, start, end, grammemes)
        and not _event_between(context, trigger, start, end, match.end())
        and not _agent_word_before(context, start, max(0, start - AGENT_LOOKBACK))
    ):
        return True
    gap = _extra_regex(context.lexicon, "target_head_gap")
    if gap is None:
        return False
    following = context.tokens[index + 1].grammemes if index + 1 < len(context.tokens) else frozenset()
    if (
        "nomn" in grammemes
        and not grammemes & OBLIQUE_CASES
        # target r12: an indeclinable abbreviation ("позиції ЗСУ") is nominative by its first parse
        # only; it is a subject when a finite verb follows it ("на заводі ЗСУ знищили ...").
        and ("Fixd" not in grammemes or bool(following & FINITE_VERB_GRAMMEMES))
    ):
        return False  # "на заводі російські військові ...": a subject, not a genitive
    return any(
        gap.fullmatch(text, head.end(), start) is not None
        for head in heads.finditer(text, max(0, start - TARGET_HEAD_LOOKBACK), start)
    )


def _side_adjective(context: _Context, start: int, end: int, grammemes: frozenset[str]) -> bool:
    """The side word is an adjective or a possessive that can stand before a noun: uk/ru by the
    analyser (``ADJF``: "російський", not "Росії"), de/en by the optional claims.yaml key
    ``side_adjective`` ("russische", "Russian", "Ukraine's"; not the subject "hat Russland das
    Kraftwerk zerstört")."""
    if grammemes & {"NOUN", "ADJF"}:
        return "ADJF" in grammemes
    pattern = _extra_regex(context.lexicon, "side_adjective")
    if pattern is None:
        return False
    possessive = context.text.startswith(("'s", "’s"), end)
    return possessive or pattern.fullmatch(context.text, start, end) is not None


def _event_between(context: _Context, trigger: Span, side_start: int, start: int, end: int) -> bool:
    """An event word (the trigger or another) overlaps ``start``..``end`` and does not begin before
    the side word at ``side_start``: "Russian drones hit refineries" (the verb stands between the side
    word and the noun), unlike "атаковали российский аэродром" as one trigger (the verb before it)."""
    spans = [trigger, *(span for spans in context.events.values() for span in spans)]
    return any(s < end and start < e and s >= side_start for s, e in spans)


#: Optional claims.yaml keys of words only one side uses for the other (slurs, "the occupiers").
PARTISAN_NAME_KEYS = ("writer_side", "channel_side_words")


def _partisan_name(context: _Context, start: int, end: int, user_side: str) -> bool:
    """The side word at ``start``..``end`` is a name for the other side that only ``user_side`` uses
    (optional claims.yaml keys ``writer_side`` and ``channel_side_words``: "оккупанты", "орки")."""
    first = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
    tokens = [t for t in context.tokens[first:] if t.start < end]
    for key in PARTISAN_NAME_KEYS:
        raw = context.lexicon.extra.get(key)
        if not isinstance(raw, dict) or user_side not in raw:
            continue
        if any(
            start <= s < end
            for s, _ in _extra_cues(context.lexicon, key, user_side).find(context.text, tokens)
        ):
            return True
    return False


#: Types whose side a holding phrase's side word names ("Russian-occupied A": who holds or took A).
CONTROL_TYPES = frozenset({"control_held", "control_change"})


def _in_holding_phrase(context: _Context, start: int, end: int) -> bool:
    """The side word lies inside the words of a holding that describe a place named in or right after
    them ("Russian-held town of A", "russisch besetzten A", "окупованому росіянами A") -- not the
    subject of a holding verb ("Russia held elections in ...")."""
    for span_start, span_end in context.events.get("control_held", ()):
        if not (span_start <= start and end <= span_end):
            continue
        index = bisect.bisect_left(context.mention_starts, span_start)
        if index < len(context.mentions):
            mention = context.mentions[index]
            gap = context.text[span_end : mention.start]
            if mention.start - span_end <= GOVERNED_GAP and not any(ch in gap for ch in ",;:()"):
                return True
    return False


_WORD_CHAR = re.compile(r"\w")


def _whole_words(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text[start:end]`` that are whole words: the de/uk/ru
    ``subordinators`` are written to be matched against one word, so "де" must not match inside
    "Іскандер" nor "wo" inside "Wowtschansk"."""
    return [
        m
        for m in pattern.finditer(text, start, end)
        if not (m.start() > 0 and _WORD_CHAR.match(text, m.start() - 1))
        and not _WORD_CHAR.match(text, m.end())
    ]


#: What may stand between an "under fire" frame and the side word of who fires: "from", "by", a
#: genitive article ("unter Beschuss der russischen Artillerie"), or nothing ("под огнём нашей арты").
_UNDER_FIRE_GAP = re.compile(r"\s+(?:(?:from|by|of|der|des|von|vom|durch)\s+)?(?:the\s+)?", re.IGNORECASE)

#: How far around the trigger an "under fire" frame is looked for.
UNDER_FIRE_REACH = 40


def _under_fire_from(context: _Context, trigger: Span, usable: list[tuple[int, int, str]]) -> str | None:
    """The side right after an "under fire" frame (optional claims.yaml key ``under_fire``: "under fire",
    "unter Beschuss", "под огнём", "під обстрілом") that overlaps the trigger: in that frame what
    follows is always who fires, and what stands before it (the subject) is fired at."""
    pattern = _extra_regex(context.lexicon, "under_fire")
    if pattern is None:
        return None
    start = max(0, trigger[0] - UNDER_FIRE_REACH)
    for frame in pattern.finditer(context.text, start, trigger[1] + UNDER_FIRE_REACH):
        if not (frame.start() < trigger[1] and trigger[0] < frame.end()):
            continue
        for side_start, _, side in usable:
            if side_start >= frame.end():
                if _UNDER_FIRE_GAP.fullmatch(context.text, frame.end(), side_start) is not None:
                    return side
                break
    return None


#: The event type that an attempt word's owner makes (``_attempt_owner``).
ADVANCE_TYPE = "advance"

#: What may stand between an attempt word and the side word that owns it: up to two short words
#: ("attempts by Russian", "Versuche der russischen", "спроби росіян").
_ATTEMPT_OWNER_GAP = re.compile(r"\s*(?:[^\W\d_]{1,4}\s+){0,3}")


def _attempt_owner(
    context: _Context, trigger: Span, clause_start: int, in_clause: list[tuple[int, int, str]]
) -> str | None:
    """The side of a side word right after an attempt word (optional claims.yaml key
    ``attempt_words``) before the trigger in its clause: whose attempt the advance is. Only a side
    named as such ("росіян", "российских подразделений") is passed in: "попытку противника" relative
    to "Наши" is left to the subject rules (tests/test_claims_audit_r7.py reads the pair as the
    writer's opponent attempting, whatever side the language's default speaker has)."""
    pattern = _extra_regex(context.lexicon, "attempt_words")
    if pattern is None:
        return None
    for match in pattern.finditer(context.text, clause_start, trigger[0]):
        for start, end, side in in_clause:
            if match.end() <= start and end <= trigger[0]:
                if _ATTEMPT_OWNER_GAP.fullmatch(context.text, match.end(), start) is not None:
                    return side
                break
    return None


#: The event type whose actor a weapon's name does not give (``_weapon_name``).
STRIKE_TYPE = "strike"


def _weapon_name(context: _Context, start: int, end: int) -> bool:
    """ "an Iskander missile had hit a military train", "«Калібри» поцілили в ...": a side word that is
    only the name of a weapon one side fires (optional claims.yaml key ``weapon_names``). In that side's
    own claim about what its weapon hit, the name does not name who fired, whether the weapon is the
    subject or the instrument (gold/README.md, round-7 audit E: actor null); a side adjective or a force
    next to it still does ("Russian Kalibr missiles hit ...", "the enemy fired two Iskanders"). Told by
    anybody else, the name of a weapon only one side fires keeps naming that side."""
    pattern = _extra_regex(context.lexicon, "weapon_names")
    return pattern is not None and pattern.fullmatch(context.text, start, end) is not None


def _weapon_is_subject(
    context: _Context, sides: list[tuple[int, int, str]], trigger: Span, start: int, source: Source
) -> bool:
    """The name of a weapon of the source's own side (``_weapon_name``) stands between the start of the
    reported part (after the last verb of saying, complementizer or colon from ``start``) and a strike
    word: it is that word's subject or instrument."""
    reported_start = _after_last_colon(context, start, trigger[0])
    return any(
        reported_start <= s and e <= trigger[0] and side == source.side and _weapon_name(context, s, e)
        for s, e, side in sides
    )


#: At most this many characters (spaces) between a side adjective and the event noun it qualifies.
QUALIFIER_GAP = 2


def _qualifies_object_event(
    context: _Context, side: tuple[int, int, str], trigger: Span, clause_start: int
) -> bool:
    """ "Ukrainische Einheiten haben russische Angriffe zurückgeschlagen", "Ukrainian units repelled
    Russian attacks": a side word right before another event noun or an attack noun (optional
    claims.yaml key ``attack_nouns``), which a subject of the other side named before it acts on,
    qualifies that noun (whose attacks), it is not the subject of the trigger. Only with such a
    subject before it in the clause: alone ("Russian attacks near A continue") it is all there is."""
    start, end, _ = side
    if start == trigger[0]:
        return False  # "Russian attacks near A" as the trigger itself: the side word is its own
    qualified = any(
        0 < span[0] - end <= QUALIFIER_GAP and not context.text[end : span[0]].strip() and span != trigger
        for spans in context.events.values()
        for span in spans
    )
    # An attack noun that is no trigger of its own (optional claims.yaml key ``attack_nouns``).
    attack = _extra_regex(context.lexicon, "attack_nouns")
    if not qualified and attack is not None:
        after = context.text[end : end + QUALIFIER_GAP]
        gap = len(after) - len(after.lstrip())
        qualified = gap > 0 and attack.match(context.text, end + gap) is not None
    if not qualified:
        return False
    return any(clause_start <= s and e <= start for s, e, label in context.sides if label != side[2])


def _verbs_of_saying(context: _Context, start: int, end: int) -> list[Span]:
    """The attribution cues between ``start`` and ``end`` that are verbs of saying ("meldete",
    "said"), not an "according to" phrase (optional claims.yaml key ``according_phrases``: "nach
    Angaben des Generalstabs", "за даними"), which is an insert: "Ukrainische Einheiten haben nach
    Angaben des Generalstabs Angriffe zurückgeschlagen" keeps its subject."""
    cues = _spans_in(context.attribution, start, end)
    according = _extra_regex(context.lexicon, "according_phrases")
    if according is None:
        return cues
    text = context.text
    return [
        (s, e)
        for s, e in cues
        if according.search(text, max(0, s - ACCORDING_REACH), min(len(text), e + ACCORDING_REACH)) is None
    ]


#: How far around an attribution cue an "according to" phrase may reach ("nach ukrainischen Angaben").
ACCORDING_REACH = 20

#: How far before a side word an "according to" phrase that holds it may begin (characters).
ACCORDING_LOOKBACK = 60
# Between the end of an "according to" phrase and the side word of the teller it names: articles
# and the like only ("laut Angaben des ukrainischen Generalstabs", "according to the Russian MoD",
# "по данным украинской стороны" ends at "данным").
_ACCORDING_GAP = re.compile(r"\s*(?:(?:the|des|der|dem|den|von|of|from)\s+)?")


def _in_according_phrase(context: _Context, start: int, end: int) -> bool:
    """Whether the side word at ``start``-``end`` belongs to an "according to" phrase (optional
    claims.yaml key ``according_phrases``): inside it ("nach ukrainischen Angaben", "по украинским
    данным", "за російськими даними") or right after it as its teller ("according to Ukrainian
    officials", "laut Angaben des russischen Militärs"). Such a side word names who tells the
    event, not who acts in it: "Robotyne wurde nach ukrainischen Angaben befreit" is the liberation
    of the verb, a capture "nach russischen Angaben" an agentless passive (gold/README.md)."""
    according = _extra_regex(context.lexicon, "according_phrases")
    if according is None:
        return False
    text = context.text
    for match in according.finditer(
        text, max(0, start - ACCORDING_LOOKBACK), min(len(text), end + ACCORDING_LOOKBACK)
    ):
        if match.start() > start:
            break
        if match.start() <= start and end <= match.end():
            return True
        if match.end() <= start and _ACCORDING_GAP.fullmatch(text, match.end(), start):
            return True
    return False


def _attacks_repelled(rule: TypeRule) -> bool:
    """ "Bei A seien mehrere ukrainische Angriffe abgewehrt worden", "Russian attacks near A were
    repelled": in a passive without an agent, a side word is whose attacks were stopped (the patient),
    and the fighting has no subject of its own (gold/README.md: "Angriffe ... seien abgewehrt worden"
    is null). Only for types whose side is their clause's subject; an agent ("by Ukrainian units",
    "підрозділами ЗСУ") was taken before."""
    return rule.subject_only


def _introduces_speaker(context: _Context, side: tuple[int, int, str], trigger: Span) -> bool:
    """ "Die ukrainische Truppengruppe teilte mit, ..., weil der Stadt eine Einkesselung drohte": a
    side word of an earlier clause followed by a verb of saying before the trigger only introduces
    a speaker; it is neither the encircled nor the encircler of a threatened or passive encirclement,
    which the context decides (``_encircler_from_context``: a withdrawal of the sentence, the source)."""
    return bool(_spans_in(context.attribution, side[1], trigger[0]))


def _matrix_subject_side(
    context: _Context, trigger: Span, side: tuple[int, int, str], cuts: list[int]
) -> str | None:
    """ "Russian troops wore down both flanks, and there was a danger that the town would be
    surrounded", "российские войска продвинулись, так что гарнизон может оказаться в котле": a side
    word before a complementizer or subordinating word is the subject of the matrix clause, and the
    encirclement after it, a passive or threatened state, has a subject of its own (the town, the
    garrison). The matrix subject is the one that closes the ring; when its verb is a withdrawal
    ("Ukrainian units withdrew because the town could be encircled") it is the one that escapes it.
    None when no such word stands between them or a verb of saying does (the side only speaks)."""
    _, side_end, label = side
    if not any(side_end <= cut <= trigger[0] for cut in cuts):
        return None
    if _spans_in(context.attribution, side_end, trigger[0]):
        return None
    if _spans_in(context.events.get("withdrawal", []), side_end, trigger[0]):
        return OTHER_SIDE[label]
    return label


#: Place precisions of a region: a capital's name inside one ("im Gebiet Kiew", "the Kyiv region")
#: names the region, not the government that the capital stands for elsewhere ("Kiew meldet").
REGION_PRECISIONS = frozenset({"oblast", "raion"})


def _in_region_name(context: _Context, start: int, end: int) -> bool:
    """The side word at ``start``-``end`` lies inside the longer mention of a region."""
    index = bisect.bisect_right(context.mention_starts, start) - 1
    while index >= 0:
        mention = context.mentions[index]
        # "ДНР" alone is a party and a region at once; "Gebiet Kiew" names only the region.
        if (
            mention.end >= end
            and mention.precision in REGION_PRECISIONS
            and (mention.start, mention.end) != (start, end)
        ):
            return True
        if start - mention.start > REGION_NAME_REACH:
            return False
        index -= 1
    return False


#: How far before a side word a region mention containing it may start ("Kyiv and Chernihiv regions").
REGION_NAME_REACH = 40

# Between an event word and the town it governs: at most three lower-case words ("have shaken central",
# "обстріляли західний").
_OBJECT_TOWN_GAP = re.compile(r"\s+(?:[^\W\d_A-ZА-ЯЁЄІЇҐÄÖÜ][\w-]*\s+){0,3}")


def _settlement_after_trigger(context: _Context, trigger: Span, start: int, end: int) -> bool:
    """The side word is a town a strike word governs ("explosions shook central Kyiv", "ракети
    вразили Київ"): a capital that is what was hit or where it happened is the place, not the
    government acting (the lexicon already drops it after a locative preposition). An agent word
    between them ("attacks by Kyiv") keeps it the actor. Only asked for strikes: after a control
    word the capital is the holder ("under the control of Kyiv")."""
    if start < trigger[1]:
        return False
    index = bisect.bisect_left(context.mention_starts, start)
    if index >= len(context.mentions):
        return False
    mention = context.mentions[index]
    # Only a town: a country after the event word ("под контролем Украины") names the side.
    if (mention.start, mention.end) != (start, end) or mention.precision != "settlement":
        return False
    return _OBJECT_TOWN_GAP.fullmatch(context.text, trigger[1], start) is not None and not _agent_word_before(
        context, start, trigger[1]
    )


def _blamed_before(
    context: _Context, trigger: Span, clause_start: int, in_clause: list[tuple[int, int, str]]
) -> str | None:
    """The side named between a verb of blaming (optional claims.yaml key ``blame``) and the trigger
    in its clause, if any."""
    for _, cue_end in reversed(_report_cues(context, "blame")):
        if not clause_start <= cue_end <= trigger[0]:
            continue
        after = [x for x in in_clause if cue_end <= x[0] and x[1] <= trigger[0]]
        if after:
            return after[0][2]
    return None


#: At most this many characters between a verb of blaming and the event noun it governs
#: ("blamed the strike", "обвинили в ударе", "звинуватили у нічному обстрілі").
BLAME_OBJECT_GAP = 25


def _blamed_after(
    context: _Context, trigger: Span, clause_end: int, in_clause: list[tuple[int, int, str]]
) -> str | None:
    """The side right after the event noun that a verb of blaming (optional claims.yaml key ``blame``)
    governs, within ``BLAME_OBJECT_GAP`` characters of it and with no side word between them: the one
    blamed for the act ("blamed the strike on Ukrainian troops", "обвинили в ударе ВСУ")."""
    for _, cue_end in _report_cues(context, "blame"):
        if not 0 <= trigger[0] - cue_end <= BLAME_OBJECT_GAP:
            continue
        if any(cue_end <= x[0] and x[1] <= trigger[0] for x in in_clause):
            return None  # "blamed Ukraine for the strike": ``_blamed_before`` decides
        after = [x for x in in_clause if trigger[0] <= x[0] < clause_end]
        return after[0][2] if after else None
    return None


def _defender(context: _Context, start: int, end: int) -> bool:
    """The side word owns the defences an advance goes into (optional claims.yaml keys
    ``defence_before`` / ``defence_after``: "вглиб оборони ворога", "into the enemy's defences")."""
    before = _extra_regex(context.lexicon, "defence_before")
    after = _extra_regex(context.lexicon, "defence_after")
    return bool(
        (before is not None and before.search(context.text[max(0, start - 40) : start]))
        or (after is not None and after.match(context.text[end : end + 40]))
    )


def _subject_candidates(
    context: _Context, trigger: Span, candidates: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The side words before a trigger that can be its subject, in text order.

    Not a subject: a side word that belongs to an earlier event word ("Nach dem Vorstoß der
    ukrainischen Armee haben sich die russischen Truppen zurückgezogen", "after the withdrawal of
    Russian troops, ...") and, where the analyser marks case (uk, ru), one in an oblique case
    ("После отступления российских войск украинские подразделения вошли ..."). When that rules
    out every side word, all of them stay candidates.
    """
    if len(candidates) < 2:
        return candidates
    other_events = [
        span
        for spans in context.events.values()
        for span in spans
        if span[1] <= trigger[0] and not (span[0] < trigger[1] and trigger[0] < span[1])
    ]
    not_subject = _extra_regex(context.lexicon, "side_not_subject_before")
    kept = [
        x
        for x in candidates
        if not _owned_by_event(context, x, other_events)
        and not _oblique(context, x[0])
        and not (
            not_subject is not None
            and not_subject.search(context.text[max(0, x[0] - TO_LOOKBACK) : x[1]]) is not None
        )
    ]
    return kept or candidates


def _carried_subject(
    context: _Context, clause_start: int, candidates: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "наші війська просунулися вглиб оборони ворога, повернули 1381 км²": the side word an earlier
    clause gives a trigger whose own clause names none is the last one there not in an oblique case
    (where the analyser marks case: uk, ru), not a possessor ("оборони ворога") or an object. In the
    trigger's own clause the last side word stays ("спроби росіян прорватися": whose attempt it is)."""
    if candidates and candidates[-1][0] >= clause_start:
        return candidates[-1:]
    subjects = [x for x in candidates if not _oblique(context, x[0])]
    return (subjects or candidates)[-1:]


def _subject_of_own_conjunct(
    context: _Context,
    trigger: Span,
    chosen: list[tuple[int, int, str]],
    pool: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """ "Ukrainian units advance on the flanks and the enemy in the city may end up encircled",
    "українські підрозділи просуваються, а противник може опинитися в оточенні": when another event
    word stands between the chosen side word and the encirclement, that side word is the subject of
    the other event; a side word after that event, not in an oblique case and not its possessor, is
    the subject of the encirclement's own conjunct."""
    events_between = [
        span
        for spans in context.events.values()
        for span in spans
        if chosen[0][1] <= span[0] and span[1] <= trigger[0]
    ]
    if not events_between:
        return chosen
    last_event_end = max(end for _, end in events_between)
    later = [
        x
        for x in pool
        if x[0] >= last_event_end
        and not _oblique(context, x[0])
        and not _owned_by_event(context, x, events_between)
    ]
    return later[:1] or chosen


#: Event types whose noun names its actor in a genitive after it ("der Vormarsch der Russen").
POSSESSED_MOVE_TYPES = frozenset({ADVANCE_TYPE, "withdrawal"})


def _genitive_possessor(
    context: _Context, event_type: str, trigger: Span, in_clause: list[tuple[int, int, str]]
) -> str | None:
    """The side of a genitive attribute right after a noun of movement: the words between the noun and
    the side word fully match the optional claims.yaml regex ``possessor_gap`` (de: a genitive article
    and adjectives, "der Vormarsch der Russen", "der Vorstoß der ukrainischen Truppen", "Vorstöße
    russischer Einheiten"), and the trigger is a noun (claims/german.py ``is_noun``). None otherwise."""
    if event_type not in POSSESSED_MOVE_TYPES:
        return None
    gap = _extra_regex(context.lexicon, "possessor_gap")
    if gap is None or not german.is_noun(context.text, trigger):
        return None
    for start, end, side in in_clause:
        if start < trigger[1]:
            continue
        if gap.fullmatch(context.text, trigger[1], start) is not None and not _defender(context, start, end):
            return side  # not "der Durchbruch der russischen Verteidigungslinie": whose defences
        break
    return None


def _owned_by_event(context: _Context, side: tuple[int, int, str], events: list[Span]) -> bool:
    """A side word right after another event word is its actor ("der Vorstoß der ukrainischen ...")."""
    for _, end in events:
        if end <= side[0] and _OWNED_SIDE_GAP.fullmatch(context.text[end : side[0]]) is not None:
            return True
    return False


def _subject_after_verb(
    context: _Context,
    trigger: Span,
    in_clause: list[tuple[int, int, str]],
    subordinator: re.Pattern[str] | None,
    opened: int,
) -> str | None:
    """The side of a nominative subject right behind a finite-verb trigger whose clause (opened at
    ``opened``) has no subject before it but its object: a place or an object pronoun (optional
    claims.yaml key ``subject_after_verb``, a regex of those pronouns). Russian word order puts the
    subject after the verb when the object leads: "пока его не освободили ВСУ"; with nothing before the
    verb ("что обстреляли российские позиции") the word after it is the object."""
    pronouns = _extra_regex(context.lexicon, "subject_after_verb")
    if pronouns is None:
        return None
    if not _whole_words(pronouns, context.text, opened, trigger[0]) and not any(
        opened <= m.start and m.end <= trigger[0] for m in context.mentions
    ):
        return None
    index = bisect.bisect_left(context.tokens, trigger[0], key=lambda t: t.start)
    if index >= len(context.tokens) or "VERB" not in context.tokens[index].grammemes:
        return None
    for start, _end, side in in_clause:
        if start < trigger[1]:
            continue
        if subordinator is not None and _whole_words(subordinator, context.text, trigger[1], start):
            return None
        between = context.text[trigger[1] : start]
        if len(between) > ATTACHED_SUBJECT_GAP or re.search(r"[,;:(—–]", between):
            return None
        return side if russian.case_free_or_nominative(context.tokens, start) else None
    return None


#: How far (characters) behind its verb a subject may stand ("освободили в ходе контрнаступления ВСУ").
ATTACHED_SUBJECT_GAP = 40


def _oblique(context: _Context, start: int) -> bool:
    index = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
    if index >= len(context.tokens) or context.tokens[index].start != start:
        return False
    grammemes = context.tokens[index].grammemes
    return bool(grammemes & OBLIQUE_CASES) and "nomn" not in grammemes


def _possessed_by_noun(context: _Context, trigger: Span, start: int) -> bool:
    """The words from ``trigger`` to ``start`` make ``start`` the possessor of an event noun: a
    preposition or article between ("withdrawal of its forces"), or a trigger that the analyser
    reads as a noun ("відхід своїх військ"); right after a verb ("to supply their troops",
    "потіснити наших захисників") it is the object."""
    if context.text[trigger[1] : start].strip():
        return True
    index = bisect.bisect_left(context.tokens, trigger[1], key=lambda t: t.end)
    if index >= len(context.tokens):
        return False
    return "NOUN" in context.tokens[index].grammemes


def _nominative_noun(context: _Context, trigger: Span) -> bool:
    """The trigger is a noun in the nominative (uk/ru: "тривають бої", "идут бои"): it is the subject
    of its own clause, so no other side word of the sentence is the subject of the event."""
    index = bisect.bisect_left(context.tokens, trigger[0], key=lambda t: t.start)
    if index >= len(context.tokens) or context.tokens[index].start != trigger[0]:
        return False
    grammemes = context.tokens[index].grammemes
    if "NOUN" not in grammemes:
        return False
    if "nomn" in grammemes:
        return True
    # The analyser's first reading of "бої" is the locative singular; a locative needs a preposition
    # before it, so without one the plural nominative is meant.
    return "loct" in grammemes and (index == 0 or "PREP" not in context.tokens[index - 1].grammemes)


def _is_gerund(context: _Context, trigger: Span) -> bool:
    """The trigger is an adverbial participle (pymorphy ``GRND``: "відступаючи", "отступая")."""
    index = bisect.bisect_left(context.tokens, trigger[0], key=lambda t: t.start)
    return index < len(context.tokens) and "GRND" in context.tokens[index].grammemes


def _after_head_noun(context: _Context, start: int) -> bool:
    """The word before ``start`` is a noun in the nominative ("Угруповання окупантів"): the word at
    ``start`` qualifies it."""
    index = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
    if index == 0 or index >= len(context.tokens) or context.tokens[index].start != start:
        return False
    head = context.tokens[index - 1].grammemes
    return "NOUN" in head and "nomn" in head


def _is_target(context: _Context, start: int, head_words: int = 0) -> bool:
    """The side word is what is fired at: right after a target word ("удары по противнику",
    "Beschuss auf russische Stellungen"), or after one and up to ``head_words`` lower-case words
    ("удары по пунктам временной дислокации ВСУ", "strikes on positions of the Russian"). The
    latter only after the trigger: before it, "в ночь на субботу российские войска" is a time."""
    pattern = context.lexicon.target_before
    if pattern is None:
        return False
    before = context.text[max(0, start - TARGET_LOOKBACK) : start]
    for _ in range(head_words + 1):
        if pattern.search(before[-20:]) is not None:
            return True
        head = _TRAILING_LOWER_WORD.search(before)
        if head is None:
            return False
        before = before[: head.start()]
    return False


def _freed_from(context: _Context, start: int) -> bool:
    """The side word names the force a place is freed from ("von den Besatzern befreit"), not the
    liberator (optional claims.yaml key ``freed_from``: a regex whose group 1 spans the side words)."""
    pattern = _extra_regex(context.lexicon, "freed_from")
    if pattern is None:
        return False
    low = max(0, start - FREED_FROM_LOOKBACK)
    window = context.text[low : start + FREED_FROM_LOOKAHEAD]
    offset = start - low
    return any(m.start(1) <= offset < m.end(1) for m in pattern.finditer(window))


def _own_territory(context: _Context, end: int) -> bool:
    """A first-person side word ending at ``end`` is the possessive of a territory noun ("our oblast",
    "unsere Stadt", "нашу область": optional claims.yaml key ``own_territory``, a regex matched right
    after it): the writer's home region is a place, not a party that acts (channel r13)."""
    pattern = _extra_regex(context.lexicon, "own_territory")
    return pattern is not None and pattern.match(context.text, end) is not None


#: Characters before and after a side word searched for ``freed_from``.
FREED_FROM_LOOKBACK = 30
FREED_FROM_LOOKAHEAD = 90


#: Opening quotes (and spaces) that may stand between a preposition and the event word it governs.
_OPENING_QUOTES = " \t\u00a0«„“\"'‹‚"


def _patient_state(context: _Context, trigger: Span) -> bool:
    """ "im Kessel", "threat of encirclement", "... eine Einkesselung droht": the side is acted upon;
    not when a verb drives the force into the pocket (optional claims.yaml key ``drive_into``:
    "загнали ворога в оточення", "drove the enemy into an encirclement"): its subject encircles."""
    if any(0 <= s - trigger[1] <= 12 for s, _ in context.modality.threat):
        return True
    pattern = context.lexicon.patient_before
    if pattern is None:
        return False
    # "потрапили в «котел»": an opening quote around the pocket word is no word of its own.
    before = context.text[max(0, trigger[0] - 40) : trigger[0]]
    unquoted = before.rstrip(_OPENING_QUOTES)
    if len(unquoted) < len(before.rstrip()):
        before = unquoted + " "
    # "тримали місто в напівоточенні", "held the city in a half-ring" (optional key ``hold_in_pocket``):
    # like driving a force into a pocket, keeping a place in one is the subject's act.
    for key in ("drive_into", "hold_in_pocket"):
        drive = _extra_regex(context.lexicon, key)
        if drive is not None and drive.search(context.text[max(0, trigger[0] - 80) : trigger[0]]):
            return False
    return pattern.search(before) is not None


def _own_referent(context: _Context, sentence: Sentence, start: int, source: Source) -> Source:
    """Whose "its troops" / "seine Truppen" / "свои войска": the nearest party with a side named
    before it in the sentence ("Russia's defence ministry said it had withdrawn its troops"), else
    the one who speaks -- unless that speaker only speaks in a subordinate clause after the word
    ("Северодонецк противник оставил, после того как Гайдай объявил отвод": the outlet's enemy)."""
    before = [
        m for m in context.speakers if sentence.start <= m.start and m.end <= start and m.source.side in SIDES
    ]
    if before:
        return before[-1].source
    later = [m for m in context.speakers if m.source == source and start < m.start < sentence.end]
    if later and _speaks_in_later_subordinate(context, later[0], sentence):
        return context.outlet
    return source


def _resolve_own(side: str, source: Source, outlet: Source, default_side: str | None = None) -> str | None:
    """ "our troops" / "наші" are the speaker's side; "the enemy" / "противник" the other one.

    A speaker of unknown side quoted by an outlet of known side speaks from the outlet's side; when
    neither is known, the language's default (``default_speaker_side`` in claims.yaml) applies.
    """
    speaker_side = source.side or outlet.side or default_side
    if side == "OWN":
        return speaker_side
    if side == "ENEMY":
        return OTHER_SIDE.get(speaker_side or "")
    return side


def _is_agent(context: _Context, start: int, end: int, clause_start: int) -> bool:
    lexicon = context.lexicon
    if lexicon.agent_before is not None:
        before = context.text[max(clause_start, start - AGENT_LOOKBACK) : start]
        if lexicon.agent_before.search(before):
            return True
    if lexicon.agent_grammeme:
        index = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
        if index < len(context.tokens) and context.tokens[index].start == start:
            if not lexicon.extra.get("instrumental_agent"):
                return lexicon.agent_grammeme in context.tokens[index].grammemes
            # ru: "российской артиллерией", "артиллерией ВСУ", "обстреляна ВСУ"; not "над российскими
            # позициями" (claims/russian.py)
            gap = context.text[context.tokens[index - 1].end : start] if index else " "
            if _weapon_name(context, start, end):
                gap = "|"  # "ракетами HIMARS": the weapon's name is the instrument's apposition, no owner
            return russian.instrumental_agent(context.tokens, index, lexicon.agent_grammeme, gap)
    return False


def _afterthought_agent(
    context: _Context, clause_end: int, sentence_end: int, usable: list[tuple[int, int, str]]
) -> str | None:
    """The side of an agent phrase that follows a passive clause after a comma ("gesprengt, offenbar
    von den abziehenden Russen", "shelled, apparently by Russian artillery"): only the first side
    word after the clause, close to it and right after an agent preposition."""
    for start, _, side in usable:
        if start < clause_end or start >= sentence_end:
            continue
        if start - clause_end <= AFTERTHOUGHT_GAP and _agent_word_before(context, start, clause_end):
            return side
        return None
    return None


#: How far after a passive clause its set-off agent phrase may name a side (", offenbar von den
#: abziehenden Russen": a hedge word, the preposition, an article and a participle).
AFTERTHOUGHT_GAP = 40


def _agent_word_before(context: _Context, start: int, clause_start: int) -> bool:
    """An agent preposition ("by", "durch") right before the side word. Unlike ``_is_agent`` not the
    instrumental case, which uk/ru also use after place prepositions ("нависла над українськими
    підрозділами": over them, not by them)."""
    pattern = context.lexicon.agent_before
    if pattern is None:
        return False
    return pattern.search(context.text[max(clause_start, start - AGENT_LOOKBACK) : start]) is not None


def _adjective_on_event_noun(context: _Context, trigger: Span) -> bool:
    """The trigger is an event noun, not a verb form ("seizure", "Einnahme", "захоплення"): a side
    word right before it qualifies the noun and names who acts, whatever the voice of the clause."""
    first = bisect.bisect_left(context.tokens, trigger[0], key=lambda t: t.start)
    last = bisect.bisect_left(context.tokens, trigger[1], key=lambda t: t.start)
    own = context.tokens[first:last]
    if len(own) != 1:
        return False  # "Garnison in Lyman ... abgeschnitten": a phrase that starts at its patient
    # Where no analyser marks verbs (en, de), a side word cannot stand right before a verb form in
    # the first place ("Russian seized" is no phrase), so only the marked verb forms are excluded.
    return not any(t.grammemes & VERB_GRAMMEMES for t in own)


#: At most this many characters (spaces) between a passive agent and a verb of saying after it
#: ("von Kiew bestätigt").
SAYING_AFTER_AGENT_GAP = 2


def _agent_of_saying(context: _Context, trigger: Span, start: int, end: int) -> bool:
    """The passive agent belongs to a verb of saying, not to the event: "The Russian seizure of A was
    confirmed by Ukrainian officials", "Die Einnahme von A wurde von Kiew bestätigt" -- the confirmer
    only tells of the event, whose actor is its own adjective or agent."""
    return any(
        (trigger[1] <= s and e <= start) or 0 <= s - end <= SAYING_AFTER_AGENT_GAP
        for s, e in context.attribution
    )


def _is_passive(context: _Context, trigger: Span, clause_start: int, clause_end: int) -> bool:
    if _spans_in(context.passive, clause_start, clause_end):
        return True
    grammemes = context.lexicon.passive_grammemes
    if not grammemes:
        return False
    first = bisect.bisect_right(context.tokens, trigger[0], key=lambda t: t.end)
    last = bisect.bisect_left(context.tokens, trigger[1], key=lambda t: t.start)
    own = context.tokens[first:last]
    if any(t.grammemes & grammemes for t in own):
        return True
    if any(t.grammemes & VERB_GRAMMEMES for t in own):
        return False
    if any(t.grammemes & OBLIQUE_CASES and "nomn" not in t.grammemes for t in own[:1]):
        return False  # "из-за угрозы окружения войска выведены": the noun is not the subject
    # An event noun takes the voice of its clause's predicate ("нанесены удары", "удари завдано").
    predicative = grammemes & PREDICATIVE_PASSIVE
    c_first = bisect.bisect_right(context.tokens, clause_start, key=lambda t: t.end)
    c_last = bisect.bisect_left(context.tokens, clause_end, key=lambda t: t.start)
    return any(t.grammemes & predicative for t in context.tokens[c_first:c_last])


def _reflexive_passive(context: _Context, trigger: Span) -> bool:
    """The trigger is a verb with the language's reflexive passive ending (optional claims.yaml key
    ``reflexive_passive``: "обстреливается", "обстрілюється"): the clause is passive."""
    pattern = _extra_regex(context.lexicon, "reflexive_passive")
    if pattern is None:
        return False
    first = bisect.bisect_left(context.tokens, trigger[0], key=lambda t: t.start)
    last = bisect.bisect_left(context.tokens, trigger[1], key=lambda t: t.start)
    own = context.tokens[first:last]
    return any(t.grammemes & VERB_GRAMMEMES and pattern.search(t.lower) is not None for t in own)


def _predicative_passive(context: _Context, start: int, end: int) -> bool:
    """The span's predicate is a passive ("wurden evakuiert", "вывезены"); an attributive participle
    ("об организованном выезде") is not."""
    if _spans_in(context.passive, start, end):
        return True
    predicative = context.lexicon.passive_grammemes & PREDICATIVE_PASSIVE
    if not predicative:
        return False
    first = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
    last = bisect.bisect_left(context.tokens, end, key=lambda t: t.start)
    return any(t.grammemes & predicative for t in context.tokens[first:last])


#: Gains a party denies when the other side claims them ("denied the capture of A"); a withdrawal or a
#: holding it denies is its own ("denied that its troops had left A").
DENIED_FOR_THE_OTHER = frozenset({"control_change", "advance", "area_claim", "settlement_count"})


#: At most this many words between the one who denies and the denial word ("Генштаб ЗСУ спростував").
DENIER_GAP_WORDS = 2


def _source_denies(context: _Context, draft: _Draft) -> bool:
    """The claim's source is the subject of a denial word before the trigger in its sentence ("the
    General Staff denied that ..."), not the one whose claim somebody else calls false ("Claims by
    Kyiv propagandists about A are nonsense")."""
    sentence = context.sentences[draft.sentence_index]
    for cue_start, _ in _spans_in(context.modality.denial, sentence.start, draft.trigger[0]):
        for m in context.speakers:
            if m.source != draft.source or not sentence.start <= m.start or m.end > cue_start:
                continue
            gap = context.text[m.end : cue_start]
            if len(gap.split()) <= DENIER_GAP_WORDS and not any(ch in gap for ch in ",;:()"):
                return True
    return False


#: Between a place and the holding verb it is the subject of: quotes and at most two short words
#: ("Часів Яр досі тримається", "Bakhmut is holding out").
_HOLDS_OUT_GAP = re.compile(r"[\s«»\"“”„]*(?:[^\W\d_]{1,8}[ \t\u00a0]+){0,2}")
#: Types told of a place as their subject ("A holds out") whose side no reporter supplies.
HOLDING_TYPE = "control_held"


def _place_holds_out(context: _Context, draft: _Draft) -> bool:
    """The holding's subject is the place itself ("Білогорівка тримається", "Bakhmut is holding out",
    "Северск держится"): the place stands right before the holding word in its clause. A holding verb
    in the first person has the speaker as its subject and the place as its object ("Кринки
    тримаємо": we hold Krynky), so the speaker's side stays."""
    place = draft.place
    if draft.event_type != HOLDING_TYPE or place is None or place.end > draft.trigger[0]:
        return False
    if _first_person(context, *draft.trigger):
        return False
    clause_start, _ = _trigger_clause(context, draft)
    return (
        place.start >= clause_start
        and _HOLDS_OUT_GAP.fullmatch(context.text, place.end, draft.trigger[0]) is not None
    )


def _fallback_side(context: _Context, draft: _Draft) -> str | None:
    """No side word: a party named in the sentence, the speaker, the trigger word, the type default."""
    rule = TYPE_RULES[draft.event_type]
    if _place_holds_out(context, draft) and _trigger_side(context, draft.trigger) is None:
        # "Білогорівка тримається", "A is holding out": a holding whose clause names no side has
        # none, whoever reports it (gold/README.md, round-10 audit rule 5); "A досі окупована" names
        # the occupier by its word.
        return None
    if rule.speaker_fallback and _predicative_passive(context, *_trigger_clause(context, draft)):
        # "seit Freitag wurden 1800 Menschen evakuiert, so der Gouverneur": a passive names no
        # organiser; whoever is named only reports it (gold/README.md).
        return rule.default_side
    told_as_lost = _reports_loss(context, draft.trigger)
    if draft.event_type == "control_change" and (told_as_lost or _reports_fall(context, draft.trigger)):
        winner = _winner_of_fall(context, draft)
        if winner is not None:
            # A place told as lost ("впаде", "would be lost") is turned to the other side of the
            # side found here afterwards (extract.py): give it the loser.
            return OTHER_SIDE[winner] if told_as_lost else winner
        if (
            draft.modality in ("conditional", "predicted")
            and draft.source.side in SIDES
            and draft.source is not context.outlet
        ):
            # "Если Гуляйполе падёт, ..., предупреждают украинские военные": a speaker warns of the
            # fall of its own place; the winner is the other side (a loss is inverted in extract.py).
            loser = str(draft.source.side)
            return loser if told_as_lost else OTHER_SIDE[loser]
    if (
        draft.event_type in DENIED_FOR_THE_OTHER
        and draft.modality == "negated"
        and draft.source.side in SIDES
        and not told_as_lost
        # A capture told as not having happened ("Гайдай пишет, что город не захвачен") is denied by
        # whoever tells it, as a denial word would (the dev gold: all 35 negated control changes told
        # by a side are the other side's). A stalled or failed advance may be the speaker's own
        # ("признают, что продвижение застопорилось"), so it needs the denial word.
        and (draft.event_type == "control_change" or _source_denies(context, draft))
    ):
        # "The General Staff denied that A had been captured": a party denies the other side's gain;
        # its own acts it denies by name ("denied striking", ``_denies_own_act``).
        return OTHER_SIDE[draft.source.side]
    # A party of the sentence organises an evacuation only as the subject of the act
    # (``_authority_side``), not as whoever tells of it.
    if rule.shares_places:
        # "DeepState markierte A als besetzt", "позначив A як окуповане": a holding whose word names
        # its holder is that holder's, not that of the party that tells of it (as in ``_actor_side``).
        holder = _trigger_side(context, draft.trigger)
        if holder is not None:
            return holder
    if rule.gain or (rule.party_fallback and not rule.speaker_fallback):
        party_side = draft.meta.get("party_side")
        if party_side in SIDES:
            return str(party_side)
    if (rule.gain or rule.source_side_fallback) and draft.source.side in SIDES:
        return draft.source.side
    if rule.speaker_fallback:
        organiser = _authority_side(context, draft)
        if organiser is not None:
            return organiser
    # A figure ("1000 km²") has its verb elsewhere in the sentence: look at the whole evidence.
    if not rule.patient_after and _speaker_is_subject(context, draft):
        # "Russia's defence ministry said it had struck ...", "erklärte, es habe ... getroffen".
        return draft.source.side
    named = _trigger_side(context, draft.evidence if rule.region_place else draft.trigger)
    if draft.event_type == "fighting" and _speaker_drops_subject(context, draft):
        return draft.source.side
    # "Soldaten halten A", "бійці відбили три штурми": forces named without a side fight, hold and
    # move for the side named before them (``_carried_actor_side``).
    if named is None and (rule.gain or rule.patient_after or draft.event_type == "fighting"):
        named = _carried_actor_side(context, draft)
    if named is None and draft.event_type == STRIKE_TYPE:
        named = _side_of_elaborated_strike(context, draft)
    if named is None and draft.event_type == STRIKE_TYPE and _military_hit_on_other_side(context, draft):
        named = draft.source.side  # scope r12
    return named or rule.default_side


#: Speakers that report their own side's fire: the army, its general staff, the defence ministry (a
#: governor reports fire on his region, not his side's own).
OWN_FIRE_SPEAKER_KINDS = frozenset({"general_staff", "defence_ministry", "military"})


def _military_hit_on_other_side(context: _Context, draft: _Draft) -> bool:
    """A strike with no attacker named, told by a side's military speaker (``OWN_FIRE_SPEAKER_KINDS``),
    whose clause says that what was hit is the other side's or lies in the other side's country ("Der
    ukrainische Generalstab teilte mit, Drohnen hätten eine russische Ölraffinerie getroffen", "the
    Ukrainian General Staff said drones hit a refinery in Russia", "Генштаб ЗСУ повідомив, що дрони
    уразили НПЗ на території Росії"): the speaker tells its own side's fire, which names the shooter
    (gold/README.md, round-6 audit rule 1: a speaker who states its own act names the actor). Words:
    optional claims.yaml mapping ``hit_on_side`` (side -> regex of a target or territory of that side)."""
    source = draft.source
    if source.side not in SIDES or source is context.outlet or source.kind not in OWN_FIRE_SPEAKER_KINDS:
        return False
    pattern = _extra_regex(context.lexicon, "hit_on_side", OTHER_SIDE[str(source.side)])
    if pattern is None:
        return False
    start, end = _trigger_clause(context, draft)
    # target r12: a verb-final clause names what was hit before the verb ("..., sie hätten russische
    # Stellungen beschossen"), so the whole reported clause is searched, not only what follows the verb.
    return pattern.search(context.text, start, end) is not None


def _side_of_elaborated_strike(context: _Context, draft: _Draft) -> str | None:
    """A sentence without a side word that lists, "in particular", places of the strikes the sentence
    before told of ("Ворог обстріляв понад 30 населених пунктів. Під ударами були, зокрема, A та B",
    "Russian forces shelled 20 towns overnight. Among them were A and B"; optional claims.yaml key
    ``elaboration_markers``) names the same strikes: their side is the subject of that sentence's
    strike (a side word before its trigger that is not a target), in the same paragraph."""
    markers = _extra_regex(context.lexicon, "elaboration_markers")
    sentence = context.sentences[draft.sentence_index]
    if markers is None or draft.sentence_index == 0:
        return None
    # The marker introduces the places listed ("зокрема, A та B"), not people ("среди них ребёнок").
    found = _whole_words(markers, context.text, sentence.start, sentence.end)
    places = [draft.place] if draft.place is not None else context.mentions
    if not any(m.end() <= p.start < sentence.end for m in found for p in places):
        return None
    if any(sentence.start <= s < sentence.end for s, _, _ in context.sides):
        return None
    previous = context.sentences[draft.sentence_index - 1]
    if previous.paragraph != sentence.paragraph:
        return None
    triggers = [s for s, e in context.events.get(STRIKE_TYPE, []) if previous.start <= s < previous.end]
    if not triggers:
        return None
    default_side = context.lexicon.default_speaker_side
    for start, end, side in context.sides:
        if previous.start <= start and end <= triggers[0] and not _is_target(context, start):
            resolved = _resolve_own(side, draft.source, context.outlet, default_side)
            if resolved in SIDES:
                return resolved  # side r12
    return None


def _evacuation_by_town_authority(context: _Context, sentence: Sentence, draft: _Draft) -> None:
    """ "Die Stadtverwaltung bietet die Evakuierung nach B an", "Міська влада продовжує евакуацію"
    (optional claims.yaml key ``town_authority``): a town's own administration evacuates its town,
    the one the report is about (named most often before, the first of equals), not a destination;
    an unmarked local authority is the Ukrainian one (see ``_authority_side``)."""
    # A town's military administration (optional key ``town_military_authority``: "начальник міської
    # військової адміністрації", "the city military administration") runs the town as well.
    patterns = [_extra_regex(context.lexicon, key) for key in ("town_authority", "town_military_authority")]
    # The authority may head the sentence and the trigger follow in a later clause ("Міська влада
    # продовжує евакуацію: за тиждень вивезли ...").
    if not any(
        pattern is not None and pattern.search(context.text, sentence.start, draft.trigger[0]) is not None
        for pattern in patterns
    ):
        return
    counts: dict[str, int] = {}
    first: dict[str, PlaceMention] = {}
    for mention in context.mentions:
        if mention.end > sentence.start or mention.precision != "settlement" or mention.place_id is None:
            continue
        counts[mention.place_id] = counts.get(mention.place_id, 0) + 1
        first.setdefault(mention.place_id, mention)
    if not counts:
        return
    town = max(first, key=lambda place_id: (counts[place_id], -first[place_id].start))
    draft.place = first[town]
    if draft.actor_side is None:
        draft.actor_side = UNMARKED_AUTHORITY_SIDE


#: A side word this close after "under fire control of" is who holds the fire control.
FIRE_CONTROLLER_GAP = 3


def _fire_controller(context: _Context, sentence: Sentence, draft: _Draft) -> None:
    """ "the logistics of A are under fire control of the enemy", "под огневым контролем ВСУ"
    (optional claims.yaml key ``line_controller_before``): the side that holds a line under fire
    acts on it, not the side whose line it is (annotation.md). "The enemy" here is the enemy of the
    line's owner when one is named before, else of the speaker."""
    pattern = _extra_regex(context.lexicon, "line_controller_before")
    if pattern is None:
        return
    for match in pattern.finditer(context.text, sentence.start, sentence.end):
        controller = next((x for x in context.sides if 0 <= x[0] - match.end() <= FIRE_CONTROLLER_GAP), None)
        if controller is None:
            continue
        if controller[2] == "ENEMY":
            owners = [
                x for x in context.sides if sentence.start <= x[0] and x[1] <= match.start() and x[2] in SIDES
            ]
            if owners:
                draft.actor_side = OTHER_SIDE[owners[-1][2]]
                return
        default_side = context.lexicon.default_speaker_side
        resolved = _resolve_own(controller[2], draft.source, context.outlet, default_side)
        if resolved in SIDES:
            draft.actor_side = resolved
        return
    _supply_at_stake(context, sentence, draft)


def _supply_at_stake(context: _Context, sentence: Sentence, draft: _Draft) -> None:
    """ "If Ukrainian forces take A, the Russian grouping at B would be left with one supply route",
    "Если A будет зачищено, противник лишится узла снабжения": in a conditional whose consequence
    names a supply (optional claims.yaml key ``supply_words``), the side found there is the one
    whose supply is at stake; the side that acts on the line is the one acting in the condition
    (annotation.md), else the other side."""
    supply = _extra_regex(context.lexicon, "supply_words")
    if draft.modality != "conditional" or supply is None or not supply.search(draft.trigger_text):
        return
    trigger_clause = _trigger_clause(context, draft)
    conditions = [c for c in _condition_clauses(context, sentence) if c != trigger_clause]
    if not conditions:
        return
    default_side = context.lexicon.default_speaker_side
    for start, _, side in context.sides:
        if not any(c[0] <= start < c[1] for c in conditions):
            continue
        resolved = _resolve_own(side, draft.source, context.outlet, default_side)
        if resolved in SIDES and not _is_target(context, start) and not _oblique(context, start):
            draft.actor_side = resolved  # "If Ukrainian forces capture A ...": the condition's actor
            return
    owner_named = any(
        trigger_clause[0] <= start < trigger_clause[1]
        and _resolve_own(side, draft.source, context.outlet, default_side) == draft.actor_side
        for start, _, side in context.sides
    )
    if draft.actor_side in SIDES and owner_named:
        draft.actor_side = OTHER_SIDE[str(draft.actor_side)]


def _hub_role(
    context: _Context, sentence: Sentence, drafts: list[_Draft], sentence_mentions: list[PlaceMention]
) -> list[_Draft]:
    """A stated logistic role ("A, the rail hub through which Russian troops in B are supplied",
    "A ist ein wichtiger Knotenpunkt", "A є залізничним вузлом"; optional claims.yaml key
    ``hub_role``): the claim is about the hub A, the first settlement of the sentence before the hub
    word, not about the places it supplies; its side is whose supply it is, the side named after
    the hub word (annotation.md), else the one found before."""
    drafts = _supply_transit(context, sentence, drafts, sentence_mentions)
    drafts = _background_strikes(context, drafts)
    pattern = _extra_regex(context.lexicon, "hub_role")
    if pattern is None:
        return drafts
    kept: list[_Draft] = []
    done: set[Span] = set()
    for draft in drafts:
        if draft.event_type != "supply_line":
            kept.append(draft)
            continue
        if draft.trigger in done:
            continue  # the hub's claim is made once; the places it supplies are no claims of their own
        hub_word = next(
            (
                m
                for m in pattern.finditer(context.text, sentence.start, sentence.end)
                if m.start() <= draft.trigger[1] and draft.trigger[0] - m.end() <= HUB_TRIGGER_GAP
            ),
            None,
        )
        before_hub = [
            m
            for m in sentence_mentions
            if hub_word is not None and m.end <= hub_word.start() and m.precision == "settlement"
        ]
        # "A lies south of B on the road to C, a rail hub through which ...": a name the hub word
        # stands in apposition to is the hub; otherwise the sentence's first settlement is.
        appositive = [
            m
            for m in before_hub
            if hub_word is not None and _HUB_APPOSITION.fullmatch(context.text, m.end, hub_word.start())
        ]
        candidates = appositive or before_hub
        hub = candidates[0] if candidates else None
        if hub_word is None or hub is None:
            kept.append(draft)
            continue
        done.add(draft.trigger)
        draft.place = hub
        default_side = context.lexicon.default_speaker_side
        for start, _, side in context.sides:
            if hub_word.end() <= start < sentence.end:
                resolved = _resolve_own(side, draft.source, context.outlet, default_side)
                if resolved in SIDES and not _is_target(context, start):
                    draft.actor_side = resolved
                    break
        kept.append(draft)
    return kept


def _background_strikes(context: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """Strike words that only give the sound or the cause of another event of the sentence.

    Explosions heard where something is blown up are the blast of that demolition, not fire on the
    place ("residents heard loud explosions: the retreating troops had blown up the bridge";
    optional claims.yaml key ``blast_words``, the explosion nouns). Shelling named as the reason for
    another act ("because of the constant shelling the town evacuates families", "через обстріли";
    optional key ``cause_before``, the causal preposition right before the strike word) is the
    background of that act. A strike word of either kind is dropped only when the other event is
    in the same sentence: alone ("explosions were heard in A") it is the strike report itself.
    """
    strikes = [d for d in drafts if d.event_type == "strike"]
    if not strikes:
        return drafts
    others = [d for d in drafts if d.event_type != "strike"]
    blast = _extra_regex(context.lexicon, "blast_words")
    cause = _extra_regex(context.lexicon, "cause_before")
    dropped: set[Span] = set()
    for draft in strikes:
        start, end = draft.trigger
        sound_of_demolition = (
            blast is not None
            and any(d.event_type == "demolition" for d in others)
            and blast.fullmatch(context.text, start, end) is not None
        )
        cause_of_other = (
            cause is not None
            and bool(others)
            and cause.search(context.text, max(0, start - CAUSE_LOOKBACK), start) is not None
        )
        if sound_of_demolition or cause_of_other:
            dropped.add(draft.trigger)
    if not dropped:
        return drafts
    return [d for d in drafts if not (d.event_type == "strike" and d.trigger in dropped)]


#: How far before a strike word its causal preposition and the adjectives after it are looked for
#: ("через постійні нічні обстріли").
CAUSE_LOOKBACK = 40


#: Between a town and a hub word in apposition to it: a comma and a few words of the noun phrase
#: ("C, a rail and road hub", "C, einem wichtigen Bahnknoten": the hub word may end a compound).
_HUB_APPOSITION = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+){0,4}[^\W\d_]*")


def _supply_transit(
    context: _Context, sentence: Sentence, drafts: list[_Draft], sentence_mentions: list[PlaceMention]
) -> list[_Draft]:
    """ "Über A läuft der Nachschub für die Truppen bei B", "most supplies for the troops at B run
    through A", "через A йде постачання військ біля B" (optional claims.yaml key
    ``supply_transit_before``, the word right before A): the place the supply passes through is the
    hub and the claim's one place (annotation.md: the hub, not the force it supplies)."""
    transit = _extra_regex(context.lexicon, "supply_transit_before")
    if transit is None:
        return drafts
    hubs = [
        m
        for m in sentence_mentions
        if m.precision == "settlement"
        and transit.search(context.text, max(sentence.start, m.start - TRANSIT_LOOKBACK), m.start) is not None
    ]
    if len(hubs) != 1:
        return drafts
    hub = hubs[0]
    kept: list[_Draft] = []
    moved: set[Span] = set()
    for draft in drafts:
        if draft.event_type != "supply_line" or draft.place is None or draft.modality == "negated":
            kept.append(draft)
            continue
        if draft.trigger in moved:
            continue  # one claim per supply word: the places the supply goes to are none
        moved.add(draft.trigger)
        draft.place = hub
        kept.append(draft)
    return kept


#: How far before a town its transit word ("über", "through", "через") is looked for.
TRANSIT_LOOKBACK = 12


#: A hub word this far before a supply trigger is the role it states ("Knotenpunkt: Über die
#: Bahnlinie ... läuft der Nachschub").
HUB_TRIGGER_GAP = 80


def _encircler_from_context(context: _Context, draft: _Draft, drafts: list[_Draft]) -> None:
    """An encirclement with no side word: who encircles follows from who is threatened.

    A withdrawal of the same sentence is the move away from it ("wegen der Gefahr einer
    Einkesselung wurden die Truppen aus A verlegt", "щоб уникнути оточення"): the encircler is the
    other side, and the place is the one left when the threat names none. Without one, a threat or
    state the source reports with nobody named ("the garrison may end up in a pocket", "находится
    в полуокружении") is about the source's own forces: sides warn of threats to their own troops,
    and a boast about the enemy names the enemy.
    """
    withdrawals = [
        d
        for d in drafts
        if d.event_type == "withdrawal" and d.sentence_index == draft.sentence_index and d.actor_side in SIDES
    ]
    if withdrawals:
        draft.actor_side = OTHER_SIDE[str(withdrawals[0].actor_side)]
        if draft.place is None:
            draft.place = withdrawals[0].place
        return
    clause_start, _ = _trigger_clause(context, draft)
    patient = (
        _patient_state(context, draft.trigger)
        or _predicative_passive(context, *_trigger_clause(context, draft))
        # "der Garnison von A droht die Einkesselung": a threat word heading the clause
        or any(clause_start <= s and e <= draft.trigger[0] for s, e in context.modality.threat)
    )
    if patient:
        closer = _condition_actor(context, draft)
        if closer is not None:
            draft.actor_side = closer
            return
        held = _holder_in_sentence(draft, drafts)
        if held is not None:
            # "Балаклея в полуокружении, гарнизон Росгвардии удерживает город": the sentence says
            # who holds the place in the ring (its side word is the holder, not the closer), so the
            # other side closes it.
            draft.actor_side = OTHER_SIDE[held]
            return
        # "A droht die Einkesselung, falls die Ukrainer weiter vorrücken": the party of a later
        # clause is the one that threatens to close the ring.
        _, clause_end = _trigger_clause(context, draft)
        sentence_end = context.sentences[draft.sentence_index].end
        default_side = context.lexicon.default_speaker_side
        for start, _, side in context.sides:
            if not clause_end <= start < sentence_end:
                continue
            resolved = _resolve_own(side, draft.source, context.outlet, default_side)
            if resolved in SIDES and not _is_target(context, start) and not _oblique(context, start):
                draft.actor_side = resolved
                return
    if draft.source.side not in SIDES:
        return
    if patient and _channel_boasts_of_pocket(context, draft):
        # "Лиман фактически в полукольце", "Город почти в полукольце" in a Z channel: a side's own
        # channel stating a pocket as a fact speaks of the enemy in it (gold/README.md, round-6
        # audit rule 2), unless it words it as a threat ("Главная угроза — Лиман: ...").
        draft.actor_side = draft.source.side
        return
    if draft.modality == "negated":
        # "Die Stadt ist laut Hajdaj nicht eingekesselt", "Конашенков опроверг ... окружение": a side
        # denies a ring around its own forces, so the denied encircler is the other side (dev gold:
        # 12 of 14 negated encirclements told by a side).
        draft.actor_side = OTHER_SIDE[draft.source.side]
        return
    # A side speaks of a ring around its own troops as a threat and of one around the enemy as its
    # own act ("the cauldron around A is closing!").
    draft.actor_side = OTHER_SIDE[draft.source.side] if patient else draft.source.side


#: Source kinds that speak in a side's own voice: a partisan or front-line channel (docs/annotation.md).
CHANNEL_KINDS = frozenset({"milblogger"})
#: Modalities of a pocket stated as a fact (a forecast or a condition is a threat, not a boast).
STATED_MODALITIES = frozenset({"asserted", "hedged"})


def _holder_in_sentence(draft: _Draft, drafts: list[_Draft]) -> str | None:
    """The side a holding of the same sentence gives the encircled place ("A в полуокружении, гарнизон
    ... удерживает город"), when exactly one side is said to hold it."""
    if draft.place is None:
        return None
    holders = {
        d.actor_side
        for d in drafts
        if d.event_type == "control_held"
        and d.sentence_index == draft.sentence_index
        and d.place is not None
        and d.place.place_id == draft.place.place_id
        and d.modality in STATED_MODALITIES
        and d.actor_side in SIDES
    }
    return holders.pop() if len(holders) == 1 else None


def _channel_boasts_of_pocket(context: _Context, draft: _Draft) -> bool:
    """A side's own channel states that a place is in a pocket (not a forecast, a condition or a
    denial) and its sentence has no threat word: the pocket is the enemy's."""
    if draft.source.kind not in CHANNEL_KINDS or draft.modality not in STATED_MODALITIES:
        return False
    sentence = context.sentences[draft.sentence_index]
    return not _spans_in(context.modality.threat, sentence.start, sentence.end)


#: pymorphy3 grammemes of a finite verb form that can drop its subject (uk, ru): "відбили", "отбили".
FINITE_VERB_GRAMMEMES = frozenset({"VERB"})


def _finite_trigger_without_subject(context: _Context, draft: _Draft) -> bool:
    """The trigger is a finite verb that may lack a subject of its own: not one whose subject is its
    event noun ("по данным украинских военных, идут бои": optional claims.yaml switch
    ``event_noun_subject``, claims/russian.py)."""
    index = bisect.bisect_left(context.tokens, draft.trigger[0], key=lambda t: t.start)
    if index >= len(context.tokens) or not context.tokens[index].grammemes & FINITE_VERB_GRAMMEMES:
        return False
    return not (
        context.lexicon.extra.get("event_noun_subject")
        and russian.event_noun_subject(context.tokens, index, draft.trigger[1])
    )


def _speaker_drops_subject(context: _Context, draft: _Draft) -> bool:
    """ "Украинские военные утверждают, что отбили более 20 атак": a finite verb without a subject of
    its own, told by a speaker of one side named before it in the sentence, is that speaker's act
    (uk, ru drop the subject; the analyser marks the verb). Not a passive and not a side word in the
    sentence that could be the subject."""
    if draft.source.side not in SIDES or not _finite_trigger_without_subject(context, draft):
        return False
    start, _ = draft.evidence
    if any(start <= x[0] < draft.trigger[1] for x in context.sides):
        return False
    if _predicative_passive(context, *_trigger_clause(context, draft)):
        return False
    return any(
        m.source == draft.source and start <= m.start and m.end <= draft.trigger[0] for m in context.speakers
    )


def _winner_of_fall(context: _Context, draft: _Draft) -> str | None:
    """A place that falls with nobody named in its own clause goes to the side a later clause of the
    sentence names as acting on what follows ("Якщо A впаде, росіяни зможуть тримати дороги під
    вогневим контролем", "Sollte A fallen, geriete die Straße unter russische Feuerkontrolle"), or,
    when that clause tells a withdrawal, to the other side ("If A falls, Ukrainian units would have
    to pull back", "A fell after Ukrainian troops withdrew": a subordinate clause in the trigger's
    clause counts too). Not a side that only says who reports it ("according to Russian sources")."""
    _, clause_end = _trigger_clause(context, draft)
    sentence = context.sentences[draft.sentence_index]
    default_side = context.lexicon.default_speaker_side
    subordinator = _extra_regex(context.lexicon, "subordinators")
    withdrawals = context.events.get("withdrawal", [])
    for start, end, side in context.sides:
        if not draft.trigger[1] <= start < sentence.end:
            continue
        if start < clause_end:
            # In the trigger's own clause only as the subject of a subordinate clause after it.
            openers = (
                _whole_words(subordinator, context.text, draft.trigger[1], start) if subordinator else []
            )
            if not openers:
                continue
            opener = openers[0]
            clause = (opener.start(), clause_end)
        else:
            clause = next((c for c in clause_spans(sentence) if c[0] <= start < c[1]), (start, sentence.end))
        if any(0 <= a - end <= 2 for a, _ in context.attribution):
            continue
        if any(0 <= start - e <= 2 for _, e in context.attribution):
            continue  # "..., warn Ukrainian officers": who says so, after the verb of saying
        resolved = _resolve_own(side, draft.source, context.outlet, default_side)
        if resolved not in SIDES or _is_target(context, start) or _oblique(context, start):
            continue
        return OTHER_SIDE[resolved] if _spans_in(withdrawals, clause[0], clause[1]) else resolved
    return None


def _carried_actor_side(context: _Context, draft: _Draft) -> str | None:
    """ "Ukrainische Einheiten rücken auf A vor. Laut ISW könnten sie die Stadt einkreisen.": forces
    named without a side (optional claims.yaml key ``unnamed_forces``: "Soldaten", "they") as the
    subject of the trigger are those of the last side named before in the paragraph."""
    unnamed_forces = _report_cues(context, "unnamed_forces")
    clause_start, _ = _trigger_clause(context, draft)
    subjects = [
        (s, e)
        for s, e in unnamed_forces
        if (clause_start <= s or _set_off_subject(context, e, clause_start))
        and e <= draft.trigger[0]
        # "Російські військові блогери пишуть про бої": a forces word inside a speaker's name is who speaks.
        and not any(m.start < e and s < m.end for m in context.speakers)
        # russian r13: "по данным украинских военных": a forces word in no nominative is no subject.
        and not (
            context.lexicon.extra.get("nominative_subject") and russian.never_nominative(context.text[s:e])
        )
    ]
    if not subjects:
        return None
    sentence = context.sentences[draft.sentence_index]
    paragraph_start = min(s.start for s in context.sentences if s.paragraph == sentence.paragraph)
    default_side = context.lexicon.default_speaker_side
    for start, end, side in reversed(context.sides):
        if end > sentence.start or start < paragraph_start:
            continue
        resolved = _resolve_own(side, draft.source, context.outlet, default_side)
        if resolved in SIDES and not _is_target(context, start) and not _oblique(context, start):
            return resolved
    # No side named before in the paragraph: a side's own statement ("За даними нашої бригади, бійці
    # відбили три штурми", "die Einheiten rückten nach seinen Worten vor") tells of its own forces
    # as the doers; forces that are acted upon ("войска ... из-за угрозы окружения") are left to the
    # rules of their type.
    if TYPE_RULES[draft.event_type].patient_after:
        return None
    return draft.source.side if draft.source.side in SIDES else None


def _set_off_subject(context: _Context, subject_end: int, clause_start: int) -> bool:
    """ "По оценке ISW, они, вероятно, вышли к A", "they, in all likelihood, reached A": only an insert
    set off by commas stands between a subject and the clause of its verb."""
    if subject_end > clause_start:
        return False
    return _PARENTHETICAL.fullmatch(context.text, subject_end, clause_start) is not None


def _reports_loss(context: _Context, trigger: Span) -> bool:
    """The trigger words say a place was lost (claims.yaml ``loss_triggers``), not taken."""
    return any(s < trigger[1] and trigger[0] < e for s, e in context.loss)


def _side_in_clause(context: _Context, draft: _Draft) -> bool:
    """A side word of the draft's side stands in the clause of its trigger, or before a verb of saying
    that introduces it ("Russian blogger X warned that A would be lost": the speaker's own loss).
    "our"/"the enemy" count as any side: they were resolved against the speaker."""
    start, end = _trigger_clause(context, draft)
    if context.lexicon.extra.get("gerund_subject"):
        # russian r13b: "Потеряв A, противник отошёл": the gerund shares the main clause's subject
        main = russian.gerund_main_clause(
            context.tokens, clause_spans(context.sentences[draft.sentence_index]), draft.trigger
        )
        if main is not None:
            end = max(end, main[1])
    attribution = _spans_in(context.attribution, draft.evidence[0], draft.evidence[1])
    said = [s for s, _ in attribution if s < draft.trigger[0]]
    for s, e, side in context.sides:
        if side not in (draft.actor_side, "OWN", "ENEMY") or not draft.evidence[0] <= s < draft.evidence[1]:
            continue
        if any(0 <= a - e <= 2 and "," not in context.text[e:a] for a, _ in attribution):
            # "nach russischen Angaben gefallen": who says so, not who lost it; not the end of an
            # apposition before the speaker's verb ("X, a spokesman of Ukraine's defence forces, denied")
            # (english r13b)
            continue
        if _named_winner(context, s, e):
            continue  # "The fall of A marks Russia's biggest gain": the winner, not the loser
        if start <= s and e <= end:
            return True
        if any(e <= a for a in said) and not any(a < s for a in said):
            # english r13b: "X said the Russians had tried to storm A, but denied that it had fallen": a
            # side word after a verb of saying is what was said, not the subject of a later one
            return True
        if (
            e <= start
            and _PARENTHETICAL.fullmatch(context.text, e, start) is not None
            and not _spans_in(context.attribution, e, start)
        ):
            return True  # "Україна, ймовірно, втратила контроль": only an insert between subject and verb
    return False


# Between a subject and the clause of its verb: an insert set off by commas ("Україна, ймовірно,
# втратила", "Ukraine, in all likelihood, has lost"), a few words and no other clause break.
_PARENTHETICAL = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:[^\W\d_]+[ \t\u00a0]*){1,3},[ \t\u00a0]*")


def _named_winner(context: _Context, start: int, end: int) -> bool:
    """The side word owns a gain word (optional claims.yaml keys ``winner_before`` /
    ``winner_after``: "Russia's biggest gain", "Russlands größter Gewinn", "успіх Росії")."""
    before = _extra_regex(context.lexicon, "winner_before")
    after = _extra_regex(context.lexicon, "winner_after")
    return bool(
        (before is not None and before.search(context.text[max(0, start - 40) : start]))
        or (after is not None and after.match(context.text[end : end + 40]))
    )


def _sideless_event_noun(context: _Context, draft: _Draft) -> bool:
    """The trigger is a noun of falling in a time adjunct ("since the fall of A in February") that
    names no winner of its own (optional claims.yaml keys ``sideless_event_noun``, the phrase, and
    ``sideless_event_winner``, the text between the phrase and a side word that names the winner: "the
    fall of A to Russian forces"): the change of hands has no actor, whatever side the rest of the
    sentence names (gold/README.md, round-11 settlement 8)."""
    pattern = _extra_regex(context.lexicon, "sideless_event_noun")
    if pattern is None:
        return False
    start, end = draft.trigger
    phrase = next(
        (
            m
            for m in pattern.finditer(context.text, max(0, start - 40), min(len(context.text), end + 8))
            if m.start() <= start < m.end()
        ),
        None,
    )
    if phrase is None:
        return False
    winner = _extra_regex(context.lexicon, "sideless_event_winner")
    sentence_end = context.sentences[draft.sentence_index].end
    return not any(
        phrase.end() <= s < sentence_end
        and winner is not None
        and winner.match(context.text[phrase.end() : s]) is not None
        for s, _e, _side in context.sides
    )


def _reports_fall(context: _Context, trigger: Span) -> bool:
    """The trigger words say a place fell (optional claims.yaml key ``fall_triggers``). A side named in
    the sentence is then the loser ("Kyiv denied that A had fallen"); a source that only announces the
    fall may be announcing its own gain ("A ist gefallen, so Moskau"), so only a named side inverts."""
    spans = context.memo.get("fall_triggers")
    if spans is None:
        spans = (_extra_cues(context.lexicon, "fall_triggers").find(context.text, context.tokens), [])
        context.memo["fall_triggers"] = spans
    return any(s < trigger[1] and trigger[0] < e for s, e in spans[0])


#: Authorities that run a place: an evacuation they order without a side word is Ukraine's (see below).
LOCAL_AUTHORITY_KINDS = frozenset({"government", "governor"})
UNMARKED_AUTHORITY_SIDE = "UA"


def _authority_side(context: _Context, draft: _Draft) -> str | None:
    """Who organises an evacuation nobody is named for: the official who announces it (the source),
    else an authority or party named in the sentence ("Влада оголосила евакуацію", "the
    Moscow-installed administration called on residents to leave") by its side; an authority without
    a side word is the outlet's own side's ("влада" in a Ukrainian outlet), else Ukraine's: reporting
    marks an occupation authority as such ("Russian-installed", "von Moskau eingesetzte",
    "окупаційна"), so an unmarked local authority ("Областные власти призывают жителей A выехать",
    "поліція вивозить мешканців") is the Ukrainian one.

    Only one who is the subject of the act organises it: named before the trigger in its sentence
    and not cut off from it by a reported clause ("the governor said that people were taken out",
    "X: an evacuation is not planned"), or the speaker in the first person ("Закликаю жителів ...
    евакуюватися"). An official who only tells of it after the event ("..., sagte Orlow", "officials
    said"), or one carried from an earlier sentence, is the source, not the organiser (annotation.md).
    """
    start, end = draft.evidence
    if (
        draft.source.kind in OFFICIAL_KINDS
        and draft.source.side in SIDES
        and (
            # "Закликаю жителів району, зокрема A, евакуюватися": the call may head the sentence, or
            # be the trigger's own words ("Закликаю мешканців A виїхати"). A first person before a
            # colon only tells what follows ("Нагадую: з сіл району триває евакуація").
            _first_person(context, _after_last_colon(context, start, draft.trigger[0]), draft.trigger[1])
            or any(
                m.source == draft.source and _organiser_at(context, m.start, m.end, draft)
                for m in context.speakers
            )
        )
    ):
        return draft.source.side
    organisers = [
        m
        for m in context.speakers
        if start <= m.start
        and m.end <= end
        and (m.source.kind in OFFICIAL_KINDS or m.source.side in SIDES)
        and _organiser_at(context, m.start, m.end, draft)
    ]
    if not organisers:
        return None
    side = organisers[0].source.side or context.outlet.side
    if side is None and organisers[0].source.kind in LOCAL_AUTHORITY_KINDS:
        side = UNMARKED_AUTHORITY_SIDE
    return side if side in SIDES else None


def _organiser_at(context: _Context, start: int, end: int, draft: _Draft) -> bool:
    """A party named at ``start``-``end`` is the subject of the draft's act. Before the trigger, in
    its sentence, with no new subject between them (``_new_subject_between``: "the governor said
    that ...", "X: ...", "police arrived, and ..."). After the trigger only when the sentence tells
    nobody's words there ("Евакуацію організують обласна адміністрація та поліція"; not "...,
    officials said", "... nach Angaben der Vizeregierungschefin")."""
    sentence_start, sentence_end = draft.evidence
    trigger_start, trigger_end = draft.trigger
    if sentence_start <= start and end <= sentence_end and _is_call(context, draft):
        # "All residents should leave, the official said": telling a call to leave is the call.
        return True
    if sentence_start <= start and end <= trigger_start:
        return not _new_subject_between(context, end, trigger_start)
    if trigger_end <= start and end <= sentence_end:
        return not _spans_in(context.attribution, trigger_end, sentence_end) and not _new_subject_between(
            context, trigger_end, start
        )
    return False


def _is_call(context: _Context, draft: _Draft) -> bool:
    """The draft's clause calls on people to leave or orders them out (optional claims.yaml key
    ``evacuation_calls``: "should leave", "rief ... auf", "закликав", "призвал")."""
    pattern = _extra_regex(context.lexicon, "evacuation_calls")
    if pattern is None:
        return False
    clause_start, clause_end = _trigger_clause(context, draft)
    start, end = min(clause_start, draft.trigger[0]), max(clause_end, draft.trigger[1])
    return pattern.search(context.text, start, end) is not None


#: Characters after a span that a clause-opener pattern may look at ("..., and fought": a verb).
CLAUSE_LOOKAHEAD = 40


def _new_subject_between(context: _Context, start: int, end: int, reported: bool = True) -> bool:
    """Between ``start`` and ``end`` a clause with a subject of its own opens: a colon, a comma and a
    conjunction (optional claims.yaml key ``clause_conjunctions``: ", and", ", а") or, with
    ``reported``, a word that opens a reported clause (optional key ``complementizers``: "that",
    "dass", "що"). A reported clause without a subject word may still be the speaker's own act
    ("Ukrainian troops say that they repelled 20 attacks", "утверждают, что отбили 20 атак")."""
    between = context.text[start:end]
    if ":" in between or ";" in between:
        return True
    for key in ("clause_conjunctions", "complementizers") if reported else ("clause_conjunctions",):
        pattern = _extra_regex(context.lexicon, key)
        if pattern is None:
            continue
        # Searched a little past ``end``, so that a lookahead of the pattern sees the word after it.
        for match in pattern.finditer(context.text, start, end + CLAUSE_LOOKAHEAD):
            if match.start() >= end:
                break
            # "..., и вошли в город": a verb right after the conjunction shares the subject before it
            # (uk, ru mark verbs; en and de say so in the regex).
            index = bisect.bisect_left(context.tokens, match.end(), key=lambda t: t.start)
            following = context.tokens[index] if index < len(context.tokens) else None
            if key == "complementizers" or following is None or not following.grammemes & VERB_GRAMMEMES:
                return True
    return False


def _after_last_colon(context: _Context, start: int, end: int) -> int:
    """Where the part of ``start``-``end`` after its last colon begins (``start`` without one): the
    words before a colon introduce what follows ("Нагадую:", "Wichtig:"), they are not its subject."""
    colon = context.text.rfind(":", start, end)
    return start if colon < 0 else colon + 1


#: pymorphy3 grammeme of a verb or pronoun in the first person ("закликаю", "вывозим").
FIRST_PERSON_GRAMMEME = "1per"


def _first_person(context: _Context, start: int, end: int) -> bool:
    """The speaker names itself as the doer between ``start`` and ``end``: a first-person pronoun
    (optional claims.yaml key ``first_person``: "we", "wir", "ми") or, where the analyser marks
    person (uk, ru), a first-person verb ("Закликаю", "вывозим")."""
    if _spans_in(_report_cues(context, "first_person"), start, end):
        return True
    first = bisect.bisect_left(context.tokens, start, key=lambda t: t.start)
    last = bisect.bisect_left(context.tokens, end, key=lambda t: t.start)
    return any(FIRST_PERSON_GRAMMEME in t.grammemes for t in context.tokens[first:last])


def _trigger_side(context: _Context, scope: Span) -> str | None:
    """The side a trigger word names by itself (claims.yaml ``trigger_sides``)."""
    for side, spans in context.trigger_sides.items():
        if any(s < scope[1] and scope[0] < e for s, e in spans):
            return side
    return None


def _party_side(context: _Context, sentence: Sentence) -> str | None:
    """The one side of all parties (registry names with a side) mentioned in the sentence."""
    sides = {
        m.source.side
        for m in context.speakers
        if sentence.start <= m.start and m.end <= sentence.end and m.source.side in SIDES
    }
    return sides.pop() if len(sides) == 1 else None


def _condition_actor(context: _Context, draft: _Draft) -> str | None:
    """The side that acts in a condition of the draft's sentence ("Если наши выйдут к трассе, A
    окажется в окружении", "If Russian troops cut the road, the garrison of A would be trapped",
    "Если возьмём дорогу под огневой контроль, гарнизон A окажется в котле"): a side word there, else
    the speaker when the condition's verb is in the first person or its subject is forces named
    without a side (optional claims.yaml key ``unnamed_forces``). The trigger's own clause is none."""
    sentence = context.sentences[draft.sentence_index]
    trigger_clause = _trigger_clause(context, draft)
    conditions = [c for c in _condition_clauses(context, sentence) if not c[0] <= draft.trigger[0] < c[1]]
    if not conditions or trigger_clause in conditions:
        return None
    default_side = context.lexicon.default_speaker_side
    for clause_start, clause_end in conditions:
        for start, _, side in context.sides:
            if not clause_start <= start < clause_end:
                continue
            resolved = _resolve_own(side, draft.source, context.outlet, default_side)
            if resolved in SIDES and not _is_target(context, start) and not _oblique(context, start):
                return resolved
        if draft.source.side in SIDES and (
            _first_person(context, clause_start, clause_end)
            or _spans_in(_report_cues(context, "unnamed_forces"), clause_start, clause_end)
        ):
            return draft.source.side
    return None


def _speaker_is_subject(context: _Context, draft: _Draft) -> bool:
    """The reported clause's subject is a pronoun for the speaker: right after a verb of saying that
    the draft's source (a party of one side, named before it in the sentence) governs, a pronoun
    (optional claims.yaml key ``speaker_self_pronoun``, matched at the end of the verb: "said it had
    struck", "says it has repelled", "erklärte, es habe ... getroffen") opens the clause of the trigger,
    and no side word stands between it and the trigger."""
    pattern = _extra_regex(context.lexicon, "speaker_self_pronoun")
    if pattern is None or draft.source.side not in SIDES:
        return False
    sentence_start, _ = draft.evidence
    for cue_start, cue_end in _spans_in(context.attribution, sentence_start, draft.trigger[0]):
        pronoun = _speaker_pronoun(context, pattern, cue_end, draft.trigger[0])
        if pronoun is None:
            continue
        if any(pronoun.end() <= x[0] < draft.trigger[0] for x in context.sides):
            continue
        if any(
            m.source == draft.source and sentence_start <= m.start and m.end <= cue_start
            for m in context.speakers
        ):
            return True
    return False
