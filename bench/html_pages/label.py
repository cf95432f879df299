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
from html_vs_trafilatura import THIRD_PARTY_LABELS, line_hash, norm  # noqa: E402


BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "tr", "blockquote",
          "figcaption", "header", "footer", "section", "article", "aside", "nav", "ul", "ol", "dl", "form", "label", "br")


def page_lines(html: str) -> list[str]:
    """The page's visible text, one line per block element (html2txt glues a whole page into one line
    when its markup is old-fashioned)."""
    import lxml.html

    root = lxml.html.document_fromstring(html)
    for element in root.iter("script", "style", "noscript", "template"):
        element.drop_tree()
    for element in root.iter(*BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    body = root.find("body")
    text = (body if body is not None else root).text_content()
    return [line for line in (norm(raw) for raw in text.split("\n")) if line]


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
