"""URLs taken from sources and archives: only web addresses ever become a link or an image.

A scraped page can hold `javascript:`, `data:` or `file:` URLs; an article must never turn one into
a link or an image, whatever the output format.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

WEB_SCHEMES = ("http", "https")
MAX_URL_CHARS = 2048


def safe_url(url: str | None, base: str | None = None, *, allow_path: bool = False) -> str | None:
    """`url` as an absolute http(s) address (resolved against `base`), or None.

    With `allow_path`, a root-relative path ("/2024/05/article") is kept as it is: an archive's own
    links, on the site the article is published on.
    """
    if not url:
        return None
    url = "".join(url.split())  # no whitespace or control characters inside an address
    if not url or len(url) > MAX_URL_CHARS or any(ord(ch) < 32 for ch in url):
        return None
    if url.startswith("//"):
        url = "https:" + url
    parts = urlsplit(url)
    if parts.scheme:
        return url if parts.scheme.lower() in WEB_SCHEMES and parts.netloc else None
    if allow_path and url.startswith("/"):
        return url
    if base and (resolved := safe_url(base)):
        joined = urljoin(resolved, url)
        return joined if urlsplit(joined).scheme in WEB_SCHEMES else None
    return None


def host(url: str | None) -> str:
    """'https://www.lemonde.fr/x' -> 'lemonde.fr' ('' when there is none)."""
    netloc = urlsplit(url or "").netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    return netloc[4:] if netloc.startswith("www.") else netloc
