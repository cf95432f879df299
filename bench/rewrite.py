"""Benchmark the offline rewrite (issue: rewrite pipeline).

    python bench/rewrite.py [--docs 100] [--cpu]

Articles per second through `redac.rewrite` with the extractive engine, end to end (ingest, clean,
analyze, plan, write, check with the audit and faithfulness, repair) and rendered to Markdown, on one
core. Target >= 10 articles/s (issue 16: the quality work may cost speed down to that). Documents
are generated from the samples with varied noise and every line unique, and each timed pass gets
fresh documents, so no cache makes a repeat free. Peer in the same run: `redac.clean` alone on the
same documents, to show what the later stages cost.
"""

from __future__ import annotations

import argparse
import os
import random
import time

from clean import best_rate, make_texts

import redac
from redac.render.article import article_markdown

TARGET = 10  # articles/s on one core


def rewrite_to_markdown(text: str) -> str:
    return article_markdown(redac.rewrite(text).article)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--cpu", action="store_true", help="count CPU time, not wall time (a shared machine)")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    rng = random.Random(11)
    rewrite_to_markdown(make_texts(1, rng)[0])  # imports, models and tables load once, not per article
    ours, peer = [], []
    for _ in range(args.passes):
        texts = make_texts(args.docs, rng)
        peer.append(best_rate(redac.clean, texts, repeats=1, clock=clock))  # one pass: a repeat would hit warm caches
        ours.append(best_rate(rewrite_to_markdown, make_texts(args.docs, rng), repeats=1, clock=clock))
    best, best_peer = max(ours), max(peer)
    print(f"rewrite: {args.docs} fresh articles per pass, best of {args.passes} passes, one core")
    print(f"        redac.rewrite -> md   {best:7.1f} articles/s   (target >= {TARGET}: {'ok' if best >= TARGET else 'MISSED'})")
    print(f"        redac.clean peer      {best_peer:7.1f} texts/s      ratio rewrite/clean time = {best_peer / best:.1f}x")


if __name__ == "__main__":
    main()
