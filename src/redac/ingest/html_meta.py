"""A page's metadata (title, author, date, site, url) from what it declares: meta tags, JSON-LD,
<time>, <h1>. trafilatura's metadata pass also mines categories, tags and the page text for dates, and
doubles the cost of an extraction; what an article needs is what the page says about itself."""

from __future__ import annotations

import json
import re

from redac.bounds import MAX_NESTING, json_depth
from redac.markup import squeeze
from redac.models import Metadata

DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
TITLE_SEPARATORS_RE = re.compile(r"\s+[|–—\-‹›·•]{1,2}\s+")
MIN_TITLE_WORDS = 4  # a title kept once the site's name and rubric are cut from it
MAX_LABEL_WORDS = 2  # a rubric around a page title (« Chroniques », « Monde ») is this short
MAX_NAME_WORDS = 4  # a site's name in capitalised words (« Wara Conservation Project ») is this short
# Where each field is declared, best first: <meta> names and properties, <link rel>, <time> kinds.
DECLARED = {
    "title": ("og:title", "twitter:title", "title"),
    "author": ("author", "article:author", "parsely-author", "dc.creator"),
    "date": ("article:published_time", "og:published_time", "date", "pubdate", "parsely-pub-date", "dc.date.issued",
             "datepublished", "time:datepublished", "time:pubdate", "time:article"),
    "site": ("og:site_name", "application-name"),
    "url": ("link:canonical", "og:url"),
}


def page_metadata(tree, language: str | None) -> tuple[str | None, Metadata]:
    """(title, metadata) of a parsed page, read in one pass over its elements."""
    declared, linked, h1s, head_title = _declarations(tree)

    def first(field: str) -> str | None:
        return next((declared[key] for key in DECLARED[field] if key in declared), None)

    meta = Metadata(
        url=first("url") or _text(linked.get("url")),
        author=_author(linked.get("author")) or _usable_author(first("author")),
        date=_date(first("date") or _text(linked.get("datePublished"))),
        site=first("site") or _author(linked.get("publisher")),
        language=language,
    )
    title = _title(h1s, first("title") or _text(linked.get("headline")), head_title)
    return (_without_site(title, meta.site) if title else None), meta


def _declarations(tree) -> tuple[dict[str, str], dict, list[str], str | None]:
    """(declared values by key, JSON-LD article object, texts of the <h1>s, <title>)."""
    declared: dict[str, str] = {}
    linked: dict = {}
    h1s: list[str] = []
    head_title = None
    for element in tree.iter("meta", "link", "time", "script", "h1", "title"):
        tag = element.tag
        if tag == "meta":
            key, value = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower(), element.get("content")
        elif tag == "link":
            key, value = f"link:{(element.get('rel') or '').lower()}", element.get("href")
        elif tag == "time":
            kind = "datepublished" if element.get("itemprop") == "datePublished" else "pubdate" if element.get("pubdate") is not None else "article"
            key, value = f"time:{kind}", element.get("datetime")
        elif tag == "script":
            if not linked and element.get("type") == "application/ld+json":
                linked = _json_ld(element.text)
            continue
        else:
            if text := _text(element.text_content()):
                if tag == "h1":
                    h1s.append(text)
                elif head_title is None:
                    head_title = text
            continue
        if key and key not in declared and (text := _text(value)):
            declared[key] = text
    return declared, linked, h1s, head_title


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return squeeze(value) or None


def _title(h1s: list[str], declared: str | None, head_title: str | None) -> str | None:
    """The page's one <h1>, else its declared title, else <title> without the site's name."""
    if len(h1s) == 1:
        return h1s[0]
    if declared:
        return declared
    if head_title:
        return max(TITLE_SEPARATORS_RE.split(head_title), key=len)
    return h1s[0] if h1s else None


def _without_site(title: str, site: str | None) -> str:
    """The title without the site's name and rubric that pages add around it (« Titre ‹ Site »,
    « Titre | Rubrique | Site »): a segment is cut from the end when it is the declared site name, a short
    label or a name in capitals, and from the start only when it is the site's name, as long as what
    stays still reads as a title."""
    cuts = list(TITLE_SEPARATORS_RE.finditer(title))
    if not cuts:
        return title
    bounds = [0, *(edge for cut in cuts for edge in cut.span()), len(title)]
    segments = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]  # (start, end) of each segment
    site_key = _fold(site) if site else None

    def is_furniture(span: tuple[int, int]) -> bool:
        segment = title[span[0] : span[1]]
        words = segment.split()
        return (not words or _fold(segment) == site_key or len(words) <= MAX_LABEL_WORDS
                or (len(words) <= MAX_NAME_WORDS and _reads_as_name(words)))

    while len(segments) > 1 and is_furniture(segments[-1]):
        segments.pop()
    while len(segments) > 1 and _fold(title[segments[0][0] : segments[0][1]]) == site_key:
        segments.pop(0)
    kept = title[segments[0][0] : segments[-1][1]]
    return kept if len(kept.split()) >= MIN_TITLE_WORDS else title


def _reads_as_name(words: list[str]) -> bool:
    """Capitalised words, short linking words allowed inside (« Journal des Quartiers »)."""
    return words[0][0].isupper() and words[-1][0].isupper() and all(word[0].isupper() or len(word) <= 3 for word in words)


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _usable_author(author: str | None) -> str | None:
    """A declared author that is a person's name, not a URL or a list of handles."""
    if author is None or author.startswith(("http://", "https://", "@")):
        return None
    return author


def _author(value: object) -> str | None:
    if isinstance(value, list):
        names = [name for item in value if (name := _author(item))]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _usable_author(_text(value))


def _date(value: str | None) -> str | None:
    match = DATE_RE.search(value or "")
    return match.group() if match else None


def _json_ld(text: str | None) -> dict:
    """The schema.org article object of a JSON-LD script (an empty dict when none)."""
    if not text or json_depth(text) > MAX_NESTING:  # a hostile script is ignored, not a reason to fail
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    for item in _items(data):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.endswith(("Article", "BlogPosting", "Report")) for k in kinds):
            return item
    return {}


def _items(data: object) -> list[dict]:
    if isinstance(data, list):
        return [item for entry in data for item in _items(entry)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data, *(_items(graph) if isinstance(graph, list) else [])]
    return []
