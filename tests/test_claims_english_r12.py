"""English grammar of round 12 (W2-EN). The sentences are written for these tests; places get made-up ids.

- Phrasal verbs: a particle after the verb's object is joined to the verb (``english.phrasal_forms``), so
  "pulled most of its units back", "drove the Russian assault groups back" answer to the cue lemmas
  "pull+back", "drive+x+back" whatever the object's length; "knocked out substations" is a strike; a
  subject before a verb next to its particle ("forces may pull back") is no verb, and people rescued
  are no troops withdrawn.
- An attack with a direction ("attacking toward A", "assaults towards A") is an advance toward A, with
  no place (as "pushing toward A"), not fighting at A.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement
from frontwatch.claims import english
from frontwatch.claims.lexicon import load_lexicon

TOWN = "gn:1"


def keys(text: str) -> set[ClaimKey]:
    return claim_keys(extract_checked(text, "en", [settlement("Sosnivka", 1)]))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Moscow has pulled most of its battalion groups back from Sosnivka.",
            ("withdrawal", TOWN, "RU", "asserted"),
        ),
        (
            "Russia pulled several of its exhausted regiments out of Sosnivka last week.",
            ("withdrawal", TOWN, "RU", "asserted"),
        ),
        (
            "Ukrainian marines drove the Russian assault groups back from Sosnivka.",
            ("advance", TOWN, "UA", "asserted"),
        ),
        ("Russian missiles knocked out three substations in Sosnivka.", ("strike", TOWN, "RU", "asserted")),
    ],
)
def test_phrasal_verb_with_object_between(text: str, key: ClaimKey) -> None:
    assert key in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers pulled two survivors out of the rubble in Sosnivka.",
        "Volunteers pulled the injured back from the shelled streets of Sosnivka.",
    ],
)
def test_people_rescued_are_no_withdrawal(text: str) -> None:
    assert not {key for key in keys(text) if key[0] == "withdrawal"}


def test_knocked_out_of_a_position_is_no_strike() -> None:
    assert not {
        key for key in keys("Ukrainian troops knocked the Russians out of Sosnivka.") if key[0] == "strike"
    }


def test_passive_push_back_is_no_advance() -> None:
    found = keys("Russian troops were driven back from Sosnivka.")
    assert ("withdrawal", TOWN, "RU", "asserted") in found
    assert not {key for key in found if key[0] == "advance"}


def test_subject_before_phrasal_verb_is_no_verb() -> None:
    lexicon = load_lexicon("en")
    assert lexicon is not None
    text = "Ukrainian forces may pull back, while the Russians pulled their guns back."
    tokens = lexicon.tokenize(text)
    joined = {
        form
        for form, _ in english.phrasal_forms(
            text, tokens, frozenset({"back"}), frozenset(), None, frozenset({"their"})
        )
    }
    assert "pull+back" in joined and "pull+x+back" in joined
    assert "force+x+back" not in joined


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukrainian units are attacking toward Sosnivka from the north.", "UA"),
        ("Russian troops attacked towards Sosnivka on Monday.", "RU"),
        ("Russian assaults towards Sosnivka have intensified.", "RU"),
    ],
)
def test_attack_toward_a_place_is_an_advance(text: str, side: str) -> None:
    found = keys(text)
    assert ("advance", None, side, "asserted") in found
    assert not {key for key in found if key[0] == "fighting"}


def test_attack_near_a_place_stays_fighting() -> None:
    assert ("fighting", TOWN, "RU", "asserted") in keys("Russian forces attacked near Sosnivka again.")
