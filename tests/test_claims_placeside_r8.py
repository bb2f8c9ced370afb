"""Probes for the round-8 place and side rules (claims/sides.py).

- a capital that an event word governs as what was hit or where it happened ("explosions have shaken
  central Kyiv", "Drohnen griffen Kiew an") is the place, not the government acting: agentless, the
  strike has actor null (gold/README.md: an agentless subject names no side). The capital before the
  event word ("Kyiv recaptured Lyman") or after an agent word ("shelled by Kyiv") still acts.

The sentences are written for these tests, in several languages, with negative probes.
"""

from __future__ import annotations

import pytest

from claims_helpers import place_side_keys, settlement

Keys = set[tuple[str, str | None, str | None]]


def keys_for(text: str, lang: str, towns: list[str]) -> Keys:
    return place_side_keys(text, lang, [settlement(town, number) for number, town in enumerate(towns, 1)])


# --- a capital governed by the event word is the place, not the actor


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        ("en", "Several explosions have shaken central Kyiv this morning.", "Kyiv"),
        ("en", "Powerful blasts rocked Kyiv before dawn.", "Kyiv"),
        ("en", "Drones hit Kyiv overnight, the mayor said.", "Kyiv"),
        ("de", "Schwere Explosionen erschütterten Kiew am Morgen.", "Kiew"),
        ("de", "Drohnen griffen Kiew in der Nacht an.", "Kiew"),
        ("uk", "Вибухи сколихнули центральний Київ уночі.", "Київ"),
        ("ru", "Ракеты снова обстреляли Киев утром.", "Киев"),
    ],
)
def test_capital_governed_by_the_event_word_is_no_actor(lang: str, text: str, town: str) -> None:
    assert keys_for(text, lang, [town]) == {("strike", "gn:1", None)}


@pytest.mark.parametrize(
    ("lang", "text", "towns", "expected"),
    [
        # the capital before the event word is its subject
        ("en", "Kyiv recaptured Lyman on Saturday.", ["Kyiv", "Lyman"], ("control_change", "gn:2", "UA")),
        # an agent word between the event word and the capital keeps it the actor
        (
            "en",
            "Donetsk was shelled by Kyiv again, the separatists said.",
            ["Donetsk", "Kyiv"],
            ("strike", None, "UA"),
        ),
        # a side adjective on the weapon still names who fired
        ("en", "Russian missiles strike Kyiv again.", ["Kyiv"], ("strike", "gn:1", "RU")),
    ],
)
def test_capital_as_subject_or_agent_still_acts(
    lang: str, text: str, towns: list[str], expected: tuple[str, str | None, str | None]
) -> None:
    event_type, place, side = expected
    found = keys_for(text, lang, towns)
    # ``place`` None: only the side is probed here (which place the agent phrase leaves is another rule).
    assert any(k[0] == event_type and k[2] == side and place in (None, k[1]) for k in found)
    assert all(k[2] == side for k in found if k[0] == event_type)
