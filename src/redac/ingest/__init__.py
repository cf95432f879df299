"""Ingest: any input an editor has (path, stdin, text, bytes) -> `Document`s.

Reading is bounded and strict about what is not text; the format is sniffed from the content (the
file extension is only a hint), and each format has its own module.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from redac.errors import InputError
from redac.ingest.decode import decode
from redac.ingest.detect import detect_format
from redac.models import Document

MAX_INPUT_BYTES = 16 * 1024 * 1024  # far above any article; a larger input is an export to split


@dataclass(slots=True)
class IngestResult:
    documents: list[Document]
    # One line per skipped record of a multi-document input (the other records are fine).
    warnings: list[str] = field(default_factory=list)


def read(source: str | bytes | os.PathLike[str], *, name: str | None = None) -> IngestResult:
    """Read `source`: a path is read from disk, a `str` is the text itself, `bytes` are decoded."""
    return parse(*read_text(source, name=name))


def read_text(source: str | bytes | os.PathLike[str], *, name: str | None = None) -> tuple[str, str, str]:
    """(decoded text, label for messages, extension hint) of a path, bytes or text; '-' reads stdin."""
    if isinstance(source, os.PathLike):
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1) if str(source) == "-" else _read_file(Path(source))
        _check_size(len(data), str(source))
        label = name or str(source)
        return decode(data, label), label, Path(source).suffix.lower()
    label = name or "-"
    text = decode(source, label) if isinstance(source, bytes) else source
    return text, label, Path(name).suffix.lower() if name else ""


def parse(text: str, label: str, hint: str = "") -> IngestResult:
    if not text.strip():
        raise InputError(label, "input is empty")
    fmt = detect_format(text, hint, label)
    if fmt == "html":
        from redac.ingest.html import parse_html

        return IngestResult([parse_html(text, label)])
    if fmt in ("json", "jsonl"):
        from redac.ingest.records import parse_records

        return parse_records(text, label, fmt)
    if fmt == "feed":
        from redac.ingest.feed import parse_feed

        return parse_feed(text, label)
    from redac.ingest.text import parse_text

    return IngestResult([parse_text(text, label, fmt)])


def _read_file(path: Path) -> bytes:
    label = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(label, "no such file") from None
    except OSError as error:
        raise InputError(label, f"cannot read ({error.strerror or error})") from None
    if path.is_dir():
        raise InputError(label, "is a directory, not a file")
    _check_size(size, label)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise InputError(label, f"cannot read ({error.strerror or error})") from None
    _check_size(len(data), label)  # files whose stat() size lies (pipes, /proc)
    return data


def _check_size(size: int, label: str) -> None:
    if size > MAX_INPUT_BYTES:
        raise InputError(
            label,
            f"input is {size / 2**20:.1f} MiB, over the {MAX_INPUT_BYTES // 2**20} MiB limit for one input; split it",
        )
