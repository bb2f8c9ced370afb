"""Removing what a scrape adds but the author did not say.

Works line by line: a line is removed whole (never a part of it), so what is left is
always the author's own lines, in order, with whitespace inside lines collapsed and
paragraph breaks kept. Patterns are data (``data/lang/<code>/cleaning.yaml``); the code
only knows two structural rules that no single-line pattern can express:

* a short caption line directly followed by the same line plus a short credit
  ("Soldiers in Izium." / "Soldiers in Izium. AP/Name") is a caption and its credit;
* a line repeated later in the text is a duplicate (menus, sticky headings, captions).

The rules are applied until nothing more changes, which is what makes cleaning
idempotent: cleaning a clean text removes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from frontwatch.datafiles import read_yaml
from frontwatch.ingest.language import available_languages, lang_data_dir
from frontwatch.model import RemovedSpan

#: Kinds a cleaning.yaml may define, in the order they are tried on a line.
PATTERN_KINDS: tuple[str, ...] = ("cookie", "share", "teaser", "credit", "caption", "boilerplate")

#: A caption that is repeated with a credit is short: longer lines are real paragraphs.
MIN_CAPTION_WORDS = 2
MAX_CAPTION_WORDS = 30
#: The credit appended to a repeated caption ("AP/Bernat Armangue", "Foto: dpa").
MAX_CREDIT_WORDS = 6
MAX_CREDIT_CHARS = 80

# Every character that str.splitlines() treats as a line boundary.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_SENTENCE_END = ".!?…:;"
# Bullets a channel puts before a line's words ("👉 Subscribe", "▶️ Read also", "• Share").
_LEADING_MARK_CATEGORIES = frozenset({"So", "Sm", "Sk", "Mn", "Me", "Cf", "Zs"})
_LEADING_MARKS = frozenset("•·‣◦")


@dataclass
class _Line:
    start: int  # offsets of the stripped line content in the raw text
    end: int
    text: str  # NFC, whitespace collapsed: what goes into the clean text
    key: str  # casefolded text, for comparisons
    blank_before: bool  # a blank line separates it from the previous non-blank line


@dataclass(frozen=True)
class _CompiledPatterns:
    by_kind: tuple[tuple[str, re.Pattern[str]], ...]


def _load_language_patterns(lang: str) -> dict[str, list[str]]:
    path = lang_data_dir() / lang / "cleaning.yaml"
    if not path.is_file():
        return {}
    loaded = read_yaml(path) or {}
    if not isinstance(loaded, dict):
        raise ValueError(f"{path}: expected a mapping of kind -> list of patterns")
    patterns: dict[str, list[str]] = {}
    for kind, entries in loaded.items():
        if kind not in PATTERN_KINDS:
            raise ValueError(f"{path}: unknown pattern kind {kind!r}; known: {', '.join(PATTERN_KINDS)}")
        patterns[kind] = [str(entry) for entry in entries or []]
    return patterns


@lru_cache(maxsize=32)
def _compiled_patterns(langs: tuple[str, ...]) -> _CompiledPatterns:
    # One alternation per kind: a line costs one regex call per kind, however many
    # languages and patterns there are.
    merged: dict[str, list[str]] = {kind: [] for kind in PATTERN_KINDS}
    for lang in langs:
        for kind, patterns in _load_language_patterns(lang).items():
            merged[kind].extend(patterns)
    compiled = tuple(
        (kind, re.compile("|".join(f"(?:{pattern})" for pattern in merged[kind]), re.IGNORECASE))
        for kind in PATTERN_KINDS
        if merged[kind]
    )
    return _CompiledPatterns(compiled)


def _patterns_for(lang: str | None) -> _CompiledPatterns:
    languages = available_languages()
    if lang is not None and lang in languages:
        return _compiled_patterns((lang,))
    # Unknown or undetected language: scraped pages mix languages in their chrome
    # (an English "Share on Facebook" under a German article), so use all of them.
    return _compiled_patterns(languages)


def _split_lines(raw: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    blank_pending = False
    for piece in raw.splitlines(keepends=True):
        # Line breaks only occur at the end of a piece ("\r\n" counts as one).
        content = piece.rstrip(_LINE_BREAKS)
        text = " ".join(unicodedata.normalize("NFC", content).split())
        if text:
            leading = len(content) - len(content.lstrip())
            trailing = len(content.rstrip())
            lines.append(
                _Line(
                    start=offset + leading,
                    end=offset + trailing,
                    text=text,
                    key=text.casefold(),
                    blank_before=blank_pending and bool(lines),
                )
            )
            blank_pending = False
        else:
            blank_pending = True
        offset += len(piece)
    return lines


def _is_credit_tail(tail: str, patterns: _CompiledPatterns) -> bool:
    """Whether what follows a repeated caption reads like a photo credit.

    Short, no sentence end, and credit-shaped: a slash or copyright sign ("AP/Name"),
    a credit pattern of the language data ("Foto: dpa"), or only capitalised words (an
    agency or photographer). "Балаклія" followed by "Балаклія наша" is not a caption.
    """
    words = tail.split()
    if not (0 < len(words) <= MAX_CREDIT_WORDS and len(tail) <= MAX_CREDIT_CHARS):
        return False
    if tail[-1] in _SENTENCE_END or not any(char.isalpha() for char in tail):
        return False
    if any(mark in tail for mark in "/©|"):
        return True
    if any(kind == "credit" and pattern.fullmatch(tail) for kind, pattern in patterns.by_kind):
        return True
    return all(word[0].isupper() for word in words if word[0].isalpha()) and words[0][0].isalpha()


def _find_caption_pair(kept: list[_Line], patterns: _CompiledPatterns) -> tuple[int, int] | None:
    """Indexes (into kept) of a caption line and its credited repeat, if any."""
    for index in range(len(kept) - 1):
        caption, repeat = kept[index], kept[index + 1]
        caption_words = len(caption.text.split())
        if not MIN_CAPTION_WORDS <= caption_words <= MAX_CAPTION_WORDS:
            continue
        if not repeat.text.startswith(caption.text):
            continue
        tail = repeat.text[len(caption.text) :]
        # The credit must start a new word: "Izium" + "s" is no caption pair.
        if (tail[:1] == " " or not caption.text[-1].isalnum()) and _is_credit_tail(tail.strip(), patterns):
            return index, index + 1
    return None


def _without_leading_marks(text: str) -> str:
    """The line without the emoji, arrows and bullets before its first word.

    Patterns describe words ("Subscribe ...", "Read also ..."); a Telegram channel often
    puts a pictograph in front of them, which would keep the whole line from matching.
    """
    index = 0
    while index < len(text) and (
        text[index] in _LEADING_MARKS or unicodedata.category(text[index]) in _LEADING_MARK_CATEGORIES
    ):
        index += 1
    return text[index:]


def clean_text(raw: str, lang: str | None = None) -> tuple[str, list[RemovedSpan]]:
    """Clean text and the spans of ``raw`` that were removed (offsets into ``raw``).

    ``lang`` picks that language's patterns; ``None`` (or a language without a
    ``data/lang`` folder) applies the patterns of every language.
    """
    lines = _split_lines(raw)
    patterns = _patterns_for(lang)
    removed_kind: dict[int, str] = {}

    for line_index, line in enumerate(lines):
        unmarked = _without_leading_marks(line.text)
        for kind, pattern in patterns.by_kind:
            if pattern.fullmatch(line.text) or (unmarked != line.text and pattern.fullmatch(unmarked)):
                removed_kind[line_index] = kind
                break

    # Structural rules, until nothing changes: removing a caption pair makes two other
    # lines neighbours, and that pair must be judged too, or a second cleaning would
    # find more to remove.
    changed = True
    while changed:
        changed = False
        kept_indexes = [index for index in range(len(lines)) if index not in removed_kind]
        seen_keys: set[str] = set()
        for index in kept_indexes:
            if lines[index].key in seen_keys:
                removed_kind[index] = "duplicate_line"
                changed = True
            else:
                seen_keys.add(lines[index].key)
        if changed:
            continue
        kept_lines = [lines[index] for index in kept_indexes]
        pair = _find_caption_pair(kept_lines, patterns)
        if pair is not None:
            removed_kind[kept_indexes[pair[0]]] = "caption"
            removed_kind[kept_indexes[pair[1]]] = "credit"
            changed = True

    parts: list[str] = []
    paragraph_break_pending = False
    for index, line in enumerate(lines):
        paragraph_break_pending = paragraph_break_pending or line.blank_before
        if index in removed_kind:
            continue
        if parts:
            parts.append("\n\n" if paragraph_break_pending else "\n")
        parts.append(line.text)
        paragraph_break_pending = False

    spans = [
        RemovedSpan(
            start=lines[index].start,
            end=lines[index].end,
            kind=kind,
            text=raw[lines[index].start : lines[index].end],
        )
        for index, kind in sorted(removed_kind.items())
    ]
    return "".join(parts), spans
