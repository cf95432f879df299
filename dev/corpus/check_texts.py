"""Check rebuilt corpus texts (dev/corpus/texts/ID.txt) against the committed line hashes.

    python dev/corpus/check_texts.py        # exit 0 when every labelled line matches
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent


def line_hash(line: str) -> str:
    return hashlib.sha256(" ".join(line.split()).encode("utf-8")).hexdigest()


def main() -> int:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in map(json.loads, (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()):
        by_doc[row["doc"]].append(row)
    missing, differing, good = [], {}, 0
    for doc, rows in sorted(by_doc.items()):
        path = HERE / "texts" / f"{doc}.txt"
        if not path.exists():
            missing.append(doc)
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        bad = [r["line"] for r in rows if r["line"] >= len(lines) or line_hash(lines[r["line"]]) != r["sha256"]]
        if bad:
            differing[doc] = bad
        else:
            good += 1
    print(f"{good} documents match, {len(differing)} differ, {len(missing)} missing")
    for doc, bad in differing.items():
        print(f"  {doc}: lines {bad}")
    if missing:
        print("  missing: " + " ".join(missing))
    return 0 if not differing and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
