"""The SQLite store: round trips, duplicates, transactions, migrations."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import ARTICLE, OTHER_ARTICLE, SYNDICATED_VARIANTS, ReportFactory
from frontwatch.model import (
    Claim,
    ClaimPlace,
    MediaPoint,
    PlaceMention,
    Quantity,
    RemovedSpan,
    Report,
    Source,
    When,
)
from frontwatch.store import SchemaTooNewError, SQLiteStore, Store, StoreError, open_store
from frontwatch.store import sqlite as sqlite_module
from frontwatch.store.schema import Migration, load_migrations

KYIV = timezone(timedelta(hours=3))


def full_report(make_report: ReportFactory) -> Report:
    raw = "Photo: Reuters\nУкраїнські військові увійшли до Балаклії.\nShare on Facebook"
    return make_report(
        "Українські військові увійшли до Балаклії.",
        source="Укрінформ",
        raw_text=raw,
        title="Балаклія знову українська",
        published=datetime(2022, 9, 8, 21, 15, tzinfo=KYIV),
        url="https://example.org/news/1",
        lang="uk",
        format="html",
        origin="/tmp/in/page.html",
        removed=[
            RemovedSpan(0, 14, "credit", "Photo: Reuters"),
            RemovedSpan(57, 74, "share", "Share on Facebook"),
        ],
        media=MediaPoint(
            lat=49.4627,
            lon=36.8583,
            media_url="https://example.org/v.mp4",
            taken=datetime(2022, 9, 8, 10, 0),
            description="flag over the town council",
        ),
        ingested_at=datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=UTC),
        meta={"channel_id": 42, "tags": ["front", "kharkiv"], "nested": {"ok": True, "none": None}},
    )


def sample_mentions(report_id: str) -> list[PlaceMention]:
    return [
        PlaceMention(
            report_id=report_id,
            start=30,
            end=38,
            text="Балаклії",
            place_id="gn:711660",
            name_en="Balakliia",
            lat=49.46,
            lon=36.86,
            admin1="Kharkiv Oblast",
            admin2="Izium Raion",
            precision="settlement",
            score=0.93,
            alternatives=[("gn:711661", 0.2), ("gn:700000", 0.05)],
            reason="only candidate in Kharkiv Oblast",
        ),
        PlaceMention(
            report_id=report_id, start=0, end=5, text="Ізюм", place_id=None, region_conflict="UA-14"
        ),
    ]


def sample_claims(report_id: str) -> list[Claim]:
    balakliia = ClaimPlace(
        "Балаклії", "gn:711660", "Balakliia", 49.46, 36.86, "Kharkiv Oblast", None, "settlement"
    )
    kupiansk = ClaimPlace(
        "Куп'янська", "gn:704147", "Kupiansk", 49.71, 37.61, "Kharkiv Oblast", None, "settlement"
    )
    return [
        Claim(
            claim_id=f"{report_id}:0",
            report_id=report_id,
            event_type="control_change",
            actor_side="UA",
            place=balakliia,
            source=Source("Генштаб ЗСУ", "general_staff", "UA"),
            modality="asserted",
            evidence_kind="official_statement",
            evidence_start=0,
            evidence_end=41,
            evidence_text="Українські військові увійшли до Балаклії.",
            language="uk",
            when=When(date(2022, 9, 6), date(2022, 9, 8), "range"),
            meta={"rule": "uk.control_change.entered"},
        ),
        Claim(
            claim_id=f"{report_id}:1",
            report_id=report_id,
            event_type="advance",
            actor_side="UA",
            place=None,
            source=Source("Укрінформ", "outlet", "UA"),
            modality="hedged",
            evidence_kind="report",
            evidence_start=0,
            evidence_end=10,
            evidence_text="Українські",
            language="uk",
            places_to=[kupiansk],
            quantities={"troops": Quantity(10000.0, "max", None, "Kharkiv Oblast", None)},
            direction=["E", "SE"],
            extractor="second",
        ),
    ]


# -- round trips -------------------------------------------------------------------------------


def test_open_store_gives_a_store_in_wal_mode(store_path: Path) -> None:
    with open_store(store_path) as store:
        assert isinstance(store, Store)
        assert store.schema_version == len(load_migrations())
    mode = sqlite3.connect(store_path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_report_round_trip_with_every_field(store: SQLiteStore, make_report: ReportFactory) -> None:
    report = full_report(make_report)
    result = store.add_reports([report])
    assert (result.added, result.duplicates, result.linked_near_duplicates) == (1, 0, 0)
    assert store.get_report(report.id) == report


def test_report_round_trip_with_only_required_fields(store: SQLiteStore) -> None:
    report = Report(id="r1", source="s", raw_text="x y z", clean_text="x y z", format="text", origin="f")
    store.add_reports([report])
    assert store.get_report("r1") == report


def test_round_trip_survives_reopening(store_path: Path, make_report: ReportFactory) -> None:
    report = full_report(make_report)
    with open_store(store_path) as store:
        store.add_reports([report])
        store.replace_mentions(report.id, sample_mentions(report.id))
        store.replace_claims(report.id, sample_claims(report.id))
    with open_store(store_path) as store:
        assert store.get_report(report.id) == report
        assert store.mentions_for(report.id) == sample_mentions(report.id)
        assert list(store.iter_claims(report_id=report.id)) == sample_claims(report.id)


def test_unknown_report_is_none(store: SQLiteStore) -> None:
    assert store.get_report("nope") is None
    assert store.mentions_for("nope") == []


def test_mentions_round_trip_and_replace(store: SQLiteStore, make_report: ReportFactory) -> None:
    report = make_report()
    store.add_reports([report])
    store.replace_mentions(report.id, sample_mentions(report.id))
    assert store.mentions_for(report.id) == sample_mentions(report.id)
    store.replace_mentions(report.id, sample_mentions(report.id)[1:])
    assert store.mentions_for(report.id) == sample_mentions(report.id)[1:]


def test_mentions_for_a_missing_report_are_refused(store: SQLiteStore) -> None:
    with pytest.raises(StoreError):
        store.replace_mentions("missing", sample_mentions("missing"))


def test_claims_round_trip_and_filters(store: SQLiteStore, make_report: ReportFactory) -> None:
    first, second = make_report(), make_report()
    store.add_reports([first, second])
    store.replace_claims(first.id, sample_claims(first.id))
    store.replace_claims(second.id, sample_claims(second.id)[:1])

    assert list(store.iter_claims(report_id=first.id)) == sample_claims(first.id)
    assert len(list(store.iter_claims())) == 3
    assert [c.report_id for c in store.iter_claims(event_type="advance")] == [first.id]
    assert len(list(store.iter_claims(place_id="gn:711660"))) == 2
    assert len(list(store.iter_claims(actor_side="RU"))) == 0
    assert [c.extractor for c in store.iter_claims(extractor="second")] == ["second"]
    assert len(list(store.iter_claims(source_kind="general_staff", modality="asserted"))) == 2
    assert len(list(store.iter_claims(limit=2))) == 2

    store.replace_claims(first.id, [])
    assert list(store.iter_claims(report_id=first.id)) == []
    assert store.stats()["claims"] == 1


def test_claims_of_another_report_are_refused(store: SQLiteStore, make_report: ReportFactory) -> None:
    report = make_report()
    store.add_reports([report])
    with pytest.raises(StoreError):
        store.replace_claims(report.id, sample_claims("someone-else"))
    assert list(store.iter_claims()) == []


# -- duplicates --------------------------------------------------------------------------------


def test_same_report_twice_is_stored_once(store: SQLiteStore, make_report: ReportFactory) -> None:
    report = make_report(ARTICLE)
    in_one_batch = store.add_reports([report, report])
    again = store.add_reports([report])
    assert (in_one_batch.added, in_one_batch.duplicates) == (1, 1)
    assert (again.added, again.duplicates) == (0, 1)
    assert store.stats()["reports"] == 1


@pytest.mark.parametrize("variant", sorted(SYNDICATED_VARIANTS))
def test_syndicated_copy_is_linked_to_the_original(
    store: SQLiteStore, make_report: ReportFactory, variant: str
) -> None:
    original = make_report(ARTICLE, source="Agency")
    copy = make_report(SYNDICATED_VARIANTS[variant], source="Regional Paper")
    store.add_reports([original])
    result = store.add_reports([copy])
    assert (result.added, result.linked_near_duplicates) == (0, 1)
    assert result.near_duplicate_links == {copy.id: original.id}
    stored = store.get_report(copy.id)
    assert stored is not None and stored.duplicate_of == original.id
    assert store.stats()["originals"] == 1


def test_different_report_on_the_same_topic_is_not_linked(
    store: SQLiteStore, make_report: ReportFactory
) -> None:
    store.add_reports([make_report(ARTICLE)])
    result = store.add_reports([make_report(OTHER_ARTICLE)])
    assert (result.added, result.linked_near_duplicates) == (1, 0)


def test_chains_collapse_to_the_original(store: SQLiteStore, make_report: ReportFactory) -> None:
    original = make_report(ARTICLE, source="A")
    first_copy = make_report(SYNDICATED_VARIANTS["new_headline"], source="B")
    # Close to the first copy (same headline) and to the original.
    second_copy = make_report(SYNDICATED_VARIANTS["new_headline"] + "\nMore soon.", source="C")
    for report in (original, first_copy, second_copy):
        store.add_reports([report])
    second = store.get_report(second_copy.id)
    assert second is not None and second.duplicate_of == original.id


def test_in_one_batch_the_earliest_published_is_the_original(
    store: SQLiteStore, make_report: ReportFactory
) -> None:
    later = make_report(
        SYNDICATED_VARIANTS["new_headline"], source="B", published=datetime(2022, 9, 9, 15, 0)
    )
    earlier = make_report(ARTICLE, source="A", published=datetime(2022, 9, 9, 9, 0))
    result = store.add_reports([later, earlier])
    assert result.added_ids == [earlier.id]
    assert result.near_duplicate_links == {later.id: earlier.id}


def test_given_duplicate_of_is_kept(store: SQLiteStore, make_report: ReportFactory) -> None:
    original = make_report("completely different words here")
    copy = make_report("nothing in common with it", duplicate_of=original.id)
    store.add_reports([original, copy])
    assert store.get_report(copy.id) == copy


# -- transactions ------------------------------------------------------------------------------


def test_failing_batch_leaves_the_database_unchanged(store: SQLiteStore, make_report: ReportFactory) -> None:
    kept = make_report(OTHER_ARTICLE)
    store.add_reports([kept])
    before = store.stats()
    good = make_report(ARTICLE)
    bad = make_report("a report whose meta cannot be stored", meta={"when": object()})
    with pytest.raises(StoreError, match="meta"):
        store.add_reports([good, bad])
    assert store.stats() == before
    assert store.get_report(good.id) is None
    # The near-duplicate index was rolled back too: the good report's copy is not linked to it.
    assert store.add_reports([make_report(SYNDICATED_VARIANTS["new_headline"])]).added == 1


def test_dangling_duplicate_of_rolls_back_the_batch(store: SQLiteStore, make_report: ReportFactory) -> None:
    good = make_report(ARTICLE)
    dangling = make_report(OTHER_ARTICLE, duplicate_of="does-not-exist")
    with pytest.raises(StoreError):
        store.add_reports([good, dangling])
    assert store.stats()["reports"] == 0


def test_transaction_groups_writes(store: SQLiteStore, make_report: ReportFactory) -> None:
    report = make_report()
    store.add_reports([report])
    with pytest.raises(RuntimeError), store.transaction():
        store.replace_mentions(report.id, sample_mentions(report.id))
        store.mark_analysed(report.id, "places", "1")
        raise RuntimeError("stage crashed")
    assert store.mentions_for(report.id) == []
    assert store.analysis_version(report.id, "places") is None


# -- queries -----------------------------------------------------------------------------------


def test_iter_reports_filters(
    store: SQLiteStore, make_report: ReportFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_module, "PAGE_SIZE", 3)  # several pages
    reports = [
        make_report(
            f"report {i} about Izium", lang="uk" if i % 2 else "ru", published=datetime(2022, 9, 1 + i)
        )
        for i in range(8)
    ]
    store.add_reports(reports)
    assert [r.id for r in store.iter_reports()] == [r.id for r in reports]
    assert len(list(store.iter_reports(lang="uk"))) == 4
    assert len(list(store.iter_reports(limit=5))) == 5
    window = list(store.iter_reports(since=datetime(2022, 9, 3), until=datetime(2022, 9, 5)))
    assert [r.published for r in window] == [datetime(2022, 9, d) for d in (3, 4, 5)]

    # Marking while iterating is allowed and is seen by later pages.
    for report in store.iter_reports(only_unanalysed_for_stage="places", stage_version="1"):
        store.mark_analysed(report.id, "places", "1")
    assert list(store.iter_reports(only_unanalysed_for_stage="places", stage_version="1")) == []
    assert len(list(store.iter_reports(only_unanalysed_for_stage="places", stage_version="2"))) == 8


def test_iter_reports_can_leave_out_near_duplicates(store: SQLiteStore, make_report: ReportFactory) -> None:
    original = make_report(ARTICLE, source="A")
    store.add_reports([original, make_report(SYNDICATED_VARIANTS["changed_intro"], source="B")])
    assert [r.id for r in store.iter_reports(include_duplicates=False)] == [original.id]


def test_find_report_ids_by_prefix(store: SQLiteStore, make_report: ReportFactory) -> None:
    report = make_report()
    store.add_reports([report])
    assert store.find_report_ids(report.id[:6]) == [report.id]
    assert store.find_report_ids("%") == []


def test_ingest_log_and_stats(store: SQLiteStore, make_report: ReportFactory) -> None:
    store.log_ingest("/in/a.txt", True, reports=2)
    store.log_ingest("/in/b.bin", False, reason="binary file")
    store.add_reports([make_report(ARTICLE, lang="en"), make_report(OTHER_ARTICLE, lang="de", format="html")])
    entries = list(store.iter_ingest_log())
    assert [(e.path, e.ok, e.reason, e.reports) for e in entries] == [
        ("/in/a.txt", True, None, 2),
        ("/in/b.bin", False, "binary file", 0),
    ]
    stats = store.stats()
    assert (stats["reports"], stats["files_ingested"], stats["files_failed"]) == (2, 1, 1)
    assert stats["by_language"] == {"de": 1, "en": 1}
    assert stats["by_format"] == {"html": 1, "text": 1}


# -- migrations --------------------------------------------------------------------------------


def test_fresh_database_records_every_migration(store_path: Path) -> None:
    open_store(store_path).close()
    rows = sqlite3.connect(store_path).execute("SELECT version, name FROM schema_version ORDER BY version")
    assert [(v, n) for v, n in rows] == [(m.version, m.name) for m in load_migrations()]


def test_older_database_is_migrated_and_keeps_its_data(store_path: Path, make_report: ReportFactory) -> None:
    current = load_migrations()
    report = make_report(ARTICLE)
    with SQLiteStore(store_path, migrations=current) as old:
        old.add_reports([report])
    upgrade = Migration(
        current[-1].version + 1,
        "test_upgrade",
        "CREATE TABLE events (event_id TEXT PRIMARY KEY, label TEXT);\n"
        "ALTER TABLE reports ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;\n",
    )
    with SQLiteStore(store_path, migrations=[*current, upgrade]) as upgraded:
        assert upgraded.schema_version == upgrade.version
        assert upgraded.get_report(report.id) == report
    columns = {row[1] for row in sqlite3.connect(store_path).execute("PRAGMA table_info(reports)")}
    assert "reviewed" in columns


def test_failing_migration_changes_nothing(store_path: Path) -> None:
    current = load_migrations()
    SQLiteStore(store_path, migrations=current).close()
    broken = Migration(
        current[-1].version + 1,
        "broken",
        "CREATE TABLE half_done (x INTEGER);\nALTER TABLE no_such_table ADD COLUMN y INTEGER;\n",
    )
    with pytest.raises(StoreError, match="broken"):
        SQLiteStore(store_path, migrations=[*current, broken])
    connection = sqlite3.connect(store_path)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables
    assert connection.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == current[-1].version


def test_newer_database_is_refused(store_path: Path) -> None:
    open_store(store_path).close()
    connection = sqlite3.connect(store_path)
    connection.execute("INSERT INTO schema_version VALUES (999, 'from_the_future', '2030-01-01')")
    connection.commit()
    connection.close()
    with pytest.raises(SchemaTooNewError, match="999"):
        open_store(store_path)


def test_migrations_must_not_have_gaps(tmp_path: Path) -> None:
    (tmp_path / "001_a.sql").write_text("CREATE TABLE a (x);")
    (tmp_path / "003_c.sql").write_text("CREATE TABLE c (x);")
    with pytest.raises(StoreError, match="without gaps"):
        load_migrations(tmp_path)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        open_store(path)


def test_postgresql_is_not_there_yet() -> None:
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://localhost/frontwatch")


def test_sqlite_url(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'url.db'}") as store:
        assert store.stats()["reports"] == 0
    assert (tmp_path / "url.db").exists()


def test_readers_see_committed_data_only(store_path: Path, make_report: ReportFactory) -> None:
    with open_store(store_path) as writer, open_store(store_path) as reader:
        with writer.transaction():
            writer.add_reports([make_report(ARTICLE)])
            # WAL: a second connection reads while the write is open, and does not see it yet.
            assert reader.stats()["reports"] == 0
        assert reader.stats()["reports"] == 1


def test_an_earlier_published_report_becomes_the_original(
    store: SQLiteStore, make_report: ReportFactory
) -> None:
    copy = make_report(SYNDICATED_VARIANTS["new_headline"], source="B", published=datetime(2022, 9, 9, 15))
    second_copy = make_report(
        SYNDICATED_VARIANTS["changed_intro"], source="C", published=datetime(2022, 9, 10)
    )
    store.add_reports([copy])
    store.add_reports([second_copy])
    store.replace_claims(copy.id, sample_claims(copy.id))
    store.mark_analysed(copy.id, "claims", "1")

    original = make_report(ARTICLE, source="A", published=datetime(2022, 9, 9, 8))
    result = store.add_reports([original])

    assert (result.added, result.linked_near_duplicates) == (1, 0)
    assert result.superseded == {copy.id: original.id}
    assert [(r.id, r.duplicate_of) for r in store.iter_reports()] == [
        (copy.id, original.id),
        (second_copy.id, original.id),
        (original.id, None),
    ]
    # The former original is a copy now: no claims of its own, analysis to be redone.
    assert list(store.iter_claims(report_id=copy.id)) == []
    assert store.analysis_version(copy.id, "claims") is None


def test_without_dates_the_first_stored_stays_the_original(
    store: SQLiteStore, make_report: ReportFactory
) -> None:
    first = make_report(SYNDICATED_VARIANTS["new_headline"], published=None)
    store.add_reports([first])
    result = store.add_reports([make_report(ARTICLE, source="A", published=datetime(2022, 9, 1))])
    assert result.superseded == {}
    assert list(result.near_duplicate_links.values()) == [first.id]
