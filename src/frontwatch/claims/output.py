"""From drafts to claim records: one draft per claim, places and deterministic ids.

Two claims of one type and place from triggers in different clauses that name opposite sides stay
two; of colliding drafts the one that says most is kept. A strike with neither place nor side in a
report that places a strike elsewhere is an echo of it ("the strike", "called it a strike", "after the
attack"), not a claim of its own (``_drop_echoes``); so is a placeless fire or fight word that only dates
something else ("images taken after the attack", ``_dated_by_echo``). A bus or train leaving is an
evacuation, not a withdrawal (``context._vehicle_departure``); an evacuation tried and failed is negated
(``_failed_evacuation``); a strike that blows something up is not also a demolition
(``context._destroyed_by_fire``).
"""

from __future__ import annotations

import hashlib
import re

from frontwatch.claims.context import (
    _NO_CLAUSE_BREAK,
    FIRE_TYPES,
    Span,
    _abandoned_attempt,
    _attempt_as_fight,
    _attempted_cut,
    _belonging_slogan,
    _circumstance_withdrawal,
    _Context,
    _destroyed_by_fire,
    _Draft,
    _evacuation_not_told,
    _extra_regex,
    _extra_regex_spans,
    _failed_open_attempt,
    _failure_as_withdrawal,
    _failure_negates_fight,
    _hold_of_nothing_held,
    _open_attempt,
    _place_key,
    _rejected_alternative,
    _thrown_back_attack,
    _unplaced_unowned,
    _vehicle_departure,
)
from frontwatch.claims.denials import _failed_attempt
from frontwatch.claims.modality import _governing_adjunct
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
        low, high = sorted((first.trigger, second.trigger))
        apart = low[1] <= high[0] and _NO_CLAUSE_BREAK.fullmatch(text[low[1] : high[0]]) is None
        # russian r13b: a forecast and a report of the move in another clause ("the next target may be
        # A: units are already approaching it") are two claims, not one with the forecast's modality.
        if {first.modality, second.modality} == {"predicted", "asserted"}:
            return apart
        if first.actor_side is None or second.actor_side is None or first.actor_side == second.actor_side:
            return False
        return apart

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


def _drop_echoes(context: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """The drafts without the ``_is_echo`` ones (decided on the whole report, so that a lead sentence
    that says no place before the body places the strike is an echo too), nor the ``_dated_by_echo``
    ones."""
    placed_types = {d.event_type for d in drafts if d.place is not None}
    return [
        d for d in drafts if not _is_echo(d, placed_types) and not _dated_by_echo(context, d, placed_types)
    ]


def _dated_by_echo(context: _Context, draft: _Draft, placed_types: set[str]) -> bool:
    """A fire or fight word with no place of its own that only dates something else, governed by a
    preposition of time ("satellite images taken after the attack", "після атаки", "nach dem Angriff";
    ``modality.ModalityCues.time_adjuncts``), in a report that tells such an event at a place: it names
    that event again as a point in time, so it is no claim of its own, whatever side it names."""
    if draft.event_type not in FIRE_TYPES or draft.place is not None or draft.places_to:
        return False
    if not placed_types & FIRE_TYPES:
        return False
    return _governing_adjunct(context.modality.time_adjuncts, draft.trigger) is not None


def _by_sentence(drafts: list[_Draft]) -> dict[int, list[_Draft]]:
    grouped: dict[int, list[_Draft]] = {}
    for draft in drafts:
        grouped.setdefault(draft.sentence_index, []).append(draft)
    return grouped


def _objective_as_place(draft: _Draft, same_sentence: list[_Draft]) -> bool:
    """A draft placed at the very mention that a draft of the same type in its sentence has as its
    objective ("ВСУ откатываются к А и Б, по дороге бросают технику", "fell back toward A, leaving
    their vehicles behind"): a second word of the same move took the places the first one named as
    where it goes. The words name one move, which is not at its objective."""
    if draft.place is None:
        return False
    return any(
        other is not draft
        and other.event_type == draft.event_type
        and any(p.start == draft.place.start for p in other.places_to)
        for other in same_sentence
    )


def _settle_drafts(context: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """The last decisions that need all drafts of a sentence together: an attempt with no stated
    outcome is a fight (``context._open_attempt``), a fight is not negated by the failure of the
    attempt it tells (``context._failure_negates_fight``) nor is its failure a retreat
    (``context._failure_as_withdrawal``), giving up attempts is no retreat
    (``context._abandoned_attempt``), a placeless holding holds positions
    (``context._hold_of_nothing_held``), a geolocated picture has a place or an owner
    (``context._unplaced_unowned``), a rejected alternative is no claim
    (``context._rejected_alternative``), "the retreating troops" describe the actors of another act
    (``context._circumstance_withdrawal``), a slogan of belonging holds nothing
    (``context._belonging_slogan``), an evacuation slogan, how-to heading, hotline notice or job
    description tells no evacuation (``context._evacuation_not_told``), an event a party does not
    comment on or claim is no claim (``_not_commented``), and a move is not also at its
    own objective (``_objective_as_place``); then one draft per key again. A tried move whose failure
    the sentence states is a negated advance before any of this (``context._failed_open_attempt``), and
    an attempt to cut a supply line is a predicted one (``context._attempted_cut``)."""
    settled: list[_Draft] = []
    for same_sentence in _by_sentence(drafts).values():
        for draft in same_sentence:
            _failed_open_attempt(context, draft, same_sentence)
            _attempted_cut(context, draft, same_sentence)
        attempts = [d for d in same_sentence if _open_attempt(context, d, same_sentence)]
        for draft in attempts:
            _attempt_as_fight(draft)
        for draft in same_sentence:
            _thrown_back_attack(context, draft, same_sentence)
        # A bus or train leaving ("автобуси щоранку відходять") is the evacuation; one the sentence
        # already tells ("ми вивозимо ..., автобуси відходять") is not told twice.
        for draft in same_sentence:
            _failed_evacuation(context, draft)
        told_evacuation = any(d.event_type == "evacuation" for d in same_sentence)
        departures = [d for d in same_sentence if _vehicle_departure(context, d)]
        if told_evacuation:
            same_sentence = [d for d in same_sentence if d not in departures]
        for draft in same_sentence:
            if _failure_negates_fight(context, draft, same_sentence):
                draft.modality = "asserted"
        # A fight the sentence already tells at the place ("бої з групами противника, які намагаються
        # просочитися в А") is the claim; the attempt is how that fight goes, not a second one.
        fought_at = {
            _place_key(d.place) for d in same_sentence if d.event_type == "fighting" and d not in attempts
        }
        kept = [
            d
            for d in same_sentence
            if not _objective_as_place(d, same_sentence)
            and not _failure_as_withdrawal(context, d, same_sentence)
            and not _abandoned_attempt(context, d)
            and not _hold_of_nothing_held(context, d)
            and not _unplaced_unowned(d)
            and not _rejected_alternative(context, d)
            and not _circumstance_withdrawal(context, d, same_sentence)
            and not _destroyed_by_fire(context, d, same_sentence)
            and not _belonging_slogan(context, d)
            and not _evacuation_not_told(context, d)
            and not _disputes_target(context, d)
            and not _clearing_work(context, d)
            and not _not_commented(context, d)
            and not _figure_of_speech(context, d)
            and not _civilians_holding_on(context, d)
            and not (d in attempts and _place_key(d.place) in fought_at)
        ]
        settled.extend(_dedupe(kept, context.text) if attempts else kept)
    return settled


def _failed_evacuation(context: _Context, draft: _Draft) -> None:
    """An evacuation that was only tried and failed ("Несколько попыток вывезти мирных жителей ...
    сорвались", "attempts to evacuate civilians from A failed"): the people were not moved out, so the
    claim is ``negated`` (docs/annotation.md: the text says it did not happen), as a failed attempt to
    advance is (``denials._failed_attempt``: an attempt word right before the trigger and a failure
    word after it)."""
    if draft.event_type != "evacuation" or draft.modality not in ("asserted", "hedged"):
        return
    if _failed_attempt(context, draft.trigger, context.sentences[draft.sentence_index]):
        draft.modality = "negated"


#: Types a word of clearing is taken for: "зачистка" (fighting), "räumen" (withdrawal).
CLEARING_TYPES = frozenset({"fighting", "withdrawal"})


def _clearing_work(context: _Context, draft: _Draft) -> bool:
    """A fight or retreat whose trigger lies inside clearing work (optional claims.yaml regex
    ``clearing_work``: "sappers were still clearing streets", "räumen Bagger Betonplatten",
    "сапери зачищають поля від мін"): removing mines or rubble is the aftermath of the war, neither
    combat nor troops leaving."""
    if draft.event_type not in CLEARING_TYPES:
        return False
    sentence = context.sentences[draft.sentence_index]
    start, end = draft.trigger
    matches = _extra_regex_spans(context, "clearing_work", sentence.start, sentence.end)
    return any(match_start < end and start < match_end for match_start, match_end in matches)


#: A no-comment phrase governs an event word this many characters after it ("äußerte sich nicht zu
#: dem Angriff auf A", "did not comment on the overnight strike on A").
NO_COMMENT_OBJECT_CHARS = 60
#: Punctuation between a no-comment phrase and a later event word that ends the phrase's object.
NO_COMMENT_OBJECT_ENDS = (",", ";", ":", "—", "–", "(")


def _not_commented(context: _Context, draft: _Draft) -> bool:
    """An event word that a party's no-comment or non-claim is about (optional claims.yaml regex
    ``no_comment``: "did not comment on the strike on A", "hat sich zu den Angriffen auf A nicht
    bekannt", "ответственность за атаку на себя не взял", "не коментує удар по A"): the sentence refers
    to the event, it neither asserts nor denies it, so it gives no claim (docs/annotation.md: "Has not
    confirmed" is no claim at all); so does one a party neither confirms nor denies (optional regex
    ``undecided_claim``: "не може ні підтвердити, ні спростувати цей відхід"). The event word lies
    inside the phrase, right after it within its object (no clause punctuation between), or right
    before it as its object ("удар не комментировала", ``_OBJECT_BEFORE_NO_COMMENT``)."""
    start, end = draft.trigger
    spans = [
        *_extra_regex_spans(context, "no_comment", *draft.evidence),
        *_extra_regex_spans(context, "undecided_claim", *draft.evidence),
    ]
    for match_start, match_end in spans:
        if match_start < end and start < match_end:
            return True
        gap = context.text[match_end:start]
        if 0 <= start - match_end <= NO_COMMENT_OBJECT_CHARS and not any(
            mark in gap for mark in NO_COMMENT_OBJECT_ENDS
        ):
            return True
        before = context.text[end:match_start]
        if (
            match_start >= end
            and _OBJECT_BEFORE_NO_COMMENT.fullmatch(before)
            # a word that joins another clause (optional claims.yaml list ``clause_joiner_words``)
            and not set(context.lexicon.extra.get("clause_joiner_words") or ()) & set(before.lower().split())
        ):
            return True  # "удар не комментировала": the event word is the phrase's object
    return False


#: Phrases whose event word tells no event of its type (precision r12), by the type they would give,
#: the modality they apply to (None: any) and whether only a claim without a place is dropped:
#: "nobody was hurt" is no negated strike (it denies victims, not the fire: "ніхто з членів екіпажу не
#: постраждав", "verletzt wurde niemand"); "the situation is under control" holds no place ("ситуацію
#: тримають під контролем", "die Lage sei unter Kontrolle"); lacking reserves moves none ("lack
#: reserves", "verfügt kaum über Reserven", "бракує резервів"); the power or water supply is no supply
#: line ("restoring the power supply", "Stromversorgung", "электроснабжение"); "battlefield reports"
#: in a wire agency's caveat tell no fight; a departure that only dates another act ("destroyed before
#: the Russians left", "am Tag vor ihrem Abzug") is no claim of it. Optional claims.yaml regexes.
FIGURE_OF_SPEECH_KEYS: tuple[tuple[str, str, str | None, bool], ...] = (
    ("strike", "no_casualties", "negated", False),
    ("control_held", "situation_control", None, False),
    ("reinforcement", "lacking_reserves", None, False),
    ("supply_line", "civil_supply", None, False),
    ("fighting", "battlefield_boilerplate", None, True),
    ("withdrawal", "dating_departure", None, False),
)


def _figure_of_speech(context: _Context, draft: _Draft) -> bool:
    """An event word inside a phrase that uses it for no event of its type (``FIGURE_OF_SPEECH_KEYS``):
    the claim is dropped, whatever place or side the sentence gives it (for some phrases only when it
    has no place)."""
    for event_type, key, modality, placeless_only in FIGURE_OF_SPEECH_KEYS:
        if draft.event_type != event_type or (modality is not None and draft.modality != modality):
            continue
        if placeless_only and (draft.place is not None or draft.places_to):
            continue
        start, end = draft.trigger
        # every draft of the sentence asks about the same evidence stretch: searched once per stretch
        if any(s < end and start < e for s, e in _extra_regex_spans(context, key, *draft.evidence)):
            return True
    return False


#: At most this many characters between the civilians and the verb of endurance they are the subject of.
CIVILIAN_HOLD_GAP = 50


def _civilians_holding_on(context: _Context, draft: _Draft) -> bool:
    """A verb of endurance (optional claims.yaml regex ``figurative_hold``) whose subject is civilians
    (optional ``civilian_subjects``: "Люди в A тримаються", "Жители A держатся", "residents of A are
    holding on", "die Menschen in A halten durch"): they endure, nobody holds A (precision r12). The
    civilians stand before the verb in its clause (no clause punctuation between)."""
    if draft.event_type != "control_held":
        return False
    hold = _extra_regex(context.lexicon, "figurative_hold")
    civilians = _extra_regex(context.lexicon, "civilian_subjects")
    if hold is None or civilians is None or hold.match(context.text, draft.trigger[0]) is None:
        return False
    start = max(draft.evidence[0], draft.trigger[0] - CIVILIAN_HOLD_GAP)
    return any(
        not any(mark in context.text[m.end() : draft.trigger[0]] for mark in ",;:—–()")
        for m in civilians.finditer(context.text, start, draft.trigger[0])
    )


#: A no-comment phrase after its object (Russian and Ukrainian word order: "удар не комментировала",
#: "атаку на Суми не коментують"): at most three words between the event word and the phrase.
_OBJECT_BEFORE_NO_COMMENT = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}")


def _drop_target_disputes(drafts: list[_Draft]) -> list[_Draft]:
    """The drafts without the replies that dispute only what a side says its own strike hit
    (``denials._own_strike_account``: "Russia's ministry said its missiles hit a meeting of
    commanders in A. Kyiv dismissed the statement ..."): when the report asserts, on the word of
    anyone but that side, a strike at the same place, the strike is not in dispute (gold/README.md
    "Round 8 settlement" 6), and a negated strike there would tell the map it did not happen."""
    struck_by_report: set[tuple[str, str]] = {
        (_place_key(d.place), str(d.source.side))
        for d in drafts
        if d.event_type == "strike" and d.modality == "asserted" and d.place is not None
    }

    def disputes_target(draft: _Draft) -> bool:
        claimant = draft.meta.get("disputes_account_of")
        if draft.modality != "negated" or not isinstance(claimant, str):
            return False
        place = _place_key(draft.place)
        return any(key[0] == place and key[1] != claimant for key in struck_by_report)

    return [d for d in drafts if not disputes_target(d)]


def _disputes_target(context: _Context, draft: _Draft) -> bool:
    """A negated strike whose evidence names a kind of target (optional claims.yaml key
    ``target_kinds``: "there were no military objects there", "denied that military targets in the
    port were hit", "військових об'єктів там не було"): the party disputes what was hit, not that a
    strike took place (gold/README.md "Round 8 settlement" 6), so no negated strike is recorded. A
    denial of the act itself ("denied striking the theatre", "our forces do not strike civilians")
    names no kind of target and stays."""
    if draft.event_type not in FIRE_TYPES or draft.modality != "negated":
        # "denied that it was attacking civilians" disputes the target as much as "denied striking
        # civilian objects": an attack word taken for fighting is disputed the same way.
        return False
    kinds = _extra_regex(context.lexicon, "target_kinds")
    return kinds is not None and kinds.search(context.text, draft.evidence[0], draft.evidence[1]) is not None


#: Types that tell ground action: a report with one of these (from a word other than a bare attack word)
#: is about the front, so its attack words may be ground attacks (``_attacks_as_strikes``).
GROUND_TYPES: frozenset[str] = frozenset({"fighting", "advance", "control_change", "withdrawal"})


def _bare_attack(context: _Context, draft: _Draft, key: str = "attack_words") -> bool:
    """A fighting draft whose trigger is a bare attack word (optional claims.yaml regex ``key``:
    ``attack_words`` "attacked", "Angriff", "атака"; ``repel_words`` "repelled", "abgewehrt",
    "відбили") that names no ground action (optional claims.yaml regex ``ground_attack_words``:
    "ground attack", "штурм", "Bodenangriff")."""
    if draft.event_type != "fighting":
        return False
    attack = _extra_regex(context.lexicon, key)
    if attack is None or attack.search(draft.trigger_text) is None:
        return False
    ground = _extra_regex(context.lexicon, "ground_attack_words")
    return ground is None or ground.search(draft.trigger_text) is None


def _attacks_as_strikes(context: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """A bare attack word read as fighting where the report tells strikes, not ground action: the attack
    is the strike (docs/annotation.md: fighting is combat on the ground, strikes are fire from afar;
    the dev gold has one sentence in 493 reports with both a fight and a strike).

    - In a sentence that tells a strike at the same place (or the attack has no place): "Russia attacked
      Pryluky overnight with six strike drones", "air defence repelled a drone attack near A", "the
      airfield is attacked again: last summer a drone hit the depot" -- the attack (or the repelling)
      is no fight of its own and is dropped.
    - In a report whose claims of ground action all come from such bare attack words, and which tells
      strikes, an attack word without a place or at a struck place is one of those strikes ("Shostka
      survived another attack", "the aftermath of enemy attacks in the Kherson region", "warned that
      attacks on Odesa may continue"): it becomes a strike, which the echo rule drops when it says
      nothing beyond the strikes already told (``_drop_echoes``).
    """
    told = {id(d) for d in drafts if _bare_attack(context, d) or _bare_attack(context, d, "repel_words")}
    if not told:
        return drafts
    by_sentence = _by_sentence(drafts)
    kept = [
        d
        for d in drafts
        if id(d) not in told
        or not any(
            o.event_type == "strike" and (d.place is None or _place_key(o.place) == _place_key(d.place))
            for o in by_sentence[d.sentence_index]
        )
    ]
    bare = {id(d) for d in kept if _bare_attack(context, d)}
    if any(d.event_type in GROUND_TYPES and id(d) not in bare for d in kept):
        return kept
    struck = {_place_key(d.place) for d in kept if d.event_type == "strike"}
    if not struck:
        return kept
    for draft in kept:
        if id(draft) in bare and (draft.place is None or _place_key(draft.place) in struck):
            draft.event_type = "strike"
    return kept


def _to_claims(context: _Context, drafts: list[_Draft]) -> list[Claim]:
    claims: list[Claim] = []
    settled = _attacks_as_strikes(context, _settle_drafts(context, drafts))
    for draft in _drop_echoes(context, _drop_target_disputes(settled)):
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
