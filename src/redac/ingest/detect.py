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


def detect_format(text: str, hint: str, label: str) -> str:
    head = text.lstrip()[:4096]
    if head[:1] in "{[" and (hint in JSON_EXT or _looks_like_json(head)):
        return _json_kind(text, label)
    if hint in JSON_EXT:
        return _json_kind(text, label)
    if head.startswith("<") or hint in HTML_EXT | FEED_EXT:
        if FEED_RE.search(head):
            return "feed"
        if HTML_RE.search(head) or len(HTML_TAG_RE.findall(head)) >= 3 or hint in HTML_EXT:
            return "html"
    if hint in MARKDOWN_EXT or MARKDOWN_RE.search(text[:20000]):
        return "markdown"
    return "text"


def _looks_like_json(head: str) -> bool:
    """`{` or `[` followed by what JSON allows next: a key, a value, or the closing bracket."""
    return re.match(r'[{\[]\s*(["{\[\]}\d-]|true|false|null)', head) is not None


def _json_kind(text: str, label: str) -> str:
    stripped = text.strip()
    check_json_depth(stripped, label)
    try:
        json.loads(stripped)
        return "json"
    except json.JSONDecodeError as error:
        first_line = stripped.split("\n", 1)[0]
        try:
            json.loads(first_line)
        except json.JSONDecodeError:
            raise InputError(label, f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
        return "jsonl"
