"""English grammar helpers for the claim lexicon.

Phrasal verbs: the particle of an English phrasal verb may stand after the verb's object, away from
the verb ("Moscow pulled most of its battalion groups back from A", "the strike knocked the
substation out", "drove the assault groups back across the river"). The lemmatiser sees "pull",
"knock", "drive"; the lexicon lists "pull+back", "knock+out", "drive+back". ``phrasal_forms`` joins
each particle of ``phrasal_particles`` (claims.yaml) to the lower-case words before it, back to the
start of its clause, so that a cue lemma matches the verb in every tense, with the particle next to
it or after an object of a few words, without a regular expression per verb and object length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from frontwatch.claims.words import Word

# A particle that follows its object ends the verb phrase: punctuation, the end of the text, or a word
# that starts what follows (claims.yaml ``phrase_end_words``: "pulled its units back from A", "... out of
# A", "... back, the ministry said"). Next to the verb the particle may be followed by anything ("pulled
# out the last units", "knocked out substations").
_PHRASE_END_MARKS = r"[.,;:!?)\]»«“”\"'–—]|$"


@lru_cache(maxsize=8)
def phrase_end_pattern(words: tuple[str, ...] = ()) -> re.Pattern[str]:
    """What may follow a particle that closes its verb phrase: ``_PHRASE_END_MARKS`` or one of ``words``
    (claims.yaml ``phrase_end_words``)."""
    alternatives = f"|(?:{'|'.join(map(re.escape, words))})\\b" if words else ""
    return re.compile(rf"\s*(?:{_PHRASE_END_MARKS}{alternatives})", re.IGNORECASE)


_BOUNDARY = re.compile(r"[.,;:!?()\[\]«»“”\"–—]")
_WINDOW = 6  # words between the verb and its particle


def phrasal_forms(
    text: str,
    tokens: Sequence[Word],
    particles: frozenset[str],
    barriers: frozenset[str] = frozenset(),
    skip: re.Pattern[str] | None = None,
    object_starts: frozenset[str] = frozenset(),
    ends: re.Pattern[str] | None = None,
) -> list[tuple[str, int]]:
    """(lemma + "+" + particle, token index) for the verb of each particle of ``particles``; a verb
    separated from its particle by an object also answers to lemma + "+x+" + particle ("drove the
    Russians back": "drive+x+back", which the passive "were driven back" never forms).

    The word right before the particle is always joined ("pulled back", "knocked out"); words further
    back only when the particle closes the phrase (``ends``), never across a clause boundary
    or a word of ``barriers`` (claims.yaml ``phrasal_barriers``: prepositions and auxiliaries that
    start another phrase), and only when the gap opens like an object (``phrasal_object_starts``: a
    determiner, pronoun, number or side: "pulled its units back"), so that the subject of a verb next
    to its particle is not taken for a verb ("Russian forces may pull back": no "force+x+back"). A
    gap in which ``skip`` occurs (``phrasal_skip``: "pulled two survivors out") joins nothing further
    back. Joined forms that are no cue lemma ("unit+back") are never looked up and do no harm.
    """
    found: list[tuple[str, int]] = []
    if not particles:
        return found
    ends = ends or phrase_end_pattern()
    for index, token in enumerate(tokens):
        if index == 0 or token.lower not in particles:
            continue
        before = tokens[index - 1]
        if _BOUNDARY.search(text, before.end, token.start):
            continue
        found.append((f"{before.lemma}+{token.lower}", index - 1))
        if not ends.match(text, token.end):
            continue
        first = index - 1
        joined: list[tuple[str, int]] = []
        for back in range(index - 2, max(-1, index - 2 - _WINDOW), -1):
            word = tokens[back]
            if _BOUNDARY.search(text, word.end, tokens[back + 1].start):
                break  # the clause starts after this word
            following = tokens[back + 1]
            if following.lower in barriers:
                break  # the gap holds another phrase
            first = back
            if (
                word.text.islower()
                and word.lower not in particles
                and _opens_object(following, object_starts)
            ):
                joined.append((f"{word.lemma}+{token.lower}", back))
                joined.append((f"{word.lemma}+x+{token.lower}", back))
        if skip is not None and skip.search(text, tokens[first].start, token.start):
            continue
        found.extend(joined)
    return found


def _opens_object(word: Word, object_starts: frozenset[str]) -> bool:
    """``word`` can be the first word of an object noun phrase: in ``object_starts`` or a number."""
    return word.lower in object_starts or word.text[:1].isdigit()
