"""The SQLite store: one file, WAL mode, every write in a transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from frontwatch.ingest.neardup import (
    DEFAULT_BANDS,
    DEFAULT_NUM_PERM,
    NEAR_DUPLICATE_THRESHOLD,
    band_keys,
    estimated_jaccard,
    minhash_signature,
    signature_from_bytes,
    signature_to_bytes,
)
from frontwatch.model import Claim, PlaceMention, Report
from frontwatch.store import codec
from frontwatch.store.base import AddResult, IngestLogEntry, StoreError
from frontwatch.store.schema import Migration, load_migrations, migrate

#: How long a writer waits for another process's lock before giving up (milliseconds).
BUSY_TIMEOUT_MS = 10_000
#: Rows fetched per query when iterating; each page is a separate query, so callers may write
#: between pages (e.g. mark a report analysed while iterating the unanalysed ones).
PAGE_SIZE = 500
#: Values bound in one statement at most (SQLite's limit is 999 in old builds).
MAX_SQL_PARAMETERS = 500
#: SQLite page cache per connection, in KiB (``PRAGMA cache_size`` with a negative value).
CACHE_SIZE_KIB = 64 * 1024
#: Stored signatures kept in memory for near-duplicate checks at most (about 0.6 KB each); the
#: cache is emptied when full.
SIGNATURE_CACHE_SIZE = 200_000

_REPORT_COLUMNS = (
    "id, source, title, published, url, lang, format, origin, raw_text, clean_text, removed, "
    "has_media, media_lat, media_lon, media_url, media_taken, media_description, duplicate_of, "
    "ingested_at, meta"
)

_MENTION_COLUMNS = (
    'report_id, start, "end", text, place_id, name_en, lat, lon, admin1, admin2, precision, score, '
    "alternatives, reason, region_conflict"
)

_CLAIM_COLUMNS = (
    "claim_id, report_id, event_type, actor_side, place, places_to, when_start, when_end, "
    "when_precision, source_name, source_kind, source_side, modality, evidence_kind, evidence_start, "
    "evidence_end, evidence_text, language, quantities, direction, extractor, meta"
)


class SQLiteStore:
    """``Store`` on a SQLite file (or ``":memory:"``).

    Near-duplicates: every stored report keeps its MinHash signature and band keys; a new report
    that shares a band with a stored one and reaches ``near_duplicate_threshold`` estimated Jaccard
    is stored with ``duplicate_of`` set to the original (the root of the chain, never a copy).
    """

    def __init__(
        self,
        path: str | Path,
        *,
        migrations: Sequence[Migration] | None = None,
        near_duplicate_threshold: float = NEAR_DUPLICATE_THRESHOLD,
        num_perm: int = DEFAULT_NUM_PERM,
        bands: int = DEFAULT_BANDS,
    ) -> None:
        self.path = str(path)
        self.near_duplicate_threshold = near_duplicate_threshold
        self.num_perm = num_perm
        self.bands = bands
        self._depth = 0
        #: report id -> stored MinHash signature (packed, or None): what ``_find_original`` compares.
        #: A stored report's signature never changes (reports are never updated in place), so a
        #: signature read once serves every later comparison; a rollback empties the cache, because
        #: rows read inside the rolled-back transaction may be gone.
        self._signatures: dict[str, bytes | None] = {}
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # isolation_level=None: no implicit transactions, every one is explicit (see transaction()).
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open database: {error}") from error
        try:
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL is still crash-safe for the database; only the last commits
                # before a power loss may be lost, which re-running the ingest repairs.
                self._db.execute("PRAGMA synchronous = NORMAL")
            # A larger page cache than SQLite's 2 MB default: the band and id indexes take random
            # inserts and look-ups, which otherwise re-read pages from the OS once the database
            # outgrows the cache. Memory only; durability is unchanged.
            self._db.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
            self._version = migrate(
                self._db, load_migrations() if migrations is None else migrations, self.path
            )
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise StoreError(f"{self.path}: not a usable frontwatch database: {error}") from error
        except StoreError:
            self._db.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self._version

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around the block; nested blocks become savepoints of the outer one.

        Any exception rolls the block back and propagates; ``sqlite3`` errors become ``StoreError``.
        """
        depth = self._depth
        savepoint = f"sp{depth}"
        self._db.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {savepoint}")
        self._depth += 1
        try:
            yield
        except BaseException as error:
            self._depth -= 1
            self._signatures.clear()
            # SQLite rolls back by itself on some errors (disk full, I/O); then there is nothing to
            # undo, and trying would hide the original error.
            if self._db.in_transaction:
                if depth == 0:
                    self._db.execute("ROLLBACK")
                else:
                    self._db.execute(f"ROLLBACK TO {savepoint}")
                    self._db.execute(f"RELEASE {savepoint}")
            if isinstance(error, sqlite3.Error):
                raise StoreError(f"{self.path}: {error}") from error
            raise
        self._depth -= 1
        try:
            self._db.execute("COMMIT" if depth == 0 else f"RELEASE {savepoint}")
        except sqlite3.Error as error:
            self._signatures.clear()
            if depth == 0 and self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: commit failed: {error}") from error

    # -- reports -----------------------------------------------------------------------------

    def add_reports(self, reports: Iterable[Report]) -> AddResult:
        batch = list(reports)
        # Within a batch the earliest published report is the original; undated ones keep their
        # order after the dated ones. Across batches the first stored report stays the original.
        order = sorted(range(len(batch)), key=lambda i: (_published_sort_key(batch[i]), i))
        result = AddResult()
        with self.transaction():
            # One query for the whole batch instead of one per report; ids stored by this batch are
            # added as it goes, so a report repeated within the batch is a duplicate too.
            stored_ids = self._existing_ids([report.id for report in batch])
            for index in order:
                report = batch[index]
                if report.id in stored_ids:
                    result.duplicates += 1
                    continue
                stored_ids.add(report.id)
                signature = minhash_signature(report.clean_text, self.num_perm)
                keys = band_keys(signature, self.bands)
                original: str | None
                superseded: str | None = None
                if report.duplicate_of is not None:
                    original = self._root_of(report.duplicate_of)
                else:
                    original = self._find_original(signature, keys)
                    if original is not None and self._published_before(report, original):
                        # A copy stored earlier turns out to be the later one: the new report
                        # becomes the original of the whole group.
                        superseded, original = original, None
                self._insert_report(report, original, signature)
                self._db.executemany(
                    "INSERT OR IGNORE INTO report_bands (band_key, report_id) VALUES (?, ?)",
                    [(key, report.id) for key in keys],
                )
                if superseded is not None:
                    self._make_copy_of(superseded, report.id)
                    result.superseded[superseded] = report.id
                if original is None:
                    result.added += 1
                    result.added_ids.append(report.id)
                else:
                    result.linked_near_duplicates += 1
                    result.near_duplicate_links[report.id] = original
        return result

    def _published_before(self, report: Report, stored_id: str) -> bool:
        """Whether ``report`` was published before the stored report (False when a date is missing)."""
        mine = codec.dt_to_utc_text(report.published)
        row = self._db.execute("SELECT published_utc FROM reports WHERE id = ?", (stored_id,)).fetchone()
        return mine is not None and row is not None and row[0] is not None and mine < row[0]

    def _make_copy_of(self, old_root: str, new_root: str) -> None:
        """Re-link a group of near-duplicates to a new original.

        The old original becomes a copy: its claims go (copies are not new sources) and its analysis
        is marked out of date, so that the next analysis run treats it as the copy it now is.
        """
        self._db.execute(
            "UPDATE reports SET duplicate_of = ? WHERE id = ? OR duplicate_of = ?",
            (new_root, old_root, old_root),
        )
        self._db.execute("DELETE FROM claims WHERE report_id = ?", (old_root,))
        self._db.execute("DELETE FROM analysis_state WHERE report_id = ?", (old_root,))

    def _existing_ids(self, report_ids: Sequence[str]) -> set[str]:
        """Those of ``report_ids`` that are stored."""
        unique = list(dict.fromkeys(report_ids))
        found: set[str] = set()
        for first in range(0, len(unique), MAX_SQL_PARAMETERS):
            chunk = unique[first : first + MAX_SQL_PARAMETERS]
            rows = self._db.execute(
                f"SELECT id FROM reports WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            found.update(row[0] for row in rows)
        return found

    def _report_exists(self, report_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM reports WHERE id = ?", (report_id,)).fetchone() is not None

    def _root_of(self, report_id: str) -> str:
        """Follow ``duplicate_of`` links to the original (guarding against cycles)."""
        seen = {report_id}
        current = report_id
        while True:
            row = self._db.execute("SELECT duplicate_of FROM reports WHERE id = ?", (current,)).fetchone()
            if row is None or row[0] is None or row[0] in seen:
                return current
            current = row[0]
            seen.add(current)

    def _find_original(self, signature: list[int], keys: list[str]) -> str | None:
        """The original (root) of the most similar stored report that shares a band, if similar enough."""
        if not keys:
            return None
        placeholders = ",".join("?" * len(keys))
        candidate_ids = [
            row[0]
            for row in self._db.execute(
                f"SELECT DISTINCT report_id FROM report_bands WHERE band_key IN ({placeholders})", keys
            )
        ]
        if not candidate_ids:
            return None
        similarities = self._similar_candidates(signature, self._stored_signatures(candidate_ids))
        if not similarities:
            return None
        best: tuple[float, int, str] | None = None
        for candidate_id, duplicate_of, stored_order in self._rows_by_id(
            "id, duplicate_of, rowid_seq", list(similarities)
        ):
            root = duplicate_of or candidate_id
            # Most similar wins; among equals the earliest stored.
            key = (-similarities[candidate_id], stored_order, root)
            if best is None or key < best:
                best = key
        return None if best is None else self._root_of(best[2])

    def _stored_signatures(self, report_ids: list[str]) -> list[tuple[str, bytes]]:
        """(id, packed signature) of those of ``report_ids`` that are stored with a signature."""
        cache = self._signatures
        missing = [report_id for report_id in report_ids if report_id not in cache]
        if missing:
            if len(cache) + len(missing) > SIGNATURE_CACHE_SIZE:
                cache.clear()
            for report_id, minhash in self._rows_by_id("id, minhash", missing):
                cache[report_id] = minhash
        found = []
        for report_id in report_ids:
            minhash = cache.get(report_id)
            if minhash is not None:
                found.append((report_id, minhash))
        return found

    def _similar_candidates(
        self, signature: list[int], candidates: list[tuple[str, bytes]]
    ) -> dict[str, float]:
        """Candidate id -> estimated Jaccard, for the candidates at or above the threshold."""
        mine = signature_to_bytes(signature)
        same_length = [(report_id, minhash) for report_id, minhash in candidates if len(minhash) == len(mine)]
        similar: dict[str, float] = {}
        if same_length:
            # All candidates at once: equal 8-byte values are equal signature positions, so the
            # count of equal positions per row over the signature length is estimated_jaccard's.
            for (candidate_id, _), equal in zip(
                same_length, equal_positions(mine, [minhash for _, minhash in same_length]), strict=True
            ):
                similarity = equal / len(signature)
                if similarity >= self.near_duplicate_threshold:
                    similar[candidate_id] = similarity
        for candidate_id, minhash in candidates:
            if len(minhash) != len(mine):  # another signature length: estimated_jaccard says what is wrong
                similarity = estimated_jaccard(signature, signature_from_bytes(minhash))
                if similarity >= self.near_duplicate_threshold:
                    similar[candidate_id] = similarity
        return similar

    def _rows_by_id(self, columns: str, report_ids: list[str]) -> Iterator[tuple[Any, ...]]:
        """``columns`` of the stored reports among ``report_ids`` (any order, missing ones left out)."""
        for first in range(0, len(report_ids), MAX_SQL_PARAMETERS):
            chunk = report_ids[first : first + MAX_SQL_PARAMETERS]
            yield from self._db.execute(
                f"SELECT {columns} FROM reports WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()

    def _insert_report(self, report: Report, duplicate_of: str | None, signature: list[int]) -> None:
        has_media, lat, lon, media_url, taken, description = codec.media_to_columns(report.media)
        try:
            meta = codec.to_json(report.meta)
        except (TypeError, ValueError) as error:
            raise StoreError(f"report {report.id} ({report.origin}): meta is not JSON: {error}") from error
        self._db.execute(
            "INSERT INTO reports (id, source, title, published, published_utc, url, lang, format, origin, "
            "raw_text, clean_text, removed, has_media, media_lat, media_lon, media_url, media_taken, "
            "media_description, duplicate_of, ingested_at, meta, minhash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                report.id,
                report.source,
                report.title,
                codec.dt_to_text(report.published),
                codec.dt_to_utc_text(report.published),
                report.url,
                report.lang,
                report.format,
                report.origin,
                report.raw_text,
                report.clean_text,
                codec.removed_to_json(report.removed),
                has_media,
                lat,
                lon,
                media_url,
                taken,
                description,
                duplicate_of,
                codec.dt_to_text(report.ingested_at),
                meta,
                signature_to_bytes(signature) if signature else None,
            ),
        )

    def get_report(self, report_id: str) -> Report | None:
        row = self._db.execute(f"SELECT {_REPORT_COLUMNS} FROM reports WHERE id = ?", (report_id,)).fetchone()
        return None if row is None else _report_from_row(row)

    def find_report_ids(self, prefix: str, limit: int = 10) -> list[str]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._db.execute(
            "SELECT id FROM reports WHERE id LIKE ? ESCAPE '\\' ORDER BY rowid_seq LIMIT ?",
            (escaped + "%", limit),
        ).fetchall()
        return [row[0] for row in rows]

    def iter_reports(
        self,
        *,
        source: str | None = None,
        lang: str | None = None,
        format: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        include_duplicates: bool = True,
        only_unanalysed_for_stage: str | None = None,
        stage_version: str = "1",
        limit: int | None = None,
    ) -> Iterator[Report]:
        """Reports in the order they were stored, filtered.

        ``since``/``until`` bound the publication time (inclusive); reports without one are left out
        when either is given. ``only_unanalysed_for_stage`` keeps reports on which that stage has not
        run with ``stage_version``.
        """
        conditions: list[str] = []
        params: list[Any] = []
        for column, value in (("source", source), ("lang", lang), ("format", format)):
            if value is not None:
                conditions.append(f"{column} = ?")
                params.append(value)
        if since is not None:
            conditions.append("published_utc >= ?")
            params.append(codec.dt_to_utc_text(since))
        if until is not None:
            conditions.append("published_utc <= ?")
            params.append(codec.dt_to_utc_text(until))
        if not include_duplicates:
            conditions.append("duplicate_of IS NULL")
        if only_unanalysed_for_stage is not None:
            conditions.append(
                "NOT EXISTS (SELECT 1 FROM analysis_state a WHERE a.report_id = reports.id "
                "AND a.stage = ? AND a.version = ?)"
            )
            params.extend([only_unanalysed_for_stage, stage_version])
        yield from (
            _report_from_row(row[1:])
            for row in self._paged("reports", f"rowid_seq, {_REPORT_COLUMNS}", conditions, params, limit)
        )

    def _paged(
        self, table: str, columns: str, conditions: list[str], params: list[Any], limit: int | None
    ) -> Iterator[tuple[Any, ...]]:
        """Rows of ``table`` in key order, one page per query; the first column must be the key."""
        key_column = columns.split(",", 1)[0].strip()
        last_key = -1
        remaining = limit
        while remaining is None or remaining > 0:
            page_size = PAGE_SIZE if remaining is None else min(PAGE_SIZE, remaining)
            where = " AND ".join([*conditions, f"{key_column} > ?"])
            rows = self._db.execute(
                f"SELECT {columns} FROM {table} WHERE {where} ORDER BY {key_column} LIMIT ?",
                [*params, last_key, page_size],
            ).fetchall()
            yield from rows
            if len(rows) < page_size:
                return
            last_key = rows[-1][0]
            if remaining is not None:
                remaining -= len(rows)

    # -- place mentions ----------------------------------------------------------------------

    def replace_mentions(self, report_id: str, mentions: Iterable[PlaceMention]) -> None:
        rows = _mention_rows(report_id, mentions)
        with self.transaction():
            self._require_report(report_id)
            self._db.execute("DELETE FROM place_mentions WHERE report_id = ?", (report_id,))
            self._db.executemany(_INSERT_MENTION, rows)

    def mentions_for(self, report_id: str) -> list[PlaceMention]:
        rows = self._db.execute(
            f"SELECT {_MENTION_COLUMNS} FROM place_mentions WHERE report_id = ? ORDER BY seq", (report_id,)
        ).fetchall()
        return [_mention_from_row(row) for row in rows]

    def _require_report(self, report_id: str) -> None:
        if not self._report_exists(report_id):
            raise StoreError(f"no report with id {report_id}")

    # -- claims ------------------------------------------------------------------------------

    def replace_claims(self, report_id: str, claims: Iterable[Claim]) -> None:
        rows = _claim_rows(report_id, claims)
        with self.transaction():
            self._require_report(report_id)
            self._db.execute("DELETE FROM claims WHERE report_id = ?", (report_id,))
            self._db.executemany(_INSERT_CLAIM, rows)

    def iter_claims(
        self,
        *,
        report_id: str | None = None,
        event_type: str | None = None,
        actor_side: str | None = None,
        place_id: str | None = None,
        modality: str | None = None,
        source_kind: str | None = None,
        language: str | None = None,
        extractor: str | None = None,
        limit: int | None = None,
    ) -> Iterator[Claim]:
        conditions: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("report_id", report_id),
            ("event_type", event_type),
            ("actor_side", actor_side),
            ("place_id", place_id),
            ("modality", modality),
            ("source_kind", source_kind),
            ("language", language),
            ("extractor", extractor),
        ):
            if value is not None:
                conditions.append(f"{column} = ?")
                params.append(value)
        yield from (
            _claim_from_row(row[1:])
            for row in self._paged("claims", f"rowid, {_CLAIM_COLUMNS}", conditions, params, limit)
        )

    def write_analyses(
        self,
        results: Sequence[tuple[str, Sequence[PlaceMention] | None, Sequence[Claim]]],
        places_stage: tuple[str, str],
        claims_stage: tuple[str, str],
    ) -> None:
        """For each (report id, mentions or None, claims): what ``replace_mentions`` (unless None),
        ``mark_analysed(places_stage)``, ``replace_claims`` and ``mark_analysed(claims_stage)`` do,
        in one transaction with one statement per kind of row instead of several per report.

        The stored rows are the same: a new row still gets a rowid above every row left, so
        claims keep the order in which they are given.
        """
        mention_rows: list[tuple[Any, ...]] = []
        claim_rows: list[tuple[Any, ...]] = []
        for report_id, mentions, claims in results:
            if mentions is not None:
                mention_rows.extend(_mention_rows(report_id, mentions))
            claim_rows.extend(_claim_rows(report_id, claims))
        report_ids = [report_id for report_id, _, _ in results]
        with_mentions = [(report_id,) for report_id, mentions, _ in results if mentions is not None]
        now = datetime.now(UTC).isoformat()
        with self.transaction():
            stored = self._existing_ids(report_ids)
            for report_id in report_ids:
                if report_id not in stored:
                    raise StoreError(f"no report with id {report_id}")
            self._db.executemany("DELETE FROM place_mentions WHERE report_id = ?", with_mentions)
            self._db.executemany(_INSERT_MENTION, mention_rows)
            self._db.executemany(
                _MARK_ANALYSED, [(report_id, *places_stage, now) for (report_id,) in with_mentions]
            )
            self._db.executemany("DELETE FROM claims WHERE report_id = ?", [(r,) for r in report_ids])
            self._db.executemany(_INSERT_CLAIM, claim_rows)
            self._db.executemany(
                _MARK_ANALYSED, [(report_id, *claims_stage, now) for report_id in report_ids]
            )

    # -- analysis bookkeeping ----------------------------------------------------------------

    def mark_analysed(self, report_id: str, stage: str, version: str) -> None:
        with self.transaction():
            self._db.execute(_MARK_ANALYSED, (report_id, stage, version, datetime.now(UTC).isoformat()))

    def analysis_version(self, report_id: str, stage: str) -> str | None:
        row = self._db.execute(
            "SELECT version FROM analysis_state WHERE report_id = ? AND stage = ?", (report_id, stage)
        ).fetchone()
        return None if row is None else str(row[0])

    # -- ingest log --------------------------------------------------------------------------

    def log_ingest(self, path: str, ok: bool, reason: str | None = None, reports: int = 0) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO ingest_log (path, ok, reason, reports, logged_at) VALUES (?, ?, ?, ?, ?)",
                (path, int(ok), reason, reports, datetime.now(UTC).isoformat()),
            )

    def iter_ingest_log(self) -> Iterator[IngestLogEntry]:
        for path, ok, reason, reports, logged_at in self._db.execute(
            "SELECT path, ok, reason, reports, logged_at FROM ingest_log ORDER BY id"
        ).fetchall():
            yield IngestLogEntry(path, bool(ok), reason, reports, datetime.fromisoformat(logged_at))

    # -- summary -----------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        def scalar(sql: str) -> int:
            return int(self._db.execute(sql).fetchone()[0] or 0)

        def breakdown(sql: str) -> dict[str, int]:
            return {str(key): int(count) for key, count in self._db.execute(sql).fetchall()}

        return {
            "schema_version": self._version,
            "reports": scalar("SELECT COUNT(*) FROM reports"),
            "originals": scalar("SELECT COUNT(*) FROM reports WHERE duplicate_of IS NULL"),
            "near_duplicates": scalar("SELECT COUNT(*) FROM reports WHERE duplicate_of IS NOT NULL"),
            "sources": scalar("SELECT COUNT(DISTINCT source) FROM reports"),
            "with_media": scalar("SELECT COUNT(*) FROM reports WHERE has_media = 1"),
            "mentions": scalar("SELECT COUNT(*) FROM place_mentions"),
            "resolved_mentions": scalar("SELECT COUNT(*) FROM place_mentions WHERE place_id IS NOT NULL"),
            "claims": scalar("SELECT COUNT(*) FROM claims"),
            "analysed_reports": scalar("SELECT COUNT(DISTINCT report_id) FROM analysis_state"),
            "files_ingested": scalar("SELECT COUNT(*) FROM ingest_log WHERE ok = 1"),
            "files_failed": scalar("SELECT COUNT(*) FROM ingest_log WHERE ok = 0"),
            "by_language": breakdown(
                "SELECT COALESCE(lang, '?'), COUNT(*) FROM reports GROUP BY 1 ORDER BY 2 DESC, 1"
            ),
            "by_format": breakdown("SELECT format, COUNT(*) FROM reports GROUP BY 1 ORDER BY 2 DESC, 1"),
            "claims_by_type": breakdown(
                "SELECT event_type, COUNT(*) FROM claims GROUP BY 1 ORDER BY 2 DESC, 1"
            ),
        }


_INSERT_MENTION = (
    'INSERT INTO place_mentions (report_id, seq, start, "end", text, place_id, name_en, lat, '
    "lon, admin1, admin2, precision, score, alternatives, reason, region_conflict) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CLAIM = (
    f"INSERT INTO claims (seq, place_id, {_CLAIM_COLUMNS}) "
    f"VALUES ({', '.join('?' * (2 + len(_CLAIM_COLUMNS.split(','))))})"
)
_MARK_ANALYSED = (
    "INSERT INTO analysis_state (report_id, stage, version, analysed_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (report_id, stage) DO UPDATE SET version = excluded.version, "
    "analysed_at = excluded.analysed_at"
)


def _mention_rows(report_id: str, mentions: Iterable[PlaceMention]) -> list[tuple[Any, ...]]:
    rows = []
    for seq, mention in enumerate(mentions):
        if mention.report_id != report_id:
            raise StoreError(f"mention {mention.text!r} belongs to {mention.report_id}, not {report_id}")
        rows.append(
            (
                report_id,
                seq,
                mention.start,
                mention.end,
                mention.text,
                mention.place_id,
                mention.name_en,
                mention.lat,
                mention.lon,
                mention.admin1,
                mention.admin2,
                mention.precision,
                mention.score,
                codec.alternatives_to_json(mention.alternatives),
                mention.reason,
                mention.region_conflict,
            )
        )
    return rows


def _claim_rows(report_id: str, claims: Iterable[Claim]) -> list[tuple[Any, ...]]:
    rows = []
    for seq, claim in enumerate(claims):
        if claim.report_id != report_id:
            raise StoreError(f"claim {claim.claim_id} belongs to {claim.report_id}, not {report_id}")
        # place_id is a column of its own so that claims can be filtered by place.
        place_id = None if claim.place is None else claim.place.place_id
        rows.append((seq, place_id, *_claim_to_row(claim)))
    return rows


def equal_positions(signature: bytes, others: Sequence[bytes]) -> list[int]:
    """For each of ``others`` (packed signatures as long as ``signature``), the number of 8-byte
    values equal to ``signature``'s at the same position.

    One numpy comparison for all of them: a new report is compared with dozens of stored ones, and a
    Python loop over every value pair cost more than the rest of storing the report.
    """
    import numpy  # imported here so that opening a store stays light

    width = len(signature) // 8
    stored = numpy.frombuffer(b"".join(others), dtype=numpy.uint64).reshape(len(others), width)
    mine = numpy.frombuffer(signature, dtype=numpy.uint64)
    counts: list[int] = (stored == mine).sum(axis=1).tolist()
    return counts


def _published_sort_key(report: Report) -> tuple[int, str]:
    text = codec.dt_to_utc_text(report.published)
    return (1, "") if text is None else (0, text)


def _report_from_row(row: Sequence[Any]) -> Report:
    (
        report_id,
        source,
        title,
        published,
        url,
        lang,
        format_name,
        origin,
        raw_text,
        clean_text,
        removed,
        has_media,
        media_lat,
        media_lon,
        media_url,
        media_taken,
        media_description,
        duplicate_of,
        ingested_at,
        meta,
    ) = row
    return Report(
        id=report_id,
        source=source,
        raw_text=raw_text,
        clean_text=clean_text,
        format=format_name,
        origin=origin,
        title=title,
        published=codec.dt_from_text(published),
        url=url,
        lang=lang,
        removed=codec.removed_from_json(removed),
        media=codec.media_from_columns(
            has_media, media_lat, media_lon, media_url, media_taken, media_description
        ),
        duplicate_of=duplicate_of,
        ingested_at=codec.dt_from_text(ingested_at),
        meta=json.loads(meta),
    )


def _mention_from_row(row: Sequence[Any]) -> PlaceMention:
    (
        report_id,
        start,
        end,
        text,
        place_id,
        name_en,
        lat,
        lon,
        admin1,
        admin2,
        precision,
        score,
        alternatives,
        reason,
        region_conflict,
    ) = row
    return PlaceMention(
        report_id=report_id,
        start=start,
        end=end,
        text=text,
        place_id=place_id,
        name_en=name_en,
        lat=lat,
        lon=lon,
        admin1=admin1,
        admin2=admin2,
        precision=precision,
        score=score,
        alternatives=codec.alternatives_from_json(alternatives),
        reason=reason,
        region_conflict=region_conflict,
    )


def _claim_to_row(claim: Claim) -> tuple[Any, ...]:
    when_start, when_end, when_precision = codec.when_to_columns(claim.when)
    try:
        meta = codec.to_json(claim.meta)
    except (TypeError, ValueError) as error:
        raise StoreError(f"claim {claim.claim_id}: meta is not JSON: {error}") from error
    return (
        claim.claim_id,
        claim.report_id,
        claim.event_type,
        claim.actor_side,
        None if claim.place is None else codec.to_json(codec.claim_place_to_dict(claim.place)),
        codec.to_json([codec.claim_place_to_dict(place) for place in claim.places_to]),
        when_start,
        when_end,
        when_precision,
        claim.source.name,
        claim.source.kind,
        claim.source.side,
        claim.modality,
        claim.evidence_kind,
        claim.evidence_start,
        claim.evidence_end,
        claim.evidence_text,
        claim.language,
        codec.quantities_to_json(claim.quantities),
        codec.to_json(claim.direction),
        claim.extractor,
        meta,
    )


def _claim_from_row(row: Sequence[Any]) -> Claim:
    (
        claim_id,
        report_id,
        event_type,
        actor_side,
        place,
        places_to,
        when_start,
        when_end,
        when_precision,
        source_name,
        source_kind,
        source_side,
        modality,
        evidence_kind,
        evidence_start,
        evidence_end,
        evidence_text,
        language,
        quantities,
        direction,
        extractor,
        meta,
    ) = row
    return Claim(
        claim_id=claim_id,
        report_id=report_id,
        event_type=event_type,
        actor_side=actor_side,
        place=None if place is None else codec.claim_place_from_dict(json.loads(place)),
        source=codec.source_from_columns(source_name, source_kind, source_side),
        modality=modality,
        evidence_kind=evidence_kind,
        evidence_start=evidence_start,
        evidence_end=evidence_end,
        evidence_text=evidence_text,
        language=language,
        places_to=[codec.claim_place_from_dict(item) for item in json.loads(places_to)],
        when=codec.when_from_columns(when_start, when_end, when_precision),
        quantities=codec.quantities_from_json(quantities),
        direction=list(json.loads(direction)),
        extractor=extractor,
        meta=json.loads(meta),
    )
