"""A party that denies a gain names the other side's act: the denied capture is the other side's claim.

Its own acts it denies by name ("denied striking A") keep its own side.
"""

from __future__ import annotations

import pytest

from claims_helpers import extract_from

DENIED_CAPTURES = [
    ("en", "Ukraine's General Staff denied the capture of Alpha.", "Alpha", "RU"),
    ("uk", "Генштаб ЗСУ заперечив захоплення Альфи.", "Альфи", "RU"),
    ("de", "Der ukrainische Generalstab dementierte die Einnahme von Alpha.", "Alpha", "RU"),
    ("ru", "Минобороны России опровергло захват Альфы.", "Альфы", "UA"),
]


@pytest.mark.parametrize(("lang", "text", "name", "side"), DENIED_CAPTURES)
def test_a_denied_capture_belongs_to_the_other_side(lang: str, text: str, name: str, side: str) -> None:
    claims = extract_from(text, lang, [(name, "gn:1", "settlement")], "Testblatt")
    assert [(c.event_type, c.actor_side, c.modality) for c in claims] == [("control_change", side, "negated")]


def test_a_denied_strike_stays_with_the_denier() -> None:
    claims = extract_from(
        "Russia's defence ministry denied striking Alpha.",
        "en",
        [("Alpha", "gn:1", "settlement")],
        "Testblatt",
    )
    assert [(c.event_type, c.actor_side, c.modality) for c in claims] == [("strike", "RU", "negated")]
