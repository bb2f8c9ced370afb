"""What the per-language grammar helpers (german.py, english.py, russian.py) read of a token.

``lexicon.Token`` has these fields; the helpers are typed against this protocol instead, because
``lexicon`` imports them and a token type from there would make the import circular.
"""

from __future__ import annotations

from typing import Protocol


class Word(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def lower(self) -> str: ...
    @property
    def lemma(self) -> str: ...
    @property
    def grammemes(self) -> frozenset[str]: ...
