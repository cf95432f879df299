"""Regenerate src/redac/seo/data/title_font_widths.json from Liberation Sans Regular.

Liberation Sans (SIL Open Font License 1.1) is metric-compatible with Arial, the font
search engines use for result titles. Only advance widths are kept: the audit needs
pixel widths, not glyphs. Run: python dev/font_widths.py /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf
"""
import json
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x100, 0x17F), (0x2010, 0x2027), (0x2030, 0x203A), (0x20AC, 0x20AC), (0x202F, 0x202F)]


def main(font_path: str) -> None:
    font = TTFont(font_path)
    cmap = font.getBestCmap()
    metrics = font["hmtx"].metrics
    widths = {}
    for start, end in RANGES:
        for code in range(start, end + 1):
            glyph = cmap.get(code)
            if glyph is not None:
                widths[chr(code)] = metrics[glyph][0]
    table = {
        "font": "Liberation Sans Regular (metric-compatible with Arial)",
        "units_per_em": font["head"].unitsPerEm,
        "fallback": round(sum(widths.values()) / len(widths)),
        "widths": widths,
    }
    out = Path(__file__).resolve().parents[1] / "src/redac/seo/data/title_font_widths.json"
    out.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(widths)} widths -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
