"""What the cleaner's dropped lines tell about the page: attribution, author and date.

A byline, an agency credit or a date stamp is furniture in the article's text but metadata of the
article: the credit line and JSON-LD print it. The rules say which lines are which (their `action`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from redac.models import Metadata

BYLINE_MARKERS = frozenset(
    "par by texte rédigé redige écrit ecrit auteur author signé signe posté poste publié publie posted".split()
)


def with_byline(meta: Metadata, lines: list[tuple[str, str]]) -> Metadata:
    """`meta` with the attribution, author and date of the page's lines, given as (rule action, text)."""
    result = replace(meta, attribution=list(meta.attribution))
    for action, text in lines:
        if action == "attribution":
            result.attribution.append(text.strip())
        elif action == "author":
            result.attribution.append(text.strip())
            result.author = result.author or byline_name(text.strip())
        elif action == "date":
            result.date = result.date or text.strip()
    return result


def byline_name(text: str) -> str:
    """'Par Jean Dupont, envoyé spécial à Kiev' -> 'Jean Dupont'; 'Jean Dupont, journaliste' -> 'Jean Dupont'."""
    first, _, rest = text.partition(" ")
    after_marker = rest if rest and first.lower().rstrip(":") in BYLINE_MARKERS else text
    for marker in ("par ", "by "):
        if after_marker.lower().startswith(marker):
            after_marker = after_marker[len(marker):]
    return re.split(r"\s*(?:,|\||\(|·|•|\s[–—-]\s)\s*", after_marker.lstrip(": "))[0].strip()
