"""The one exception of the intake stage."""

from __future__ import annotations

from pathlib import Path


class IngestFailure(Exception):
    """A file that cannot be turned into reports; the batch goes on without it.

    ``reason`` is meant for the analyst: it names the problem (and a line number where
    one helps), not a Python traceback.
    """

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
