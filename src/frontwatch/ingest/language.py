"""Language of a report: py3langid, steered by per-language script hints.

py3langid alone mixes up short Cyrillic posts ("Балаклія наша!" comes out as
Belarusian) because a dozen characters carry little n-gram evidence. Every language
with a ``data/lang/<code>/`` folder therefore says in ``language.yaml``:

* ``script``: the writing system, so that a Cyrillic text is only compared with
  Cyrillic languages;
* ``unique_letters``: letters that only it uses among the languages of its script
  (Ukrainian і ї є ґ), ``excluded_letters``: letters it never uses (Russian ы э ъ ё for
  Ukrainian);
* ``marker_words``: frequent short words that the confusable neighbours do not have;
* ``confusable_with``: other languages py3langid should also consider, so that a real
  Belarusian or Dutch text is not forced into one of ours.

The hints are added to py3langid's log-probabilities; on long texts py3langid's
evidence dominates, on short ones the hints decide.

py3langid is the largest cost of intake, so an *obvious* text is decided by the hints
alone (``_obvious_language``): long enough, none of the language's excluded letters, at
least two different unique letters (one shared letter is not enough to rule out a
confusable neighbour: Belarusian has і, Bulgarian ъ), many of its marker words and none
of the other same-script languages' markers. Everything else goes to py3langid.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from frontwatch.datafiles import LANG_DIR, read_yaml

#: Letter ranges per script name used in language.yaml. Scripts are not language
#: knowledge; which language uses which script is (and lives in the data files).
SCRIPT_LETTERS: dict[str, str] = {
    "Latin": "A-Za-z\u00c0-\u024f\u1e00-\u1eff",
    "Cyrillic": "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f",
    "Greek": "\u0370-\u03ff\u1f00-\u1fff",
}

# Weights of the hints, in units of natural-log probability.
UNIQUE_LETTER_BONUS = 3.0
EXCLUDED_LETTER_PENALTY = 6.0
MARKER_WORD_WEIGHT = 2.0
#: A language without a data folder (a confusable one) only wins on a text this long:
#: below it py3langid's preference among close neighbours is noise.
MIN_LETTERS_FOR_CONFUSABLE = 60
#: Only the start of a long text is looked at: a few hundred characters settle the
#: language, and py3langid's byte-wise walk costs time in proportion to length.
SAMPLE_CHARS = 600
#: The hints alone decide only on a text with this many letters (in the sample) ...
MIN_LETTERS_FOR_HINTS_ONLY = MIN_LETTERS_FOR_CONFUSABLE
#: ... in which at least this many words are the language's marker words ...
MIN_MARKER_HITS_FOR_HINTS_ONLY = 3
#: ... making up this share of all words (function words are frequent in real text, rare in a
#: neighbour language's) ...
MIN_MARKER_SHARE_WITH_LETTERS = 0.08
#: ... or this share for a language without unique letters, which has less other evidence.
MIN_MARKER_SHARE_WITHOUT_LETTERS = 0.15
#: Different unique letters a text must show (when the language has any).
MIN_UNIQUE_LETTERS_FOR_HINTS_ONLY = 2
#: A probability floor so that log() stays finite.
_PROBABILITY_FLOOR = 1e-9

_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")


def lang_data_dir() -> Path:
    """The folder that holds one subfolder per supported language."""
    return LANG_DIR


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Language codes that have a data folder, sorted."""
    base = lang_data_dir()
    if not base.is_dir():
        return ()
    return tuple(
        sorted(entry.name for entry in base.iterdir() if entry.is_dir() and not entry.name.startswith("."))
    )


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    script: str
    unique_letters: frozenset[str]
    excluded_letters: frozenset[str]
    marker_words: frozenset[str]
    confusable_with: tuple[str, ...]


def _letters(value: Any) -> frozenset[str]:
    return frozenset(str(value or "").lower().replace(" ", ""))


@lru_cache(maxsize=1)
def language_profiles() -> dict[str, LanguageProfile]:
    """Profiles of every language with a ``language.yaml``."""
    profiles: dict[str, LanguageProfile] = {}
    for code in available_languages():
        path = lang_data_dir() / code / "language.yaml"
        if not path.is_file():
            continue
        data = read_yaml(path) or {}
        script = str(data.get("script", "Latin"))
        if script not in SCRIPT_LETTERS:
            raise ValueError(f"{path}: unknown script {script!r}; known: {', '.join(SCRIPT_LETTERS)}")
        profiles[code] = LanguageProfile(
            code=code,
            script=script,
            unique_letters=_letters(data.get("unique_letters")),
            excluded_letters=_letters(data.get("excluded_letters")),
            marker_words=frozenset(str(word).casefold() for word in data.get("marker_words") or []),
            confusable_with=tuple(str(other) for other in data.get("confusable_with") or []),
        )
    return profiles


@lru_cache(maxsize=1)
def _script_patterns() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(f"[{letters}]") for name, letters in SCRIPT_LETTERS.items()}


@lru_cache(maxsize=1)
def _full_identifier() -> Any:
    # Loaded once (about half a second); the model ships inside the py3langid package.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _restricted_identifier() -> Any:
    """An identifier over our languages and their confusables only: far less to score."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    known = set(identifier.labels)
    profiles = language_profiles()
    wanted = {code for code in profiles if code in known}
    wanted |= {other for profile in profiles.values() for other in profile.confusable_with if other in known}
    identifier.set_languages(sorted(wanted))
    return identifier


#: character -> (is a letter, the scripts it belongs to); filled as characters are met.
_CHARACTER_CLASSES: dict[str, tuple[bool, tuple[str, ...]]] = {}


def _character_class(char: str) -> tuple[bool, tuple[str, ...]]:
    known = _CHARACTER_CLASSES.get(char)
    if known is None:
        scripts = tuple(name for name, pattern in _script_patterns().items() if pattern.fullmatch(char))
        known = _CHARACTER_CLASSES[char] = (_LETTER.fullmatch(char) is not None, scripts)
    return known


def _dominant_script(text: str) -> tuple[str | None, int]:
    """The script with most letters and the number of letters overall."""
    # Counted per distinct character (a text has a few dozen) instead of one regex pass per script:
    # the same counts as ``len(pattern.findall(text))``, at a fraction of the cost.
    letters = 0
    per_script = dict.fromkeys(_script_patterns(), 0)
    for char, count in Counter(text).items():
        is_letter, scripts = _character_class(char)
        if is_letter:
            letters += count
        for name in scripts:
            per_script[name] += count
    best_script, best_count = None, 0
    for name, count in per_script.items():
        if count > best_count:
            best_script, best_count = name, count
    if best_count * 2 < letters:
        # Mostly letters of a script no profile uses (Arabic, CJK, ...).
        return None, letters
    return best_script, letters


def _hint_score(profile: LanguageProfile, lowered: str, words: list[str]) -> float:
    score = 0.0
    if any(letter in lowered for letter in profile.unique_letters):
        score += UNIQUE_LETTER_BONUS
    if any(letter in lowered for letter in profile.excluded_letters):
        score -= EXCLUDED_LETTER_PENALTY
    hits = sum(1 for word in words if word in profile.marker_words)
    return score + MARKER_WORD_WEIGHT * math.log1p(hits)


def _obvious_language(ours: list[LanguageProfile], lowered: str, words: list[str]) -> str | None:
    """The language the hints alone make certain (see the module docstring), or None."""
    hits = {profile.code: sum(1 for word in words if word in profile.marker_words) for profile in ours}
    for profile in ours:
        own = hits[profile.code]
        if own < MIN_MARKER_HITS_FOR_HINTS_ONLY or any(
            count for code, count in hits.items() if code != profile.code
        ):
            continue
        if any(letter in lowered for letter in profile.excluded_letters):
            continue
        if profile.unique_letters:
            shown = sum(1 for letter in profile.unique_letters if letter in lowered)
            if shown < MIN_UNIQUE_LETTERS_FOR_HINTS_ONLY:
                continue
            share = MIN_MARKER_SHARE_WITH_LETTERS
        else:
            share = MIN_MARKER_SHARE_WITHOUT_LETTERS
        if own >= share * len(words):
            return profile.code
    return None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when there is nothing to tell it by."""
    text = text[:SAMPLE_CHARS]
    script, letter_count = _dominant_script(text)
    if letter_count == 0:
        return None
    profiles = language_profiles()
    ours = [profile for profile in profiles.values() if profile.script == script]
    if script is None or not ours:
        # A script none of our languages uses: py3langid's unrestricted answer is the
        # best we can say, and it keeps e.g. Chinese from being called Russian.
        return str(_full_identifier().classify(text)[0])
    lowered = text.casefold()
    words = _WORD.findall(lowered)
    if letter_count >= MIN_LETTERS_FOR_HINTS_ONLY:
        obvious = _obvious_language(ours, lowered, words)
        if obvious is not None:
            return obvious
    ranking = dict(_restricted_identifier().rank(text))

    scores: dict[str, float] = {}
    for profile in ours:
        probability = ranking.get(profile.code, 0.0)
        scores[profile.code] = math.log(max(probability, _PROBABILITY_FLOOR)) + _hint_score(
            profile, lowered, words
        )
    best_ours = max(scores.items(), key=lambda item: item[1])
    if letter_count >= MIN_LETTERS_FOR_CONFUSABLE:
        confusables = {other for profile in ours for other in profile.confusable_with} - set(profiles)
        for code in confusables:
            score = math.log(max(ranking.get(code, 0.0), _PROBABILITY_FLOOR))
            if score > best_ours[1]:
                best_ours = (code, score)
    return best_ours[0]
