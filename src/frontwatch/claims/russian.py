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

from collections.abc import Sequence

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
