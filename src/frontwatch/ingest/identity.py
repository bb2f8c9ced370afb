"""Stable report identity: the same text from the same source is the same report."""

from __future__ import annotations

import hashlib
import unicodedata


def _normalise(value: str) -> str:
    # NFC first so that composed and decomposed Cyrillic (й vs и + breve) hash alike;
    # casefold and whitespace collapsing make re-scraped copies with trivial layout
    # differences count as the same report.
    return " ".join(unicodedata.normalize("NFC", value).casefold().split())


def report_id(clean_text: str, source: str) -> str:
    """First 32 hex characters of sha256 over normalised clean text and source."""
    payload = _normalise(clean_text) + "\x00" + _normalise(source)
    return hashlib.sha256(payload.encode("utf-8", errors="surrogatepass")).hexdigest()[:32]
