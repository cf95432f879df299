"""Benchmark how the offline rewrite's cost grows with the source (issue 16: cost linear in the source).

    python bench/scaling.py [--small 200] [--large 2000]

Synthetic long French sources built from the samples' sentences, each with its numbers and names
varied (so no sentence repeats and no cache makes a repeat free), in paragraphs of two to four
sentences. Prints the time of `redac.rewrite` (extractive engine, the source-length limit lifted)
on a --small and a --large source and their ratio: with a linear cost it is about large / small;
the target is <= 15x for 2,000 against 200 sentences. The peer is the small source, in the same run.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
from pathlib import Path

import redac
from redac.limits import Limits
from redac.french.sentences import split_sentences

SAMPLES = sorted((Path(__file__).parents[1] / "tests" / "data" / "samples").glob("*.txt"))
FIRST_NAMES = ["Anne", "Karim", "Olena", "Marco", "Inès", "Piotr", "Sofia", "Yann", "Leïla", "Dmytro", "Claire", "Tomás"]
LAST_NAMES = ["Moreau", "Haddad", "Kovalenko", "Rossi", "Garnier", "Nowak", "Ferreira", "Le Gall", "Benali", "Shevchenko"]
NAME_RE = re.compile(r"(?<=[a-zà-ÿ,] )[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?")
NUMBER_RE = re.compile(r"\d+")


def source_sentences() -> list[str]:
    sentences = []
    for path in SAMPLES:
        for block in redac.clean(path).document.blocks:
            if block.kind != "heading":
                sentences.extend(s for s in split_sentences(block.text) if len(s.split()) >= 6)
    return sentences


def varied(sentence: str, rng: random.Random) -> str:
    """The sentence with other numbers and other names: same shape, different facts."""
    sentence = NUMBER_RE.sub(lambda m: str(rng.randint(2, 9999)), sentence)
    return NAME_RE.sub(lambda m: f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", sentence)


def make_source(sentences: int, rng: random.Random, pool: list[str]) -> str:
    lines, written = ["Ce que l'on sait de la crise européenne", ""], 0
    while written < sentences:
        size = min(rng.randint(2, 4), sentences - written)
        lines += [" ".join(varied(rng.choice(pool), rng) for _ in range(size)), ""]
        written += size
    return "\n".join(lines)


def rewrite_seconds(text: str) -> float:
    start = time.perf_counter()
    redac.rewrite(text, limits=Limits(max_source_words=0))  # no limit: measure the cost itself
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--large", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    rng = random.Random(16)
    pool = source_sentences()
    rewrite_seconds(make_source(20, rng, pool))  # imports and tables load once, not in the timings
    small = min(rewrite_seconds(make_source(args.small, rng, pool)) for _ in range(args.repeats))
    large = min(rewrite_seconds(make_source(args.large, rng, pool)) for _ in range(args.repeats))
    ratio = large / small
    print(f"scaling: redac.rewrite on synthetic French sources, best of {args.repeats}, one core")
    print(f"  {args.small:5} sentences  {small:7.2f} s")
    print(f"  {args.large:5} sentences  {large:7.2f} s")
    linear = args.large / args.small
    print(f"  ratio {ratio:.1f}x for {linear:.0f}x the sentences (target <= {1.5 * linear:.0f}x: {'ok' if ratio <= 1.5 * linear else 'MISSED'})")


if __name__ == "__main__":
    main()
