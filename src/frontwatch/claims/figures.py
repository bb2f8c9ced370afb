"""Figures of a sentence: quantities, comparisons and directions, and whose figure a troop count is.

A comparison ("größer als ganz Berlin") belongs to the figure of its sentence or of the one before.
A placeless troop figure in a sentence reporting a move is the size of what moved, not a force
estimate of its own. Direction words give compass codes in the order written.

Two events a sentence carries without a word of its own for them are made here too, where a sentence's
drafts meet those of the sentence before:

- A casualty count that goes on with a strike told just before ("Russian missiles hit A. Five people
  were killed, the governor said.") is that strike again as its own source tells it: a ``strike``
  with actor ``null`` at the strike's place (gold/README.md, round-6 rule 7 and round-7 audit rule 1:
  a casualty sentence names no actor). The count is a strike word (optional claims.yaml key
  ``casualty_strike``, among the strike words); in a strike sentence or told by the same source as the
  strike it says nothing new, and with neither a strike before nor a place it is dropped.
- A failed attempt that someone stopped ("attempts to cross near A were repelled", "намагаються
  переправитися біля А, але українські військові зривають ці спроби", "були відкинуті") is combat at
  that place as well as a negated advance: it also carries a ``fighting`` claim whose side is the
  subject of the stopping clause, ``null`` in an agentless passive (gold/README.md, round-4 rule 4
  and round-8 settlement 5, "stopped" is "repelled").
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from frontwatch.claims.clauses import _accused_acts, _avoided_outcomes
from frontwatch.claims.context import (
    SIDES,
    Span,
    _Context,
    _Draft,
    _extra_regex,
    _report_cues,
    _spans_in,
)
from frontwatch.claims.denials import _attempt_cues, _failed_attempt
from frontwatch.claims.event_rules import QUANTITY_EVENTS
from frontwatch.claims.placing import _is_listed_origin
from frontwatch.claims.quantities import QuantityMatch, find_comparisons
from frontwatch.claims.sentences import Sentence
from frontwatch.claims.sides import _is_agent, _is_passive, _patient_state, _resolve_own

#: Events that move a force: a troop figure in their clause is the size of what moved.
MOVING_FORCE_TYPES = frozenset({"advance", "withdrawal", "reinforcement"})
#: Fighting on the ground: a casualty count or damage in the same sentence belongs to it, not to a strike.
GROUND_COMBAT_TYPES = frozenset({"advance", "fighting", "withdrawal"})
#: Places too wide or not settled to be where a force withdrew from: rivers and regions (landmarks.yaml).
VAGUE_ORIGIN_PREFIXES = ("river:", "region:")


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
    the pocket that a figure of the same sentence may then count; casualty counts and damage become
    the strikes they go on with (``_casualty_continuations``); a move whose only place is where it
    comes from becomes a withdrawal there (``_moves_out_of_ukraine``); and acts an accusation is
    about take the accused as their side (``clauses._accused_acts``).
    """
    drafts = _avoided_outcomes(context, drafts, previous, sentence)
    drafts = _casualty_continuations(context, drafts, previous)
    drafts = _moves_out_of_ukraine(context, drafts, sentence)
    drafts = drafts + _fights_of_stopped_attempts(context, drafts, sentence)
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


def _moves_out_of_ukraine(context: _Context, drafts: list[_Draft], sentence: Sentence) -> list[_Draft]:
    """A move of forces whose only place in the sentence is where it comes from and whose destination is
    named right after it but is no place in Ukraine ("verlegte die Schiffe aus Sewastopol nach
    Noworossijsk", "moved troops from Kherson back to Russia"; optional claims.yaml regex
    ``foreign_destination_after``, matched after the origin; places outside Ukraine are no mentions):
    the force leaves Ukraine from there, so the reinforcement the move words give is a ``withdrawal`` at
    the origin, one claim per origin listed. A move "from A to B" with B in Ukraine stays the
    reinforcement at B (the dev gold: "from the Kreminna direction to the Robotyne area"); one whose
    destination is unnamed ("перебрасывает сюда резервы из-под A") or a region stays a reinforcement.
    """
    movers = [d for d in drafts if d.event_type == "reinforcement" and d.place is None and not d.places_to]
    if not movers:
        return drafts
    starts = context.mention_starts
    mentions = context.mentions[
        bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)
    ]
    if not mentions:
        return drafts
    origins = [m for m in mentions if _is_listed_origin(context, m)]
    if not origins or len(origins) != len(mentions):
        return drafts  # a place that is no origin is where the force goes, or something else
    abroad = _extra_regex(context.lexicon, "foreign_destination_after")
    if abroad is None or abroad.match(context.text, origins[-1].end, sentence.end) is None:
        # "перебрасывает в город резервы из-под A", "reserves from A": the destination is unnamed or
        # not a place of the gazetteer, so nothing says the force leaves Ukraine: a reinforcement.
        return drafts
    if any((m.place_id or "").startswith(VAGUE_ORIGIN_PREFIXES) or m.precision == "country" for m in origins):
        return drafts  # "from the Donbas", "from Ukraine": too wide to place a withdrawal at
    result: list[_Draft] = []
    for draft in drafts:
        if not any(draft is m for m in movers):
            result.append(draft)
            continue
        result.extend(
            replace(draft, event_type="withdrawal", place=origin, meta={**draft.meta, "moved_away": True})
            for origin in origins
        )
    return result


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


def _casualty_continuations(context: _Context, drafts: list[_Draft], previous: list[_Draft]) -> list[_Draft]:
    """The drafts with the strikes made of a casualty count (claims.yaml key ``casualty_strike``)
    set as the count's own claim of the strike it goes on with.

    "Russische Raketen trafen Lisne. Nach Angaben des Gouverneurs wurden fünf Menschen getötet.":
    the governor's count is his claim of that strike, so a ``strike`` with actor ``null`` (the count
    names nobody who fired) at the strike's place (its own, unless that is only in the speaker's title).
    A count in a sentence that tells a strike of its own is part of that strike: dropped when it has no
    place of its own, left as it is when it has one. Dropped also when it has no place of its own and
    a fight on the ground just before ("Heavy fighting near A. Two people died."); with no strike or
    fight just before it stays, agentless, for the later steps to place ("dort wurden fünf Menschen
    verletzt"). Dropped too when it has no place of its own and the strike's own source goes on with it
    (it repeats the claim before: "At least 61 people were wounded.").
    A statement that nobody was hurt (optional claims.yaml key ``no_casualties``, a regex that takes in
    the count's words: "Пострадавших нет", "загиблих, на щастя, немає") is no count: it reports no victims.
    "20 people were killed in the attack on A" with no strike before is the report of that strike.
    A count in a sentence that tells a fight on the ground (``GROUND_COMBAT_TYPES``) is that fight's, and
    a count told in a denial keeps the side the denial gives it.

    The same key also holds damage told without a word of firing ("Two schools were destroyed in A",
    "пошкоджено приватні будинки", "повреждены жилые дома"): like a count, it is what a strike left,
    so it follows the same rules (gold/README.md round-6 rule 1 keeps it agentless).
    """
    pattern = _extra_regex(context.lexicon, "casualty_strike")
    if pattern is None:
        return drafts
    counts = [
        d
        for d in drafts
        if d.event_type == "strike" and d.modality != "negated" and pattern.search(d.trigger_text)
    ]
    if not counts:
        return drafts
    if any(d.event_type in GROUND_COMBAT_TYPES for d in drafts):
        # "Saboteurs tried to land near A and were destroyed": the dead and the damage of a fight on the
        # ground told in the same sentence are that fight's, not what fire from afar left.
        return [d for d in drafts if not any(d is c for c in counts)]
    nobody_hurt = _extra_regex(context.lexicon, "no_casualties")
    if nobody_hurt is not None:
        # "Пострадавших, по предварительным данным, нет": no victims is no count of them.
        spared = [
            c
            for c in counts
            if any(
                m.start() < c.trigger[1] and c.trigger[0] < m.end()
                for m in nobody_hurt.finditer(context.text, *c.evidence)
            )
        ]
        if spared:
            drafts = [d for d in drafts if not any(d is c for c in spared)]
            counts = [c for c in counts if not any(c is x for x in spared)]
            if not counts:
                return drafts
    if any(d.event_type == "strike" and not any(d is c for c in counts) for d in drafts):
        # "Атака беспилотников на A: пострадали трое": the count is part of the sentence's own strike;
        # one with no place of its own would be a second, placeless strike.
        return [d for d in drafts if not any(d is c for c in counts) or d.place is not None]
    earlier = [d for d in previous if d.event_type == "strike"]
    if not earlier:
        for count in counts:
            # "В Макеевке ... около 300 российских военнослужащих получили ранения": a count names who
            # was hurt, never who fired (round-6 rule 1).
            count.actor_side = None
        if any(p.event_type in GROUND_COMBAT_TYPES for p in previous):
            # "Heavy fighting near A. Two people died.": the dead of the fight told just before.
            return [d for d in drafts if not any(d is c for c in counts) or d.place is not None]
        # Otherwise kept even without a place of its own (ablation r12): the steps after this one may
        # still place it ("dort wurden fünf Menschen verletzt", "in der Region"), and the last filters
        # (the echo of a placed strike) drop it when they do not.
        return drafts
    told_by = {_source_key(e) for e in earlier}
    if any(_source_key(c) in told_by for c in counts):
        # The same source going on ("Missiles hit A and B. Nine people died."): a count with a place
        # of its own stays that place's strike; one without repeats the claim before and is dropped.
        return [d for d in drafts if not any(d is c for c in counts) or d.place is not None]
    # A count without a place of its own is at the places of the strike before (placed here, not by the
    # continuation of placeless claims, which would also hand it that strike's side).
    struck = [e.place for e in earlier if e.place is not None and e.trigger == earlier[-1].trigger]
    placed: list[_Draft] = []
    for count in counts:
        count.actor_side = None
        count.meta["casualty_count"] = True
        if count.place is not None and _in_attribution(context, count.place.start, count.trigger[0]):
            # "по данным главы Запорожской ОВА": the region in the speaker's title is not where it hit.
            count.place = None
        if count.place is None and struck:
            count.place = struck[0]
            placed.extend(replace(count, place=place, meta=dict(count.meta)) for place in struck[1:])
    return drafts + placed


#: Characters after the words of attribution within which a place can be part of the speaker's title.
ATTRIBUTION_TITLE_GAP = 40


def _in_attribution(context: _Context, offset: int, trigger_start: int) -> bool:
    """The offset lies in the words that say who tells it, before the count ("по данным главы
    Запорожской ОВА", "according to the Kharkiv governor", "laut dem Gouverneur des Gebiets A"): right
    after words of attribution, with no clause break between them and the place."""
    for _start, end in context.attribution:
        if end <= offset < min(end + ATTRIBUTION_TITLE_GAP, trigger_start) and not any(
            mark in context.text[end:offset] for mark in ",;:.!?\n"
        ):
            return True
    return any(sp.start <= offset < sp.end for sp in context.speakers)


def _source_key(draft: _Draft) -> tuple[str, str, str | None]:
    """Who tells a draft, as compared between sentences."""
    return (draft.source.name, draft.source.kind, draft.source.side)


#: Characters after a passive failure word within which a side word can be its agent ("were stopped by
#: our drone operators").
STOPPING_AGENT_GAP = 40


def _fights_of_stopped_attempts(context: _Context, drafts: list[_Draft], sentence: Sentence) -> list[_Draft]:
    """The ``fighting`` drafts of the failed attempts of the sentence that someone stopped.

    A negated advance whose failure word (claims.yaml ``failed_attempt.failure``) in the sentence says
    it was fought off (key ``fought_off``) was fought there: one fighting draft at each of its places
    (null when it has none) unless the sentence already has a fighting draft at that place. Its side
    is the subject of the failure word's clause when the word is active ("українські військові
    зривають ці спроби", "Ukrainian units repelled ..."), the agent of a passive ("were stopped by our
    drone operators"), and none in an agentless passive ("wurde gestoppt", "были отброшены").
    """
    failed = [d for d in drafts if d.event_type == "advance" and d.modality == "negated"]
    if not failed:
        return []
    failures = [f for f in _attempt_cues(context)[1] if sentence.start <= f[0] and f[1] <= sentence.end]
    if not failures:
        return []
    # Only a failure word that says someone fought the attempt off (claims.yaml key ``fought_off``):
    # "scheitert bislang", "безуспешно" tell that it failed, not that it was fought there.
    fought_off = _spans_in(_report_cues(context, "fought_off"), sentence.start, sentence.end)
    failures = [f for f in failures if any(s < f[1] and f[0] < e for s, e in fought_off)]
    if not failures:
        return []
    fought = {(d.place.place_id if d.place else None) for d in drafts if d.event_type == "fighting"}
    added: list[_Draft] = []
    for draft in failed:
        key = draft.place.place_id if draft.place else None
        if key in fought or (key is None and fought) or not _failed_attempt(context, draft.trigger, sentence):
            continue  # a placeless attempt in a sentence that tells its fighting already adds nothing
        # The failure word that tells of this attempt: the first after it, else the last before it
        # ("repelled two attempts to cross").
        after = [f for f in failures if f[0] >= draft.trigger[1]]
        before = [f for f in failures if f[1] <= draft.trigger[0]]
        failure = after[0] if after else (before[-1] if before else None)
        if failure is None:
            continue
        fought.add(key)
        side = _stopping_side(context, draft, failure, sentence)
        added.append(
            replace(
                draft,
                event_type="fighting",
                actor_side=side,
                modality="asserted",
                places_to=[],
                quantities={},
                direction=[],
                meta={"stopped_attempt": True},
            )
        )
    return added


def _stopping_side(context: _Context, draft: _Draft, failure: Span, sentence: Sentence) -> str | None:
    """Who stopped an attempt: the agent of a passive failure word, else (when active) the last side
    word before the failure word and after the attempt's own words; none in an agentless passive."""
    lexicon = context.lexicon

    def resolved(label: str) -> str | None:
        side = _resolve_own(label, draft.source, context.outlet, lexicon.default_speaker_side)
        return side if side in SIDES else None

    # The failure word itself carries the voice ("were stopped", "отброшены"); a few characters
    # before it take in an auxiliary ("attempts were repelled").
    if _is_passive(context, failure, max(sentence.start, failure[0] - 12), failure[1]):
        for start, end, label in context.sides:
            near = failure[1] <= start <= failure[1] + STOPPING_AGENT_GAP and end <= sentence.end
            if near and _is_agent(context, start, end, failure[1]):
                return resolved(label)
        return None
    low = draft.trigger[1] if failure[0] >= draft.trigger[1] else sentence.start
    subjects = [label for start, end, label in context.sides if low <= start and end <= failure[0]]
    return resolved(subjects[-1]) if subjects else None
