"""Audit speed: articles per second, and the ratio to Yoast's own analyzer (yoastseo) in one Node process.

Both analyze the same articles (dev/yoast_corpus, 23 French articles of 40-870 words), each repeated
REPEAT times, in one process after a warm-up; the ratio is per article. Yoast needs Node.js and
`npm install` in dev/yoast; without them the Yoast side is skipped with a message.
Run: python bench/audit.py [REPEAT]      Target: redac ≥ 5× faster than yoastseo per article.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "dev")]

from redac.seo.audit import audit_page  # noqa: E402
from redac.seo.page import page_from_markdown  # noqa: E402


def redac_rate(texts: list[str], repeat: int) -> float:
    for text in texts:  # warm-up: models and word lists load once per process
        audit_page(page_from_markdown(text))
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            audit_page(page_from_markdown(text))
    return repeat * len(texts) / (time.perf_counter() - start)


def yoast_rate(paths: list[Path], repeat: int) -> float | None:
    if not shutil.which("node") or not (ROOT / "dev/yoast/node_modules/yoastseo").is_dir():
        print("yoastseo: skipped (needs Node.js and `npm install` in dev/yoast)")
        return None
    from compare_yoast import run_yoast, yoast_item

    items = [yoast_item(path)[0] for path in paths]
    run_yoast(items, repeat=1)  # warm-up run (JIT, caches) is its own process; time the repeated one
    _, timing = run_yoast(items, repeat=repeat)
    return timing["articles"] / timing["seconds"]


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    paths = sorted((ROOT / "dev/yoast_corpus").glob("*.md"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    ours = redac_rate(texts, repeat)
    print(f"redac audit: {ours:,.0f} articles/s ({len(texts)} articles × {repeat}, one core)")
    theirs = yoast_rate(paths, repeat)
    if theirs:
        print(f"yoastseo:    {theirs:,.0f} articles/s (same articles, one Node process)")
        print(f"ratio: redac is {ours / theirs:.1f}× yoastseo per article (target ≥ 5×)")


if __name__ == "__main__":
    main()
