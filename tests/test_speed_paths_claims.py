"""Speed paths of claim extraction (round 3) give exactly what the plain paths give.

- cue-list alternatives tried only where their matches can start (``_start_generators``: after a
  literal, at a short word, at the start of the word around a literal) instead of searched for;
- a sentence's event words read from one sorted list of all event spans of the report, and its
  place mentions bisected, instead of every event type's spans and every mention of the report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims_helpers import make_report, mentions_for, without_prefilter
from conftest import ARTICLE, OTHER_ARTICLE
from frontwatch.claims import lexicon
from frontwatch.claims.context import _extra_cues, _spans_in
from frontwatch.claims.extract import _build_context, _event_hits, _mentions_starting_in, _merge_overlapping
from frontwatch.claims.lexicon import CueList, compile_cues

# One alternative per kind of derived start, and one that must still be searched for.
DERIVED_START_CUES = [
    "*eroberung",  # the word around the literal
    "re:\\b\\w+kämpfe(?!r)\\w*",  # the same, at least one letter before the literal
    "re:\\W{0,3}(?:said|claimed)\\s*,",  # up to three characters before the literal
    're:[„"«]?(?:gelingt|fällt)\\s+\\w+',  # an optional character before the literal
    "re:(?-i:\\b(?:[Ll]eft|[Ll]eaving)\\s+(?=[A-Z]))",  # small classes spelled out: "left", "leaving"
    "re:\\b(?:re-?)?(?:captur\\w*|took)\\b",  # an optional short prefix at a word start
    "re:(?:(?<=according to )|(?<=per ))(?:army|military)\\b",  # lookbehinds only before the literal
    "re:(?:^|(?<=[.!?]\\s))(?:they|we)\\s+say",  # a short word at a line or sentence start
    "re:[,—]\\s*said\\s+he\\b",  # any amount of space before the literal: searched for
]
DERIVED_START_PARTS = [
    *("Rückeroberung", "Eroberungen", "eroberung", "Stellungskämpfe", "Kämpfer", "kämpfe", "Häuserkämpfen"),
    *("said", "claimed", "Said", "—", ",", ", ", "„", '"', "«", "gelingt", "fällt", "Gelingt", "A"),
    *("left", "Left", "leaving", "Leaving", "LEFT", "Kupiansk", "kupiansk", "re", "re-", "Re-"),
    *("captured", "Recaptured", "re-captured", "took", "retook", "according to", "per", "army"),
    *("military", "Military", "they", "we", "They", "say", "he", ".", "!", "\n", " ", "  ", "-"),
]


def _generators(cues: CueList) -> list[frozenset[tuple[int, int | str, int]] | None]:
    assert cues.prefilter is not None
    return cues.prefilter.start_generators


def test_starts_are_derived_for_words_around_literals_short_prefixes_and_bounded_gaps() -> None:
    cues = compile_cues(DERIVED_START_CUES)
    assert cues.prefilter is not None
    count = len(cues.prefilter.anchored)
    by_entry = {
        entry: _generators(cues)[
            cues.prefilter.anchored.index(entry)
            if entry in cues.prefilter.anchored
            else count + cues.prefilter.free.index(entry)
        ]
        for entry in (
            "\\w*eroberung\\w*",
            "(?:\\b\\w+kämpfe(?!r)\\w*)",
            "(?:\\W{0,3}(?:said|claimed)\\s*,)",
            "(?:(?-i:\\b(?:[Ll]eft|[Ll]eaving)\\s+(?=[A-Z])))",
            "(?:[,—]\\s*said\\s+he\\b)",
        )
    }
    assert {kind for kind, _, _ in by_entry["\\w*eroberung\\w*"] or ()} == {lexicon._IN_WORD}
    assert {kind for kind, _, _ in by_entry["(?:\\b\\w+kämpfe(?!r)\\w*)"] or ()} == {lexicon._IN_WORD}
    assert {back for _, _, back in by_entry["(?:\\W{0,3}(?:said|claimed)\\s*,)"] or ()} == {3}
    # "[Ll]eft|[Ll]eaving" shares "[Ll]e": tried at the word starts that begin with "le".
    left = by_entry["(?:(?-i:\\b(?:[Ll]eft|[Ll]eaving)\\s+(?=[A-Z])))"]
    assert left == {(lexicon._AT_WORD_PREFIX, "le", 0)}
    assert by_entry["(?:[,—]\\s*said\\s+he\\b)"] is None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(DERIVED_START_PARTS), max_size=24), st.booleans())
def test_derived_starts_find_what_the_regex_finds(parts: list[str], joined: bool) -> None:
    text = ("" if joined else " ").join(parts)
    cues = compile_cues(DERIVED_START_CUES)
    assert cues.find(text, []) == without_prefilter(cues).find(text, [])


def test_derived_starts_resolve_ties_with_searched_alternatives_like_the_combined_regex() -> None:
    # "said" is searched for (the first alternative) and tried after its literal (the second): at
    # one offset the earlier alternative wins, and a searched match ends where the next try starts.
    cues = compile_cues(["re:,\\s*said", "re:\\W{0,2}said\\s+\\w+", "=said", "*aid"])
    text = "He said it, said she; they, said  we. Said he, aid, Mermaid said no."
    expected = without_prefilter(cues).find(text, [])
    assert len(expected) >= 5
    assert cues.find(text, []) == expected


def _shipped_cue_lists(lang: str) -> list[CueList]:
    lexicon_of_lang = lexicon.load_lexicon(lang)
    assert lexicon_of_lang is not None
    lists: list[CueList] = []
    for name in lexicon_of_lang.__dataclass_fields__:
        value = getattr(lexicon_of_lang, name)
        if isinstance(value, CueList):
            lists.append(value)
        elif isinstance(value, dict):
            lists.extend(cues for cues in value.values() if isinstance(cues, CueList))
    for key, raw in lexicon_of_lang.extra.items():
        if isinstance(raw, list):
            lists.append(_extra_cues(lexicon_of_lang, key))
        elif isinstance(raw, dict):
            lists.extend(
                _extra_cues(lexicon_of_lang, key, sub) for sub, cues in raw.items() if isinstance(cues, list)
            )
    return lists


def _demo_texts() -> list[str]:
    """The texts of the demo corpus (plain text files and JSON Lines records), and the test articles."""
    folder = Path(lexicon.datafiles.DATA_DIR) / "demo"
    texts = [ARTICLE, OTHER_ARTICLE]
    for path in sorted(folder.rglob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    for path in sorted(folder.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                texts.append(record["text"])
    return texts


@pytest.mark.parametrize("lang", lexicon.available_languages())
def test_every_shipped_cue_list_finds_what_its_regex_finds_on_the_demo_texts(lang: str) -> None:
    lexicon_of_lang = lexicon.load_lexicon(lang)
    assert lexicon_of_lang is not None
    texts = _demo_texts()
    assert len(texts) > 10
    for text in texts + [text.upper() for text in texts[:6]]:
        tokens = lexicon_of_lang.tokenize(text)
        for cues in _shipped_cue_lists(lang):
            assert cues.find(text, tokens) == without_prefilter(cues).find(text, tokens)


# --- a sentence's slice of the report's event spans and place mentions -------------------------------

REPORT_TEXTS = {
    "en": (
        ARTICLE + "\nRussian troops withdrew from Izium and Lyman, and Ukrainian units took Kupiansk. "
        "Shelling of Izium continued; the town was shelled again and fighting went on near Lyman."
    ),
    "de": (
        "Ukrainische Truppen haben Isjum zurückerobert. Russische Einheiten zogen sich aus Lyman zurück, "
        "während in Kupjansk weiter gekämpft wird. Beschuss von Isjum in der Nacht; Häuserkämpfe in Lyman."
    ),
}
PLACES = {
    "en": [("Izium", "p:1", "settlement"), ("Lyman", "p:2", "settlement"), ("Kupiansk", "p:3", "settlement")],
    "de": [("Isjum", "p:1", "settlement"), ("Lyman", "p:2", "settlement"), ("Kupjansk", "p:3", "settlement")],
}


@pytest.mark.parametrize("lang", sorted(REPORT_TEXTS))
def test_sentence_slices_equal_the_per_type_and_per_mention_scans(lang: str) -> None:
    report = make_report(REPORT_TEXTS[lang], lang)
    lexicon_of_lang = lexicon.load_lexicon(lang)
    assert lexicon_of_lang is not None
    context = _build_context(report, mentions_for(report, PLACES[lang]), lexicon_of_lang)
    with_hits = 0
    for sentence in context.sentences:
        plain_hits = [
            (event_type, span)
            for event_type, spans in context.events.items()
            for span in _merge_overlapping(_spans_in(spans, sentence.start, sentence.end))
        ]
        assert _event_hits(context, sentence) == plain_hits
        with_hits += bool(plain_hits)
        plain_mentions = [m for m in context.mentions if sentence.start <= m.start]
        plain_mentions = [m for m in plain_mentions if m.start <= sentence.end]
        assert _mentions_starting_in(context, sentence) == plain_mentions
    assert with_hits >= 3
