"""Hashed sparse features of one sentence, for the learned claim classifiers.

A sentence is described by what the rule machinery already knows about it and by its words:

- ``R:<type>`` / ``R:<type>:<side>`` / ``RM:<modality>``: the claims the rules emitted in the sentence;
- ``C:<list>``: which cue lists of the language's lexicon fire in the sentence (event triggers per type,
  side words, hedges, predictions, conditions, negations, denials) — the rules' vocabulary, without
  the rules' decisions about clauses and places;
- ``L:<lemma>``, ``B:<lemma>_<lemma>``: lemmas and lemma bigrams (language-prefixed, so a German and
  an English word never share a weight by accident);
- ``S:<stem>``: the first five letters of longer words, which fold inflected forms the lemmatiser does
  not (Ukrainian and Russian verbs, German compounds); character n-grams of every word were tried
  and cost five times the features for no gain by cross-validation;
- ``P:<n>``: how many resolved places the sentence names (0, 1, 2, 3+).

Every feature name is hashed with CRC-32 (stable across runs and machines, unlike ``hash()``) into
``2**bits`` buckets. Nothing here is language knowledge: the words come from the text and the cue
lists from ``data/lang/<code>/claims.yaml``.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from frontwatch.claims.lexicon import CueList, Lexicon, Token

DEFAULT_BITS = 16
STEM_CHARS = 5

#: Cue lists of the lexicon whose firing in a sentence is a feature (attribute name on ``Lexicon``).
CUE_LISTS: tuple[str, ...] = (
    "hedge",
    "prediction",
    "prediction_sentence",
    "threat",
    "conditional",
    "negation",
    "denial",
    "attribution",
    "reported_speech",
    "visual",
    "analysis",
    "eyewitness",
    "passive",
)


@dataclass(frozen=True)
class SentenceCues:
    """Which cue lists fire where in one report: (list name, start, end) spans, sorted by start."""

    spans: tuple[tuple[str, int, int], ...]

    def names_in(self, start: int, end: int) -> list[str]:
        return [name for name, s, e in self.spans if start <= s < end]


def find_cues(lexicon: Lexicon, text: str, tokens: list[Token]) -> SentenceCues:
    """Every span of every cue list that ``features`` uses, over the whole report text."""
    named: list[tuple[str, CueList]] = [(f"event:{etype}", cues) for etype, cues in lexicon.events.items()]
    named += [(f"side:{side}", cues) for side, cues in lexicon.side_words.items()]
    named += [(f"trigger_side:{side}", cues) for side, cues in lexicon.trigger_sides.items()]
    named += [(name, getattr(lexicon, name)) for name in CUE_LISTS]
    spans = [(name, start, end) for name, cues in named for start, end in cues.find(text, tokens)]
    return SentenceCues(tuple(sorted(spans, key=lambda span: span[1])))


@dataclass(frozen=True)
class RuleClaimSummary:
    """What the rules emitted in one sentence: (event_type, actor_side, modality) per claim."""

    claims: tuple[tuple[str, str | None, str], ...] = ()

    @property
    def types(self) -> frozenset[str]:
        return frozenset(event_type for event_type, _, _ in self.claims)


def feature_names(
    lang: str,
    tokens: Sequence[Token],
    cue_names: Iterable[str],
    rule_claims: RuleClaimSummary,
    place_count: int,
) -> list[str]:
    """The feature names of one sentence (before hashing); duplicates are kept, they count."""
    names = [f"P:{min(place_count, 3)}", "BIAS"]
    for event_type, side, modality in rule_claims.claims:
        names += [f"R:{event_type}", f"R:{event_type}:{side}", f"RM:{modality}", f"RS:{side}"]
    if not rule_claims.claims:
        names.append("R:none")
    names += [f"C:{name}" for name in cue_names]
    lemmas = [token.lemma for token in tokens]
    names += [f"L:{lang}:{lemma}" for lemma in lemmas]
    names += [f"B:{lang}:{a}_{b}" for a, b in pairwise(lemmas)]
    names += [f"S:{lang}:{token.lower[:STEM_CHARS]}" for token in tokens if len(token.lower) > STEM_CHARS]
    return names


def hash_features(names: Iterable[str], bits: int = DEFAULT_BITS) -> list[int]:
    """Bucket index of each feature name (CRC-32 modulo ``2**bits``)."""
    mask = (1 << bits) - 1
    return [zlib.crc32(name.encode("utf-8")) & mask for name in names]


def crossed(names: Iterable[str], prefix: str) -> list[str]:
    """The same names conjoined with ``prefix`` (for a classifier whose answer depends on the event type)."""
    return [f"{prefix}|{name}" for name in names]
