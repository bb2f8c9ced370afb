"""Glue between the stages and the store: what the CLI, the demo and (later) the Dask runner call.

- ``ingest_into``: files → reports → store, one transaction per file; a bad file is reported and
  skipped, nothing already stored changes.
- ``analyse``: for every report not yet analysed with the current stage versions, resolve places
  and extract claims, and store both (one transaction per batch of ``ANALYSIS_BATCH`` reports: a
  commit per report cost more than the writes themselves; an interrupted run redoes at most the
  last batch).

The stage functions are imported lazily so that the store and intake work while other stages are
missing, and so that tests and plug-ins can pass their own (``resolve=``, ``extract=``).
"""

from __future__ import annotations

import gc
import importlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontwatch.model import Claim, IngestError, PlaceMention, Report
from frontwatch.store import Store, StoreError

if TYPE_CHECKING:
    from frontwatch.ingest.options import IngestOptions

#: Called after each input file: (files done, files in total, the file just done).
IngestProgress = Callable[[int, int, Path], None]
#: Called after each analysed report with the number analysed so far.
AnalysisProgress = Callable[[int], None]

ReadFile = Callable[[Path, "IngestOptions"], list[Report]]
ResolvePlaces = Callable[[Report, Any], list[PlaceMention]]
ExtractClaims = Callable[[Report, list[PlaceMention]], list[Claim]]

PLACES_STAGE = "places"
CLAIMS_STAGE = "claims"
#: Analysed reports written per transaction. Every commit writes each page it changed to the WAL,
#: and the hot index pages change in every batch: 256 instead of 64 halved the commit cost per
#: report. The transaction is open only while a batch is written (the analysis runs before), and an
#: interrupted run redoes at most this many reports.
ANALYSIS_BATCH = 256


#: Allocations (net of frees) between young-generation garbage collections in a batch run; Python's
#: default is 700. Analysing a report leaves few objects behind, so collections then are rare
#: instead of several per report, and cyclic garbage still goes within a few thousand allocations.
BATCH_GC_THRESHOLD = 10_000


def settle_for_batch_run() -> None:
    """Garbage-collector settings for a process that ingests or analyses many reports.

    Called by the command line (and the benchmark, which measures what it does) once at the start and
    again once the gazetteer is loaded, never by the library functions: ``gc.freeze`` moves every
    object alive at that moment (the gazetteer's hundreds of thousands of forms, language data) out
    of the collector's sight, so full collections no longer walk them again and again; the higher
    threshold (``BATCH_GC_THRESHOLD``) makes young collections rare. Nothing else changes: objects
    are freed by reference counting as before, and the frozen ones live as long as the process anyway.
    """
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(BATCH_GC_THRESHOLD, middle, oldest)


class StageUnavailableError(RuntimeError):
    """A stage this command needs is not installed or not written yet."""


def require(module: str, name: str) -> Any:
    """``module.name``, or a ``StageUnavailableError`` saying which one is missing and why."""
    try:
        return getattr(importlib.import_module(module), name)
    except ImportError as error:
        raise StageUnavailableError(f"{module}.{name} is not available ({error})") from error
    except AttributeError as error:
        raise StageUnavailableError(f"{module}.{name} is not available (no such name)") from error


# -- intake ------------------------------------------------------------------------------------


@dataclass
class IngestSummary:
    files: int = 0
    files_ok: int = 0
    reports_read: int = 0
    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failures: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def list_input_files(
    paths: Sequence[Path | str], failures: list[IngestError], skip: Iterable[Path] = ()
) -> list[Path]:
    """Files under ``paths`` (recursively, sorted), without those in ``skip``.

    Missing paths are recorded as failures.
    """
    iter_input_files = require("frontwatch.ingest", "iter_input_files")
    skipped = {path.resolve() for path in skip}
    existing = []
    for raw in paths:
        path = Path(raw)
        if path.exists():
            existing.append(path)
        else:
            failures.append(IngestError(str(path), "no such file or directory"))
    files = list(iter_input_files(existing)) if existing else []
    if not skipped:
        return files  # nothing to leave out: no need to resolve every file's path
    return [path for path in files if path.resolve() not in skipped]


def database_files(database: Path) -> list[Path]:
    """A SQLite database and its companion files: never inputs, even inside an input folder."""
    return [database, *(Path(f"{database}{suffix}") for suffix in ("-wal", "-shm", "-journal"))]


def ingest_into(
    store: Store,
    paths: Sequence[Path | str],
    options: IngestOptions,
    progress: IngestProgress | None = None,
    *,
    read: ReadFile | None = None,
    skip: Iterable[Path] = (),
) -> IngestSummary:
    """Read every file under ``paths`` and store its reports; a file that fails changes nothing.

    Each file's writes are one savepoint; up to ``INGEST_BATCH_FILES`` files (or
    ``INGEST_BATCH_CHARS`` characters of text) share one transaction, because a commit per file
    cost as much CPU as storing the file. Files are read before their batch's transaction opens,
    so the write lock is held only while storing. ``progress`` is called for each file once its
    batch is committed.

    ``skip``: files not to read even when a folder holds them (the database itself, see
    ``database_files``).
    """
    read_file: ReadFile = read or require("frontwatch.ingest", "read_file")
    ingest_failure: type[Exception] = require("frontwatch.ingest.errors", "IngestFailure")
    # The side each messenger channel of a file writes for, read from all its posts at once and kept
    # in each post's meta; it needs the claims stage's side words, so the intake does not do it.
    mark_channel_sides: Callable[[list[Report]], None] = require(
        "frontwatch.claims.channels", "mark_channel_sides"
    )
    summary = IngestSummary()
    files = list_input_files(paths, summary.failures, skip)
    summary.files = len(files) + len(summary.failures)
    pending: list[tuple[Path, list[Report] | str]] = []  # read, not yet stored: reports or why not
    pending_chars = 0
    done = 0

    def flush() -> None:
        nonlocal pending_chars, done
        if not pending:
            return
        _store_batch(store, summary, pending)
        for path, _ in pending:
            done += 1
            if progress is not None:
                progress(done, len(files), path)
        pending.clear()
        pending_chars = 0

    for path in files:
        try:
            reports = read_file(path, options)
            mark_channel_sides(reports)
        except ingest_failure as failure:
            pending.append((path, str(getattr(failure, "reason", failure))))
        except Exception as error:
            # Readers raise IngestFailure for bad input; anything else is a reader bug, which must
            # not stop the batch either. The type name helps whoever fixes it.
            pending.append((path, f"internal error: {type(error).__name__}: {error}"))
        else:
            pending.append((path, reports))
            pending_chars += sum(len(report.raw_text) + len(report.clean_text) for report in reports)
        if len(pending) >= INGEST_BATCH_FILES or pending_chars >= INGEST_BATCH_CHARS:
            flush()
    flush()
    return summary


#: Files stored per transaction at most during intake (each file still all or nothing; 256 rather
#: than 64 for the same reason as ``ANALYSIS_BATCH``; a crash loses at most the files of the batch
#: being stored, which were not reported as done, and re-running the ingest stores them once) ...
INGEST_BATCH_FILES = 256
#: ... and characters of text (raw and clean) read ahead at most before they are stored.
INGEST_BATCH_CHARS = 8_000_000


def _store_batch(store: Store, summary: IngestSummary, batch: list[tuple[Path, list[Report] | str]]) -> None:
    """Store the files of ``batch`` in one transaction, each file in a savepoint of its own.

    Should the transaction as a whole fail (SQLite gives up a transaction on some I/O errors),
    the files are stored one transaction each, as if there were no batch.
    """
    counted = IngestSummary()
    try:
        with store.transaction():
            for path, outcome in batch:
                _store_outcome(store, counted, path, outcome)
    except StoreError:
        counted = IngestSummary()
        for path, outcome in batch:
            _store_outcome(store, counted, path, outcome)
    summary.files_ok += counted.files_ok
    summary.reports_read += counted.reports_read
    summary.added += counted.added
    summary.duplicates += counted.duplicates
    summary.near_duplicates += counted.near_duplicates
    summary.failures.extend(counted.failures)


def _store_outcome(store: Store, summary: IngestSummary, path: Path, outcome: list[Report] | str) -> None:
    if isinstance(outcome, str):
        _record_failure(store, summary, path, outcome)
    else:
        _store_file(store, summary, path, outcome)


def _store_file(store: Store, summary: IngestSummary, path: Path, reports: list[Report]) -> None:
    now = datetime.now(UTC)
    for report in reports:
        if report.ingested_at is None:
            report.ingested_at = now
    try:
        with store.transaction():
            result = store.add_reports(reports)
            store.log_ingest(str(path), True, reports=result.stored)
    except StoreError as error:
        _record_failure(store, summary, path, f"could not be stored: {error}")
        return
    summary.files_ok += 1
    summary.reports_read += len(reports)
    summary.added += result.added
    summary.duplicates += result.duplicates
    summary.near_duplicates += result.linked_near_duplicates


def _record_failure(store: Store, summary: IngestSummary, path: Path, reason: str) -> None:
    summary.failures.append(IngestError(str(path), reason))
    store.log_ingest(str(path), False, reason=reason)


# -- analysis ----------------------------------------------------------------------------------


@dataclass
class AnalysisSummary:
    reports: int = 0
    mentions: int = 0
    resolved_mentions: int = 0
    claims: int = 0
    claims_by_type: Counter[str] = field(default_factory=Counter)
    #: near-duplicates analysed for places only: a syndicated copy is not a new source of claims
    duplicates_without_claims: int = 0
    #: (report id, reason) for reports a stage failed on; they stay unanalysed and are retried
    failures: list[IngestError] = field(default_factory=list)


def stage_version(function: Callable[..., Any]) -> str:
    """Version recorded for a stage: the frontwatch version and the function that ran.

    A new frontwatch release or another resolver / extractor makes ``analyse`` redo the stage.
    """
    try:
        base = metadata.version("frontwatch")
    except metadata.PackageNotFoundError:
        base = "0+unknown"
    name = getattr(function, "__qualname__", type(function).__qualname__)
    return f"{base}:{getattr(function, '__module__', '?')}.{name}"


def analyse(
    store: Store,
    gazetteer: Any = None,
    *,
    resolve: ResolvePlaces | None = None,
    extract: ExtractClaims | None = None,
    progress: AnalysisProgress | None = None,
) -> AnalysisSummary:
    """Resolve places and extract claims for every report not yet analysed with these stages.

    ``resolve``/``extract`` default to ``frontwatch.places.resolve_places`` and
    ``frontwatch.claims.extract_claims``; when no gazetteer is given, the default one is loaded
    (unless ``resolve`` is a custom function, which gets ``gazetteer`` as it is).
    """
    if resolve is None:
        resolve = require("frontwatch.places", "resolve_places")
        if gazetteer is None:
            gazetteer = require("frontwatch.places", "load_gazetteer")()
    extractor: ExtractClaims = extract or require("frontwatch.claims", "extract_claims")
    places_version = stage_version(resolve)
    claims_version = stage_version(extractor)

    summary = AnalysisSummary()
    pending: list[tuple[Report, list[PlaceMention] | None, list[Claim]]] = []

    def record(report: Report, mentions: list[PlaceMention] | None, claims: list[Claim]) -> None:
        pending.append((report, mentions, claims))
        if len(pending) >= ANALYSIS_BATCH:
            flush()

    def flush() -> None:
        if not pending:
            return
        # A store that can write a whole batch at once (SQLiteStore.write_analyses) does so: the
        # same rows, one statement per kind of row instead of several per report.
        write_analyses = getattr(store, "write_analyses", None)
        with store.transaction():
            if write_analyses is not None:
                write_analyses(
                    [(report.id, mentions, claims) for report, mentions, claims in pending],
                    (PLACES_STAGE, places_version),
                    (CLAIMS_STAGE, claims_version),
                )
            else:
                for report, mentions, claims in pending:
                    if mentions is not None:
                        store.replace_mentions(report.id, mentions)
                        store.mark_analysed(report.id, PLACES_STAGE, places_version)
                    store.replace_claims(report.id, claims)
                    store.mark_analysed(report.id, CLAIMS_STAGE, claims_version)
        for report, mentions, claims in pending:
            counted(report, mentions, claims)
        pending.clear()

    def counted(report: Report, mentions: list[PlaceMention] | None, claims: list[Claim]) -> None:
        summary.reports += 1
        if mentions is not None:
            summary.mentions += len(mentions)
            summary.resolved_mentions += sum(1 for m in mentions if m.place_id is not None)
        summary.claims += len(claims)
        summary.claims_by_type.update(claim.event_type for claim in claims)
        if report.duplicate_of is not None:
            summary.duplicates_without_claims += 1
        if progress is not None:
            progress(summary.reports)

    def claims_for(report: Report, mentions: list[PlaceMention]) -> list[Claim]:
        return [] if report.duplicate_of is not None else extractor(report, mentions)

    # Pass 1: places are stale (new reports, or a new resolver): redo places and claims.
    for report in _unanalysed(store, PLACES_STAGE, places_version):
        try:
            mentions = resolve(report, gazetteer)
            claims = claims_for(report, mentions)
        except Exception as error:  # a stage bug on one report must not stop the whole run
            summary.failures.append(_stage_failure(report, error))
            continue
        record(report, mentions, claims)
    flush()  # pass 2 must see what pass 1 stored

    # Pass 2: only the claims are stale (a new extractor): reuse the stored mentions.
    failed = {failure.path for failure in summary.failures}
    for report in _unanalysed(store, CLAIMS_STAGE, claims_version):
        if report.id in failed:
            continue
        try:
            claims = claims_for(report, store.mentions_for(report.id))
        except Exception as error:
            summary.failures.append(_stage_failure(report, error))
            continue
        record(report, None, claims)
    flush()
    return summary


def _stage_failure(report: Report, error: Exception) -> IngestError:
    return IngestError(report.id, f"{report.origin}: {type(error).__name__}: {error}")


def _unanalysed(store: Store, stage: str, version: str) -> Iterator[Report]:
    return store.iter_reports(only_unanalysed_for_stage=stage, stage_version=version)
