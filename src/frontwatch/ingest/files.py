"""Finding input files and turning one file into prepared reports."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from frontwatch.ingest.clean import clean_text
from frontwatch.ingest.decode import decode_bytes, read_bytes
from frontwatch.ingest.errors import IngestFailure
from frontwatch.ingest.identity import report_id
from frontwatch.ingest.language import detect_language
from frontwatch.ingest.options import IngestOptions
from frontwatch.ingest.readers import ReportDraft, SourceFile, as_utc, midnight_utc
from frontwatch.ingest.readers.feed import read_feed
from frontwatch.ingest.readers.html import read_html
from frontwatch.ingest.readers.jsonl import read_jsonl, records_to_drafts
from frontwatch.ingest.readers.telegram import is_telegram_export, read_telegram_export
from frontwatch.ingest.readers.text import read_text
from frontwatch.model import Report

#: Source name when neither the user, the file nor a URL names one.
UNKNOWN_SOURCE = "unknown"

_HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
_FEED_EXTENSIONS = frozenset({".xml", ".rss", ".atom"})
_JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
_TEXT_EXTENSIONS = frozenset({".txt", ".md", ".text", ".markdown"})
# What may precede the root element of an XML/HTML document.
_MARKUP_PROLOG = re.compile(r"(?:\s+|<\?xml[^>]*\?>|<!--.*?-->)*", re.DOTALL)


def iter_input_files(paths: Sequence[Path]) -> Iterator[Path]:
    """Files named, and files inside folders named (recursively); sorted, hidden ones skipped.

    A path that does not exist is yielded as is, so that reading it reports the problem
    instead of the file silently vanishing from the batch.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path, set())
        else:
            yield path


def _walk(folder: Path, visited: set[Path]) -> Iterator[Path]:
    # Resolved folders already walked: a symlink pointing up the tree must not loop forever.
    try:
        resolved = folder.resolve()
        if resolved in visited:
            return
        visited.add(resolved)
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, visited)
        elif entry.is_file():
            yield entry


def sniff_format(path: Path, text: str) -> str:
    """Which reader: "html", "feed", "json", "jsonl" or "text", by content first, then extension."""
    head = text[:4096].lstrip("\ufeff")
    prolog = _MARKUP_PROLOG.match(head)
    markup = head[prolog.end() if prolog else 0 :][:64].lower()
    if markup.startswith(("<rss", "<feed", "<rdf:rdf")):
        return "feed"
    if markup.startswith(("<!doctype html", "<html")):
        return "html"
    extension = path.suffix.lower()
    if extension in _JSONL_EXTENSIONS:
        return "jsonl"
    if extension == ".json":
        return "json"
    if extension in _HTML_EXTENSIONS:
        return "html"
    if extension in _FEED_EXTENSIONS:
        return "feed"
    if extension in _TEXT_EXTENSIONS:
        return "text"
    stripped = head.lstrip()
    if stripped.startswith("{"):
        # One object per line is JSON Lines; one object over many lines is JSON.
        first_line = stripped.split("\n", 1)[0].strip()
        return "jsonl" if first_line.endswith("}") and "\n" in stripped.strip() else "json"
    if stripped.startswith("["):
        return "json"
    if markup.startswith(("<head", "<body")):
        return "html"
    return "text"


def _read_json(file: SourceFile, options: IngestOptions) -> list[ReportDraft]:
    try:
        value: Any = json.loads(file.text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and error.lineno > 1:
            # One object per line in a .json file: JSON Lines under the wrong name.
            return read_jsonl(file, options)
        raise IngestFailure(
            file.path, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from error
    if is_telegram_export(value):
        return read_telegram_export(value, file, options)
    if isinstance(value, list):
        return records_to_drafts(
            ((index, f"item {index}", record) for index, record in enumerate(value, 1)), file
        )
    if isinstance(value, dict) and ("name" in value or "type" in value):
        raise IngestFailure(file.path, 'Telegram export without "messages"')
    raise IngestFailure(file.path, 'JSON is neither a Telegram export (no "messages") nor a list of records')


_READERS: dict[str, Callable[[SourceFile, IngestOptions], list[ReportDraft]]] = {
    "text": read_text,
    "html": read_html,
    "feed": read_feed,
    "json": _read_json,
    "jsonl": read_jsonl,
}
#: Formats whose file is one document: if cleaning leaves nothing, the file failed.
_SINGLE_DOCUMENT_FORMATS = frozenset({"text", "html"})


def _source_of(draft: ReportDraft, options: IngestOptions) -> str:
    if options.source:
        return options.source
    if draft.source:
        return draft.source
    host = urlparse(draft.url).hostname if draft.url else None
    return host.removeprefix("www.") if host else UNKNOWN_SOURCE


def prepare_report(draft: ReportDraft, options: IngestOptions, encoding: str = "utf-8") -> Report | None:
    """Clean, identify and date a draft; None when nothing of the author's is left."""
    # All languages' patterns: a page's chrome is often in another language than its text.
    cleaned, removed = clean_text(draft.raw_text)
    if not cleaned:
        return None
    source = _source_of(draft, options)
    meta = dict(draft.meta)
    if options.lang:
        lang: str | None = options.lang
        meta["lang_from"] = "option"
    elif draft.lang:
        lang = draft.lang.lower()
        meta["lang_from"] = "file"
    else:
        lang = detect_language(cleaned)
        meta["lang_from"] = "detected"
    if encoding not in ("utf-8", "utf-8-sig"):
        meta["encoding"] = encoding
    published = options.published if options.published is not None else draft.published
    if published is not None and not isinstance(published, datetime):
        published = midnight_utc(published)  # a bare date given on the command line
    return Report(
        id=report_id(cleaned, source),
        source=source,
        raw_text=draft.raw_text,
        clean_text=cleaned,
        format=draft.format,
        origin=draft.origin,
        title=draft.title,
        published=as_utc(published) if published is not None else None,
        url=draft.url,
        lang=lang,
        removed=removed,
        media=draft.media,
        meta=meta,
    )


def read_file(path: Path, options: IngestOptions) -> list[Report]:
    """Every report of one file, fully prepared; IngestFailure when the file cannot be used."""
    data = read_bytes(path, options.max_bytes)
    text, encoding = decode_bytes(data, path)
    file_format = sniff_format(path, text)
    drafts = _READERS[file_format](SourceFile(path=path, data=data, text=text, encoding=encoding), options)
    reports = [report for draft in drafts if (report := prepare_report(draft, options, encoding)) is not None]
    if not reports and file_format in _SINGLE_DOCUMENT_FORMATS:
        raise IngestFailure(path, "no text left after removing captions, teasers and boilerplate")
    return reports
