"""Label the lines of a fetched third-party page, by reading them as an editor would: article or noise.

    .venv/bin/python bench/html_pages/label.py third_party/NAME.html

Every visible text line of the page (`page_lines`: the text of each block element, scripts and styles
left out) is shown; answer a (article), n (noise) or s (skip: neither, e.g. the title). Only the hash of each line goes into labels.json, never its text,
which stays in the git-ignored third_party/ folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from html_vs_trafilatura import THIRD_PARTY_LABELS, line_hash, page_lines  # noqa: E402


def main() -> None:
    path = Path(sys.argv[1])
    lines = page_lines(path.read_text(encoding="utf-8", errors="replace"))
    labels = json.loads(THIRD_PARTY_LABELS.read_text(encoding="utf-8")) if THIRD_PARTY_LABELS.exists() else {}
    entry = {"article": [], "noise": []}
    for line in dict.fromkeys(lines):
        answer = ""
        while answer not in ("a", "n", "s"):
            answer = input(f"{line[:160]}\n  [a]rticle / [n]oise / [s]kip? ").strip().lower()
        if answer != "s":
            entry["article" if answer == "a" else "noise"].append(line_hash(line))
    labels[path.name] = entry
    THIRD_PARTY_LABELS.write_text(json.dumps(labels, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
