"""The publisher's archive of earlier articles, read from what a newsroom has: a sitemap.xml, a JSON or
JSONL export of posts (WordPress REST shape included), a folder of Markdown/HTML articles, or a redac
batch store. Each entry is a title, a URL and some text; the related-article index is built from them.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from redac.errors import InputError
from redac.markup import FRONT_MATTER_RE, split_front_matter
from redac.urls import safe_url

MAX_ARCHIVE_BYTES = 200_000_000
TAG_RE = re.compile(r"<[^>]+>")
SLUG_WORDS_RE = re.compile(r"[-_]+")


@dataclass(frozen=True, slots=True)
class ArchiveEntry:
    url: str  # absolute http(s) URL, or a root-relative path on the publisher's site
    title: str
    text: str = ""


def load_archive(paths: list[Path]) -> list[ArchiveEntry]:
    """Every entry of every path, in order, without repeated URLs; a path that cannot be read is an
    InputError (exit 2) naming it."""
    entries: dict[str, ArchiveEntry] = {}
    for path in paths:
        for entry in _read(path):
            entries.setdefault(entry.url, entry)
    return list(entries.values())


def _read(path: Path) -> list[ArchiveEntry]:
    if path.is_dir():
        return [entry for child in sorted(path.rglob("*")) if child.is_file() and child.suffix in {".md", ".html", ".htm"}
                for entry in _article_file(child)]
    if not path.is_file():
        raise InputError(str(path), "archive not found")
    if path.stat().st_size > MAX_ARCHIVE_BYTES:
        raise InputError(str(path), "archive too large")
    if path.suffix in {".sqlite", ".db"}:
        return _batch_store(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    head = text.lstrip()[:200]
    if head.startswith("<") and ("<urlset" in text[:4096] or "<sitemapindex" in text[:4096]):
        return _sitemap(text, path)
    if head.startswith(("[", "{")):
        return _json_export(text, path)
    return _article_file(path)


def _json_export(text: str, path: Path) -> list[ArchiveEntry]:
    try:
        data = json.loads(text)
        records = data if isinstance(data, list) else data.get("posts") or data.get("articles") or data.get("items") or [data]
    except (json.JSONDecodeError, RecursionError, AttributeError):
        try:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        except (json.JSONDecodeError, RecursionError):
            raise InputError(str(path), "archive is neither JSON nor JSONL") from None
    return [entry for record in records if isinstance(record, dict) and (entry := _record_entry(record))]


def _record_entry(record: dict) -> ArchiveEntry | None:
    """A post as exported by WordPress (title.rendered, link, content.rendered) or a flat record."""
    url = safe_url(_field(record, "url", "link", "permalink", "canonical"), allow_path=True)
    title = _plain(_field(record, "title", "headline", "name"))
    text = _plain(_field(record, "text", "content", "body", "excerpt", "description"))
    return ArchiveEntry(url, title, text) if url and title else None


def _field(record: dict, *keys: str) -> str:
    for key in keys:
        value = record.get(key)
        if isinstance(value, dict):  # WordPress: {"rendered": "..."}
            value = value.get("rendered")
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _plain(html: str) -> str:
    import html as html_module

    return " ".join(html_module.unescape(TAG_RE.sub(" ", html)).split())


def _sitemap(text: str, path: Path) -> list[ArchiveEntry]:
    """<url><loc> entries; the title from a Google News <news:title>, else the slug's words."""
    import lxml.etree

    try:
        root = lxml.etree.fromstring(text.encode("utf-8"), lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    except lxml.etree.XMLSyntaxError as error:
        raise InputError(str(path), f"sitemap is not valid XML ({error.msg})") from None
    entries = []
    for url_element in root.iter("{*}url"):
        loc = safe_url(_child_text(url_element, "loc"))
        if not loc:
            continue
        title = _child_text(url_element, "title") or _slug_words(loc)
        entries.append(ArchiveEntry(loc, title, ""))
    return entries


def _child_text(element, name: str) -> str:
    found = next(iter(element.iter(f"{{*}}{name}")), None)
    return " ".join((found.text or "").split()) if found is not None else ""


def _slug_words(url: str) -> str:
    last = url.split("?", maxsplit=1)[0].rstrip("/").rsplit("/", 1)[-1]
    return SLUG_WORDS_RE.sub(" ", re.sub(r"\.(?:html?|php)$", "", last)).strip()


def _article_file(path: Path) -> list[ArchiveEntry]:
    """A Markdown article (front matter url/permalink and title) or an HTML page (canonical, <h1>)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    address, title, body = _html_article(text) if path.suffix in {".html", ".htm"} else _markdown_article(text)
    url = safe_url(address, allow_path=True)
    return [ArchiveEntry(url, title, body)] if url and title else []


def _markdown_article(text: str) -> tuple[str, str, str]:
    try:
        meta, text = split_front_matter(text, "archive")
    except InputError:
        meta = {}
        text = FRONT_MATTER_RE.sub("", text, count=1)
    heading = re.search(r"^#\s+(.+)$", text, re.M)
    title = str(meta.get("title") or (heading.group(1) if heading else ""))
    url = str(meta.get("url") or meta.get("permalink") or meta.get("canonical") or "")
    return url, " ".join(title.split()), " ".join(text.split())


def _html_article(text: str) -> tuple[str, str, str]:
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.LxmlError):
        return "", "", ""
    url = next(iter(tree.xpath("//link[@rel='canonical']/@href") or tree.xpath("//meta[@property='og:url']/@content")), "")
    title = next((" ".join(h.text_content().split()) for h in tree.iter("h1")), "") or " ".join((tree.findtext(".//title") or "").split())
    body = tree.find(".//body")
    return str(url), title, " ".join((body.text_content() if body is not None else "").split())


def _batch_store(path: Path) -> list[ArchiveEntry]:
    """The done articles of a redac batch store, from the Markdown/HTML files it wrote."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rows = db.execute("SELECT outputs FROM documents WHERE status = 'done'").fetchall()
        db.close()
    except sqlite3.DatabaseError as error:
        raise InputError(str(path), f"not a redac batch store ({error})") from None
    files = [Path(name) for (outputs,) in rows for name in json.loads(outputs or "[]")]
    return [entry for file in files if file.suffix in {".md", ".html"} and file.is_file() for entry in _article_file(file)]
