"""Names in person context: a word right after a first name or a title names a person, not a place.

Surnames are often also village names ("Песков" is a case form of Пески, "Tymoshenko" a Crimean
village). A list of surnames would never be complete; the context is general: a name that follows,
with only spaces between,

- a first name ("Dmitry Peskov", "Юлія Тимошенко", "Дмитрия Пескова": Ukrainian and Russian first
  names are matched with their case endings),
- a patronymic ("Дмитрий Сергеевич Песков"), or
- a title or office ("Kremlin spokesman Peskov", "пресс-секретарь Песков", "Sprecher Peskow")

is that person's surname. Once a name was read so, its other occurrences in the report (in any case
form: "Песков ... Пескова") are the same person. Only names whose every reading is a settlement are
dropped: "посол України" and "депутат Херсонської облради" keep the country and the oblast.

The words are data: ``data/lang/<xx>/persons.yaml`` (``person_titles``, ``first_names``,
``patronymic_endings``, ``first_name_endings``), for every language at once, since reporting in
one language quotes names spelled in another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from frontwatch.datafiles import read_yaml_mapping
from frontwatch.places.gazetteer import CUE_COMMUNITY_NOUN, CUE_DIRECTION_NOUN
from frontwatch.places.inflect import lang_dir

if TYPE_CHECKING:
    from frontwatch.places.recognize import NameMatch

#: Place ids of settlements (GeoNames and the extra places); other ids (oblasts, raions, the country,
#: rivers, facilities) are never a surname.
_SETTLEMENT_PREFIXES = ("gn:", "x:")
#: How far back the words before a name are looked for.
_WINDOW_CHARS = 60
#: Vowels and soft signs a Cyrillic first name may end in before its case ending replaces them
#: (Дмитрий -> Дмитрия, Юлія -> Юлії); one is removed to get the stem.
_REPLACED_FINALS = "аяйьоеіиуюї"


@dataclass(frozen=True)
class PersonWords:
    """The person-context words of every language, folded (:func:`_fold_word`)."""

    titles: frozenset[str]
    #: First names with every case form of the Cyrillic ones (stem + ``first_name_endings``):
    #: one set look-up per word, since the check runs before every name of every report.
    first_name_forms: frozenset[str]
    patronymic_endings: tuple[str, ...]


def _fold_word(word: str) -> str:
    """Lower case, е for ё, one apostrophe: the folding of the place index, for single words."""
    folded = word.lower()
    if "ё" in folded:
        folded = folded.replace("ё", "е")
    if "’" in folded:
        folded = folded.replace("’", "'")
    return folded


def _persons_files() -> list[dict[str, object]]:
    return [read_yaml_mapping(path) for path in sorted(lang_dir().glob("*/persons.yaml"))]


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


@lru_cache(maxsize=1)
def person_words() -> PersonWords:
    titles: set[str] = set()
    forms: set[str] = set()
    patronymics: set[str] = set()
    for config in _persons_files():
        titles.update(_fold_word(w) for w in _strings(config.get("person_titles")))
        endings = {_fold_word(e) for e in _strings(config.get("first_name_endings"))}
        for name in _strings(config.get("first_names")):
            folded = _fold_word(name)
            forms.add(folded)
            if _is_cyrillic(folded):
                # Дмитрий -> Дмитри- + я/ю/ем; Олександр -> Олександр- + а/у/ом.
                stem = folded[:-1] if folded[-1] in _REPLACED_FINALS else folded
                forms.update(stem + ending for ending in endings)
            else:
                forms.update(folded + ending for ending in endings)  # German genitive: Julijas
        patronymics.update(_fold_word(e) for e in _strings(config.get("patronymic_endings")))
    return PersonWords(
        titles=frozenset(titles),
        first_name_forms=frozenset(forms),
        patronymic_endings=tuple(sorted(patronymics, key=len, reverse=True)),
    )


def _word_before(text: str, end: int) -> tuple[int, str] | None:
    """The word that ends, after one or more spaces, right before ``end`` (its start and text); None
    when anything else stands there (a comma, full stop or bracket ends the run of words)."""
    index = end
    while index > 0 and text[index - 1] == " ":
        index -= 1
    if index == end or index == 0:
        return None
    floor = max(0, index - _WINDOW_CHARS)
    # String methods rather than a loop over characters: this runs before most names of a report.
    word_start = max(text.rfind(" ", floor, index), text.rfind("\n", floor, index)) + 1
    if word_start == 0 and floor > 0:
        return None  # longer than the window: no word of ours
    word = text[word_start:index]
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    if not letters.isalpha():
        return None  # punctuation or a digit in it ("said.", "(Dmitry", "2024")
    return word_start, word


def _is_first_name(word: str, folded: str, words: PersonWords) -> bool:
    """A capitalised first name, in any of its case forms."""
    return folded in words.first_name_forms and word[:1].isupper()


def _is_title(folded: str, words: PersonWords) -> bool:
    # "Kreml-Sprecher", "прес-секретар": the whole word or its last part.
    return folded in words.titles or ("-" in folded and folded.rsplit("-", 1)[-1] in words.titles)


def _is_patronymic(word: str, folded: str, words: PersonWords) -> bool:
    return (
        bool(words.patronymic_endings)
        and len(folded) > 5
        and folded.endswith(words.patronymic_endings)
        and word[:1].isupper()
    )


def in_person_context(text: str, start: int, words: PersonWords) -> bool:
    """True when the word before ``start`` is a first name, a title, or a patronymic after a first
    name ("Дмитрий Сергеевич Песков"); see the module docstring."""
    nearest = _word_before(text, start)
    if nearest is None:
        return False
    nearest_start, word = nearest
    folded = _fold_word(word)  # once: this runs before most names of every report
    if _is_first_name(word, folded, words) or _is_title(folded, words):
        return True
    if not _is_patronymic(word, folded, words):
        return False
    previous = _word_before(text, nearest_start)
    return previous is not None and _is_first_name(previous[1], _fold_word(previous[1]), words)


def _same_surname(key: str, surname_keys: set[str]) -> bool:
    """``key`` is one of ``surname_keys`` or a case form of one (Песков -> Пескова, Пескову)."""
    if key in surname_keys:
        return True
    return any(
        key.startswith(surname) and 0 < len(key) - len(surname) <= 2 and len(surname) >= 4
        for surname in surname_keys
    )


def _all_settlements(match: NameMatch) -> bool:
    return all(entry[0].startswith(_SETTLEMENT_PREFIXES) for entry in match.entries)


def _names_a_body(match: NameMatch) -> bool:
    """The match is a town's adjective read before its council, hromada or front-direction word
    ("секретарь Белоцерковского горсовета", "голова Великописарівської громади"; the recogniser kept
    only those readings): an adjective that heads such a phrase is no surname."""
    return all(entry[2] in (CUE_COMMUNITY_NOUN, CUE_DIRECTION_NOUN) for entry in match.entries)


def drop_person_names(text: str, matches: Sequence[NameMatch]) -> list[NameMatch]:
    """``matches`` without the names that are people's surnames (module docstring)."""
    words = person_words()
    surname_keys: set[str] = set()
    for match in matches:
        start = match.start
        # Most names follow a preposition or punctuation: rejected here without building a word.
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
            continue
        if in_person_context(text, start, words) and _all_settlements(match) and not _names_a_body(match):
            surname_keys.add(match.key)
    if not surname_keys:
        return list(matches)
    return [m for m in matches if not (_all_settlements(m) and _same_surname(m.key, surname_keys))]
