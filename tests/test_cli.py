"""The command line, run in-process with real files in tmp_path."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ARTICLE, OTHER_ARTICLE, SYNDICATED_VARIANTS, ReportFactory, require_stages
from frontwatch.cli import app
from frontwatch.model import Claim, ClaimPlace, Quantity, Source, When
from frontwatch.store import open_store

runner = CliRunner()


def make_batch(folder: Path) -> None:
    folder.mkdir()
    (folder / "good-1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "good-2.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    (folder / "copy.txt").write_text(SYNDICATED_VARIANTS["new_headline"], encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n\x00\x01\x02\x03binary" * 50)
    (folder / "posts.jsonl").write_text('{"text": "Shelling of Kupiansk", "source": \n', encoding="utf-8")


def test_bad_inputs_fail_alone_and_are_named(tmp_path: Path) -> None:
    inputs, db = tmp_path / "in", tmp_path / "fw.db"
    make_batch(inputs)
    result = runner.invoke(
        app, ["ingest", str(inputs), "--db", str(db), "--source", "Agency", "--no-analyse"]
    )
    assert result.exit_code == 1
    assert "reports added: 2" in result.stdout
    assert "near-duplicates linked: 1" in result.stdout
    failed_lines = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed_lines) == 2
    assert any("scan.pdf" in line for line in failed_lines)
    assert any("posts.jsonl" in line for line in failed_lines)
    assert "Traceback" not in result.output

    stats = runner.invoke(app, ["stats", "--db", str(db), "--json"])
    assert stats.exit_code == 0
    counts = json.loads(stats.stdout)
    assert (counts["reports"], counts["originals"], counts["near_duplicates"]) == (3, 2, 1)
    assert (counts["files_ingested"], counts["files_failed"]) == (3, 2)


def test_all_good_inputs_exit_zero_and_the_same_file_is_stored_once(tmp_path: Path) -> None:
    text_file, db = tmp_path / "report.txt", tmp_path / "fw.db"
    text_file.write_text(ARTICLE, encoding="utf-8")
    args = ["ingest", str(text_file), "--db", str(db), "--no-analyse", "--published", "2022-09-09"]
    first = runner.invoke(app, args)
    second = runner.invoke(app, args)
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert "reports added: 1" in first.stdout
    assert "reports added: 0" in second.stdout and "duplicates skipped: 1" in second.stdout
    with open_store(db) as store:
        stored = list(store.iter_reports())
    assert len(stored) == 1
    assert stored[0].published is not None and stored[0].published.date() == date(2022, 9, 9)


def test_reports_and_show(tmp_path: Path) -> None:
    text_file, db = tmp_path / "report.txt", tmp_path / "fw.db"
    text_file.write_text("Photo: AP\n" + ARTICLE, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(text_file), "--db", str(db), "--no-analyse"]).exit_code == 0
    with open_store(db) as store:
        (report,) = store.iter_reports()

    listing = runner.invoke(app, ["reports", "--db", str(db)])
    assert listing.exit_code == 0
    assert report.id[:10] in listing.stdout

    shown = runner.invoke(app, ["show", report.id[:8], "--db", str(db)])
    assert shown.exit_code == 0
    assert "Balakliia" in shown.stdout
    assert f"removed by cleaning ({len(report.removed)})" in shown.stdout

    missing = runner.invoke(app, ["show", "ffffffffffff", "--db", str(db)])
    assert missing.exit_code == 2
    assert missing.stderr.strip() == "error: ffffffffffff: no such report"


def sample_claim(report_id: str, index: int) -> Claim:
    return Claim(
        claim_id=f"{report_id}:{index}",
        report_id=report_id,
        event_type="area_claim" if index else "control_change",
        actor_side="UA",
        place=ClaimPlace(
            "Balakliia", "gn:711660", "Balakliia", 49.46, 36.86, "Kharkiv Oblast", None, "settlement"
        ),
        source=Source("General Staff of Ukraine", "general_staff", "UA"),
        modality="asserted",
        evidence_kind="official_statement",
        evidence_start=0,
        evidence_end=20,
        evidence_text=ARTICLE[:20],
        language="en",
        when=When(date(2022, 9, 6), date(2022, 9, 8), "range"),
        quantities={"area_km2": Quantity(1000, "min", "km2")} if index else {},
    )


def test_export_claims_round_trip(tmp_path: Path, make_report: ReportFactory) -> None:
    require_stages("frontwatch.claims.export.claim_to_dict")
    from frontwatch.claims import export

    db, out = tmp_path / "fw.db", tmp_path / "claims.jsonl"
    report = make_report(ARTICLE)
    claims = [sample_claim(report.id, i) for i in range(2)]
    with open_store(db) as store:
        store.add_reports([report])
        store.replace_claims(report.id, claims)

    to_file = runner.invoke(
        app, ["export", "claims", "--format", "jsonl", "--db", str(db), "--out", str(out)]
    )
    assert to_file.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    expected = [json.loads(json.dumps(export.claim_to_dict(claim))) for claim in claims]
    assert [json.loads(line) for line in lines] == expected

    to_stdout = runner.invoke(app, ["export", "claims", "--db", str(db)])
    assert [json.loads(line) for line in to_stdout.stdout.splitlines()] == expected

    # What was exported reads back as the claims that were stored.
    if hasattr(export, "claim_from_dict"):
        assert [export.claim_from_dict(json.loads(line)) for line in lines] == claims


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    missing_db = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.db")])
    assert missing_db.exit_code == 2
    assert missing_db.stderr.count("\n") == 1 and "none.db" in missing_db.stderr

    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("just some notes\n" * 200, encoding="utf-8")
    broken = runner.invoke(app, ["stats", "--db", str(not_a_db)])
    assert broken.exit_code == 2
    assert "notes.db" in broken.stderr and "Traceback" not in broken.output


def test_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "fw.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--published", "9/9/22", "--db", str(db)])
    assert result.exit_code == 2
    assert "9/9/22" in result.output
    assert not db.exists()


def test_demo_runs_end_to_end(tmp_path: Path) -> None:
    require_stages(
        "frontwatch.places.resolve_places",
        "frontwatch.places.load_gazetteer",
        "frontwatch.claims.extract_claims",
        "frontwatch.claims.export.claim_to_dict",
    )
    out = tmp_path / "demo"
    result = runner.invoke(app, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "frontwatch.db").exists()
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    with open_store(out / "frontwatch.db") as store:
        stats = store.stats()
    assert stats["reports"] > 0 and len(claims) == stats["claims"]
    # A second run starts from a fresh database and gives the same numbers.
    again = runner.invoke(app, ["demo", "--out", str(out)])
    assert again.exit_code == 0
    with open_store(out / "frontwatch.db") as store:
        assert store.stats() == stats


def test_places_from_stdin_as_json() -> None:
    require_stages("frontwatch.places.resolve_places", "frontwatch.places.load_gazetteer")
    text = "Українські військові увійшли до Балаклії, повідомив Генштаб.\n"
    result = runner.invoke(app, ["places", "-", "--lang", "uk", "--json"], input=text)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["lang"] == "uk"
    (mention,) = [m for m in record["mentions"] if m["text"].startswith("Балакл")]
    assert text[mention["start"] : mention["end"]] == mention["text"]
    assert mention["admin1"] == "Kharkiv Oblast"


def test_place_lookup_in_two_scripts() -> None:
    require_stages("frontwatch.places.load_gazetteer")
    for name in ("Kharkiv", "Харків"):
        result = runner.invoke(app, ["place", name, "--json"])
        assert result.exit_code == 0, result.output
        assert "gn:706483" in {entry["id"] for entry in json.loads(result.stdout)}  # GeoNames id of Kharkiv
    assert runner.invoke(app, ["place", "Qwzxv"]).exit_code == 1


def test_eval_claims_prints_a_report(tmp_path: Path) -> None:
    require_stages("frontwatch.claims.evaluate.evaluate_claims")
    files = sorted((Path(__file__).resolve().parents[1] / "gold" / "claims").glob("*.jsonl"))
    if not files:
        pytest.skip("no claims gold set yet")
    gold = min(files, key=lambda path: path.stat().st_size)  # the command is the same for a folder
    result = runner.invoke(app, ["eval", "claims", str(gold)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    missing = runner.invoke(app, ["eval", "claims", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2


def test_eval_claims_against_a_second_annotation(tmp_path: Path) -> None:
    require_stages("frontwatch.claims.evaluate.compare_annotations")
    claim = {
        "event_type": "strike",
        "place": "gn:706483",
        "actor_side": "RU",
        "modality": "asserted",
        "evidence": "x",
    }
    record = {"id": "r-1", "lang": "en", "split": "dev", "text": "x", "claims": [claim]}
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(record) + "\n", encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text(
        json.dumps({**record, "claims": [{**claim, "actor_side": "UA"}]}) + "\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["eval", "claims", str(first), "--against", str(second)])
    assert result.exit_code == 0, result.output
    overall = next(line for line in result.stdout.splitlines() if line.startswith("overall"))
    assert overall.split()[1:4] == ["0.000", "0.000", "0.000"]  # one claim, the sides disagree
    assert "side " in result.stdout


def test_ingest_analyses_new_reports_once(tmp_path: Path) -> None:
    require_stages("frontwatch.places.resolve_places", "frontwatch.claims.extract_claims")
    db = tmp_path / "fw.db"
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    options = ["--db", str(db), "--published", "2022-09-09"]
    first = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), *options])
    assert first.exit_code == 0, first.output
    assert "analysed: 1 reports" in first.stdout
    # The folder holds the database too: it is not an input.
    second = runner.invoke(app, ["ingest", str(tmp_path), *options])
    assert second.exit_code == 0, second.output
    assert "analysed: 1 reports" in second.stdout  # only the new one
    with open_store(db) as store:
        assert store.stats()["analysed_reports"] == 2
        assert store.stats()["resolved_mentions"] > 0
