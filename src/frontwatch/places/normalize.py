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


def fold_text(text: str) -> str:
    """Lower-case the text and unify apostrophes, hyphens and ё, keeping its length."""
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


def strip_apostrophes(name: str) -> str:
    """The same name written without apostrophes (Купянськ for Куп'янськ; Kupyansk for Kup'yans'k)."""
    return "".join(ch for ch in name if ch not in APOSTROPHES)


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
