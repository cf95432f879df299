"""RSS and Atom feed files: each item is a document."""

from __future__ import annotations

import time

from redac.errors import InputError
from redac.ingest.html import content_blocks
from redac.models import Document, Metadata


def parse_feed(text: str, label: str):
    import feedparser

    from redac.ingest import IngestResult

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
        blocks = content_blocks(_entry_content(entry))
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
        raise InputError(label, "no feed item has any text")
    return IngestResult(documents, warnings)


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
