"""Per-language claim lexicons: loading ``data/lang/<code>/claims.yaml`` and matching its cues.

A language is supported when ``data/lang/<code>/claims.yaml`` exists; nothing here names a
language. A *cue list* in the YAML is a list of strings, each one of:

* ``word`` (one word, no prefix): matches a token whose lemma or lower-cased surface is ``word``
  (lemmas from simplemma or pymorphy3, as the file's ``lemmatizer`` says);
* ``~stem``: matches a word that starts with ``stem`` (case-insensitive);
* ``*part``: matches a word that contains ``part`` (German compounds: ``*eroberung``);
* ``=word``: matches exactly this word form (case-insensitive), never its lemma;
* ``several words``: the phrase, case-insensitive, words separated by any whitespace;
* ``re:<regex>``: a regular expression over the text (case-insensitive).

Optional keys added in round 2 (all default to empty; the extractor works without them):

* ``speech.self_attribution`` (cue list): "nach eigenen Angaben", "by their own account",
  "за власними даними", "по собственным данным". With no named speaker, the sentence's source is
  the military of the side named before the cue in the same sentence (the side that acts says it).

Matching is done once per text (not per sentence) so that a report costs one pass per cue list;
the extractor then buckets matches by sentence offsets. Before a cue list's regex runs, one
Aho-Corasick pass per text (shared by all cue lists) finds which of the literals the regex
alternatives need are present; only the alternatives that can match are scanned. This never
changes the matches (see "literal prefilter" below).
"""

from __future__ import annotations

import bisect
import re
import re._casefix as _re_casefix
import re._constants as _re_constants
import re._parser as _re_parser
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import ahocorasick

from frontwatch import datafiles
from frontwatch.claims import english, german, ukrainian
from frontwatch.claims.regex_text import regex_pieces

LANG_DIR = datafiles.LANG_DIR  # a module attribute, so tests can point it at a copy

# A word: letters/digits, with inner hyphens and apostrophes (обʼєкт, м'ясо, pro-russische).
TOKEN_RE = re.compile(r"\w+(?:[-'’ʼ]\w+)*")

Span = tuple[int, int]


class Token(NamedTuple):
    """A word of a text (a named tuple: a report makes hundreds, and a tuple is built fastest)."""

    start: int
    end: int
    text: str
    lower: str
    lemma: str
    grammemes: frozenset[str]


class TokenList(list[Token]):
    """The tokens of a text, with an index from lemma and lower-cased form to tokens.

    Cue lists look their lemmas up in the index instead of scanning every token.
    """

    def __init__(self, tokens: Iterable[Token] = (), joined: Iterable[tuple[str, int]] = ()) -> None:
        super().__init__(tokens)
        self.by_form: dict[str, list[Token]] = {}
        add = self.by_form.setdefault  # bound once: a report has hundreds of tokens
        for token in self:
            lemma, lower = token.lemma, token.lower
            add(lemma, []).append(token)
            if lower != lemma:
                add(lower, []).append(token)
        # German separable verbs: the finite stem also answers to particle + lemma ("zogen ... zurück")
        for form, index in joined:
            add(form, []).append(self[index])
        self.forms = frozenset(self.by_form)


def available_languages() -> list[str]:
    """Language codes that have a ``claims.yaml`` (sorted)."""
    if not LANG_DIR.is_dir():
        return []
    return sorted(p.parent.name for p in LANG_DIR.glob("*/claims.yaml"))


# --------------------------------------------------------------------------- lemmatisers


@lru_cache(maxsize=8)
def _pymorphy_analyzer(lang: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=400_000)
def _pymorphy_analysis(lang: str, word: str) -> tuple[str, frozenset[str]]:
    parse = _pymorphy_analyzer(lang).parse(word)[0]
    return str(parse.normal_form), frozenset(str(g) for g in parse.tag.grammemes)


def _pymorphy_analysis_gerund_verbs(lang: str, word: str) -> tuple[str, frozenset[str]]:
    """``_pymorphy_analysis``, but a gerund that the dictionary leaves as its own lemma (the Ukrainian one
    does: "відходячи", "підірвавши") gets the verb it is made from (claims/ukrainian.py ``gerund_verb``),
    so verb cues find it. Chosen by the claims.yaml key ``gerund_lemma: verb``."""
    lemma, grammemes = _pymorphy_analysis(lang, word)
    if "GRND" in grammemes and lemma == word:
        verb = ukrainian.gerund_verb(word, lambda form: _pymorphy_parses(lang, form))
        if verb is not None:
            return verb, grammemes
    return lemma, grammemes


def _pymorphy_parses(lang: str, word: str) -> list[tuple[str, frozenset[str]]]:
    """(lemma, grammemes) of every pymorphy3 parse of ``word``."""
    return [
        (str(parse.normal_form), frozenset(str(g) for g in parse.tag.grammemes))
        for parse in _pymorphy_analyzer(lang).parse(word)
    ]


@lru_cache(maxsize=400_000)
def _simplemma_lemma(lang: str, word: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang)).lower()


def make_analyzer(
    kind: str, lang: str, gerund_verbs: bool = False
) -> Callable[[str], tuple[str, frozenset[str]]]:
    """Return a cached ``word -> (lemma, grammemes)`` function for the lemmatiser ``kind``;
    ``gerund_verbs``: a gerund left as its own lemma gets its verb (pymorphy3 only)."""
    if kind == "pymorphy3" and gerund_verbs:
        return lambda word: _pymorphy_analysis_gerund_verbs(lang, word.lower())
    if kind == "pymorphy3":
        return lambda word: _pymorphy_analysis(lang, word.lower())
    if kind == "simplemma":
        empty: frozenset[str] = frozenset()
        return lambda word: (_simplemma_lemma(lang, word), empty)
    return lambda word: (word.lower(), frozenset())


# --------------------------------------------------------------------------- cue lists


# ----------------------------------------------------------------- literal prefilter
#
# A cue list's combined regex has hundreds of alternatives, and Python's ``re`` tries each of
# them at every word start: a scan costs ~50-250 µs per report and list even when nothing
# matches. Almost every alternative needs some literal text ("~zurückerob" needs "zurückerob",
# "re:zogen\\s+sich" needs "zogen" or "sich"), so one Aho-Corasick pass over the lower-cased
# text tells which alternatives can match at all. An alternative that cannot match anywhere in
# the text never changes what ``finditer`` yields, so scanning with only the possible ones (in
# their original order) gives exactly the matches of the full regex.
#
# The necessary condition "literal.lower() in text.lower()" holds for ``re.IGNORECASE`` except
# for the few characters whose case equivalence ``str.lower`` does not capture: ``re`` lets "ı"
# and "İ" match "i", "ſ" match "s", old Cyrillic "ᲀ" match "в", and Greek letters their variants.
# Literals never contain the rare member of such a pair (nor any Greek letter of one), and a
# text containing the rare member of a pair whose common member may be in a literal is scanned
# with the full regex.


def _case_pairs() -> list[tuple[str, str]]:
    """Pairs that ``re`` treats as equal ignoring case but whose ``str.lower`` differs."""
    pairs = []
    for lower, others in _re_casefix._EXTRA_CASES.items():
        for other in others:
            first, second = chr(lower), chr(other)
            if first.lower() != second.lower():
                pairs.append((first, second))
    return pairs


def _is_common(char: str) -> bool:
    return char.isascii() or "\u0400" <= char <= "\u04ff"


_CASE_PAIRS = _case_pairs()
# Characters a literal may not contain (they break a literal into two).
_LITERAL_UNSAFE = frozenset(c for pair in _CASE_PAIRS for c in pair if not _is_common(c))
# Characters that make a text fall back to the full regex: "İ" lower-cases to two characters.
_TEXT_UNSAFE = frozenset({"\u0130"}) | frozenset(
    other for pair in _CASE_PAIRS for char, other in (pair, pair[::-1]) if _is_common(char)
)
_TEXT_UNSAFE_RE = re.compile("[" + "".join(sorted(_TEXT_UNSAFE)) + "]")
_REPEATS = (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT, _re_constants.POSSESSIVE_REPEAT)

Clause = frozenset[str]  # one of these lower-cased literals occurs in every match


# Shorter literals occur in nearly every text: such a clause filters nothing, yet each of its
# occurrences costs a step of the literal scan.
_MIN_LITERAL = 3


def _usable(clause: Clause) -> bool:
    return bool(clause) and all(len(literal) >= _MIN_LITERAL for literal in clause)


def _selectivity(clause: Clause) -> tuple[int, int]:
    return min(len(literal) for literal in clause), -len(clause)


def _trigger_clause(clauses: list[frozenset[int]]) -> int:
    """The index of the clause (literal ids) least likely to hold in a text: its shortest literal is
    the longest, then it has the fewest literals (``_selectivity`` on ids)."""
    return max(
        range(len(clauses)),
        key=lambda i: (min(_literal_lengths[n] for n in clauses[i]), -len(clauses[i]), -i),
    )


def _clauses_in(items: Any) -> list[Clause]:
    """Clauses that every match of the parsed sequence ``items`` satisfies, all of them at once."""
    clauses: list[Clause] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            clauses.append(frozenset({"".join(run)}))
            run.clear()

    for op, arg in items:
        if op is _re_constants.LITERAL:
            char = chr(arg)
            if char in _LITERAL_UNSAFE or char.lower() in _LITERAL_UNSAFE:
                close_run()
            else:
                run.append(char.lower())
            continue
        close_run()
        if op is _re_constants.SUBPATTERN:
            clauses.extend(_clauses_in(arg[3]))
        elif op is _re_constants.ATOMIC_GROUP:
            clauses.extend(_clauses_in(arg))
        elif op in _REPEATS and arg[0] >= 1:
            clauses.extend(_clauses_in(arg[2]))
        elif op is _re_constants.BRANCH:
            # Each branch contributes its most selective clause; a branch without one means
            # the alternation as a whole needs no literal.
            best: list[Clause] = []
            for branch in arg[1]:
                usable = [c for c in _clauses_in(branch) if _usable(c)]
                if not usable:
                    best = []
                    break
                best.append(max(usable, key=_selectivity))
            if best:
                clauses.append(frozenset().union(*best))
        # Anything else (classes, ANY, lookarounds, back references) needs no literal.
    close_run()
    return [c for c in clauses if _usable(c)]


def required_literals(pattern: str, flags: int = re.IGNORECASE) -> list[frozenset[str]]:
    """Clauses of lower-cased literals that every match of ``pattern`` satisfies.

    Each clause is a set of literals one of which occurs in the lower-cased match; every
    clause holds at once. Empty when no literal can be derived.
    """
    try:
        parsed = _re_parser.parse(pattern, flags)
    except re.error:
        return []
    unique: dict[Clause, None] = dict.fromkeys(_clauses_in(parsed))
    return list(unique)


class PatternGate:
    """Which of several regular expressions can match a text at all, from the literals they need.

    For patterns that are each run over the same texts (time expressions, number words): one
    Aho-Corasick pass over the lower-cased text finds the required literals (``required_literals``)
    present, and a pattern one of whose clauses has no literal in the text cannot match, so
    skipping it never changes what it finds. A pattern without a derivable literal always runs,
    and so does every pattern on a text with a character whose case folding ``str.lower`` does not
    capture (see "literal prefilter" above).

    All gates share one automaton (``_gate_literals_in``): the extractor asks four gates (skipped
    sentences, number words, comparisons, time expressions) about the same sentence in turn, and
    one pass answers them all.
    """

    def __init__(self, patterns: Iterable[str], flags: int = re.IGNORECASE) -> None:
        # shared literal id -> (pattern, clause) pairs that the literal satisfies
        by_literal: dict[int, list[tuple[int, int]]] = {}
        self._clause_counts: list[int] = []
        for index, pattern in enumerate(patterns):
            clauses = required_literals(pattern, flags)
            self._clause_counts.append(len(clauses))
            for number, clause in enumerate(clauses):
                for literal in clause:
                    by_literal.setdefault(_gate_literal_id(literal), []).append((index, number))
        self._by_literal = {number: tuple(pairs) for number, pairs in by_literal.items()}
        self._all = list(range(len(self._clause_counts)))
        self._literal_free = [index for index, count in enumerate(self._clause_counts) if count == 0]
        self._has_literals = bool(by_literal)

    def may_match_any(self, text: str) -> bool:
        """Whether any of the patterns can match ``text`` (``possible(text)`` is not empty)."""
        if self._literal_free or not self._has_literals:
            return bool(self._all)
        found = _gate_literals_in(text)
        if found is None:
            return bool(self._all)
        by_literal = self._by_literal
        for number in found:
            for index, _clause in by_literal.get(number, ()):
                if self._clause_counts[index] == 1:
                    return True  # one clause, and it holds
        return bool(self.possible(text))

    def possible(self, text: str) -> list[int]:
        """Indexes (in order) of the patterns that can match ``text``."""
        if not self._has_literals:
            return self._all
        found = _gate_literals_in(text)
        if found is None:
            return self._all
        by_literal = self._by_literal
        satisfied: dict[int, set[int]] = {}
        for number in found:
            pairs = by_literal.get(number)
            if pairs:
                for index, clause in pairs:
                    satisfied.setdefault(index, set()).add(clause)
        if not satisfied:
            return self._literal_free
        counts = self._clause_counts
        complete = [index for index, clauses in satisfied.items() if len(clauses) == counts[index]]
        return sorted(complete + self._literal_free)


# The literals of all pattern gates, numbered in one automaton, and the literals found in the last
# text asked about (by identity: the same sentence object, asked by one gate after another).
_gate_literal_ids: dict[str, int] = {}
# script mask -> automaton, built on first use after a gate added literals (see ``_automaton_for``)
_gate_automata: dict[int, Any] = {}
_gate_last: tuple[str | None, int, set[int] | None] = (None, -1, None)
# text -> the literals found in it, for every text asked about since the gate literals last changed
# (emptied at ``_GATE_MEMO_SIZE``): the extractor asks about a sentence, then a clause or another
# sentence, then the first again (about 16 passes a report, 9 of them over a text seen before).
_gate_found: dict[str, set[int] | None] = {}
_gate_found_known = -1  # ``len(_gate_literal_ids)`` when ``_gate_found`` was filled
_GATE_MEMO_SIZE = 512


def _gate_literal_id(literal: str) -> int:
    number = _gate_literal_ids.get(literal)
    if number is None:
        number = _gate_literal_ids[literal] = len(_gate_literal_ids)
        _gate_automata.clear()
    return number


def _gate_literals_in(text: str) -> set[int] | None:
    """The ids of the gate literals in lower-cased ``text``; None when ``text`` holds a character
    whose case folding ``str.lower`` misses (every pattern must run)."""
    global _gate_last, _gate_found_known
    last_text, known, last_found = _gate_last
    known_now = len(_gate_literal_ids)
    if last_text is text and known == known_now:
        return last_found
    memo = _gate_found
    if _gate_found_known != known_now or len(memo) >= _GATE_MEMO_SIZE:
        memo.clear()
        _gate_found_known = known_now
    if text in memo:
        found = memo[text]
    else:
        found = None
        if not _TEXT_UNSAFE_RE.search(text):
            folded = text.lower()
            automaton = _automaton_for(_script_mask(folded), _gate_literal_ids, _gate_automata)
            found = {number for _, number in automaton.iter(folded)} if automaton is not None else set()
        memo[text] = found
    _gate_last = (text, known_now, found)
    return found


class AnyPatternSearch:
    """Whether any of several patterns occurs in a text: ``search`` is true exactly when searching
    their alternation ``(?:p1)|(?:p2)|...`` finds something, since the alternation matches wherever
    one of them does. Only the patterns that ``PatternGate`` finds possible are searched, each alone:
    searching the whole alternation in every sentence cost more than the gate's one literal pass.
    """

    def __init__(self, patterns: Iterable[str], flags: int = re.IGNORECASE) -> None:
        self.patterns = list(patterns)
        self._regexes = [re.compile(pattern, flags) for pattern in self.patterns]
        self._gate = PatternGate(self.patterns, flags)

    @classmethod
    def for_alternation(cls, patterns: list[str], flags: int = re.IGNORECASE) -> AnyPatternSearch | None:
        """The search for ``patterns`` joined as alternatives; None when one of them refers to a
        group (its number in the alternation differs from its number alone) or does not parse."""
        for pattern in patterns:
            try:
                parsed = _re_parser.parse(pattern, flags)
            except re.error:
                return None
            if _refers_to_groups(parsed):
                return None
        return cls(patterns, flags) if patterns else None

    def search(self, text: str) -> bool:
        regexes = self._regexes
        return any(regexes[index].search(text) is not None for index in self._gate.possible(text))


# Every literal of every cue list gets a number, so a report text is scanned once (one
# Aho-Corasick pass) for all cue lists of all languages.
_literal_ids: dict[str, int] = {}
_literal_lengths: list[int] = []  # by literal id
# The automaton a text is scanned with, by the scripts of the text (``_script_mask``): a literal
# can only occur in a lower-cased text that holds every character of it, so a text without Cyrillic
# letters is scanned with the literals that have none, a text without Latin letters with those that
# have no Latin letter. The scan finds the same occurrences as with every literal, and a smaller
# automaton (about half of the literals of all languages) stays in the processor's caches: the full
# one, walked once per report between the extractor's other work, cost most of its time in misses.
_automata: dict[int, Any] = {}  # script mask -> automaton; emptied when a cue list adds literals

#: Script bits of a lower-cased text or literal.
_LATIN_BIT = 1
_CYRILLIC_BIT = 2
_ALL_SCRIPTS = _LATIN_BIT | _CYRILLIC_BIT
_LATIN_LETTER = re.compile("[a-z]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")


def _script_mask(folded: str) -> int:
    """Which of the script bits a lower-cased text's characters show."""
    mask = 0
    if _LATIN_LETTER.search(folded):
        mask |= _LATIN_BIT
    if _CYRILLIC_LETTER.search(folded):
        mask |= _CYRILLIC_BIT
    return mask


def _automaton_for(mask: int, literal_ids: dict[str, int], built: dict[int, Any]) -> Any:
    """The automaton of the literals of ``literal_ids`` whose scripts all occur in a text of ``mask``
    (built once per mask and kept in ``built``); None when no literal qualifies."""
    if mask in built:
        return built[mask]
    automaton: Any = None
    qualifying = [
        (literal, number) for literal, number in literal_ids.items() if not _script_mask(literal) & ~mask
    ]
    if qualifying:
        automaton = ahocorasick.Automaton()
        for literal, number in qualifying:
            automaton.add_word(literal, number)
        automaton.make_automaton()
    built[mask] = automaton
    return automaton


@dataclass(frozen=True)
class _TextScan:
    """The literal scan of one text: shared by every cue list run over that text."""

    text: str
    known: int  # literals known when scanned (more known later: scan again)
    folded: str | None  # lower-cased text; None when it cannot be prefiltered
    starts: dict[int, list[int]]  # literal id -> where it starts in ``text``
    # prefilter number -> ids of the found literals it needs: a cue list none of whose literals
    # occurs is done with one look-up
    touched: dict[int, list[int]] = field(default_factory=dict)
    prefilters: int = 0  # prefilters known when scanned (one made later: scan again)


# The last texts looked at, most recent first: the extractor runs every cue list over the same
# report text, but in between looks at short texts of its own (the outlet's name, a speaker's
# name), which must not throw the report's scan away.
_last_scan = _TextScan("", 0, "", {})
_recent_scans: list[_TextScan] = []
_RECENT_SCANS = 4
# literal id -> numbers of the prefilters one of whose clauses holds it
_literal_owners: dict[int, list[int]] = {}
_prefilter_count = 0


def _register_prefilter(literal_ids: Iterable[int]) -> int:
    """A number for a new prefilter that needs ``literal_ids``; scans made before it are stale."""
    global _prefilter_count
    number = _prefilter_count
    _prefilter_count += 1
    for literal in literal_ids:
        _literal_owners.setdefault(literal, []).append(number)
    return number


def _literal_id(literal: str) -> int:
    number = _literal_ids.get(literal)
    if number is None:
        number = _literal_ids[literal] = len(_literal_ids)
        _literal_lengths.append(len(literal))
        _automata.clear()
    return number


def _scan(text: str) -> _TextScan:
    """Where the known literals occur in ``text`` (lower-cased; no other character changes length)."""
    global _last_scan
    last = _last_scan
    known = len(_literal_ids)
    if (
        (text is last.text or text == last.text)
        and last.known == known
        and last.prefilters == _prefilter_count
    ):
        return last
    for recent in _recent_scans:
        if (
            (text is recent.text or text == recent.text)
            and recent.known == known
            and recent.prefilters == _prefilter_count
        ):
            _last_scan = recent
            return recent
    folded: str | None = None
    starts: dict[int, list[int]] = {}
    if not _TEXT_UNSAFE_RE.search(text):
        folded = text.lower()
        automaton = _automaton_for(_script_mask(folded), _literal_ids, _automata) if known else None
        if automaton is not None:
            lengths = _literal_lengths
            for end, number in automaton.iter(folded):
                starts.setdefault(number, []).append(end - lengths[number] + 1)
    touched: dict[int, list[int]] = {}
    owners = _literal_owners
    for number in starts:
        for owner in owners.get(number, ()):
            touched.setdefault(owner, []).append(number)
    scan = _last_scan = _TextScan(text, known, folded, starts, touched, _prefilter_count)
    _recent_scans.insert(0, scan)
    del _recent_scans[_RECENT_SCANS:]
    return scan


# Word starts of the last text looked at, by their lower-cased first character (where the
# alternatives that open with a short word, "is", "no", "мы", can match), and all of them in order
# (the start of the word around a literal found inside it, ``*part`` entries).
_WORD_START = re.compile(r"(?<!\w)\w")
_WordStarts = tuple[str, dict[str, list[int]], list[int]]
_last_word_starts: _WordStarts = ("", {}, [])
_recent_word_starts: list[_WordStarts] = []  # most recent first, as scans


def _word_start_index(text: str, folded: str) -> _WordStarts:
    global _last_word_starts
    last = _last_word_starts
    if text is last[0] or text == last[0]:
        return last
    for recent in _recent_word_starts:
        if text is recent[0] or text == recent[0]:
            _last_word_starts = recent
            return recent
    index: dict[str, list[int]] = {}
    ordered: list[int] = []
    for match in _WORD_START.finditer(text):
        offset = match.start()
        ordered.append(offset)
        index.setdefault(folded[offset], []).append(offset)
    _last_word_starts = (text, index, ordered)
    _recent_word_starts.insert(0, _last_word_starts)
    del _recent_word_starts[_RECENT_SCANS:]
    return _last_word_starts


def _word_starts(text: str, folded: str) -> dict[str, list[int]]:
    """Offsets of the word starts of ``text`` by lower-cased first character (``folded``: lower case)."""
    return _word_start_index(text, folded)[1]


# Where the matches of a regex alternative can start, derived from its parsed pattern: a union of
# (kind, literal, back) generators.
#: at ``back`` or fewer characters before an occurrence of the literal (its id) that the literal
#: scan found: "[„«]?gelingt" starts at "gelingt" or one character before it;
_AT_LITERAL = 0
#: at a word start where the text continues with the lower-cased literal (a short one, "re", "мы");
_AT_WORD_PREFIX = 1
#: at the start of the word that holds an occurrence of the literal (its id): "\w*eroberung\w*".
_IN_WORD = 2
_StartGenerator = tuple[int, int | str, int]
#: A start at most this many characters before a literal is derived (e.g. "\W{0,3}said"); farther
#: is searched for.
_MAX_BACK = 8


#: An alternative's start generators by kind: (literal id, back) pairs for ``_AT_LITERAL``, the
#: literals of ``_AT_WORD_PREFIX``, the literal ids of ``_IN_WORD``.
_GeneratorParts = tuple[tuple[tuple[int, int], ...], tuple[str, ...], tuple[int, ...]]


def _split_generators(generators: frozenset[_StartGenerator]) -> _GeneratorParts:
    at_literal: list[tuple[int, int]] = []
    at_word_prefix: list[str] = []
    in_word: list[int] = []
    for kind, literal, back in generators:
        if kind == _AT_LITERAL:
            assert isinstance(literal, int)
            at_literal.append((literal, back))
        elif kind == _AT_WORD_PREFIX:
            assert isinstance(literal, str)
            at_word_prefix.append(literal)
        else:
            assert isinstance(literal, int)
            in_word.append(literal)
    return tuple(at_literal), tuple(at_word_prefix), tuple(in_word)


@dataclass
class _Prefilter:
    """Which alternatives of a cue list's regex can match a text, and how to find their matches.

    Alternatives are numbered in regex order: the anchored ones, then the free ones.
    """

    anchored: list[str]
    free: list[str]
    always: frozenset[int]  # alternatives without a known literal
    clause_counts: dict[int, int]  # alternative -> number of clauses it must satisfy
    by_literal: dict[int, tuple[tuple[int, int], ...]]  # literal id -> (alternative, clause)
    literal_ids: frozenset[int]
    # alternative -> ids of literals one of which every match starts with (None: unknown)
    prefixes: list[frozenset[int] | None]
    # alternative -> for one without ``prefixes``: lower-cased literals, one of which starts every
    # match, at a word start (``_word_prefix_in``; None: unknown)
    word_prefixes: list[frozenset[str] | None] = field(default_factory=list)
    # alternative -> whether it can match the empty string (then only the combined regex is exact)
    may_be_empty: list[bool] = field(default_factory=list)
    # alternative -> where its matches can start, as ``_start_generators`` derives it from the
    # regex (None: anywhere, the alternative is searched for)
    start_generators: list[frozenset[_StartGenerator] | None] = field(default_factory=list)
    number: int = -1  # see ``_register_prefilter``
    # ``by_literal`` split: alternatives with one clause (a hit makes them possible), and those with
    # several by the literals of their *trigger* clause only (``_trigger_clause``): a hit there makes
    # the alternative a candidate, and ``other_clauses`` (literal ids per clause) must hold too.
    # Indexing every clause made frequent literals ("the", "nach", "den") cost a step per list and
    # occurrence although the rarer clause of the same alternative was absent.
    single_clause_by_literal: dict[int, tuple[int, ...]] = field(default_factory=dict)
    several_clauses_by_literal: dict[int, tuple[int, ...]] = field(default_factory=dict)
    other_clauses: dict[int, tuple[frozenset[int], ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.by_literal and not self.single_clause_by_literal and not self.several_clauses_by_literal:
            clause_literals: dict[tuple[int, int], set[int]] = {}
            for number, pairs in self.by_literal.items():
                single = tuple(a for a, _ in pairs if self.clause_counts[a] == 1)
                if single:
                    self.single_clause_by_literal[number] = single
                for alternative, clause in pairs:
                    if self.clause_counts[alternative] > 1:
                        clause_literals.setdefault((alternative, clause), set()).add(number)
            several: dict[int, list[int]] = {}
            for alternative, count in self.clause_counts.items():
                if count < 2:
                    continue
                clauses = [frozenset(clause_literals[(alternative, c)]) for c in range(count)]
                trigger = _trigger_clause(clauses)
                for number in sorted(clauses[trigger]):
                    several.setdefault(number, []).append(alternative)
                self.other_clauses[alternative] = tuple(c for i, c in enumerate(clauses) if i != trigger)
            self.several_clauses_by_literal = {number: tuple(a) for number, a in several.items()}

        # Alternatives without ``prefixes`` and those that may match the empty string: a set
        # disjoint from one of these takes the faster path of ``spans``.
        self._unprefixed = frozenset(a for a, prefix in enumerate(self.prefixes) if prefix is None)
        self._empty_matching = frozenset(a for a, empty in enumerate(self.may_be_empty) if empty)
        # ``start_generators`` sorted by kind once, for ``_spans_merged``: it runs for most cue lists
        # of every report, and telling the kinds apart there cost a test per generator and call.
        self._generator_parts: list[_GeneratorParts | None] = [
            None if generators is None else _split_generators(generators)
            for generators in self.start_generators
        ]

    def trigger_literals(self) -> set[int]:
        """The literal ids whose occurrence can make an alternative possible (see ``spans``)."""
        return set(self.single_clause_by_literal) | set(self.several_clauses_by_literal)

    singles: list[re.Pattern[str] | None] = field(default_factory=list)  # compiled on demand
    subsets: dict[frozenset[int], re.Pattern[str] | None] = field(default_factory=dict)

    def spans(self, scan: _TextScan, full: re.Pattern[str]) -> list[Span]:
        """The non-empty matches of ``full`` in the scanned text, as ``full.finditer`` finds them."""
        starts = scan.starts
        hits = scan.touched.get(self.number, ())
        if not hits and not self.always:
            return []
        # An alternative with one clause is possible as soon as one of its literals is found; only
        # those with several clauses need to count which of their clauses hold.
        possible_set = set(self.always)
        candidates: set[int] = set()  # alternatives with several clauses whose trigger clause holds
        single_clause, several_clauses = self.single_clause_by_literal, self.several_clauses_by_literal
        for number in hits:
            alternatives = single_clause.get(number)
            if alternatives:
                possible_set.update(alternatives)
            several = several_clauses.get(number)
            if several:
                candidates.update(several)
        if candidates:
            # Plain loops: nested all()/any() generators cost more than the look-ups they make.
            other_clauses = self.other_clauses
            for alternative in candidates:
                for clause in other_clauses[alternative]:
                    for literal in clause:
                        if literal in starts:
                            break
                    else:
                        break  # no literal of this clause in the text
                else:
                    possible_set.add(alternative)
        if not possible_set:
            return []
        possible = sorted(possible_set)
        text = scan.text
        if possible_set.isdisjoint(self._unprefixed):  # every possible alternative has ``prefixes``
            return self._spans_at_prefixes(text, possible, starts)
        if self.may_be_empty and possible_set.isdisjoint(self._empty_matching):
            return self._spans_merged(text, scan.folded, possible, starts)
        regex = self._subset(frozenset(possible), full)
        if regex is None:
            return []
        return [m.span() for m in regex.finditer(text) if m.end() > m.start()]

    def _spans_at_prefixes(self, text: str, possible: list[int], starts: dict[int, list[int]]) -> list[Span]:
        """``finditer`` when every match starts with a known literal: try only those offsets.

        At one offset the combined regex yields the match of its first alternative (in regex
        order) that matches there; nothing follows the alternation. Every match is non-empty
        (it holds its prefix), so the next search starts where the match ended.
        """
        # offset -> the alternatives one of whose prefix literals starts there, in regex order (an
        # alternative appears once per literal of it found there: repeats are next to each other).
        # Only those can match at that offset; trying every possible alternative at every offset
        # made a list of 50 alternatives with frequent words ("Ukrainian") cost 50 tries a word.
        at_offset: dict[int, list[int]] = {}
        prefixes = self.prefixes
        for alternative in possible:
            for number in prefixes[alternative] or ():
                for offset in starts.get(number, ()):
                    at_offset.setdefault(offset, []).append(alternative)
        if not at_offset:
            return []
        single = self._single
        spans: list[Span] = []
        resume = 0
        for offset in sorted(at_offset):
            if offset < resume:
                continue
            tried = -1
            for alternative in at_offset[offset]:
                if alternative == tried:
                    continue
                tried = alternative
                match = single(alternative).match(text, offset)
                if match is not None:
                    spans.append(match.span())
                    resume = match.end()
                    break
        return spans

    def _spans_merged(
        self, text: str, folded: str | None, possible: list[int], starts: dict[int, list[int]]
    ) -> list[Span]:
        """``finditer`` of the regex of the ``possible`` alternatives, without compiling that regex.

        At one offset the combined regex yields the match of its first alternative (in regex order)
        that matches there, and the scan resumes where that match ends (no alternative here can
        match the empty string, so every match ends after it starts). An alternative whose match
        starts can be derived (``start_generators``: a literal found by the literal scan, a short
        word at a word start, the start of a word a literal is found in) is tried only at those
        offsets: all of them are swept once, in order, each offset's alternatives in regex order.
        Whether an alternative matches at an offset does not depend on where the scan stands, so
        an offset tried once is never tried again. The other alternatives are searched for, each
        keeping its first match at or after the scan position; a searched match wins over the
        offsets from its start on, ties going to the lower alternative.
        """
        generators = self._generator_parts
        at_offset: dict[int, list[int]] = {}  # offset -> alternatives to try there, in order
        searched: list[int] = []
        index_of_text: _WordStarts | None = None
        for alternative in possible:
            parts = generators[alternative] if generators else None
            if parts is None or folded is None:
                searched.append(alternative)
                continue
            at_literal, at_word_prefix, in_word = parts
            offsets: set[int] = set()
            for literal, back in at_literal:
                occurrences = starts.get(literal)
                if occurrences:
                    if back:
                        for offset in occurrences:
                            offsets.update(range(max(0, offset - back), offset + 1))
                    else:
                        offsets.update(occurrences)
            for prefix in at_word_prefix:
                if index_of_text is None:
                    index_of_text = _word_start_index(text, folded)
                offsets.update(
                    offset
                    for offset in index_of_text[1].get(prefix[0], ())
                    if folded.startswith(prefix, offset)
                )
            for literal in in_word:
                occurrences = starts.get(literal)
                if occurrences:
                    if index_of_text is None:
                        index_of_text = _word_start_index(text, folded)
                    ordered = index_of_text[2]
                    for offset in occurrences:
                        word = bisect.bisect_right(ordered, offset) - 1
                        if word >= 0:
                            offsets.add(ordered[word])
            for offset in offsets:
                at_offset.setdefault(offset, []).append(alternative)
        single = self._single
        sweep = sorted(at_offset)
        next_offset = 0  # index into ``sweep``
        pending: dict[int, re.Match[str] | None] = dict.fromkeys(searched)  # None: search again
        spans: list[Span] = []
        position = 0
        while True:
            # The first match of a searched alternative (lowest alternative on a tie).
            best: re.Match[str] | None = None
            best_alternative = -1
            for alternative in searched:
                if alternative not in pending:
                    continue  # no match at or after the position
                match = pending[alternative]
                if match is None or match.start() < position:
                    match = single(alternative).search(text, position)
                    if match is None:
                        del pending[alternative]
                        continue
                    pending[alternative] = match
                if best is None or match.start() < best.start():
                    best, best_alternative = match, alternative
            limit = best.start() if best is not None else len(text) + 1
            found: re.Match[str] | None = None
            while next_offset < len(sweep):
                offset = sweep[next_offset]
                if offset > limit:
                    break
                if offset >= position:
                    for alternative in at_offset[offset]:
                        if offset == limit and alternative > best_alternative:
                            break
                        found = single(alternative).match(text, offset)
                        if found is not None:
                            break
                    if found is not None:
                        break
                next_offset += 1
            if found is None:
                found = best
            if found is None:
                return spans
            spans.append(found.span())
            position = found.end()

    def _single(self, alternative: int) -> re.Pattern[str]:
        if not self.singles:
            self.singles = [None] * (len(self.anchored) + len(self.free))
        regex = self.singles[alternative]
        if regex is None:
            count = len(self.anchored)
            if alternative < count:
                regex = _combine([self.anchored[alternative]], [])
            else:
                regex = _combine([], [self.free[alternative - count]])
            assert regex is not None
            self.singles[alternative] = regex
        return regex

    def _subset(self, possible: frozenset[int], full: re.Pattern[str]) -> re.Pattern[str] | None:
        """The regex of only the ``possible`` alternatives, in their order (cached)."""
        if len(possible) == len(self.anchored) + len(self.free):
            return full
        cached = self.subsets.get(possible, full)
        if cached is full:
            if len(self.subsets) >= _MAX_SUBSETS:
                self.subsets.clear()
            count = len(self.anchored)
            cached = _combine(
                [a for i, a in enumerate(self.anchored) if i in possible],
                [f for i, f in enumerate(self.free) if i + count in possible],
            )
            self.subsets[possible] = cached
        return cached


_MAX_SUBSETS = 4096  # distinct sets of possible alternatives kept compiled per cue list


def _combine(anchored: list[str], free: list[str]) -> re.Pattern[str] | None:
    """The one regex of a cue list: anchored alternatives in one word-start group, then ``re:``."""
    parts = list(free)
    if anchored:
        parts.insert(0, r"(?<!\w)(?:" + "|".join(anchored) + ")")
    return re.compile("|".join(parts), re.IGNORECASE | re.MULTILINE) if parts else None


def _prefix_in(items: Any, min_length: int = _MIN_LITERAL) -> frozenset[str] | None:
    """Lower-cased literals one of which every match of the parsed sequence starts with."""
    run: list[str] = []
    for op, arg in items:
        if op is _re_constants.LITERAL:
            char = chr(arg)
            if char in _LITERAL_UNSAFE or char.lower() in _LITERAL_UNSAFE:
                break
            run.append(char.lower())
            continue
        if run:
            break
        if op in _ZERO_WIDTH:
            continue  # "\b", lookarounds: nothing consumed yet
        if op is _re_constants.SUBPATTERN:
            return _prefix_in(arg[3], min_length)
        if op is _re_constants.ATOMIC_GROUP:
            return _prefix_in(arg, min_length)
        if op in _REPEATS and arg[0] >= 1:
            return _prefix_in(arg[2], min_length)
        if op is _re_constants.BRANCH:
            branches = [_prefix_in(branch, min_length) for branch in arg[1]]
            if any(b is None for b in branches):
                return None
            return frozenset().union(*(b for b in branches if b is not None))
        return None
    if run and len(run) >= min_length:
        return frozenset({"".join(run)})
    return None


_ZERO_WIDTH = (_re_constants.AT, _re_constants.ASSERT, _re_constants.ASSERT_NOT)
_WORD_CHARACTER = re.compile(r"\w")


def _starts_at_boundary(items: Any) -> bool:
    """Whether every match of the parsed sequence starts right after a ``\\b`` (False: unknown)."""
    for op, arg in items:
        if op is _re_constants.AT:
            if arg is _re_constants.AT_BOUNDARY:
                return True
            continue
        if op in _ZERO_WIDTH:
            continue
        if op is _re_constants.SUBPATTERN:
            return _starts_at_boundary(arg[3])
        if op is _re_constants.ATOMIC_GROUP:
            return _starts_at_boundary(arg)
        if op is _re_constants.BRANCH:
            return all(_starts_at_boundary(branch) for branch in arg[1])
        return False
    return False


def _word_prefix_in(items: Any, anchored: bool) -> frozenset[str] | None:
    """Lower-cased literals, however short, one of which every match starts with at a word start.

    A match starts at a word start (a word character not preceded by one) when the alternative is
    anchored (``(?<!\\w)``) or opens with ``\\b``, and the literal it starts with begins with a
    word character. Such alternatives can be tried at the word starts of the text that begin with
    one of these literals instead of searching the whole text.
    """
    if not anchored and not _starts_at_boundary(items):
        return None
    literals = _prefix_in(items, min_length=1)
    if literals is None or not all(_WORD_CHARACTER.match(literal[0]) for literal in literals):
        return None
    return literals


def _is_zero_width(items: Any) -> bool:
    """Whether the parsed sequence consumes nothing (anchors and lookarounds only)."""
    return all(op in _ZERO_WIDTH for op, _ in items)


def _char_options(op: Any, arg: Any) -> frozenset[str] | None:
    """The lower-cased characters one parsed item matches (a literal or a small class), else None."""
    if op is _re_constants.LITERAL:
        chars = [chr(arg)]
    elif op is _re_constants.IN:
        chars = []
        for item_op, item_arg in arg:
            if item_op is _re_constants.LITERAL:
                chars.append(chr(item_arg))
            elif item_op is _re_constants.RANGE and item_arg[1] - item_arg[0] < _MAX_RANGE:
                chars.extend(chr(code) for code in range(item_arg[0], item_arg[1] + 1))
            else:
                return None  # a category (\\w, \\s), a negated class, a wide range
    else:
        return None
    if any(char in _LITERAL_UNSAFE or char.lower() in _LITERAL_UNSAFE for char in chars):
        return None
    return frozenset(char.lower() for char in chars)


_MAX_RANGE = 8  # a class range wider than this ("[А-Я]") gives too many literals to be of use
_MAX_LITERAL_VARIANTS = 16  # "[Vv]ideos?": at most this many spellings of a literal run


def _literal_run(items: list[Any], index: int) -> tuple[frozenset[str], int] | None:
    """The lower-cased spellings of the run of literals and small classes at ``items[index]``, and
    the index after the run; None when there is no run there."""
    variants: frozenset[str] = frozenset({""})
    end = index
    while end < len(items):
        options = _char_options(*items[end])
        if options is None or len(variants) * len(options) > _MAX_LITERAL_VARIANTS:
            break
        variants = frozenset(variant + option for variant in variants for option in options)
        end += 1
    return (variants, end) if end > index else None


def _is_word_class(items: list[Any]) -> bool:
    """Whether the parsed sequence is the one class ``\\w``."""
    return (
        len(items) == 1
        and items[0][0] is _re_constants.IN
        and list(items[0][1]) == [(_re_constants.CATEGORY, _re_constants.CATEGORY_WORD)]
    )


def _width_one(items: list[Any]) -> bool:
    """Whether the parsed sequence is one item that consumes exactly one character."""
    return len(items) == 1 and items[0][0] in _ONE_CHARACTER


_ONE_CHARACTER = (
    _re_constants.LITERAL,
    _re_constants.NOT_LITERAL,
    _re_constants.IN,
    _re_constants.ANY,
    _re_constants.CATEGORY,
)


def _start_generators(
    items: list[Any], at_word_start: bool, back: int = 0
) -> frozenset[_StartGenerator] | None:
    """Where the matches of the parsed sequence ``items`` can start (see ``_AT_LITERAL``), or None.

    ``at_word_start``: nothing before the sequence lets a word character precede its start (the
    alternative is anchored with ``(?<!\\w)``, or a ``\\b`` came first). ``back``: how many
    characters the items before may have consumed. Every match start is one the generators give,
    never the other way round: a generator may give offsets where nothing matches (the regex is
    tried there), never miss one. Groups and alternations are followed into their content with
    the rest of the sequence after it; a repeat that may match nothing also lets the rest start
    the match; anything else that is not understood gives None (the alternative is searched for).
    """
    index = 0
    while index < len(items):
        op, arg = items[index]
        rest = items[index + 1 :]
        if op is _re_constants.AT:
            at_word_start = at_word_start or (arg is _re_constants.AT_BOUNDARY and back == 0)
            index += 1
            continue
        if op in _ZERO_WIDTH or (op is _re_constants.BRANCH and all(_is_zero_width(b) for b in arg[1])):
            index += 1  # lookarounds, "(?:^|(?<=[.!?]\\s))": the start does not move
            continue
        if op is _re_constants.SUBPATTERN:
            if arg[1] & re.ASCII:
                return None  # an ASCII \\b or \\w is not the word start of the word index
            return _start_generators([*arg[3], *rest], at_word_start, back)
        if op is _re_constants.ATOMIC_GROUP:
            return _start_generators([*arg, *rest], at_word_start, back)
        if op is _re_constants.BRANCH:
            union: set[_StartGenerator] = set()
            for branch in arg[1]:
                found = _start_generators([*branch, *rest], at_word_start, back)
                if found is None:
                    return None
                union |= found
            return frozenset(union)
        run = _literal_run(items, index)
        if run is not None:
            variants, after = run
            if all(len(variant) >= _MIN_LITERAL for variant in variants):
                return frozenset((_AT_LITERAL, _literal_id(variant), back) for variant in variants)
            if back == 0 and at_word_start and all(_WORD_CHARACTER.match(v[0]) for v in variants):
                return frozenset((_AT_WORD_PREFIX, variant, 0) for variant in variants)
            # A short run (", "): the start lies that many characters before what follows.
            back += max(len(variant) for variant in variants)
            if back > _MAX_BACK:
                return None
            at_word_start = False
            index = after
            continue
        if op in _REPEATS:
            low, high, body = arg
            body_items = list(body)
            if _is_word_class(body_items) and high == _re_constants.MAXREPEAT and back == 0:
                # "\\w*eroberung": at a word start, only word characters before the literal, so the
                # match starts where the literal's word starts.
                following = _literal_run(rest, 0)
                if (
                    at_word_start
                    and following is not None
                    and all(len(v) >= _MIN_LITERAL and _WORD_CHARACTER.match(v[0]) for v in following[0])
                ):
                    return frozenset((_IN_WORD, _literal_id(variant), 0) for variant in following[0])
                return None
            if _width_one(body_items) and high <= _MAX_BACK:
                back += high  # "\\W{0,3}", "[„«]?": a few characters of any kind
                if back > _MAX_BACK:
                    return None
                at_word_start = False
                index += 1
                continue
            own = _start_generators(body_items, at_word_start, back)
            if own is None:
                return None
            if low >= 1:
                return own
            after_repeat = _start_generators(rest, at_word_start, back)
            return None if after_repeat is None else own | after_repeat
        if op in _ONE_CHARACTER:
            back += 1
            if back > _MAX_BACK:
                return None
            at_word_start = False
            index += 1
            continue
        return None
    return None  # nothing that says where a match starts


_GROUP_REFERENCES = (_re_constants.GROUPREF, _re_constants.GROUPREF_EXISTS)


def _has_op(items: Any, test: Callable[[Any, Any], bool]) -> bool:
    """Whether ``test(op, arg)`` holds for any opcode of a parsed pattern, nested groups included."""
    for op, arg in items:
        if test(op, arg):
            return True
        for part in arg if isinstance(arg, (list, tuple)) else (arg,):
            if isinstance(part, _re_parser.SubPattern) and _has_op(part, test):
                return True
            if isinstance(part, list) and any(
                isinstance(x, _re_parser.SubPattern) and _has_op(x, test) for x in part
            ):
                return True
    return False


def _refers_to_groups(items: Any) -> bool:
    """Whether a parsed pattern uses a group reference (numbering changes outside the full regex)."""
    return _has_op(items, lambda op, arg: op in _GROUP_REFERENCES)


def _parsed(pattern: str) -> Any:
    try:
        return _re_parser.parse(pattern, re.IGNORECASE)
    except re.error:
        return None


def _make_prefilter(anchored: list[str], free: list[str]) -> _Prefilter | None:
    parsed = [_parsed(a) for a in anchored] + [_parsed(f) for f in free]
    if any(p is None or _refers_to_groups(p) for p in parsed):
        return None  # kept exact only for self-contained alternatives
    requirements = [required_literals(a) for a in anchored] + [required_literals(f) for f in free]
    if not any(requirements):
        return None
    prefixes: list[frozenset[int] | None] = []
    for tree in parsed:
        literals = _prefix_in(tree)
        prefixes.append(None if literals is None else frozenset(_literal_id(x) for x in literals))
    by_literal: dict[int, list[tuple[int, int]]] = {}
    for alternative, clauses in enumerate(requirements):
        for number, clause in enumerate(clauses):
            for literal in clause:
                by_literal.setdefault(_literal_id(literal), []).append((alternative, number))
    prefilter = _Prefilter(
        anchored=anchored,
        free=free,
        always=frozenset(i for i, clauses in enumerate(requirements) if not clauses),
        clause_counts={i: len(clauses) for i, clauses in enumerate(requirements) if clauses},
        by_literal={number: tuple(pairs) for number, pairs in by_literal.items()},
        literal_ids=frozenset(by_literal),
        prefixes=prefixes,
        word_prefixes=[
            None if prefix is not None else _word_prefix_in(tree, number < len(anchored))
            for number, (tree, prefix) in enumerate(zip(parsed, prefixes, strict=True))
        ],
        may_be_empty=[tree.getwidth()[0] == 0 for tree in parsed],
        start_generators=[
            None
            if tree.state.flags & re.ASCII
            else _start_generators(list(tree), at_word_start=number < len(anchored))
            for number, tree in enumerate(parsed)
        ],
    )
    prefilter.number = _register_prefilter(prefilter.trigger_literals())
    return prefilter


@dataclass
class CueList:
    """A compiled cue list: a lemma set plus one combined regular expression."""

    lemmas: frozenset[str] = frozenset()
    regex: re.Pattern[str] | None = None
    exclude_grammemes: frozenset[str] = frozenset()  # tokens with these never match by lemma
    prefilter: _Prefilter | None = field(default=None, repr=False, compare=False)

    def __bool__(self) -> bool:
        return bool(self.lemmas) or self.regex is not None

    def find(self, text: str, tokens: list[Token]) -> list[Span]:
        """All (start, end) matches in ``text``, sorted, overlapping matches kept."""
        spans: list[Span] = []
        if self.lemmas and isinstance(tokens, TokenList):
            by_form = tokens.by_form
            forms = self.lemmas & tokens.forms  # a set with a set: walks the smaller one
            if forms:
                matched = {id(t): t for form in forms for t in by_form[form]}
                spans.extend(
                    (t.start, t.end) for t in matched.values() if not (t.grammemes & self.exclude_grammemes)
                )
        elif self.lemmas:
            spans.extend(
                (t.start, t.end)
                for t in tokens
                if (t.lemma in self.lemmas or t.lower in self.lemmas)
                and not (t.grammemes & self.exclude_grammemes)
            )
        regex = self.regex
        if regex is not None:
            prefilter = self.prefilter
            scan: _TextScan | None = None
            if prefilter is not None:
                # The extractor runs dozens of lists over one text in a row: reuse the last scan
                # without a call when it is still current (``_scan`` makes the same test).
                scan = _last_scan
                if not (
                    scan.text is text
                    and scan.known == len(_literal_ids)
                    and scan.prefilters == _prefilter_count
                ):
                    scan = _scan(text)
            if scan is not None and scan.folded is not None and prefilter is not None:
                if prefilter.number not in scan.touched and not prefilter.always:
                    found = []  # none of the literals that wake an alternative is in the text
                else:
                    found = prefilter.spans(scan, regex)
                if not spans:
                    return found  # finditer's order: by start, never overlapping, so sorted
                spans.extend(found)
            else:
                spans.extend(m.span() for m in regex.finditer(text) if m.end() > m.start())
        spans.sort()
        return spans


def _word_start_regex(entry: str) -> str | None:
    """The regex of an entry that starts at a word start (all but ``re:``), without the anchor."""
    if entry.startswith("~"):
        return re.escape(entry[1:]) + r"\w*"
    if entry.startswith("*"):
        return r"\w*" + re.escape(entry[1:]) + r"\w*"
    if entry.startswith("="):
        return re.escape(entry[1:]) + r"(?!\w)"
    words = entry.split()
    if len(words) > 1:
        return r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    return None


def compile_cues(entries: Iterable[str] | None, exclude_grammemes: Iterable[str] = ()) -> CueList:
    """Compile a cue list (syntax in the module docstring).

    Everything but ``re:`` entries starts at a word start, so those share one anchored group:
    positions inside words fail at once instead of trying every alternative.
    """
    lemmas: set[str] = set()
    anchored: list[str] = []
    free: list[str] = []
    for raw in entries or []:
        entry = str(raw).strip()
        if not entry:
            continue
        if entry.startswith("re:"):
            free.append(f"(?:{entry[3:]})")
            continue
        regex = _word_start_regex(entry)
        if regex is None:
            lemmas.add(entry.lower())
        else:
            anchored.append(regex)
    # Longest first, so that a phrase wins over a stem that is its prefix.
    anchored.sort(key=len, reverse=True)
    compiled = _combine(anchored, free)
    prefilter = _make_prefilter(anchored, free) if compiled is not None else None
    return CueList(frozenset(lemmas), compiled, frozenset(exclude_grammemes), prefilter)


def compile_regex_cues(pattern: str) -> CueList | None:
    """A cue list whose ``find`` gives exactly the spans of ``re.compile(pattern, re.IGNORECASE)
    .finditer``, so that a report-wide regex shares the literal scan of the cue lists (and is not run
    when none of its literals is in the text); None when the cue list could differ: a pattern that
    may match the empty string (``find`` drops empty matches), uses ``^``/``$`` (cue lists are
    compiled ``re.MULTILINE``), global inline flags (not allowed inside the cue list's group) or
    starts or ends with white space (``compile_cues`` strips its entries). A ``^`` becomes ``\\A``,
    which is what it means without ``re.MULTILINE`` ("(?:^|(?<=\\s))word": at the text's start)."""
    parsed = _parsed(pattern)
    if pattern != pattern.strip() or parsed is None or parsed.getwidth()[0] == 0:
        return None
    if _uses_line_anchors(parsed):
        pattern = _caret_as_text_start(pattern, parsed)
        if not pattern:
            return None
    try:
        return compile_cues(["re:" + pattern])
    except re.error:
        return None


_LINE_ANCHORS = (_re_constants.AT_BEGINNING, _re_constants.AT_END)
_AT_BEGINNING_NAME = re.compile(r"\bAT_BEGINNING\b")


def _caret_as_text_start(pattern: str, parsed: Any) -> str:
    """``pattern`` with each ``^`` outside a character class written ``\\A``; empty when that is not
    the same pattern apart from those anchors (a ``$``, or anything the rewriting misread): the
    parsed trees are compared, with ``^`` and ``\\A`` told apart by name only."""
    out = ["\\A" if outside and piece == "^" else piece for _, piece, outside in regex_pieces(pattern)]
    rewritten = "".join(out)
    again = _parsed(rewritten)
    if again is None or _uses_line_anchors(again):
        return ""
    expected = _AT_BEGINNING_NAME.sub("AT_BEGINNING_STRING", repr(parsed.data))
    return rewritten if repr(again.data) == expected else ""


def _uses_line_anchors(items: Any) -> bool:
    """Whether a parsed pattern holds ``^`` or ``$`` (whose meaning ``re.MULTILINE`` changes)."""
    return _has_op(items, lambda op, arg: op is _re_constants.AT and arg in _LINE_ANCHORS)


def compile_regex(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None


# --------------------------------------------------------------------------- the lexicon


@dataclass
class Lexicon:
    """Everything the rule extractor knows about one language."""

    lang: str
    analyze_word: Callable[[str], tuple[str, frozenset[str]]]
    abbreviations: frozenset[str]
    no_split_after_number: bool
    skip_sentence: re.Pattern[str] | None
    events: dict[str, CueList]
    side_words: dict[str, CueList]  # "UA", "RU", "OWN"
    hedge: CueList
    prediction: CueList
    prediction_sentence: CueList
    threat: CueList
    conditional: CueList
    negation: CueList  # plain negators, only counted next to the trigger
    denial: CueList  # counted anywhere in the sentence
    future_grammeme: str | None
    attribution: CueList
    pronoun_speaker: CueList
    reported_speech: CueList
    visual: CueList
    analysis: CueList
    eyewitness: CueList
    passive: CueList
    passive_grammemes: frozenset[str]
    agent_before: re.Pattern[str] | None
    agent_grammeme: str | None
    to_before: re.Pattern[str] | None
    secondary_before: re.Pattern[str] | None
    trigger_sides: dict[str, CueList]  # trigger words that say who acts ("befreit" in German reporting)
    negation_window: tuple[int, int]  # tokens before / after a trigger where a negator counts
    anaphora: re.Pattern[str] | None  # "the town", "der Stadt": refers back to a named settlement
    patient_before: re.Pattern[str] | None  # "im Kessel", "droht die": the side named is acted upon
    purpose: CueList  # "um ... zu", "in order to": what follows is an aim, not a claim
    seat_gap: re.Pattern[str] | None  # "Ministerium in Kiew": between a speaker and its seat
    target_before: re.Pattern[str] | None  # "по противнику", "on Russian positions": the side is hit
    list_continuation: re.Pattern[str] | None  # "Darunter ...", "Серед них ...": a list of places
    default_speaker_side: str | None  # whose "our"/"the enemy" when speaker and outlet are unknown
    unknown_speaker: re.Pattern[str] | None  # "sagte Max Mustermann": a named speaker not registered
    not_place_before: re.Pattern[str] | None  # "am Ufer des", "river": a river, not a settlement
    region_before: re.Pattern[str] | None  # "im Gebiet": the name that follows is a region
    region_after: re.Pattern[str] | None  # " oblast", " region": the name before is a region
    direction: re.Pattern[str] | None
    direction_words: dict[str, str]  # lower-cased word -> compass code
    roles: dict[str, CueList]  # source kind -> role nouns ("Journalist")
    extra: dict[str, Any] = field(default_factory=dict)
    # "nach eigenen Angaben", "by its own account", "за власними даними": the acting side says so.
    self_attribution: CueList = field(default_factory=CueList)
    # ``skip_sentence`` as separately gated patterns (``AnyPatternSearch``; None: search it whole).
    skip_sentence_search: AnyPatternSearch | None = field(default=None, repr=False, compare=False)
    # What the extractor derives from this language's data and a short input that recurs across
    # reports (an outlet's name): kept here so that it goes when the lexicon is reloaded.
    memo: dict[tuple[object, ...], object] = field(default_factory=dict, repr=False, compare=False)

    def skips(self, sentence: str) -> bool:
        """Whether ``skip_sentence`` occurs in ``sentence`` (a heading, a question, history)."""
        if self.skip_sentence_search is not None:
            return self.skip_sentence_search.search(sentence)
        return self.skip_sentence is not None and self.skip_sentence.search(sentence) is not None

    # word -> (lower-cased, lemma, grammemes): one look-up per token instead of lower-casing and
    # going through the lemmatiser's cache wrapper.
    _analyses: dict[str, tuple[str, str, frozenset[str]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def tokenize(self, text: str) -> TokenList:
        tokens: list[Token] = []
        append = tokens.append
        analyses = self._analyses
        for match in TOKEN_RE.finditer(text):
            word = match.group()
            analysis = analyses.get(word)
            if analysis is None:
                if len(analyses) >= _MAX_CACHED_WORDS:
                    analyses.clear()
                lemma, grammemes = self.analyze_word(word)
                analysis = analyses[word] = (word.lower(), lemma, grammemes)
            # The tuple made directly: ``Token(...)`` goes through the named tuple's ``__new__``, a
            # Python function, and a report has hundreds of tokens.
            append(_new_tuple(Token, (*match.span(), word, *analysis)))
        particles = self.extra.get("separable_particles")
        if particles:
            skip = compile_regex(self.extra.get("separable_skip"))
            ends = german.clause_end_pattern(tuple(self.extra.get("phrase_end_words") or ()))
            joined = german.separable_forms(text, tokens, frozenset(particles), skip, ends)
            return TokenList(tokens, joined)
        phrasal = self.extra.get("phrasal_particles")
        if phrasal:  # English phrasal verbs: "pulled its units back" answers to "pull+back"
            barriers = frozenset(self.extra.get("phrasal_barriers") or ())
            skip = compile_regex(self.extra.get("phrasal_skip"))
            starts = frozenset(self.extra.get("phrasal_object_starts") or ())
            ends = english.phrase_end_pattern(tuple(self.extra.get("phrase_end_words") or ()))
            joined = english.phrasal_forms(text, tokens, frozenset(phrasal), barriers, skip, starts, ends)
            return TokenList(tokens, joined)
        return TokenList(tokens)


_MAX_CACHED_WORDS = 200_000  # distinct word forms remembered per language
_new_tuple = tuple.__new__


def _direction_regex(spec: dict[str, Any]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    words: dict[str, str] = {}
    for code, forms in (spec.get("words") or {}).items():
        for form in forms or []:
            words[str(form).lower()] = str(code)
    if not words or not spec.get("before"):
        return None, words
    word_alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    joiner = "|".join(spec.get("joiners") or [","])
    one = rf"(?:{word_alt})(?!\w)"
    pattern = rf"(?<!\w)(?:{'|'.join(spec['before'])})\s+(?P<dirs>{one}(?:\s*(?:{joiner})\s*{one})*)"
    return re.compile(pattern, re.IGNORECASE), words


def _window(raw: Any) -> tuple[int, int]:
    if isinstance(raw, list) and len(raw) == 2:
        return int(raw[0]), int(raw[1])
    return 3, 1


@lru_cache(maxsize=32)
def load_lexicon(lang: str) -> Lexicon | None:
    """The compiled lexicon of ``lang``, or None when the language has no claims.yaml."""
    path = LANG_DIR / lang / "claims.yaml"
    if not path.is_file():
        return None
    data = datafiles.read_yaml_mapping(path)
    if data.get("swiss_spelling"):
        data = german.swiss_spelling(data)  # every "ß" of a cue also matches "ss" ("Vorstoss")
    modality = data.get("modality") or {}
    evidence = data.get("evidence") or {}
    passive = data.get("passive") or {}
    speech = data.get("speech") or {}
    direction_pattern, direction_words = _direction_regex(data.get("direction") or {})
    skip = data.get("skip_sentences") or []
    return Lexicon(
        lang=lang,
        analyze_word=make_analyzer(
            str(data.get("lemmatizer", "none")), lang, gerund_verbs=data.get("gerund_lemma") == "verb"
        ),
        abbreviations=frozenset(str(a).lower().rstrip(".") for a in data.get("abbreviations") or []),
        no_split_after_number=bool(data.get("no_split_after_number", False)),
        skip_sentence=compile_regex("|".join(f"(?:{s})" for s in skip) if skip else None),
        skip_sentence_search=AnyPatternSearch.for_alternation([f"(?:{s})" for s in skip]),
        events={
            str(k): compile_cues(v, data.get("event_exclude_grammemes") or [])
            for k, v in (data.get("events") or {}).items()
        },
        side_words={str(k): compile_cues(v) for k, v in (data.get("sides") or {}).items()},
        hedge=compile_cues(modality.get("hedge")),
        prediction=compile_cues(modality.get("prediction")),
        prediction_sentence=compile_cues(modality.get("prediction_sentence")),
        threat=compile_cues(modality.get("threat")),
        conditional=compile_cues(modality.get("conditional")),
        negation=compile_cues(modality.get("negation")),
        denial=compile_cues(modality.get("denial")),
        future_grammeme=modality.get("future_grammeme"),
        attribution=compile_cues(speech.get("attribution")),
        pronoun_speaker=compile_cues(speech.get("pronoun_speaker")),
        reported_speech=compile_cues(speech.get("reported_speech")),
        self_attribution=compile_cues(speech.get("self_attribution")),
        visual=compile_cues(evidence.get("visual")),
        analysis=compile_cues(evidence.get("analysis")),
        eyewitness=compile_cues(evidence.get("eyewitness")),
        passive=compile_cues(passive.get("markers")),
        passive_grammemes=frozenset(passive.get("grammemes") or []),
        agent_before=compile_regex(passive.get("agent_before")),
        agent_grammeme=passive.get("agent_grammeme"),
        to_before=compile_regex(data.get("to_before")),
        secondary_before=compile_regex(data.get("secondary_before")),
        trigger_sides={str(k): compile_cues(v) for k, v in (data.get("trigger_sides") or {}).items()},
        negation_window=_window(modality.get("negation_window")),
        anaphora=compile_regex(data.get("anaphora")),
        patient_before=compile_regex(data.get("patient_before")),
        purpose=compile_cues(data.get("purpose")),
        seat_gap=compile_regex(data.get("seat_gap")),
        target_before=compile_regex(data.get("target_before")),
        list_continuation=compile_regex(data.get("list_continuation")),
        default_speaker_side=data.get("default_speaker_side"),
        unknown_speaker=compile_regex(data.get("unknown_speaker")),
        not_place_before=compile_regex(data.get("not_place_before")),
        region_before=compile_regex(data.get("region_before")),
        region_after=compile_regex(data.get("region_after")),
        direction=direction_pattern,
        direction_words=direction_words,
        roles={str(k): compile_cues(v) for k, v in (data.get("roles") or {}).items()},
        extra={k: v for k, v in data.items() if k not in _KNOWN_KEYS},
    )


_KNOWN_KEYS = frozenset(
    {
        "language",
        "lemmatizer",
        "gerund_lemma",
        "abbreviations",
        "no_split_after_number",
        "skip_sentences",
        "events",
        "sides",
        "modality",
        "speech",
        "evidence",
        "passive",
        "to_before",
        "secondary_before",
        "trigger_sides",
        "event_exclude_grammemes",
        "anaphora",
        "patient_before",
        "purpose",
        "seat_gap",
        "target_before",
        "list_continuation",
        "default_speaker_side",
        "unknown_speaker",
        "not_place_before",
        "region_before",
        "region_after",
        "direction",
        "roles",
    }
)
