"""What the user said on the command line about the files being ingested."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class IngestOptions:
    """Values given here override what the files themselves say.

    ``max_bytes`` is checked against the file size before anything is read, so a stray
    multi-gigabyte dump never reaches memory.
    """

    source: str | None = None
    published: datetime | None = None
    lang: str | None = None
    max_bytes: int = 20_000_000
