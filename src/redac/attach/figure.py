"""The article's figure: the source page's main image, its caption and credit, and an alt text.

The alt text describes the image from what the source says of it (its caption, else the story's
title); the keyphrase is put in front only where it truly fits: when the caption already speaks of
the keyphrase's subject (a content word in common). An image is never invented: no source image, no
figure.
"""

from __future__ import annotations

from redac.analysis.keyphrase import KeyphraseMatcher
from redac.french.case import capitalize_first, lowercase_first
from redac.french.tokens import tokens
from redac.french.typography import typeset
from redac.models import Figure, Metadata
from redac.urls import safe_url

ALT_MAX_CHARS = 150


def article_figure(meta: Metadata, keyphrase: str, story_title: str | None) -> Figure | None:
    src = safe_url(meta.image)
    if not src:
        return None
    caption = typeset(meta.image_caption or "")
    alt = alt_text(caption or story_title or "", keyphrase)
    return Figure(src=src, alt=typeset(alt), caption=caption, credit=typeset(meta.image_credit or ""))


def alt_text(description: str, keyphrase: str) -> str:
    """`description` shortened to ALT_MAX_CHARS, the keyphrase in front where it fits."""
    alt = _shorten(" ".join(description.split()).rstrip("."))
    matcher = KeyphraseMatcher(keyphrase)
    if not matcher or not alt:
        return alt
    words = tokens(alt)
    if matcher.found_in(words) or not set(matcher.keys) & {matcher.key(word) for word in words}:
        return alt
    return _shorten(f"{capitalize_first(matcher.text)} : {lowercase_first(alt)}")


def _shorten(text: str) -> str:
    if len(text) <= ALT_MAX_CHARS:
        return text
    cut = text[: ALT_MAX_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"
