"""Which places a trigger takes (``_places_for``), and which mentions are no place at all.

A trigger takes the places of its clause (a relative clause without a place takes those of the
clause before it; a list "A, B und C" stays together across commas, also when the comma puts A in
the clause before); one claim per place. A place right after a trigger noun ("die Rückeroberung von
A") or inside a trigger's words belongs to that trigger only. Reference and transit places ("north
of A", "via A") count only when nothing else does; a region that merely locates a settlement is
dropped; rivers and banks are not places; the seat of a speaker ("the ministry in Kyiv") is not
where things happen, and only the sentence's speaker has a seat. For an advance, places after a
"toward" word are the objective (``places_to``); places listed after a "toward" objective are
objectives too. "The town" right next to the trigger beats a named place further away.

A dateline city ("Kiew (dpa) –", with an agency, a slash or capitals) is no place, and Kyiv standing
for the government gives way to any other place of the clause. A trigger left with no place of its
own shares the one a trigger of another type governs ("из-за угрозы окружения войска выведены из
A"); a holding that only describes a place ("the Russian-held town of A", ``shares_places``) takes
it from nobody; places joined by a spaced dash are a list ("Сватово — Кременная"). The country is
the place of a strike on it.

A place an event word governs ("the capture of A would open the way to B", "падіння A створює
загрозу для B") is its only place, with the list it heads; not for moves between places or
holdings. A short label before a colon ("Geolocated video: ... in A") takes the place of what follows
it. A list cut up by commas ("A, B, C — наші!") is taken whole when the claim borrows the clause
before. Every listed destination of an evacuation is no place of it. A front sector named by its
town ("на покровському напрямку") gives way to a settlement named with it. With the objective set
apart, an advance is where it comes from ("до A з боку B": B). The ends of a road (optional
claims.yaml keys ``route_before``, ``route_joint``: "the road from A to B near C") are not where it
is cut when another place is named. With the objective of an advance set apart, a region named before
it is the area the force moves in ("Im Gebiet Donezk rückten sie in Richtung A vor"); a region that
only locates a place another event word governs is no place of its own. A bare dateline of a town
other than the capital ("KUPIANSK — ...") heads a report from the spot and is a place.

A country that is part of a speaker's name ("Ukraine's Southern Command said") is no place. A region
that is also a party's name ("прапор ЛНР") is not governed by the trigger. Fire from positions near a
place ("з позицій поблизу A і B") comes from A and B, which are no places of the strike. A clause
naming its place by "the region" / "the district" (``region_anaphora``, ``raion_anaphora``) borrows
none from another clause.

Round 7: a broad sector named after a town ("crossed the border north of A", "units pulled out of
the area north of A", optional claims.yaml key ``broad_sector_before``) is no place of any claim.

Round 8: a withdrawal "into" a place (``into_before``) has it as where the force went; a capital as
the agent of a passive ("shelled by Kyiv") is no place, one a strike word governs is, with the
country the strike spreads over (``across_country_before``); a fight or strike that borrows another
clause's places does not take what a move there headed for.
"""

from __future__ import annotations

import bisect
import itertools
import re

from frontwatch.claims.context import (
    _NO_CLAUSE_BREAK,
    FACILITY_ID_PREFIX,
    GOVERNED_GAP,
    TO_LOOKBACK,
    Span,
    _Context,
    _extra_regex,
    _spans_in,
)
from frontwatch.claims.event_rules import TYPE_RULES, TypeRule
from frontwatch.claims.facilities import _facility_settlements
from frontwatch.claims.sentences import Sentence
from frontwatch.claims.sides import AGENT_LOOKBACK
from frontwatch.claims.sources import SourceMention
from frontwatch.claims.speakers import _CAPITAL_AFTER_CUE
from frontwatch.model import PlaceMention

REGION_PRECISIONS = frozenset({"oblast", "raion"})
#: Types whose origin ("reserves from A", "fire from A") is where the forces or the fire come from,
#: never where the claim happens (a withdrawal, an evacuation or an advance is where it starts).
ORIGIN_IS_NO_PLACE = frozenset({TYPE_RULES["reinforcement"], TYPE_RULES["strike"]})
#: Types that happen where a force is: a fight or a strike that borrows the places of a move's
#: clause does not take what the move headed for ("toward A", ``_headed_for``).
AT_THE_FORCE = frozenset({TYPE_RULES["fighting"], TYPE_RULES["strike"]})
#: Places that contain settlements: the place of a claim only when no settlement is named.
CONTAINER_PRECISIONS = frozenset({"oblast", "raion", "other", "country"})


#: Capitals that stand for their government ("Kiew dementierte"); Moscow is not a place of the
#: gazetteer at all. A geographic fact, the same in every language.
CAPITAL_IDS = frozenset({"gn:703448"})


# Between two listed place names: a comma and/or a short conjunction (und, and, та, і, и, or), or
# a spaced dash ("на линии Сватово — Кременная").
_ENUMERATION_GAP = re.compile(r"\s*,?\s*(?:\w{1,4}\s+)?|\s+[–—]\s+")
# After a dateline's city: ", Sept 10" or the like, the agency in brackets, a dash.
_DATELINE_AFTER = re.compile(r"(?:\s*,[^()\n,]{1,25})?\s*\([^()\n]{1,30}\)\s*[-–—]")


# Right after a dateline city: nothing but a spaced dash ("KRYVYI RIH — Two days later ...").
_BARE_DATELINE = re.compile(r"\s+[-–—]\s")


# "Charkiw/Kiew –": more cities after a slash, an optional agency, a spaced dash.
_DATELINE_SLASH = re.compile(r"(?:\s*/\s*[^\W\d_][\w'’-]*)+(?:\s*\([^()\n]{1,30}\))?\s+[-–—]\s")
# The first city of such a dateline, before the slash.
_DATELINE_FIRST_CITY = re.compile(r"\s*[^\W\d_][\w'’-]*\s*/\s*")
# After a dateline city: an optional ", Sept 10", an optional agency, a spaced dash.
_DATELINE_DASH = re.compile(r"(?:\s*,[^()\n,]{1,25})?(?:\s*\([^()\n]{1,30}\))?\s+[-–—]\s")


# Between two places a trigger governs: a list that may repeat an article or a head noun ("das
# Kraftwerk A und die Brücke B", "A and the village of B").
_GOVERNED_LIST_GAP = re.compile(r"\s*,?\s*(?:[^\W\d_]{1,8}\s+){0,3}")
# A coordinating conjunction inside a governed list ("Kyiv and cities across Ukraine").
_CONJUNCTION = re.compile(r"\b(?:and|und|та|і|й|и|або|или|or|oder)\b", re.IGNORECASE)


#: At most this many characters between the last governed place and the country spread over
#: ("Kyiv and other cities across Ukraine", "Kiew und Städte in der ganzen Ukraine").
ACROSS_COUNTRY_GAP = 40


def _across_country(context: _Context, last: PlaceMention, country: PlaceMention) -> bool:
    """ "strike Kyiv and cities across Ukraine", "по Києву та містах по всій Україні": the second part
    of the list spreads the strike over the whole country (optional claims.yaml key
    ``across_country_before``), which is then a place of its own; "other cities of Ukraine" only
    locates the cities."""
    across = _extra_regex(context.lexicon, "across_country_before")
    if across is None or not 0 < country.start - last.end <= ACROSS_COUNTRY_GAP:
        return False
    gap = context.text[last.end : country.start]
    return (
        not any(ch in gap for ch in ",;:()")
        and _CONJUNCTION.search(gap) is not None
        and across.search(gap) is not None
    )


# Between two listed names across a clause break: a bare comma ("A, B und C").
_LIST_COMMA = re.compile(r"\s*,\s*")


#: "the town of Izium", "die Stadt Kupjansk": a name this close after "the town" is its own.
ANAPHOR_NAME_GAP = 4
# Between "the town" and its own name: spaces and at most a short word ("of"), maybe a quote; not a
# sentence end ("... на западе города.\nМарьинка находилась ...").
_APPOSITION_GAP = re.compile(r"[ \t\u00a0]*(?:[^\W\d_]{1,3}[ \t\u00a0]+)?[«\"„“]?")
# A comma or a short conjunction between an anaphor noun and a name: a list, not an apposition.
_LIST_GAP = re.compile(r",|\s(?:and|und|or|oder|і|й|та|и|или|або)\s", re.IGNORECASE)


def names_itself(text: str, anaphor_end: int, name_start: int) -> bool:
    """ "the town of Izium", "die Stadt Kupjansk", "міста Ізюм": a name this close after the anaphor
    noun is its own -- unless a conjunction, a comma or a sentence end stands between ("части
    города и Купянск-Узловой" names two places)."""
    if not 0 <= name_start - anaphor_end <= ANAPHOR_NAME_GAP:
        return False
    return (
        _APPOSITION_GAP.fullmatch(text, anaphor_end, name_start) is not None
        and _LIST_GAP.search(text, anaphor_end, name_start) is None
    )


#: A place named this close after "the town" (same clause) makes "the town" a word, not a reference.
ANAPHOR_FOLLOW = 30


#: At most this many words before a colon make a label heading the sentence ("Geolocated video:").
LABEL_WORDS = 3


def _after_attribution(context: _Context, mention: PlaceMention) -> bool:
    """The name right after an attribution cue ("according to Ukraine's", "по данным Украины")."""
    return any(
        end <= mention.start and _CAPITAL_AFTER_CUE.fullmatch(context.text[end : mention.start]) is not None
        for _, end in _spans_in(context.attribution, max(0, mention.start - 40), mention.start)
    )


def _is_dateline(text: str, sentence: Sentence, mention: PlaceMention) -> bool:
    """ "Kiew (dpa) –", "KYIV, Sept 10 (Reuters) -", "Charkiw/Kiew –", "KYIV –": where the story was
    filed, not where it happened. A name at the start of the sentence followed by a dash counts only
    with a sign of a dateline (an agency in brackets, a second city after a slash, capitals), so that
    an apposition ("Lyman – the Donetsk town – is ...") stays a place."""
    before = text[sentence.start : mention.start]
    if before.strip():
        # The second city of "Charkiw/Kiew –".
        return _DATELINE_FIRST_CITY.fullmatch(before) is not None and _dateline_follows(text, mention)
    if _DATELINE_AFTER.match(text, mention.end) is not None:
        return True
    if _DATELINE_SLASH.match(text, mention.end) is not None:
        return True
    if not (mention.text.isupper() and len(mention.text) > 2 and _dateline_follows(text, mention)):
        return False
    # "KUPIANSK — The evacuation bus leaves ...": a bare dateline (no date, no agency) of a town other
    # than the capital heads a report from the spot; the town is where its first sentence happens.
    # "ODESA, July 20 -" and "KYIV —" are where a wire story was filed.
    bare = _BARE_DATELINE.match(text, mention.end) is not None
    return not bare or mention.place_id in CAPITAL_IDS


def _dateline_follows(text: str, mention: PlaceMention) -> bool:
    return _DATELINE_DASH.match(text, mention.end) is not None


def _is_seat_of_government(context: _Context, mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """ "nach Angaben Kiews", "Kyiv said", "Moskau bestritt": a capital stands for its government.

    A capital counts as a place of the happening only after a locative word (optional claims.yaml
    key ``locative_before``, e.g. "in|bei|near|в|у") or inside a list of places ("Raketen auf
    Kiew und Charkiw"); otherwise it is used only when the clause has no other place.
    """
    if mention.place_id not in CAPITAL_IDS:
        return False
    locative = _extra_regex(context.lexicon, "locative_before")
    if locative is not None and locative.search(
        context.text[max(0, mention.start - TO_LOOKBACK) : mention.start]
    ):
        return False
    for other in mentions:
        if other is mention:
            continue
        gap = (
            context.text[other.end : mention.start]
            if other.end <= mention.start
            else context.text[mention.end : other.start]
        )
        if _ENUMERATION_GAP.fullmatch(gap) is not None:
            return False
    return True


def _capital_as_agent(context: _Context, mention: PlaceMention) -> bool:
    """ "shelled by Kyiv", "von Kiew beschossen", "обстрелян Киевом": the capital is the agent of a
    passive (the ``passive`` keys ``agent_before`` and ``agent_grammeme``), the government that acts,
    never where it happens. The instrumental after a place preposition ("под Киевом", "під Києвом",
    optional claims.yaml key ``instrumental_place_before``) is a place, not an agent."""
    if mention.place_id not in CAPITAL_IDS:
        return False
    lexicon = context.lexicon
    before = context.text[max(0, mention.start - AGENT_LOOKBACK) : mention.start]
    # "von Kiew" is also "südlich von Kiew", "Vororte von Kiew": a language may narrow the agent
    # preposition for place names (optional claims.yaml key ``capital_agent_before``).
    agent = _extra_regex(lexicon, "capital_agent_before") or lexicon.agent_before
    if agent is not None and agent.search(before) is not None:
        return True
    if not lexicon.agent_grammeme:
        return False
    place_preposition = _extra_regex(lexicon, "instrumental_place_before")
    if place_preposition is not None and place_preposition.search(before) is not None:
        return False
    index = bisect.bisect_left(context.tokens, mention.start, key=lambda t: t.start)
    return (
        index < len(context.tokens)
        and context.tokens[index].start == mention.start
        and lexicon.agent_grammeme in context.tokens[index].grammemes
    )


# Between a country and the speaker it qualifies: a possessive ("Ukraine's Southern Command") or, after
# the speaker, a short preposition or article ("the Air Force of Ukraine", "Генштаб Украины").
_SPEAKER_COUNTRY_GAP = re.compile(r"(?:['’]s)?[ \t\u00a0]+|[ \t\u00a0]+(?:[^\W\d_]{1,3}[ \t\u00a0]+)?")


def _names_speaker(context: _Context, mention: PlaceMention) -> bool:
    """The country is part of the name of whoever speaks ("..., Ukraine's Southern Command said",
    "за даними Повітряних сил України"), not where anything happens."""
    for speaker in context.speakers:
        if speaker.start >= mention.end:
            return _SPEAKER_COUNTRY_GAP.fullmatch(context.text, mention.end, speaker.start) is not None
        if speaker.end <= mention.start and _SPEAKER_COUNTRY_GAP.fullmatch(
            context.text, speaker.end, mention.start
        ):
            return True
    return False


def _names_a_side(context: _Context, mention: PlaceMention) -> bool:
    """The mention is a region that is also a side word of the lexicon ("ЛНР", "DPR"): a party as well
    as a region. (A capital that stands for its government is a settlement and stays a place:
    "missiles struck Kyiv and Kharkiv".)"""
    if mention.precision not in REGION_PRECISIONS:
        return False
    index = bisect.bisect_left(context.sides, (mention.start, -1, ""))
    return index < len(context.sides) and context.sides[index][:2] == (mention.start, mention.end)


def _in_span(mention: PlaceMention, span: Span) -> bool:
    return span[0] <= mention.start and mention.end <= span[1]


def _regions(candidates: list[PlaceMention]) -> list[PlaceMention]:
    """The oblasts and raions among the candidates: the place an area or settlement figure is for."""
    return [m for m in candidates if m.precision in REGION_PRECISIONS]


# Between a settlement and the region that locates it: a comma or a short preposition and article
# ("A in the Zaporizhzhia region", "A, Gebiet B", "A Донецької області").
_LOCATING_GAP = re.compile(r"\s*,?\s*(?:[^\W\d_]{1,3}\s+){0,2}")
#: A region this close after a settlement (characters) may only locate it.
LOCATING_GAP_CHARS = 10


def _locates_settlement(context: _Context, region: PlaceMention) -> bool:
    """The region right after a settlement only says where that settlement lies ("Novodarivka in the
    Zaporizhzhia region"): it is not the scope of a figure the sentence gives for more places."""
    index = bisect.bisect_left(context.mention_starts, region.start)
    if index == 0:
        return False
    previous = context.mentions[index - 1]
    return (
        previous.precision not in CONTAINER_PRECISIONS
        and 0 <= region.start - previous.end <= LOCATING_GAP_CHARS
        and _LOCATING_GAP.fullmatch(context.text, previous.end, region.start) is not None
    )


def _figure_scope(
    context: _Context, in_clause: list[PlaceMention], mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """The region an area or settlement figure is for (docs/annotation.md): the one region its clause
    names, else the one region its sentence names ("Im Gebiet Donezk meldete X, bei A seien 180 km²
    befreit worden"); none when the figure spans several ("на Донеччині та Запоріжжі") or the region
    only locates a settlement listed with it. With no region it has none: a town the gains lie around
    is kept in the quantity's words, not as the place (docs/annotation.md)."""
    for pool in (in_clause, mentions):
        scopes = [m for m in _regions(pool) if not _locates_settlement(context, m)]
        if len({m.place_id for m in scopes}) > 1:
            return []
        if scopes:
            return scopes[:1]
    return []


#: How far after a place name a bridge word may start ("Tschonhar-Brücke", "Chonhar road bridge").
BRIDGE_NAME_REACH = 24


def _names_landmark_bridge(context: _Context, mention: PlaceMention) -> bool:
    """The mention is a bridge between places: a landmark bridge (``landmarks.yaml`` gives it no
    settlement) or a place name that names a bridge (optional claims.yaml key ``bridge_name_after``,
    matched right after the name: "Tschonhar-Brücke", "the Chonhar bridge", "Чонгарский мост"). "The
    bridge at A" places the bridge in A and is not one."""
    if (
        mention.place_id in _facility_settlements()
        and _facility_settlements()[mention.place_id or ""] is None
    ):
        return True
    after = _extra_regex(context.lexicon, "bridge_name_after")
    return (
        after is not None
        and after.match(context.text[mention.end : mention.end + BRIDGE_NAME_REACH]) is not None
    )


def _is_objective(context: _Context, mention: PlaceMention, clause_start: int) -> bool:
    """The mention is where a move is headed: "toward A", "на A" (``to_before``), and also the place a
    force stands some distance from (optional key ``distance_before``: "within 8 km of A", "в 5 км от
    A") -- the force is not at A, A is what it is closing in on (gold/README.md, round-4 audit)."""
    before = context.text[max(clause_start, mention.start - TO_LOOKBACK) : mention.start]
    pattern = context.lexicon.to_before
    if pattern is not None and pattern.search(before) is not None:
        return True
    distance = _extra_regex(context.lexicon, "distance_before")
    return distance is not None and distance.search(before) is not None


def _headed_for(context: _Context, mention: PlaceMention, clause_start: int) -> bool:
    """The mention is what a move heads for ("toward A", "прорватися до A", ``to_before``) -- not a
    place some distance away ("в нескольких километрах от A"), the far end of a road named by where
    it leads ("the road to A", optional key ``road_to_before``) nor a name a relative clause is
    about: those name places that are there."""
    to_before = context.lexicon.to_before
    if to_before is None:
        return False
    # "führt nach A, das russische Truppen einzunehmen versuchen": a relative clause right after the
    # name (optional claims.yaml key ``relative_clause_opener``) is about A itself.
    relative = _extra_regex(context.lexicon, "relative_clause_opener")
    if relative is not None and relative.match(context.text, mention.end) is not None:
        return False
    before = context.text[max(clause_start, mention.start - TO_LOOKBACK) : mention.start]
    if to_before.search(before) is None:
        return False
    road_to = _extra_regex(context.lexicon, "road_to_before")
    return road_to is None or road_to.search(before) is None


def _is_withdrawal_destination(context: _Context, mention: PlaceMention, clause_start: int) -> bool:
    """ "fell back into the Kharkiv region", "отошёл на территорию области", "zogen sich in das Gebiet
    A zurück": the place after an "into" word (optional claims.yaml key ``into_before``) is where the
    leaving force went (``places_to``), not what it left. Only for withdrawals: "broke into A" is an
    advance that is now at A."""
    into = _extra_regex(context.lexicon, "into_before")
    if into is None:
        return False
    before = context.text[max(clause_start, mention.start - TO_LOOKBACK) : mention.start]
    return into.search(before) is not None


def _distance(mention: PlaceMention, span: Span) -> int:
    if span[0] <= mention.start and mention.end <= span[1]:
        return 0
    return min(abs(mention.start - span[1]), abs(span[0] - mention.end))


def _before_matches(context: _Context, pattern: re.Pattern[str] | None, mention: PlaceMention) -> bool:
    if pattern is None:
        return False
    return pattern.search(context.text[max(0, mention.start - TO_LOOKBACK) : mention.start]) is not None


#: Characters before a place name searched for a broad sector ("in several places along the border
#: north of").
BROAD_SECTOR_LOOKBACK = 70


#: Characters before the country's name searched for a compass word ("in the far west of").
COUNTRY_PART_LOOKBACK = 40


def _country_part(context: _Context, mention: PlaceMention) -> bool:
    """The country's name only says which part of the country (optional claims.yaml key
    ``country_part_before``: "in western Ukraine", "im Westen der Ukraine", "на заході України"): like a
    named region ("Donbas") it places nothing, while a compass part of an oblast takes the oblast
    (gold/README.md, round-11 audit rule 10)."""
    pattern = _extra_regex(context.lexicon, "country_part_before")
    if pattern is None:
        return False
    return (
        pattern.search(context.text, max(0, mention.start - COUNTRY_PART_LOOKBACK), mention.start) is not None
    )


def _names_broad_sector(context: _Context, mention: PlaceMention) -> bool:
    """The mention is only the reference of a broad sector (optional claims.yaml key
    ``broad_sector_before``: a border, an area or a front section and a compass word before it, "the
    area north of A", "die Grenze nördlich von A", "кордон на північ від A"). The immediate area of
    a town ("the southern outskirts", "north of A" alone) still places a claim at the town."""
    pattern = _extra_regex(context.lexicon, "broad_sector_before")
    if pattern is None:
        return False
    return (
        pattern.search(context.text, max(0, mention.start - BROAD_SECTOR_LOOKBACK), mention.start) is not None
    )


#: How far before a town the words naming a front sector after it may start ("im Abschnitt bei A").
DIRECTION_LOOKBACK = 40


def _names_direction(context: _Context, mention: PlaceMention) -> bool:
    """The mention only names a direction or front sector after the town ("на сватовском
    направлении", "Лиманський напрямок", "the Lyman axis"; optional claims.yaml keys
    ``town_direction_after`` / ``town_direction_before``). A direction is a sector tens of kilometres
    wide, so a claim located only by it has place null (gold/README.md, round-9 audit rule 14); the
    mention itself keeps the town. An axis named after a region ("on the Kherson axis" resolved to the
    oblast) still places a claim in the region."""
    if mention.precision in CONTAINER_PRECISIONS:
        return False
    after = _extra_regex(context.lexicon, "town_direction_after")
    # (a slice: "^" in the key would not match at a ``pos`` inside the text)
    if after is not None and after.match(context.text[mention.end : mention.end + DIRECTION_LOOKBACK]):
        return True
    # The place stage reads "Покровском направлении" as one mention (the town's adjective and the noun
    # after it), so the direction noun can be the mention's own last word.
    _, space, rest = mention.text.partition(" ")
    if after is not None and space and after.match(space + rest):
        return True
    before = _extra_regex(context.lexicon, "town_direction_before")
    return before is not None and (
        before.search(context.text, max(0, mention.start - DIRECTION_LOOKBACK), mention.start) is not None
    )


def _is_region_named(context: _Context, mention: PlaceMention) -> bool:
    """ "im Gebiet Charkiw", "in the Kharkiv oblast": a region whatever the resolver made of it."""
    if mention.precision in REGION_PRECISIONS:
        return False
    # Asked about the same mention by every hit of its sentence: answered once per report.
    key = ("region_named", mention.start, mention.end, mention.precision, mention.text)
    known = context.mention_tests.get(key)
    if known is None:
        known = context.mention_tests[key] = _region_named(context, mention)
    return known


def _region_named(context: _Context, mention: PlaceMention) -> bool:
    lexicon = context.lexicon
    after = context.text[mention.end : mention.end + 12]
    # The region word may be part of the mention itself ("покровському напрямку" resolved as one name).
    _, _, inner = mention.text.partition(" ")
    return _before_matches(context, lexicon.region_before, mention) or (
        lexicon.region_after is not None
        and any(lexicon.region_after.match(tail) is not None for tail in (after, " " + inner))
    )


def _is_origin(context: _Context, mention: PlaceMention) -> bool:
    """ "Reserven aus A", "резерви з-під A", "fire from A" (optional claims.yaml key ``origin_before``);
    also through a position word and a "near" word (``secondary_before``): "б'ють з позицій поблизу
    A", "fire from positions near A" -- A is where the fire comes from, as in "fire from A"."""
    origin = _extra_regex(context.lexicon, "origin_before")
    if origin is None:
        return False
    before = context.text[max(0, mention.start - TO_LOOKBACK) : mention.start]
    if origin.search(before) is not None:
        return True
    near = context.lexicon.secondary_before
    bearing = near.search(before) if near is not None else None
    if bearing is None:
        return False
    position = _TRAILING_WORD.search(before, 0, bearing.start())
    return position is not None and origin.search(before, 0, position.start()) is not None


def _is_listed_origin(context: _Context, mention: PlaceMention) -> bool:
    """The mention is an origin (``_is_origin``) or listed right after one by a comma or "and" ("з
    позицій поблизу A і B", "reserves from A and B to C": B is an origin, C is not)."""
    # Asked about the same mention by every hit of its sentence: answered once per report (the
    # answer reads only the text and the mentions around ``mention``'s span).
    key = ("listed_origin", mention.start, mention.end)
    known = context.mention_tests.get(key)
    if known is None:
        known = context.mention_tests[key] = _listed_origin(context, mention)
    return known


def _listed_origin(context: _Context, mention: PlaceMention) -> bool:
    if _is_origin(context, mention):
        return True
    index = bisect.bisect_left(context.mention_starts, mention.start)
    while index > 0:
        previous = context.mentions[index - 1]
        if (
            previous.end > mention.start
            or _LIST_JOINT.fullmatch(context.text, previous.end, mention.start) is None
        ):
            return False
        if _is_origin(context, previous):
            return True
        mention = previous
        index -= 1
    return False


# Between two listed names: a comma and/or "and" (not "to", "near": those join places of other roles).
_LIST_JOINT = re.compile(r"\s*,\s*|\s*(?:,\s*)?\s(?:and|und|та|і|й|и|або|или|or|oder)\s+", re.IGNORECASE)


# The last word of a text and the spaces after it ("з позицій ").
_TRAILING_WORD = re.compile(r"[^\W\d_][\w'’-]*\s*$")
#: The word that ends a stretch, before spaces and commas ("three villages east of A": the noun before a
#: locating phrase); searched with ``endpos``, so ``$`` is the stretch's end.
_TRAILING_NAME = re.compile(r"([^\W\d_][\w'’-]*)[\s,]*$")


def _is_secondary(context: _Context, mention: PlaceMention, clause_start: int) -> bool:
    """A reference point or a transit place ("north of X", "via X"): used only when nothing else is."""
    pattern = context.lexicon.secondary_before
    if pattern is None:
        return False
    # Asked about the same mention and clause by every hit of the sentence: once per report.
    key = ("secondary", clause_start, mention.start)
    known = context.mention_tests.get(key)
    if known is None:
        before = context.text[max(clause_start, mention.start - TO_LOOKBACK) : mention.start]
        known = context.mention_tests[key] = pattern.search(before) is not None
    return known


#: A lower-case noun after a settlement-shaped word in adjective form, or a capitalised name before it:
#: the word then qualifies that noun ("Антонівського мосту") or is a surname, and names no settlement.
_HEAD_NOUN_AFTER = re.compile(r"\s+(?-i:[а-яіїєґё])[а-яіїєґё'’]{3,}")
_NAME_BEFORE = re.compile(r"(?-i:[А-ЯІЇЄҐЁ])[а-яіїєґё'’]+\s+$")


def _unknown_name(context: _Context, start: int, end: int) -> PlaceMention | None:
    """A name of settlement shape (optional claims.yaml key ``unknown_toponym``: title case and an
    ending of Ukrainian and Russian place names, "Vasyukovka", "Кузёмовку", "Желанное"; with the
    adjective endings of ``unknown_toponym_adjective``) at ``start`` that no place mention or side
    word covers: a village the gazetteer lacks, as a mention without a place (as places/unknown.py
    makes them after a settlement word)."""
    pattern = _extra_regex(context.lexicon, "unknown_toponym")
    found = None if pattern is None else pattern.match(context.text, start, end)
    if found is None:
        return None
    adjective = _extra_regex(context.lexicon, "unknown_toponym_adjective")
    if (
        adjective is not None
        and adjective.search(found.group())
        and (
            _HEAD_NOUN_AFTER.match(context.text, found.end())
            or _NAME_BEFORE.search(context.text, max(0, found.start() - 30), found.start())
        )
    ):
        # "Антонівського мосту": an adjective naming a facility; "Володимира Зеленського": a surname.
        return None
    if any(m.start < found.end() and found.start() < m.end for m in context.mentions) or any(
        s < found.end() and found.start() < e for s, e, _ in context.sides
    ):
        return None
    return PlaceMention(
        report_id=context.report.id,
        start=found.start(),
        end=found.end(),
        text=found.group(),
        place_id=None,
        precision="settlement",
        reason="unknown settlement (claims)",
    )


def _unknown_name_after(
    context: _Context, trigger: Span, mentions: list[PlaceMention]
) -> PlaceMention | None:
    """The event word governs a settlement the gazetteer lacks ("advanced near Nelipivka", "заняли
    Желанное"), not listed with a known place ("заняли A и B")."""
    # the preposition between the event word and the place it governs ("advanced near A", "заняли у A";
    # optional claims.yaml key ``unknown_place_gap``)
    pattern = _extra_regex(context.lexicon, "unknown_place_gap")
    gap = None if pattern is None else pattern.match(context.text, trigger[1])
    if gap is None:
        return None
    unknown = _unknown_name(context, gap.end(), min(len(context.text), gap.end() + 40))
    if unknown is None:
        return None
    if any(
        m.start >= unknown.end and _ENUMERATION_GAP.fullmatch(context.text[unknown.end : m.start]) is not None
        for m in mentions
    ):
        return None
    return unknown


def _locates_unknown_name(
    context: _Context, mention: PlaceMention, trigger_clauses: list[Span]
) -> PlaceMention | None:
    """ "Vasyukovka south-west of Seversk", "Кузёмовку к северо-западу от Сватово": the mention
    follows a reference phrase (``secondary_before``) right after a settlement the gazetteer lacks
    inside the trigger's clauses: it only locates that settlement (returned)."""
    pattern = context.lexicon.secondary_before
    if pattern is None:
        return None
    clause_start = next((c[0] for c in trigger_clauses if _in_span(mention, c)), None)
    if clause_start is None:
        return None
    window_start = max(clause_start, mention.start - TO_LOOKBACK)
    cue = pattern.search(context.text[window_start : mention.start])
    if cue is None:
        return None
    word = _TRAILING_NAME.search(context.text, clause_start, window_start + cue.start())
    unknown = None if word is None else _unknown_name(context, word.start(1), word.end(1))
    return unknown or _located_by_reference(context, mention, clause_start)


def _located_by_reference(context: _Context, mention: PlaceMention, clause_start: int) -> PlaceMention | None:
    """ "three villages east of A", "das Dorf B nordöstlich von A", "село B к западу от A": unnamed
    settlements, or one named after a settlement noun that no gazetteer place covers, located by a
    compass reference to the mention (optional claims.yaml key ``located_by_reference``, matched
    against the clause up to the mention): they are the place, unknown (returned), not A."""
    pattern = _extra_regex(context.lexicon, "located_by_reference")
    if pattern is None:
        return None
    window_start = max(clause_start, mention.start - 2 * TO_LOOKBACK)
    found = pattern.search(context.text[window_start : mention.start])
    if found is None:
        return None
    start, end = window_start + found.start(), window_start + found.end()
    if any(m.place_id is not None and m.start < end and start < m.end for m in context.mentions):
        # "the town of Kupiansk east of A": a place the gazetteer has is located by its own rules.
        return None
    return PlaceMention(
        report_id=context.report.id,
        start=start,
        end=start + len(found.group().rstrip()),
        text=found.group().rstrip(),
        place_id=None,
        precision="settlement",
        reason="located by a reference point (claims)",
    )


def _is_reference_point(context: _Context, mention: PlaceMention, settlements: list[PlaceMention]) -> bool:
    """ "das Dorf A bei B", "A near B", "А під Б": right after a named place, a "near" word makes
    the next name a reference point (optional claims.yaml key ``near_between``: a regex matching
    the whole gap between the two names, e.g. ``\\s+(?:bei|nahe)\\s+``)."""
    near = _extra_regex(context.lexicon, "near_between")
    if near is None:
        return False
    return any(
        other.end <= mention.start and near.fullmatch(context.text[other.end : mention.start]) is not None
        for other in settlements
    )


def _with_enumeration(
    context: _Context, chosen: list[PlaceMention], mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """Add places listed right after chosen ones ("Kupjansk, Isjum und Welykyj Burluk").

    Commas split clauses, but not enumerations of place names.
    """
    if not chosen:
        return chosen
    result = list(chosen)
    # Backwards too: "die Dörfer A, B und C eingenommen" puts A in the clause before the comma.
    for mention in reversed(mentions):
        if mention in result or mention.end > result[0].start:
            continue
        if _LIST_COMMA.fullmatch(context.text[mention.end : result[0].start]) is None:
            break
        result.insert(0, mention)
    for mention in mentions:
        if mention in result or mention.start < result[-1].end:
            continue
        gap = context.text[result[-1].end : mention.start]
        if _ENUMERATION_GAP.fullmatch(gap) is None:
            break
        result.append(mention)
    return result


def _route_ends(context: _Context, settlements: list[PlaceMention]) -> list[PlaceMention]:
    """Places named as the ends of a road or line (optional claims.yaml keys ``route_before``, a
    road word with its preposition before the first end, and ``route_joint``, the word between the
    two ends): "the road from A to B", "дорога между A и B"."""
    before = _extra_regex(context.lexicon, "route_before")
    if before is None:
        return []
    joint = _extra_regex(context.lexicon, "route_joint")
    ends: list[PlaceMention] = []
    # "the Lysychansk–Bakhmut highway" (optional key ``route_after``, the road word after the second
    # end): both names only name the road.
    after = _extra_regex(context.lexicon, "route_after")
    if after is not None and joint is not None:
        # The second end may lie beyond a clause break that the dash makes.
        for first, second in itertools.pairwise(context.mentions):
            if (
                first.end <= second.start
                and joint.fullmatch(context.text, first.end, second.start) is not None
                and after.match(context.text[second.end : second.end + TO_LOOKBACK]) is not None
            ):
                ends += [m for m in (first, second) if m in settlements and m not in ends]
    for m in settlements:
        window = context.text[max(0, m.start - TO_LOOKBACK) : m.start]
        # The first end follows the road word; the second follows the first ("from A to B").
        if before.search(window) is not None or (
            ends
            and ends[-1].end <= m.start
            and joint is not None
            and joint.fullmatch(context.text, ends[-1].end, m.start) is not None
        ):
            ends.append(m)
        elif joint is not None and m not in ends:
            # "an der Fernstraße Donezk – Saporischschja wurde gekämpft": the first end may stand
            # beyond a clause break that the dash makes, outside the claim's own places.
            index = bisect.bisect_left(context.mentions, m.start, key=lambda x: x.start)
            if (
                index > 0
                and (first := context.mentions[index - 1]).end <= m.start
                and joint.fullmatch(context.text, first.end, m.start) is not None
                and before.search(context.text[max(0, first.start - TO_LOOKBACK) : first.start]) is not None
            ):
                ends.append(m)
    return ends


def _governs(context: _Context, trigger: Span, mention: PlaceMention) -> bool:
    """A place inside a trigger's words ("rücken ... auf Kupjansk vor") or right after a trigger noun
    ("die Rückeroberung von Swjatohirsk") belongs to that trigger."""
    if trigger[0] <= mention.start and mention.end <= trigger[1]:
        return True
    gap = context.text[trigger[1] : mention.start]
    return 0 <= mention.start - trigger[1] <= GOVERNED_GAP and not any(ch in gap for ch in ",;:()")


def _anaphors(context: _Context, start: int, end: int) -> list[Span]:
    """ "the town", "die Stadt", "місто" between ``start`` and ``end`` that do not name the place
    themselves ("the town of Izium", "die Stadt Kupjansk")."""
    pattern = context.lexicon.anaphora
    if pattern is None:
        return []
    # Each hit of a sentence asks about the same clauses: searched once per report and stretch.
    key = ("anaphors", start, end)
    known = context.span_searches.get(key)
    if known is None:
        known = context.span_searches[key] = _find_anaphors(context, pattern, start, end)
    return list(known)


def _find_anaphors(context: _Context, pattern: re.Pattern[str], start: int, end: int) -> list[Span]:
    found: list[Span] = []
    # One character before the span: the uk/ru patterns open with "(?:^|\s)", which must see the
    # space before a clause's first word ("Селище є вузлом, ...").
    for match in pattern.finditer(context.text, max(0, start - 1), end):
        word_start = match.start() + len(match.group()) - len(match.group().lstrip())
        # "die Kleinstadt im Gebiet Charkiw", "городом в Донецкой области": a region after a short
        # preposition locates the town, it is not its name.
        if any(
            names_itself(context.text, match.end(), m.start)
            and not _region_locates(context, (word_start, match.end()), m)
            for m in context.mentions
        ):
            continue
        found.append((word_start, match.end()))
    return found


def _anaphor_is_nearer(
    context: _Context, trigger: Span, clauses: list[Span], places: list[PlaceMention]
) -> bool:
    """An unnamed "the town" in the trigger's clause stands closer to the trigger than any named place
    -- reference points do not count ("took the town west of Donetsk": the town, not Donetsk)."""
    clause_start = clauses[0][0] if clauses else trigger[0]
    # "in front of the city council building in Kupiansk": a place named right after "the city"
    # in the same clause is what the clause is about.
    anaphors = [
        a
        for c in clauses
        for a in _anaphors(context, c[0], c[1])
        if not any(
            a[1] <= m.start <= a[1] + ANAPHOR_FOLLOW
            and _NO_CLAUSE_BREAK.fullmatch(context.text[a[1] : m.start])
            and not _is_secondary(context, m, clause_start)
            # "retook the town in the Donetsk region", "die Kleinstadt im Gebiet Charkiw": a region
            # right after "the town" only locates it; the town is still the one named before.
            and not _region_locates(context, a, m)
            for m in context.mentions
        )
    ]
    places = [m for m in places if not _is_secondary(context, m, clause_start)]
    # "befreiten die Dörfer A und B sowie Viertel im Norden der Stadt": a part of the town after the
    # named places is one more thing taken there, not the one place of the verb (``_part_of_town``).
    anaphors = [a for a in anaphors if not (_part_of_town(context, a) and any(m.end <= a[0] for m in places))]
    if not anaphors:
        return False
    # "hat die Kleinstadt im Gebiet Charkiw zurückerobert": the region that locates "the town" is no
    # rival of it, however near the verb.
    places = [m for m in places if not any(_region_locates(context, a, m) for a in anaphors)]

    def gap(span: Span) -> int:
        if span[1] <= trigger[0]:
            return trigger[0] - span[1]
        return max(0, span[0] - trigger[1])

    nearest_anaphor = min(gap(a) for a in anaphors)
    return all(gap((m.start, m.end)) > nearest_anaphor for m in places)


def _region_locates(context: _Context, anaphor: Span, mention: PlaceMention) -> bool:
    """ "the town in the Donetsk region", "die Kleinstadt im Gebiet Charkiw", "городом в Донецкой
    области", "місто в Донецькій області": a region (oblast, raion) right after the anaphor noun,
    joined by a short preposition, says where the town lies, as after a named settlement
    (``_locates_settlement``)."""
    return (
        mention.precision in REGION_PRECISIONS
        and 0 <= mention.start - anaphor[1] <= LOCATING_GAP_CHARS
        and _LOCATING_GAP.fullmatch(context.text, anaphor[1], mention.start) is not None
        # the preposition: "міста Ізюм" names the town even when Izium resolves to its raion
        and context.text[anaphor[1] : mention.start].strip(" \t\u00a0,") != ""
    )


#: Characters before "the town" searched for the part of it that is meant ("in the northern districts of").
PART_OF_TOWN_LOOKBACK = 40


def _part_of_town(context: _Context, anaphor: Span) -> bool:
    """ "im Norden der Stadt", "in the eastern districts of the town", "на півночі міста": the anaphor
    only says where in the town (optional claims.yaml key ``part_of_town_before``, matching up to the
    anaphor)."""
    pattern = _extra_regex(context.lexicon, "part_of_town_before")
    if pattern is None:
        return False
    start = max(0, anaphor[0] - PART_OF_TOWN_LOOKBACK)
    return pattern.search(context.text, start, anaphor[0]) is not None


def _has_anaphor(context: _Context, spans: list[Span]) -> bool:
    """ "Sollte die Stadt fallen, wäre ... Isjum": the clause names its place by "the town" (or "the
    region": "Luftangriffe auf das Gebiet seien möglich"); it must not borrow the place of another
    clause (``_resolve_anaphora`` links it to the town or region named before). Not a region word in
    a clause headed by a settlement noun ("A, the first village in the region to be retaken"): the
    clause describes A, whose place it borrows."""
    # Each hit of a sentence asks about its clauses again: answered once per report and clauses.
    key = ("has_anaphor", *spans)
    known = context.mention_tests.get(key)
    if known is None:
        known = context.mention_tests[key] = _finds_anaphor(context, spans)
    return known


def _finds_anaphor(context: _Context, spans: list[Span]) -> bool:
    town = context.lexicon.anaphora
    if town is not None and any(town.search(context.text, max(0, start - 1), end) for start, end in spans):
        return True
    head = _extra_regex(context.lexicon, "apposition_head")
    for key in REGION_ANAPHOR_KEYS:
        region = _extra_regex(context.lexicon, key)
        if region is None:
            continue
        for start, end in spans:
            if region.search(context.text, max(0, start - 1), end) is None:
                continue
            if head is None or head.match(context.text, start, end) is None:
                return True
    return False


#: Optional claims.yaml keys of words for a region named before ("auf das Gebiet", "по області",
#: "населених пунктів району"): a clause with one names its place itself and borrows none (``_has_anaphor``).
REGION_ANAPHOR_KEYS = ("region_anaphora", "raion_anaphora")


def _depth_advance(context: _Context, rule: TypeRule, trigger_clauses: list[Span]) -> bool:
    """ "pushed up to 50 km into Russian-held territory", "20 Kilometer tief in die russischen Linien",
    "просунулися вглиб оборони противника": an advance whose clause names how deep it went into the
    enemy's ground (optional claims.yaml key ``depth_area``) has that ground as its area, no town."""
    if rule is not TYPE_RULES["advance"]:
        return False
    depth = _extra_regex(context.lexicon, "depth_area")
    if depth is None:
        return False
    return any(depth.search(context.text, start, end) is not None for start, end in trigger_clauses)


def _apposition_settlement(
    context: _Context,
    trigger_clause: Span,
    clauses: list[Span],
    mentions: list[PlaceMention],
    in_clause: list[PlaceMention],
) -> PlaceMention | None:
    """ "A, the last village in the Luhansk region still under Ukrainian control", "A, das letzte
    Dorf im Gebiet B unter ...": a clause headed by a settlement noun (optional claims.yaml key
    ``apposition_head``) that follows a settlement name across a comma describes that settlement;
    a region inside it only locates the settlement and is not the claim's place. Only when the
    clause names no settlement of its own."""
    head = _extra_regex(context.lexicon, "apposition_head")
    if head is None:
        return None
    # The head noun first: one anchored match, where the test of every mention below asks each
    # hit's places again.
    if head.match(context.text, trigger_clause[0], trigger_clause[1]) is None:
        return None
    # ``in_clause`` empty: the apposition is a clause the claim borrows from, whatever it names.
    if not all(m.precision in CONTAINER_PRECISIONS or _is_region_named(context, m) for m in in_clause):
        return None
    before = [c for c in clauses if c[1] <= trigger_clause[0]]
    if not before:
        return None
    # The name must end the clause right before: "A, the last village ..." (not "after taking A,").
    named = [
        m
        for m in mentions
        if before[-1][0] <= m.start
        and m.precision not in CONTAINER_PRECISIONS
        and not _is_region_named(context, m)
        and _LIST_COMMA.fullmatch(context.text, m.end, trigger_clause[0]) is not None
    ]
    return named[-1] if named else None


def _places_for(
    context: _Context,
    rule: TypeRule,
    trigger: Span,
    trigger_clauses: list[Span],
    clauses: list[Span],
    mentions: list[PlaceMention],
    competing: list[Span],
    sharing: tuple[Span, ...] | list[Span] = (),
) -> tuple[list[PlaceMention], list[PlaceMention], bool]:
    """(places where it happens, objectives, whether they were borrowed from another clause).

    Within a clause with several triggers ("after the recapture of A, troops advance toward B")
    a place right after one trigger belongs to that trigger only -- unless that trigger only
    describes the place (``sharing``: "encircled the Russian-held town of A").
    """
    borrowed = False
    # "crossed the border north of Kharkiv", "units pulled out of the area north of A": a broad sector
    # named after a town is no place of the claim, nor is the town (round-6 rule 6, round-7 audit C).
    mentions = [m for m in mentions if not _names_broad_sector(context, m)]
    # "на сватовском направлении", "the Lyman axis": a direction named after a town is no place (round 9, 14).
    mentions = [m for m in mentions if not _names_direction(context, m)]
    # "Donetsk was shelled by Kyiv": the capital as the agent of a passive acts, it is no place.
    mentions = [m for m in mentions if not _capital_as_agent(context, m)]
    # "Im Osten der Ukraine", "Ukraine's forces": the country is no place of most happenings; a compass
    # part of it ("in western Ukraine", "на западе Украины") is a region, no place of any (``_country_part``).
    mentions = [
        m
        for m in mentions
        if m.precision != "country"
        or (
            rule.country_place
            and m.start >= trigger[1]
            and not _names_speaker(context, m)
            and not _country_part(context, m)
        )
    ]
    if rule in ORIGIN_IS_NO_PLACE:
        # "reserves from A", "fire from A": where reserves or fire come from is no place of the claim;
        # without another place in its clause the claim borrows one like a relative clause does
        # ("defend Lyman, where reserves were moved from Izium": Lyman).
        mentions = [m for m in mentions if not _is_listed_origin(context, m)]
    # "cleared Vasyukovka south-west of Seversk", "отбить Кузёмовку к северо-западу от Сватово",
    # "advanced near Nelipivka": a settlement the gazetteer lacks is the place; the town that only
    # locates it is none, and the claim borrows no other (it stays without a place).
    unknown = _unknown_name_after(context, trigger, mentions)
    if unknown is not None:
        return [unknown], [], False
    located = [(m, u) for m in mentions for u in [_locates_unknown_name(context, m, trigger_clauses)] if u]
    if located:
        mentions = [m for m in mentions if all(m is not x for x, _ in located)]
        if not any(_in_span(m, c) for m in mentions for c in trigger_clauses):
            return [located[0][1]], [], False
    in_clause = _with_enumeration(
        context, [m for m in mentions if any(_in_span(m, c) for c in trigger_clauses)], mentions
    )
    if _depth_advance(context, rule, trigger_clauses):
        # "pushed 50 km into Russian-held territory and were likely to reach A", "drangen 20 km tief
        # in die russischen Linien ein": the depth phrase is the advance's own area; a place another
        # event word governs is not its, and there is nothing to borrow from other clauses.
        others = [
            span
            for spans in context.events.values()
            for span in spans
            if span != trigger and any(c[0] <= span[0] < c[1] for c in trigger_clauses)
        ]
        in_clause = [m for m in in_clause if not any(_governs(context, o, m) for o in others)]
        if not in_clause:
            return [], [], False
    appositive = None
    if in_clause:
        appositive = _apposition_settlement(context, trigger_clauses[0], clauses, mentions, in_clause)
    if appositive is not None:
        in_clause = [appositive]
    owners = [o for o in competing if o not in sharing]
    if in_clause and competing:
        own = [
            m
            for m in in_clause
            if _distance(m, trigger) == 0 or not any(_governs(context, o, m) for o in owners)
        ]
        # A trigger left with no place of its own shares the governed one ("из-за угрозы окружения
        # войска выведены из A": the threat is A's too). A region that only locates the governed
        # place is none of its own ("zog sich aus der umkämpften Stadt A im Gebiet Donezk zurück").
        only_regions = all(m.precision in CONTAINER_PRECISIONS or _is_region_named(context, m) for m in own)
        in_clause = own if own and not only_regions else in_clause
    # "Die Einnahme von A würde den Weg nach B öffnen", "падіння A створює загрозу для B": a place
    # the trigger governs is its place; the others of the clause are what that place leads to.
    # Not for moves between places ("reserves from A to B") nor holdings ("holds A and parts of B").
    # A side's name that is also a region ("підняли прапор ЛНР", "raised the DPR flag") is whose flag
    # it is, not a place the trigger governs.
    governed = [
        m
        for m in in_clause
        if m.start >= trigger[1] and _governs(context, trigger, m) and not _names_a_side(context, m)
    ]
    # "missiles strike Kyiv and cities across Ukraine": a capital a strike word governs is what was
    # hit, not the government; a country joined to it by "and" is a place of the same claim. (After
    # other event words a capital may be the subject: "kontrolliert Kiew den Kreis A".)
    struck_capitals = [m for m in governed if m.place_id in CAPITAL_IDS] if rule.country_place else []
    joined_countries: list[PlaceMention] = []
    if governed and not (rule.destination_place or rule.origin_place or rule.shares_places):
        own_list = [governed[0]]
        for m in in_clause:
            # "beschossen das Kraftwerk A und die Brücke B": a list may repeat the article.
            gap_start = own_list[-1].end
            if m.start >= gap_start and _GOVERNED_LIST_GAP.fullmatch(context.text, gap_start, m.start):
                own_list.append(m)
        named = [m for m in own_list if m.precision != "country"]
        joined_countries = [
            m
            for m in in_clause
            if m.precision == "country" and named and _across_country(context, named[-1], m)
        ]
        in_clause = _with_enumeration(context, own_list, in_clause)
    elif rule.shares_places:
        # "near A in occupied Crimea", "im besetzten Teil des Gebiets B", "в окупованому Криму": a
        # holding word names as held the place it qualifies (also inside its words), a region too;
        # the settlement the clause locates by it is where the sentence's other event happens
        # (gold/README.md: background holdings are control_held claims of the place they describe).
        # Not a capital that is the subject standing for its government ("kontrolliert Kiew den
        # Kreis A").
        held = [
            m
            for m in in_clause
            if m.start >= trigger[0]
            and _governs(context, trigger, m)
            and not _is_seat_of_government(context, m, in_clause)
        ]
        if held:
            # "were still holding A and parts of B": the list the held place heads.
            held_list = [held[0]]
            for m in in_clause:
                if m.start >= held_list[-1].end and _GOVERNED_LIST_GAP.fullmatch(
                    context.text, held_list[-1].end, m.start
                ):
                    held_list.append(m)
            in_clause = _with_enumeration(context, held_list, in_clause)
    bridges = [m for m in in_clause if _names_landmark_bridge(context, m)]
    if bridges:
        # "die Tschonhar-Brücke", "the Antonivskyi Bridge over the Dnipro near Kherson": a bridge that
        # lies between places is at none of them (gold/README.md, round-10 audit rule 1); the name it
        # bears and the town it is placed by only name it, and the claim borrows no other place.
        # ("the blast on the Crimean bridge, which he blames on Ukraine": nor the country.)
        clause_start = trigger_clauses[0][0]
        # A landmark bridge stays a place of its own, so that nothing later fills in another town for
        # it; ``_settle_landmarks`` then leaves its claim without a place.
        landmarks = [m for m in bridges if (m.place_id or "").startswith(FACILITY_ID_PREFIX)]
        in_clause = [
            m
            for m in in_clause
            if m in landmarks
            or (m not in bridges and m.precision != "country" and not _is_secondary(context, m, clause_start))
        ]
        if not in_clause:
            return [], [], False
    if not in_clause and mentions and not _has_anaphor(context, trigger_clauses):
        # A relative clause ("..., die von den Ukrainern befreit wurde") speaks of the place
        # named in the nearest clause before it.
        before = [c for c in clauses if c[1] <= trigger[0] and any(_in_span(m, c) for m in mentions)]
        # Prefer a settlement to the region that only locates it ("near A, in Kharkiv oblast, which ...").
        with_settlement = [
            c
            for c in before
            if any(
                _in_span(m, c)
                and m.precision not in REGION_PRECISIONS
                and not _is_region_named(context, m)
                # "A, north of B, which was retaken": B is only a reference point.
                and not _is_secondary(context, m, c[0])
                for m in mentions
            )
        ]
        antecedent = (with_settlement or before)[-1:]
        # Failing that, the clause right after, when no trigger of its own claims it
        # ("... über die Umgruppierung der Truppen, die bei A und B stehen").
        following = [c for c in clauses if c[0] >= trigger[1]][:1]
        # A label heading the sentence ("Geolocated video: soldiers raise the flag in A") names
        # what the rest shows: it takes the place of what follows even when that is another claim.
        label = (
            trigger_clauses == clauses[:1]
            and context.text[clauses[0][1] : clauses[0][1] + 1] == ":"
            and len(context.text[clauses[0][0] : clauses[0][1]].split()) <= LABEL_WORDS
        )
        if (
            not antecedent
            and following
            and (label or not any(following[0][0] <= o[0] < following[0][1] for o in competing))
            # Another event word between the trigger and that clause is nearer: the clause is its
            # ("The recapture came after Putin signed documents to annex four regions, including
            # Donetsk oblast": the list is the annexation's).
            and (label or not any(trigger[1] <= o[0] < following[0][0] for o in competing))
            and not _has_anaphor(context, trigger_clauses)
        ):
            antecedent = following
        described = None
        if antecedent:
            described = _apposition_settlement(context, antecedent[0], clauses, mentions, [])
        if described is not None:
            # "A, a small town 50 km south of B on the road to C, has been occupied": the clause
            # before is an apposition describing A, and what it names only locates A.
            in_clause = [described]
            borrowed = True
        elif antecedent:
            # "A, B, C — наши!": the clause before is the end of a list the commas cut up.
            # A capital standing for its government in the other clause ("..., was Kyjiw als
            # Deportation bezeichnet") is who speaks there, not a place to borrow.
            in_antecedent = [
                m
                for m in mentions
                if _in_span(m, antecedent[0]) and not _is_seat_of_government(context, m, mentions)
            ]
            in_clause = _with_enumeration(context, in_antecedent, mentions)
            if rule in AT_THE_FORCE:
                # "tried to break through via A toward B, but the defenders stopped them": what a move
                # of the other clause headed for is not where this claim (a fight, a strike) happened.
                in_clause = [m for m in in_clause if not _headed_for(context, m, antecedent[0][0])]
            borrowed = True
    if rule.region_place:
        return _figure_scope(context, in_clause, mentions), [], borrowed
    clause_start = trigger_clauses[0][0]
    # Regions (oblasts, raions, "Donbas") and names that a region word marks as a region even if
    # the resolver took them for a town ("der Gebiete Cherson und Saporischschja").
    containers: list[PlaceMention] = []
    for m in in_clause:
        listed = bool(containers) and (
            _ENUMERATION_GAP.fullmatch(context.text[containers[-1].end : m.start]) is not None
        )
        if (
            m.precision in CONTAINER_PRECISIONS
            or _is_region_named(context, m)
            or (_is_seat_of_government(context, m, in_clause) and m not in struck_capitals)
            or (listed and containers[-1].precision not in CONTAINER_PRECISIONS)
        ):
            containers.append(m)
    settlements = [m for m in in_clause if m not in containers]
    # Reference and transit places ("north of A", "via A", and the rest of their list).
    secondary: list[PlaceMention] = []
    for m in settlements:
        after_secondary = bool(secondary) and (
            _ENUMERATION_GAP.fullmatch(context.text[secondary[-1].end : m.start]) is not None
        )
        if (
            after_secondary
            or _is_secondary(context, m, clause_start)
            or _is_reference_point(context, m, settlements)
        ):
            secondary.append(m)
    primary = [m for m in settlements if m not in secondary]
    # A region only locates the settlements named with it ("auf die Stadt Lyman im Gebiet Donezk").
    picked = primary or settlements or containers
    # "Kiew kontrolliert den Kreis A": the capital is the government when another place is named.
    if len(picked) > 1 or (picked and picked is containers and len(in_clause) > 1):
        places_of_happening = [
            m for m in picked if m in struck_capitals or not _is_seat_of_government(context, m, in_clause)
        ]
        picked = places_of_happening or picked
    # "перерізали дорогу з A до B біля C", "cut the road between A and B at C": the ends of a road
    # only name it; where it is cut is the place (the ends stay the place when nothing else is named).
    ends = _route_ends(context, settlements)
    if ends and any(m in ends for m in picked):
        cut_points = [m for m in primary if m not in ends] or [m for m in secondary if m not in ends]
        if not cut_points:
            # "Біля C ЗСУ, ймовірно, вже перерізали дорогу з A до B": the cut point may head the
            # sentence in a clause of its own that no other event word claims.
            cut_points = [
                m
                for m in mentions
                if m not in in_clause
                and m.precision not in CONTAINER_PRECISIONS
                # "Дорогу A – B ... тримає під вогневим контролем": the road's other end is no cut point.
                and not _route_ends(context, [m])
                and not any(
                    c[0] <= m.start < c[1] and any(c[0] <= o[0] < c[1] for o in competing) for c in clauses
                )
            ][:1]
        picked = cut_points or picked
    to_places: list[PlaceMention] = []
    at_places = picked
    if rule.uses_places_to:
        withdrawal = rule is TYPE_RULES["withdrawal"]
        to_places = [
            m
            for m in picked
            if _is_objective(context, m, clause_start)
            or (withdrawal and _is_withdrawal_destination(context, m, clause_start))
        ]
        # "toward Kreminna and Svatove": the places listed after an objective are objectives too.
        for previous_place, m in itertools.pairwise(picked):
            if (
                previous_place in to_places
                and m not in to_places
                and _ENUMERATION_GAP.fullmatch(context.text[previous_place.end : m.start]) is not None
            ):
                to_places.append(m)
        at_places = [m for m in picked if m not in to_places]
        if not at_places and to_places and secondary and picked is primary:
            # "прорватися до A з боку B": with the objective set apart, the side the force comes
            # from is where it is.
            at_places = [m for m in secondary if m not in to_places]
        if not at_places and to_places and picked is not containers:
            # "Im Gebiet Donezk rückten sie in Richtung A vor": with the objective set apart, a region
            # of the clause that is no objective itself is the area the force moves in.
            at_places = [
                m
                for m in containers
                if m.precision in REGION_PRECISIONS
                and m.start < to_places[0].start
                and not _is_objective(context, m, clause_start)
                and not _is_seat_of_government(context, m, in_clause)
            ][:1]
        if rule.destination_place and to_places:
            return to_places, [], borrowed
    if rule.origin_place:
        # "вивезли до Дніпра та Краматорська": every place of the destination list is a destination.
        destinations: list[PlaceMention] = []
        for m in picked:
            listed = bool(destinations) and (
                _ENUMERATION_GAP.fullmatch(context.text[destinations[-1].end : m.start]) is not None
            )
            if listed or _is_objective(context, m, clause_start):
                destinations.append(m)
        at_places = [m for m in picked if m not in destinations]
    if rule.country_place and at_places:
        at_places = at_places + [m for m in joined_countries if m not in at_places]
    return at_places, to_places, borrowed


def _seat_of(
    text: str, speaker: SourceMention, mention: PlaceMention, seat_gap: re.Pattern[str] | None
) -> bool:
    """ "the ministry in Kyiv", "hieß es in Moskau": the seat of a speaker is not where things happen."""
    gap = text[speaker.end : mention.start]
    return 0 < len(gap) <= 24 and seat_gap is not None and seat_gap.fullmatch(gap) is not None
