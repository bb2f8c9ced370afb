"""English grammar of round 13, second wave (EN2). The sentences are written for these tests; places get
made-up ids.

- An attack or its attackers named by a pronoun and thrown back ("... tried to break through, but the
  defenders stopped it and pushed it back", "... drove them off") is a repulse: a fighting claim of the
  subject and the negated advance of the attempt, never an advance of the defenders (claims.yaml
  advance, fighting, ``phrasal_skip``). A named object thrown back is still ground gained.
- A side word after a verb of saying is what was said, not the subject of a later verb of saying:
  "X, spokesman of Ukraine's ..., said the Russians had tried to storm A, but denied that it had fallen"
  denies a Russian gain (claims/sides.py ``_side_in_clause``).
- A place passively "cleared of" / "freed of" a side's troops was lost by that side (claims.yaml
  ``loss_triggers``); the active "Ukrainian troops cleared A of ..." keeps its subject.
- The attempter of a failed attempt may follow as an agent: "repelled attempts by Ukrainian units to
  break through", "thwarted an attempt by Russian marines to cross" (claims.yaml advance).
- An adverb between the attempt verb and its infinitive ("tried twice to storm", "had repeatedly tried to
  enter", "tried at least four times to break through") keeps a failed attempt a negated advance.
- "of/for Ukraine's" before a body of its forces names its owner, a side ("a spokesman of Ukraine's
  army"), so such a speaker denying a fall denies its own loss; a side word that ends an apposition
  before the speaker's verb is not "who says so" ("X, a spokesman for Ukraine's ... forces, denied").
- "the occupied parts of the A and B regions" (definite, with names) is the occupier's holding of A and
  B, asserted as background whatever the modality of the clause.
"""

from __future__ import annotations

import pytest

from claims_helpers import ClaimKey, claim_keys, extract_checked, settlement

TOWN = "gn:1"


def keys(text: str) -> set[ClaimKey]:
    return claim_keys(extract_checked(text, "en", [settlement("Hlyboke", 1)]))


@pytest.mark.parametrize(
    "text",
    [
        "At dawn a Russian tank column tried to break through at Hlyboke, but the Ukrainian "
        "defenders stopped it and pushed it back.",
        "Russian assault groups tried twice to storm Hlyboke, but Ukrainian paratroopers stopped them "
        "and drove them back.",
    ],
)
def test_pronoun_thrown_back_is_a_repulse_not_an_advance(text: str) -> None:
    found = keys(text)
    assert ("advance", TOWN, "RU", "negated") in found
    assert not {key for key in found if key[0] == "advance" and key[2] == "UA"}
    assert {key for key in found if key[0] == "fighting" and key[2] == "UA"}


def test_named_object_thrown_back_is_still_an_advance() -> None:
    found = keys("Ukrainian marines pushed the Russian infantry back from the edge of Hlyboke.")
    assert ("advance", TOWN, "UA", "asserted") in found


def test_side_said_before_a_later_denial_is_not_the_loser() -> None:
    found = keys(
        "Oleh Savchuk, a spokesman of Ukraine's southern command, said the Russians had been trying "
        "to slip into Hlyboke for a week, but denied that the village had fallen."
    )
    assert ("control_change", TOWN, "RU", "negated") in found
    assert not {key for key in found if key[0] == "control_change" and key[2] == "UA"}


def test_speaker_apposition_denial_unchanged() -> None:
    found = keys("Oleh Savchuk, a spokesman of Ukraine's southern command, denied that Hlyboke had fallen.")
    assert ("control_change", TOWN, "RU", "negated") in found


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        ("Ukrainian officials said on Friday that Hlyboke had been cleared of Russian troops.", "UA"),
        ("Hlyboke has now been fully cleared of Ukrainian units, the Russian defence ministry said.", "RU"),
        ("Ukrainian troops cleared Hlyboke of the last Russian soldiers.", "UA"),
    ],
)
def test_cleared_of_a_side_names_the_loser(text: str, winner: str) -> None:
    found = keys(text)
    assert ("control_change", TOWN, winner, "asserted") in found
    assert not {key for key in found if key[0] == "control_change" and key[2] not in (winner, None)}


@pytest.mark.parametrize(
    ("text", "attacker", "defender"),
    [
        (
            "Russian paratroopers repelled attempts by Ukrainian units to break through near Hlyboke.",
            "UA",
            "RU",
        ),
        (
            "Ukrainian forces thwarted an attempt by Russian marines to cross the river at Hlyboke.",
            "RU",
            "UA",
        ),
        (
            "Moscow said its troops had repelled two attempts by the Ukrainian army to enter Hlyboke.",
            "UA",
            "RU",
        ),
    ],
)
def test_attempt_by_an_agent_names_the_attempter(text: str, attacker: str, defender: str) -> None:
    found = keys(text)
    assert ("advance", TOWN, attacker, "negated") in found
    assert ("fighting", TOWN, defender, "asserted") in found
    assert ("advance", TOWN, defender, "negated") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Russian infantry tried twice to storm Hlyboke, but our marines stopped them and threw them back.",
        "Russian troops had repeatedly tried to enter Hlyboke, but every time they were driven back.",
        "Russian sappers attempted once more to cross the river at Hlyboke, without success.",
        "Russian assault groups tried at least four times to break through at Hlyboke, but were repelled.",
    ],
)
def test_adverb_between_attempt_and_infinitive(text: str) -> None:
    found = keys(text)
    assert ("advance", TOWN, "RU", "negated") in found
    assert not {key for key in found if key[0] == "advance" and key[3] == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Oleh Savchuk, a spokesman of Ukraine's army, denied that Hlyboke had fallen.",
        "Oleh Savchuk, a spokesman for Ukraine's eastern defence forces, denied that Hlyboke had fallen.",
    ],
)
def test_speaker_of_a_side_body_after_of_denies_its_own_loss(text: str) -> None:
    found = keys(text)
    assert ("control_change", TOWN, "RU", "negated") in found
    assert not {key for key in found if key[0] == "control_change" and key[2] in ("UA", None)}


def test_of_ukraine_as_a_place_is_no_side() -> None:
    found = keys("Russian troops shelled Hlyboke in the east of Ukraine's Donetsk region.")
    assert ("strike", TOWN, "RU", "asserted") in found


def test_definite_occupied_parts_of_named_regions_are_held() -> None:
    text = (
        "Without the ferries Moscow will probably have to send its supplies along the road through the "
        "occupied parts of the Luhansk and Donetsk regions."
    )
    places = [("Luhansk", "iso:UA-09", "oblast"), ("Donetsk", "iso:UA-14", "oblast")]
    found = claim_keys(extract_checked(text, "en", places))
    assert ("control_held", "iso:UA-09", "RU", "asserted") in found
    assert ("control_held", "iso:UA-14", "RU", "asserted") in found


def test_occupied_part_of_an_unnamed_region_holds_nothing() -> None:
    found = keys("The Moscow-installed head of the occupied part of the region said Hlyboke was calm.")
    assert not {key for key in found if key[0] == "control_held"}
