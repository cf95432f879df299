"""Benchmark publishing to WordPress (issue: WordPress publishing).

    python bench/publish.py [--copies 4] [--docs 20]

Starts the tests' throwaway WordPress (Debian's packages, 127.0.0.1; tests/publish/wordpress.py)
with redac's must-use plugin. The WordPress start-up is not counted.

1. Rewrites the five samples (--copies times each, every copy its own slug, so its own post) and
   publishes every article in-process: first as new posts, then again (updates of the same posts).
   Prints the seconds per article, the per-run preparation (REST index, user, terms) included, and,
   as the peer measured in the same run, the ratio to the time `redac.rewrite` took per article.
2. `redac batch` over --docs generated documents (bench/clean.py's, -j 1), without and with
   --publish: the seconds publishing adds per article to the batch (target <= 0.3 s). The batch
   sends articles from a background thread while it writes the next ones.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clean import make_texts  # noqa: E402

import redac  # noqa: E402
from redac.batch.runner import BatchOptions, run_batch  # noqa: E402
from redac.publish import plugin_path  # noqa: E402
from redac.publish.article import read_article  # noqa: E402
from redac.publish.client import WordPressClient  # noqa: E402
from redac.publish.publisher import Publisher, PublishOptions  # noqa: E402
from redac.publish.settings import WordPressSettings  # noqa: E402
from redac.render.article import article_markdown  # noqa: E402
from tests.publish.wordpress import LocalWordPress, missing_packages  # noqa: E402

SAMPLES = ROOT / "tests" / "data" / "samples"


def rewrite_all(folder: Path, copies: int) -> tuple[list, float]:
    """Article drafts (each copy with its own slug) and the seconds redac.rewrite took per article."""
    drafts, seconds = [], []
    for path in sorted(SAMPLES.glob("*.txt")):
        for copy in range(copies):
            start = time.perf_counter()
            result = redac.rewrite(path.read_text(encoding="utf-8"))
            seconds.append(time.perf_counter() - start)
            article = result.article
            article = replace(article, slug=f"{article.slug}-{copy}")
            target = folder / f"{path.stem[:3]}-{copy}.md"
            target.write_text(article_markdown(article), encoding="utf-8")
            drafts.append(read_article(target))
    return drafts, statistics.mean(seconds)


def publish_pass(site: LocalWordPress, drafts: list) -> float:
    """Seconds per article for one run publishing every draft, preparation included."""
    settings = WordPressSettings(site.url, site.admin.user, site.admin.password)
    client = WordPressClient(settings)
    try:
        start = time.perf_counter()
        publisher = Publisher(client, PublishOptions(categories=["Monde"], tags=["Ukraine"]))
        publisher.prepare()
        for draft in drafts:
            publisher.publish(draft)
        return (time.perf_counter() - start) / len(drafts)
    finally:
        client.close()


def batch_added(site: LocalWordPress, folder: Path, docs: int) -> tuple[float, float]:
    """(seconds per article of the batch without publishing, seconds publishing adds per article)."""
    texts = make_texts(docs, random.Random(7))
    inputs = folder / "inputs"
    inputs.mkdir(parents=True)
    for number, text in enumerate(texts):
        (inputs / f"{number:04}.txt").write_text(text, encoding="utf-8")
    timings = []
    for run, publish in enumerate((False, True)):
        client = WordPressClient(WordPressSettings(site.url, site.admin.user, site.admin.password)) if publish else None
        start = time.perf_counter()
        tally = run_batch([str(inputs)], BatchOptions(folder / f"out{run}", keep_duplicates=True),
                          publisher=Publisher(client, PublishOptions()) if client else None)
        timings.append(time.perf_counter() - start)
        assert tally.done == docs and (not publish or tally.publishing.published == docs), tally.line()
        if client:
            client.close()
    return timings[0] / docs, (timings[1] - timings[0]) / docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--docs", type=int, default=20)
    args = parser.parse_args()
    if missing_packages():
        sys.exit(f"needs Debian's {', '.join(missing_packages())} (apt-get install wordpress mariadb-server php-cli php-mysql php-xml)")
    site = LocalWordPress()
    try:
        started = time.perf_counter()
        site.start()
        site.install_plugin(plugin_path())
        print(f"WordPress started in {time.perf_counter() - started:.1f} s (not counted)")
        drafts, rewrite = rewrite_all(site.root, args.copies)
        create = publish_pass(site, drafts)
        update = publish_pass(site, drafts)
        batch, added = batch_added(site, site.root / "batch", args.docs)
    finally:
        site.stop()
    print(f"{len(drafts)} articles; redac.rewrite: {rewrite:.3f} s per article")
    for label, seconds in (("new posts", create), ("updates", update)):
        print(f"publish in-process ({label}): {seconds:.3f} s per article ({seconds / rewrite:.2f}x the rewrite)")
    verdict = "ok" if added <= 0.3 else "OVER TARGET"
    print(f"redac batch, {args.docs} documents: {batch:.3f} s per article; --publish adds {added:.3f} s per article "
          f"({added / batch:.2f}x) — target <= 0.3 s: {verdict}")


if __name__ == "__main__":
    main()
