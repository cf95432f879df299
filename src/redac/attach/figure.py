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
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Figure, Metadata
from redac.urls import safe_url


def article_figure(meta: Metadata, keyphrase: str, story_title: str | None, limits: Limits = DEFAULT_LIMITS) -> Figure | None:
    src = safe_url(meta.image)
    if not src:
        return None
    caption = typeset(meta.image_caption or "")
    alt = alt_text(caption or story_title or "", keyphrase, limits.alt_max_chars)
    return Figure(src=src, alt=typeset(alt), caption=caption, credit=typeset(meta.image_credit or ""))


def alt_text(description: str, keyphrase: str, max_chars: int = DEFAULT_LIMITS.alt_max_chars) -> str:
    """`description` shortened to `max_chars`, the keyphrase in front where it fits."""
    alt = _shorten(" ".join(description.split()).rstrip("."), max_chars)
    matcher = KeyphraseMatcher(keyphrase)
    if not matcher or not alt:
        return alt
    words = tokens(alt)
    if matcher.found_in(words) or not set(matcher.keys) & {matcher.key(word) for word in words}:
        return alt
    return _shorten(f"{capitalize_first(matcher.text)} : {lowercase_first(alt)}", max_chars)


def _shorten(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"
