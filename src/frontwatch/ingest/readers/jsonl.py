"""JSON Lines (and JSON arrays) of report records.

A record needs ``text``; ``title``, ``published``, ``source``, ``url``, ``lang`` and
``id`` are optional. A file whose first record has ``lat`` and ``lon`` is a file of
media records (see :mod:`frontwatch.ingest.readers.media`). Files are atomic: one bad
record fails the whole file, naming its line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from frontwatch.ingest.errors import IngestFailure
from frontwatch.ingest.options import IngestOptions
from frontwatch.ingest.readers import ReportDraft, SourceFile, optional_str, origin_of, parse_published
from frontwatch.ingest.readers.media import is_media_record, media_draft


def _text_draft(record: dict[str, Any], item: object, where: str, file: SourceFile) -> ReportDraft:
    if "text" not in record:
        raise IngestFailure(file.path, f'{where}: record has no "text"')
    text = record["text"]
    if not isinstance(text, str):
        raise IngestFailure(file.path, f'{where}: "text" must be a string, not {type(text).__name__}')
    try:
        published = parse_published(record.get("published"))
    except ValueError as error:
        raise IngestFailure(file.path, f"{where}: published: {error}") from error
    return ReportDraft(
        raw_text=text,
        format="jsonl",
        origin=origin_of(file.path, item),
        title=optional_str(record.get("title")),
        published=published,
        url=optional_str(record.get("url")),
        source=optional_str(record.get("source")),
        lang=optional_str(record.get("lang")),
    )


def records_to_drafts(records: Iterable[tuple[int, str, Any]], file: SourceFile) -> list[ReportDraft]:
    """Drafts from (number, "line N"/"item N", record) triples; media or text by the first record."""
    drafts: list[ReportDraft] = []
    media_file: bool | None = None
    for number, where, record in records:
        if not isinstance(record, dict):
            raise IngestFailure(file.path, f"{where}: expected a JSON object, got {type(record).__name__}")
        if media_file is None:
            media_file = is_media_record(record) or "media_url" in record
        item = optional_str(record.get("id")) or number
        if media_file:
            drafts.append(media_draft(record, item, where, file))
        else:
            drafts.append(_text_draft(record, item, where, file))
    return drafts


def _parsed_lines(file: SourceFile) -> Iterable[tuple[int, str, Any]]:
    for line_number, line in enumerate(file.text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise IngestFailure(
                file.path, f"line {line_number}: invalid JSON at column {error.colno}: {error.msg}"
            ) from error
        yield line_number, f"line {line_number}", record


def read_jsonl(file: SourceFile, options: IngestOptions) -> list[ReportDraft]:
    return records_to_drafts(_parsed_lines(file), file)
