"""HTML articles: trafilatura for the main text, title, date and site name.

trafilatura is imported lazily: it is the slowest import of the stage and only HTML
needs it. When it finds no main text (tiny or broken pages) a plain lxml pass over the
body is the fallback, so a damaged page still yields its words.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from frontwatch.ingest.errors import IngestFailure
from frontwatch.ingest.options import IngestOptions
from frontwatch.ingest.readers import ReportDraft, SourceFile, optional_str, origin_of, parse_published

#: Elements whose text is never article text.
_SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form"}
)
#: Elements that end a line of text.
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "section",
        "article",
        "figcaption",
        "pre",
        "dd",
        "dt",
        "table",
        "ul",
        "ol",
        "hr",
    }
)
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def html_to_text(markup: str) -> str:
    """Text of an HTML fragment or page, one line per block element (no trafilatura)."""
    import lxml.html
    from lxml import etree

    if not markup.strip():
        return ""
    if "<" not in markup:
        return markup.strip()
    try:
        root = lxml.html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    pieces: list[str] = []

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIPPED_TAGS:
            if element.tail:
                pieces.append(element.tail)
            return
        if tag in _BLOCK_TAGS:
            pieces.append("\n")
        if tag and element.text:
            pieces.append(element.text)
        for child in element:
            walk(child)
        if tag in _BLOCK_TAGS:
            pieces.append("\n")
        if element.tail:
            pieces.append(element.tail)

    walk(root)
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname
    return host.removeprefix("www.") if host else None


def read_html(file: SourceFile, options: IngestOptions) -> list[ReportDraft]:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            file.text,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_tables=True,
            favor_recall=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as error:  # trafilatura raises assorted lxml/parser errors on junk
        document = None
        extraction_error: str | None = f"{type(error).__name__}: {error}"
    else:
        extraction_error = None
    fields: dict[str, Any] = {}
    if document is not None:
        fields = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = optional_str(fields.get("text")) or ""
    extractor = "trafilatura"
    if not text:
        text = html_to_text(file.text)
        extractor = "lxml"
    if not text:
        detail = f" ({extraction_error})" if extraction_error else ""
        raise IngestFailure(file.path, f"HTML contains no readable text{detail}")

    draft = ReportDraft(raw_text=text, format="html", origin=origin_of(file.path))
    draft.title = optional_str(fields.get("title"))
    draft.url = optional_str(fields.get("url"))
    draft.source = optional_str(fields.get("sitename")) or _host(draft.url)
    try:
        draft.published = parse_published(optional_str(fields.get("date")))
    except ValueError:
        draft.published = None  # a page's date guess is not worth failing the file for
    draft.meta["extractor"] = extractor
    author = optional_str(fields.get("author"))
    if author:
        draft.meta["author"] = author
    page_lang = optional_str(fields.get("language"))
    if page_lang:
        draft.meta["declared_language"] = page_lang
    return [draft]
