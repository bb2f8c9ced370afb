"""German grammar helpers for the claim lexicon.

Separable verbs: in a German main clause (and in Konjunktiv reported speech) the particle of a
separable verb stands at the end of the clause, far from the finite stem ("Die Truppen rückten am
Dienstag in das Dorf ein", "die Besatzer zögen sich aus dem Gebiet zurück", "kämpft sich Haus für
Haus vor"). The lemmatiser sees "rücken", "ziehen", "kämpfen"; the lexicon lists "einrücken",
"zurückziehen", "vorkämpfen". ``separable_forms`` joins each clause-final particle of
``separable_particles`` (claims.yaml) to the lower-case words of its clause, so that a cue lemma
matches the finite verb in every tense and mood without a regular expression per verb.

Also: the comma that opens a verb-final zu-infinitive clause (``infinitive_clause_opening``), an
"ohne ... zu" clause that says its act did not happen (``without_clause``), a capitalised event word as a
noun whose genitive names its actor (``is_noun``), and Swiss "ss" for "ß".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from frontwatch.claims.regex_text import regex_pieces
from frontwatch.claims.words import Word

# What may follow a clause-final particle: punctuation, a closing quote, the end of the text, or a word
# that starts the next clause (claims.yaml ``phrase_end_words``: "zogen sich zurück und sprengten ...").
_CLAUSE_END_MARKS = r"[.,;:!?)\]»«“”\"'–—]|$"


@lru_cache(maxsize=8)
def clause_end_pattern(words: tuple[str, ...] = ()) -> re.Pattern[str]:
    """What may follow the end of a clause: ``_CLAUSE_END_MARKS`` or one of ``words``."""
    alternatives = f"|(?:{'|'.join(map(re.escape, words))})\\b" if words else ""
    return re.compile(rf"\s*(?:{_CLAUSE_END_MARKS}{alternatives})")


_BOUNDARY = re.compile(r"[.,;:!?()\[\]«»“”„\"–—]")
_WINDOW = 14  # words between the finite verb and its particle


def separable_forms(
    text: str,
    tokens: Sequence[Word],
    particles: frozenset[str],
    skip: re.Pattern[str] | None = None,
    ends: re.Pattern[str] | None = None,
) -> list[tuple[str, int]]:
    """(particle + lemma, token index) for each lower-case word in the clause of a clause-final particle.

    Nouns are written with a capital in German, so only lower-case words can be the finite verb; the
    joined forms that are no cue lemma ("einam", "zurückdie") are never looked up and do no harm. A
    clause in which ``skip`` occurs (claims.yaml ``separable_skip``: "rücken auf das Vorkriegsniveau
    vor", a league table) is figurative and joins nothing.
    """
    found: list[tuple[str, int]] = []
    if not particles:
        return found
    ends = ends or clause_end_pattern()
    for index, token in enumerate(tokens):
        if token.lower not in particles or index == 0 or not token.text.islower():
            continue
        if not ends.match(text, token.end):
            continue
        joined: list[tuple[str, int]] = []
        first = index
        for back in range(index - 1, max(-1, index - 1 - _WINDOW), -1):
            word = tokens[back]
            if _BOUNDARY.search(text, word.end, tokens[back + 1].start):
                break  # the clause starts after this word
            first = back
            if word.text.islower() and word.lower not in particles:
                joined.append((token.lower + word.lemma, back))
        if skip is not None and skip.search(text, tokens[first].start, token.start):
            continue
        found.extend(joined)
    return found


# --------------------------------------------------------------------------- zu-infinitive clauses


def infinitive_clause_opening(
    text: str,
    sentence_start: int,
    trigger: tuple[int, int],
    zu_infinitive: re.Pattern[str],
    ends: re.Pattern[str] | None = None,
) -> int | None:
    """The comma that opens the zu-infinitive clause of the event word at ``trigger``, or None.

    German puts the verb of an infinitive clause last, so its objects and adverbials stand between
    the verb that governs it and the infinitive: "Die Russen versuchen, A von Norden her
    einzukreisen", "versucht weiterhin, das Dorf A vollständig einzuschließen". The governor ends
    the main clause at the comma that opens the infinitive clause. The event word belongs to such a
    clause when a zu-infinitive (claims.yaml ``zu_infinitive``: "einzukreisen", "zu nehmen") is the
    event word or follows it in its clause, closing the clause; coordinated infinitives share the
    comma ("einzukreisen und die Straße nach B unter Feuerkontrolle zu nehmen").
    """
    start, end = trigger
    boundary = _BOUNDARY.search(text, end)
    clause_end = boundary.start() if boundary else len(text)
    ends = ends or clause_end_pattern()
    if not any(ends.match(text, match.end()) for match in zu_infinitive.finditer(text, start, clause_end)):
        return None
    opening = text.rfind(",", sentence_start, start)
    if opening < 0 or _HARD_BOUNDARY.search(text, opening, start):
        return None
    return opening


_HARD_BOUNDARY = re.compile(r"[.;:!?«»“”„\"]")


def without_clause(
    text: str,
    sentence_start: int,
    trigger: tuple[int, int],
    opener: re.Pattern[str],
    zu_infinitive: re.Pattern[str],
    ends: re.Pattern[str] | None = None,
) -> bool:
    """The event word at ``trigger`` belongs to an infinitive clause opened by ``opener`` ("ohne"):
    the opener stands in the trigger's clause before it and a zu-infinitive closes that clause at or
    after the trigger ("ohne den Ort einnehmen zu können", "ohne es zu erobern"). Such a clause says
    the act did not happen."""
    start, end = trigger
    boundary = _BOUNDARY.search(text, end)
    clause_end = boundary.start() if boundary else len(text)
    clause_start = sentence_start
    for match in _BOUNDARY.finditer(text, sentence_start, start):
        clause_start = match.end()
    opening = opener.search(text, clause_start, start)
    if opening is None:
        return False
    ends = ends or clause_end_pattern()
    return any(
        match.end() >= end and ends.match(text, match.end())
        for match in zu_infinitive.finditer(text, opening.end(), clause_end)
    )


# --------------------------------------------------------------------------- Swiss spelling

_LOOKBEHIND_OPENERS = ("(?<=", "(?<!")


def swiss_regex(pattern: str) -> str:
    """``pattern`` with each literal "ß" also matching Swiss "ss" ("Vorstoß" / "Vorstoss").

    Not inside a character class ("[a-zäöüß]" already lists it) or a lookbehind (which must keep a
    fixed width); an "ß" that is already an alternative of "ss" gains nothing and is left alone.
    """
    if "ß" not in pattern:
        return pattern
    out: list[str] = []
    groups: list[bool] = []  # per open group: is it a lookbehind?
    for index, piece, outside in regex_pieces(pattern):
        if outside and piece == "(":
            groups.append(pattern.startswith(_LOOKBEHIND_OPENERS, index))
        elif outside and piece == ")":
            if groups:
                groups.pop()
        elif outside and piece == "ß" and not any(groups) and not _ss_alternative(pattern, index):
            piece = "(?:ß|ss)"
        out.append(piece)
    return "".join(out)


def _ss_alternative(pattern: str, index: int) -> bool:
    """The "ß" at ``index`` is already one side of "ß|ss" or "ss|ß"."""
    return pattern.startswith("ß|ss", index) or pattern[max(0, index - 3) : index + 1] == "ss|ß"


def swiss_cue(entry: str) -> list[str]:
    """A cue-list entry and, when it has an "ß", its Swiss form (a regex entry: rewritten in place)."""
    if "ß" not in entry:
        return [entry]
    if entry.startswith("re:"):
        return ["re:" + swiss_regex(entry[3:])]
    return [entry, entry.replace("ß", "ss")]


def swiss_spelling(value: Any, regex: bool = True) -> Any:
    """The claims.yaml data with Swiss "ss" accepted wherever an "ß" is written: cue lists get the ss
    form of each word cue next to it, plain strings (the regex keys) are rewritten with ``swiss_regex``."""
    if isinstance(value, dict):
        return {key: swiss_spelling(item, regex) for key, item in value.items()}
    if isinstance(value, list):
        return [form for item in value for form in _swiss_item(item)]
    if isinstance(value, str) and regex:
        return swiss_regex(value)
    return value


def _swiss_item(item: Any) -> list[Any]:
    if isinstance(item, str):
        return swiss_cue(item)
    return [swiss_spelling(item)]


# --------------------------------------------------------------------------- nouns and their genitives


def is_noun(text: str, span: tuple[int, int]) -> bool:
    """The word at ``span`` starts with a capital: German writes nouns with a capital ("den Vorstoß",
    "Vormarsch"); a verb is capitalised only at the start of a sentence, where reporting rarely puts it."""
    start = span[0]
    return start < len(text) and text[start].isupper()
