"""Snapshot everything `redac.clean` decides on a fixed set of inputs, to diff two versions of the cleaner.

    PYTHONPATH=OTHER/src .venv/bin/python dev/clean_snapshot.py > /tmp/before.jsonl
    .venv/bin/python dev/clean_snapshot.py > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

Inputs: the corpus texts (dev/corpus/texts, when rebuilt), the samples, the hand-written cleaning cases,
the HTML pages of the tests, the third-party HTML pages when fetched, and the generated texts of
bench/clean.py. A speed change to the cleaner must leave this output byte-identical.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import asdict
from pathlib import Path

import redac
from redac.errors import RedacError

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def inputs() -> list[tuple[str, str]]:
    from clean import make_texts

    paths = [
        *sorted((ROOT / "dev" / "corpus" / "texts").glob("*.txt")),
        *sorted((ROOT / "tests" / "data" / "samples").glob("*.txt")),
        *sorted((ROOT / "tests" / "cleaning" / "cases").glob("*.txt")),
        *sorted((ROOT / "tests" / "data" / "html_pages").glob("*.html")),
        *sorted((ROOT / "bench" / "html_pages" / "third_party").glob("*.html")),
    ]
    found = [(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8", errors="replace")) for path in paths]
    found += [(f"bench-text-{i}", text) for i, text in enumerate(make_texts(300, random.Random(7)))]
    return found


def main() -> None:
    for name, text in inputs():
        try:
            result = redac.clean(text, name=Path(name).name)
            record = {"name": name, "result": asdict(result)}
        except RedacError as error:
            record = {"name": name, "error": str(error)}
        print(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str))


if __name__ == "__main__":
    main()
