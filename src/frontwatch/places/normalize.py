"""Text normalisation shared by the gazetteer index and the recogniser.

Both sides must agree exactly: a surface form in the index is the normalised name, and the
recogniser searches the normalised report text. Normalisation is one character in, one character
out, so an offset into the normalised text is also an offset into the original text.
"""

from __future__ import annotations

import re
import unicodedata

#: Every apostrophe-like character Ukrainian names are written with (Куп'янськ, Куп’янськ, Купʼянськ).
APOSTROPHES = "'’ʼ‘`´′ʹ"
_HYPHENS = "‐‑‒"

_SPECIAL = {"ё": "е", "Ё": "е", "ѐ": "е"}
for _ch in APOSTROPHES:
    _SPECIAL[_ch] = "'"
for _ch in _HYPHENS:
    _SPECIAL[_ch] = "-"


def _fold_char(ch: str) -> str:
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    low = ch.lower()
    # lower() can change the length (İ -> i̇); keep one character per character so offsets hold.
    return low if len(low) == 1 else ch


_FOLD_TABLE: dict[int, str] = {}

#: What is left to do after ``str.lower()``: apostrophes, hyphens and ё (see ``fold_text``).
_AFTER_LOWER = str.maketrans(_SPECIAL)
#: Characters whose ``str.lower()`` of the whole text is not ``_fold_char``: Ѐ (its lower case ѐ
#: is itself folded to е, Ѐ is not), Σ (lower case depends on the next letter: final sigma).
#: A test compares the fast path with ``_fold_by_char`` on every code point.
_FOLD_BY_CHAR_ONLY = ("\u0400", "\u03a3")


def fold_text(text: str) -> str:
    """Lower-case the text and unify apostrophes, hyphens and ё, keeping its length."""
    # Fast path (the index compiles ~10^6 names): lower() and one translate() in C give the same
    # string as folding char by char unless lower() changes the length or a character above occurs.
    lowered = text.lower()
    if len(lowered) == len(text) and not any(ch in text for ch in _FOLD_BY_CHAR_ONLY):
        return lowered.translate(_AFTER_LOWER)
    return _fold_by_char(text)


def _fold_by_char(text: str) -> str:
    """``fold_text`` one character at a time: the definition the fast path must match."""
    out = []
    for ch in text:
        code = ord(ch)
        folded = _FOLD_TABLE.get(code)
        if folded is None:
            folded = _fold_char(ch)
            _FOLD_TABLE[code] = folded
        out.append(folded)
    return "".join(out)


_SPACES = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    """The index key of a name: NFC, folded, inner whitespace collapsed, no outer whitespace."""
    name = unicodedata.normalize("NFC", name)
    return _SPACES.sub(" ", fold_text(name)).strip()


_NO_APOSTROPHES = str.maketrans("", "", APOSTROPHES)


def strip_apostrophes(name: str) -> str:
    """The same name written without apostrophes (Купянськ for Куп'янськ; Kupyansk for Kup'yans'k)."""
    return name.translate(_NO_APOSTROPHES)


_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_UK_LETTERS = set("іїєґІЇЄҐ")
_RU_LETTERS = set("ыэъёЫЭЪЁ")


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def cyrillic_language(name: str) -> str | None:
    """'uk' or 'ru' when the letters decide it, None when the name could be either."""
    letters = set(name)
    if letters & _UK_LETTERS:
        return "uk"
    if letters & _RU_LETTERS:
        return "ru"
    return None


def is_latin_name(text: str) -> bool:
    """True for names written in Latin letters (with diacritics), digits, spaces and punctuation."""
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return any(ch.isalpha() for ch in text)
