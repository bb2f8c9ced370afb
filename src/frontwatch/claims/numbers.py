"""Numbers as reports write them, in every supported language.

Three kinds of number are found, in this order of priority:

1. Digits with the locale's grouping and decimal separators, optionally followed by a scale word:
   "10.000" (de grouping dot), "10,000" (en grouping comma), "10 000" / "10\u202f000" / "10\u00a0000"
   (space, thin space, no-break space), "1,5 Tausend" (de decimal comma), "8,6 тысячи", "3 тис.",
   "2.5 million".
   A separator counts as grouping only when exactly three digits follow it, so "8.9.2022" never becomes a
   grouped number. Clock times are no numbers: "16:40", "14.30 Uhr" (where the language writes hours and
   minutes with a dot), "09.45" (a leading zero hour), "14 Uhr" (a number before a clock word). Ordinals
   ("1st", "93-тя", "2-й") are no numbers either.
2. Number words: "tausend", "zehntausend" (German writes them as one word; such a word is split into known
   parts, "zweihundertfünfzig" = zwei + hundert + fünfzig), "two thousand five hundred", "три тисячі".
3. Vague quantities: "Dutzende", "dozens", "десятки", "Tausende", "тысячи" (only when no number precedes
   them, otherwise "8,6 тысячи" is a scale). **Choice:** a vague plural is stored as bound ``min`` with twice
   its base ("Dutzende" = at least 24, "десятки" = at least 20, "hundreds" = at least 200), because "dozens"
   asserts at least two dozen and nothing more. The value and bound of each word are in the language's
   ``quantities.yaml`` and can be changed there.

All words live in ``data/lang/<code>/quantities.yaml`` under ``numbers``; the code knows no language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from frontwatch.claims.lexicon import AnyPatternSearch, PatternGate
from frontwatch.datafiles import LANG_DIR, read_yaml

#: libyaml's safe loader when PyYAML was built with it (several times faster, same result).

#: Apostrophes Ukrainian writes in words such as "п'ять"; all count as the same letter.
APOSTROPHES = "'’ʼ"
WORD_RE = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}][^\W\d_]+)*")
_ANY_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text; ``bound`` is "exact" unless the wording itself is vague."""

    start: int
    end: int
    text: str
    value: float
    bound: str = "exact"
    kind: str = "digits"  # "digits", "words", "scale_only" (e.g. "tausend"), "vague"


@dataclass(frozen=True)
class VagueWord:
    value: float
    bound: str


@dataclass
class NumberLexicon:
    """The number knowledge of one language, read from its quantities.yaml."""

    lang: str
    decimal_separator: str
    group_separators: list[str]
    compound_words: bool
    units: dict[str, float]  # words that add: "zwei" -> 2, "twenty" -> 20
    multipliers: dict[str, float]  # words that multiply the running group: "hundert" -> 100
    scales: dict[str, float]  # words that close a group: "tausend" -> 1000, "тис." -> 1000
    joiners: set[str]  # words allowed between number words: "und", "and"
    not_alone: set[str]  # words that are no number on their own: the German article "ein"
    compound_parts: list[str]  # all known parts, longest first, for splitting compound number words
    vague: dict[str, VagueWord]  # phrase -> value and bound
    digit_re: re.Pattern[str]
    scale_after_digits_re: re.Pattern[str]
    vague_re: re.Pattern[str] | None
    #: Clock times ("16:40", "14.30 Uhr"); their digits are no figures. None: the language has no rule.
    clock_re: re.Pattern[str] | None = None
    #: Finds something in every text that holds a number word or vague quantity (see ``_word_gate``);
    #: None: the language has no such words.
    word_gate: re.Pattern[str] | None = None
    #: The literals the words need (see ``PatternGate``): a text without any of them cannot hold a
    #: number word, so ``word_gate`` need not scan it. None: no such test.
    word_literals: PatternGate | None = None
    #: ``word_gate`` as one pattern per word, searched only when ``PatternGate`` finds the word's
    #: literals (``AnyPatternSearch``): the same answer as searching the whole alternation, which cost
    #: more than the number-word loop it guards. None: ``word_literals`` and ``word_gate`` decide.
    word_search: AnyPatternSearch | None = None
    #: What makes the number before it an age ("-year-old"); digits check it in ``digit_re``, number
    #: words ("a seven-year-old boy") here. None: the language lists no age suffixes.
    age_re: re.Pattern[str] | None = None

    def classify(self, word: str) -> str | None:
        """Which kind of number word ``word`` (lower case) is, or None."""
        if word in self.units:
            return "unit"
        if word in self.multipliers:
            return "multiplier"
        if word in self.scales:
            return "scale"
        return None


def load_lang_yaml(lang: str, name: str) -> dict[str, Any]:
    """Read ``data/lang/<lang>/<name>``; an empty dict when the language or file does not exist."""
    if not lang or not re.fullmatch(r"[a-z]{2,3}", lang):
        return {}
    path = LANG_DIR / lang / name
    if not path.is_file():
        return {}
    loaded = read_yaml(path)
    return loaded if isinstance(loaded, dict) else {}


def normalise_apostrophes(word: str) -> str:
    for mark in APOSTROPHES[1:]:
        word = word.replace(mark, "'")
    return word


def alternation(phrases: list[str]) -> str:
    """A regex alternation of literal phrases, longest first so that "тисячі" wins over "тис".

    Spaces inside a phrase match any run of whitespace, apostrophes any apostrophe variant.
    """
    return "|".join(alternation_parts(phrases))


def alternation_parts(phrases: list[str]) -> list[str]:
    """The alternatives of ``alternation(phrases)``, in its order."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        escaped = re.escape(phrase)
        escaped = escaped.replace(r"\ ", r"\s+").replace("'", f"[{APOSTROPHES}]")
        parts.append(escaped)
    return parts


def _as_float_map(raw: Any) -> dict[str, float]:
    if not isinstance(raw, dict):
        return {}
    return {normalise_apostrophes(str(word).lower()): float(value) for word, value in raw.items()}


@cache
def number_lexicon(lang: str) -> NumberLexicon:
    """The number lexicon of ``lang`` (cached); empty but usable when the language has no file."""
    config = load_lang_yaml(lang, "quantities.yaml").get("numbers", {}) or {}
    decimal = str(config.get("decimal_separator", "."))
    groups = [str(sep) for sep in config.get("group_separators", [","])]
    units = _as_float_map(config.get("units"))
    multipliers = _as_float_map(config.get("multipliers"))
    scales = _as_float_map(config.get("scales"))
    joiners = {str(word).lower() for word in config.get("joiners", []) or []}
    not_alone = {normalise_apostrophes(str(word).lower()) for word in config.get("not_alone", []) or []}
    vague = {
        normalise_apostrophes(str(phrase).lower()): VagueWord(float(spec["value"]), str(spec["bound"]))
        for phrase, spec in (config.get("vague") or {}).items()
    }

    group_class = "".join(re.escape(sep) for sep in groups if sep != decimal)
    grouped = rf"\d{{1,3}}(?:[{group_class}]\d{{3}})+" if group_class else r"(?!)"
    # Grouping is tried before plain digits; a grouping separator must be followed by exactly three
    # digits and then no further digit, so "8.9.2022" and "2022-09-08" stay apart.
    # Not inside a word or model name: "T-72", "Su25", "HIMARS-2" are no figures.
    not_inside = rf"(?<![\w{re.escape(decimal)}])(?<![^\W\d_]-)"
    # Ordinals name a unit or a place in a row, they count nothing: "1st Guards Tank Army", "93-тя бригада".
    ordinal_suffixes = [str(suffix) for suffix in config.get("ordinal_suffixes", []) or []]
    not_ordinal = rf"(?!(?:{alternation(ordinal_suffixes)})(?!\w))" if ordinal_suffixes else ""
    # An age counts no one: "a 64-year-old man", "ein 70-jähriger Rentner", "45-річну жінку" (the
    # suffixes are word beginnings, so every case ending of the adjective is covered).
    age_suffixes = [str(suffix) for suffix in config.get("age_suffixes", []) or []]
    age_re = re.compile(alternation(age_suffixes), re.IGNORECASE) if age_suffixes else None
    if age_suffixes:
        not_ordinal += rf"(?!{alternation(age_suffixes)})"
    # A case ending written after digits belongs to the number: "5-ти тысяч", "2-х тисяч".
    case_suffixes = [str(suffix) for suffix in config.get("case_suffixes", []) or []]
    case_ending = rf"(?:(?:{alternation(case_suffixes)})(?!\w))?" if case_suffixes else ""
    digit_re = re.compile(
        rf"{not_inside}(?:{grouped}|\d+)(?:{re.escape(decimal)}\d+)?(?!\d|[{group_class}]\d)"
        rf"{not_ordinal}{case_ending}"
        if group_class
        else rf"{not_inside}\d+(?:{re.escape(decimal)}\d+)?(?!\d){not_ordinal}{case_ending}",
        re.IGNORECASE,
    )
    scale_forms = list(scales)
    scale_after_digits_re = re.compile(
        rf"[ \t\u00a0\u202f\u2009]*(?P<scale>{alternation(scale_forms)})(?!\w)" if scale_forms else r"(?!)",
        re.IGNORECASE,
    )
    vague_re = re.compile(rf"(?<!\w)(?:{alternation(list(vague))})(?!\w)", re.IGNORECASE) if vague else None
    gate_words = [*units, *multipliers, *scales, *vague]
    word_gate = _word_gate(gate_words)
    word_literals = PatternGate(alternation_parts(gate_words)) if word_gate is not None else None
    word_search = (
        AnyPatternSearch([rf"{_NOT_AFTER_LETTER}(?:{part})" for part in alternation_parts(gate_words)])
        if word_gate is not None
        else None
    )
    clock_re = _clock_regex(
        [str(sep) for sep in config.get("clock_separators", [":"]) or []],
        [str(word) for word in config.get("clock_words", []) or []],
    )
    return NumberLexicon(
        lang=lang,
        decimal_separator=decimal,
        group_separators=groups,
        compound_words=bool(config.get("compound_words", False)),
        units=units,
        multipliers=multipliers,
        scales=scales,
        joiners=joiners,
        not_alone=not_alone,
        compound_parts=sorted({*units, *multipliers, *scales, *joiners}, key=len, reverse=True),
        vague=vague,
        digit_re=digit_re,
        scale_after_digits_re=scale_after_digits_re,
        vague_re=vague_re,
        word_gate=word_gate,
        word_literals=word_literals,
        word_search=word_search,
        clock_re=clock_re,
        age_re=age_re,
    )


def _clock_regex(separators: list[str], words: list[str]) -> re.Pattern[str] | None:
    """Clock times: hours and minutes joined by one of ``separators`` ("16:40", "14.30"), a two-digit hour
    with a leading zero and any of ":.," ("09.45", a ticker stamp in every language), or an hour (with
    minutes) followed by a clock word ("14 Uhr", "5 pm", "о 14 год.").

    A figure never continues after the minutes ("12.500" is no time: three digits follow the dot).
    """
    if not separators and not words:
        return None
    hour = r"(?:[01]?\d|2[0-3])"
    minutes = r"[0-5]\d"
    no_more = r"(?!\d|[.,:]\d)"
    alternatives = [rf"0\d[.:,]{minutes}{no_more}"]
    if separators:
        alternatives.append(rf"{hour}[{''.join(re.escape(sep) for sep in separators)}]{minutes}{no_more}")
    if words:
        alternatives.append(
            rf"{hour}(?:[.:]{minutes})?[ \t\u00a0\u202f\u2009]*(?:{alternation(words)})(?!\w)"
        )
    return re.compile(rf"(?<![\d.,:])(?:{'|'.join(alternatives)})", re.IGNORECASE)


def _word_gate(words: list[str]) -> re.Pattern[str] | None:
    """A cheap test for "this text may hold a number word", so that most texts skip the word loop.

    A number word found by ``find_numbers`` is a token (a maximal run of letters, see ``WORD_RE``)
    that is one of ``words`` or, in compound languages, starts with one of them ("zweihundert"). A
    token never starts right after a letter, so "one of the words, not preceded by a letter" is found
    in every such text (and in some others: the test may say yes too often, never too rarely). Vague
    phrases ("Dutzende") are found only where no word character precedes them, so they are covered too.
    """
    if not words:
        return None
    return re.compile(rf"{_NOT_AFTER_LETTER}(?:{alternation(words)})", re.IGNORECASE)


_NOT_AFTER_LETTER = r"(?<![^\W\d_])"  # where a number word may start (see ``_word_gate``)


def parse_digits(token: str, lexicon: NumberLexicon) -> float:
    """The value of a digit string written with the locale's separators ("10.000" in de -> 10000)."""
    cleaned = token.split("-", 1)[0]  # "5-ти" -> "5"
    for sep in lexicon.group_separators:
        if sep != lexicon.decimal_separator:
            cleaned = cleaned.replace(sep, "")
    cleaned = cleaned.replace(lexicon.decimal_separator, ".")
    return float(cleaned)


def split_compound(word: str, lexicon: NumberLexicon) -> list[str] | None:
    """Split a German-style compound number word into known parts, or None when it is not one.

    Longest known part first, with backtracking, so "achtzehn" is "achtzehn" and "zweihundertzehn" is
    "zwei" + "hundert" + "zehn".
    """
    if lexicon.classify(word):
        return [word]
    if not lexicon.compound_words:
        return None
    return _split_compound_cached(lexicon.lang, word)


@cache
def _split_compound_cached(lang: str, word: str) -> list[str] | None:
    lexicon = number_lexicon(lang)

    @cache
    def split_from(position: int) -> list[str] | None:
        if position == len(word):
            return []
        for part in lexicon.compound_parts:
            if word.startswith(part, position):
                rest = split_from(position + len(part))
                if rest is not None:
                    return [part, *rest]
        return None

    parts = split_from(0)
    if not parts or all(part in lexicon.joiners for part in parts):
        return None
    if parts[0] in lexicon.joiners or parts[-1] in lexicon.joiners:
        return None
    return parts


def words_value(words: list[str], lexicon: NumberLexicon) -> float | None:
    """The value of a sequence of number words, or None when they do not form a number.

    Units add to the running group, a multiplier ("hundred") multiplies it, a scale ("thousand") closes it.
    """
    total = 0.0
    group = 0.0
    saw_number = False
    for word in words:
        if word in lexicon.joiners:
            continue
        kind = lexicon.classify(word)
        if kind == "unit":
            group += lexicon.units[word]
        elif kind == "multiplier":
            group = (group or 1.0) * lexicon.multipliers[word]
        elif kind == "scale":
            total += (group or 1.0) * lexicon.scales[word]
            group = 0.0
        else:
            return None
        saw_number = True
    return total + group if saw_number else None


def parse_number_words(phrase: str, lang: str) -> float | None:
    """The value of a phrase made only of number words ("zweitausend", "three hundred"), else None."""
    lexicon = number_lexicon(lang)
    stripped = phrase.strip()
    if re.fullmatch(r"\d+", stripped):
        return float(stripped)
    words: list[str] = []
    for raw in re.split(r"[\s\-]+", stripped.lower()):
        if not raw:
            continue
        word = normalise_apostrophes(raw)
        parts = [word] if word in lexicon.joiners and words else split_compound(word, lexicon)
        if parts is None:
            return None
        words.extend(parts)
    return words_value(words, lexicon)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def find_numbers(text: str, lang: str) -> list[NumberMatch]:
    """All numbers in ``text``: digits (with scale words), number words and vague quantities, by offset."""
    lexicon = number_lexicon(lang)
    found: list[NumberMatch] = []
    taken: list[tuple[int, int]] = []

    # Most sentences have no digit: one fast scan for any digit spares the slower number regex.
    has_digit = _ANY_DIGIT_RE.search(text) is not None
    clocks = (
        [(m.start(), m.end()) for m in lexicon.clock_re.finditer(text)]
        if has_digit and lexicon.clock_re is not None
        else []
    )
    for match in lexicon.digit_re.finditer(text) if has_digit else ():
        if clocks and _overlaps(match.start(), match.end(), clocks):
            continue  # "16:40 Окупанти ...": a time stamp, not forty occupiers
        value = parse_digits(match.group(0), lexicon)
        end = match.end()
        scale = lexicon.scale_after_digits_re.match(text, end)
        if scale:
            value *= lexicon.scales[normalise_apostrophes(scale.group("scale").lower())]
            end = scale.end()
        found.append(NumberMatch(match.start(), end, text[match.start() : end], value, "exact", "digits"))
        taken.append((match.start(), end))

    if not _may_hold_number_words(text, lexicon):
        return sorted(found, key=lambda n: n.start)  # no number word, no vague quantity

    # Number words: maximal runs of number words separated by spaces, hyphens or joiners.
    _find_number_words(text, lexicon, found, taken)

    # Vague quantities, unless a number directly precedes them ("8,6 тысячи" is a scale, not "thousands").
    if lexicon.vague_re is not None:
        for match in lexicon.vague_re.finditer(text):
            before = text[: match.start()].rstrip(" \t\u00a0\u202f\u2009")
            if any(n.end == len(before) for n in found):
                continue
            overlapping = [n for n in found if n.start < match.end() and match.start() < n.end]
            # The vague reading wins only over a lone scale word read as a number ("тисячі" alone).
            if any(n.kind != "scale_only" for n in overlapping):
                continue
            found = [n for n in found if n not in overlapping]
            spec = lexicon.vague[normalise_apostrophes(re.sub(r"\s+", " ", match.group(0).lower()))]
            found.append(
                NumberMatch(match.start(), match.end(), match.group(0), spec.value, spec.bound, "vague")
            )
    return sorted(found, key=lambda n: n.start)


def _may_hold_number_words(text: str, lexicon: NumberLexicon) -> bool:
    """Whether ``lexicon.word_gate`` finds something in ``text`` (False: no number words to look for)."""
    if lexicon.word_gate is None:
        return False
    if lexicon.word_search is not None:
        return lexicon.word_search.search(text)
    if lexicon.word_literals is not None and not lexicon.word_literals.may_match_any(text):
        return False
    return lexicon.word_gate.search(text) is not None


def _find_number_words(
    text: str, lexicon: NumberLexicon, found: list[NumberMatch], taken: list[tuple[int, int]]
) -> None:
    """Add the runs of number words of ``text`` to ``found`` (unless they overlap ``taken`` digits)."""
    tokens = [(m.start(), m.end(), normalise_apostrophes(m.group(0).lower())) for m in WORD_RE.finditer(text)]
    run: list[tuple[int, int, list[str]]] = []

    def close_run() -> None:
        while run and all(part in lexicon.joiners for part in run[-1][2]):
            run.pop()
        if run:
            words = [part for _, _, parts in run for part in parts]
            value = words_value(words, lexicon)
            start, end = run[0][0], run[-1][1]
            lone_abbreviation = (
                len(words) == 1
                and words[0] in lexicon.scales
                and (len(words[0]) <= 3 or words[0].endswith("."))
            )
            lone_article = len(words) == 1 and words[0] in lexicon.not_alone
            is_age = lexicon.age_re is not None and lexicon.age_re.match(text, end) is not None
            if (
                value is not None
                and not (lone_abbreviation or lone_article or is_age)
                and not _overlaps(start, end, taken)
            ):
                # A run of scale words only ("тисячі", "tausend") may turn out to be a vague plural.
                kind = (
                    "scale_only"
                    if all(w in lexicon.scales or w in lexicon.joiners for w in words)
                    else "words"
                )
                found.append(NumberMatch(start, end, text[start:end], value, "exact", kind))
        run.clear()

    for start, end, word in tokens:
        parts = split_compound(word, lexicon)
        if parts is None and word in lexicon.joiners and run:
            parts = [word]
        # An abbreviated scale such as "тис." or "Mio." keeps its dot.
        if parts is None and text[end : end + 1] == "." and f"{word}." in lexicon.scales and run:
            parts = [f"{word}."]
            end += 1
        gap = text[run[-1][1] : start] if run else ""
        if parts is not None and run and gap.strip(" \t\u00a0-") == "":
            run.append((start, end, parts))
            continue
        close_run()
        if parts is not None and not all(part in lexicon.joiners for part in parts):
            run.append((start, end, parts))
    close_run()
