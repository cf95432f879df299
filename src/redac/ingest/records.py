"""JSON and JSONL exports: one document per record, whatever the exporter named its fields."""

from __future__ import annotations

import json

from redac.bounds import check_document_size
from redac.errors import InputError
from redac.ingest.html import content_blocks
from redac.models import Document, Metadata

TITLE_KEYS = ("title", "headline", "titre", "name")
TEXT_KEYS = ("text", "content", "body", "articleBody", "article", "contenu", "html", "content_html",
             "raw_html", "description", "summary", "chapo")
URL_KEYS = ("url", "link", "canonical", "canonical_url", "source_url", "permalink")
AUTHOR_KEYS = ("author", "authors", "byline", "auteur", "creator")
DATE_KEYS = ("date", "published", "published_at", "publishedAt", "pubDate", "datePublished", "created_at")
SITE_KEYS = ("site", "sitename", "site_name", "source", "publisher", "domain")
LIST_KEYS = ("items", "articles", "data", "results", "documents", "records", "entries")


def parse_records(text: str, label: str, fmt: str):
    from redac.ingest import IngestResult

    warnings: list[str] = []
    records = _jsonl_records(text, label, warnings) if fmt == "jsonl" else _json_records(text, label)
    documents: list[Document] = []
    for number, record in records:
        source = f"{label}#{number}"
        try:
            documents.append(record_document(record, source, fmt))
        except InputError as error:
            warnings.append(str(error))
    if not documents:
        detail = f" ({warnings[0]})" if len(warnings) == 1 else ""
        raise InputError(label, f"no record with article text{detail}")
    return IngestResult(documents, warnings)


def record_document(record: object, source: str, fmt: str) -> Document:
    if not isinstance(record, dict):
        raise InputError(source, "record is not a JSON object")
    body = _first_text(record, TEXT_KEYS)
    check_document_size(body or "", source)
    blocks = content_blocks(body) if body else []
    if not blocks:
        raise InputError(source, f"no article text (expected one of the fields {', '.join(TEXT_KEYS[:4])}...)")
    meta = Metadata(
        url=_first_text(record, URL_KEYS),
        author=_first_text(record, AUTHOR_KEYS),
        date=_first_text(record, DATE_KEYS),
        site=_first_text(record, SITE_KEYS),
        language=_first_text(record, ("language", "lang", "langue")),
    )
    return Document(title=_first_text(record, TITLE_KEYS), blocks=blocks, meta=meta, source=source, format=fmt)


def _json_records(text: str, label: str) -> list[tuple[int, object]]:
    data = json.loads(text)
    if isinstance(data, dict):
        for key in LIST_KEYS:
            if isinstance(data.get(key), list):
                data = data[key]
                break
    records = data if isinstance(data, list) else [data]
    if not records:
        raise InputError(label, "JSON holds no records")
    return list(enumerate(records, 1))


def _jsonl_records(text: str, label: str, warnings: list[str]) -> list[tuple[int, object]]:
    records = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            warnings.append(f"{label}#{number}: invalid JSON line ({error.msg}), skipped")
    return records


def _first_text(record: dict, keys: tuple[str, ...]) -> str | None:
    """The first non-empty field among `keys`, flattened to text (lists joined, {name: ...} unwrapped)."""
    for key in keys:
        value = _as_text(record.get(key))
        if value:
            return value
    return None


def _as_text(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return _first_text(value, ("name", "value", "text", "url", "href"))
    if isinstance(value, list):
        parts = [text for item in value if (text := _as_text(item))]
        return ", ".join(parts) or None
    return None
