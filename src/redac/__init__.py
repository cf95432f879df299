"""redac: turn raw scraped news into publish-ready, SEO-optimized French articles.

Public API (heavy dependencies are imported on first use, so `import redac` stays instant):

- ``clean(source)``: read one article (text, Markdown, HTML, JSON, feed; path, text or bytes), drop the
  scraping noise and return a ``CleanResult`` (document, removed lines with reasons, editor's brief).
- ``clean_many(source)``: the same for inputs holding several documents (JSONL exports, feeds).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["__version__", "clean", "clean_many"]

if TYPE_CHECKING:
    from os import PathLike

    from redac.models import CleanResult


def clean_many(source: "str | bytes | PathLike[str]", *, name: str | None = None) -> "list[CleanResult]":
    """Clean every document of `source`. A `str` is article text; pass a `Path` to read a file."""
    from redac.cleaning import clean_document
    from redac.ingest import read

    return [clean_document(document) for document in read(source, name=name).documents]


def clean(source: "str | bytes | PathLike[str]", *, name: str | None = None) -> "CleanResult":
    """Clean the single document of `source` (see `clean_many` for multi-document inputs)."""
    from redac.errors import InputError

    results = clean_many(source, name=name)
    if len(results) != 1:
        raise InputError(name or "", f"holds {len(results)} documents; use redac.clean_many()")
    return results[0]
