"""The main image of an HTML page: og:image, or the article's first figure, with caption and credit.

trafilatura keeps the text and drops the figures; the article keeps the source's own image (never an
invented one), so it is read here from the page itself. Only http(s) URLs are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from redac.markup import squeeze
from redac.urls import safe_url

CREDIT_CLASS_RE = re.compile(r"credit|copyright|author|source", re.I)
# "(Photo Jean Dupont / AFP)", "© AFP", "Crédit : Reuters", "photo : AFP" at the end of a caption.
CAPTION_CREDIT_RE = re.compile(
    r"\s*(?:[(\[]\s*(?P<inner>(?:photo|cr[ée]dit|©|illustration)[^()\[\]]{1,80}|[^()\[\]]{1,60}/\s*[A-Z][\w .-]{1,30})\s*[)\]]"
    r"|(?P<tail>(?:©|[Cc]r[ée]dits?\s*:|[Pp]hotos?\s*:)\s*[^.]{1,80}))\s*$"
)
MAX_CAPTION_CHARS = 400
META_IMAGE_PATHS = ("//meta[@property='og:image']/@content", "//meta[@name='og:image']/@content",
                    "//meta[@name='twitter:image']/@content", "//meta[@property='twitter:image']/@content")


@dataclass(frozen=True, slots=True)
class MainImage:
    src: str
    caption: str = ""
    credit: str = ""
    alt: str = ""


def main_image(tree, page_url: str | None) -> MainImage | None:
    """The page's main image: og:image (the publisher's own choice) with the caption of the figure that
    shows it, else the article's first figure."""
    og = _meta_image(tree, page_url)
    figures = _figures(tree, page_url)
    if og:
        shown = next((figure for figure in figures if _same_image(figure.src, og)), None)
        return MainImage(og, shown.caption, shown.credit, shown.alt) if shown else MainImage(og)
    return figures[0] if figures else None


def _meta_image(tree, page_url: str | None) -> str | None:
    for path in _meta_image_paths():
        for value in path(tree):
            if url := safe_url(str(value), page_url):
                return url
    return None


@cache
def _meta_image_paths():
    """The page's own image tags, in order of preference, compiled once (lxml compiles a string path at every call)."""
    from lxml import etree

    return tuple(etree.XPath(path) for path in META_IMAGE_PATHS)


def _figures(tree, page_url: str | None) -> list[MainImage]:
    """Figures with an image inside the <article> (else <main>, else the page): a sidebar's pictures
    belong to other articles."""
    scopes = tree.xpath("//article") or tree.xpath("//main") or [tree]
    found: list[MainImage] = []
    for scope in scopes:
        for figure in scope.iter("figure"):
            image = next(iter(figure.iter("img")), None)
            if image is None:
                continue
            src = safe_url(_img_src(image), page_url)
            if src and all(item.src != src for item in found):
                caption, credit = _figcaption(figure)
                found.append(MainImage(src, caption, credit, _clean(image.get("alt") or "")))
    return found


def _img_src(image) -> str | None:
    return image.get("src") or image.get("data-src") or (image.get("srcset") or "").split(" ")[0] or None


def _same_image(a: str, b: str) -> bool:
    """Same file, whatever the resizing query or CDN prefix."""
    return a.split("?", maxsplit=1)[0].rsplit("/", 1)[-1] == b.split("?", maxsplit=1)[0].rsplit("/", 1)[-1]


def _figcaption(figure) -> tuple[str, str]:
    """(caption, credit) of a figure: a credit element inside the caption, or a trailing credit."""
    caption_element = next(iter(figure.iter("figcaption")), None)
    if caption_element is None:
        return "", ""
    credit_element = next(
        (el for el in caption_element.iter() if el is not caption_element and CREDIT_CLASS_RE.search(el.get("class") or "")),
        None,
    )
    credit = _clean("".join(credit_element.itertext())) if credit_element is not None else ""
    caption = _clean(_text_without(caption_element, credit_element))
    if not credit and (match := CAPTION_CREDIT_RE.search(caption)):
        credit = _clean(match.group("inner") or match.group("tail") or "")
        caption = caption[: match.start()].rstrip(" ,;:–—-")
    return caption[:MAX_CAPTION_CHARS], credit.strip("()[] ")


def _text_without(element, skip) -> str:
    """The text of `element`, leaving out the subtree `skip` (a credit inside a caption)."""
    parts = [element.text or ""]
    for child in element:
        if child is not skip and isinstance(child.tag, str):
            parts.append(_text_without(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    return squeeze(text)
