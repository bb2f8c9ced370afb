"""Speed paths of round 2: they must give what the plain paths give.

- cue lists remember the literal scans of the last few texts (not only the last one), so a cue
  list run over a text after others were looked at in between must still find exactly what the
  combined regex finds in that text;
- migration 002 drops two claim indexes no query uses: an older database upgrades, keeps its
  claims, and the filters the store offers still find them.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claims_helpers import without_prefilter
from frontwatch.claims.lexicon import compile_cues
from frontwatch.model import Claim, ClaimPlace, Source, When

CUES = [
    "=no",
    "=we",
    "is said to",
    "re:\\b(?:is|are|was|were)\\s+(?:now\\s+)?free\\b",
    "re:\\b(?:he|she)\\s+said\\b",
    "~advanc",
    "re:(?:fell|fall)\\s+back",
    "*front",
]
WORDS = [
    "no",
    "We",
    "is",
    "said",
    "to",
    "are",
    "now",
    "free",
    "she",
    "fell",
    "back",
    "advancing",
    "frontline",
]
# More texts than the scans remembered, so that old scans are dropped and made again.
TEXTS = st.lists(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), min_size=1, max_size=7)



@settings(max_examples=200, deadline=None)
@given(TEXTS, st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=25))
def test_cue_lists_over_interleaved_texts_find_what_the_regex_finds(
    texts: list[str], order: list[int]
) -> None:
    first, second = compile_cues(CUES), compile_cues([*CUES[2:], "=back"])
    for number, pick in enumerate(order):
        # Equal texts as new string objects too: the remembered scan is found by value.
        text = "".join(texts[pick % len(texts)])
        cues = first if number % 2 else second
        assert cues.find(text, []) == without_prefilter(cues).find(text, []), (text, number)


def _claim(report_id: str, seq: int, event_type: str, place_id: str | None) -> Claim:
    place = (
        None
        if place_id is None
        else ClaimPlace("Lozova", place_id, "Lozova", 48.9, 36.3, "Kharkiv Oblast", None, "settlement")
    )
    return Claim(
        claim_id=f"{report_id}:{seq}",
        report_id=report_id,
        event_type=event_type,
        actor_side="RU",
        place=place,
        source=Source("Some Agency", "outlet", None),
        modality="asserted",
        evidence_kind="report",
        evidence_start=0,
        evidence_end=5,
        evidence_text="Words",
        language="en",
        when=When(date(2023, 5, 1), date(2023, 5, 2), "range"),
    )


# Every alternative starts with a known literal, several share one ("ukrainian"), and one literal
# is the start of another ("ukrainia", "ukrainian"): the offsets where only some alternatives can
# start, in regex order, with ties going to the earlier alternative.
PREFIXED_CUES = [
    "ukrainian armed forces",
    "ukrainian forces",
    "ukrainian army",
    "forces of",
    "forces near",
    "~forced",
    "~ukrainia",
    "armed forces",
]
PREFIXED_PARTS = ["Ukrainian", "ukrainians", "armed", "forces", "Forced", "of", "near", "army", "the", ","]


def test_prefixed_cue_list_tries_every_alternative_through_its_literals() -> None:
    cues = compile_cues(PREFIXED_CUES)
    assert cues.prefilter is not None
    assert all(prefix is not None for prefix in cues.prefilter.prefixes)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PREFIXED_PARTS), max_size=20))
def test_prefixed_cue_list_finds_what_the_regex_finds(parts: list[str]) -> None:
    text = " ".join(parts)
    cues = compile_cues(PREFIXED_CUES)
    assert cues.find(text, []) == without_prefilter(cues).find(text, [])
