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
the extractor then buckets matches by sentence offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANG_DIR = DATA_DIR / "lang"

# A word: letters/digits, with inner hyphens and apostrophes (обʼєкт, м'ясо, pro-russische).
TOKEN_RE = re.compile(r"\w+(?:[-'’ʼ]\w+)*")

Span = tuple[int, int]


@dataclass(frozen=True)
class Token:
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

    def __init__(self, tokens: Iterable[Token] = ()) -> None:
        super().__init__(tokens)
        self.by_form: dict[str, list[Token]] = {}
        for token in self:
            self.by_form.setdefault(token.lemma, []).append(token)
            if token.lower != token.lemma:
                self.by_form.setdefault(token.lower, []).append(token)


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


@lru_cache(maxsize=400_000)
def _simplemma_lemma(lang: str, word: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang)).lower()


def make_analyzer(kind: str, lang: str) -> Callable[[str], tuple[str, frozenset[str]]]:
    """Return a cached ``word -> (lemma, grammemes)`` function for the lemmatiser ``kind``."""
    if kind == "pymorphy3":
        return lambda word: _pymorphy_analysis(lang, word.lower())
    if kind == "simplemma":
        empty: frozenset[str] = frozenset()
        return lambda word: (_simplemma_lemma(lang, word), empty)
    return lambda word: (word.lower(), frozenset())


# --------------------------------------------------------------------------- cue lists


@dataclass
class CueList:
    """A compiled cue list: a lemma set plus one combined regular expression."""

    lemmas: frozenset[str] = frozenset()
    regex: re.Pattern[str] | None = None
    exclude_grammemes: frozenset[str] = frozenset()  # tokens with these never match by lemma

    def __bool__(self) -> bool:
        return bool(self.lemmas) or self.regex is not None

    def find(self, text: str, tokens: list[Token]) -> list[Span]:
        """All (start, end) matches in ``text``, sorted, overlapping matches kept."""
        spans: list[Span] = []
        if self.lemmas and isinstance(tokens, TokenList):
            matched = {id(t): t for form in self.lemmas for t in tokens.by_form.get(form, ())}
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
        if self.regex is not None:
            spans.extend(m.span() for m in self.regex.finditer(text) if m.end() > m.start())
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
    parts = list(free)
    if anchored:
        # Longest first, so that a phrase wins over a stem that is its prefix.
        anchored.sort(key=len, reverse=True)
        parts.insert(0, r"(?<!\w)(?:" + "|".join(anchored) + ")")
    compiled = re.compile("|".join(parts), re.IGNORECASE | re.MULTILINE) if parts else None
    return CueList(frozenset(lemmas), compiled, frozenset(exclude_grammemes))


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

    def tokenize(self, text: str) -> TokenList:
        tokens: list[Token] = []
        for match in TOKEN_RE.finditer(text):
            word = match.group()
            lemma, grammemes = self.analyze_word(word)
            tokens.append(Token(match.start(), match.end(), word, word.lower(), lemma, grammemes))
        return TokenList(tokens)


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


def _load_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


@lru_cache(maxsize=32)
def load_lexicon(lang: str) -> Lexicon | None:
    """The compiled lexicon of ``lang``, or None when the language has no claims.yaml."""
    path = LANG_DIR / lang / "claims.yaml"
    if not path.is_file():
        return None
    data = _load_yaml(path)
    modality = data.get("modality") or {}
    evidence = data.get("evidence") or {}
    passive = data.get("passive") or {}
    speech = data.get("speech") or {}
    direction_pattern, direction_words = _direction_regex(data.get("direction") or {})
    skip = data.get("skip_sentences") or []
    return Lexicon(
        lang=lang,
        analyze_word=make_analyzer(str(data.get("lemmatizer", "none")), lang),
        abbreviations=frozenset(str(a).lower().rstrip(".") for a in data.get("abbreviations") or []),
        no_split_after_number=bool(data.get("no_split_after_number", False)),
        skip_sentence=compile_regex("|".join(f"(?:{s})" for s in skip) if skip else None),
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
