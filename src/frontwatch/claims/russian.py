"""Russian grammar helpers for the side of a passive (russian r12).

The doer of a Russian passive stands in the instrumental case ("творительный деятеля"): "город взят
российскими войсками". ``sides._is_agent`` reads the case from the side word's first pymorphy3 parse,
which misses three common shapes:

- a feminine or neuter side adjective whose first parse is the genitive ("обстрелян российской
  артиллерией", "вражеской авиацией"): the noun it agrees with is the instrumental one;
- a genitive side after an instrumental head noun ("артиллерией ВСУ", "дронами противника"): the side
  owns the doer;
- an indeclinable side abbreviation right after the short passive participle ("обстреляна ВСУ",
  "захвачен ВС РФ"), which carries no case at all.

A preposition before the instrumental ("над российскими позициями", "с артиллерией ВСУ") makes it a
place or a companion, not the doer. The hook is on when ru/claims.yaml sets ``instrumental_agent``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from frontwatch.claims.lexicon import _pymorphy_analyzer
from frontwatch.claims.words import Word

_NO_CASE = frozenset({"UNKN", "Abbr", "Fixd"})


def _free_instrumental(tokens: Sequence[Word], index: int, grammeme: str) -> bool:
    """``tokens[index]`` is a noun in ``grammeme`` with no preposition right before it."""
    word = tokens[index]
    if "NOUN" not in word.grammemes or grammeme not in word.grammemes:
        return False
    return index == 0 or "PREP" not in tokens[index - 1].grammemes


def instrumental_agent(tokens: Sequence[Word], index: int, grammeme: str, gap: str = " ") -> bool:
    """The side word ``tokens[index]`` is the doer of a passive: in the instrumental itself with no
    preposition before it, or by one of the three shapes above.

    ``gap`` is the text between the word before the side and the side word (only a space counts).
    """
    word = tokens[index]
    if grammeme in word.grammemes:
        # "российскими войсками" is the doer, "над российскими позициями" a place
        return index == 0 or "PREP" not in tokens[index - 1].grammemes
    if (
        "ADJF" in word.grammemes
        and index + 1 < len(tokens)
        and _free_instrumental(tokens, index + 1, grammeme)
        and (index == 0 or "PREP" not in tokens[index - 1].grammemes)
    ):
        return True  # "российской артиллерией": the adjective agrees with an instrumental noun
    if index == 0 or gap.strip():
        return False
    before = tokens[index - 1]
    if _free_instrumental(tokens, index - 1, grammeme) and "ADJF" not in word.grammemes:
        return True  # "артиллерией ВСУ", "дронами противника"
    return bool(word.grammemes & _NO_CASE or not word.grammemes) and {"PRTS", "pssv"} <= before.grammemes


def case_free_or_nominative(tokens: Sequence[Word], start: int) -> bool:
    """The word at ``start`` is nominative, or an abbreviation without case ("ВСУ"), on its first parse."""
    for word in tokens:
        if word.start == start:
            grammemes = word.grammemes
            return "nomn" in grammemes or bool(grammemes & _NO_CASE) or not grammemes
        if word.start > start:
            break
    return False


def event_noun_subject(tokens: Sequence[Word], index: int, end: int) -> bool:
    """The intransitive trigger verb ``tokens[index]`` has the event noun of its trigger (ending at
    ``end``) as its subject: "идут бои", "продолжаются бои", "ведутся бои". No subject is dropped then,
    so a speaker named before it ("по данным украинских военных, идут бои") is not the fighter
    (russian r13; on when ru/claims.yaml sets ``event_noun_subject``)."""
    if "intr" not in tokens[index].grammemes:
        return False
    return any(
        "NOUN" in word.grammemes and "nomn" in word.grammemes
        for word in tokens[index + 1 : index + 4]
        if word.start < end
    )


def _analyzer() -> Any:
    """The Russian pymorphy3 analyser the ru lexicon already loaded (one dictionary per process)."""
    return _pymorphy_analyzer("ru")


@lru_cache(maxsize=20_000)
def never_nominative(word: str) -> bool:
    """No reading of ``word`` is a nominative although some have a case ("военных", "бойцам"): the
    word cannot be the subject of a clause ("по данным украинских военных, идут бои": the military
    tells, it does not fight). Russian r13; on when ru/claims.yaml sets ``nominative_subject``."""
    cases = {parse.tag.case for parse in _analyzer().parse(word.lower())}
    cases.discard(None)
    return bool(cases) and "nomn" not in cases


def participial_apposition(
    tokens: Sequence[Word], clauses: Sequence[tuple[int, int]], side_start: int, trigger: tuple[int, int]
) -> bool:
    """The side word at ``side_start`` stands in a participle phrase set off by commas (its first word a
    full participle: ", назначенный властями ДНР,", ", поддерживаемые Россией,") that does not hold the
    trigger: the phrase describes a person or a place, its side word acts in no other clause (russian
    r13; on when ru/claims.yaml sets ``participial_apposition``)."""
    clause = next((c for c in clauses if c[0] <= side_start < c[1]), None)
    if clause is None or clause[0] <= trigger[0] < clause[1]:
        return False
    index = bisect.bisect_left(tokens, clause[0], key=lambda word: word.start)
    if index >= len(tokens) or tokens[index].start >= side_start:
        return False
    return "PRTF" in tokens[index].grammemes


def gerund_main_clause(
    tokens: Sequence[Word], clauses: Sequence[tuple[int, int]], trigger: tuple[int, int]
) -> tuple[int, int] | None:
    """The clause after the trigger's own when the trigger is a gerund (деепричастие) that opens its
    clause ("Потеряв A, противник отошёл", "Оставив A, ВСУ отступили к B"): a Russian gerund has no
    subject of its own, it shares the subject of the main clause that follows it (russian r13b; on when
    ru/claims.yaml sets ``gerund_subject``)."""
    index = bisect.bisect_left(tokens, trigger[0], key=lambda word: word.start)
    if index >= len(tokens) or tokens[index].start != trigger[0] or "GRND" not in tokens[index].grammemes:
        return None
    ordered = sorted(clauses)
    for number, clause in enumerate(ordered):
        if clause[0] <= trigger[0] < clause[1]:
            opens = bisect.bisect_left(tokens, clause[0], key=lambda word: word.start)
            if opens != index or number + 1 >= len(ordered):
                return None
            return ordered[number + 1]
    return None
