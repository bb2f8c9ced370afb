"""RSS 2.0 and Atom feeds via feedparser: every item is a report.

feedparser gets the file's bytes, not our decoded text, because a feed's XML
declaration names its encoding and feedparser honours it. It is given bytes (never a
string) so that it can never mistake the content for a URL to fetch.
"""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime
from typing import Any

from frontwatch.ingest.errors import IngestFailure
from frontwatch.ingest.options import IngestOptions
from frontwatch.ingest.readers import ReportDraft, SourceFile, optional_str, origin_of
from frontwatch.ingest.readers.html import html_to_text


def _struct_to_utc(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    # feedparser normalises every date to UTC already.
    return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    for content in contents:
        value = content.get("value")
        if value and value.strip():
            if "html" in (content.get("type") or "html"):
                return html_to_text(value)
            return str(value).strip()
    summary = entry.get("summary") or ""
    summary_type = (entry.get("summary_detail") or {}).get("type") or "text/html"
    return html_to_text(summary) if "html" in summary_type else str(summary).strip()


def read_feed(file: SourceFile, options: IngestOptions) -> list[ReportDraft]:
    import feedparser

    parsed = feedparser.parse(file.data)
    version = str(parsed.get("version") or "")
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    # Encoding notices are harmless; anything else means the XML is broken, and a
    # half-recovered feed would silently lose or merge items.
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if problem is not None and not isinstance(problem, benign):
        raise IngestFailure(file.path, f"not a readable RSS or Atom feed: {problem}")
    if not version:
        raise IngestFailure(file.path, "not a readable RSS or Atom feed: no <rss> or <feed> root element")
    feed_format = "atom" if version.startswith("atom") else "rss"
    feed_title = optional_str(parsed.feed.get("title"))
    drafts: list[ReportDraft] = []
    for position, entry in enumerate(parsed.entries, start=1):
        item = optional_str(entry.get("id")) or position
        draft = ReportDraft(
            raw_text=_entry_text(entry),
            format=feed_format,
            origin=origin_of(file.path, item),
            title=optional_str(entry.get("title")),
            published=_struct_to_utc(entry.get("published_parsed") or entry.get("updated_parsed")),
            url=optional_str(entry.get("link")),
            source=feed_title,
        )
        draft.meta["item_index"] = position
        if problem is not None:
            draft.meta["feed_warning"] = str(problem)
        drafts.append(draft)
    return drafts
