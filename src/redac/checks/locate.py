"""Where a text sits in an article file: "ligne 12", for reports on articles written by anyone."""

from __future__ import annotations

import re

PROBE_CHARS = 40
MARKUP_RE = re.compile(r"<[^>]+>|[*_`\\]")


def line_locator(article_text: str):
    """A function text -> "ligne N": the first line holding the whole text, else its opening words; or None."""
    lines = [" ".join(MARKUP_RE.sub("", line).split()) for line in article_text.splitlines()]

    def locate(text: str) -> str | None:
        whole = " ".join(text.split())
        for probe in (whole, whole[:PROBE_CHARS]):  # the whole text first: its opening may repeat
            for number, line in enumerate(lines, start=1):
                if probe and probe in line:
                    return f"ligne {number}"
        return None

    return locate
