"""redac.clean vs bare trafilatura on real-shaped French HTML pages: article lines kept, noise removed,
time.

    .venv/bin/python bench/html_vs_trafilatura.py [-v]

Pages: tests/data/html_pages (our own text in markup modelled on French news sites, labels in
labels.json, rebuilt by dev/html_pages/build.py), plus third-party pages under
bench/html_pages/third_party/ when fetched (see bench/html_pages/README.md; labels by line hash).
For each page: how many of its labelled article lines each tool keeps and how many of its noise lines
it removes, side by side. Target: redac keeps every article line trafilatura's precision mode keeps and
removes at least the noise it removes; its time at most 1.3x bare trafilatura.extract(favor_precision).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import sys
import time
from pathlib import Path

import trafilatura

import redac

ROOT = Path(__file__).resolve().parents[1]
OWN = ROOT / "tests" / "data" / "html_pages"
THIRD_PARTY = ROOT / "bench" / "html_pages" / "third_party"
THIRD_PARTY_LABELS = ROOT / "bench" / "html_pages" / "labels.json"
LABEL_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "tr", "blockquote",
                "figcaption", "header", "footer", "section", "article", "aside", "nav", "ul", "ol", "dl", "form",
                "label", "br")
APOSTROPHES = str.maketrans({"’": "'", "\u00a0": " ", "\u202f": " "})


def norm(text: str) -> str:
    return " ".join(text.translate(APOSTROPHES).split())


def line_hash(text: str) -> str:
    return hashlib.sha256(norm(text).encode("utf-8")).hexdigest()[:16]


def trafilatura_lines(html: str) -> list[str]:
    return (trafilatura.extract(html, favor_precision=True) or "").split("\n")


def redac_lines(html: str) -> list[str]:
    try:
        result = redac.clean(html)
    except redac_errors():
        return []
    return [result.document.title or ""] + [block.text for block in result.document.blocks]


def redac_errors():
    from redac.errors import RedacError

    return RedacError


def kept(line: str, output: list[str]) -> bool:
    """A labelled line is kept when an output line is it, or holds it (tools may glue short lines)."""
    outputs = [norm(o) for o in output if o.strip()]
    target = norm(line)
    return any(o == target or (len(target.split()) >= 3 and target in o) for o in outputs)


def pages() -> list[tuple[str, str, dict]]:
    """(name, html, labels as line texts). A third-party page's labels are hashes (its text is not ours);
    the texts are read back from the fetched page, so that both tools are scored by one rule."""
    found = []
    labels = json.loads((OWN / "labels.json").read_text(encoding="utf-8"))
    for name, label in labels.items():
        found.append((name, (OWN / name).read_text(encoding="utf-8"), label))
    if THIRD_PARTY_LABELS.exists():
        for name, label in json.loads(THIRD_PARTY_LABELS.read_text(encoding="utf-8")).items():
            path = THIRD_PARTY / name
            if path.exists():
                html = path.read_text(encoding="utf-8", errors="replace")
                found.append((name, html, labelled_texts(html, label)))
    return found


def labelled_texts(html: str, label: dict) -> dict:
    texts = {line_hash(line): line for line in page_lines(html)}
    return {kind: [texts[digest] for digest in label[kind] if digest in texts] for kind in ("article", "noise")}


def page_lines(html: str) -> list[str]:
    """The page's visible text, one line per block element or <br> (html2txt glues a whole page into one
    line when its markup is old-fashioned); the unit a labeller reads."""
    import lxml.html

    root = lxml.html.document_fromstring(html)
    for element in root.iter("script", "style", "noscript", "template"):
        element.drop_tree()
    for element in root.iter(*LABEL_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    body = root.find("body")
    text = (body if body is not None else root).text_content()
    return [line for line in (norm(raw) for raw in text.split("\n")) if line]


def score(label: dict, output: list[str]) -> tuple[list[str], list[str]]:
    """(article lines kept, noise lines kept)."""
    return ([line for line in label["article"] if kept(line, output)],
            [line for line in label["noise"] if kept(line, output)])


def forget_seen_lines() -> None:
    """Empty redac's per-process caches of lines and words, so that a repeat of a page costs what its
    first reading did (a repeat is only there to find the least disturbed run): the lru caches, the rule
    table's verdicts and every word memo (french.text.WordMemo: folded words, a word's needles, story words,
    lemmas), found by type so that a memo added later is emptied too."""
    from redac.cleaning import rules, shape
    from redac.french import text

    for module, name in ((text, "fold"), (rules, "_line_of"), (shape, "is_prose")):
        if hasattr(cached := getattr(module, name, None), "cache_clear"):
            cached.cache_clear()
    getattr(rules.load_rules(), "verdicts", {}).clear()
    for memo in (found for found in gc.get_objects() if isinstance(found, text.WordMemo)):
        memo.clear()


def timed(functions: dict, items: list[str], repeats: int) -> dict[str, float]:
    """Per function, the sum over items of the best of `repeats` CPU times, the functions interleaved
    page by page (CPU time and interleaving: other processes on a shared machine weigh on all alike)."""
    best = {name: [float("inf")] * len(items) for name in functions}
    for _ in range(repeats):
        for index, item in enumerate(items):
            for name, function in functions.items():
                forget_seen_lines()
                began = time.process_time()
                function(item)
                best[name][index] = min(best[name][index], time.process_time() - began)
    return {name: sum(times) for name, times in best.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the lines each tool loses or keeps wrongly")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    rows, totals, worse = [], [0] * 6, []
    for name, html, label in pages():
        traf_article, traf_noise = score(label, trafilatura_lines(html))
        ours_article, ours_noise = score(label, redac_lines(html))
        n_article, n_noise = len(label["article"]), len(label["noise"])
        lost = [line for line in traf_article if line not in ours_article]
        extra_noise = [line for line in ours_noise if line not in traf_noise]
        if lost or extra_noise:
            worse.append(name)
        rows.append((name, n_article, len(traf_article), len(ours_article), n_noise, n_noise - len(traf_noise), n_noise - len(ours_noise)))
        for i, value in enumerate((n_article, len(traf_article), len(ours_article), n_noise, n_noise - len(traf_noise), n_noise - len(ours_noise))):
            totals[i] += value
        if args.verbose:
            for line in lost:
                print(f"  {name}: redac loses an article line trafilatura keeps: {line[:90]}")
            for line in [line for line in label["article"] if line not in ours_article and line not in lost]:
                print(f"  {name}: both lose: {line[:90]}")
            for line in extra_noise:
                print(f"  {name}: redac keeps noise trafilatura removes: {line[:90]}")
            for line in [line for line in ours_noise if line not in extra_noise]:
                print(f"  {name}: both keep noise: {line[:90]}")
    width = max(len(row[0]) for row in rows)
    print(f"{'page':{width}}  article lines kept (of)  noise lines removed (of)")
    print(f"{'':{width}}  {'trafilatura':>11} {'redac':>6} {'of':>4}   {'trafilatura':>11} {'redac':>6} {'of':>4}")
    for name, n_article, traf_a, ours_a, n_noise, traf_n, ours_n in rows:
        flag = "  <" if name in worse else ""
        print(f"{name:{width}}  {traf_a:>11} {ours_a:>6} {n_article:>4}   {traf_n:>11} {ours_n:>6} {n_noise:>4}{flag}")
    n_article, traf_a, ours_a, n_noise, traf_n, ours_n = totals
    print(f"{'total':{width}}  {traf_a:>11} {ours_a:>6} {n_article:>4}   {traf_n:>11} {ours_n:>6} {n_noise:>4}")
    print(f"article lines kept: trafilatura {traf_a / n_article:.1%}, redac {ours_a / n_article:.1%}; "
          f"noise removed: trafilatura {traf_n / n_noise:.1%}, redac {ours_n / n_noise:.1%}")
    print(f"pages where redac keeps fewer of trafilatura's article lines or more noise: {len(worse)} {worse if worse else ''}")
    htmls = [html for _, html, _ in pages()]
    times = timed({"bare": lambda html: trafilatura.extract(html, favor_precision=True),
                   "with_metadata": lambda html: trafilatura.extract(html, favor_precision=True, with_metadata=True),
                   "ours": redac_lines}, htmls, args.repeats)
    bare, with_metadata, ours = times["bare"], times["with_metadata"], times["ours"]
    print(f"time per page: trafilatura.extract(favor_precision) {bare / len(htmls) * 1000:.1f} ms, "
          f"with metadata {with_metadata / len(htmls) * 1000:.1f} ms, redac.clean {ours / len(htmls) * 1000:.1f} ms")
    print(f"ratio redac/bare trafilatura = {ours / bare:.2f}x (target <= 1.3x); redac/trafilatura with metadata = {ours / with_metadata:.2f}x")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
