"""Sentence and clause splitting that keeps offsets into the text.

Rules (language knowledge comes from the lexicon: abbreviations, German ordinal dots):

* a line break always ends a sentence: headlines and list items carry no final stop;
* ``.``, ``!``, ``?``, ``…`` end a sentence when followed by space and an upper-case letter,
  digit or opening quote, except after a known abbreviation, a single-letter initial
  ("V. Zelensky"), or (German) a number ("am 5. September");
* a pictograph (emoji, flag) between two sentences is a full stop of channel posts: ``… with
  artillery 🇺🇦 Our marines …`` ends before "Our" (the pictograph stays with the sentence before),
  and a stop followed by a pictograph and an upper-case word ends a sentence as well;
* inside quotation marks nothing ends a sentence (``„Wir haben ...! Wollt ihr ...?“``) as long
  as the quote closes within ``MAX_QUOTE_CHARS``; closing quotes and brackets stay with the
  sentence they close.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwatch.claims.lexicon import Lexicon

MAX_QUOTE_CHARS = 100  # longer quotes are speech of several sentences
_TERMINATORS = ".!?…"
_OPENING_QUOTES = "„«‚‹"
_CLOSING_QUOTES = "”»’›"
_CLOSERS = "\"'“”»’›)]"
_CLAUSE_BREAKS = ",;:–—()"
# Pictographs channel posts use as sentence marks: emoji, flags (regional indicators), dingbats and
# arrows, with their variation selector and joiner.
_PICTOGRAPHS = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff"
# Every character the splitter acts on; the scan jumps from one to the next (other characters
# only move it on by one).
_SPLIT_CHARS_RE = re.compile(
    "[" + re.escape("\n" + _TERMINATORS + _OPENING_QUOTES + '“"' + _CLOSING_QUOTES) + _PICTOGRAPHS + "]"
)
_CLAUSE_BREAKS_RE = re.compile("[" + re.escape(_CLAUSE_BREAKS) + "]")
_PICTOGRAPH_RE = re.compile("[" + _PICTOGRAPHS + "]")
_PICTOGRAPH_RUN_RE = re.compile("[" + _PICTOGRAPHS + "\ufe0f\u200d \t]*")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (blank-line or line-break separated block)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _word_before(text: str, pos: int) -> str:
    """The word (letters, digits and inner dots) that ends right before ``pos``."""
    i = pos
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:pos]


def _quote_closes(text: str, pos: int, opener: str) -> bool:
    window = text[pos + 1 : pos + 1 + MAX_QUOTE_CHARS]
    window = window.split("\n", 1)[0]
    if opener == '"':
        return '"' in window
    return any(c in window for c in '“”»’›"')


def _closes(ch: str, quote_open: str) -> bool:
    """Whether ``ch`` closes the quote opened by ``quote_open`` (“ closes „ but opens in English)."""
    if quote_open == '"':
        return ch == '"'
    return ch in _CLOSING_QUOTES or ch == "“"


def _is_boundary(text: str, pos: int, lexicon: Lexicon | None) -> int | None:
    """If the terminator at ``pos`` ends a sentence, the offset just after it (and closers)."""
    end = pos + 1
    while end < len(text) and (text[end] in _TERMINATORS or text[end] in _CLOSERS):
        end += 1
    if end >= len(text):
        return end
    if not text[end].isspace():
        return None
    # "… artillery. 🇺🇦 Our marines …": the pictograph between the sentences is looked past.
    nxt = _after_pictographs(text, end)
    if nxt >= len(text) or text[nxt] == "\n":
        return end
    follower = text[nxt]
    if not (follower.isupper() or follower.isdigit() or follower in "„“\"«‚'(—–-"):
        return None
    if text[pos] == ".":
        word = _word_before(text, pos)
        bare = word.rstrip(".").lower()
        if bare and lexicon is not None and bare in lexicon.abbreviations:
            return None
        if len(bare) == 1 and bare.isalpha() and text[pos - 1 : pos].isupper():
            return None  # initial: "V. Zelensky"
        if bare.isdigit() and lexicon is not None and lexicon.no_split_after_number and len(bare) <= 2:
            return None  # German ordinal: "am 5. September"
        if "." in word.strip(".") and len(word) <= 6:
            return None  # "z.B.", "u.a."
    return end


def _after_pictographs(text: str, pos: int) -> int:
    """The offset after the pictographs and blanks that start at ``pos`` (``pos`` if none)."""
    run = _PICTOGRAPH_RUN_RE.match(text, pos)
    return run.end() if run is not None else pos


def _pictograph_boundary(text: str, start: int, pos: int) -> int | None:
    """If the pictograph at ``pos`` ends the sentence begun at ``start``, the offset after its run.

    It does when the sentence so far has words and the next word starts a sentence (upper case,
    digit, opening quote); a leading pictograph ("⚡️ KHERSON: …") and one inside a clause
    ("troops 🇺🇦 took") do not split.
    """
    if not any(c.isalpha() for c in text[start:pos]):
        return None
    run_end = _after_pictographs(text, pos)
    if run_end >= len(text):
        return None
    if not text[run_end - 1].isspace():
        return None  # "🇺🇦Our": no space after the run, a word glued to it is no new sentence
    follower = text[run_end]
    if not (follower.isupper() or follower.isdigit() or follower in '„“"«'):
        return None
    end = run_end
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end


def split_sentences(text: str, lexicon: Lexicon | None = None) -> list[Sentence]:
    """Split ``text`` into sentences (offsets into ``text``, surrounding whitespace trimmed)."""
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    quote_open: str | None = None
    i = 0
    length = len(text)

    def emit(begin: int, finish: int) -> None:
        s, e = _strip_span(text, begin, finish)
        if e > s:
            sentences.append(Sentence(s, e, text[s:e], paragraph))

    next_split_char = _SPLIT_CHARS_RE.search
    while i < length:
        found = next_split_char(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch == "\n":
            emit(start, i)
            start = i + 1
            quote_open = None
            paragraph += 1
            i += 1
            continue
        if _PICTOGRAPH_RE.match(ch):
            boundary = _pictograph_boundary(text, start, i) if quote_open is None else None
            if boundary is not None:
                emit(start, boundary)
                start = boundary
                i = boundary
            else:
                i += 1
            continue
        if quote_open is None:
            if (ch in _OPENING_QUOTES or ch in '“"') and _quote_closes(text, i, ch):
                quote_open = ch
        elif _closes(ch, quote_open):
            quote_open = None
            if i > 0 and text[i - 1] in _TERMINATORS:
                # „Wir sind frei!“ Dann ...: the stop inside the quote ends the sentence.
                boundary = _is_boundary(text, i - 1, lexicon)
                if boundary is not None:
                    emit(start, boundary)
                    start = boundary
                    i = boundary
                    continue
        if ch in _TERMINATORS and quote_open is None:
            boundary = _is_boundary(text, i, lexicon)
            if boundary is not None:
                emit(start, boundary)
                start = boundary
                i = boundary
                continue
        i += 1
    emit(start, length)
    return sentences


def clause_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Clause spans (absolute offsets) of a sentence, split at commas, dashes, colons, brackets.

    Commas inside numbers ("1,5") do not split.
    """
    # The extractor asks for a sentence's clauses several times (drafts, hedges, denials, sides):
    # they are kept on the sentence object itself (never shared by equal sentences of other
    # reports), and each caller gets its own list.
    kept = sentence.__dict__.get(_CLAUSES_ATTRIBUTE)
    if kept is None:
        kept = _clause_spans(sentence)
        object.__setattr__(sentence, _CLAUSES_ATTRIBUTE, kept)
    return list(kept)


_CLAUSES_ATTRIBUTE = "_clause_spans"


def _clause_spans(sentence: Sentence) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    text = sentence.text
    begin = 0
    for found in _CLAUSE_BREAKS_RE.finditer(text):
        i = found.start()
        if text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            continue
        if i > begin:
            spans.append((sentence.start + begin, sentence.start + i))
        begin = i + 1
    if begin < len(text):
        spans.append((sentence.start + begin, sentence.start + len(text)))
    return spans or [(sentence.start, sentence.end)]
