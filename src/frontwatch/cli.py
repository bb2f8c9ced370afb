"""The ``frontwatch`` command: a thin shell over ``frontwatch.pipeline`` and the stage functions.

Errors are printed as one line naming the file and the reason, never as a traceback (set
``FRONTWATCH_DEBUG=1`` to get the traceback anyway).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from frontwatch.model import Claim, PlaceMention, Report
from frontwatch.pipeline import (
    AnalysisSummary,
    IngestSummary,
    StageUnavailableError,
    analyse,
    database_files,
    ingest_into,
    require,
    settle_for_batch_run,
)
from frontwatch.store import Store, open_store

app = typer.Typer(
    name="frontwatch",
    help="Turn war reporting into a checkable situation picture: who holds which place since when, "
    "according to whom, how sure.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Install or inspect the gazetteer.", no_args_is_help=True)
export_app = typer.Typer(help="Export stored results.", no_args_is_help=True)
eval_app = typer.Typer(help="Measure the extractors against a gold set.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(export_app, name="export")
app.add_typer(eval_app, name="eval")

#: From this many input files on, ``ingest`` shows a progress bar (on a terminal only).
PROGRESS_MIN_FILES = 10
#: GeoNames' Ukraine extract, the default for ``gazetteer install``.
GEONAMES_UKRAINE = "https://download.geonames.org/export/dump/UA.zip"
#: Files of the demo folder that describe the data rather than being data.
DEMO_SKIP = {"SOURCE.md", "README.md", "LICENSE", "manifest.yaml", "manifest.json"}

DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.", dir_okay=False)]
DEFAULT_DB = Path("frontwatch.db")

P = ParamSpec("P")
R = TypeVar("R")


def _out() -> Console:
    # soft_wrap: summary lines stay whole lines (greppable), tables still fit the terminal.
    return Console(highlight=False, soft_wrap=True)


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


class CliError(Exception):
    """A user-facing error: printed as ``error: <message>``, exit code 2."""


def one_line_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn any exception of a command into one line on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.BadParameter, KeyboardInterrupt):
            raise  # exit codes and usage errors are typer's to print
        except Exception as error:
            if os.environ.get("FRONTWATCH_DEBUG"):
                raise
            known = isinstance(error, CliError | StageUnavailableError | OSError)
            message = str(error) if known or type(error).__module__.startswith("frontwatch") else None
            if message is None or not message:
                message = f"{type(error).__name__}: {error}"
            _err().print(f"error: {escape(message)}")
            raise typer.Exit(2) from None

    return wrapper


@contextmanager
def _opened(db: Path) -> Iterator[Store]:
    store = open_store(db)
    try:
        yield store
    finally:
        store.close()


def _existing_db(db: Path) -> Path:
    if not db.exists():
        raise CliError(f"{db}: no such database (run `frontwatch ingest` first, or pass --db)")
    return db


def _parse_published(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--published") from None


def _ingest_options(source: str | None, published: str | None, lang: str | None, max_mb: float) -> Any:
    options_type = require("frontwatch.ingest.options", "IngestOptions")
    return options_type(
        source=source, published=_parse_published(published), lang=lang, max_bytes=int(max_mb * 1_000_000)
    )


# -- ingest ------------------------------------------------------------------------------------


@app.command()
@one_line_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
    db: DbOption = DEFAULT_DB,
    source: Annotated[str | None, typer.Option(help="Outlet / channel name for all inputs.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for all inputs.")] = None,
    lang: Annotated[str | None, typer.Option(help="Language code (en, de, uk, ru) for all inputs.")] = None,
    max_mb: Annotated[float, typer.Option(help="Skip files larger than this many megabytes.")] = 20.0,
    run_analysis: Annotated[
        bool, typer.Option("--analyse/--no-analyse", help="Resolve places and extract claims afterwards.")
    ] = True,
) -> None:
    """Read reports from files into the database (text, HTML, Telegram export, RSS/Atom, JSONL)."""
    options = _ingest_options(source, published, lang, max_mb)
    settle_for_batch_run()
    with _opened(db) as store:
        summary = _ingest_with_progress(store, paths, options, skip=database_files(db))
        _print_ingest_summary(summary)
        analysis_failed = False
        if run_analysis and summary.files_ok:
            try:
                analysis = _analyse_with_progress(store)
            except StageUnavailableError as error:
                _err().print(f"analysis skipped: {escape(str(error))}")
            else:
                _print_analysis_summary(analysis)
                analysis_failed = bool(analysis.failures)
    if summary.failures or analysis_failed:
        raise typer.Exit(1)


def _ingest_with_progress(store: Store, paths: list[Path], options: Any, skip: list[Path]) -> IngestSummary:
    err = _err()
    if not err.is_terminal:
        return ingest_into(store, paths, options, skip=skip)
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
    )
    task_id: list[Any] = []

    def advance(done: int, total: int, path: Path) -> None:
        if total < PROGRESS_MIN_FILES:
            return
        if not task_id:
            progress.start()
            task_id.append(progress.add_task("", total=total))
        progress.update(task_id[0], completed=done, description=escape(path.name))

    try:
        return ingest_into(store, paths, options, progress=advance, skip=skip)
    finally:
        progress.stop()


def _analyse_with_progress(store: Store) -> AnalysisSummary:
    err = _err()
    gazetteer = require("frontwatch.places", "load_gazetteer")()
    settle_for_batch_run()  # the gazetteer is loaded: freeze it (see settle_for_batch_run)
    if not err.is_terminal:
        return analyse(store, gazetteer)
    with err.status("analysing ...") as status:

        def advance(done: int) -> None:
            status.update(f"analysing ... {done} reports")

        return analyse(store, gazetteer, progress=advance)


def _print_ingest_summary(summary: IngestSummary) -> None:
    out = _out()
    out.print(
        f"files: {summary.files} ({summary.files_ok} read, {len(summary.failures)} failed) · "
        f"reports added: {summary.added} · duplicates skipped: {summary.duplicates} · "
        f"near-duplicates linked: {summary.near_duplicates}"
    )
    err = _err()
    for failure in summary.failures:
        err.print(f"failed: {escape(failure.path)}: {escape(failure.reason)}")


def _print_analysis_summary(summary: AnalysisSummary) -> None:
    by_type = ", ".join(f"{name} {count}" for name, count in summary.claims_by_type.most_common())
    _out().print(
        f"analysed: {summary.reports} reports · place mentions: {summary.mentions} "
        f"({summary.resolved_mentions} resolved) · claims: {summary.claims}"
        + (f" ({by_type})" if by_type else "")
    )
    err = _err()
    for failure in summary.failures:
        err.print(f"analysis failed: {escape(failure.path)}: {escape(failure.reason)}")


# -- looking at the database -------------------------------------------------------------------


@app.command()
@one_line_errors
def stats(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts of what the database holds."""
    with _opened(_existing_db(db)) as store:
        counts = store.stats()
    if as_json:
        typer.echo(json.dumps(counts, ensure_ascii=False, indent=2))
        return
    table = Table(title=str(db), show_header=False)
    table.add_column("what")
    table.add_column("count")
    for key, value in counts.items():
        if isinstance(value, dict):
            shown = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        else:
            shown = str(value)
        table.add_row(key.replace("_", " "), escape(shown))
    _out().print(table)


@app.command()
@one_line_errors
def reports(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 20,
    lang: Annotated[str | None, typer.Option(help="Only this language.")] = None,
    source: Annotated[str | None, typer.Option(help="Only this source.")] = None,
) -> None:
    """List stored reports (short id, date, source, language, format, title)."""
    with _opened(_existing_db(db)) as store:
        rows = list(store.iter_reports(lang=lang, source=source, limit=limit))
    table = Table()
    for column in ("id", "published", "source", "lang", "format", "title / text"):
        table.add_column(column, overflow="ellipsis", no_wrap=column != "title / text")
    for report in rows:
        title = report.title or report.clean_text[:80].replace("\n", " ")
        if report.duplicate_of:
            title = f"[dim](copy of {report.duplicate_of[:10]})[/dim] " + escape(title)
        else:
            title = escape(title)
        table.add_row(
            report.id[:10],
            report.published.date().isoformat() if report.published else "-",
            escape(report.source),
            report.lang or "?",
            report.format,
            title,
        )
    _out().print(table)


@app.command()
@one_line_errors
def show(
    report_id: Annotated[str, typer.Argument(help="Report id or its first characters.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """One report: metadata, clean text, what cleaning removed, place mentions and claims."""
    with _opened(_existing_db(db)) as store:
        report = _find_report(store, report_id)
        mentions = store.mentions_for(report.id)
        claims = list(store.iter_claims(report_id=report.id))
    out = _out()
    out.print(f"[bold]{escape(report.title or '(no title)')}[/bold]")
    for label, value in (
        ("id", report.id),
        ("source", report.source),
        ("published", report.published.isoformat() if report.published else None),
        ("language", report.lang),
        ("format", report.format),
        ("origin", report.origin),
        ("url", report.url),
        ("copy of", report.duplicate_of),
        (
            "media",
            f"{report.media.lat}, {report.media.lon} {report.media.media_url or ''}"
            if report.media
            else None,
        ),
    ):
        if value:
            out.print(f"[dim]{label}:[/dim] {escape(str(value))}")
    out.rule("clean text")
    out.print(escape(report.clean_text))
    out.rule(f"removed by cleaning ({len(report.removed)})")
    for span in report.removed:
        out.print(f"[red]✂ {escape(span.kind)}[/red] [dim]{span.start}–{span.end}[/dim] {escape(span.text)}")
    out.rule(f"place mentions ({len(mentions)})")
    if mentions:
        out.print(_mentions_table(mentions))
    out.rule(f"claims ({len(claims)})")
    for claim in claims:
        out.print(_claim_line(claim))


def _media_text(report: Report) -> str | None:
    if report.media is None:
        return None
    return f"{report.media.lat}, {report.media.lon} {report.media.media_url or ''}".strip()


def _find_report(store: Store, report_id: str) -> Report:
    report = store.get_report(report_id)
    if report is not None:
        return report
    matches = store.find_report_ids(report_id, limit=5)
    if len(matches) == 1:
        found = store.get_report(matches[0])
        if found is not None:
            return found
    if len(matches) > 1:
        raise CliError(f"{report_id}: ambiguous, matches {', '.join(m[:12] for m in matches)} ...")
    raise CliError(f"{report_id}: no such report")


def _claim_line(claim: Claim) -> str:
    place = claim.place.name_en or claim.place.text if claim.place else "-"
    when = f"{claim.when.start}..{claim.when.end}" if claim.when else "-"
    side = claim.actor_side or "-"
    source = f"{claim.source.name} ({claim.source.kind})"
    return escape(
        f"{claim.event_type} · {side} · {place} · {when} · {claim.modality} · {claim.evidence_kind} · "
        f"{source}\n    “{claim.evidence_text}”"
    )


def _mentions_table(mentions: list[PlaceMention]) -> Table:
    table = Table()
    for column in ("text", "at", "place", "name", "oblast", "precision", "score", "alternatives", "reason"):
        table.add_column(column, overflow="fold")
    for mention in mentions:
        alternatives = ", ".join(f"{place_id} {score:.2f}" for place_id, score in mention.alternatives[:3])
        table.add_row(
            escape(mention.text),
            f"{mention.start}-{mention.end}",
            mention.place_id or "-",
            escape(mention.name_en or "-"),
            escape(mention.admin1 or "-"),
            mention.precision or "-",
            f"{mention.score:.2f}",
            escape(alternatives or "-"),
            escape(
                mention.reason
                or ("region conflict: " + mention.region_conflict if mention.region_conflict else "")
            ),
        )
    return table


def _mention_reason(mention: PlaceMention) -> str:
    if mention.region_conflict:
        return f"{mention.reason} (region conflict: {mention.region_conflict})".strip()
    return mention.reason


# -- places ------------------------------------------------------------------------------------


@app.command()
@one_line_errors
def places(
    file: Annotated[str, typer.Argument(help="A file (any intake format) or - for plain text on stdin.")],
    lang: Annotated[str | None, typer.Option(help="Language code, detected when omitted.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Find and resolve the places named in a text."""
    options = _ingest_options(None, published, lang, 20.0)
    if file == "-":
        reports_in = [_report_from_stdin(sys.stdin.read(), options)]
    else:
        path = Path(file)
        if not path.is_file():
            raise CliError(f"{file}: no such file")
        reports_in = require("frontwatch.ingest", "read_file")(path, options)
    gazetteer = require("frontwatch.places", "load_gazetteer")()
    resolve_places = require("frontwatch.places", "resolve_places")
    results = [(report, resolve_places(report, gazetteer)) for report in reports_in]
    if as_json:
        records = [
            {"report": report.origin, "lang": report.lang, "mentions": [dataclasses.asdict(m) for m in found]}
            for report, found in results
        ]
        typer.echo(json.dumps(records if len(records) != 1 else records[0], ensure_ascii=False, indent=2))
        return
    out = _out()
    for report, found in results:
        out.print(
            f"[bold]{escape(report.origin)}[/bold] [dim]({report.lang or '?'}, {len(found)} mentions)[/dim]"
        )
        out.print(_mentions_table(found))


def _report_from_stdin(text: str, options: Any) -> Report:
    if not text.strip():
        raise CliError("stdin: no text given")
    clean_text = require("frontwatch.ingest.clean", "clean_text")
    detect_language = require("frontwatch.ingest.language", "detect_language")
    report_id = require("frontwatch.ingest.identity", "report_id")
    cleaned, removed = clean_text(text, options.lang)
    source = options.source or "stdin"
    return Report(
        id=report_id(cleaned, source),
        source=source,
        raw_text=text,
        clean_text=cleaned,
        format="text",
        origin="<stdin>",
        published=options.published,
        lang=options.lang or detect_language(cleaned),
        removed=removed,
    )


@app.command()
@one_line_errors
def place(
    name: Annotated[str, typer.Argument(help="A place name in any script, inflected forms too.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Look a name up in the gazetteer."""
    gazetteer = require("frontwatch.places", "load_gazetteer")()
    found = gazetteer.lookup(name)
    if as_json:
        typer.echo(json.dumps([dataclasses.asdict(p) for p in found], ensure_ascii=False, indent=2))
        return
    if not found:
        _err().print(f"no place called {escape(name)!r} in {escape(gazetteer.describe())}")
        raise typer.Exit(1)
    table = Table()
    for column in ("id", "name", "feature", "oblast", "raion", "lat", "lon", "population"):
        table.add_column(column)
    for entry in found:
        table.add_row(
            entry.id,
            escape(entry.name),
            entry.feature,
            escape(entry.admin1 or "-"),
            escape(entry.admin2 or "-"),
            f"{entry.lat:.4f}",
            f"{entry.lon:.4f}",
            str(entry.population) if entry.population is not None else "-",
        )
    _out().print(table)


@gazetteer_app.command("install")
@one_line_errors
def gazetteer_install(
    source: Annotated[
        str | None,
        typer.Option("--from", help=f"GeoNames file or URL (UA.zip / UA.txt); default {GEONAMES_UKRAINE}"),
    ] = None,
) -> None:
    """Install a full GeoNames gazetteer for Ukraine (replaces the embedded default)."""
    install_module = require("frontwatch.places.install", "install_geonames")
    default = getattr(sys.modules.get("frontwatch.places.install"), "GEONAMES_UA_URL", GEONAMES_UKRAINE)
    target = install_module(source or default)
    _out().print(f"installed gazetteer: {escape(str(target))}")


@gazetteer_app.command("info")
@one_line_errors
def gazetteer_info() -> None:
    """Which gazetteer is in use and how many places it has."""
    _out().print(escape(require("frontwatch.places", "load_gazetteer")().describe()))


# -- export and evaluation ---------------------------------------------------------------------


class ExportFormat(StrEnum):
    jsonl = "jsonl"


@export_app.command("claims")
@one_line_errors
def export_claims(
    db: DbOption = DEFAULT_DB,
    format: Annotated[ExportFormat, typer.Option("--format", help="Output format.")] = ExportFormat.jsonl,
    out: Annotated[Path | None, typer.Option("--out", help="Write here instead of stdout.")] = None,
) -> None:
    """All stored claims, one JSON object per line."""
    with _opened(_existing_db(db)) as store:
        count = write_claims_jsonl(store, out)
    if out is not None:
        _err().print(f"wrote {count} claims to {escape(str(out))}")


def write_claims_jsonl(store: Store, out: Path | None) -> int:
    claim_to_dict = require("frontwatch.claims.export", "claim_to_dict")
    count = 0
    stream = open(out, "w", encoding="utf-8") if out is not None else None  # noqa: SIM115
    try:
        for claim in store.iter_claims():
            line = json.dumps(claim_to_dict(claim), ensure_ascii=False, sort_keys=True)
            if stream is None:
                typer.echo(line)
            else:
                stream.write(line + "\n")
            count += 1
    finally:
        if stream is not None:
            stream.close()
    return count


GoldArgument = Annotated[Path, typer.Argument(help="A gold .jsonl file or a folder of them.", exists=True)]


@eval_app.command("places")
@one_line_errors
def eval_places(gold: GoldArgument) -> None:
    """Score place recognition and resolution against gold annotations."""
    evaluate_places = require("frontwatch.places.evaluate", "evaluate_places")
    gazetteer = require("frontwatch.places", "load_gazetteer")()
    typer.echo(evaluate_places(gold, gazetteer).format())


@eval_app.command("claims")
@one_line_errors
def eval_claims(
    gold: GoldArgument,
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            exists=True,
            help="Score this second annotation of the same reports (gold format) instead of the extractor: "
            "agreement between two annotators, or an outside extractor's output.",
        ),
    ] = None,
    extractor: Annotated[
        str,
        typer.Option(
            "--extractor",
            help='Claim extractor to score: "rules" (the default), "hybrid" (rules plus the learned '
            "sentence classifier, docs/learned-extractor.md) or an installed plug-in's name.",
        ),
    ] = "rules",
) -> None:
    """Score claim extraction (or a second annotation) against gold annotations."""
    if against is not None:
        compare_annotations = require("frontwatch.claims.evaluate", "compare_annotations")
        typer.echo(compare_annotations(gold, against).format())
        return
    get_extractor = require("frontwatch.claims.plugins", "get_extractor")
    unknown_extractor = require("frontwatch.claims.plugins", "UnknownExtractor")
    try:
        extract = get_extractor(extractor)
    except unknown_extractor as error:
        raise CliError(str(error.args[0])) from error
    evaluate_claims = require("frontwatch.claims.evaluate", "evaluate_claims")
    typer.echo(evaluate_claims(gold, extractor=extract).format())


# -- demo --------------------------------------------------------------------------------------


def demo_files() -> list[Path]:
    """The demo corpus shipped in the package (``frontwatch/data/demo``), data files only."""
    folder = Path(str(resources.files("frontwatch").joinpath("data", "demo")))
    if not folder.is_dir():
        raise CliError(f"{folder}: the demo corpus is missing from this installation")
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and path.name not in DEMO_SKIP and not path.name.startswith(".")
    )


@app.command()
@one_line_errors
def demo(
    out: Annotated[Path, typer.Option("--out", help="Folder for the database and the exports.")] = Path(
        "demo-output"
    ),
) -> None:
    """Run the whole pipeline on the bundled demo corpus (a fresh database in --out)."""
    out.mkdir(parents=True, exist_ok=True)
    db = out / "frontwatch.db"
    for leftover in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        leftover.unlink(missing_ok=True)
    files = demo_files()
    options = _ingest_options(None, None, None, 20.0)
    console = _out()
    settle_for_batch_run()
    with _opened(db) as store:
        console.print(f"ingesting {len(files)} demo files ...")
        summary = ingest_into(store, files, options)
        _print_ingest_summary(summary)
        _print_analysis_summary(_analyse_with_progress(store))
        claims_path = out / "claims.jsonl"
        written = write_claims_jsonl(store, claims_path)
        counts = store.stats()
    table = Table(title="frontwatch demo", show_header=False)
    table.add_column("what")
    table.add_column("", overflow="fold")
    table.add_row("reports", f"{counts['reports']} ({counts['near_duplicates']} near-duplicates linked)")
    table.add_row("duplicates skipped", str(summary.duplicates))
    table.add_row("languages", _counts(counts["by_language"]))
    table.add_row("formats", _counts(counts["by_format"]))
    table.add_row("place mentions", f"{counts['mentions']} ({counts['resolved_mentions']} resolved)")
    table.add_row("claims", f"{counts['claims']}")
    table.add_row("claims by type", _counts(counts["claims_by_type"]) or "-")
    table.add_row("database", str(db))
    table.add_row("claims export", f"{claims_path} ({written} lines)")
    console.print(table)
    console.print(
        f"next: frontwatch reports --db {db} · frontwatch show <id> --db {db} · frontwatch stats --db {db}"
    )
    if summary.failures:
        raise typer.Exit(1)


def _counts(values: dict[str, int] | Counter[str]) -> str:
    return ", ".join(f"{key} {value}" for key, value in values.items())


def main() -> None:
    """Console-script entry point."""
    # Rich wraps at the terminal width; with output redirected keep lines whole.
    if not sys.stdout.isatty() and "COLUMNS" not in os.environ:
        os.environ["COLUMNS"] = str(max(120, shutil.get_terminal_size().columns))
    app()
