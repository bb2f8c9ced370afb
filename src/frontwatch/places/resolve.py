"""Choose one place per recognised name, with a score, the runner-up readings and a reason.

Evidence, in order of strength:

1. a region word right after the name, joined by link words only (``region_links`` in
   ``data/lang/<xx>/places.yaml``: "Borivske in der Region Charkiw", "Гороховатка Харківської
   області", "Izium (Kharkiv Oblast)"): the place must lie in that oblast. When no reading does,
   the mention gets ``region_conflict`` and no place, instead of a silent guess. Two exceptions:
   a city (``CITY_POPULATION``) keeps its reading ("з Охтирки на Полтавщину" is a way out of the
   city), and a capital's name before another oblast's region word takes its own oblast ("the
   Donetsk–Dnipropetrovsk oblast border": a list of regions);
2. the report's media point (a geolocated photo or video): readings near it win;
3. region words elsewhere in the same sentence, then anywhere in the report; a region word that
   names the seat of an office ("Donetsk regional governor", "голова Донецької ОВА";
   ``office_words_*`` in places.yaml) counts for the report only;
4. spatial coherence: readings close to the other places of the report win (first the names with
   one reading only, then, in a second pass, everything chosen in the first); the nearest of them
   counts fully, a second one and the nearest named in the same sentence at a share;
5. the kind of form (a listed name beats a generated spelling) and population.

A homonym whose chosen reading is a small place outside every oblast the report names (or, in a
report that names no oblast, several other settlements) and far from all its other places gets no
place (``region_conflict`` says why): most likely the village meant is one the gazetteer lacks.

One sense per report: every occurrence of the same form gets the reading with the best summed
score, unless an occurrence has a region conflict of its own.

Before scoring, context words (``data/lang/<xx>/places.yaml``) settle two kinds of homonym:

- river or town (Oskil, Dnipro, Inhulets): the river after or before a river word ("über den
  Oskil", "the Dnipro", "берег Осколу", "Oskil river"), the town otherwise or after a settlement
  word ("село Оскіл"). A river is placed at the point of its course nearest to the settlement the
  text pairs it with (the nearest named settlement of the sentence, then of the report);
- city or oblast (Donezk, Kharkiv, Cherson): the oblast after "Richtung", before "governor",
  "regional", "direction", and in a list with an oblast ("die Gebiete Cherson und Saporischschja
  sowie in Donezk und Luhansk"); the city otherwise.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from frontwatch.model import Place, PlaceMention, Report
from frontwatch.places import inflect
from frontwatch.places.gazetteer import CUE_REGION_CONTEXT, CUE_RIVER_WORD, Gazetteer
from frontwatch.places.normalize import fold_text
from frontwatch.places.recognize import (
    NameMatch,
    _settlement_word_pattern,
    fold_for_search,
    recognize_folded,
)
from frontwatch.places.unknown import unknown_settlements

#: A region word counts as attached to a name when at most this many characters separate them
#: ("Borivske in der Region Charkiw": 8; "Izium (Kharkiv Oblast)": 2).
ADJACENT_CHARS = 24
EARTH_RADIUS_KM = 6371.0

# Score contributions (see module docstring).
W_FORM = 0.5
W_POPULATION = 1.0
W_ADJACENT_REGION = 1.5
#: A settlement in the raion named right after it, over its namesakes elsewhere in the oblast.
W_ADJACENT_RAION = 1.0
#: How far from a raion's point its settlements may lie (the largest raions span ~150 km).
RAION_KM = 110.0
W_SENTENCE_REGION = 0.4
W_REPORT_REGION = 0.25
W_COHERENCE = 0.6
COHERENCE_KM = 60.0
#: A homonym's chosen reading is dropped (no place) when it is a village of at most this many
#: inhabitants outside every oblast the report names and farther than STRAY_KM from its other places.
STRAY_MAX_POPULATION = 10_000
STRAY_KM = 100.0
#: Without a named oblast, the report must name more than this many settlements for a homonym far
#: from all of them to count as stray (a front report naming the villages around it).
STRAY_MIN_SETTLEMENTS = 3
#: Share of the second-best neighbour's coherence bonus added to the best one's.
SECOND_ANCHOR_SHARE = 0.5
#: Share of the coherence bonus of the best anchor named in the mention's own sentence, added on top.
SAME_SENTENCE_SHARE = 0.5
#: A settlement this large keeps its reading when the region word after it names another oblast.
CITY_POPULATION = 20_000
W_MEDIA = 0.8
MEDIA_KM = 25.0
#: Sharpness of the softmax that turns scores into the mention's probability-like score.
SOFTMAX_SCALE = 4.0
#: A settlement anchors a river mention (gives the stretch the text means) only this close to it.
RIVER_ANCHOR_KM = 30.0
#: How far before a name context words are looked for.
CONTEXT_CHARS = 40
#: Form weight of a settlement added as the Russian-spelled counterpart of a reading's Ukrainian
#: name (see :func:`_russian_spelled_counterparts`): below a listed name (1.0) and a generated
#: spelling (0.95), as the equivalence is a guess from the spelling.
W_RUSSIAN_COUNTERPART_FORM = 0.85
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»“”')\]]*\s+|\n\s*\n|\n(?=\s*[-•*])")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence boundaries: enough to scope region words."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


@dataclass
class _RegionCue:
    start: int
    end: int
    text: str
    oblast_iso: str
    oblast_name: str
    sentence: int
    #: The raion itself when the region word names one ("Бериславського району", "im Rajon Beryslaw").
    raion: Place | None = None


@dataclass
class _Mention:
    match: NameMatch
    sentence: int
    candidates: list[Place]
    form_weight: dict[str, float]
    scores: dict[str, float] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)
    adjacent_cue: _RegionCue | None = None
    chosen: str | None = None
    #: Oblast readings that hold only in a region context (the plain name of the capital).
    pending_oblasts: list[Place] = field(default_factory=list)
    context_note: str = ""


def _precision(place: Place) -> str:
    return place.feature if place.feature in ("settlement", "raion", "oblast", "country") else "other"


def _region_cues(mentions: list[_Mention], gazetteer: Gazetteer) -> list[_RegionCue]:
    """Oblast and raion mentions whose reading is certain: they tell where nearby names lie."""
    cues: list[_RegionCue] = []
    for mention in mentions:
        if len(mention.candidates) != 1:
            continue
        place = mention.candidates[0]
        if place.feature not in ("oblast", "raion"):
            continue
        iso = gazetteer.admin1_code(place)
        if iso is None:
            continue
        cues.append(
            _RegionCue(
                mention.match.start,
                mention.match.end,
                mention.match.text,
                iso,
                place.admin1 or place.name,
                mention.sentence,
                place if place.feature == "raion" else None,
            )
        )
    return cues


@lru_cache(maxsize=1)
def _office_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Office words of every language (``office_words_before`` / ``office_words_after`` of
    ``data/lang/<xx>/places.yaml``), folded: a pattern for a word right before a region word, one
    for a word right after it, and the one-word "after" words (to test a region phrase's last word)."""
    before = inflect.words_of_every_language("office_words_before", fold_text)
    after = inflect.words_of_every_language("office_words_after", fold_text)

    # The same word boundaries as _word_before / _word_after: whitespace between, no letter glued on.
    before_pattern = re.compile(rf"(?<!\w)(?:{inflect.regex_alternation(before)})\s+$")
    after_pattern = re.compile(rf" +(?:{inflect.regex_alternation(after)})(?!\w)")
    return before_pattern, after_pattern, frozenset(w for w in after if " " not in w)


def _is_office_seat(cue: _RegionCue, folded: str) -> bool:
    """True when the region word names the seat of an office: an office word right before or
    after it ("governor of Kharkiv", "Donetsk regional governor", "глава Донецкой ОВА"), or ending
    the region phrase itself ("Донецької ОВА": ОВА is one of the region nouns)."""
    before, after, one_word_after = _office_patterns()
    last_word = folded[cue.start : cue.end].rsplit(" ", 1)[-1]
    return (
        last_word in one_word_after
        or after.match(folded, cue.end, min(len(folded), cue.end + CONTEXT_CHARS)) is not None
        or before.search(folded, max(0, cue.start - CONTEXT_CHARS), cue.start) is not None
    )


@lru_cache(maxsize=1)
def _region_link_words() -> frozenset[str]:
    words: set[str] = set()
    for lang in inflect.places_languages():
        for link in inflect.load_places_lang(lang).get("region_links") or []:
            words.update(str(link).casefold().split())
    return frozenset(words)


_GAP_TOKENS = re.compile(r"[^\s(),:;–—\-]+")


def _adjacent_cue(mention: _Mention, cues: list[_RegionCue], text: str) -> _RegionCue | None:
    """The region word that locates the name: right after it, separated only by link words.

    "Borivske in der Region Charkiw", "Izium (Kharkiv Oblast)", "Гороховатка Харківської області".
    ``cues`` are the cues of the mention's sentence.
    """
    links = _region_link_words()
    best: tuple[int, _RegionCue] | None = None
    for cue in cues:
        if cue.start < mention.match.end:
            continue
        gap_text = text[mention.match.end : cue.start]
        if len(gap_text) > ADJACENT_CHARS:
            continue
        if any(token.casefold() not in links for token in _GAP_TOKENS.findall(gap_text)):
            continue
        if best is None or len(gap_text) < best[0]:
            best = (len(gap_text), cue)
    return best[1] if best else None


@dataclass(frozen=True)
class _ContextWords:
    """Context words of every language (``data/lang/<xx>/places.yaml``), folded."""

    river_before: tuple[str, ...]
    river_after: tuple[str, ...]
    region_before: tuple[str, ...]
    region_after: tuple[str, ...]
    settlement_after: tuple[str, ...]
    list_links: frozenset[str]
    plural_region_words: frozenset[str]


_CONTEXT_KEYS = (
    "river_words_before",
    "river_words_after",
    "region_context_before",
    "region_context_after",
    "settlement_words_after",
)


@lru_cache(maxsize=1)
def _context_words() -> _ContextWords:
    lists: dict[str, set[str]] = {}
    for lang in inflect.places_languages():
        config = inflect.load_places_lang(lang)
        for key in _CONTEXT_KEYS:
            lists.setdefault(key, set()).update(fold_text(str(w)) for w in config.get(key) or [])
        for link in config.get("list_links") or []:
            lists.setdefault("list_links", set()).update(fold_text(str(link)).split())
        for word in config.get("plural_region_words") or []:
            lists.setdefault("plural_region_words", set()).add(fold_text(str(word)))

    def longest_first(key: str) -> tuple[str, ...]:
        return tuple(sorted(lists.get(key, set()), key=len, reverse=True))

    return _ContextWords(
        river_before=longest_first("river_words_before"),
        river_after=longest_first("river_words_after"),
        region_before=longest_first("region_context_before"),
        region_after=longest_first("region_context_after"),
        settlement_after=longest_first("settlement_words_after"),
        list_links=frozenset(lists.get("list_links", set())),
        plural_region_words=frozenset(lists.get("plural_region_words", set())),
    )


def _word_before(folded: str, start: int, phrases: tuple[str, ...]) -> str | None:
    """The phrase of ``phrases`` that ends right before ``start`` (whitespace between), if any."""
    window = folded[max(0, start - CONTEXT_CHARS) : start]
    stripped = window.rstrip()
    if len(stripped) == len(window):
        return None  # the name is glued to what precedes it
    for phrase in phrases:
        if stripped.endswith(phrase):
            head = stripped[: -len(phrase)]
            if not head or not head[-1].isalnum():
                return phrase
    return None


def _word_after(folded: str, end: int, phrases: tuple[str, ...]) -> str | None:
    """The phrase of ``phrases`` that follows ``end``: glued when it starts with "-", else after a space."""
    window = folded[end : end + CONTEXT_CHARS]
    for phrase in phrases:
        if phrase.startswith("-"):
            rest = window
        else:
            rest = window.lstrip(" ")
            if len(rest) == len(window):
                continue
        if rest.startswith(phrase) and not rest[len(phrase) : len(phrase) + 1].isalnum():
            return phrase
    return None


def _apply_context(mention: _Mention, folded: str) -> None:
    """Settle river/town and city/oblast homonyms from the words around the name (module docstring)."""
    match = mention.match
    conditional_oblasts = {pid for pid, _w, cue in match.entries if cue == CUE_REGION_CONTEXT}
    rivers = [p for p in mention.candidates if p.feature == "river"]
    if not rivers and not conditional_oblasts:
        return  # the common case: no homonym that the words around the name could settle
    words = _context_words()
    if rivers:
        needs_river_word = {pid for pid, _w, cue in match.entries if cue == CUE_RIVER_WORD}
        river_word = _word_before(folded, match.start, words.river_before) or _word_after(
            folded, match.end, words.river_after
        )
        settlement_word = _settlement_word_pattern().search(
            folded[max(0, match.start - 60) : match.start]
        ) or _word_after(folded, match.end, words.settlement_after)
        others = [p for p in mention.candidates if p.feature != "river"]
        if river_word is not None and settlement_word is None:
            mention.candidates = rivers
            mention.context_note = f"river word '{river_word}'"
        else:
            kept_rivers = [] if others else [p for p in rivers if p.id not in needs_river_word]
            mention.candidates = others + kept_rivers
    if conditional_oblasts:
        oblasts = [p for p in mention.candidates if p.id in conditional_oblasts]
        others = [p for p in mention.candidates if p.id not in conditional_oblasts]
        region_word = (
            _word_before(folded, match.start, words.region_before)
            or _word_after(folded, match.end, words.region_after)
            # "Kharkiv's regional governor": an English possessive between name and region word.
            or (
                _word_after(folded, match.end + 2, words.region_after)
                if folded.startswith("'s", match.end)
                else None
            )
        )
        if region_word is not None and oblasts:
            mention.candidates = oblasts
            mention.context_note = f"region context '{region_word}'"
        else:
            mention.candidates = others
            mention.pending_oblasts = oblasts


_LIST_GAP = re.compile(r"[\s,]*")


def _is_list_gap(gap: str, links: frozenset[str]) -> bool:
    """True when only list words and commas separate two names ("Cherson und", ", ", "sowie in")."""
    tokens = re.findall(r"\w+", gap)
    rest = re.sub(r"\w+", "", gap)
    return len(gap) <= 30 and all(t in links for t in tokens) and bool(_LIST_GAP.fullmatch(rest))


def _propagate_list_oblasts(mentions: list[_Mention], folded: str) -> None:
    """A capital's name in a list governed by a plural region word names an oblast too.

    "die Gebiete Cherson und Saporischschja sowie in Donezk und Luhansk", "the Luhansk, Donetsk,
    Kherson and Zaporizhzhia regions": the list starts or ends with a plural region phrase
    (``plural_region_words``), and every capital's name chained to it by list words takes its
    oblast reading. "Харків, Харківську область та Сумщину" has no plural region word: Харків
    stays the city.
    """
    if not any(m.pending_oblasts for m in mentions):
        # Only a mention with pending oblast readings can change (and none gains them here): the
        # common case, without looking at the gaps between names.
        return
    words = _context_words()
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(mentions)
        if a.sentence == b.sentence and _is_list_gap(folded[a.match.end : b.match.start], words.list_links)
    ]
    sources = {
        id(m)
        for m in mentions
        if m.candidates
        and all(p.feature == "oblast" for p in m.candidates)
        and any(w in words.plural_region_words for w in re.findall(r"\w+", m.match.key))
    }
    changed = True
    while changed:
        changed = False
        for a, b in pairs:
            for source, target in ((a, b), (b, a)):
                if target.pending_oblasts and id(source) in sources:
                    target.candidates = target.pending_oblasts
                    target.pending_oblasts = []
                    target.context_note = f"in a list with '{source.match.text}'"
                    sources.add(id(target))
                    changed = True


def _list_with_region(mention: _Mention, gazetteer: Gazetteer) -> None:
    """A capital's name right before another oblast's region word names its own oblast: the two are
    a list of regions ("toward the Donetsk–Dnipropetrovsk oblast border", "Donetsk and Luhansk
    oblasts"), not a town located in the other oblast, which a capital never is."""
    cue = mention.adjacent_cue
    if cue is None or not mention.pending_oblasts:
        return
    if any(gazetteer.admin1_code(p) == cue.oblast_iso for p in mention.candidates):
        return
    oblasts = [p for p in mention.pending_oblasts if gazetteer.admin1_code(p) != cue.oblast_iso]
    if oblasts:
        mention.candidates = oblasts
        mention.pending_oblasts = []
        mention.adjacent_cue = None
        mention.context_note = f"in a list with '{cue.text}'"


def _base_scores(
    mention: _Mention,
    gazetteer: Gazetteer,
    sentence_regions: dict[str, _RegionCue],
    report_regions: dict[str, _RegionCue],
    report: Report,
) -> None:
    for place in mention.candidates:
        notes: list[str] = []
        score = W_FORM * mention.form_weight.get(place.id, 0.9)
        population = place.population or 0
        score += W_POPULATION * min(1.0, math.log10(population + 1) / 7.0)
        iso = gazetteer.admin1_code(place)
        if place.feature in ("settlement", "raion") and iso is not None:
            cue = mention.adjacent_cue
            if cue is not None and cue.oblast_iso == iso:
                score += W_ADJACENT_REGION
                notes.append(f"region word '{cue.text}'")
                if place.feature == "settlement" and _in_named_raion(place, cue.raion, mention.candidates):
                    score += W_ADJACENT_RAION
                    notes.append(f"raion word '{cue.text}'")
            elif iso in sentence_regions:
                score += W_SENTENCE_REGION
                notes.append(f"'{sentence_regions[iso].text}' in the sentence")
            elif iso in report_regions:
                score += W_REPORT_REGION
                notes.append(f"'{report_regions[iso].text}' in the report")
        if report.media is not None and place.feature == "settlement":
            distance = haversine_km(place.lat, place.lon, report.media.lat, report.media.lon)
            bonus = W_MEDIA * math.exp(-distance / MEDIA_KM)
            score += bonus
            if bonus > 0.05:
                notes.append(f"{distance:.0f} km from the media point")
        mention.scores[place.id] = score
        mention.notes[place.id] = notes


def _in_named_raion(place: Place, raion: Place | None, candidates: list[Place]) -> bool:
    """``place`` is the namesake that lies in the raion named right after it ("Михайлівку
    Бериславського району", "Mychajliwka im Rajon Beryslaw"): the one whose row names that raion
    (admin2), or, when the rows carry no raion, the settlement of the raion's oblast nearest the
    raion's point (within ``RAION_KM``)."""
    if raion is None:
        return False
    if place.admin2 and raion.admin2:
        return place.admin2 == raion.admin2
    namesakes = [
        c for c in candidates if c.feature == "settlement" and c.admin1 == raion.admin1 and not c.admin2
    ]
    if place not in namesakes:
        return False
    nearest = min(namesakes, key=lambda c: haversine_km(c.lat, c.lon, raion.lat, raion.lon))
    return nearest is place and haversine_km(place.lat, place.lon, raion.lat, raion.lon) <= RAION_KM


def _river_bonus(mention: _Mention, rivers: list[Place], gazetteer: Gazetteer) -> None:
    """A town named in the same sentence as a river ("crossed the Oskil near Borova") is more
    likely the namesake that lies on that river."""
    for place in mention.candidates:
        if place.feature != "settlement":
            continue
        for river in rivers:
            course = gazetteer.courses.get(river.id)
            if not course:
                continue
            distance = _nearest_on_course(course, place.lat, place.lon)[2]
            bonus = W_COHERENCE * math.exp(-distance / COHERENCE_KM)
            if bonus > 0.05:
                mention.scores[place.id] += bonus
                mention.notes[place.id].append(f"{distance:.0f} km from the {river.name}")


#: Coherence of two places, computed once per process: (lat, lon, anchor lat, anchor lon) ->
#: (distance in km, bonus). Reports of one front name the same places over and over, so most pairs
#: repeat (within a report: both passes and every name; across reports: the same towns).
_COHERENCE_BY_PAIR: dict[tuple[float, float, float, float], tuple[float, float]] = {}
#: Bound of that cache (a few MB); it is emptied when full.
COHERENCE_CACHE_SIZE = 200_000


def _pair_coherence(place: Place, anchor: Place) -> tuple[float, float]:
    """(distance in km, coherence bonus) of a candidate and an anchor."""
    pair = (place.lat, place.lon, anchor.lat, anchor.lon)
    known = _COHERENCE_BY_PAIR.get(pair)
    if known is None:
        distance = haversine_km(place.lat, place.lon, anchor.lat, anchor.lon)
        known = (distance, W_COHERENCE * math.exp(-distance / COHERENCE_KM))
        if len(_COHERENCE_BY_PAIR) >= COHERENCE_CACHE_SIZE:
            _COHERENCE_BY_PAIR.clear()
        _COHERENCE_BY_PAIR[pair] = known
    return known


def _coherence(mention: _Mention, anchors: dict[str, tuple[Place, set[str]]]) -> dict[str, tuple[float, str]]:
    """Bonus per candidate for lying near the report's other places (not itself, not the same name).

    ``anchors``: place id -> (place, the forms it was chosen for).
    """
    usable = _usable_anchors(mention, anchors)
    bonus: dict[str, tuple[float, str]] = {}
    if not usable:
        return bonus
    known_pairs = _COHERENCE_BY_PAIR
    for place in mention.candidates:
        if place.feature != "settlement":
            continue
        best_value = -1.0
        best_anchor: Place | None = None
        best_distance = 0.0
        lat, lon = place.lat, place.lon
        for anchor in usable:
            # _pair_coherence's cache read inline: this runs for every candidate-anchor pair.
            known = known_pairs.get((lat, lon, anchor.lat, anchor.lon))
            distance, value = known if known is not None else _pair_coherence(place, anchor)
            # Strictly greater: the first anchor wins a tie, as the anchors come in report order.
            if best_anchor is None or value > best_value:
                best_value, best_anchor, best_distance = value, anchor, distance
        if best_anchor is not None:
            # The reason text only for the winner: most pairs are looked at and dropped.
            bonus[place.id] = (best_value, f"{best_distance:.0f} km from {best_anchor.name}")
    return bonus


def _usable_anchors(mention: _Mention, anchors: dict[str, tuple[Place, set[str]]]) -> list[Place]:
    """The anchors that can vouch for a mention's readings: settlements other than its own
    candidates, chosen for another name."""
    own_ids = {p.id for p in mention.candidates}
    own_keys = {mention.match.key}
    return [
        anchor
        for anchor, keys in anchors.values()
        if keys != own_keys and anchor.id not in own_ids and anchor.feature == "settlement"
    ]


def _neighbour_bonus(
    mention: _Mention, anchors: dict[str, tuple[Place, set[str]]], same_sentence: frozenset[str]
) -> dict[str, float]:
    """What :func:`_coherence` leaves out, per candidate: a share of the second-nearest anchor's
    bonus (of two Zaitseves each 10 km from one place of the report, the one that also lies near a
    second named place is meant) and a share of the best bonus among the anchors named in the
    mention's own sentence ("відбиті атаки біля Бахмута і Зайцевого": a list names neighbours)."""
    usable = _usable_anchors(mention, anchors)
    extra: dict[str, float] = {}
    if len(usable) < 2 and not same_sentence:
        return extra  # one anchor, none in the sentence: nothing beyond the plain coherence
    known_pairs = _COHERENCE_BY_PAIR
    for place in mention.candidates:
        if place.feature != "settlement":
            continue
        best = second = best_in_sentence = 0.0
        lat, lon = place.lat, place.lon
        for anchor in usable:
            known = known_pairs.get((lat, lon, anchor.lat, anchor.lon))
            _distance, value = known if known is not None else _pair_coherence(place, anchor)
            if value > best:
                best, second = value, best
            elif value > second:
                second = value
            if anchor.id in same_sentence and value > best_in_sentence:
                best_in_sentence = value
        value = SECOND_ANCHOR_SHARE * second + SAME_SENTENCE_SHARE * best_in_sentence
        if value:
            extra[place.id] = value
    return extra


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    if len(scores) <= 1:
        # exp(0) / exp(0): exactly 1.0, without the arithmetic.
        return dict.fromkeys(scores, 1.0)
    top = max(scores.values())
    exps = {k: math.exp(SOFTMAX_SCALE * (v - top)) for k, v in scores.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}


def resolve_places(report: Report, gazetteer: Gazetteer) -> list[PlaceMention]:
    """One :class:`PlaceMention` per place name in ``report.clean_text``, in text order."""
    text = report.clean_text
    folded = fold_for_search(text)
    spans = sentence_spans(text)
    sentence_starts = [s for s, _ in spans]

    def sentence_of(offset: int) -> int:
        # The last sentence starting at or before the offset (the first one starts at 0).
        return max(0, bisect.bisect_right(sentence_starts, offset) - 1)

    mentions: list[_Mention] = []
    matches = recognize_folded(text, folded, gazetteer)
    for match in matches:
        weights: dict[str, float] = {}
        candidates: list[Place] = []
        for place_id, weight, _cue in match.entries:
            place = gazetteer.get(place_id)
            if place is None:
                continue
            if place_id not in weights:
                candidates.append(place)
            weights[place_id] = max(weight, weights.get(place_id, 0.0))
        if candidates:
            for place in _russian_spelled_counterparts(candidates, gazetteer):
                if place.id not in weights:
                    candidates.append(place)
                    weights[place.id] = W_RUSSIAN_COUNTERPART_FORM
            mention = _Mention(match, sentence_of(match.start), candidates, weights)
            _apply_context(mention, folded)
            mentions.append(mention)
    _propagate_list_oblasts(mentions, folded)
    mentions = [m for m in mentions if m.candidates]

    cues = _region_cues(mentions, gazetteer)
    cues_by_sentence: dict[int, list[_RegionCue]] = {}
    report_regions: dict[str, _RegionCue] = {}
    for cue in cues:
        # "Donetsk regional governor X said ... near Vasylivka": the region is the speaker's seat,
        # which says little about where the sentence's places lie; it counts for the report only.
        if not _is_office_seat(cue, folded):
            cues_by_sentence.setdefault(cue.sentence, []).append(cue)
        report_regions.setdefault(cue.oblast_iso, cue)
    rivers_by_sentence: dict[int, list[Place]] = {}
    for mention in mentions:
        if all(p.feature == "river" for p in mention.candidates):
            rivers_by_sentence.setdefault(mention.sentence, []).extend(mention.candidates)
    for mention in mentions:
        sentence_cues = cues_by_sentence.get(mention.sentence, [])
        mention.adjacent_cue = _adjacent_cue(mention, sentence_cues, text)
        _list_with_region(mention, gazetteer)
        sentence_regions: dict[str, _RegionCue] = {}
        for cue in sentence_cues:
            sentence_regions.setdefault(cue.oblast_iso, cue)
        _base_scores(mention, gazetteer, sentence_regions, report_regions, report)
        if len(mention.candidates) > 1:
            _river_bonus(mention, rivers_by_sentence.get(mention.sentence, []), gazetteer)

    # Pass 1: names with a single reading anchor the others; pass 2: every first-pass choice does.
    anchors: dict[str, tuple[Place, set[str]]] = {}
    #: Sentence -> the anchors named in it (for the same-sentence weight of the coherence).
    anchors_by_sentence: dict[int, set[str]] = {}
    for mention in mentions:
        if len(mention.candidates) == 1:
            anchors.setdefault(mention.candidates[0].id, (mention.candidates[0], set()))[1].add(
                mention.match.key
            )
            anchors_by_sentence.setdefault(mention.sentence, set()).add(mention.candidates[0].id)
    final_scores: dict[int, dict[str, float]] = {}
    final_notes: dict[int, dict[str, list[str]]] = {}
    for _pass in range(2):
        choices: dict[str, tuple[Place, set[str]]] = {}
        chosen_by_sentence: dict[int, set[str]] = {}
        coherence_by_key: dict[str, dict[str, tuple[float, str]]] = {}
        neighbours_by_key: dict[tuple[str, frozenset[str]], dict[str, float]] = {}
        for index, mention in enumerate(mentions):
            if len(mention.candidates) == 1:
                # One reading: no coherence to add, so its base scores and notes serve as they are
                # (nothing downstream changes them) and that reading is the choice.
                final_scores[index] = mention.scores
                final_notes[index] = mention.notes
                best = gazetteer.places[max(mention.scores, key=mention.scores.__getitem__)]
                choices.setdefault(best.id, (best, set()))[1].add(mention.match.key)
                chosen_by_sentence.setdefault(mention.sentence, set()).add(best.id)
                continue
            scores = dict(mention.scores)
            # Read-only from here on unless a coherence note is added (copied then).
            notes = mention.notes
            key = mention.match.key
            if key not in coherence_by_key:
                coherence_by_key[key] = _coherence(mention, anchors)
            coherence = coherence_by_key[key]
            if coherence:
                notes = {k: list(v) for k, v in notes.items()}
            for place_id, (value, note) in coherence.items():
                scores[place_id] += value
                if value > 0.05:
                    notes[place_id].append(note)
            same_sentence = frozenset(anchors_by_sentence.get(mention.sentence, ()))
            neighbour_key = (key, same_sentence)
            if neighbour_key not in neighbours_by_key:
                neighbours_by_key[neighbour_key] = _neighbour_bonus(mention, anchors, same_sentence)
            for place_id, value in neighbours_by_key[neighbour_key].items():
                scores[place_id] += value
            final_scores[index] = scores
            final_notes[index] = notes
            best = gazetteer.places[max(scores, key=lambda pid: scores[pid])]
            choices.setdefault(best.id, (best, set()))[1].add(mention.match.key)
            chosen_by_sentence.setdefault(mention.sentence, set()).add(best.id)
        anchors = choices
        anchors_by_sentence = chosen_by_sentence

    # One sense per report: the same name gets the reading with the best summed score.
    summed: dict[str | frozenset[str], dict[str, float]] = {}
    for index, mention in enumerate(mentions):
        per_key = summed.setdefault(_sense_group(mention), {})
        for place_id, value in final_scores[index].items():
            per_key[place_id] = per_key.get(place_id, 0.0) + value

    results: list[PlaceMention] = []
    for index, mention in enumerate(mentions):
        results.append(
            _to_mention(
                report,
                gazetteer,
                mention,
                final_scores[index],
                final_notes[index],
                summed[_sense_group(mention)],
            )
        )
    decided = _distance_checks(results, mentions, folded, gazetteer)
    _spread_region_conflicts(results, mentions, decided)
    _drop_stray_homonyms(results, mentions)
    _place_rivers(results, mentions, gazetteer)
    # Names of settlements the gazetteer lacks, named as such ("the village of A"): no place.
    taken = [(m.start, m.end) for m in matches]
    unknown = unknown_settlements(report.id, text, taken, gazetteer, report.lang)
    if unknown:
        results = sorted([*results, *unknown], key=lambda mention: mention.start)
    return results


def _russian_spelled_counterparts(candidates: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """Settlements that GeoNames lists under a Russian name only and whose name is the Russian
    spelling of a reading's Ukrainian name (``Gazetteer.russian_counterparts``): Terny near Lyman
    (only "Терны") for "Тернів", whose readings are the Terny of Dnipropetrovsk and Sumy oblasts;
    Olenivka on Cape Tarkhankut (only "Оленевка") for "Оленівці" or "Olenivka". Without them such a
    village can never be chosen, however clearly the report places it; as candidates they compete on
    the usual evidence (region words, nearby places), with a lower form weight."""
    known = {place.id for place in candidates}
    found: list[Place] = []
    for place in candidates:
        for counterpart_id in gazetteer.russian_counterparts.get(place.id, ()):
            counterpart = gazetteer.get(counterpart_id)
            if counterpart is not None and counterpart_id not in known:
                known.add(counterpart_id)
                found.append(counterpart)
    return found


def _spread_region_conflicts(
    results: list[PlaceMention], mentions: list[_Mention], decided: set[int] | None = None
) -> None:
    """An occurrence whose own region word rules out every reading ("des Dorfes Kamjanka im Gebiet
    Charkiw", where no Kamianka of the gazetteer lies) shows that the report means a village the
    gazetteer lacks; the other occurrences of the same name ("Kamjanka liegt am Oskil"), which name
    no region, get no place either, instead of the namesake 400 km away that one sense per report
    would otherwise give them. An occurrence with a region word of its own keeps its reading.
    ``decided``: further occurrences settled by their own evidence (a distance from a named place,
    :func:`_distance_checks`), whose reading or lack of one the other occurrences take likewise."""
    sources: dict[str | frozenset[str], int] = {}
    for index, (result, mention) in enumerate(zip(results, mentions, strict=True)):
        if (result.place_id is None and result.region_conflict and mention.adjacent_cue is not None) or (
            decided and index in decided
        ):
            sources.setdefault(_sense_group(mention), index)
    if not sources:
        return
    for index, (result, mention) in enumerate(zip(results, mentions, strict=True)):
        if result.place_id is None or result.precision != "settlement" or mention.adjacent_cue is not None:
            continue
        if decided and index in decided:
            continue
        source_index = sources.get(_sense_group(mention))
        if source_index is None or source_index == index:
            continue
        source = results[source_index]
        if source.place_id == result.place_id:
            continue
        if source.place_id is not None:
            results[index] = replace(
                source, start=result.start, end=result.end, text=result.text, reason=f"as '{source.text}'"
            )
            continue
        results[index] = _unplaced(
            result,
            reason="region conflict of another occurrence",
            region_conflict=f"'{source.text}': {source.region_conflict}",
            admin1=source.admin1,
        )


#: A distance phrase after a name ("Zaporizke, about 20 kilometers west of Velyka Novosilka") bounds
#: how far the name's reading may lie from the place it measures from: max(DISTANCE_FACTOR * N,
#: N + DISTANCE_SLACK_KM) for a number N, STRAY_KM without one ("за два десятки кілометрів").
DISTANCE_FACTOR = 2.0
DISTANCE_SLACK_KM = 25.0
#: How far after the name the unit word may stand, and the place measured from after the unit word.
DISTANCE_GAP_CHARS = 60
DISTANCE_FROM_CHARS = 45


@lru_cache(maxsize=1)
def _distance_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the unit word alone, the unit word with an optional number before it, a from-word ending the
    text before a name, the unit word's letters with no boundary test)."""
    units = inflect.words_of_every_language("distance_words", fold_text)
    froms = inflect.words_of_every_language("distance_from_words", fold_text)
    # No look-behind first, so that the scan skips ahead to the words' first letters (a rare hit
    # inside a word only costs the closer look below).
    alone = re.compile(rf"(?:{inflect.regex_alternation(units)})(?!\w)")
    unit = re.compile(rf"(?:(\d+(?:[.,]\d+)?)[\s-]*)?(?<!\w)(?:{inflect.regex_alternation(units)})(?!\w)")
    from_word = re.compile(rf"(?<!\w)(?:{inflect.regex_alternation(froms)})\s+$")
    # Every match of ``unit`` holds a match of this one in the same span: where this finds nothing,
    # ``unit`` finds nothing either, and this scan is the cheaper (it skips ahead to first letters).
    letters = re.compile(rf"(?:{inflect.regex_alternation(units)})")
    return alone, unit, from_word, letters


def _distance_checks(
    results: list[PlaceMention], mentions: list[_Mention], folded: str, gazetteer: Gazetteer
) -> set[int]:
    """Check settlement readings against a distance the text gives right after the name.

    "Zaporizke, about 20 kilometers west of Velyka Novosilka", "Лукашівці, що за два десятки
    кілометрів на південний схід від Чернігова", "Прогресс ... примерно в 20 километрах к
    северо-западу от Авдеевки": the unit word (``distance_words``) follows the name within
    DISTANCE_GAP_CHARS of the same sentence, with no other place between (a river may stand there),
    and a from-word (``distance_from_words``) leads to a resolved settlement. A reading farther from
    that settlement than the bound gives way to a reading within it; with none, the name gets no
    place (``region_conflict``): the village meant is one the gazetteer lacks. Returns the indices of
    the mentions so checked (their reading stands on their own evidence)."""
    alone, unit_pattern, from_pattern, unit_letters = _distance_patterns()
    checked: set[int] = set()
    if alone.search(folded) is None:
        return checked  # the common case: no distance in the report
    for index, (result, mention) in enumerate(zip(results, mentions, strict=True)):
        if result.precision != "settlement" or result.lat is None or result.lon is None:
            continue
        sentence = mention.sentence
        limit_end = min(len(folded), result.end + DISTANCE_GAP_CHARS + 20)
        if unit_letters.search(folded, result.end, limit_end) is None:
            continue  # most names: no unit word after them (the search below would scan in vain)
        unit = unit_pattern.search(folded, result.end, limit_end)
        if unit is None or unit.start() - result.end > DISTANCE_GAP_CHARS:
            continue
        between = [
            other
            for other_index, other in enumerate(results)
            if result.end <= other.start < unit.start() and mentions[other_index].sentence == sentence
        ]
        if any(not (other.place_id or "").startswith("river:") for other in between):
            continue  # another place stands between: the distance is its own
        anchor: PlaceMention | None = None
        for other_index, other in enumerate(results):
            if other.start < unit.end() or other.start - unit.end() > DISTANCE_FROM_CHARS:
                continue
            if mentions[other_index].sentence != sentence:
                continue
            if (
                other.precision == "settlement"
                and other.lat is not None
                and other.lon is not None
                and from_pattern.search(folded, unit.end(), other.start)
            ):
                anchor = other
            break
        if anchor is None or anchor.place_id == result.place_id:
            continue
        number = float(unit.group(1).replace(",", ".")) if unit.group(1) else None
        limit = max(DISTANCE_FACTOR * number, number + DISTANCE_SLACK_KM) if number is not None else STRAY_KM
        if anchor.lat is None or anchor.lon is None:
            continue
        checked.add(index)
        anchor_lat, anchor_lon = anchor.lat, anchor.lon
        if haversine_km(result.lat, result.lon, anchor_lat, anchor_lon) <= limit:
            continue
        within = [
            place
            for place in mention.candidates
            if place.feature == "settlement"
            and haversine_km(place.lat, place.lon, anchor_lat, anchor_lon) <= limit
        ]
        if within:
            target = number if number is not None else 0.0
            place = min(
                within, key=lambda p: abs(haversine_km(p.lat, p.lon, anchor_lat, anchor_lon) - target)
            )
            results[index] = replace(
                result,
                place_id=place.id,
                name_en=place.name,
                lat=place.lat,
                lon=place.lon,
                admin1=place.admin1,
                admin2=place.admin2,
                precision=_precision(place),
                reason=f"the text puts it {unit.group(0)} from {anchor.text}",
            )
            continue
        results[index] = _unplaced(
            result,
            reason="no reading at the distance the text gives",
            region_conflict=(
                f"the text puts '{result.text}' {unit.group(0)} from {anchor.text}; no candidate lies "
                f"within {limit:.0f} km of it"
            ),
        )
    return checked


def _unplaced(
    result: PlaceMention, reason: str, region_conflict: str, admin1: str | None = None
) -> PlaceMention:
    """The mention without a place: its reading is kept first among the alternatives, for the reader."""
    return PlaceMention(
        report_id=result.report_id,
        start=result.start,
        end=result.end,
        text=result.text,
        place_id=None,
        admin1=admin1,
        precision=None,
        score=0.0,
        alternatives=[(str(result.place_id), result.score), *result.alternatives],
        reason=reason,
        region_conflict=region_conflict,
    )


def _drop_stray_homonyms(results: list[PlaceMention], mentions: list[_Mention]) -> None:
    """A village name none of whose readings fits the report gets no place rather than a guess.

    The report names one or more oblasts, or more than ``STRAY_MIN_SETTLEMENTS`` settlements; the
    name has several readings (a homonym) and the chosen one is a small place
    (``STRAY_MAX_POPULATION``) outside every named oblast and farther than ``STRAY_KM`` from every
    other settlement of the report ("Лукашівку та
    Ягідне" in a Chernihiv post, where cities500 holds only the Cherkasy and Mykolaiv Lukashivkas).
    The village meant is then most likely one the gazetteer lacks, and a claim is better without a
    place than at a wrong one 200 km away. The mention keeps its readings as alternatives.
    """
    named_oblasts = {r.admin1 for r in results if r.precision == "oblast" and r.admin1}
    settlements = [
        (r.place_id, r.lat, r.lon)
        for r in results
        if r.precision == "settlement" and r.lat is not None and r.lon is not None
    ]
    if not named_oblasts and len({s[0] for s in settlements}) <= STRAY_MIN_SETTLEMENTS:
        # Neither a region word nor enough other places to tell where the report is.
        return
    for index, result in enumerate(results):
        if (
            result.precision != "settlement"
            or result.place_id is None
            or result.lat is None
            or result.lon is None
            or result.admin1 in named_oblasts
            or len({p.id for p in mentions[index].candidates if p.feature == "settlement"}) < 2
        ):
            continue
        chosen = next((p for p in mentions[index].candidates if p.id == result.place_id), None)
        if chosen is None or (chosen.population or 0) > STRAY_MAX_POPULATION:
            continue
        lat, lon = result.lat, result.lon
        distances = [haversine_km(lat, lon, a, b) for pid, a, b in settlements if pid != result.place_id]
        if not distances or min(distances) <= STRAY_KM:
            continue
        results[index] = _unplaced(
            result,
            reason="no reading near the report's places",
            region_conflict=(
                f"the report names {', '.join(sorted(named_oblasts)) or 'no oblast'}; no candidate "
                f"'{result.text}' lies there or within {STRAY_KM:.0f} km of its other places"
            ),
        )


def _sense_group(mention: _Mention) -> str | frozenset[str]:
    """What "the same name" is for one sense per report: the form, or, for a name of several
    settlements, that set of settlements, so that the case forms of one name share their evidence
    ("Каменское Запорожской области" ... "в направлении Каменского")."""
    settlements = frozenset(p.id for p in mention.candidates if p.feature == "settlement")
    return settlements if len(settlements) > 1 else mention.match.key


def _nearest_on_course(
    course: tuple[tuple[float, float], ...], lat: float, lon: float
) -> tuple[float, float, float]:
    """The point of a polyline nearest to (lat, lon), and its distance in km."""
    best = (course[0][0], course[0][1], haversine_km(lat, lon, *course[0]))
    scale = math.cos(math.radians(lat))
    for (lat1, lon1), (lat2, lon2) in itertools.pairwise(course):
        # Project in a local plane (degrees of longitude shrunk by cos(lat)); good within a segment.
        dx, dy = (lon2 - lon1) * scale, lat2 - lat1
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else ((lon - lon1) * scale * dx + (lat - lat1) * dy) / length2
        t = max(0.0, min(1.0, t))
        point = (lat1 + t * (lat2 - lat1), lon1 + t * (lon2 - lon1))
        distance = haversine_km(lat, lon, *point)
        if distance < best[2]:
            best = (point[0], point[1], distance)
    return best


def _place_rivers(results: list[PlaceMention], mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """Put each river mention at the stretch the text means.

    The point of the river's course nearest to the settlement the text pairs it with: a settlement
    of the same sentence that lies on or near the river (closest to the river first, then closest
    in the text); else the report's most often named settlement near the river; else an oblast of
    the same sentence. Without any of these the river keeps its representative point.
    """
    counts: dict[str, int] = {}
    nearest: dict[tuple[str, str], tuple[float, float, float]] = {}
    for result in results:
        if result.precision == "settlement" and result.place_id:
            counts[result.place_id] = counts.get(result.place_id, 0) + 1
    for index, result in enumerate(results):
        course = gazetteer.courses.get(result.place_id or "")
        if not course:
            continue
        sentence = mentions[index].sentence
        best: tuple[tuple[float, ...], float, float, str] | None = None
        for other_index, other in enumerate(results):
            if other.lat is None or other.lon is None or other.precision not in ("settlement", "oblast"):
                continue
            other_sentence = mentions[other_index].sentence
            if other.precision == "oblast" and other_sentence != sentence:
                continue
            key = (result.place_id or "", other.place_id or "")
            if key not in nearest:
                nearest[key] = _nearest_on_course(course, other.lat, other.lon)
            lat, lon, distance = nearest[key]
            if other.precision == "settlement":
                if distance > RIVER_ANCHOR_KM:
                    continue
                if other_sentence == sentence:
                    # One km off the river weighs as much as 100 characters of text between.
                    rank: tuple[float, ...] = (0, distance + abs(other.start - result.start) / 100.0)
                else:
                    rank = (1, -counts.get(other.place_id or "", 0), abs(other_sentence - sentence), distance)
            else:
                rank = (2, abs(other.start - result.start))
            if best is None or rank < best[0]:
                best = (rank, lat, lon, other.name_en or other.text)
        if best is None:
            continue
        _rank, lat, lon, anchor_name = best
        result.lat, result.lon = round(lat, 4), round(lon, 4)
        result.reason = f"{result.reason}; stretch nearest {anchor_name}".lstrip("; ")


def _to_mention(
    report: Report,
    gazetteer: Gazetteer,
    mention: _Mention,
    scores: dict[str, float],
    notes: dict[str, list[str]],
    group_scores: dict[str, float],
) -> PlaceMention:
    match = mention.match
    probabilities = _softmax(scores)
    if mention.adjacent_cue is not None:
        # A region word of its own outweighs the other occurrences ("Харківську Борову не слід
        # плутати з селищем Борова на Київщині"): this occurrence keeps its own reading.
        group_scores = scores
    ranked = sorted(scores, key=lambda pid: (-group_scores.get(pid, 0.0), -scores[pid], pid))
    cue = mention.adjacent_cue
    if (
        cue is not None
        and all(p.feature in ("settlement", "raion") for p in mention.candidates)
        and not any(gazetteer.admin1_code(p) == cue.oblast_iso for p in mention.candidates)
        # A city keeps its name whatever region word follows ("автобуси з Охтирки на Полтавщину":
        # from the city to the region): no village of the gazetteer's gaps goes by a city's name.
        and (gazetteer.places[ranked[0]].population or 0) < CITY_POPULATION
    ):
        nearest = min(
            mention.candidates,
            key=lambda p: haversine_km(p.lat, p.lon, *_oblast_point(gazetteer, cue.oblast_iso, p)),
        )
        conflict = (
            f"text says {cue.oblast_name}; no candidate '{match.text}' lies there; "
            f"nearest candidate in {nearest.admin1 or 'an unknown oblast'}"
        )
        return PlaceMention(
            report_id=report.id,
            start=match.start,
            end=match.end,
            text=match.text,
            place_id=None,
            admin1=cue.oblast_name,
            precision=None,
            score=0.0,
            alternatives=[(pid, round(probabilities[pid], 3)) for pid in ranked[:5]],
            reason="region conflict",
            region_conflict=conflict,
        )
    chosen = gazetteer.places[ranked[0]]
    alternatives = [(pid, round(probabilities[pid], 3)) for pid in ranked[1:4]]
    return PlaceMention(
        report_id=report.id,
        start=match.start,
        end=match.end,
        text=match.text,
        place_id=chosen.id,
        name_en=chosen.name,
        lat=chosen.lat,
        lon=chosen.lon,
        admin1=chosen.admin1,
        admin2=chosen.admin2,
        precision=_precision(chosen),
        score=round(probabilities[chosen.id], 3),
        alternatives=alternatives,
        reason=_reason(mention, chosen, notes.get(chosen.id, [])),
    )


def _oblast_point(gazetteer: Gazetteer, iso: str, fallback: Place) -> tuple[float, float]:
    oblast = gazetteer.get(f"iso:{iso}")
    return (oblast.lat, oblast.lon) if oblast else (fallback.lat, fallback.lon)


def _reason(mention: _Mention, chosen: Place, notes: list[str]) -> str:
    if mention.context_note:
        return mention.context_note
    if len(mention.candidates) == 1:
        return "only candidate"
    parts = list(notes)
    if not parts:
        parts.append(
            f"largest of {len(mention.candidates)} candidates" if chosen.population else "best name match"
        )
    return "; ".join(parts)
