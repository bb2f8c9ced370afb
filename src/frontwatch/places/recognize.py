"""Find every place name in a text in one pass of an Aho-Corasick automaton.

The automaton holds every normalised surface form of the gazetteer. The text is folded the same
way (lower case, one apostrophe, е for ё; one character per character, so offsets stay valid).
A hit counts when

- it starts and ends on a word boundary (a hyphen may follow: "Charkiw-Offensive");
- its first character is upper case in the original text: "lyman" and "лиман" are words, not places;
- it is not inside a longer hit (longest match wins: "Oblast Charkiw" over "Charkiw");
- when every reading of the form is also a common word (Мирне, Щастя, Bar), a settlement word
  precedes it ("село Мирне", "the village of Bar");
- it is not a person's surname: right after a first name or a title ("Дмитрий Песков",
  "пресс-секретарь Песков"; ``places/persons.py``);
- it does not follow the first word of a two-word name ("Новой Таволжанки": ``name_prefix_words``),
  which makes a longer name the gazetteer lacks;
- a town's bare adjective (Юнаківській, Дергачівська) names the town only before a community word
  ("громадах", "міська рада"; ``community_words_after``), alone or in a coordinated list.

A town adjective's phrase ("Юнаківській громаді", "новопавловском направлении") is no key of the
automaton: its adjective form is (``Gazetteer.phrase_heads``), and the head with the next word makes
one candidate when that word is one of its nouns, as a listed phrase would.

Readings that hold only in context (a river that needs a river word, the oblast reading of a
capital's plain name) are passed on with their cue; the resolver checks the context.

Names of places outside Ukraine (Moskau, Белгород) are recognised too, so that no Ukrainian
homonym claims them, and then dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from frontwatch.places import inflect
from frontwatch.places.gazetteer import (
    CUE_COMMUNITY_NOUN,
    CUE_DIRECTION_NOUN,
    CUE_LOWERCASE_OK,
    CUE_NONE,
    CUE_REGION_CONTEXT,
    CUE_REGION_NOUN,
    CUE_RIVER_WORD,
    CUE_SETTLEMENT_WORD,
    FOREIGN_PREFIX,
    FormEntry,
    Gazetteer,
    HeadOnlyKey,
)
from frontwatch.places.normalize import APOSTROPHES, fold_text, normalize_name
from frontwatch.places.persons import drop_person_names

#: (character, its folded form) for the few characters whose lower case is not yet folded. Applied
#: with str.replace, each skipped unless present: a substring test is memchr-fast, while
#: str.translate with a table goes through a dict per character (40x slower on Cyrillic text).
#: Every target is its own fold, so the order of the replacements does not matter.
_FAST_FOLD: tuple[tuple[str, str], ...] = (
    *((ch, "'") for ch in APOSTROPHES if ch != "'"),
    ("ё", "е"),
    ("‐", "-"),
    ("‑", "-"),
    ("‒", "-"),
)


@dataclass(frozen=True)
class NameMatch:
    """A surface form found in the text, with every place it can name."""

    start: int
    end: int
    text: str
    key: str  # the normalised form
    entries: tuple[FormEntry, ...]


def fold_for_search(text: str) -> str:
    """``fold_text`` with a fast path: str.lower() when it keeps the length (nearly always)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        for character, folded in _FAST_FOLD:
            if character in lowered:
                lowered = lowered.replace(character, folded)
        return lowered
    return fold_text(text)


@lru_cache(maxsize=1)
def _settlement_word_pattern() -> re.Pattern[str]:
    words: set[str] = set()
    for lang in inflect.places_languages():
        for word in inflect.load_places_lang(lang).get("settlement_words") or []:
            words.add(normalize_name(str(word)))
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "село Мирне", "the village of Bar", "im Dorf Nova", "с. Мирне"
    return re.compile(rf"(?:^|[^\w])(?:{alternatives})(?:\s+(?:of|von|de))?\s*$")


@lru_cache(maxsize=1)
def _region_noun_pattern() -> re.Pattern[str]:
    nouns: set[str] = set()
    for lang in inflect.places_languages():
        for noun in inflect.load_places_lang(lang).get("region_nouns") or []:
            nouns.add(normalize_name(str(noun)))
    alternatives = inflect.regex_alternation(nouns)
    # "Донецької та Луганської областей": the noun follows within a few words of the same sentence.
    return re.compile(rf"[^.!?;]{{0,60}}?(?<!\w)(?:{alternatives})(?!\w)")


@lru_cache(maxsize=1)
def _coordination_links() -> tuple[tuple[str, ...], ...]:
    """``list_links`` of every language as word tuples, longest first ("и в", "а также", "та")."""
    links: set[tuple[str, ...]] = set()
    for lang in inflect.places_languages():
        for link in inflect.load_places_lang(lang).get("list_links") or []:
            words = tuple(_GAP_WORD.findall(normalize_name(str(link))))
            if words:
                links.add(words)
    return tuple(sorted(links, key=len, reverse=True))


_GAP_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@lru_cache(maxsize=1)
def _list_links() -> frozenset[tuple[str, ...]]:
    """``_coordination_links`` that join a list of names, read once: not a lone locating word that also
    links lists ("in", "im": "Police in Kurakhove")."""
    locating = inflect.words_of_every_language("region_links", normalize_name)
    return frozenset(link for link in _coordination_links() if not (len(link) == 1 and link[0] in locating))


#: Readings that a word between a town's adjective and its community word may have: another town's
#: adjective (stored with a community or a direction cue) or a region adjective.
_COMMUNITY_LIST_CUES = (CUE_COMMUNITY_NOUN, CUE_DIRECTION_NOUN, CUE_REGION_NOUN)
#: How far after a town's bare adjective its community word may stand (coordinated adjectives between).
COMMUNITY_LIST_CHARS = 160


@lru_cache(maxsize=1)
def _community_word_pattern() -> re.Pattern[str]:
    words = inflect.words_of_every_language("community_words_after", normalize_name)
    # "Юнаківській, Хотінській та Миропільській громадах": the word follows within a few words.
    # Lists of hromadas run longer than lists of oblasts: up to COMMUNITY_LIST_CHARS.
    return re.compile(
        rf"[^.!?;]{{0,{COMMUNITY_LIST_CHARS}}}?(?<!\w)(?:{inflect.regex_alternation(words)})(?!\w)"
    )


def _region_noun_follows(
    folded: str,
    end: int,
    gazetteer: Gazetteer,
    pattern: re.Pattern[str] | None = None,
    cues: tuple[int, ...] = (CUE_REGION_NOUN,),
) -> bool:
    """A region noun follows the bare adjective, with only coordinated region adjectives and list
    words between: "Донецкой и Луганской областей", "Харківської, Донецької та Луганської областей";
    not "от Покровского в Днепропетровской области", where the noun has an adjective of its own and
    the first name is a town. With ``pattern`` and ``cues``: the same for another kind of head word
    (a community word after town adjectives)."""
    reach = 80 if pattern is None else COMMUNITY_LIST_CHARS + 40
    found = (pattern or _region_noun_pattern()).match(folded, end, min(len(folded), end + reach))
    if not found:
        return False
    gap = folded[end : found.end()]
    words = _GAP_WORD.findall(gap)[:-1]  # the last word is the region noun itself
    links = _coordination_links()
    index = 0
    while index < len(words):
        entries = gazetteer.forms.get(words[index], ())
        if any(entry[2] in cues for entry in entries):
            index += 1
            continue
        link = next((w for w in links if tuple(words[index : index + len(w)]) == w), None)
        if link is None:
            return False
        index += len(link)
    return True


@lru_cache(maxsize=1)
def _oblast_phrase_start() -> re.Pattern[str]:
    """A comma, bracket or dash, or a ``region_links`` word of any language, then up to three words
    (as many as "im Gebiet Luhansk" or "Луганської області" take), right after a name."""
    links = inflect.words_of_every_language("region_links", normalize_name)
    return re.compile(
        rf"[\s,(–—-]*(?:(?:{inflect.regex_alternation(links)})\s+)?"
        rf"({_GAP_WORD.pattern})(?:\s+({_GAP_WORD.pattern}))?(?:\s+({_GAP_WORD.pattern}))?"
    )


def _after_name_word(text: str, folded: str, start: int, gazetteer: Gazetteer) -> bool:
    """The word right before ``start`` (one space between) is a capitalised name, so that the name
    at ``start`` ends a longer proper name ("the Oskil River in Kharkiv Oblast"), not a place of its
    own: capitalised inside a sentence, or a place name of the index at its start ("Oskil River
    ..."); "Обстріл Щастя Луганської області" opens with an ordinary word."""
    if start < 2 or text[start - 1] != " ":
        return False
    index = start - 2
    while index > 0 and text[index - 1].isalpha():
        index -= 1
    if not text[index].isupper():
        return False
    return not at_sentence_start(text, index) or folded[index : start - 1] in gazetteer.forms


def _oblast_phrase_follows(folded: str, end: int, gazetteer: Gazetteer) -> bool:
    """An oblast's region word right after a name ("Щастя Луганської області", "Schtschastja im
    Gebiet Luhansk", "Щастя на Луганщині"): the name is a place, as after a settlement word, even
    when it is also a common word. The region word is read from the index as the longest of the
    next one to three words that names an oblast unconditionally."""
    found = _oblast_phrase_start().match(folded, end, min(len(folded), end + 60))
    if found is None:
        return False
    words = [word for word in found.groups() if word]
    for count in range(len(words), 0, -1):
        for entry in gazetteer.forms.get(" ".join(words[:count]), ()):
            if entry[0].startswith("iso:UA-") and entry[2] in (CUE_NONE, CUE_LOWERCASE_OK):
                return True
    return False


#: How far before a bare region adjective a plural region noun may stand ("чотирьох областей,
#: зокрема Донецької").
PRECEDING_REGION_NOUN_CHARS = 40


@lru_cache(maxsize=1)
def _preceding_plural_region_pattern() -> re.Pattern[str]:
    nouns: set[str] = set()
    for lang in inflect.places_languages():
        for noun in inflect.load_places_lang(lang).get("plural_region_words") or []:
            nouns.add(normalize_name(str(noun)))
    alternatives = inflect.regex_alternation(nouns)
    # The plural noun, then a few words of the same clause, up to the adjective.
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)[^.!?;]{{0,{PRECEDING_REGION_NOUN_CHARS}}}$")


def _plural_region_noun_precedes(folded: str, start: int) -> bool:
    """A plural region noun shortly before a bare adjective: the adjective is one of the regions
    it counts ("анексію чотирьох областей, зокрема Донецької", "в двух областях: Донецкой и ...")."""
    window_start = max(0, start - PRECEDING_REGION_NOUN_CHARS - 20)
    return bool(_preceding_plural_region_pattern().search(folded[window_start:start]))


@lru_cache(maxsize=1)
def _direction_noun_pattern() -> re.Pattern[str]:
    nouns: set[str] = set()
    for lang in inflect.places_languages():
        for noun in inflect.load_places_lang(lang).get("direction_nouns_plural") or []:
            nouns.add(normalize_name(str(noun)))
    alternatives = inflect.regex_alternation(nouns)
    # "на Купянском и Лиманском направлениях": a few words of the same sentence, then the noun.
    return re.compile(rf"[^.!?;:]{{0,60}}?(?<!\w)(?:{alternatives})(?!\w)")


def _direction_noun_follows(folded: str, end: int) -> bool:
    return bool(_direction_noun_pattern().match(folded, end, min(len(folded), end + 80)))


#: A clock time before a sentence in live blogs ("12:05 Українське командування ...").
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}$")
_SENTENCE_END_CHARS = frozenset(".!?…:\n")


def at_sentence_start(text: str, start: int) -> bool:
    """True when only sentence punctuation, quotes, bullets, dashes, symbols or a clock time stand
    between the previous sentence (or the text's start) and ``start``: a capital there says nothing."""
    index = start
    while index > 0:
        ch = text[index - 1]
        if ch in _SENTENCE_END_CHARS:
            return True
        if ch.isalnum():
            clock = _CLOCK_TIME.search(text, max(0, index - 5), index)
            if clock is None:
                return False
            index = clock.start()
            continue
        index -= 1
    return True


@lru_cache(maxsize=1)
def _name_prefix_words() -> frozenset[str]:
    return frozenset(inflect.words_of_every_language("name_prefix_words", normalize_name))


#: Longest prefix word considered (characters); a longer previous word is no prefix.
_NAME_PREFIX_MAX_CHARS = 12


def _after_name_prefix(text: str, folded: str, start: int) -> bool:
    """True when a capitalised first word of a two-word name stands right before the name ("Новой
    Таволжанки"): the longer name is one the gazetteer lacks (had it the name, the longer match would
    have won), so the known name alone would be a wrong place."""
    # Plain string tests, no regular expression: this runs for every name found.
    if start < 2 or folded[start - 1] != " ":
        return False
    word_start = folded.rfind(" ", max(0, start - 2 - _NAME_PREFIX_MAX_CHARS), start - 1) + 1
    if word_start == 0 and start - 1 > _NAME_PREFIX_MAX_CHARS:
        return False
    return text[word_start].isupper() and folded[word_start : start - 1] in _name_prefix_words()


#: The word after a phrase head: what ``str.isalnum`` calls a letter or digit, as far as it goes.
_NEXT_ALNUM_WORD = re.compile(r"[^\W_]+")


def _phrase_after_head(
    folded: str, end: int, head: str, gazetteer: Gazetteer
) -> tuple[int, str, tuple[FormEntry, ...]] | None:
    """The town adjective phrase that ``head`` (ending at ``end``, a space after it) opens, as
    (end, key, readings), or None when the next word is none of its nouns. The word runs to the next
    character that is not a letter or digit, the boundary a form of the table must end on; the
    nouns are letters only (``_FormTable.add_phrase``), so a listed phrase matches exactly here."""
    word = _NEXT_ALNUM_WORD.match(folded, end + 1)
    if word is None:
        return None
    entries = gazetteer.phrase_entries(head, word.group())
    if not entries:
        return None
    return word.end(), f"{head} {word.group()}", entries


def _is_settlement(gazetteer: Gazetteer, place_id: str) -> bool:
    place = gazetteer.places.get(place_id)
    return place is not None and place.feature == "settlement"


def _all_plain(entries: tuple[FormEntry, ...]) -> bool:
    """True when no reading of the form needs a context (every cue is CUE_NONE)."""
    # A plain loop: called for every name found, and all() over a generator costs more here.
    for entry in entries:  # noqa: SIM110
        if entry[2] != CUE_NONE:
            return False
    return True


def recognize(text: str, gazetteer: Gazetteer, *, keep_foreign: bool = False) -> list[NameMatch]:
    """All place-name mentions in ``text``, in text order, non-overlapping."""
    return recognize_folded(text, fold_for_search(text), gazetteer, keep_foreign=keep_foreign)


def recognize_folded(
    text: str, folded: str, gazetteer: Gazetteer, *, keep_foreign: bool = False
) -> list[NameMatch]:
    """:func:`recognize` for a caller that has folded the text already (``fold_for_search(text)``)."""
    n = len(folded)
    lowercase_keys = gazetteer.lowercase_keys
    phrase_heads = gazetteer.phrase_heads
    candidates: list[tuple[int, int, str]] = []
    # Readings of the town adjective phrases found (``Gazetteer.phrase_heads``), by phrase key.
    phrase_entries: dict[str, tuple[FormEntry, ...]] = {}
    for end_index, key in gazetteer.automaton.iter(folded):
        start = end_index - len(key) + 1
        end = end_index + 1
        if start > 0:
            before = folded[start - 1]
            if before.isalnum():  # inside a word
                continue
            if before == "'" and start > 1 and folded[start - 2].isalpha():
                continue  # inside a word written with an apostrophe
        if end < n:
            after = folded[end]
            if after.isalnum():
                continue
            if after == " " and key in phrase_heads:
                phrase = _phrase_after_head(folded, end, key, gazetteer)
                if phrase is not None:
                    # Read like a form of the table: in any case, longest match first.
                    candidates.append((start, phrase[0], phrase[1]))
                    phrase_entries[phrase[1]] = phrase[2]
        if key.__class__ is HeadOnlyKey:
            continue  # only a phrase starts here
        if not text[start].isupper() and key not in lowercase_keys:
            continue
        candidates.append((start, end, key))
    # Longest match first, then leftmost; keep what does not overlap anything kept already.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    occupied = bytearray(n)
    kept: list[tuple[int, int, str]] = []
    for start, end, key in candidates:
        if occupied.find(1, start, end) != -1:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        kept.append((start, end, key))
    kept.sort()
    matches: list[NameMatch] = []
    pattern = _settlement_word_pattern()
    common_word_keys = gazetteer.common_word_keys
    # Ordinary words at a sentence start (start, end, key), held back until the rest of the text is seen.
    held_back: list[tuple[int, int, str]] = []
    # Capitalised common-word names without a settlement word before them, held back likewise.
    held_back_cued: list[tuple[int, int, str]] = []
    for start, end, key in kept:
        entries = gazetteer.forms.get(key) or phrase_entries.get(key, ())
        if not entries:
            continue
        if key in common_word_keys and not pattern.search(folded[max(0, start - 60) : start]):
            if at_sentence_start(text, start):
                # "Головне про ситуацію", "Чому це важливо?": the capital only opens the sentence.
                held_back.append((start, end, key))
                continue
            if _common_noun_follows(text, folded, start, end):
                continue  # "Головне управління розвідки": the adjective opens a body's name
        if entries[0][0].startswith(FOREIGN_PREFIX):
            if keep_foreign:
                matches.append(NameMatch(start, end, text[start:end], key, entries))
            continue
        lower_case = not text[start].isupper()
        if not lower_case and _all_plain(entries):
            # The common case (every reading unconditional): what the filters below leave as is.
            matches.append(NameMatch(start, end, text[start:end], key, entries))
            continue
        if lower_case:
            entries = tuple(e for e in entries if e[2] in (CUE_LOWERCASE_OK, CUE_DIRECTION_NOUN))
        # A town's bare adjective is stored once per town, with the cue it got first: a direction
        # adjective's (CUE_DIRECTION_NOUN) is the same town's adjective (an oblast's is the oblast's).
        community_readings = tuple(
            e
            for e in entries
            if e[2] == CUE_COMMUNITY_NOUN or (e[2] == CUE_DIRECTION_NOUN and _is_settlement(gazetteer, e[0]))
        )
        if (
            community_readings
            and not lower_case
            and _region_noun_follows(folded, end, gazetteer, _community_word_pattern(), _COMMUNITY_LIST_CUES)
        ):
            # "Дергачівська міська рада", "Київської міської ВА": the town's body, not the region's.
            matches.append(NameMatch(start, end, text[start:end], key, community_readings))
            continue
        direction_readings = tuple(e for e in entries if e[2] == CUE_DIRECTION_NOUN)
        if direction_readings:
            if _direction_noun_follows(folded, end):
                matches.append(NameMatch(start, end, text[start:end], key, direction_readings))
                continue
            entries = tuple(e for e in entries if e[2] != CUE_DIRECTION_NOUN)
            if not entries:
                continue
        region_readings = tuple(e for e in entries if e[2] == CUE_REGION_NOUN)
        if region_readings and (
            _region_noun_follows(folded, end, gazetteer) or _plural_region_noun_precedes(folded, start)
        ):
            matches.append(NameMatch(start, end, text[start:end], key, region_readings))
            continue
        plain = tuple(e for e in entries if e[2] in (CUE_NONE, CUE_LOWERCASE_OK))
        # Readings that hold only in a context the resolver checks (a river word, a region context).
        conditional = tuple(e for e in entries if e[2] in (CUE_RIVER_WORD, CUE_REGION_CONTEXT))
        if not plain:
            # Every reading is also a common word: a place only right after a settlement word.
            cued = tuple(e for e in entries if e[2] == CUE_SETTLEMENT_WORD)
            if cued and (
                pattern.search(folded[max(0, start - 60) : start])
                or (
                    not _after_name_word(text, folded, start, gazetteer)
                    and _oblast_phrase_follows(folded, end, gazetteer)
                )
            ):
                plain = cued
            elif cued and not conditional:
                # Still that place when the text names it after a settlement word elsewhere ("по селу
                # Гроза ... Гроза — невелике село"): decided once the whole text is seen.
                held_back_cued.append((start, end, key))
                continue
        if not plain and not conditional:
            continue
        matches.append(NameMatch(start, end, text[start:end], key, plain + conditional))
    if held_back:
        matches = _restore_named_elsewhere(held_back, matches, text, gazetteer)
    if matches:
        matches = [m for m in matches if not _after_name_prefix(text, folded, m.start)]
    if held_back_cued and matches:
        matches, held_back_cued = _restore_coordinated(held_back_cued, matches, text, folded, gazetteer)
    if held_back_cued:
        matches = _restore_named_elsewhere(
            held_back_cued, matches, text, gazetteer, accepted_cues=(CUE_SETTLEMENT_WORD,)
        )
    formations = _formation_patterns()
    # Plain substring tests (memchr speed) before any regular expression: most texts name no formation.
    if matches and any(word in folded for word in formations.words):
        matches = _drop_formation_names(matches, folded, formations)
    if matches:
        # "Kremlin spokesman Dmitry Peskov", "пресс-секретарь Песков": surnames, not villages.
        matches = drop_person_names(text, matches)
    if matches:
        matches = [m for m in matches if not _settlement_after_article(text, folded, m)]
    return matches


@lru_cache(maxsize=1)
def _article_words() -> frozenset[str]:
    """``article_words_before`` of every language (German der/die/das...), folded."""
    return frozenset(inflect.words_of_every_language("article_words_before", normalize_name))


def _settlement_after_article(text: str, folded: str, match: NameMatch) -> bool:
    """A settlement name right after a definite article: German place names take none, so "am
    Ausgang des Limans" is the estuary, a common noun, not the town of Lyman. Kept: the town's
    adjective ("der Kiewer Militärverwaltung") and hyphenated compounds ("den Krynky-Brückenkopf"),
    where the article belongs to the noun that follows."""
    start, end = match.start, match.end
    # Plain string tests first (this runs for every name found): the word before, then the readings.
    if start < 3 or folded[start - 1] != " ":
        return False
    word_start = start - 1
    while word_start > 0 and folded[word_start - 1].isalpha() and start - word_start <= _ARTICLE_MAX_CHARS:
        word_start -= 1
    if folded[word_start : start - 1] not in _article_words():
        return False
    if text.endswith("er", start, end) or (end < len(text) and text[end] == "-"):
        return False
    return _all_settlement_readings(match)


#: Longest article word looked for before a name (characters, with the space after it).
_ARTICLE_MAX_CHARS = 5


def _all_settlement_readings(match: NameMatch) -> bool:
    return all(entry[0].startswith(("gn:", "x:")) for entry in match.entries)


@dataclass(frozen=True)
class _FormationPatterns:
    """Words that make a place name the name of a military formation (``formation_words_before`` /
    ``formation_words_after`` in places.yaml): "угруповання «Таврія»", "Truppengruppe Tawrija",
    "the Kharkiv operational-tactical group"."""

    #: The formation words, folded: a text without any of them needs no further look.
    words: tuple[str, ...]
    before: re.Pattern[str]
    after: re.Pattern[str]


#: What may stand between a formation word and the name: spaces, quotes, a dash.
_FORMATION_GAP = r"[\s«»\"„“”'‘’\-–]*"


@lru_cache(maxsize=1)
def _formation_patterns() -> _FormationPatterns:
    before = inflect.words_of_every_language("formation_words_before", normalize_name)
    after = inflect.words_of_every_language("formation_words_after", normalize_name)

    return _FormationPatterns(
        words=tuple(sorted(before | after)),
        before=re.compile(rf"(?<!\w)(?:{inflect.regex_alternation(before)}){_FORMATION_GAP}$"),
        after=re.compile(rf"{_FORMATION_GAP}(?:{inflect.regex_alternation(after)})(?!\w)"),
    )


_QUOTE_BEFORE = frozenset("«\"„“'‘")


def _drop_formation_names(
    matches: list[NameMatch], folded: str, formations: _FormationPatterns
) -> list[NameMatch]:
    """Drop names that name a military formation, not a place: right after a formation word
    ("угруповання «Таврія»", "Truppengruppe Tawrija") or right before one ("the Kharkiv
    operational-tactical group"); and, once a name was so used, its other quoted occurrences
    ("в «Таврії» це спростовують")."""
    formation_places: set[str] = set()
    kept: list[NameMatch] = []
    for match in matches:
        window = folded[max(0, match.start - 40) : match.start]
        if formations.before.search(window) or formations.after.match(folded, match.end):
            formation_places.update(entry[0] for entry in match.entries)
            continue
        kept.append(match)
    if not formation_places:
        return matches
    return [
        match
        for match in kept
        if not (
            match.start > 0
            and folded[match.start - 1] in _QUOTE_BEFORE
            and any(entry[0] in formation_places for entry in match.entries)
        )
    ]


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _common_noun_follows(text: str, folded: str, start: int, end: int) -> bool:
    """True when a common noun in lower case follows the name and agrees with it as an adjective
    (Головне управління, Українська сторона): the capital opens a body's name, not a village's.
    "В Опытном ситуация" does not agree (locative, nominative) and keeps the village."""
    match = _NEXT_WORD.match(folded, end)
    if match is None or not text[match.start(1)].islower():
        return False
    adjective = folded[start:end]
    return any(inflect.adjective_agrees_with_noun(adjective, match.group(1), lang) for lang in ("uk", "ru"))


#: Longest gap (characters) between a stop-listed name and the settlement it is listed with.
COORDINATION_GAP_CHARS = 12
_COMMAS_AND_SPACES = re.compile(r"[\s,]*")


def _restore_coordinated(
    held_back: list[tuple[int, int, str]],
    matches: list[NameMatch],
    text: str,
    folded: str,
    gazetteer: Gazetteer,
) -> tuple[list[NameMatch], list[tuple[int, int, str]]]:
    """A stop-listed name (also a common word) listed with a settlement the text names is a settlement
    too: a list joins names of one kind ("assaults near Druzhba and Pivnichne", "штурмують Дружбу та
    Щербинівку"). Returns the matches with those names added and the names still held back."""
    links = _list_links()
    kept: list[tuple[int, int, str]] = []
    restored: list[NameMatch] = []
    for start, end, key in held_back:
        # A capitalised word right after is a surname ("von Cherson, Wolodymyr Saldo"): a first name.
        before_name = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
        if not before_name and _listed_with_settlement(start, end, matches, folded, links):
            entries = tuple(e for e in gazetteer.forms[key] if e[2] == CUE_SETTLEMENT_WORD)
            if entries:
                restored.append(NameMatch(start, end, text[start:end], key, entries))
                continue
        kept.append((start, end, key))
    if not restored:
        return matches, held_back
    return sorted([*matches, *restored], key=lambda match: match.start), kept


def _listed_with_settlement(
    start: int, end: int, matches: list[NameMatch], folded: str, links: frozenset[tuple[str, ...]]
) -> bool:
    """True when a settlement match stands right before or after ``start:end``, separated only by a
    comma or one list link ("и", "and", "та", "а также"; not "in" of "und in")."""
    for match in matches:
        if match.start >= end:
            gap = folded[end : match.start]
        elif match.end <= start:
            gap = folded[match.end : start]
        else:
            continue
        if not gap or len(gap) > COORDINATION_GAP_CHARS:
            continue
        tokens = tuple(_GAP_WORD.findall(gap))
        if not tokens and "," not in gap:
            continue
        if tokens and tokens not in links:
            continue
        if not _COMMAS_AND_SPACES.fullmatch(_GAP_WORD.sub("", gap)):
            continue
        if any(entry[0].startswith(("gn:", "x:")) for entry in match.entries):
            return True
    return False


def _restore_named_elsewhere(
    held_back: list[tuple[int, int, str]],
    matches: list[NameMatch],
    text: str,
    gazetteer: Gazetteer,
    accepted_cues: tuple[int, ...] = (CUE_NONE, CUE_LOWERCASE_OK),
) -> list[NameMatch]:
    """Keep a sentence-initial ordinary word after all when the text names the same place elsewhere
    ("⚡️Урожайне звільнено! ... Сили оборони звільнили Урожайне"): then it is that place's name.
    ``accepted_cues``: the kinds of reading that may be restored (a stop-listed name's, for a name
    held back for want of a settlement word)."""
    named = {entry[0] for match in matches for entry in match.entries}
    restored: list[NameMatch] = []
    for start, end, key in held_back:
        entries = tuple(e for e in gazetteer.forms[key] if e[0] in named and e[2] in accepted_cues)
        if entries:
            restored.append(NameMatch(start, end, text[start:end], key, entries))
    if not restored:
        return matches
    return sorted([*matches, *restored], key=lambda match: match.start)
