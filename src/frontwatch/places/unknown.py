"""Settlements the gazetteer lacks, named as such by the text: a mention without a place.

A capitalised word right after a settlement word of ``unknown_settlement_before`` (places.yaml:
"near the village of Starytsia", "des Dorfes Kamjanka", "соседнее село Колодези", "села Прогрес і
Вовче"), or right before one of ``unknown_settlement_after`` ("in Antopil, a village east of Rivne"),
names a settlement even when no form of the gazetteer matches it. Such a name becomes a
:class:`PlaceMention` with no place (``place_id`` None), like a name whose region rules out every
reading: a claim there is placed nowhere rather than at another place of the sentence ("near the
village of Starytsia, about 16 kilometres west of Vovchansk" is not Vovchansk). A list the settlement
word heads ("die Dörfer A und B") counts as a whole, and every other occurrence of the same name in
the report (in Ukrainian and Russian, of one of its case forms) is the same unknown settlement.

The word must look like a name: title case (not "КАБами"), not a person's first name ("мэр города
Игорь"), not a place outside Ukraine that the index knows (Sudzha, Toropez), and, in German and
English, no word of the language's dictionary ("das Dorf Anfang Juni", "the village of Hope").
Names the gazetteer knows are left to the resolver: this only fills the gaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from frontwatch.model import PlaceMention
from frontwatch.places import inflect
from frontwatch.places.gazetteer import FOREIGN_PREFIX, Gazetteer
from frontwatch.places.normalize import cyrillic_language, normalize_name
from frontwatch.places.persons import person_words

#: A word that may be a name (its shape is checked by :func:`_title_case`): letters, an apostrophe
#: inside (Гороб'ївка), hyphenated parts (Nowo-Kamjanka). One word: "Kutscheriw Jar" is read as
#: "Kutscheriw".
_WORD_PART = r"[^\W\d_]+(?:['’][^\W\d_]+)*"
_NAME = re.compile(rf"{_WORD_PART}(?:-{_WORD_PART})*")
#: Shortest name taken (letters): "Ort", "Jar" alone are too short to be trusted.
MIN_NAME_CHARS = 4
#: Languages whose dictionary (simplemma) rules out ordinary words after the settlement word.
_DICTIONARY_LANGS = ("de", "en")


@dataclass(frozen=True)
class _Patterns:
    before: re.Pattern[str]
    link: re.Pattern[str]
    #: A phrase of ``unknown_settlement_after`` ("Antopil, a village ..."), and the word before it.
    after: re.Pattern[str]
    word_before: re.Pattern[str]
    #: ``before`` and ``after`` with their words as a trie (:func:`_trie`): they match somewhere in a
    #: text exactly when those do, with a much cheaper scan; most reports have neither.
    before_any: re.Pattern[str]
    after_any: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    before: set[str] = set()
    links: set[str] = set()
    after: set[str] = set()
    for lang in inflect.places_languages():
        config = inflect.load_places_lang(lang)
        for word in config.get("unknown_settlement_before") or []:
            word = str(word)
            before.add(word)
            if word[:1].islower():
                before.add(word[:1].upper() + word[1:])  # at a sentence start: "Село Колодези ..."
        links.update(str(w) for w in config.get("unknown_settlement_links") or [])
        after.update(str(w) for w in config.get("unknown_settlement_after") or [])
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(before, key=len, reverse=True))
    spaced = sorted((w for w in links if w != ","), key=len, reverse=True)
    link_words = "|".join(re.escape(w) for w in spaced)
    before_end = r"(?:(?<=\.) *| +)(?=[^\W\d_])"
    # The same words as tries (the flat ones as ``words`` and ``inflect.regex_alternation`` make them).
    before_trie = _trie(before, space=r"\s+")
    after_trie = _trie(_after_rests(after)) or "(?!)"
    return _Patterns(
        # Case as written: the settlement word in lower case (in German, a noun, capitalised).
        # No look-behind first: a pattern that starts with its words lets the scan skip ahead to
        # their first letters; the word boundary before them is checked by the caller.
        before=re.compile(rf"(?:{words}){before_end}"),
        link=re.compile(rf"(?:,\s*(?:(?:{link_words})\s+)?|\s+(?:{link_words})\s+)"),
        # A comma or a dash first, so that the scan skips ahead to those characters.
        after=re.compile(rf"[,—–-]\s*(?:{inflect.regex_alternation(_after_rests(after))})(?!\w)"),
        word_before=re.compile(rf"(?<![\w'’-]){_NAME.pattern}$"),
        before_any=re.compile(rf"(?:{before_trie}){before_end}"),
        after_any=re.compile(rf"[,—–-]\s*(?:{after_trie})(?!\w)"),
    )


def _trie(words: Iterable[str], space: str | None = None) -> str:
    """``words`` as a regular expression that shares their common beginnings (one branch per next
    letter), which the scan tries far faster than a flat alternation. What it matches at a position
    differs from the flat alternation's choice, but not whether some word followed by the rest of the
    pattern matches there (backtracking tries every branch). ``space``: the expression for a space."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def expression(node: dict[str, Any]) -> str:
        branches = [
            (space if char == " " and space is not None else re.escape(char)) + expression(rest)
            for char, rest in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return expression(tree)


def _after_rests(phrases: Iterable[str]) -> set[str]:
    """The phrases of ``unknown_settlement_after`` without their leading comma or dash (", a village"
    -> "a village"); :func:`_patterns` matches the separator apart."""
    return {phrase.strip().lstrip(",—–-").strip() for phrase in phrases}


def _is_dictionary_word(word: str) -> bool:
    """True when simplemma knows the word in German or English ("Anfang", "Hope")."""
    try:
        import simplemma
    except ImportError:  # pragma: no cover - simplemma is a dependency
        return False
    return any(bool(simplemma.is_known(word, lang=lang)) for lang in _DICTIONARY_LANGS)


def _title_case(name: str) -> bool:
    """Every part upper case first, lower case after: Kamjanka, Posad-Pokrowske; not КАБами, FPV."""
    for part in name.replace("’", "'").split("-"):
        letters = part.replace("'", "")
        if not letters or not letters[0].isupper() or not (len(letters) == 1 or letters[1:].islower()):
            return False
    return True


def _acceptable(name: str, gazetteer: Gazetteer) -> bool:
    letters = name.replace("-", "").replace("'", "").replace("’", "")
    if len(letters) < MIN_NAME_CHARS or not _title_case(name):
        return False
    folded = normalize_name(name)
    entries = gazetteer.forms.get(folded, ())
    if any(entry[0].startswith(FOREIGN_PREFIX) for entry in entries):
        return False  # a place outside Ukraine the index knows by that name
    if folded in person_words().first_name_forms:
        return False
    if _cyrillic(name):
        # The dictionaries know most village names as nouns (Прогрес); only adverbs, pronouns and
        # the like rule a word out.
        return not any(inflect.is_common_word(folded, lang) for lang in ("uk", "ru"))
    return not _is_dictionary_word(name)


def _cyrillic(name: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in name)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= s or e <= start for s, e in taken)


def _names_after(text: str, position: int) -> Iterable[tuple[int, int]]:
    """The name at ``position`` and those listed after it ("A und B", "A, B та C")."""
    patterns = _patterns()
    while True:
        found = _NAME.match(text, position)
        if found is None:
            return
        yield found.start(), found.end()
        link = patterns.link.match(text, found.end())
        if link is None or "\n" in link.group():
            return
        position = link.end()


def _other_forms(name: str, lang: str | None) -> set[str]:
    """The name and, for a Cyrillic name, its case forms (Колодези, Прогрес -> Прогресу)."""
    forms = {name}
    if _cyrillic(name):
        code = cyrillic_language(name) or (lang if lang in ("uk", "ru") else None)
        for each in (code,) if code else ("uk", "ru"):
            forms.update(inflect.case_forms(name, each))
    return forms


def unknown_settlements(
    report_id: str, text: str, taken: list[tuple[int, int]], gazetteer: Gazetteer, lang: str | None = None
) -> list[PlaceMention]:
    """Mentions without a place for the names of settlements the gazetteer lacks (module docstring).

    ``taken``: the spans of the names the recogniser found, which are left as they are."""
    patterns = _patterns()
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    for cue in patterns.before.finditer(text) if patterns.before_any.search(text) else ():
        if cue.start() > 0 and (text[cue.start() - 1].isalnum() or text[cue.start() - 1] in "._"):
            continue  # inside a word ("населення", "Geselle")
        for start, end in _names_after(text, cue.end()):
            name = text[start:end]
            if not _free(start, end, taken):
                continue
            if not _acceptable(name, gazetteer):
                break  # an ordinary word ends the list as well
            spans.append((start, end))
            names.add(name)
    for cue in patterns.after.finditer(text) if patterns.after_any.search(text) else ():
        # The name ends at the separator: "Antopil, a village", "Колодези — село".
        end = cue.start() - 1 if cue.start() > 0 and text[cue.start() - 1] == " " else cue.start()
        if text[cue.start()] != "," and end == cue.start():
            continue  # a dash inside a word (Kupjansk-Wuslowyj), not one between words
        found = patterns.word_before.search(text, max(0, end - 40), end)
        if found is None or not _free(found.start(), found.end(), taken):
            continue
        name = found.group()
        if _acceptable(name, gazetteer) and found.span() not in spans:
            spans.append(found.span())
            names.add(name)
    if not names:
        return []
    # Every other occurrence of the same name (or of one of its case forms) names the same place.
    forms: set[str] = set()
    for name in names:
        forms.update(_other_forms(name, lang))
    occurrence = re.compile(rf"(?<![\w'’-])(?:{inflect.regex_alternation(forms)})(?![\w'’-])")
    for found in occurrence.finditer(text):
        span = (found.start(), found.end())
        if span not in spans and _free(*span, taken) and _free(*span, spans):
            spans.append(span)
    return [
        PlaceMention(
            report_id=report_id,
            start=start,
            end=end,
            text=text[start:end],
            place_id=None,
            precision=None,
            reason="a settlement the gazetteer lacks (named after a settlement word)",
        )
        for start, end in sorted(spans)
    ]
