"""Persistence: the only package that touches a database.

``open_store(target)`` returns a ``Store``; today that is always a ``SQLiteStore``. A target is a
file path, ``":memory:"`` or a ``sqlite:///path`` URL; ``postgresql://`` URLs are reserved for the
PostgreSQL store of a later issue.
"""

from __future__ import annotations

from pathlib import Path

from frontwatch.store.base import AddResult, IngestLogEntry, SchemaTooNewError, Store, StoreError
from frontwatch.store.sqlite import SQLiteStore

__all__ = [
    "AddResult",
    "IngestLogEntry",
    "SQLiteStore",
    "SchemaTooNewError",
    "Store",
    "StoreError",
    "open_store",
]


def open_store(target: str | Path) -> Store:
    """Open (creating and migrating as needed) the store at ``target``."""
    if isinstance(target, str):
        if target.startswith(("postgresql://", "postgres://")):
            raise StoreError(f"{target}: PostgreSQL stores are not supported yet; use a SQLite file")
        if target.startswith("sqlite:///"):
            target = target.removeprefix("sqlite:///")
        elif "://" in target:
            raise StoreError(f"{target}: unknown store URL; give a file path or sqlite:///path")
    return SQLiteStore(target)
