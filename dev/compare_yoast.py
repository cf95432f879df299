"""Compare redac's audit with Yoast's own French analysis (yoastseo 3.x) on a corpus of articles.

Dev-only. Needs Node.js and `npm install` in dev/yoast (yoastseo is GPL and never shipped).
Usage: python dev/compare_yoast.py [dev/yoast_corpus] [--exact-forms] [--verbose] [--save]
`--save` refreshes dev/yoast_ratings.json, Yoast's ratings that tests/seo/test_yoast_parity.py holds
redac to without Node (ids, scores and ratings only: Yoast's messages stay out of the repository).

For each Markdown article (front matter: title, meta_description, slug, keyphrase) both analyzers
see the same HTML body (the leading H1 is the post title, not body text, as in WordPress) and the
same SEO-title width. Prints, per assessment, how often the ratings agree, then Flesch and SEO
score differences, and the overall share of agreeing (text, assessment) pairs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from redac.seo.audit import audit_page  # noqa: E402
from redac.seo.page import page_from_markdown  # noqa: E402
from redac.seo.serp import title_width_px  # noqa: E402


def body_html(markdown_text: str) -> str:
    """The article body as WordPress would hold it: Markdown rendered, front matter and leading H1 removed."""
    from markdown_it import MarkdownIt

    from redac.markup import FRONT_MATTER_RE

    body = FRONT_MATTER_RE.sub("", markdown_text, count=1)
    html = MarkdownIt("commonmark").enable("table").render(body)
    if html.lstrip().startswith("<h1>"):
        html = html[html.index("</h1>") + 5 :]
    # WordPress stores quotes literally; yoastseo would count the entity's letters as a word.
    return html.replace("&quot;", '"')


def run_yoast(items: list[dict], repeat: int = 1) -> tuple[list[dict], dict]:
    env = {"YOAST_REPEAT": str(repeat), "PATH": "/usr/bin:/usr/local/bin:/bin"}
    process = subprocess.run(
        ["node", str(HERE / "yoast" / "analyze.js")],
        input="\n".join(json.dumps(item, ensure_ascii=False) for item in items),
        capture_output=True, text=True, cwd=HERE / "yoast", env=env, check=True,
    )
    results = [json.loads(line) for line in process.stdout.splitlines() if line.strip()]
    timing = json.loads(process.stderr.strip().splitlines()[-1])
    return results, timing


def yoast_item(path: Path) -> tuple[dict, object]:
    text = path.read_text(encoding="utf-8")
    page = page_from_markdown(text, label=str(path))
    item = {
        "id": path.name,
        "html": body_html(text),
        "keyphrase": page.keyphrase,
        "title": page.title,
        "title_width": title_width_px(page.title) if page.title else 0,
        "description": page.description,
        "slug": page.slug,
        "permalink": page.url,
    }
    return item, page


RATINGS = HERE / "yoast_ratings.json"  # Yoast's ratings of dev/yoast_corpus, for the Node-free test


def stored(result: dict) -> dict:
    """What the regression gate keeps of Yoast's answer: ids, scores, ratings and numbers (never Yoast's messages)."""
    keep = ("seo_score", "readability_score", "flesch", "words")
    return {
        "id": result["id"],
        **{key: result.get(key) for key in keep},
        **{group: [{"id": r["id"], "score": r["score"], "rating": r["rating"]} for r in result[group]] for group in ("seo", "readability")},
    }


def agreement(pages: list, yoast: list[dict], *, exact_forms: bool = False) -> dict[str, list[int]]:
    """(same, total) ratings per Yoast assessment id over the corpus; `pages` in the order of `yoast`."""
    agree: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for page, theirs in zip(pages, yoast, strict=True):
        ours = {r.id: r for r in audit_page(page, word_forms=not exact_forms).results}
        for their in theirs["seo"] + theirs["readability"]:
            mine = ours.get(their["id"])
            their_rating = their["rating"] if their["rating"] != "feedback" else "info"
            agree[their["id"]][0] += mine is not None and mine.rating == their_rating
            agree[their["id"]][1] += 1
    return agree


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(HERE / "yoast_corpus"))
    parser.add_argument("--exact-forms", action="store_true", help="match keyphrases by exact words, as Yoast Free")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--save", action="store_true", help=f"store Yoast's ratings in {RATINGS.name} (the test's reference)")
    args = parser.parse_args()
    paths = sorted(Path(args.corpus).glob("*.md"))
    prepared = [yoast_item(path) for path in paths]
    yoast, _ = run_yoast([item for item, _ in prepared])
    if args.save:
        lines = ",\n".join(json.dumps(stored(result), ensure_ascii=False) for result in yoast)  # one article per line
        RATINGS.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    flesch_diffs, seo_diffs, readability_same = [], [], 0
    for (item, page), theirs in zip(prepared, yoast, strict=True):
        ours = audit_page(page, word_forms=not args.exact_forms)
        if args.verbose:
            our_results = {r.id: r for r in ours.results}
            for their in theirs["seo"] + theirs["readability"]:
                mine = our_results.get(their["id"])
                their_rating = their["rating"] if their["rating"] != "feedback" else "info"
                if mine is None or mine.rating != their_rating:
                    print(f"  {item['id']}: {their['id']}: yoast {their['score']} ({their_rating}) vs redac "
                          f"{mine.score if mine else '-'} ({mine.rating if mine else 'absent'}): {mine.message if mine else ''}")
        their_seo = max(0, min(100, theirs["seo_score"]))
        seo_diffs.append(ours.seo_score - their_seo)
        readability_same += ours.readability_score == theirs["readability_score"]
        if theirs.get("flesch", -1) not in (-1, None) and ours.flesch is not None:
            flesch_diffs.append(round(ours.flesch - theirs["flesch"], 1))
        print(f"{item['id']:<40} words {ours.words:>5}/{theirs.get('words', 0):<5} flesch {ours.flesch!s:>6}/{theirs.get('flesch')!s:<6} "
              f"seo {ours.seo_score:>3}/{their_seo:<3} readability {ours.readability_score:>2}/{theirs['readability_score']}")
    agree = agreement([page for _, page in prepared], yoast, exact_forms=args.exact_forms)
    print("\nagreement per assessment:")
    for id_, (same, total) in sorted(agree.items()):
        print(f"  {id_:<26} {same:>3}/{total:<3} {100 * same / total:5.1f} %")
    same = sum(v[0] for v in agree.values())
    total = sum(v[1] for v in agree.values())
    print(f"\ntexts: {len(paths)}  pairs: {total}  same rating: {same} ({100 * same / total:.1f} %)")
    print(f"Flesch |diff| max {max(map(abs, flesch_diffs), default=0):.1f}, within ±2: {sum(abs(d) <= 2 for d in flesch_diffs)}/{len(flesch_diffs)}")
    print(f"SEO score |diff| max {max(map(abs, seo_diffs), default=0)}, within ±5: {sum(abs(d) <= 5 for d in seo_diffs)}/{len(seo_diffs)}")
    print(f"readability score equal: {readability_same}/{len(paths)}")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
