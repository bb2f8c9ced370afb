"""Who says it: the source registry (``data/sources.yaml``) and finding speakers in text.

Each registry entry has names in all scripts, a kind (``frontwatch.model.SOURCE_KINDS``) and a
side. Names are matched case-sensitively on their first letter (names are proper nouns) and with
a tolerance for inflection endings (Selenskyjs, Зеленського, Зеленским, Militärkanälen).
Entries without a side (a general staff, "the governor") take the side word right before them
("der ukrainische Generalstab"). An entry may give the ``evidence`` kind its words rest on (foreign
defence intelligence: analysis). ``outlet_name_kinds`` and ``channel_name_words`` say what an outlet
the registry does not know is by its name; role nouns come from ``roles`` and the optional
``speaker_roles`` key of claims.yaml, and a title before a registry name ("regional governor Ivan
Fedorov") gives the office held in the text.

Round 4 (tests/test_claims_sources_r4.py): role nouns of the optional key ``speaker_roles_more`` (a
side's military, authorities or "side" speaking as a body); a side word inside a role's own words
is its side before any side word earlier in the clause; "the ministry" / "відомство" (optional key
``speaker_anaphora``) speaks for the ministry named before; a publisher whose name shows one side's
flag (``name_flags`` in sources.yaml) is a channel of that side.

Round 6 (tests/test_claims_time_source_r6.py): і/ї and и/ы spell the same name letter past a name's
first three letters; ``speaker_anaphora`` also lists words for an official text ("говорится в сводке"),
which speaks for the ministry or staff named before.

Round 10 (tests/test_claims_sources_r10.py): where role phrases of different kinds overlap the longest
wins ("der von Moskau eingesetzte Bürgermeister" is an occupation official); an occupation official
keeps that kind under any office title; a role noun ending a line does not take the next line's name;
countries in ``capitals`` (``exact_names``) are matched without inflection endings.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick

from frontwatch.claims.lexicon import CueList, Lexicon, PatternGate, Token, compile_cues
from frontwatch.datafiles import DATA_DIR, read_yaml
from frontwatch.model import EVIDENCE_KINDS, SOURCE_KINDS, Source

SOURCES_PATH = DATA_DIR / "sources.yaml"

# Endings stripped from Cyrillic name words before allowing an inflection ending.
_CYRILLIC_ENDINGS = ("ий", "ій", "ый", "ой", "ая", "а", "я", "о", "е", "ь", "й", "и", "і", "ы")
# How many side words back a registry name may take its side from ("der ukrainische Generalstab").
_SIDE_LOOKBACK_CHARS = 30
# Capitalised words (a person's name) after a role noun: "Journalist Ilja Ponomarenko".
# A dot only as an initial ("V. Zelensky"): "спасатель Олег. По данным ..." ends the name at "Олег".
# Not across a line break: a role noun that ends a title line ("что заявили официальные лица") does not
# take the name that opens the next line ("Министерство обороны России.") as its holder.
_NAME_AFTER_ROLE = re.compile(
    r"[^\S\n]+((?:[A-ZА-ЯЁІЇЄҐ]\.|[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+)(?:[^\S\n]+[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+){0,2})"
)


@dataclass(frozen=True)
class RegistryEntry:
    id: str
    name: str  # canonical (first listed) name
    names: tuple[str, ...]
    kind: str
    side: str | None
    # The evidence kind of what this source says when the sentence gives no other (optional
    # ``evidence`` in sources.yaml: a foreign defence intelligence publishes assessments).
    evidence: str | None = None
    # Names matched only as written, without inflection endings (``exact_names`` of ``capitals``: a
    # country's name "Russia" must not match "Russian", nor "Україна" "Українські").
    exact_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceMention:
    start: int
    end: int
    source: Source
    entry_id: str | None  # None for speakers found by role noun or unknown names


def _first_letter_either_case(escaped: str) -> str:
    first = escaped[0]
    if first.isalpha() and first.lower() != first.upper():
        return f"[{first.upper()}{first.lower()}]" + escaped[1:]
    return escaped


def _word_pattern(word: str) -> str:
    if len(word) < 4 or word.isupper():
        return re.escape(word)
    return _first_letter_either_case(_inflectable(word))


def _inflectable(word: str) -> str:
    if re.match(r"[А-ЯЁІЇЄҐа-яёіїєґ]", word):
        stem = word
        for ending in _CYRILLIC_ENDINGS:
            if stem.endswith(ending) and len(stem) - len(ending) >= 4:
                stem = stem[: -len(ending)]
                break
        return _vowel_tolerant(stem) + r"\w{0,4}"
    return re.escape(word) + r"\w{0,3}"


# Ukrainian і/ї, Russian и/ы: one name is spelled with either, and texts mix them ("Вадим Філашкин"
# for Філашкін / Филашкин). Past the index key (``_KEY_LENGTH``) a name letter of this set matches
# any of them, so that the index and the literal starts stay exact (a difference in the first three
# letters, "Сирський" / "Сырский", still needs both spellings listed).
_I_VOWELS = "іїиы"
_I_VOWEL_CLASS = "[" + _I_VOWELS + _I_VOWELS.upper() + "]"


def _vowel_tolerant(stem: str) -> str:
    """``stem`` escaped, its і/ї/и/ы letters after the first ``_KEY_LENGTH`` matching each other."""
    head, tail = stem[:_KEY_LENGTH], stem[_KEY_LENGTH:]
    return re.escape(head) + "".join(
        _I_VOWEL_CLASS if letter.lower() in _I_VOWELS else re.escape(letter) for letter in tail
    )


def _exact_pattern(name: str) -> str:
    """``name`` as written (first letter in either case), a whole word: no inflection ending."""
    body = r"[\s-]+".join(re.escape(w) for w in name.split())
    return r"(?<![\w-])" + _first_letter_either_case(body) + r"(?!\w)"


def _name_pattern(name: str) -> str:
    words = name.split()
    body = r"[\s-]+".join(_word_pattern(w) for w in words)
    # Not after a hyphen: "pro-Kremlin", "pro-Putin" describe someone else, they do not name a speaker.
    return r"(?<![\w-])" + body + r"(?!\w)"


_WORD_START = re.compile(r"(?<!\w)\w")
_KEY_LENGTH = 3


def _key(name: str) -> str:
    first_word = name.split()[0].replace("-", " ").split()[0] if name.split() else name
    return first_word[:_KEY_LENGTH].casefold()


def _literal_starts(name: str) -> set[str]:
    """The literal texts one of which every match of ``_name_pattern(name)`` starts with.

    This mirrors ``_word_pattern`` for the name's first word: the exact word (short or upper-case
    words), else its stem with the first letter in either case. A pattern's first-letter class
    ``[Xx]`` matches one character out of ``X.upper() + X.lower()``, so each of those is a start.
    """
    words = name.split()
    if not words:
        return set()
    word = words[0]
    if len(word) < 4 or word.isupper():
        return {word}
    literal = word
    if re.match(r"[А-ЯЁІЇЄҐа-яёіїєґ]", word):
        for ending in _CYRILLIC_ENDINGS:
            if literal.endswith(ending) and len(literal) - len(ending) >= 4:
                literal = literal[: -len(ending)]
                break
        # The literal ends before the first letter ``_vowel_tolerant`` lets vary.
        for index in range(_KEY_LENGTH, len(literal)):
            if literal[index].lower() in _I_VOWELS:
                literal = literal[:index]
                break
    first = literal[0]
    if first.isalpha() and first.lower() != first.upper():
        return {letter + literal[1:] for letter in first.upper() + first.lower()}
    return {literal}


# How many texts ``SourceRegistry.find`` remembers: the extractor asks about the same outlet
# name several times per report and about each report text once.
_FIND_CACHE_SIZE = 256


class SourceRegistry:
    """The registry, with one compiled pattern per name, indexed by the name's first letters.

    A single alternation of all names would be simple but slow (every position tries every name);
    the index tries only the names that start with the letters found at a word start. Which word
    starts are worth trying at all comes from one Aho-Corasick automaton over the literal start of
    every name (both cases of its first letter): a C-speed pass over the text instead of a Python
    loop over every word.
    """

    def __init__(self, entries: list[RegistryEntry], name_flags: dict[str, str] | None = None) -> None:
        self.entries = entries
        # Flag symbols in a publisher's name and the side each stands for (``name_flags``).
        self.name_flags = dict(name_flags or {})
        self._by_id = {e.id: e for e in entries}
        self._by_name: dict[str, RegistryEntry] = {}
        self._index: dict[str, list[tuple[re.Pattern[str], RegistryEntry]]] = {}
        named: list[tuple[str, RegistryEntry]] = []
        for entry in entries:
            for name in entry.names:
                self._by_name.setdefault(name.casefold(), entry)
                named.append((name, entry))
        named.sort(key=lambda p: len(p[0]), reverse=True)  # longest name first
        for name, entry in named:
            pattern = _exact_pattern(name) if name in entry.exact_names else _name_pattern(name)
            self._index.setdefault(_key(name), []).append((re.compile(pattern), entry))
        self._starts: ahocorasick.Automaton | None = None
        literals = {literal for name, _ in named for literal in _literal_starts(name)}
        if literals:
            self._starts = ahocorasick.Automaton()
            for literal in literals:
                self._starts.add_word(literal, len(literal))
            self._starts.make_automaton()
        self._found: OrderedDict[str, tuple[tuple[int, int, RegistryEntry], ...]] = OrderedDict()

    def get(self, entry_id: str) -> RegistryEntry | None:
        return self._by_id.get(entry_id)

    def lookup(self, name: str) -> RegistryEntry | None:
        """The entry one of whose names is ``name`` (case-insensitive, or an inflected form of it)."""
        stripped = name.strip()
        entry = self._by_name.get(stripped.casefold())
        if entry is not None:
            return entry
        found = self.find(stripped)
        if found and found[0][0] == 0 and found[0][1] == len(stripped):
            return found[0][2]
        return None

    def search(self, name: str) -> RegistryEntry | None:
        """The entry whose name occurs in ``name`` ("Генеральний штаб ЗСУ (Telegram)")."""
        entry = self.lookup(name)
        if entry is not None:
            return entry
        found = self.find(name)
        return found[0][2] if found else None

    def outlet_source(self, outlet: str) -> Source:
        """The report's own outlet as a Source: registry kind and side when known."""
        entry = self.search(outlet) if outlet else None
        if entry is None:
            flag_side = self.flag_side(outlet)
            if flag_side is not None:
                # "Frontnachrichten 24/7 🇺🇦": a publisher that flies one side's flag in its name is
                # a partisan channel of that side, not a news organisation (docs/annotation.md, "Source").
                return Source(name=outlet, kind=FLAG_CHANNEL_KIND, side=flag_side)
            return Source(name=outlet or "unknown", kind="outlet", side=None)
        return Source(name=entry.name, kind=entry.kind, side=entry.side)

    def flag_side(self, name: str) -> str | None:
        """The one side whose flag ``name`` shows (``name_flags`` in sources.yaml); None if none or both."""
        sides = {side for flag, side in self.name_flags.items() if flag in name}
        return sides.pop() if len(sides) == 1 else None

    def find(self, text: str) -> list[tuple[int, int, RegistryEntry]]:
        """Registry names in ``text``, longest first at each position, without overlaps."""
        cached = self._found.get(text)
        if cached is None:
            cached = tuple(self._scan(text))
            self._found[text] = cached
            if len(self._found) > _FIND_CACHE_SIZE:
                self._found.popitem(last=False)
        else:
            self._found.move_to_end(text)
        return list(cached)

    def _candidate_starts(self, text: str) -> list[int]:
        """Word starts in ``text`` where some name's literal start occurs, ascending.

        Every name pattern begins with its literal start, so no other word start can match.
        """
        if self._starts is None:
            return []
        starts = {end - length + 1 for end, length in self._starts.iter(text)}
        return [pos for pos in sorted(starts) if _WORD_START.match(text, pos)]

    def _scan(self, text: str) -> list[tuple[int, int, RegistryEntry]]:
        found: list[tuple[int, int, RegistryEntry]] = []
        covered_until = 0
        for pos in self._candidate_starts(text):
            if pos < covered_until:
                continue
            best: tuple[int, RegistryEntry] | None = None
            for length in range(_KEY_LENGTH, 0, -1):
                for pattern, entry in self._index.get(text[pos : pos + length].casefold(), ()):
                    match = pattern.match(text, pos)
                    if match is not None and (best is None or match.end() > best[0]):
                        best = (match.end(), entry)
            if best is not None:
                found.append((pos, best[0], best[1]))
                covered_until = best[0]
        return found


def _load_entries(path: Path) -> list[RegistryEntry]:
    data: Any = read_yaml(path) or {}
    entries: list[RegistryEntry] = []
    for raw in data.get("sources") or []:
        names = tuple(str(n) for n in raw.get("names") or [] if str(n).strip())
        if not names:
            continue
        kind = str(raw.get("kind", "unknown"))
        if kind not in SOURCE_KINDS:
            raise ValueError(f"{path}: source {names[0]!r} has unknown kind {kind!r}")
        side = raw.get("side")
        evidence = raw.get("evidence")
        if evidence is not None and str(evidence) not in EVIDENCE_KINDS:
            raise ValueError(f"{path}: source {names[0]!r} has unknown evidence kind {evidence!r}")
        entries.append(
            RegistryEntry(
                id=str(raw.get("id") or names[0]),
                name=names[0],
                names=names,
                kind=kind,
                side=str(side) if side else None,
                evidence=str(evidence) if evidence else None,
            )
        )
    return entries


#: Kind of a publisher whose name shows one side's flag.
FLAG_CHANNEL_KIND = "milblogger"


def _load_name_flags(path: Path) -> dict[str, str]:
    data: Any = read_yaml(path) or {}
    raw = data.get("name_flags") or {}
    return {str(flag): str(side) for flag, side in raw.items() if str(flag).strip() and side}


@lru_cache(maxsize=4)
def load_registry(path: Path | None = None) -> SourceRegistry:
    return SourceRegistry(_load_entries(path or SOURCES_PATH), _load_name_flags(path or SOURCES_PATH))


@dataclass(frozen=True)
class OutletNameKinds:
    """What an outlet's name says about it (``outlet_name_kinds`` and ``channel_name_words`` in
    sources.yaml): the kind of publisher (a think tank's daily, a defence-intelligence digest) and
    whether it is a channel rather than a news organisation's site."""

    kinds: tuple[tuple[re.Pattern[str], str, str | None], ...]  # (words, kind, evidence)
    channel: re.Pattern[str] | None

    def kind_of(self, name: str) -> tuple[str, str | None] | None:
        """(kind, evidence) of the first ``outlet_name_kinds`` entry whose words occur in ``name``."""
        for pattern, kind, evidence in self.kinds:
            if pattern.search(name):
                return kind, evidence
        return None

    def is_channel(self, name: str) -> bool:
        return self.channel is not None and self.channel.search(name) is not None


def _words_pattern(words: list[str]) -> re.Pattern[str] | None:
    """Any of ``words`` at a word start, case-insensitive, with an inflection ending ("Instituts").
    A word written ``*part`` may also close a compound ("*analyse": "Lageanalyse"; fields r12), one
    that no hyphen carries on ("Sicherheitsanalyse-Blog" is a blog)."""
    cleaned = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not cleaned:
        return None

    def alternative(word: str) -> str:
        body = r"[\s-]+".join(re.escape(part) for part in word.lstrip("*").split())
        return r"\w*" + body + r"(?=\w{0,4}(?![\w-]))" if word.startswith("*") else body

    body = "|".join(alternative(w) for w in cleaned)
    return re.compile(r"(?<![\w])(?:" + body + r")\w{0,4}(?!\w)", re.IGNORECASE)


def _kind_and_evidence(raw: Any, where: str) -> tuple[str, str | None]:
    """An entry's source ``kind`` and optional ``evidence`` kind, checked against the closed lists."""
    kind = str(raw.get("kind", ""))
    if kind not in SOURCE_KINDS:
        raise ValueError(f"{where}: unknown kind {kind!r}")
    evidence = raw.get("evidence")
    if evidence is not None and str(evidence) not in EVIDENCE_KINDS:
        raise ValueError(f"{where}: unknown evidence kind {evidence!r}")
    return kind, str(evidence) if evidence else None


@lru_cache(maxsize=4)
def load_outlet_name_kinds(path: Path | None = None) -> OutletNameKinds:
    data: Any = read_yaml(path or SOURCES_PATH) or {}
    kinds: list[tuple[re.Pattern[str], str, str | None]] = []
    for raw in data.get("outlet_name_kinds") or []:
        kind, evidence = _kind_and_evidence(raw, "outlet_name_kinds")
        pattern = _words_pattern([str(w) for w in raw.get("words") or []])
        if pattern is not None:
            kinds.append((pattern, kind, evidence))
    channel = _words_pattern([str(w) for w in data.get("channel_name_words") or []])
    return OutletNameKinds(tuple(kinds), channel)


@lru_cache(maxsize=4)
def load_editorial_first_person(path: Path | None = None) -> re.Pattern[str] | None:
    """The newsroom's own "we" (``editorial_first_person`` in sources.yaml; fields r12): a first person
    that checks, compares, asks or visits ("Мы сопоставили кадры", "we spoke to residents", "Wir
    haben die Aufnahmen überprüft", "по словам наших собеседников"). It is a news organisation or a
    fact-checker at work, not a partisan channel's "we" or "our troops"; None when the key is absent."""
    data: Any = read_yaml(path or SOURCES_PATH) or {}
    raw = [str(r) for r in data.get("editorial_first_person") or [] if str(r).strip()]
    return re.compile("|".join(f"(?:{r})" for r in raw), re.IGNORECASE) if raw else None


# Source names asked about recently (every claim asks; a report has few sources): (registry, name) -> kind.
_EVIDENCE_OF: OrderedDict[tuple[int, str], str | None] = OrderedDict()


def source_evidence(registry: SourceRegistry, name: str) -> str | None:
    """The evidence kind a source's own words rest on when the sentence shows nothing else: the
    registry entry's ``evidence``, else that of the kind its outlet name says it is; None if neither."""
    if not name:
        return None
    key = (id(registry), name)
    if key in _EVIDENCE_OF:
        return _EVIDENCE_OF[key]
    entry = registry.lookup(name)
    if entry is not None:
        evidence = entry.evidence
    else:
        found = load_outlet_name_kinds().kind_of(name)
        evidence = found[1] if found is not None else None
    _EVIDENCE_OF[key] = evidence
    if len(_EVIDENCE_OF) > _FIND_CACHE_SIZE:
        _EVIDENCE_OF.popitem(last=False)
    return evidence


#: Kind of the source a capital stands for ("Kyiv denied", "hieß es in Moskau").
CAPITAL_KIND = "government"


@lru_cache(maxsize=4)
def load_capitals(path: Path | None = None) -> SourceRegistry:
    """The capitals that stand for their governments (``capitals`` in sources.yaml), as a registry
    of ``government`` entries with the capital's side. Whether a capital in a text is a speaker or a
    place is for the extractor to decide; this only finds the names (inflected forms included).

    An entry's optional ``exact_names`` (the country: "Russland meldet", "Україна заявила") are
    matched as written, each inflected form listed: with the usual inflection tolerance "Russia" would
    match the adjective "Russian" ("according to Russian sources" names the military, not the state)."""
    data: Any = read_yaml(path or SOURCES_PATH) or {}
    entries: list[RegistryEntry] = []
    for raw in data.get("capitals") or []:
        exact = tuple(str(n) for n in raw.get("exact_names") or [] if str(n).strip())
        names = tuple(str(n) for n in raw.get("names") or [] if str(n).strip()) + exact
        side = raw.get("side")
        if names and side:
            entries.append(
                RegistryEntry(
                    id=f"capital:{side}",
                    name=names[0],
                    names=names,
                    kind=CAPITAL_KIND,
                    side=str(side),
                    exact_names=exact,
                )
            )
    return SourceRegistry(entries)


#: Offices a person moves between (mayor, governor, minister): a title written before a registry
#: name says which one they hold in the text.
OFFICE_KINDS = frozenset({"president", "government", "governor", "defence_ministry", "occupation_official"})

#: Kinds of speaker that belong to one side by what they are: an occupation official is installed
#: by Russia whether or not the text says "Russian-installed".
KIND_SIDES: dict[str, str] = {"occupation_official": "RU"}

# Punctuation that ends the clause a side word would have to share with a name.
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\n]")
_SIDES_BEFORE = ("UA", "RU")


def office_side(lexicon: Lexicon, name: str) -> str | None:
    """The side of an office that only one side has ("Житомирська ОДА", "Сумская ОВА": a Ukrainian
    regional administration), from the optional claims.yaml key ``office_side_words`` (``{side:
    [cues]}``); None when ``name`` names none or offices of both sides (speakers r12)."""
    raw = lexicon.extra.get("office_side_words")
    if not isinstance(raw, dict):
        raw = {}
    # the same speaker names come back in every sentence of a report (and across reports)
    known = _OFFICE_SIDES.get((id(lexicon), name))
    if known is not None and known[0] is lexicon:
        return known[1]
    tokens = lexicon.tokenize(name)
    # "Бєлгородська ОДА", "губернатор Курской области": a region of one side's country named in the
    # office's name says whose office it is, before the office word (optional key
    # ``office_region_side``, ``{side: [cues]}``; bugs r13).
    regions = lexicon.extra.get("office_region_side")
    sides = {
        str(side)
        for side in (regions if isinstance(regions, dict) else ())
        if _office_cues(lexicon, str(side), "office_region_side").find(name, tokens)
    }
    if not sides:
        sides = {str(side) for side in raw if _office_cues(lexicon, str(side)).find(name, tokens)}
    side = sides.pop() if len(sides) == 1 else None
    if len(_OFFICE_SIDES) >= _OFFICE_SIDES_SIZE:
        _OFFICE_SIDES.clear()
    _OFFICE_SIDES[(id(lexicon), name)] = (lexicon, side)
    return side


# (id(lexicon), name) -> (lexicon, side): ``office_side`` answers, emptied at ``_OFFICE_SIDES_SIZE``
_OFFICE_SIDES: dict[tuple[int, str], tuple[Lexicon, str | None]] = {}
_OFFICE_SIDES_SIZE = 4096


def _office_region_spans(lexicon: Lexicon, text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(start, end, side) of every ``office_region_side`` cue in ``text``: a region of one side's
    country with an office word ("Бєлгородської обласної адміністрації", "губернатор Курской
    области"); a role phrase it touches is that side's office (bugs r13)."""
    regions = lexicon.extra.get("office_region_side")
    if not isinstance(regions, dict):
        return []
    return [
        (start, end, str(side))
        for side in regions
        for start, end in _office_cues(lexicon, str(side), "office_region_side").find(text, tokens)
    ]


_OFFICE_CUES: dict[tuple[int, str, str], tuple[Lexicon, CueList]] = {}


def _office_cues(lexicon: Lexicon, side: str, key: str = "office_side_words") -> CueList:
    """The ``key`` cues of ``side`` (``office_side_words``, ``office_region_side``), compiled once per
    lexicon object."""
    cached = _OFFICE_CUES.get((id(lexicon), side, key))
    if cached is None or cached[0] is not lexicon:
        raw = lexicon.extra.get(key)
        cues = raw.get(side) if isinstance(raw, dict) else None
        cached = (lexicon, compile_cues([str(c) for c in cues]) if isinstance(cues, list) else CueList())
        _OFFICE_CUES[(id(lexicon), side, key)] = cached
    return cached[1]


def _side_word_ends(side_spans: dict[str, list[tuple[int, int]]]) -> list[tuple[int, str]]:
    """(end, side) of every UA/RU side word, in ``side_spans`` order (which breaks ties)."""
    return [(e, side) for side, spans in side_spans.items() if side in _SIDES_BEFORE for _, e in spans]


def _side_before(text: str, start: int, side_ends: list[tuple[int, str]]) -> str | None:
    """A UA/RU side word a few characters before ``start``, same clause ("russische Militärblogger")."""
    best: tuple[int, str] | None = None
    for e, side in side_ends:
        if (
            e <= start
            and start - e <= _SIDE_LOOKBACK_CHARS
            and (best is None or e > best[0])
            and _CLAUSE_BREAK.search(text, e, start) is None
        ):
            best = (e, side)
    return best[1] if best else None


def _side_within(start: int, end: int, side_spans: dict[str, list[tuple[int, int]]]) -> str | None:
    """A UA/RU side word overlapping ``start..end`` ("Речник Сил оборони")."""
    for side in ("UA", "RU"):
        if any(s < end and start < e for s, e in side_spans.get(side, [])):
            return side
    return None


#: Optional claims.yaml keys of role nouns beyond ``roles``, tried in this order: ``speaker_roles``,
#: then ``speaker_roles_more`` (a side's military, authorities or "side" speaking as a body next to a
#: verb of saying or after an attribution: "Ukraine's military denied", "по данным украинских
#: властей", "nach Angaben ukrainischer Soldaten"), then ``speaker_persons`` (round 11: soldiers,
#: officers, fighters with no side word as the subject of a verb of saying, also past a relative
#: clause or a unit: "Військові, з якими ми говорили, кажуть", "officers in the sector say",
#: "Soldaten berichten"; as actors they are not followed by such a verb), then ``speaker_offices`` (round
#: 12: ministers of any portfolio before a name, presidential aides, a side's unnamed "sources").
_EXTRA_ROLE_KEYS = ("speaker_roles", "speaker_roles_more", "speaker_persons", "speaker_offices")

# Per lexicon object (a test may load an edited copy of a language): (lexicon, its extra roles).
_EXTRA_ROLES: dict[int, tuple[Lexicon, list[tuple[str, CueList]]]] = {}


def _extra_roles(lexicon: Lexicon) -> list[tuple[str, CueList]]:
    """Role nouns of the optional claims.yaml key ``speaker_roles`` (``{kind: [cues]}``), compiled
    once per language: speakers named by their office or unit ("the city administration", "місцева
    влада", "Stadtverwaltung") that the ``roles`` lists lack. Tried after ``roles``."""
    cached = _EXTRA_ROLES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        roles: list[tuple[str, CueList]] = []
        for key in _EXTRA_ROLE_KEYS:
            raw = lexicon.extra.get(key)
            if not isinstance(raw, dict):
                continue
            for kind, cues in raw.items():
                if str(kind) not in SOURCE_KINDS:
                    raise ValueError(f"{key} ({lexicon.lang}): unknown kind {kind!r}")
                if isinstance(cues, list) and cues:
                    roles.append((str(kind), compile_cues([str(c) for c in cues])))
        cached = (lexicon, roles)
        _EXTRA_ROLES[id(lexicon)] = cached
    return cached[1]


def find_speakers(
    text: str,
    tokens: list[Token],
    lexicon: Lexicon,
    registry: SourceRegistry,
    side_spans: dict[str, list[tuple[int, int]]],
) -> list[SourceMention]:
    """Registry names and role nouns (+ a following name) in ``text``, without overlaps."""
    mentions: list[SourceMention] = []
    side_ends = _side_word_ends(side_spans)
    for start, end, entry in registry.find(text):
        side = entry.side or _side_before(text, start, side_ends)
        mentions.append(SourceMention(start, end, Source(entry.name, entry.kind, side), entry.id))
    taken = [(m.start, m.end) for m in mentions]
    # The longest role phrase wins where role phrases of different kinds overlap: "der von Moskau
    # eingesetzte Bürgermeister" is an occupation official, not a mayor ("Bürgermeister"); "Moscow-
    # installed official" not an "official". Among phrases of one length the kinds' order decides.
    role_phrases = sorted(
        (
            (start, end, kind, order)
            for order, (kind, cues) in enumerate([*lexicon.roles.items(), *_extra_roles(lexicon)])
            for start, end in cues.find(text, tokens)
        ),
        key=lambda phrase: (phrase[0] - phrase[1], phrase[3], phrase[0]),
    )
    regions = _office_region_spans(lexicon, text, tokens)  # bugs r13
    for start, end, kind, _ in role_phrases:
        if any(s < end and start < e for s, e in taken):
            continue
        name_match = _NAME_AFTER_ROLE.match(text, end)
        if name_match is not None:
            registry_hit = [m for m in mentions if m.start >= end and m.start <= name_match.end()]
            if registry_hit:
                # "Journalist Ilja Ponomarenko": the registry entry says it all -- except the office,
                # which changes over time: "regional governor Ivan Fedorov" (a mayor before) is a
                # governor when the text says so.
                hit = registry_hit[0]
                # An official installed by the occupier keeps that kind whatever the office's name
                # ("Moscow-installed official Kirill Stremousov", "назначенный Россией чиновник Рогов").
                if (
                    kind != hit.source.kind
                    and {kind, hit.source.kind} <= OFFICE_KINDS
                    and hit.source.kind not in KIND_SIDES
                ):
                    retitled = SourceMention(
                        hit.start, hit.end, Source(hit.source.name, kind, hit.source.side), hit.entry_id
                    )
                    mentions[mentions.index(hit)] = retitled
                # the title's words are used up: a shorter role inside it ("official") names nobody
                taken.append((start, end))
                continue
        # "warf das ukrainische Militär Russland vor": after a role that names its own side, a side's
        # name is the object of the verb (the side accused), not the speaker's name; without one
        # it names the owner ("Міністерство оборони Росії").
        side_named_twice = _side_within(start, end, side_spans) is not None and (
            name_match is not None and _side_within(name_match.start(1), name_match.end(1), side_spans)
        )
        if name_match is not None and not side_named_twice:
            name = name_match.group(1)
            span_end = name_match.end()
        else:
            name = text[start:end]
            span_end = end
        # A side word inside the role's own words ("ukrainischer Behörden", "Ukraine's military")
        # is the speaker's side; only without one does a side word before it count, which may
        # belong to somebody else in the same clause ("Russische Truppen stehen nach Angaben
        # ukrainischer Behörden ...").
        side = (
            # "Голова Бєлгородської обласної адміністрації", "губернатор Курской области": the region
            # of the title says whose office it is (bugs r13).
            next((side for s, e, side in regions if s <= span_end and start <= e + 1), None)
            or _side_within(start, end, side_spans)
            or _side_before(text, start, side_ends)
            or _side_within(start, span_end + 15, side_spans)
            or KIND_SIDES.get(kind)
            or office_side(lexicon, text[start:span_end])
        )
        mentions.append(SourceMention(start, span_end, Source(name, kind, side), None))
        taken.append((start, span_end))
    if lexicon.unknown_speaker is not None:
        for match in lexicon.unknown_speaker.finditer(text):
            start, end = match.span("name")
            if any(s < end and start < e for s, e in taken):
                continue
            mentions.append(SourceMention(start, end, Source(match.group("name"), "unknown", None), None))
            taken.append((start, end))
    mentions.sort(key=lambda m: m.start)
    anaphora = _speaker_anaphora(text, tokens, lexicon, mentions, taken, side_ends)
    if anaphora:
        mentions = sorted(mentions + anaphora, key=lambda m: m.start)
    return mentions


#: Kinds of body "the ministry" / "відомство" / "ведомство" or an official text ("the bulletin",
#: "говорится в сводке") points back to. Not "the command" / "командування" (left out of the cue
#: lists): a command is as often the one that acts ("the command pulled the units out") as the one that
#: speaks.
ANAPHORA_KINDS = frozenset({"defence_ministry", "government", "general_staff"})

# Per lexicon object: (lexicon, its compiled ``speaker_anaphora`` cues or None).
_ANAPHORA_CUES: dict[int, tuple[Lexicon, CueList | None]] = {}


def _speaker_anaphora(
    text: str,
    tokens: list[Token],
    lexicon: Lexicon,
    mentions: list[SourceMention],
    taken: list[tuple[int, int]],
    side_ends: list[tuple[int, str]],
) -> list[SourceMention]:
    """Words that point back to a body named before (optional claims.yaml key ``speaker_anaphora``:
    "the ministry", "у відомстві", "по данным ведомства"): the nearest earlier speaker of an
    ``ANAPHORA_KINDS`` kind speaks again. Without one named before, the word names nobody, and
    with a side word right before it ("заявление российского ведомства") it is described, not
    pointed back to: that side word is the subject of what follows and must stay so."""
    cached = _ANAPHORA_CUES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        raw = lexicon.extra.get("speaker_anaphora")
        cues = compile_cues([str(c) for c in raw]) if isinstance(raw, list) and raw else None
        cached = (lexicon, cues)
        _ANAPHORA_CUES[id(lexicon)] = cached
    cues = cached[1]
    if cues is None:
        return []
    found: list[SourceMention] = []
    for start, end in cues.find(text, tokens):
        if any(s < end and start < e for s, e in taken):
            continue
        if any(e <= start and not text[e:start].strip() for e, _ in side_ends):
            continue
        before = [m for m in mentions if m.end <= start and m.source.kind in ANAPHORA_KINDS]
        if before:
            antecedent = before[-1]
            found.append(SourceMention(start, end, antecedent.source, antecedent.entry_id))
    return found


# --- Round 7: the report's genre -----------------------------------------------------------------

#: A genre's title words count only at the head of the report: its first this many characters.
GENRE_TITLE_CHARS = 200
_LANG_DIR = DATA_DIR / "lang"


@dataclass(frozen=True)
class ReportGenre:
    """A kind of publication told by its title words (optional claims.yaml key ``report_genre``):
    a think tank's "Campaign Update" / "Key takeaways", a defence intelligence's "Intelligence
    update" / "Situation Note". Whoever publishes such a text speaks as that kind of source,
    whatever the publisher's name says."""

    kind: str
    evidence: str | None
    words: re.Pattern[str]


@lru_cache(maxsize=4)
def load_report_genres(lang_dir: Path | None = None) -> tuple[ReportGenre, ...]:
    """The ``report_genre`` entries of every language's claims.yaml (``[{kind, evidence, words}]``).

    All languages at once: the outlet is worked out before anything knows which language's words
    a title uses, and a title word of one language does not occur as a title in another.
    """
    genres: list[ReportGenre] = []
    for path in sorted((lang_dir or _LANG_DIR).glob("*/claims.yaml")):
        data: Any = read_yaml(path) or {}
        for raw in data.get("report_genre") or []:
            kind, evidence = _kind_and_evidence(raw, f"{path}: report_genre")
            pattern = _words_pattern([str(w) for w in raw.get("words") or []])
            if pattern is not None:
                genres.append(ReportGenre(kind, evidence, pattern))
    return tuple(genres)


def report_genre(head: str) -> ReportGenre | None:
    """The genre whose title words occur in ``head`` (the report's first ``GENRE_TITLE_CHARS``)."""
    head = head[:GENRE_TITLE_CHARS]
    genres = load_report_genres()
    # Only the genres whose title words' literals occur in the head can match (``PatternGate``): in
    # their order, as all of them were searched; most heads hold none, and searching every genre's
    # pattern (a look-behind at each character) cost more than the gate's one literal pass.
    return next(
        (genres[index] for index in _genre_gate(genres).possible(head) if genres[index].words.search(head)),
        None,
    )


@lru_cache(maxsize=4)
def _genre_gate(genres: tuple[ReportGenre, ...]) -> PatternGate:
    """The literal gate of the genres' title-word patterns (their flags: ``_words_pattern``'s)."""
    return PatternGate([genre.words.pattern for genre in genres], re.IGNORECASE)
