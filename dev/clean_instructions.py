"""Instructions per seed-sized text through `redac.clean`, counted by valgrind's cachegrind: a speed
figure that the other processes of a shared machine do not move.

    .venv/bin/python dev/clean_instructions.py                        # this checkout's src
    .venv/bin/python dev/clean_instructions.py --src /tmp/main/src    # another version (git archive main src)

bench/clean.py's texts (`make_texts(140, Random(11))`): 100 warm up the per-process caches, as a
bench pass would, then 40 are measured; the run that measures none is subtracted (start-up, imports,
warm-up). PYTHONHASHSEED is fixed, and OpenBLAS (imported with trafilatura by bench/clean.py) gets
one thread: under valgrind its idle threads' polling would be counted.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WARM, MEASURED = 100, 40


def clean_texts(measured: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from clean import make_texts

    import redac

    texts = make_texts(WARM + MEASURED, random.Random(11))
    for text in texts[: WARM + measured]:
        redac.clean(text)


def count(command: list[str], src: str | None) -> int:
    """Instructions of one process running `command` under cachegrind. The command runs once before,
    outside valgrind, to write the bytecode of every module it imports: a source changed since the last
    run would otherwise be compiled inside the first measured process only (after an edit, the figure
    rose by millions of instructions per text)."""
    env = dict(os.environ, PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached as in any install: a fresh process reads it
    if src:
        env["PYTHONPATH"] = src
    subprocess.run(command, env=env, capture_output=True, check=True)
    valgrind = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    out = subprocess.run(valgrind + command, env=env, capture_output=True, text=True, check=True).stderr
    return int(re.search(r"I\s+refs:\s+([\d,]+)", out).group(1).replace(",", ""))  # type: ignore[union-attr]


def arguments(description: str, parser: argparse.ArgumentParser | None = None) -> argparse.Namespace:
    """The options every instruction count takes: --src, and --run N (inside valgrind: run the workload on N)."""
    parser = parser or argparse.ArgumentParser(description=description)
    parser.add_argument("--src", help="PYTHONPATH of the redac to measure (default: this checkout's)")
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)
    return parser.parse_args()


def per_item(args: argparse.Namespace, script: str, workload, measured: int) -> float | None:
    """With --run N (inside valgrind), runs `workload(N)` and returns None; else the instructions per measured
    item: `script --run measured` less `script --run 0` (start-up, imports, warm-up)."""
    if args.run is not None:
        workload(args.run)
        return None
    runs = [count([sys.executable, script, "--run", str(items)], args.src) for items in (measured, 0)]
    return (runs[0] - runs[1]) / measured


def main() -> None:
    per_text = per_item(arguments(__doc__.split("\n")[0]), __file__, clean_texts, MEASURED)
    if per_text is not None:
        print(f"{per_text / 1e6:.2f} M instructions per text ({MEASURED} bench texts after {WARM} warm-up ones)")


if __name__ == "__main__":
    main()
