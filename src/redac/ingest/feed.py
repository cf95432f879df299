"""RSS and Atom feed files: each item is a document."""

from __future__ import annotations

import time

from redac.bounds import check_document_size, check_page
from redac.errors import InputError
from redac.ingest.html import content_blocks
from redac.models import Document, Metadata


def parse_feed(text: str, label: str):
    import feedparser

    from redac.ingest import IngestResult

    _check_nesting(text, label)
    parsed = feedparser.parse(text.encode("utf-8"), sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.bozo and not parsed.feed:
            raise InputError(label, "not a readable RSS/Atom feed")
        raise InputError(label, "feed has no items")
    site = parsed.feed.get("title")
    language = parsed.feed.get("language")
    documents, warnings = [], []
    for number, entry in enumerate(parsed.entries, 1):
        source = f"{label}#{number}"
        try:
            content = _entry_content(entry)
            check_document_size(content, source)
            blocks = content_blocks(content, source)
        except InputError as error:
            warnings.append(f"{error}, skipped")
            continue
        if not blocks:
            warnings.append(f"{source}: feed item has no text, skipped")
            continue
        meta = Metadata(
            url=entry.get("link"),
            author=entry.get("author"),
            date=_iso_date(entry),
            site=site,
            language=(language or "")[:2].lower() or None,
        )
        documents.append(Document(title=entry.get("title"), blocks=blocks, meta=meta, source=source, format="feed"))
    if not documents:
        detail = f" ({warnings[0]})" if len(warnings) == 1 else ""
        raise InputError(label, f"no feed item has any text{detail}")
    return IngestResult(documents, warnings)


def _check_nesting(text: str, label: str) -> None:
    """feedparser takes seconds on deeply nested XML: lxml (no entities, no network) measures it first."""
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.Error:
        return  # unreadable as XML: feedparser's loose parser says what it makes of it
    if root is not None:
        check_page(root, label, "XML")


def _entry_content(entry) -> str:
    """The fullest text an item carries: content:encoded / Atom content, else the summary."""
    contents = [part.get("value", "") for part in entry.get("content", [])]
    best = max(contents, key=len, default="")
    summary = entry.get("summary", "")
    return best if len(best) >= len(summary) else summary


def _iso_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return time.strftime("%Y-%m-%d", parsed)
    return entry.get("published") or entry.get("updated")
