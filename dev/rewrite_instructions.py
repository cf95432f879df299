"""Instructions per article through the offline rewrite (bench/rewrite.py's workload: `redac.rewrite`, extractive
engine, rendered to Markdown), counted by valgrind's cachegrind: a speed figure that the other processes of a
shared machine do not move.

    .venv/bin/python dev/rewrite_instructions.py                        # this checkout's src
    .venv/bin/python dev/rewrite_instructions.py --src /tmp/main/src    # another version (git archive main src)
    .venv/bin/python dev/rewrite_instructions.py --startup              # one fresh `redac rewrite` of the example

bench/rewrite.py's generated articles (`make_texts(WARM + MEASURED, Random(11))`): the first WARM load the
tables and warm the per-process caches, as the bench's first article does, then MEASURED are measured; the
run that measures none is subtracted. --startup counts what bench/startup.py times: a fresh process rewriting
examples/zelensky-balkans.txt, and `import redac.cli` and a bare interpreter as peers. The harness (fixed
PYTHONHASHSEED, one OpenBLAS thread) is dev/clean_instructions.py's.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from clean_instructions import arguments, count, per_item

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "zelensky-balkans.txt"
WARM, MEASURED = 4, 12


def rewrite_texts(measured: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from clean import make_texts

    import redac
    from redac.render.article import article_markdown

    for text in make_texts(WARM + MEASURED, random.Random(11))[: WARM + measured]:
        article_markdown(redac.rewrite(text).article)


def startup(src: str | None) -> None:
    """A fresh `redac rewrite` of the example, after one untimed run that builds the lemma cache (as bench/startup.py)."""
    with tempfile.TemporaryDirectory() as folder:
        rewrite = [sys.executable, "-m", "redac", "rewrite", str(EXAMPLE), "-o", str(Path(folder) / "article.md")]
        count(rewrite, src)
        runs = {"python -c pass": [sys.executable, "-c", "pass"], "import redac.cli": [sys.executable, "-c", "import redac.cli"],
                "redac rewrite example": rewrite}
        for name, command in runs.items():
            print(f"{name:24} {count(command, src) / 1e6:8.1f} M instructions")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--startup", action="store_true", help="count one fresh `redac rewrite` of the example instead")
    args = arguments("", parser)
    if args.startup:
        startup(args.src)
        return
    per_article = per_item(args, __file__, rewrite_texts, MEASURED)
    if per_article is not None:
        print(f"{per_article / 1e6:.1f} M instructions per article ({MEASURED} bench articles after {WARM} warm-up ones)")


if __name__ == "__main__":
    main()
