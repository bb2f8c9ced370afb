"""Speed paths of round 6: what the extractor now works out once instead of per report or per hit
must give what the per-call code gives.

- an outlet's source and the side its name names, remembered per language (``Lexicon.memo``);
- a cue list's start generators, sorted by kind once (``_split_generators``) for ``_spans_merged``;
- the spans inside a range found by two bisections (``_spans_in``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.claims import extract
from frontwatch.claims.context import _spans_in
from frontwatch.claims.lexicon import _AT_LITERAL, _AT_WORD_PREFIX, _IN_WORD, _split_generators, load_lexicon
from frontwatch.claims.sources import load_registry
from frontwatch.claims.speakers import _name_side, _outlet_source

# Outlet names written for this test: plain outlets, role nouns, flags, both flags, empty.
OUTLET_NAMES = [
    "",
    "Morning Ledger",
    "Eastern Desk Militärblogger",
    "Kriegsreporter Süd",
    "Frontticker 🇺🇦",
    "Kanal Z 🇷🇺",
    "Beide Flaggen 🇺🇦🇷🇺",
    "Военкор Восток",
    "Голос фронту",
    "Pulse of the Front UA",
]


@pytest.mark.parametrize("lang", ["de", "en", "ru", "uk"])
def test_remembered_outlets_equal_the_outlet_worked_out_each_time(lang: str) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon is not None
    registry = load_registry()
    lexicon.memo.clear()
    for _ in range(2):  # the second round answers from the memo
        for name in OUTLET_NAMES:
            assert extract._known_outlet(lexicon, registry, name) == _outlet_source(registry, lexicon, name)
            assert extract._known_name_side(lexicon, name) == _name_side(lexicon, name)


def test_the_outlet_memo_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = load_lexicon("en")
    assert lexicon is not None
    registry = load_registry()
    lexicon.memo.clear()
    monkeypatch.setattr(extract, "OUTLET_MEMO_SIZE", 3)
    for name in OUTLET_NAMES:
        extract._known_outlet(lexicon, registry, name)
        assert len(lexicon.memo) <= 3
    # Emptied, not broken: a name asked again is worked out again, with the same answer.
    assert extract._known_outlet(lexicon, registry, OUTLET_NAMES[2]) == _outlet_source(
        registry, lexicon, OUTLET_NAMES[2]
    )


def test_generators_sorted_by_kind_keep_every_generator() -> None:
    generators = frozenset(
        {(_AT_LITERAL, 4, 0), (_AT_LITERAL, 9, 3), (_AT_WORD_PREFIX, "re", 0), (_IN_WORD, 7, 0)}
    )
    at_literal, at_word_prefix, in_word = _split_generators(generators)
    assert sorted(at_literal) == [(4, 0), (9, 3)]
    assert at_word_prefix == ("re",)
    assert in_word == (7,)
    assert _split_generators(frozenset()) == ((), (), ())


@pytest.mark.parametrize("lang", ["de", "en", "ru", "uk"])
def test_every_shipped_list_has_its_generators_sorted_for_each_alternative(lang: str) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon is not None
    for cues in [*lexicon.events.values(), *lexicon.side_words.values(), lexicon.attribution]:
        prefilter = cues.prefilter
        if prefilter is None:
            continue
        for generators, parts in zip(prefilter.start_generators, prefilter._generator_parts, strict=True):
            if generators is None:
                assert parts is None
                continue
            assert parts is not None
            rebuilt = {(_AT_LITERAL, literal, back) for literal, back in parts[0]}
            rebuilt |= {(_AT_WORD_PREFIX, prefix, 0) for prefix in parts[1]}
            rebuilt |= {(_IN_WORD, literal, 0) for literal in parts[2]}
            assert rebuilt == generators


def _spans_in_by_walking(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The definition: walk the sorted spans from the first one starting at ``start`` or later, stop
    at the first one starting at ``end`` or later, keep those that end by ``end``."""
    kept = []
    for span in spans:
        if span[0] < start:
            continue
        if span[0] >= end:
            break
        if span[1] <= end:
            kept.append(span)
    return kept


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)), max_size=30),
    st.integers(0, 70),
    st.integers(0, 70),
)
def test_spans_in_a_range_are_those_a_walk_over_the_sorted_spans_keeps(
    raw: list[tuple[int, int]], start: int, end: int
) -> None:
    # Cue spans as the rules get them: sorted, overlapping and repeated ones included.
    spans = sorted((first, first + length) for first, length in raw)
    assert _spans_in(spans, start, end) == _spans_in_by_walking(spans, start, end)
