"""Plain text (.txt, .md, anything textual), optionally opened by a header block.

A header block is only recognised when the very first line is a header line::

    Title: Ukrainian flag over Balakliia
    Date: 10.09.2022
    Source: Example Daily
    URL: https://example.org/a
    Language: en

    The text ...

and it must end with a blank line; otherwise the file is all text.
"""

from __future__ import annotations

import re

from frontwatch.ingest.errors import IngestFailure
from frontwatch.ingest.options import IngestOptions
from frontwatch.ingest.readers import ReportDraft, SourceFile, origin_of, parse_published

_HEADER_LINE = re.compile(
    r"(?P<key>title|date|source|url|language)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*", re.IGNORECASE
)
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _split_header(text: str) -> tuple[list[tuple[int, str, str]], str]:
    """(header entries as (line number, key, value), body). No header: ([], text)."""
    lines = text.split("\n")
    entries: list[tuple[int, str, str]] = []
    for index, line in enumerate(lines):
        stripped = line.rstrip("\r")
        if not stripped.strip():
            if not entries:
                return [], text
            body = "\n".join(lines[index + 1 :])
            return entries, body
        match = _HEADER_LINE.fullmatch(stripped)
        if match is None:
            # Header lines that run straight into text without the blank line are
            # not a header: "Source: ..." may well be the first sentence.
            return [], text
        entries.append((index + 1, match["key"].lower(), match["value"]))
    # Only header lines and no body.
    return entries, ""


def read_text(file: SourceFile, options: IngestOptions) -> list[ReportDraft]:
    entries, body = _split_header(file.text)
    draft = ReportDraft(raw_text=body, format="text", origin=origin_of(file.path))
    for line_number, key, value in entries:
        if not value:
            continue
        if key == "title":
            draft.title = value
        elif key == "source":
            draft.source = value
        elif key == "url":
            draft.url = value
        elif key == "date":
            try:
                draft.published = parse_published(value)
            except ValueError as error:
                raise IngestFailure(file.path, f"line {line_number}: Date header: {error}") from error
        elif key == "language":
            code = value.lower()
            if not _LANGUAGE_CODE.fullmatch(code):
                raise IngestFailure(
                    file.path, f"line {line_number}: Language header must be an ISO 639 code, not {value!r}"
                )
            draft.lang = code
    if entries:
        draft.meta["header_lines"] = len(entries) + 1
    return [draft]
