"""Places named by reference: "the town", "these villages", "the region".

A claim with no place takes the settlement named last before "the town" / "der Stadt" (also earlier
in the same sentence; after a "toward" word it is an advance's objective). "The town" refers to the
place its naming sentence is about (or one introduced as "the town X"), "these villages" to the
whole list; "the region" to the last oblast (optional key ``region_anaphora``). "The town" never
refers to a facility or landscape, and far down a text that has named one settlement only, it is
that one. "The plant", "станция" (optional key ``facility_anaphora``) refer to the facility named
last, which puts the claim in the facility's settlement; "там", "this sector" (``locative_anaphora``)
to the place named last in their sentence (none when that is a river bank or where fire or forces come
from) or to the one the latest
naming sentence is about. A town some distance from a force ("within 8 km of the city", key
``distance_before``) is an advance's objective. A report headed by a bare dateline of a town
("KUPIANSK — ...") places the placeless claims of its first paragraph there.

Round 6: a road named only by where it leads (optional key ``road_to_before``: "the road to B") is
the supply line of the town the text is about, not of B (unless the text is about B); a region word
in a speaker's description ("an official in the region said ...") places nothing a sentence names
by "the village" itself.

Round 7: a strike or demolition told again in a sentence that names no place (a denial, a blame, an
agentless retelling) takes the place of the strike the report told shortly before
(``_resolve_strike_anaphora``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from frontwatch.claims.context import (
    FACILITY_ID_PREFIX,
    NOT_A_PLACE_ID_PREFIXES,
    REGION_ID_PREFIX,
    TO_LOOKBACK,
    Span,
    _Context,
    _Draft,
    _extra_regex,
    _place_key,
    _report_cues,
    _spans_in,
)
from frontwatch.claims.event_rules import TYPE_RULES
from frontwatch.claims.placing import (
    _BARE_DATELINE,
    _ENUMERATION_GAP,
    CAPITAL_IDS,
    CONTAINER_PRECISIONS,
    REGION_PRECISIONS,
    _is_listed_origin,
    _is_region_named,
    _is_seat_of_government,
    _is_secondary,
    _locates_unknown_name,
    _names_direction,
    _region_locates,
    _unknown_name,
    names_itself,
)
from frontwatch.claims.sentences import Sentence
from frontwatch.model import PlaceMention

#: "the town" refers to a settlement named at most this many characters before the sentence.
ANAPHORA_LOOKBACK = 400


def _resolve_anaphora(drafts: list[_Draft], context: _Context, sentence: Sentence) -> list[_Draft]:
    """ "the town", "der Stadt", "міста": the settlement named most recently before it."""
    _road_of_topic_town(drafts, context, sentence)
    placeless = [d for d in drafts if d.place is None and not d.places_to]
    if placeless:
        _resolve_region_anaphora(placeless, context, sentence)
        placeless = [d for d in placeless if d.place is None]
    if placeless:
        _resolve_facility_anaphora(placeless, context, sentence)
        placeless = [d for d in placeless if d.place is None]
    if placeless and not _has_any_anaphor(context, sentence):
        _resolve_reportage_town(placeless, context, sentence)
        placeless = [d for d in placeless if d.place is None]
    if placeless and not _has_any_anaphor(context, sentence):
        _resolve_strike_anaphora(placeless, context, sentence)
        placeless = [d for d in placeless if d.place is None]
    # "відійшов з міста в бік Бахмута", "withdrew from the town toward B": a withdrawal whose
    # destination is named still leaves what "the town" says (its place). (Not an advance: "the loss
    # of the town would let them push toward B" names the town for another event.)
    headed = [d for d in drafts if d.place is None and d.places_to and d.event_type == WITHDRAWAL_TYPE]
    placeless += headed
    if not placeless or context.lexicon.anaphora is None:
        return []
    # "the outskirts", "den Stadtrand", "з мікрорайону" (optional claims.yaml key ``part_anaphora``):
    # a part of a town named without the town is in the town "the town" would mean, after the
    # anaphors proper. "там" / "there" (optional key ``locative_anaphora``) points at a place the
    # same way: it fits a town introduced with any noun.
    parts: list[re.Match[str]] = []
    for key in ("part_anaphora", "locative_anaphora"):
        part = _extra_regex(context.lexicon, key)
        if part is not None:
            parts += part.finditer(sentence.text)
    locative_pattern = _extra_regex(context.lexicon, "locative_anaphora")
    sector_pattern = _extra_regex(context.lexicon, "sector_anaphora")
    for match in [*context.lexicon.anaphora.finditer(sentence.text), *parts]:
        is_part = match in parts
        is_locative = locative_pattern is not None and match.re is locative_pattern
        if is_locative and sector_pattern is not None and sector_pattern.search(match.group()) is not None:
            # "на этом участке", "на цю ділянку", "this sector": a front sector named by reference is
            # no point on the map, whatever town or direction it refers back to (gold/README.md,
            # round-10 audit rule 4); the claim keeps place null.
            continue
        end = sentence.start + match.end()
        if _correlative(context, end):
            continue  # "там, де ...", "dort, wo ...": it points ahead to its relative clause
        word = (sentence.start + match.start() + len(match.group()) - len(match.group().lstrip()), end)
        if any(
            names_itself(context.text, end, m.start) and not _region_locates(context, word, m)
            for m in context.mentions
        ):
            continue  # "die Stadt Kupjansk", "the city of Kharkiv" names the place itself
        # The settlement named last before "the town" (earlier in the same sentence, too:
        # "In Izium, residents said the columns had left the town").
        anaphor_start = sentence.start + match.start()
        earlier = [
            m
            for m in context.mentions
            if m.end <= anaphor_start
            and anaphor_start - m.end <= ANAPHORA_LOOKBACK
            and m.precision not in REGION_PRECISIONS
            and m.precision != "country"
            and not (m.place_id or "").startswith(NOT_A_PLACE_ID_PREFIXES)
            # "the town" is no bridge, plant or landscape ("der Antoniwka-Brücke ... die Stadt").
            and not (m.place_id or "").startswith((FACILITY_ID_PREFIX, REGION_ID_PREFIX))
            # "fires from positions near A at the city": where the fire comes from is another town.
            and not (m.start >= sentence.start and _fire_origin(context, m))
            # "Лиманський напрямок ... на цю ділянку": a direction named after a town is no place
            # (round-9 rule 14), so "this sector" after it stays null.
            and not _names_direction(context, m)
        ]
        if not earlier:
            # A feature about one town ("Kherson after the occupation"): "the city" far down the
            # text still means it when it is the only settlement the text has named so far.
            named_before = [
                m
                for m in context.mentions
                if m.end <= anaphor_start
                and m.precision not in CONTAINER_PRECISIONS
                and not (m.start >= sentence.start and _fire_origin(context, m))
                and not _names_direction(context, m)
            ]
            if named_before and len({_place_key(m) for m in named_before}) == 1:
                earlier = named_before[-1:]
        # "A, north of B. The town ...": a reference point is not what "the town" refers to.
        earlier = [m for m in earlier if not _is_secondary(context, m, 0)] or earlier
        word_start = sentence.start + match.start() + len(match.group()) - len(match.group().lstrip())
        plural = not is_part and _plural_anaphor(context, word_start)
        if (
            earlier
            and not plural
            and not is_locative
            and (
                _unknown_named_between(context, max(m.end for m in earlier), anaphor_start)
                or _locates_unknown_name(context, max(earlier, key=lambda m: m.end), [(0, len(context.text))])
                is not None
            )
        ):
            # "cleared Vasyukovka south-west of Seversk and raised the flag over the village": a
            # village the gazetteer lacks was named last; "the village" is that one, no place.
            return []
        if not plural:
            # "took the villages A, B and C and encircled the town": one town is not a member
            # of a list of places named in this sentence ("these villages" may be).
            in_sentence = [m for m in earlier if m.start >= sentence.start]
            listed = {
                id(m)
                for a, b in itertools.pairwise(in_sentence)
                if _ENUMERATION_GAP.fullmatch(context.text[a.end : b.start]) is not None
                for m in (a, b)
            }
            earlier = [m for m in earlier if id(m) not in listed]
        if not earlier:
            return []
        if is_locative:
            located = _locative_antecedent(context, earlier, anaphor_start, sentence)
            if located is None:
                return []
            antecedent = located
        else:
            antecedent = (
                _salient(context, earlier)
                if plural
                else _topic_antecedent(
                    context, earlier, None if is_part else match.group().split()[-1], anaphor_start, sentence
                )
            )
        # "продвигаются к городу", "advancing on the town": the town is the objective of an advance.
        to_before = context.lexicon.to_before
        # Not for a part of the town: entering its centre is being in the town ("до центру в'їхали").
        window = context.text[max(sentence.start, word_start - TO_LOOKBACK) : word_start]
        # "advanced to within eight kilometres of the city" (optional key ``distance_before``): a town
        # a force is some distance from is what it moves toward, not where it is.
        distance = _extra_regex(context.lexicon, "distance_before")
        objective = not is_part and (
            (to_before is not None and to_before.search(window) is not None)
            or (distance is not None and distance.search(window) is not None)
        )
        # "these villages", "ці села": every place of the list the antecedent stands in.
        group = _listed_with(context, antecedent, earlier) if plural else [antecedent]
        more: list[_Draft] = []
        for draft in placeless:
            rule = TYPE_RULES[draft.event_type]
            if draft in headed and (objective or is_locative or is_part):
                continue  # its objective is named; "the town" as a second objective adds nothing
            if objective and rule.uses_places_to and not rule.destination_place:
                draft.places_to = list(group)
            else:
                draft.place = group[0]
                more += [replace(draft, place=m, meta=dict(draft.meta)) for m in group[1:]]
            draft.meta["place_from"] = "anaphora"
        for extra in more:
            extra.meta["place_from"] = "anaphora"
        return more
    return []


def _unknown_named_between(context: _Context, start: int, end: int) -> bool:
    """A settlement name the gazetteer lacks (placing.py ``_unknown_name``) stands between ``start``
    and ``end``, not as the first word of a sentence (side r12)."""
    pattern = _extra_regex(context.lexicon, "unknown_toponym")
    if pattern is None:
        return False
    for found in pattern.finditer(context.text, start, end):
        before = context.text[max(0, found.start() - 3) : found.start()].rstrip()
        if not before or before[-1] in '.!?:\n«"„“':
            continue
        # "advancing toward A", "die Straße nach A": an objective is not what "the village" means.
        to_before = context.lexicon.to_before
        window = context.text[max(0, found.start() - TO_LOOKBACK) : found.start()]
        if to_before is not None and to_before.search(window) is not None:
            continue
        if _unknown_name(context, found.start(), found.end()) is not None:
            return True
    return False


#: How far after a strike or reinforcement word the place its fire or forces come from may stand
#: ("б'ють з позицій поблизу A").
ORIGIN_REACH = 50


def _fire_origin(context: _Context, mention: PlaceMention) -> bool:
    """The mention is where the fire or the forces of a strike or reinforcement word just before it
    come from ("fires from positions near A", "перекинули резерви з A"): not what "the town" or "там"
    later in the sentence refers to. Other origins ("a resident who left A says the town is shelled")
    may well be."""
    if not _is_listed_origin(context, mention):
        return False
    return any(
        0 <= mention.start - end <= ORIGIN_REACH
        for event_type in ORIGIN_TYPES
        for _, end in context.events.get(event_type, [])
    )


def _road_of_topic_town(drafts: list[_Draft], context: _Context, sentence: Sentence) -> None:
    """ "The road to B is under fire", "Якщо наші переріжуть трасу на B", "Die Straße nach B liegt
    unter Beschuss": a road named only by where it leads (optional claims.yaml key ``road_to_before``)
    is the supply line of the town the text is about, where the road starts; B is only its far end.
    A supply claim with no place, or whose only place is a far end the text names here for the first
    time, takes the report's topic town (``_topic_antecedent``). A far end named before is a town the
    text is about ("the road to Vuhledar" in a report on Vuhledar) and stays the place; so does a
    place of its own ("the road to B at C"), and a claim in a text that has named no other settlement."""
    pattern = _extra_regex(context.lexicon, "road_to_before")
    if pattern is None:
        return
    supply = [d for d in drafts if d.event_type == SUPPLY_TYPE]
    if not supply:
        return
    # One character before the sentence: the uk/ru patterns open with "(?:^|\s)", which must see the
    # space before a sentence's first word ("Траса на B ...").
    window_floor = max(0, sentence.start - 1)
    far_ends = [
        m
        for m in context.mentions
        if sentence.start <= m.start < sentence.end
        and pattern.search(context.text, max(window_floor, m.start - TO_LOOKBACK), m.start) is not None
    ]
    # A far end the gazetteer does not know is still a name: a capitalised word after the road word.
    first = bisect.bisect_left(context.tokens, sentence.start, key=lambda t: t.start)
    sentence_tokens = itertools.takewhile(lambda t: t.start < sentence.end, context.tokens[first:])
    unknown_end = any(
        token.text[:1].isupper()
        and pattern.search(context.text, max(window_floor, token.start - TO_LOOKBACK), token.start)
        for token in sentence_tokens
    )
    if not far_ends and not unknown_end:
        return
    end_keys = {_place_key(m) for m in far_ends}
    settlements_before = [
        m
        for m in context.mentions
        if m.end <= sentence.start
        and m.precision not in CONTAINER_PRECISIONS
        and not (m.place_id or "").startswith(NOT_A_PLACE_ID_PREFIXES)
        and not (m.place_id or "").startswith((FACILITY_ID_PREFIX, REGION_ID_PREFIX))
    ]
    if not settlements_before:
        return
    topic = _topic_antecedent(context, settlements_before, None, sentence.start, sentence)
    named_before = {_place_key(m) for m in settlements_before}
    for draft in supply:
        taken = [draft.place] if draft.place is not None else []
        taken += draft.places_to
        if any(_place_key(m) not in end_keys or _place_key(m) in named_before for m in taken):
            continue  # a place of its own, or a far end the text is about
        draft.place = topic
        draft.places_to = []
        draft.meta["place_from"] = "road of the topic town"


#: The event type whose road named by its far end belongs to the topic town (``_road_of_topic_town``).
SUPPLY_TYPE = "supply_line"


#: Event types whose origin place is no place of the claim (as ``placing.ORIGIN_IS_NO_PLACE``).
ORIGIN_TYPES = ("strike", "reinforcement")


def _locative_antecedent(
    context: _Context, earlier: list[PlaceMention], anaphor_start: int, sentence: Sentence
) -> PlaceMention | None:
    """The place "там" / "there" points at: the place named last before it in its own sentence --
    none when that is a river bank or a landscape ("отошли на восточный берег Оскола и оборудуют там
    позиции") -- else the place the latest sentence naming one is about ("A на лівому березі Осколу
    ... Там тривають бої": A), not the report's topic."""
    own = [m for m in context.mentions if sentence.start <= m.start and m.end <= anaphor_start]
    if own:
        last = own[-1]
        not_a_place = (last.place_id or "").startswith(NOT_A_PLACE_ID_PREFIXES)
        # "б'ють з позицій поблизу A, цілячись туди, де ...": what the fire comes from is not where it
        # is aimed.
        if last.precision in CONTAINER_PRECISIONS or not_a_place or _fire_origin(context, last):
            return None
        return last
    return _salient(context, earlier)


def _has_any_anaphor(context: _Context, sentence: Sentence) -> bool:
    """The sentence names its place by reference ("the town", "the outskirts", "там"); a correlative
    "там, де ..." (``_correlative``) names none."""
    patterns = [context.lexicon.anaphora] + [
        _extra_regex(context.lexicon, key) for key in ("part_anaphora", "locative_anaphora")
    ]
    return any(
        not _correlative(context, sentence.start + match.end())
        for p in patterns
        if p is not None
        for match in p.finditer(sentence.text)
    )


def _correlative(context: _Context, end: int) -> bool:
    """context r12: a locative demonstrative followed by a relative adverb ("там, де дрони полюють",
    "туди, де збираються люди", "dort, wo ...", "там, где ...") is a correlative: it points ahead to
    the place its relative clause describes, not back to a town named before (optional claims.yaml
    key ``correlative_after``, matched right after the anaphor)."""
    pattern = _extra_regex(context.lexicon, "correlative_after")
    return pattern is not None and pattern.match(context.text, end) is not None


def _resolve_reportage_town(placeless: list[_Draft], context: _Context, sentence: Sentence) -> None:
    """ "KUPIANSK — The evacuation bus leaves ... 'The bombs come every day now,' she said.": a report
    headed by a bare dateline of a town (capitals, a dash, no date or agency; not the capital, which
    heads wire stories filed there) is told from that town; a claim of its first paragraph that names
    no place happens there. Types that take a region or that are about a whole territory do not."""
    if sentence.paragraph != 0 or not context.mentions:
        return
    first = context.mentions[0]
    if (
        context.text[: first.start].strip()
        or not (first.text.isupper() and len(first.text) > 2)
        or _BARE_DATELINE.match(context.text, first.end) is None
        or first.place_id in CAPITAL_IDS
        or first.precision in CONTAINER_PRECISIONS
    ):
        return
    for draft in placeless:
        rule = TYPE_RULES[draft.event_type]
        if rule.region_place or draft.event_type in TERRITORY_TYPES:
            continue
        draft.place = first
        draft.meta["place_from"] = "dateline"


#: The move whose named destination leaves "the town" it starts from to be its place.
WITHDRAWAL_TYPE = "withdrawal"

#: Event types told again by the other side's version or a denial (``_resolve_strike_anaphora``).
STRIKE_TYPES = ("strike", "demolition")

#: A strike told again refers back to a strike at most this many sentences without a strike word
#: before it.
STRIKE_ANAPHORA_SENTENCES = 3


def _resolve_strike_anaphora(placeless: list[_Draft], context: _Context, sentence: Sentence) -> None:
    """ "The governor blamed Russian troops for the attack.", "Moscow denied striking the theatre.",
    "Рогов звинуватив в ударі ЗСУ.": a strike or demolition in a sentence that names no place of its
    own is the strike the report told shortly before (a blame, a denial, the other side's version), so
    it takes that strike's place: the one settlement or facility of the nearest earlier sentence with
    a strike or demolition word, back through sentences that tell the same strike without a place
    (round-6 rule 7). A region in the sentence (a governor's title) is no place of its own. Several
    places there, or more than ``STRIKE_ANAPHORA_SENTENCES`` sentences without a strike word in
    between, leave it open."""
    strikes = [
        d
        for d in placeless
        if (d.event_type in STRIKE_TYPES and _tells_strike_again(context, d))
        or _rescue_after_strike(context, d)
    ]
    if not strikes:
        return
    own = [
        m
        for m in context.mentions
        if sentence.start <= m.start < sentence.end and m.precision not in CONTAINER_PRECISIONS
    ]
    if own:
        return  # a place of its own, even one no rule took: not a strike told again
    # Back through the sentences of the report: a strike word renews the reach, so a chain of
    # placeless sentences about one strike leads back to the one that names its place.
    since_strike = 0
    for earlier in reversed(context.sentences[: strikes[0].sentence_index]):
        if not any(
            earlier.start <= start < earlier.end
            for event_type in STRIKE_TYPES
            for start, _ in context.events.get(event_type, [])
        ):
            since_strike += 1
            if since_strike > STRIKE_ANAPHORA_SENTENCES:
                return
            continue
        since_strike = 0
        places = [
            m
            for m in context.mentions
            if earlier.start <= m.start < earlier.end
            and m.precision not in CONTAINER_PRECISIONS
            and not (m.place_id or "").startswith((*NOT_A_PLACE_ID_PREFIXES, REGION_ID_PREFIX))
            and not _fire_origin(context, m)
        ]
        if not places:
            continue  # a strike told without a place: look further back for the one it repeats
        if len({_place_key(m) for m in places}) == 1:
            for draft in strikes:
                draft.place = places[0]
                draft.meta["place_from"] = "strike told before"
        return


#: Modalities of a claim about what is still to come: no strike told before is its place.
FUTURE_MODALITIES = frozenset({"predicted", "conditional"})


def _rescue_after_strike(context: _Context, draft: _Draft) -> bool:
    """ "Rescuers evacuated 30 residents from the damaged building", "brachten Bewohner aus den
    beschädigten Häusern in Sicherheit": people moved out of something the sentence calls damaged
    (optional claims.yaml key ``struck_building_words``), with no place of their own, after a strike,
    are moved out of where it hit (round-6 rule 7, round-8 settlement 1: a placeless clause that goes
    on with the same happening takes its place). An evacuation that names no damage ("volunteers are
    organising an evacuation") may be for a wider area, and a call or a plan is no rescue;
    ``_resolve_strike_anaphora`` still needs a strike word within its reach before it."""
    if draft.event_type != "evacuation" or draft.modality not in ("asserted", "hedged"):
        return False
    damage = _extra_regex(context.lexicon, "struck_building_words")
    sentence = context.sentences[draft.sentence_index]
    return damage is not None and damage.search(context.text, sentence.start, sentence.end) is not None


def _tells_strike_again(context: _Context, draft: _Draft) -> bool:
    """The placeless strike is a strike told before, told again: denied ("Moscow denied striking the
    theatre"), blamed on somebody (optional claims.yaml key ``blame``), or told with no actor ("at
    least six people were killed", "the attack came on Wednesday"). A strike a side is said to have
    made ("Ukrainian drones struck an oil depot overnight") is a new one, and so is a forecast."""
    if draft.modality in FUTURE_MODALITIES:
        return False
    if draft.modality == "negated" or draft.actor_side is None:
        return True
    sentence = context.sentences[draft.sentence_index]
    return bool(_spans_in(_report_cues(context, "blame"), sentence.start, sentence.end))


#: Claims about a territory as a whole, which a reportage dateline does not place.
TERRITORY_TYPES = frozenset({"political", "force_estimate"})


#: "the plant" refers to a facility named at most this many characters before it.
FACILITY_ANAPHORA_LOOKBACK = 1200


def _resolve_facility_anaphora(placeless: list[_Draft], context: _Context, sentence: Sentence) -> None:
    """ "the plant", "станция", "das Kraftwerk" (optional claims.yaml key ``facility_anaphora``, a
    regex): the facility named most recently before it; ``_settle_landmarks`` then puts the claim in
    the facility's settlement. "The town" never means a facility, so a facility needs words of its own."""
    pattern = _extra_regex(context.lexicon, "facility_anaphora")
    if pattern is None:
        return
    match = pattern.search(context.text, sentence.start, sentence.end)
    if match is None:
        return
    town = context.lexicon.anaphora
    if town is not None and town.search(context.text, sentence.start, sentence.end) is not None:
        # "бьют по городу ..., прикрываясь станцией": "the town" names the place of the act; the
        # plant is only where they shelter (``_resolve_anaphora`` takes "the town").
        return
    facilities = [
        m
        for m in context.mentions
        if m.end <= match.start()
        and match.start() - m.end <= FACILITY_ANAPHORA_LOOKBACK
        and (m.place_id or "").startswith(FACILITY_ID_PREFIX)
    ]
    if not facilities:
        return

    def distance(draft: _Draft) -> int:
        return max(draft.trigger[0] - match.end(), match.start() - draft.trigger[1], 0)

    # "the destruction of the dam hampers any attempt to cross the river": the plant is the place of
    # the event word nearest to it, not of every event word of the sentence.
    nearest = min(distance(d) for d in placeless)
    for draft in placeless:
        if distance(draft) == nearest:
            draft.place = facilities[-1]
            draft.meta["place_from"] = "facility anaphora"


#: "the region" refers to an oblast named at most this many characters before it.
REGION_ANAPHORA_LOOKBACK = 1500


def _resolve_region_anaphora(placeless: list[_Draft], context: _Context, sentence: Sentence) -> None:
    """ "the occupied parts of the region", "в регионе", "der Region" (optional claims.yaml key
    ``region_anaphora``, a regex): the oblast named most recently before it. "населених пунктів
    району", "in the district" (optional key ``raion_anaphora``): the raion named most recently before
    it (a raion word inside a place mention names that raion itself and refers to nothing)."""
    for key, precision in REGION_ANAPHORA_KEYS:
        pattern = _extra_regex(context.lexicon, key)
        if pattern is None:
            continue
        match = next(
            (
                found
                for found in pattern.finditer(context.text, sentence.start, sentence.end)
                if not any(m.start < found.end() and found.start() < m.end for m in context.mentions)
            ),
            None,
        )
        if match is None:
            continue
        regions = [
            m
            for m in context.mentions
            if m.end <= match.start()
            and match.start() - m.end <= REGION_ANAPHORA_LOOKBACK
            and (m.precision == precision or (precision == "oblast" and _is_region_named(context, m)))
        ]
        if not regions:
            continue
        town_named = _has_any_anaphor(context, sentence)
        for draft in placeless:
            if town_named and _told_apart(context, (match.start(), match.end()), draft.trigger):
                continue
            draft.place = regions[-1]
            draft.meta["place_from"] = "region anaphora"
        return


def _told_apart(context: _Context, anaphor: Span, trigger: Span) -> bool:
    """ "A Russian-installed official in the region said fighting went on at the village's edge": a
    verb of saying between a region word and the trigger puts the region word in the speaker's
    description, not in what is told; when what is told names its place by "the village" itself, the
    region is no place of the event (alone, "the head of the region said 5,000 were taken out" still
    places the claim in the region)."""
    start, end = (anaphor[1], trigger[0]) if anaphor[1] <= trigger[0] else (trigger[1], anaphor[0])
    return bool(_spans_in(context.attribution, start, end))


#: The optional claims.yaml keys of words that refer to a region named before, with the precision of
#: the region each refers to.
REGION_ANAPHORA_KEYS: tuple[tuple[str, str], ...] = (
    ("region_anaphora", "oblast"),
    ("raion_anaphora", "raion"),
)


def _listed_with(
    context: _Context, anchor: PlaceMention, candidates: list[PlaceMention]
) -> list[PlaceMention]:
    """The places listed together with ``anchor`` ("Lyptsi and Ternova"), in text order."""
    index = next(i for i, m in enumerate(candidates) if m is anchor)
    group = [anchor]
    for m in candidates[index + 1 :]:
        if _ENUMERATION_GAP.fullmatch(context.text[group[-1].end : m.start]) is None:
            break
        group.append(m)
    for m in reversed(candidates[:index]):
        if _ENUMERATION_GAP.fullmatch(context.text[m.end : group[0].start]) is None:
            break
        group.insert(0, m)
    return group


def _salient(context: _Context, candidates: list[PlaceMention]) -> PlaceMention:
    """Of the settlements named before "the town", the one the latest naming sentence is about: its
    first settlement ("Kupjansk gilt als Knoten, über den die Truppen bei Isjum versorgt werden.
    Sollte die Stadt fallen, ...": Kupjansk; "Angriffe bei Bachmut und Soledar ... Die Stadt werde
    beschossen": Bachmut) -- unless one of them was itself introduced as "the town" ("rücken auf
    die Stadt Lyman vor"), then the latest of those."""
    named_as_town = [m for m in candidates if _named_by_anaphor(context, m)]
    if named_as_town:
        return named_as_town[-1]  # "rücken auf die Stadt Lyman vor. ... die Stadt einkreisen"
    last = candidates[-1]
    sentence = next((s for s in context.sentences if s.start <= last.start < s.end), None)
    if sentence is None:
        return last
    same = [m for m in candidates if sentence.start <= m.start]
    return same[0] if same else last


def _named_by_anaphor(context: _Context, mention: PlaceMention, noun: str | None = None) -> bool:
    """ "die Stadt Lyman", "the town of Izium": the name right after an anaphor noun (with ``noun``:
    that noun, compared on its stem: "the town" was introduced as "the town of A", not "the city of B")."""
    pattern = context.lexicon.anaphora
    if pattern is None:
        return False
    window_start = max(0, mention.start - 40)
    return any(
        names_itself(context.text, m.end(), mention.start)
        and (noun is None or _same_noun(m.group().split()[-1], noun))
        for m in pattern.finditer(context.text, window_start, mention.start)
    )


#: Two anaphor nouns are the same word when they share this many first letters ("міста" / "місто",
#: "города" / "городе", "town" / "town"; not "town" / "city", "селище" / "село").
NOUN_STEM = 4


def _same_noun(first: str, second: str) -> bool:
    return first.lower()[:NOUN_STEM] == second.lower()[:NOUN_STEM] and (
        len(first) >= NOUN_STEM or first.lower() == second.lower()
    )


def _topic_antecedent(
    context: _Context, near: list[PlaceMention], noun: str | None, anaphor_start: int, sentence: Sentence
) -> PlaceMention:
    """The settlement a singular "the town" refers to (``near``: the settlements named shortly
    before it, never empty -- "the town" far from any name refers to nothing):

    1. one its own sentence names before it ("In Izium, residents said the columns had left the
       town"; "the mayor of Kharkiv reported new strikes on the city");
    2. else one the text introduced with the same noun ("the village of A ... left the village"),
       the latest of them; one introduced with another noun is not meant ("the town" after "the
       town of A ... the city of B" is A; "in der Stadt" after "das Dorf A" is not A);
    3. else the place the report is about: the settlement named most often so far, a place of the
       first sentence (headline or lead) counting once more, a tie to the first place of the
       latest sentence naming one of them
       ("Kostiantynivka: the morning situation. The road to Druzhkivka ... is cut. ... fighting on
       the edge of the town": Kostiantynivka). Reference points, front sectors and a capital
       standing for its government do not count.
    """
    # "der Ort", "the settlement" (optional claims.yaml key ``generic_anaphor_nouns``) fit a town introduced
    # with any noun ("das Dorf A ... südlich des Ortes": A).
    generic = _extra_regex(context.lexicon, "generic_anaphor_nouns")
    if noun is not None and generic is not None and generic.fullmatch(noun) is not None:
        noun = None
    headline = context.sentences[0] if context.sentences else None
    headline_end = headline.end if headline is not None else 0
    before = [
        m
        for m in context.mentions
        if m.end <= anaphor_start
        and m.precision not in CONTAINER_PRECISIONS
        and not (m.place_id or "").startswith(NOT_A_PLACE_ID_PREFIXES)
        and not (m.place_id or "").startswith((FACILITY_ID_PREFIX, REGION_ID_PREFIX))
        and not _is_secondary(context, m, 0)
        # A front sector ("на торецькому напрямку") is no town, unless it heads the report
        # ("Купянское направление: ..."); a capital may stand for its government.
        and (not _is_region_named(context, m) or m.start < headline_end)
        and not _is_seat_of_government(context, m, context.mentions)
    ]
    # One town is not a member of a list named in this sentence (see ``_resolve_anaphora``).
    own_sentence = [m for m in near if m.start >= sentence.start]
    if own_sentence:
        return _salient(context, own_sentence)
    before = [m for m in before if m.start < sentence.start]
    # A part of a town ("the outskirts", ``noun`` None) fits a town introduced with any noun.
    introduced = [m for m in before if noun is not None and _named_by_anaphor(context, m, noun)]
    if introduced:
        return introduced[-1]
    other_noun = {_place_key(m) for m in before if noun is not None and _named_by_anaphor(context, m)}
    before = [m for m in before if _place_key(m) not in other_noun]
    score: dict[object, int] = {}
    latest: dict[object, PlaceMention] = {}
    for m in before:
        key = _place_key(m)
        in_headline = headline is not None and headline.start <= m.start < headline.end
        score[key] = score.get(key, 0) + 1 + (1 if in_headline and key not in latest else 0)
        latest[key] = m
    if latest:
        top = max(score.values())
        # A tie goes to the one the latest naming sentence is about ("attacks near A and B were
        # repelled. The town ...": A).
        tied = sorted((latest[k] for k in latest if score[k] == top), key=lambda m: m.start)
        paragraph_town = _paragraph_town(context, before, {_place_key(m) for m in tied}, sentence)
        if paragraph_town is not None:
            return paragraph_town
        return _salient(context, tied)
    return _salient(context, [m for m in near if _place_key(m) not in other_noun] or near)


def _paragraph_town(
    context: _Context, before: list[PlaceMention], topic_keys: set[object], sentence: Sentence
) -> PlaceMention | None:
    """ "Rockets hit Kyiv ... (new paragraph) In the east, troops left a district of A. The rest of
    the town is held": a paragraph that turns to one other settlement and never names the report's
    topic town speaks of that settlement; "the town" there is it, not the topic of earlier
    paragraphs. Only for a paragraph after the first (the lead sets the topic) that names exactly
    one settlement before the anaphor."""
    paragraph = sentence.paragraph
    first_paragraph = context.sentences[0].paragraph if context.sentences else paragraph
    if paragraph == first_paragraph:
        return None
    in_paragraph = [
        m
        for m in before
        if any(s.paragraph == paragraph and s.start <= m.start < s.end for s in context.sentences)
    ]
    keys = {_place_key(m) for m in in_paragraph}
    if len(keys) != 1 or keys & topic_keys:
        return None
    return in_paragraph[-1]


def _plural_anaphor(context: _Context, word_start: int) -> bool:
    """ "ці села", "эти сёла": the analyser (uk, ru) marks the anaphor or the word before it plural.
    The anaphora patterns of de and en name singular nouns only."""
    index = bisect.bisect_left(context.tokens, word_start, key=lambda t: t.start)
    if index >= len(context.tokens) or context.tokens[index].start != word_start:
        return False
    own = context.tokens[index].grammemes
    before = context.tokens[index - 1].grammemes if index > 0 else frozenset()
    return ("plur" in own and "sing" not in own) or "plur" in before
