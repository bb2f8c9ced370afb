"""English grammar of round 13 (EN). The sentences are written for these tests; places get made-up ids.

- A failed attempt whose failure is told in an English passive of any tense ("had both times been driven
  back", "was quickly thrown back", "got pushed back") or actively with a pronoun for the attackers ("...
  but the defenders stopped them", "... and our units threw them back") is a negated advance, not a
  withdrawal of the attackers (claims.yaml ``failed_attempt.failure``).
- "the fall of X" in a time adjunct names no side in its own phrase: the change of hands has no actor,
  whatever side the main clause names ("Since the fall of A, Russian troops have pushed west"); "after
  the fall of A to Russian forces" names the winner, and so may the predicate of "the fall of A" as a
  subject ("... marks Russia's biggest gain", tests/test_claims_final_r3.py) (claims.yaml
  ``sideless_event_noun``, ``sideless_event_winner``).
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement

TOWN = "gn:1"
OTHER = "gn:2"


def keys(text: str) -> set[ClaimKey]:
    places = [settlement("Sosnivka", 1)] + ([settlement("Lypove", 2)] if "Lypove" in text else [])
    return claim_keys(extract_checked(text, "en", places))


@pytest.mark.parametrize(
    "text",
    [
        "Russian infantry had tried to storm Sosnivka, and each time had been driven back.",
        "A Russian company attempted to storm Sosnivka at dawn but was quickly thrown back.",
        "Russian troops tried to enter Sosnivka twice on Monday and were pushed back both times.",
        "Russian troops tried to push into Sosnivka overnight, but the defenders stopped them.",
    ],
)
def test_failed_attempt_in_english_passive_or_with_pronoun(text: str) -> None:
    found = keys(text)
    assert ("advance", TOWN, "RU", "negated") in found
    assert not {key for key in found if key[0] == "advance" and key[3] == "asserted"}
    assert not {key for key in found if key[0] == "withdrawal"}


def test_driven_back_without_attempt_is_still_a_withdrawal() -> None:
    assert ("withdrawal", TOWN, "RU", "asserted") in keys("Russian troops were driven back from Sosnivka.")


@pytest.mark.parametrize(
    "text",
    [
        "After the fall of Sosnivka, Russian units turned north toward Lypove.",
        "Since the fall of Sosnivka in the spring, Russian troops have advanced toward Lypove.",
        "Russian troops reached the edge of Lypove a month after the fall of Sosnivka.",
    ],
)
def test_fall_of_a_place_names_no_side(text: str) -> None:
    found = keys(text)
    assert ("control_change", TOWN, None, "asserted") in found
    assert not {key for key in found if key[0] == "control_change" and key[1] == TOWN and key[2] is not None}


def test_fall_of_a_place_to_a_side_names_the_winner() -> None:
    found = keys("After the fall of Sosnivka to Russian forces in May, the road to Lypove was cut.")
    assert {key for key in found if key[0] == "control_change" and key[1] == TOWN and key[2] == "RU"}


def test_fallen_place_with_its_loser_named_is_unchanged() -> None:
    assert ("control_change", TOWN, "RU", "negated") in keys("Kyiv denied that Sosnivka had fallen.")
