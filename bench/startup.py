"""Benchmark what one `redac` command costs a fresh process (issue 16: speed).

    python bench/startup.py [--runs 7]

An editor runs `redac rewrite article.txt` once per article: the import and data loading of a fresh
process is most of its cost. Timed, each in a fresh process, best of --runs (wall and CPU time of the
child): `redac --help` (target <= 0.5 s) and `redac rewrite examples/zelensky-balkans.txt` (target
<= 0.8 s), against peers measured in the same run: a bare `python -c pass` and `import redac`. The
first rewrite is run once untimed, so redac's data cache (see redac/french/lemmas.py) is built.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
EXAMPLE = ROOT / "examples" / "zelensky-balkans.txt"
TARGETS = {"redac --help": 0.5, "redac rewrite example": 0.8}


def timed(command: list[str], runs: int) -> tuple[float, float]:
    """Best wall time and best CPU time (user + system of the child) over `runs` fresh processes."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    redac = str(BIN / "redac")
    subprocess.run([redac, "rewrite", str(EXAMPLE)], cwd=ROOT, capture_output=True, check=True)  # builds caches
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import redac'": [sys.executable, "-c", "import redac"],
        "redac --help": [redac, "--help"],
        "redac rewrite example": [redac, "rewrite", str(EXAMPLE)],
    }
    results = {name: timed(command, args.runs) for name, command in commands.items()}
    peer_wall, peer_cpu = results["python -c pass"]
    print(f"startup: fresh processes, best of {args.runs} runs; ratio = wall time / `python -c pass` wall time")
    for name, (wall, cpu) in results.items():
        target = TARGETS.get(name)
        verdict = f"  (target <= {target} s: {'ok' if wall <= target else 'MISSED'})" if target else ""
        print(f"  {name:28} wall {wall:6.3f} s  cpu {cpu:6.3f} s  ratio {wall / peer_wall:6.1f}x{verdict}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  (load average {load:.1f} on {os.cpu_count()} cores: wall times grow with it, ratios less so)")


if __name__ == "__main__":
    main()
