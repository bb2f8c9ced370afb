"""Ukrainian grammar helpers (ukrainian r13).

The adverbial participle (дієприслівник: "відступаючи", "тікаючи", "обстрілюючи", "підірвавши",
"захопивши") is its own lemma in the pymorphy3 Ukrainian dictionary, unlike Russian, where the gerund
parses to its verb. A cue written as a verb lemma ("відступати", "підірвати") then misses the gerund
although the gerund reports the same act ("Відступаючи, окупанти мінують дороги": a withdrawal).

``gerund_verb`` finds the verb from the form the gerund is built on: the imperfective one from the
third person plural of the present ("-ючи/-учи/-ачи/-ячи" → "-ють/-уть/-ать/-ять"), the perfective one
from the infinitive ("-вши" → "-ти"); a reflexive gerund ("-сь") from the reflexive forms. The candidate
must parse as a form of a verb, else the gerund keeps its own lemma.
"""

from __future__ import annotations

from collections.abc import Callable

# (gerund ending, ending of the form it is built on)
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ючи", "ють"),
    ("учи", "уть"),
    ("ачи", "ать"),
    ("ячи", "ять"),
    ("шовши", "ти"),  # "вийшовши" → "вийти"
    ("вши", "ти"),
)


def gerund_verb(word: str, parse: Callable[[str], list[tuple[str, frozenset[str]]]]) -> str | None:
    """The verb lemma of the gerund ``word`` (lower case), or None; ``parse`` gives (lemma, grammemes)
    of every parse of a word."""
    stem, reflexive = (word[:-2], True) if word.endswith("сь") else (word, False)
    for gerund_end, base_end in _ENDINGS:
        if not stem.endswith(gerund_end) or len(stem) <= len(gerund_end) + 1:
            continue
        base = stem[: -len(gerund_end)] + base_end
        if reflexive:
            base += "ся"
        for lemma, grammemes in parse(base):
            if "VERB" in grammemes:
                return lemma
    return None
