"""Where the cleaner's kept noise sits, in counts only (no line is printed).

    python dev/clean_where.py [--part tune|measure|fresh|fresh2|blind|blind2|blind3 … blind6|all]

For each part of the labelled corpus (dev/corpus/) and each noise family: how many noise lines stay,
split by position (on a page with no article line at all, before the first article line, inside the
article's first..last line, after the last one) and by why the cleaner kept them: `prose` (a line the
line model never judges: a sentence or a paragraph), `low` (judged, below the threshold), `unshaped`
(judged on a page whose shape gave no body to stand against), `other` (the title, a cut last line...).
The measure part is counted like the others and is never tuned on.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "bench"))

sys.path.insert(0, str(ROOT / "dev"))

from clean_corpus import CORPUS, line_fates, load_corpus  # noqa: E402
from train_line_model import ruled_shape  # noqa: E402

from redac.cleaning.model import load_model  # noqa: E402

PARTS = ("tune", "measure", "fresh", "fresh2", "blind", "blind2", "blind3", "blind4", "blind5", "blind6")
POSITIONS = ("no_article", "before", "inside", "after")
CAUSES = ("prose", "low", "unshaped", "other")


def causes(text: str) -> dict[int, str]:
    """Line index -> why the line model left it (for the lines no rule took)."""
    page = ruled_shape(text)
    if page is None:
        return {}
    nonblank, texts, ruled, folded, words, shape = page
    verdicts = load_model().judge(texts, ruled, folded, words)
    found = {}
    for position, index in enumerate(nonblank):
        verdict = verdicts[position]
        if shape.prose[position]:
            found[index] = "prose"
        elif verdict is not None and not verdict.drop:
            found[index] = "low" if shape.body is not None else "unshaped"
        else:
            found[index] = "other"
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=[*PARTS, "all"], default="all")
    args = parser.parse_args()
    manifest, labels = load_corpus()
    for part in PARTS if args.part == "all" else (args.part,):
        kept: Counter = Counter()
        totals: Counter = Counter()
        why: Counter = Counter()
        for doc in (d for d in manifest if d["split"] == part):
            text = (CORPUS / "texts" / f"{doc['id']}.txt").read_text(encoding="utf-8")
            fates, _ = line_fates(text)
            cause = causes(text)
            rows = labels[doc["id"]]
            keep = [r["line"] for r in rows if r["label"] == "keep"]
            for r in rows:
                if r["label"] != "noise":
                    continue
                line = r["line"]
                where = "no_article" if not keep else "before" if line < keep[0] else "after" if line > keep[-1] else "inside"
                totals[r["family"], where] += 1
                if fates[line] not in ("removed", "repeat"):
                    kept[r["family"], where] += 1
                    why[r["family"], cause.get(line, "other")] += 1
        families = sorted({f for f, _ in totals}, key=lambda f: -sum(kept[f, w] for w in POSITIONS))
        print(f"== {part}: kept noise / noise lines, by position; why kept")
        print(f"   {'family':<18}" + "".join(f"{w:>12}" for w in POSITIONS) + "".join(f"{c:>9}" for c in CAUSES))
        for family in [*families, "ALL"]:
            def cell(w: str, family: str = family) -> str:
                k = sum(kept[f, w] for f in families) if family == "ALL" else kept[family, w]
                t = sum(totals[f, w] for f in families) if family == "ALL" else totals[family, w]
                return f"{k}/{t}" if t else "-"
            reasons = [sum(why[f, c] for f in families) if family == "ALL" else why[family, c] for c in CAUSES]
            print(f"   {family:<18}" + "".join(f"{cell(w):>12}" for w in POSITIONS) + "".join(f"{n:>9}" for n in reasons))
    return 0


if __name__ == "__main__":
    sys.exit(main())
