"""Benchmark the clean stage (issue: foundation).

    python bench/clean.py [--docs 1000]

1. Text: seed-sized scraped texts per second through `redac.clean` (ingest + decode + clean), on one
   core. Documents are generated from tests/data/samples with varied noise and every article line made
   unique, and each of the three timed passes has texts of its own, so no cache makes repeats free
   (site furniture and other short lines repeat, as they do between a site's pages). Target >= 1,000
   texts/s. Peer in the same run: ftfy.fix_text
   alone on the same texts (what a minimal "clean" script would do).
2. HTML: pages built from the samples (navigation, ads, footer around the article); redac's whole HTML
   path vs bare trafilatura.extract with the same precision settings. Target ratio <= 1.3.
3. First call: CPU time of the first `redac.clean` in a fresh process (imports, rule table), which every
   `redac rewrite` pays once; printed beside `import redac` alone.

Rates count CPU time (time.process_time) by default: the machine is often shared, and wall time then
measures the other processes. `--wall` counts wall time instead (on an idle machine).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from html import escape
from pathlib import Path

import ftfy
import trafilatura

import redac

SAMPLES = sorted((Path(__file__).parents[1] / "tests" / "data" / "samples").glob("*.txt"))
NOISE = [
    "Publicité", "Lire aussi : Le Kremlin répond aux accusations de Kiev", "Partager sur Facebook",
    "Abonnez-vous pour lire la suite", "Il y a 3 heures", "1 234 vues", "Photo : AFP", "Accueil > Monde > Europe",
    "Newsletter : recevez chaque matin l'essentiel", "Temps de lecture : 4 min", "© AFP",
]


def make_texts(count: int, rng: random.Random) -> list[str]:
    texts = []
    sources = [path.read_text(encoding="utf-8").split("\n") for path in SAMPLES]
    for number in range(count):
        lines = []
        for index, line in enumerate(rng.choice(sources)):
            if len(line.split()) > 8:
                line = f"{line} #{number}"  # every line unique (no cache helps), one word longer at most
            lines.append(line)
            if rng.random() < 0.15:
                lines.append(rng.choice(NOISE))
        texts.append("\n".join(lines))
    return texts


def make_pages(count: int, rng: random.Random) -> list[str]:
    pages = []
    for text in make_texts(count, rng):
        lines = [line for line in text.split("\n") if line.strip()]
        body = "".join(f"<p>{escape(line)}</p>" for line in lines[1:])
        pages.append(
            f"<!DOCTYPE html><html lang='fr'><head><title>{escape(lines[0])}</title>"
            "<meta name='author' content='Jean Dupont'></head><body>"
            "<nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav><div class='ad'>Publicité</div>"
            f"<article><h1>{escape(lines[0])}</h1>{body}</article>"
            "<aside><h3>Les plus lus</h3><ul><li><a href='/a'>Un autre article</a></li></ul></aside>"
            "<footer>Abonnez-vous à notre newsletter. Mentions légales.</footer></body></html>"
        )
    return pages


def best_rate(function, items: list, repeats: int = 3, clock=time.perf_counter) -> float:
    """Items per second, best of `repeats` passes (the least disturbed by the rest of the machine);
    `clock=time.process_time` counts CPU time only, for a machine shared with other work."""
    rates = []
    for _ in range(repeats):
        start = clock()
        for item in items:
            function(item)
        rates.append(len(items) / (clock() - start))
    return max(rates)


def best_fresh_rate(function, items: list, passes: int = 3, clock=time.perf_counter) -> float:
    """`best_rate` over `passes` parts of `items`, one pass each: a pass never meets items that an
    earlier pass left in a cache."""
    size = len(items) // passes
    return max(best_rate(function, items[i * size:(i + 1) * size], repeats=1, clock=clock) for i in range(passes))


FIRST_CALL = """
import time
began = time.process_time()
import redac
imported = time.process_time()
redac.clean(open({path!r}, encoding="utf-8").read())
print(imported - began, time.process_time() - imported)
"""


def first_call(path: Path, runs: int = 5) -> tuple[float, float]:
    """(import redac, first redac.clean) CPU seconds in a fresh process, best of `runs`."""
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", FIRST_CALL.format(path=str(path))], capture_output=True, text=True, check=True)
        times.append(tuple(float(x) for x in out.stdout.split()))
    return min(t[0] for t in times), min(t[1] for t in times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--wall", action="store_true", help="count wall time, not CPU time (idle machine only)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    clock = time.perf_counter if args.wall else time.process_time
    rng = random.Random(7)
    print(f"clock : {'wall' if args.wall else 'CPU'} time; load average {os.getloadavg()[0]:.1f}")

    imported, first = first_call(SAMPLES[0])
    print(f"first : import redac {imported:.3f} s, then the first redac.clean {first:.3f} s (CPU, fresh process)")

    texts = make_texts(args.docs * 3 + 1, rng)  # three passes of texts never seen before
    redac.clean(texts.pop())  # imports and rule compilation are start-up, not per-document cost
    ours = best_fresh_rate(redac.clean, texts, clock=clock)
    peer = best_fresh_rate(ftfy.fix_text, texts, clock=clock)
    words = statistics.mean(len(t.split()) for t in texts)
    print(f"text  : {args.docs} texts of ~{words:.0f} words")
    print(f"        redac.clean        {ours:8.0f} texts/s   (target >= 1000: {'ok' if ours >= 1000 else 'MISSED'})")
    print(f"        ftfy.fix_text peer {peer:8.0f} texts/s   ratio redac/peer time = {peer / ours:.2f}x")

    pages = make_pages(args.pages * 3 + 1, rng)
    settings = dict(favor_precision=True, include_formatting=True, include_comments=False, include_tables=False)
    redac.clean(pages.pop())
    html_ours = best_fresh_rate(redac.clean, pages, clock=clock)
    html_peer = best_fresh_rate(lambda page: trafilatura.extract(page, with_metadata=True, **settings), pages, clock=clock)
    ratio = html_peer / html_ours
    print(f"html  : {args.pages} pages")
    print(f"        redac.clean        {html_ours:8.1f} pages/s")
    print(f"        trafilatura peer   {html_peer:8.1f} pages/s   ratio redac/peer time = {ratio:.2f}x "
          f"(target <= 1.3: {'ok' if ratio <= 1.3 else 'MISSED'})")


if __name__ == "__main__":
    main()
