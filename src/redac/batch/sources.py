"""What a batch reads: folders, globs, files (exports and feeds hold many documents) and feed URLs.

Each input becomes `Item`s: one per document, with the id the store keys it by (a hash of what was
ingested, so the same article is the same document in every run), or one per unreadable input, with
its error, so one bad file fails alone.
"""

from __future__ import annotations

import glob
import hashlib
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

from redac.errors import EXIT_USAGE, InputError, RedacError
from redac.models import Document

URL_PREFIXES = ("http://", "https://")
FETCH_TIMEOUT = 30.0


@dataclass(slots=True)
class Item:
    id: str
    source: str
    document: Document | None = None
    error: str | None = None  # one line, when the input could not be read
    exit_code: int = EXIT_USAGE


def items(inputs: list[str], skip: AbstractSet[Path] = frozenset()) -> list[Item]:
    """Every document of every input, in order; `skip` holds paths never to read (the batch's own files)."""
    found = []
    for path_or_url in _expanded(inputs, skip):
        found.extend(_read_items(path_or_url))
    return found


def document_id(document: Document) -> str:
    content = "\n".join([document.title or ""] + [block.text for block in document.blocks])
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def _expanded(inputs: list[str], skip: AbstractSet[Path]) -> list[str]:
    """Inputs as files and URLs: folders walked (hidden files aside), globs matched, sorted for stable runs."""
    expanded = []
    skipped = {path.resolve() for path in skip}
    for name in inputs:
        if name.startswith(URL_PREFIXES):
            expanded.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
        elif not path.exists() and glob.has_magic(name):
            files = sorted(Path(match) for match in glob.glob(name, recursive=True) if Path(match).is_file())
            if not files:
                raise InputError(name, "no file matches this pattern")
        else:
            files = [path]
        expanded.extend(str(file) for file in files if file.resolve() not in skipped and not _inside(file, skipped))
    return expanded


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _inside(file: Path, folders: set[Path]) -> bool:
    resolved = file.resolve()
    return any(folder in resolved.parents for folder in folders)


def _read_items(name: str) -> list[Item]:
    from redac.ingest import read

    try:
        ingested = read(_fetch(name), name=name) if name.startswith(URL_PREFIXES) else read(Path(name))
    except RedacError as error:
        return [Item(_input_id(name), name, error=getattr(error, "message", str(error)), exit_code=error.exit_code)]
    skipped = [Item(_input_id(f"{name}#{warning}"), name, error=warning) for warning in ingested.warnings]
    return skipped + [Item(document_id(document), document.source, document) for document in ingested.documents]


def _input_id(name: str) -> str:
    return "input:" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def copy_id(item: Item) -> str:
    """The row of a second input holding exactly the content of another: keyed by where it was found."""
    return "copy:" + hashlib.sha256(item.source.encode("utf-8")).hexdigest()[:16]


def _fetch(url: str) -> bytes:
    """A feed or page by URL; errors are the input's, one line."""
    import httpx

    try:
        response = httpx.get(url, timeout=FETCH_TIMEOUT, follow_redirects=True, headers={"User-Agent": "redac"})
        response.raise_for_status()
    except httpx.HTTPError as error:
        raise InputError(url, f"cannot fetch ({error})") from None
    return response.content
