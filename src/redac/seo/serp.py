"""How a title shows in search results: its width in pixels at Arial 20 px.

Widths come from Liberation Sans Regular, metric-compatible with Arial (same advance width for
every glyph), stored in data/title_font_widths.json by dev/font_widths.py. Kerning is ignored.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat

TITLE_FONT_PX = 20


@cache
def _font() -> tuple[dict[str, int], int, int]:
    table = json.loads(resources.files("redac.seo").joinpath("data/title_font_widths.json").read_text(encoding="utf-8"))
    return table["widths"], table["units_per_em"], table["fallback"]


@lru_cache(maxsize=8192)  # the plan measures each title proposal, the check and the audit measure the title again
def title_width_px(title: str, font_px: int = TITLE_FONT_PX) -> int:
    """Rendered width of `title` in whole pixels (rounded up, as a browser box would hold it)."""
    widths, units_per_em, fallback = _font()
    text = " ".join(title.split())
    units = sum(map(widths.get, text, repeat(fallback, len(text))))
    return -(-units * font_px // units_per_em)
