"""Speed path of the literal scans (round 5): a text is scanned with the automaton of the literals
whose scripts (Latin, Cyrillic) all occur in it. The occurrences found must be exactly those that
one automaton of every literal finds, whatever mix of scripts text and literals have."""

from __future__ import annotations

import ahocorasick
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.claims import lexicon
from frontwatch.claims.lexicon import PatternGate, compile_cues

# Cue lists in both scripts and without letters, written for this test.
MIXED_CUES = [
    "~eroberte",
    "re:zogen\\s+sich\\s+zurück",
    "~звільн",
    "re:відійшли\\s+з",
    "re:HIMARS[-\\s]+удар",  # a literal with both scripts
    "re:\\d+\\s*км",  # Cyrillic literal after digits
    "re:2022\\s+году",
    "re:#\\d+-й",
    "=über",
]
PARTS = [
    *("eroberte", "Eroberte", "zogen", "sich", "zurück", "über", "Über"),
    *("звільнили", "Звільнено", "відійшли", "з", "HIMARS", "удар", "км", "году", "2022", "15"),
    *("#3-й", " ", ",", ".", "-", "\n", "ё", "x"),
]


def _all_literal_starts(text: str) -> dict[int, list[int]]:
    """Where every known literal starts in lower-cased ``text``: one automaton of all literals."""
    automaton = ahocorasick.Automaton()
    for literal, number in lexicon._literal_ids.items():
        automaton.add_word(literal, number)
    automaton.make_automaton()
    starts: dict[int, list[int]] = {}
    for end, number in automaton.iter(text.lower()):
        starts.setdefault(number, []).append(end - lexicon._literal_lengths[number] + 1)
    return starts


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=25))
def test_the_scan_finds_every_literal_the_automaton_of_all_literals_finds(parts: list[str]) -> None:
    compile_cues(MIXED_CUES)
    text = " ".join(parts)
    scan = lexicon._scan(text)
    assert scan.folded is not None
    assert scan.starts == _all_literal_starts(text)


def test_a_text_without_cyrillic_is_scanned_without_cyrillic_literals() -> None:
    cues = compile_cues(MIXED_CUES)
    latin = "Die Truppen zogen sich zurück, 15 km weiter."
    assert lexicon._script_mask(latin.lower()) == lexicon._LATIN_BIT
    assert lexicon._scan(latin).starts == _all_literal_starts(latin)
    assert cues.find(latin, []) == [(12, 29)]
    cyrillic = "Сили оборони звільнили село, 15 км на схід."
    assert lexicon._script_mask(cyrillic.lower()) == lexicon._CYRILLIC_BIT
    assert lexicon._scan(cyrillic).starts == _all_literal_starts(cyrillic)
    assert [cyrillic[s:e] for s, e in cues.find(cyrillic, [])] == ["звільнили", "15 км"]
    both = "Після удару HIMARS - удар по складу; die Stadt eroberte man nicht."
    assert [both[s:e] for s, e in cues.find(both, [])] == ["HIMARS - удар", "eroberte"]
    # Digits and signs only: no letter of either script, only literals without letters can occur.
    assert lexicon._script_mask("#3-й".replace("й", "")) == 0


def test_pattern_gates_decide_as_with_every_literal() -> None:
    gate = PatternGate(["(?:zogen\\s+sich)", "(?:відійшли\\s+з)", "(?:HIMARS\\s+удар)", "(?:2022)"])
    assert gate.possible("Sie zogen sich zurück") == [0]
    assert gate.possible("Війська відійшли з міста") == [1]
    assert gate.possible("HIMARS удар") == [2]
    assert gate.possible("HIMARS strike") == []
    assert gate.possible("im Jahr 2022") == [3]
    assert gate.possible("у 2022 році") == [3]
