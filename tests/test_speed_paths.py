"""The fast paths added for intake -> claims speed must give exactly what the plain paths give.

Each test runs the fast path and the path it shortcuts (the full regex, the per-report store
calls, one transaction per file) on the same input and compares the results.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import frontwatch.claims.numbers as numbers
from claims_helpers import without_prefilter
from conftest import ARTICLE, OTHER_ARTICLE, ReportFactory
from frontwatch import pipeline
from frontwatch.claims.lexicon import PatternGate, compile_cues
from frontwatch.claims.timeexpr import time_lexicon
from frontwatch.ingest.options import IngestOptions
from frontwatch.model import Claim, ClaimPlace, PlaceMention, Report, Source
from frontwatch.pipeline import analyse, ingest_into
from frontwatch.store import SQLiteStore

# --- PatternGate: a pattern it leaves out cannot match ------------------------------------------

TIME_WORDS = {
    "en": ["since", "early", "September", "last", "week", "on", "Monday", "3", "2022", "ago", "days", "the"],
    "de": ["seit", "Anfang", "September", "letzten", "Woche", "am", "Montag", "3.", "vor", "drei", "Tagen"],
    "uk": ["з", "початку", "вересня", "минулого", "тижня", "у", "понеділок", "3", "днів", "тому"],
    "ru": ["с", "начала", "сентября", "прошлой", "недели", "в", "понедельник", "3", "дня", "назад"],
}


@pytest.mark.parametrize("lang", sorted(TIME_WORDS))
def test_time_gate_never_drops_a_matching_pattern(lang: str) -> None:
    patterns = time_lexicon(lang).patterns
    gate = PatternGate(p.regex.pattern for p in patterns)

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from([*TIME_WORDS[lang], " ", ", ", ". "]), max_size=14))
    def check(parts: list[str]) -> None:
        text = " ".join(parts)
        for variant in (text, text.upper()):
            possible = set(gate.possible(variant))
            matching = {i for i, p in enumerate(patterns) if p.regex.search(variant)}
            assert matching <= possible
            assert gate.may_match_any(variant) == bool(gate.possible(variant))

    check()


def test_pattern_gate_needs_every_clause_and_runs_patterns_without_literals() -> None:
    gate = PatternGate([r"zogen\s+sich", r"\d+", r"befreit|erobert"])
    assert gate.possible("Die Truppen zogen ab.") == [1]  # "sich" is missing; \d+ always runs
    assert gate.possible("Sie zogen sich zurück und befreiten A.") == [0, 1, 2]
    # A character whose case folding str.lower misses: every pattern runs.
    assert gate.possible("İ") == [0, 1, 2]


def test_number_word_gate_gives_the_same_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = {
        "Zweitausend Soldaten und einige Hundert Fahrzeuge, dazu 3 Panzer.": "de",
        "Die Truppen rückten vor.": "de",
        "Über zehntausend Menschen flohen; Dutzende Dörfer sind leer.": "de",
        "Понад дві тисячі військових, десятки сіл.": "uk",
        "Військові відійшли.": "uk",
        "Более трёх тысяч человек и несколько сотен машин.": "ru",
        "Several thousand troops, 12 tanks and a few hundred vehicles.": "en",
    }
    for text, lang in texts.items():
        fast = numbers.find_numbers(text, lang)
        without_gate = dataclasses.replace(numbers.number_lexicon(lang), word_literals=None, word_search=None)
        with monkeypatch.context() as patch:
            patch.setattr(numbers, "number_lexicon", lambda _lang, lexicon=without_gate: lexicon)
            assert numbers.find_numbers(text, lang) == fast


# --- cue lists: merged single-alternative scans equal the combined regex ------------------------


SHORT_WORD_CUES = [
    "=no",
    "=we",
    "is said to",
    "re:\\b(?:is|are|was|were)\\s+(?:now\\s+)?free\\b",
    "re:\\b(?:he|she)\\s+said\\b",
    "~advanc",
    "re:\\bfell\\b",
    "re:(?:fell|fall)\\s+back",  # overlaps "fell" at the same offset: the earlier alternative wins
    "*front",
]
SHORT_WORD_PARTS = [
    *("no", "No", "we", "We", "is", "said", "to", "are", "now", "free", "he", "she", "fell", "back"),
    *("advancing", "Advance", "frontline", "IS", "nowhere", "wee", " ", ", ", ". ", "-"),
]


def test_short_words_get_word_start_offsets() -> None:
    cues = compile_cues(SHORT_WORD_CUES)
    assert cues.prefilter is not None
    assert any(p is not None for p in cues.prefilter.word_prefixes)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SHORT_WORD_PARTS), max_size=30))
def test_merged_scan_is_exact_on_arbitrary_texts(parts: list[str]) -> None:
    text = " ".join(parts)
    cues = compile_cues(SHORT_WORD_CUES)
    assert cues.find(text, []) == without_prefilter(cues).find(text, [])


def test_merged_scan_resolves_ties_and_overlaps_like_the_combined_regex() -> None:
    cues = compile_cues(["re:\\bfell\\b", "re:(?:fell|fall)\\s+back", "=we", "re:we\\s+fell"])
    text = "We fell back, then we fell. Fall back!"
    expected = without_prefilter(cues).find(text, [])
    assert len(expected) >= 4
    assert cues.find(text, []) == expected


# --- intake in batches of files ------------------------------------------------------------------


def test_batched_intake_stores_every_file_and_reports_progress_in_order(
    store: SQLiteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "INGEST_BATCH_FILES", 3)
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(7):
        path = folder / f"{number}.txt"
        path.write_text(f"Report number {number}. " + (ARTICLE if number % 2 else OTHER_ARTICLE), "utf-8")
    seen: list[tuple[int, int, str]] = []
    summary = ingest_into(
        store, [folder], IngestOptions(), progress=lambda d, t, p: seen.append((d, t, p.name))
    )
    assert summary.files_ok == 7 and summary.added + summary.near_duplicates == 7
    assert seen == [(i + 1, 7, f"{i}.txt") for i in range(7)]
    assert len(list(store.iter_ingest_log())) == 7


def test_a_bad_file_inside_a_batch_changes_nothing_and_the_others_stay(
    store: SQLiteStore, make_report: ReportFactory, tmp_path: Path
) -> None:
    paths = [tmp_path / f"{n}.txt" for n in range(3)]
    for path in paths:
        path.write_text("x", encoding="utf-8")
    first, last = make_report(ARTICLE), make_report(OTHER_ARTICLE)

    def reader(path: Path, options: IngestOptions) -> list[Report]:
        if path == paths[1]:
            return [make_report("storable " + ARTICLE), make_report("unstorable", meta={"x": object()})]
        return [first] if path == paths[0] else [last]

    summary = ingest_into(store, paths, IngestOptions(), read=reader)
    assert [Path(f.path).name for f in summary.failures] == ["1.txt"]
    assert sorted(r.id for r in store.iter_reports()) == sorted([first.id, last.id])


# Cue lists remember the literal scans of the last few texts: a cue list run over a text after
# others were looked at in between must still find exactly what the combined regex finds.
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
    first, second = compile_cues(SHORT_WORD_CUES), compile_cues([*SHORT_WORD_CUES[2:], "=back"])
    for number, pick in enumerate(order):
        # Equal texts as new string objects too: the remembered scan is found by value.
        text = "".join(texts[pick % len(texts)])
        cues = first if number % 2 else second
        assert cues.find(text, []) == without_prefilter(cues).find(text, []), (text, number)


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


# --- analysis written per batch ------------------------------------------------------------------


def _one_claim_per_mention(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
    return [
        Claim(
            claim_id=f"{report.id}:{i}",
            report_id=report.id,
            event_type="fighting",
            actor_side=None,
            place=ClaimPlace(m.text, None, m.text, None, None, None, None, "settlement"),
            source=Source(report.source, "outlet"),
            modality="asserted",
            evidence_kind="report",
            evidence_start=m.start,
            evidence_end=m.end,
            evidence_text=m.text,
            language=report.lang,
            direction=["N"] if i % 2 else [],
        )
        for i, m in enumerate(mentions)
    ]


def _capitalised_words(report: Report, gazetteer: Any) -> list[PlaceMention]:
    return [
        PlaceMention(report.id, m.start(), m.end(), m.group(), None)
        for m in re.finditer(r"\b[A-Z][a-z]{4,}\b", report.clean_text)
    ]


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as db:
        return {
            "mentions": db.execute("SELECT * FROM place_mentions ORDER BY report_id, seq").fetchall(),
            "claims": db.execute("SELECT * FROM claims ORDER BY rowid").fetchall(),
            "state": db.execute(
                "SELECT report_id, stage, version FROM analysis_state ORDER BY 1, 2"
            ).fetchall(),
        }


class _PerReportStore(SQLiteStore):
    """The store without its batch write: ``analyse`` falls back to one call per report and row kind."""

    def __getattribute__(self, name: str) -> Any:
        if name == "write_analyses":
            raise AttributeError(name)
        return super().__getattribute__(name)


def test_batch_writes_store_the_same_rows_as_per_report_writes(
    tmp_path: Path, make_report: ReportFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "ANALYSIS_BATCH", 4)
    reports = [make_report(f"Dispatch {n}. " + (ARTICLE if n % 3 else OTHER_ARTICLE)) for n in range(10)]
    paths = {}
    for kind, store_class in (("batch", SQLiteStore), ("per_report", _PerReportStore)):
        paths[kind] = tmp_path / f"{kind}.db"
        with store_class(paths[kind]) as store:
            assert hasattr(store, "write_analyses") == (kind == "batch")
            store.add_reports(reports)
            # Twice, with another extractor the second time: claims are replaced, mentions kept.
            analyse(store, None, resolve=_capitalised_words, extract=_one_claim_per_mention)
            analyse(
                store, None, resolve=_capitalised_words, extract=lambda r, m: _one_claim_per_mention(r, m[:1])
            )
    batch, per_report = _rows(paths["batch"]), _rows(paths["per_report"])
    assert batch["claims"] and batch["mentions"]
    assert batch == per_report


def test_comparison_gate_gives_the_same_comparisons(monkeypatch: pytest.MonkeyPatch) -> None:
    import frontwatch.claims.quantities as quantities

    texts = {
        "Das befreite Gebiet ist größer als ganz Berlin.": "de",
        "Die Truppen rückten vor.": "de",
        "An area larger than Luxembourg was retaken; nothing else changed.": "en",
        "Площа більша за Київ.": "uk",
        "Территория больше, чем Москва.": "ru",
    }
    for text, lang in texts.items():
        gated = quantities.find_comparisons(text, lang)
        plain_lexicon = dataclasses.replace(quantities.quantity_lexicon(lang))
        plain_lexicon.comparison_gate = None
        with monkeypatch.context() as patch:
            patch.setattr(quantities, "quantity_lexicon", lambda _lang, lexicon=plain_lexicon: lexicon)
            assert quantities.find_comparisons(text, lang) == gated


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcXYZ äöüß ёЁїєґ ыэъ ΑΩαω 中文 ١٢ 0123 _-'.,\n\u0301ǅ", max_size=60))
def test_script_counts_per_character_equal_one_regex_pass_per_script(text: str) -> None:
    from frontwatch.ingest import language

    letters = len(language._LETTER.findall(text))
    counts = {name: len(pattern.findall(text)) for name, pattern in language._script_patterns().items()}
    best = max(counts, key=lambda name: counts[name]) if any(counts.values()) else None
    script, letter_count = language._dominant_script(text)
    assert letter_count == letters
    assert script == (None if best is None or counts[best] * 2 < letters else best)
