"""Numbered SQL migrations: finding them, and bringing a SQLite database up to date.

Migrations live in ``store/migrations/NNN_name.sql``. Each is applied in its own transaction together
with its row in ``schema_version``, so a database is always at a well-defined version: a migration
that fails leaves the database exactly as it was before it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from frontwatch.store.base import SchemaTooNewError, StoreError

_MIGRATION_NAME = re.compile(r"^(\d{3,})_([A-Za-z0-9_]+)\.sql$")

SCHEMA_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(folder: Path | None = None) -> list[Migration]:
    """The migrations in ``folder`` (default: the package's), sorted by number.

    Refuses gaps and repeated numbers: a database version must mean the same schema everywhere.
    """
    if folder is None:
        source = resources.files("frontwatch.store").joinpath("migrations")
        entries = [(entry.name, entry.read_text(encoding="utf-8")) for entry in source.iterdir()]
    else:
        entries = [(path.name, path.read_text(encoding="utf-8")) for path in folder.iterdir()]
    migrations = []
    for file_name, sql in entries:
        match = _MIGRATION_NAME.match(file_name)
        if match:
            migrations.append(Migration(int(match.group(1)), match.group(2), sql))
    migrations.sort(key=lambda m: m.version)
    for expected, migration in enumerate(migrations, start=1):
        if migration.version != expected:
            raise StoreError(
                f"migrations must be numbered 1, 2, 3, ... without gaps; found {migration.version} "
                f"({migration.name}) where {expected} was expected"
            )
    return migrations


def split_statements(sql: str) -> Iterator[str]:
    """The complete SQL statements of a script, in order.

    ``executescript`` would commit any open transaction first, so statements are run one by one
    inside the migration's transaction instead. ``sqlite3.complete_statement`` understands
    semicolons inside strings and trigger bodies.
    """
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            buffer = ""
            if _has_code(statement):
                yield statement
    if _has_code(buffer):
        raise StoreError(f"incomplete SQL statement at the end of a migration: {buffer.strip()[:80]!r}")


def _has_code(sql: str) -> bool:
    lines = [line.split("--", 1)[0].strip() for line in sql.splitlines()]
    return any(line and line != ";" for line in lines)


def current_version(connection: sqlite3.Connection) -> int:
    connection.execute(SCHEMA_VERSION_TABLE)
    row = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(connection: sqlite3.Connection, migrations: Sequence[Migration], database: str) -> int:
    """Apply the migrations the database lacks; return the resulting version.

    ``connection`` must be in autocommit mode (``isolation_level=None``) so that transactions are
    explicit. Raises ``SchemaTooNewError`` for a database written by a newer frontwatch.
    """
    known = migrations[-1].version if migrations else 0
    version = current_version(connection)
    if version > known:
        raise SchemaTooNewError(
            f"{database}: database schema version {version} is newer than this frontwatch supports "
            f"(up to {known}); upgrade frontwatch or use another database file"
        )
    for migration in migrations:
        if migration.version <= version:
            continue
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in split_statements(migration.sql):
                connection.execute(statement)
            connection.execute(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(UTC).isoformat()),
            )
        except sqlite3.Error as error:
            connection.execute("ROLLBACK")
            raise StoreError(
                f"{database}: migration {migration.version:03d}_{migration.name} failed: {error}"
            ) from error
        connection.execute("COMMIT")
        version = migration.version
    return version
