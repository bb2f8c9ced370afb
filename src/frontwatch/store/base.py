"""What every store offers: the ``Store`` protocol, its result types and errors.

Callers (pipeline, CLI, later the web app) depend on this protocol only, so that a PostgreSQL store
can be added next to ``SQLiteStore`` without touching them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any, Protocol, Self, runtime_checkable

from frontwatch.model import Claim, PlaceMention, Report


class StoreError(Exception):
    """A store operation failed; the message names what and why (no traceback needed)."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer frontwatch whose schema this version does not know."""


@dataclass
class AddResult:
    """What ``Store.add_reports`` did with a batch.

    ``added`` counts new originals, ``linked_near_duplicates`` the new reports stored as
    near-duplicates of an earlier one (not new sources), ``duplicates`` the reports skipped because a
    report with the same id is already stored (or came earlier in the same batch).

    The original of a group of near-duplicates is its earliest published report; among reports
    without a publication time, the first stored.
    """

    added: int = 0
    duplicates: int = 0
    linked_near_duplicates: int = 0
    added_ids: list[str] = field(default_factory=list)
    #: new near-duplicate id -> id of the original it was linked to
    near_duplicate_links: dict[str, str] = field(default_factory=dict)
    #: stored original -> id of a new report published before it, which replaced it as the
    #: original of its group (the stored one and its copies now point to the new one)
    superseded: dict[str, str] = field(default_factory=dict)

    @property
    def stored(self) -> int:
        """Reports written by this batch (originals and near-duplicates)."""
        return self.added + self.linked_near_duplicates


@dataclass(frozen=True)
class IngestLogEntry:
    path: str
    ok: bool
    reason: str | None
    reports: int
    logged_at: datetime


@runtime_checkable
class Store(Protocol):
    """Persistence for reports and everything derived from them. Every write is transactional."""

    @property
    def schema_version(self) -> int: ...

    def transaction(self) -> AbstractContextManager[None]:
        """Group several writes into one transaction (nested calls join the outer one)."""
        ...

    def add_reports(self, reports: Iterable[Report]) -> AddResult:
        """Store new reports in one transaction, skipping exact and linking near-duplicates."""
        ...

    def get_report(self, report_id: str) -> Report | None: ...

    def find_report_ids(self, prefix: str, limit: int = 10) -> list[str]:
        """Ids starting with ``prefix`` (for short ids typed by a user)."""
        ...

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
    ) -> Iterator[Report]: ...

    def replace_mentions(self, report_id: str, mentions: Iterable[PlaceMention]) -> None: ...

    def mentions_for(self, report_id: str) -> list[PlaceMention]: ...

    def replace_claims(self, report_id: str, claims: Iterable[Claim]) -> None: ...

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
    ) -> Iterator[Claim]: ...

    def mark_analysed(self, report_id: str, stage: str, version: str) -> None: ...

    def analysis_version(self, report_id: str, stage: str) -> str | None: ...

    def log_ingest(self, path: str, ok: bool, reason: str | None = None, reports: int = 0) -> None: ...

    def iter_ingest_log(self) -> Iterator[IngestLogEntry]: ...

    def stats(self) -> dict[str, Any]:
        """Counts: reports, originals, near_duplicates, mentions, claims, ... and breakdowns by
        language, format and claim type (dicts)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
