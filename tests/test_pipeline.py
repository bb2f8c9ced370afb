"""Pipeline glue: files into the store, and analysis of what is not analysed yet.

Intake tests use the real ``frontwatch.ingest.read_file`` on files in tmp_path. Analysis tests pass
small stand-in stage functions, so that they test the bookkeeping of ``analyse`` (what runs when,
what is stored, what is skipped) independently of the real extractors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from conftest import ARTICLE, OTHER_ARTICLE, SYNDICATED_VARIANTS, ReportFactory, require_stages
from frontwatch import pipeline
from frontwatch.ingest.options import IngestOptions
from frontwatch.model import Claim, ClaimPlace, PlaceMention, Report, Source
from frontwatch.pipeline import analyse, ingest_into
from frontwatch.store import SQLiteStore

KNOWN_PLACES = {
    "Balakliia": "gn:711660",
    "Kupiansk": "gn:704147",
    "Izium": "gn:707753",
    "Kharkiv": "gn:706483",
}


def find_places(report: Report, gazetteer: Any) -> list[PlaceMention]:
    """Stand-in resolver: exact matches of a few English names."""
    mentions = []
    for match in re.finditer("|".join(KNOWN_PLACES), report.clean_text):
        mentions.append(
            PlaceMention(report.id, match.start(), match.end(), match.group(), KNOWN_PLACES[match.group()])
        )
    return mentions


def fighting_at_each_place(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
    """Stand-in extractor: one 'fighting' claim per mention."""
    return [
        Claim(
            claim_id=f"{report.id}:{i}",
            report_id=report.id,
            event_type="fighting",
            actor_side=None,
            place=ClaimPlace(m.text, m.place_id, m.text, None, None, None, None, "settlement"),
            source=Source(report.source, "outlet"),
            modality="asserted",
            evidence_kind="report",
            evidence_start=m.start,
            evidence_end=m.end,
            evidence_text=m.text,
            language=report.lang,
        )
        for i, m in enumerate(mentions)
    ]


def counting(function: Callable[..., Any], calls: list[str]) -> Callable[..., Any]:
    def wrapped(report: Report, second: Any) -> Any:
        calls.append(report.id)
        return function(report, second)

    wrapped.__qualname__ = function.__qualname__
    wrapped.__module__ = function.__module__
    return wrapped


# -- intake ------------------------------------------------------------------------------------


def write_inputs(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "agency.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "copy.txt").write_text(SYNDICATED_VARIANTS["changed_intro"], encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20)
    (folder / "broken.jsonl").write_text('{"text": "Fighting near Izium"\n', encoding="utf-8")


def test_ingest_stores_good_files_and_names_the_bad_ones(store: SQLiteStore, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_inputs(inputs)
    progress: list[tuple[int, int, str]] = []
    summary = ingest_into(
        store,
        [inputs],
        IngestOptions(source="Agency"),
        progress=lambda d, t, p: progress.append((d, t, p.name)),
    )
    assert summary.files == 5
    assert summary.files_ok == 3
    assert (summary.added, summary.near_duplicates, summary.duplicates) == (2, 1, 0)
    assert sorted(Path(f.path).name for f in summary.failures) == ["broken.jsonl", "photo.jpg"]
    assert all(f.reason for f in summary.failures)
    assert [d for d, _, _ in progress] == [1, 2, 3, 4, 5]
    assert {t for _, t, _ in progress} == {5}

    stats = store.stats()
    assert (stats["reports"], stats["near_duplicates"]) == (3, 1)
    assert (stats["files_ingested"], stats["files_failed"]) == (3, 2)
    assert all(report.ingested_at is not None for report in store.iter_reports())


def test_ingesting_the_same_files_again_adds_nothing(store: SQLiteStore, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_inputs(inputs)
    ingest_into(store, [inputs], IngestOptions(source="Agency"))
    before = [(r.id, r.duplicate_of) for r in store.iter_reports()]
    again = ingest_into(store, [inputs / "agency.txt", inputs / "sub"], IngestOptions(source="Agency"))
    assert (again.added, again.near_duplicates, again.duplicates) == (0, 0, 2)
    assert [(r.id, r.duplicate_of) for r in store.iter_reports()] == before


def test_missing_path_is_a_failure_not_a_crash(store: SQLiteStore, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    summary = ingest_into(store, [tmp_path / "nope.txt", tmp_path / "a.txt"], IngestOptions())
    assert summary.added == 1
    assert [Path(f.path).name for f in summary.failures] == ["nope.txt"]


def test_a_file_that_cannot_be_stored_changes_nothing(
    store: SQLiteStore, make_report: ReportFactory, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    bad = tmp_path / "bad.txt"
    for path in (good, bad):
        path.write_text("x", encoding="utf-8")
    stored_first = make_report(OTHER_ARTICLE)

    def reader(path: Path, options: IngestOptions) -> list[Report]:
        if path == bad:
            # The first report is fine; the second cannot be stored, so neither may be.
            return [make_report(ARTICLE), make_report("unstorable", meta={"x": object()})]
        if path == good:
            return [stored_first]
        raise AssertionError(path)

    summary = ingest_into(store, [bad, good], IngestOptions(), read=reader)
    assert [Path(f.path).name for f in summary.failures] == ["bad.txt"]
    assert "could not be stored" in summary.failures[0].reason
    assert [r.id for r in store.iter_reports()] == [stored_first.id]


def test_a_reader_bug_does_not_stop_the_batch(
    store: SQLiteStore, make_report: ReportFactory, tmp_path: Path
) -> None:
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    for path in (first, second):
        path.write_text("x", encoding="utf-8")

    def reader(path: Path, options: IngestOptions) -> list[Report]:
        if path == first:
            raise KeyError("title")
        return [make_report(ARTICLE)]

    summary = ingest_into(store, [first, second], IngestOptions(), read=reader)
    assert summary.added == 1
    assert "KeyError" in summary.failures[0].reason


# -- analysis ----------------------------------------------------------------------------------


def test_analyse_stores_mentions_and_claims_but_no_claims_for_copies(
    store: SQLiteStore, make_report: ReportFactory
) -> None:
    original = make_report(ARTICLE, source="A")
    copy = make_report(SYNDICATED_VARIANTS["new_headline"], source="B")
    store.add_reports([original, copy])

    summary = analyse(store, resolve=find_places, extract=fighting_at_each_place)

    assert summary.reports == 2
    assert summary.duplicates_without_claims == 1
    assert store.mentions_for(copy.id) == find_places(copy, None)
    assert store.mentions_for(original.id) == find_places(original, None)
    assert list(store.iter_claims(report_id=copy.id)) == []
    expected = fighting_at_each_place(original, find_places(original, None))
    assert list(store.iter_claims(report_id=original.id)) == expected
    assert summary.claims == len(expected) and summary.claims_by_type == {"fighting": len(expected)}


def test_analyse_only_does_new_work(store: SQLiteStore, make_report: ReportFactory) -> None:
    store.add_reports([make_report(ARTICLE)])
    resolved: list[str] = []
    resolve = counting(find_places, resolved)
    analyse(store, resolve=resolve, extract=fighting_at_each_place)
    assert analyse(store, resolve=resolve, extract=fighting_at_each_place).reports == 0
    newcomer = make_report(OTHER_ARTICLE)
    store.add_reports([newcomer])
    assert analyse(store, resolve=resolve, extract=fighting_at_each_place).reports == 1
    assert resolved[-1] == newcomer.id and len(resolved) == 2


def test_another_extractor_reruns_claims_but_keeps_mentions(
    store: SQLiteStore, make_report: ReportFactory
) -> None:
    report = make_report(ARTICLE)
    store.add_reports([report])
    analyse(store, resolve=find_places, extract=fighting_at_each_place)

    def no_claims(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
        return []

    resolved: list[str] = []
    summary = analyse(store, resolve=counting(find_places, resolved), extract=no_claims)
    assert resolved == []  # places were up to date
    assert summary.reports == 1
    assert list(store.iter_claims()) == []
    assert store.mentions_for(report.id) == find_places(report, None)


def test_a_failing_report_is_reported_and_retried(store: SQLiteStore, make_report: ReportFactory) -> None:
    fine, troublesome = make_report(OTHER_ARTICLE), make_report(ARTICLE)
    store.add_reports([fine, troublesome])

    def fragile(report: Report, gazetteer: Any) -> list[PlaceMention]:
        if report.id == troublesome.id:
            raise ValueError("cannot segment")
        return find_places(report, gazetteer)

    fragile.__qualname__ = find_places.__qualname__  # same stage version as the real run below
    first = analyse(store, resolve=fragile, extract=fighting_at_each_place)
    assert first.reports == 1
    assert [f.path for f in first.failures] == [troublesome.id]
    assert "cannot segment" in first.failures[0].reason
    assert store.mentions_for(troublesome.id) == []

    second = analyse(store, resolve=find_places, extract=fighting_at_each_place)
    assert second.reports == 1 and not second.failures
    assert store.mentions_for(troublesome.id) == find_places(troublesome, None)


def test_analyse_with_the_real_stages_when_they_exist(store: SQLiteStore, make_report: ReportFactory) -> None:
    require_stages("frontwatch.places.resolve_places", "frontwatch.claims.extract_claims")
    from frontwatch.claims import extract_claims
    from frontwatch.places import resolve_places

    assert callable(resolve_places) and callable(extract_claims)
    store.add_reports([make_report(ARTICLE)])
    summary = analyse(store)
    assert summary.reports == 1 and not summary.failures
    assert summary.resolved_mentions >= 2  # Kharkiv region, Balakliia, Kupiansk, Kyiv ...
    assert store.stats()["analysed_reports"] == 1
    # Naming the default stages explicitly is the same analysis: nothing to redo.
    assert analyse(store, None, resolve=resolve_places, extract=extract_claims).reports == 0


def test_claims_move_to_an_earlier_original_that_arrives_later(
    store: SQLiteStore, make_report: ReportFactory
) -> None:
    copy = make_report(SYNDICATED_VARIANTS["new_headline"], source="B", published=datetime(2022, 9, 9, 15))
    store.add_reports([copy])
    analyse(store, resolve=find_places, extract=fighting_at_each_place)
    assert list(store.iter_claims(report_id=copy.id))

    original = make_report(ARTICLE, source="A", published=datetime(2022, 9, 9, 8))
    store.add_reports([original])
    summary = analyse(store, resolve=find_places, extract=fighting_at_each_place)

    assert summary.reports == 2  # the new original, and the former one that is a copy now
    assert list(store.iter_claims(report_id=copy.id)) == []
    assert list(store.iter_claims(report_id=original.id))
    assert store.mentions_for(copy.id) == find_places(copy, None)


def test_analyse_writes_in_batches_but_stores_and_counts_every_report(
    store: SQLiteStore, make_report: ReportFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "ANALYSIS_BATCH", 3)  # 8 reports: batches of 3, 3 and 2
    places = list(KNOWN_PLACES)
    reports = [
        make_report(f"Bulletin {n}: shelling near {places[n % 4]} and {places[(n + 1) % 4]}, {n * 7} shells.")
        for n in range(8)
    ]
    store.add_reports(reports)
    progress: list[int] = []
    summary = analyse(store, resolve=find_places, extract=fighting_at_each_place, progress=progress.append)
    assert summary.reports == 8 and progress == list(range(1, 9))
    assert summary.claims == len(list(store.iter_claims())) == 16
    for report in reports:
        assert store.mentions_for(report.id) == find_places(report, None)
    assert analyse(store, resolve=find_places, extract=fighting_at_each_place).reports == 0
