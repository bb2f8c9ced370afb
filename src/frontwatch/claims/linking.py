"""Report-level links: a claim that continues, lists or reacts to a claim of another sentence.

A claim with no place continues the same-type claim of the previous sentence ("... toward Kupiansk.
A photo shows the soldiers at the town sign."). A placeless fight or strike happens at the one place
the sentence before (same paragraph) claimed something at. Civilian reactions take place and side of
the claim just before them. Lists: places after an in-sentence list marker ("..., darunter A und
B", ``list_continuation``) are claims of the event before it (a count of taken places lists places
that changed hands), and so are the places of a list sentence after it ("Darunter A und B.").
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontwatch.claims.clauses import _coordinated_parts
from frontwatch.claims.context import (
    NOT_A_PLACE_ID_PREFIXES,
    Span,
    _Context,
    _Draft,
    _extra_regex,
    _has_place,
    _place_key,
    _spans_in,
)
from frontwatch.claims.event_rules import TYPE_RULES
from frontwatch.claims.placing import CONTAINER_PRECISIONS, _anaphors, _is_secondary
from frontwatch.claims.sentences import Sentence
from frontwatch.model import PlaceMention

#: A civilian reaction without a place reacts to a claim at most this many sentences back.
CONTEXT_CARRY_SENTENCES = 1


# Where a list of examples may start inside a sentence: after a comma, a dash, a colon or a bracket.
_LIST_MARKER_BEFORE = re.compile(r"[,;:(–—]\s*")


def _listed_in_sentence(
    context: _Context,
    sentence: Sentence,
    drafts: list[_Draft],
    mentions: list[PlaceMention],
    clauses: list[Span],
) -> list[_Draft]:
    """ "... 29 Ortschaften befreit, darunter A und B", "retook more than 40 settlements, among them
    A", "struck several towns, including A and B": each place listed after the marker (the words of
    claims.yaml ``list_continuation``, here inside the sentence) is a claim of the event before the
    marker; a count of settlements or an area lists places that changed hands (``control_change``).
    The list ends at a clause with an event word of its own. A claim before the marker whose only
    place is a reference point ("territory east of Kharkiv, including the town of Kupiansk") gives
    way to the listed places."""
    pattern = context.lexicon.list_continuation
    if pattern is None or not drafts:
        return drafts
    marker: int | None = None
    for match in _LIST_MARKER_BEFORE.finditer(sentence.text):
        if pattern.match(sentence.text[match.end() :]) is not None:
            marker = sentence.start + match.end()
            break
    if marker is None:
        return drafts
    # The listed event stands in the part of the sentence the list hangs on ("... warned that its
    # destruction would flood dozens of villages, including A": not the "mining" before "and warned").
    part = next((p for p in _coordinated_parts(context, clauses) if p[0] < marker <= p[1] + 2), None)
    models = [d for d in drafts if d.trigger[1] <= marker and (part is None or d.trigger[0] >= part[0])]
    if not models:
        return drafts
    model = max(models, key=lambda d: d.trigger[1])  # the event right before the list
    own_events = [d.trigger for d in drafts if d.trigger[0] >= marker]
    listed: list[PlaceMention] = []
    for mention in mentions:
        if mention.start < marker or mention.precision in CONTAINER_PRECISIONS:
            continue
        clause = next((c for c in clauses if c[0] <= mention.start < c[1]), None)
        if clause is not None and any(clause[0] <= t[0] < clause[1] for t in own_events):
            break  # "..., among them A, where soldiers raised the flag": a new event, the list is over
        listed.append(mention)
    if not listed:
        return drafts
    event_type = model.event_type
    if event_type in ("settlement_count", "area_claim"):
        # Only a count of places that were taken lists places that changed hands ("would flood
        # dozens of villages, including ..." lists no gains).
        taken = _spans_in(context.events.get("control_change", []), sentence.start, marker)
        if not taken:
            return drafts
        event_type = "control_change"
    added = [
        replace(
            model,
            event_type=event_type,
            place=mention,
            places_to=[],
            quantities={} if event_type != model.event_type else dict(model.quantities),
            meta={**model.meta, "listed_after": model.trigger_text},
        )
        for mention in listed
    ]
    kept = [
        d
        for d in drafts
        if not (
            d.event_type == event_type
            and d.trigger == model.trigger
            and d.place is not None
            and d.place not in listed
            and _is_secondary(context, d.place, sentence.start)
        )
    ]
    return kept + added


#: Modalities of what has not happened (yet): a forecast ("Russia will keep striking the grid") does
#: not continue the place of an event that happened, nor the reverse.
FUTURE_MODALITIES = frozenset({"predicted", "conditional"})

#: context r12: types whose actor must be named in the clause that tells them (gold/README.md: round-6
#: audit rule 1 for strikes, "evacuations that carry on, with no organiser named" for evacuations): a
#: continuation takes the place of the claim before, not its side ("Russian drones hit A. A second
#: drone struck a bus stop." -- the second strike is at A, its actor null).
SIDE_NAMED_IN_CLAUSE: frozenset[str] = frozenset({"strike", "evacuation"})


def _elaborates(context: _Context, sentence: Sentence) -> bool:
    """context r12: the sentence lists "in particular" what the one before told ("Під ударами були,
    зокрема, A та B"; claims.yaml key ``elaboration_markers``): the same events, with their side."""
    markers = _extra_regex(context.lexicon, "elaboration_markers")
    return markers is not None and markers.search(sentence.text) is not None


def _future(modality: str) -> bool:
    return modality in FUTURE_MODALITIES


#: Local events that, with no place of their own and no same-type claim before, happen at the one
#: place the previous sentence of the paragraph claimed something at.
CONTINUES_ANY_TYPE = frozenset({"fighting", "strike"})


def _continue_local_place(
    drafts: list[_Draft], previous: list[_Draft], context: _Context, sentence: Sentence
) -> None:
    """ "Attacks near A were repelled. Heavy fighting continues.": a local event left without a
    place (after same-type continuation and "the town") happens where the sentence before put
    everything it claimed, when that is one place; several places leave it open, and so does a
    region, the country or a river (round-6 rule 7: a region before keeps the continuation null)."""
    located = [
        p
        for p in previous
        if p.place is not None and context.sentences[p.sentence_index].paragraph == sentence.paragraph
    ]
    drafts = [d for d in drafts if not any(_future(d.modality) != _future(p.modality) for p in located)]
    if not located or len({_place_key(p.place) for p in located}) != 1:
        return
    place = located[-1].place
    if place is None or place.precision in CONTAINER_PRECISIONS:
        return
    for draft in drafts:
        if draft.event_type in CONTINUES_ANY_TYPE and draft.place is None and not draft.places_to:
            draft.place = place
            draft.meta["continues"] = True


def _continue_previous(
    drafts: list[_Draft], previous: list[_Draft], context: _Context, sentence: Sentence
) -> None:
    """A placeless claim continues the same-type claim of the previous sentence of the paragraph --
    unless its sentence says "the town" and that claim was at a place (``anaphora.py`` resolves "the
    town": "A drone hit a van near B. Artillery shelled the town again" is about the town the report
    is about, not B; "... advance toward A. A photo shows them at the town sign" still continues the
    advance toward A)."""
    says_the_town = bool(_anaphors(context, sentence.start, sentence.end))
    added: list[_Draft] = []
    for draft in drafts:
        if draft.place is not None or draft.places_to:
            continue
        same = [
            p
            for p in previous
            if p.event_type == draft.event_type
            and _future(p.modality) == _future(draft.modality)
            and (p.place is not None or p.places_to)
            and context.sentences[p.sentence_index].paragraph == sentence.paragraph
        ]
        if not same:
            continue
        antecedent = same[-1]
        if says_the_town and antecedent.place is not None:
            continue
        draft.place = antecedent.place
        draft.places_to = list(antecedent.places_to)
        if not draft.direction:
            draft.direction = list(antecedent.direction)
        if draft.actor_side is None and (
            draft.event_type not in SIDE_NAMED_IN_CLAUSE or _elaborates(context, sentence)
        ):
            draft.actor_side = antecedent.actor_side
        draft.meta["continues"] = True
        # "The units in A and B are in a pocket. Talk of a full encirclement is premature.": the same
        # happening told at a list of places goes on at each of them (round-8 settlement rule 7).
        listed = [
            p.place
            for p in same
            if p.trigger == antecedent.trigger
            and p.sentence_index == antecedent.sentence_index
            and p.place is not None
            and p is not antecedent
        ]
        added.extend(replace(draft, place=place, meta=dict(draft.meta)) for place in listed)
    drafts.extend(added)


#: Types whose side a holding told with a possessive pronoun takes: the force that entered or took the
#: place in the sentence before is the one that holds it since.
HOLDER_ANTECEDENT_TYPES: frozenset[str] = frozenset({"advance", "control_change", "control_held"})


def _pronoun_holder(
    drafts: list[_Draft], previous: list[_Draft], context: _Context, sentence: Sentence
) -> None:
    """A holding told with a possessive pronoun and no side of its own ("Russian troops entered A in
    March. Since then the town has been under their control.", "находится под их контролем", "unter
    ihrer Kontrolle") is held by the side that entered or took the place in the sentence before (same
    paragraph); without a place of its own it is at that place. The pronoun words are the optional
    claims.yaml regex ``holder_pronoun``, matched inside the trigger."""
    pattern = _extra_regex(context.lexicon, "holder_pronoun")
    if pattern is None or not previous:
        return
    antecedents = [
        p
        for p in previous
        if p.event_type in HOLDER_ANTECEDENT_TYPES
        and p.actor_side is not None
        and p.modality in ("asserted", "hedged")
        and context.sentences[p.sentence_index].paragraph == sentence.paragraph
    ]
    if not antecedents:
        return
    for draft in drafts:
        if draft.event_type != "control_held" or draft.actor_side is not None:
            continue
        if pattern.search(draft.trigger_text) is None:
            continue
        antecedent = antecedents[-1]
        draft.actor_side = antecedent.actor_side
        if draft.place is None and antecedent.place is not None:
            draft.place = antecedent.place


#: Characters before a place searched for the verb of transport that makes it a destination.
DESTINATION_LOOKBACK = 80


def _evacuation_destinations(context: _Context, drafts: list[_Draft], sentence: Sentence) -> list[_Draft]:
    """Where people are taken to is no place of their evacuation (docs/annotation.md: the place is where
    they leave from): a place right after a verb of carrying people and a preposition of direction whose
    case is not the locative ("вывозят в Шостку и дальше в Сумы", "людей везуть у Харків"; optional
    claims.yaml regex ``destination_before``, matched up to the end of the place, with a group ``dest``
    that must start at the place). The claim keeps its other places; with none left it has no place."""
    pattern = _extra_regex(context.lexicon, "destination_before")
    if pattern is None:
        return drafts
    destinations: set[int] = set()
    for index, draft in enumerate(drafts):
        if draft.event_type != "evacuation" or draft.place is None:
            continue
        mention = draft.place
        window_start = max(sentence.start, mention.start - DESTINATION_LOOKBACK)
        found = pattern.search(context.text, window_start, mention.end)
        if found is not None and found.start("dest") == mention.start:
            destinations.add(index)
    if not destinations:
        return drafts
    kept: list[_Draft] = []
    for index, draft in enumerate(drafts):
        if index not in destinations:
            kept.append(draft)
            continue
        others = [
            d
            for i, d in enumerate(drafts)
            if i not in destinations and d.event_type == "evacuation" and d.trigger == draft.trigger
        ]
        if not others and not any(k.event_type == "evacuation" and k.trigger == draft.trigger for k in kept):
            kept.append(replace(draft, place=None, meta=dict(draft.meta)))
    return kept


def _follow_context(current: list[_Draft], earlier: list[_Draft], index: int) -> None:
    """Placeless claims of ``follows_context`` types take place (and side, if they have none) of
    the latest claim with a place in this sentence or the ``CONTEXT_CARRY_SENTENCES`` before it."""
    for draft in current:
        if _has_place(draft) or not TYPE_RULES[draft.event_type].follows_context:
            continue
        pool = [
            d
            for d in earlier + current
            if d is not draft
            and d.place is not None
            and not TYPE_RULES[d.event_type].follows_context
            and index - d.sentence_index <= CONTEXT_CARRY_SENTENCES
        ]
        if not pool:
            continue
        model = pool[-1]
        draft.place = model.place
        if draft.actor_side is None:
            draft.actor_side = model.actor_side
        draft.meta["place_from"] = "context"


def _list_continuation(
    context: _Context, sentence: Sentence, index: int, previous: list[_Draft]
) -> list[_Draft]:
    """ "Darunter Alpha, Beta und Gamma." / "Серед них — ...": the previous claim, for each listed place."""
    pattern = context.lexicon.list_continuation
    if pattern is None or not pattern.match(sentence.text):
        return []
    if context.sentences[previous[-1].sentence_index].paragraph != sentence.paragraph:
        return []
    model = previous[-1]
    # "30 settlements were liberated. Among them A and B.": each listed place changed hands.
    event_type = (
        "control_change" if model.event_type in ("settlement_count", "area_claim") else model.event_type
    )
    listed = [
        m
        for m in context.mentions
        if sentence.start <= m.start
        and m.end <= sentence.end
        and m.precision not in CONTAINER_PRECISIONS
        and not (m.place_id or "").startswith(NOT_A_PLACE_ID_PREFIXES)
    ]
    return [
        replace(
            model,
            event_type=event_type,
            sentence_index=index,
            place=mention,
            places_to=[],
            evidence=(sentence.start, sentence.end),
            quantities={} if event_type != model.event_type else dict(model.quantities),
            meta={**model.meta, "listed_after": model.trigger_text},
        )
        for mention in listed
    ]
