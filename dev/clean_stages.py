"""Where `redac.clean` spends its instructions: cumulative instructions per bench text after each stage
(text read into blocks, lines prepared, noise rules, editor's-instruction test, shape measured, line model
judged, whole clean), counted by valgrind's cachegrind.

    .venv/bin/python dev/clean_stages.py                        # this checkout's src
    .venv/bin/python dev/clean_stages.py --src /tmp/main/src    # another version

dev/clean_instructions.py's texts and harness (its `count`), one pair of runs per stage. The garbage
collector is off in the counted processes: a full collection walks every cached line, and whether one
falls among the measured texts or before them moved a stage's figure by 0.5 M instructions per text
between two versions whose code for that stage was the same.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
from pathlib import Path

from clean_instructions import MEASURED, WARM, arguments, count

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("read", "lines", "rules", "intents", "shape", "judge", "clean")


def run_stages(last: str, measured: int) -> None:
    """The clean stage's steps up to `last`, on WARM + `measured` bench texts."""
    sys.path.insert(0, str(ROOT / "bench"))
    from clean import make_texts

    import redac
    from redac.cleaning.brief import instruction_intents
    from redac.cleaning.model import load_model
    from redac.cleaning.rules import Line, load_rules
    from redac.cleaning.shape import measure_shape
    from redac.ingest import read

    gc.disable()
    rules, model, upto = load_rules(), load_model(), STAGES.index(last)
    for text in make_texts(WARM + MEASURED, random.Random(11))[: WARM + measured]:
        if last == "clean":
            redac.clean(text)
            continue
        blocks = read(text).documents[0].blocks
        lines = [Line.of(block.text) for block in blocks] if upto >= 1 else []
        ruled = [rules.match(line) is not None for line in lines] if upto >= 2 else []
        if upto >= 3:
            ruled = [r or bool(instruction_intents(block.text)) for r, block in zip(ruled, blocks, strict=True)]
        if upto >= 4:
            shape_of = model.judge if upto >= 5 else measure_shape
            shape_of([block.text for block in blocks], ruled, [line.core for line in lines], [line.n_words for line in lines])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)
    args = arguments(parser.description or "", parser)
    if args.run is not None:
        run_stages(args.stage, args.run)
        return
    for stage in STAGES:
        runs = [count([sys.executable, __file__, "--stage", stage, "--run", str(n)], args.src) for n in (MEASURED, 0)]
        print(f"{stage:8s} {(runs[0] - runs[1]) / MEASURED / 1e6:6.2f} M instructions per text, cumulated", flush=True)


if __name__ == "__main__":
    main()
