"""Sniff the input format from its content; the file extension only breaks ties."""

from __future__ import annotations

import json
import re

from redac.bounds import check_json_depth
from redac.errors import InputError

FEED_RE = re.compile(r"<(rss|feed|rdf:rdf)[\s>]", re.I)
HTML_RE = re.compile(r"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
HTML_TAG_RE = re.compile(r"<(p|div|article|section|h[1-6]|span|a|br|ul|li|main|meta|title)[\s>/]", re.I)
MARKDOWN_RE = re.compile(r"^#{1,6} \S", re.M)
HTML_EXT = {".html", ".htm", ".xhtml"}
FEED_EXT = {".rss", ".atom", ".xml"}
MARKDOWN_EXT = {".md", ".markdown"}
JSON_EXT = {".json", ".jsonl", ".ndjson"}
MEANT_AS_JSON_RE = re.compile(r'\{\s*"|\[\s*\{')  # an object with a key, a list of objects


def detect_format(text: str, hint: str, label: str) -> str:
    """JSON when the extension says so (then invalid JSON is an error), when the text parses as JSON, or
    when it clearly means to be JSON (`{"key"...`, `[{...`: then invalid JSON is an error too). A text
    that merely starts with a bracket ("[0" then a line "1", a footnote "[1] Le ...") is text."""
    head = text.lstrip()[:4096]
    strict = hint in JSON_EXT or MEANT_AS_JSON_RE.match(head) is not None
    if strict or (head[:1] in "{[" and _looks_like_json(head)):
        kind = _json_kind(text, label, strict=strict)
        if kind is not None:
            return kind
    if head.startswith("<") or hint in HTML_EXT | FEED_EXT:
        if FEED_RE.search(head):
            return "feed"
        if HTML_RE.search(head) or len(HTML_TAG_RE.findall(head)) >= 3 or hint in HTML_EXT:
            return "html"
    if hint in MARKDOWN_EXT or _has_markdown_heading(text[:20000]):
        return "markdown"
    return "text"


def _has_markdown_heading(text: str) -> bool:
    """A line opening on « # »: the regex, which has no literal prefix to skip by, runs only when a line
    begins with « # » (« #12 » inside a line is no heading)."""
    return (text[:1] == "#" or "\n#" in text) and MARKDOWN_RE.search(text) is not None


def _looks_like_json(head: str) -> bool:
    """`{` or `[` followed by what JSON allows next: a key, a value, or the closing bracket."""
    return re.match(r'[{\[]\s*(["{\[\]}\d-]|true|false|null)', head) is not None


def _json_kind(text: str, label: str, *, strict: bool) -> str | None:
    """'json' or 'jsonl' (one record per line: the first line is a JSON record). Text that is neither is
    an error when `strict`, else None (not JSON: read as text)."""
    stripped = text.strip()
    check_json_depth(stripped, label)
    try:
        json.loads(stripped)
        return "json"
    except json.JSONDecodeError as error:
        first_line = stripped.split("\n", 1)[0]
        try:
            first = json.loads(first_line)
        except json.JSONDecodeError:
            first = None
        if strict and first is None:
            raise InputError(label, f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
        return "jsonl" if strict or isinstance(first, dict) else None
