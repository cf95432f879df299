"""Does `redac audit` give Yoast's readability score? The parity table, tuned set and held-out set.

Dev-only (needs `(cd dev/yoast && npm install)`: yoastseo is GPL and never shipped).
Usage: python dev/yoast_readability.py [--verbose]

Tuned set (what the transition-word list and the assessments were adjusted on): dev/yoast_corpus/.
Held-out set (measured, never tuned on): hand-written articles in dev/yoast_heldout_handwritten/ and
redac's own offline rewrites of the five samples (tests/data/samples), made at run time. For each
article both analyzers read the same HTML body; the table gives, per set, how many articles get the
same overall readability score (90/60/30), and how many (article, assessment) pairs get the same
rating: readability assessments alone, then every assessment (SEO included).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from compare_yoast import run_yoast, yoast_item  # noqa: E402

import redac  # noqa: E402
from redac.render.article import article_markdown  # noqa: E402
from redac.seo.audit import audit_page  # noqa: E402

SAMPLES = HERE.parent / "tests" / "data" / "samples"


def compare(paths: list[Path], verbose: bool) -> dict:
    prepared = [yoast_item(path) for path in paths]
    theirs_all, _ = run_yoast([item for item, _ in prepared])
    table = {"articles": len(paths), "overall_same": 0, "read_pairs": [0, 0], "all_pairs": [0, 0], "by_id": defaultdict(lambda: [0, 0])}
    for (item, page), theirs in zip(prepared, theirs_all):
        ours = audit_page(page)
        mine = {result.id: result for result in ours.results}
        same_overall = ours.readability_score == theirs["readability_score"]
        table["overall_same"] += same_overall
        if verbose and not same_overall:
            print(f"  {item['id']}: readability redac {ours.readability_score} / Yoast {theirs['readability_score']}")
        for group, results in (("read", theirs["readability"]), ("seo", theirs["seo"])):
            for their in results:
                rating = their["rating"] if their["rating"] != "feedback" else "info"
                result = mine.get(their["id"])
                same = result is not None and result.rating == rating
                for key in (["read_pairs", "all_pairs"] if group == "read" else ["all_pairs"]):
                    table[key][0] += same
                    table[key][1] += 1
                table["by_id"][their["id"]][0] += same
                table["by_id"][their["id"]][1] += 1
                if verbose and not same:
                    print(f"  {item['id']}: {their['id']}: Yoast {rating} vs redac {result.rating if result else 'absent'}"
                          f" ({result.message if result else ''})")
    return table


def share(pair: list[int]) -> str:
    return f"{pair[0]}/{pair[1]} ({100 * pair[0] / max(1, pair[1]):.1f} %)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rewrites = []
        for path in sorted(SAMPLES.glob("*.txt")):
            written = Path(folder) / f"rewrite-{path.stem[:3]}.md"
            written.write_text(article_markdown(redac.rewrite(path).article), encoding="utf-8")
            rewrites.append(written)
        sets = {
            "tuned (dev/yoast_corpus)": sorted((HERE / "yoast_corpus").glob("*.md")),
            "held-out (own texts + rewrites)": sorted((HERE / "yoast_heldout_handwritten").glob("*.md")) + rewrites,
        }
        tables = {}
        for name, paths in sets.items():
            if args.verbose:
                print(name)
            tables[name] = compare(paths, args.verbose)
    print(f"{'set':34} {'articles':>8}  {'same overall readability':>25}  {'readability pairs':>20}  {'all pairs':>20}")
    for name, table in tables.items():
        print(f"{name:34} {table['articles']:8}  {share([table['overall_same'], table['articles']]):>25}  "
              f"{share(table['read_pairs']):>20}  {share(table['all_pairs']):>20}")
    print("\nper assessment (both sets):")
    merged: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for table in tables.values():
        for id_, (same, total) in table["by_id"].items():
            merged[id_][0] += same
            merged[id_][1] += total
    for id_, pair in sorted(merged.items()):
        print(f"  {id_:26} {share(pair)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
