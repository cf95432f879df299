"""Benchmark the related-article links (issue: credit, links and images).

    python bench/links.py [--sizes 1000 10000] [--queries 50]

Builds the archive index for each size (the test archive's related and topic-only articles, then
generated local news, all our own text) and prints:
- index build time per archive entry for each size, and the ratio between sizes (linear: the time
  per entry stays about the same);
- linking time per article against the largest archive (target <= 20 ms), next to the peer measured
  in the same run: the offline rewrite of the same article without an archive, so the ratio says
  what linking adds.
On one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import redac  # noqa: E402
from redac.attach.archive import ArchiveEntry  # noqa: E402
from redac.attach.related import RelatedIndex  # noqa: E402
from tests.attach.archive_data import build_archive  # noqa: E402

SAMPLES = ROOT / "tests" / "data" / "samples"


def entries(size: int) -> list[ArchiveEntry]:
    return [ArchiveEntry(e["url"], e["title"], e["content"]) for e in build_archive(size)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--queries", type=int, default=50)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    RelatedIndex(entries(50))  # lemma tables and regexes load once, outside the timings
    per_entry, index = {}, None
    for size in args.sizes:
        archive = entries(size)
        start = time.perf_counter()
        index = RelatedIndex(archive)
        per_entry[size] = (time.perf_counter() - start) / size
        print(f"index of {size:6} articles: {per_entry[size] * size:6.2f} s ({per_entry[size] * 1e3:.3f} ms per article)")
    first, last = args.sizes[0], args.sizes[-1]
    print(f"build time per article, {last} vs {first}: {per_entry[last] / per_entry[first]:.2f}x (1.0 = linear)")

    results = [redac.rewrite(path) for path in sorted(SAMPLES.iterdir())]
    queries = [(r.article.title, [b.text for b in r.article.blocks if b.kind != "heading"]) for r in results]
    queries = (queries * (args.queries // len(queries) + 1))[: args.queries]
    start = time.perf_counter()
    for title, texts in queries:
        index.related(title, texts)
    linking = (time.perf_counter() - start) / len(queries)
    start = time.perf_counter()
    for path in sorted(SAMPLES.iterdir()):
        redac.rewrite(path)
    rewrite = (time.perf_counter() - start) / len(results)
    print(f"linking against {last} articles: {linking * 1e3:.1f} ms per article (target <= 20 ms); "
          f"offline rewrite: {rewrite * 1e3:.0f} ms per article; linking adds {linking / rewrite:.2f}x a rewrite")


if __name__ == "__main__":
    main()
