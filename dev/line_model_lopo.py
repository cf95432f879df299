"""Leave-one-part-out cross-validation of the line model, through the whole cleaner.

    python dev/line_model_lopo.py [--fixed T,B] [--keep 0.998] [--rounds N] [--depth D] [--write]

Each labelled part but `measure` (tune, fresh, fresh2, blind, blind2 … blind6) is held out in turn: its
model learns from every other part and the hand-written cases, and its thresholds are chosen on
those training parts alone (each of them held out in turn from a model that learns from neither it
nor the held-out part: the most noise removed with at least --keep of their article sentences
kept, and 99.5 % on each). The held-out part is then cleaned by the real `clean_document` with that
model at those thresholds. Beside it, the shipped recipe's held-out figure: the shipped model on
every part it never learned from, and on `tune` (its training part) the site folds of
dev/line_model_cv.py trained on tune alone. `--fixed T,B` skips the inner choice (quick, for
comparing features). `--write` then trains on every part but measure and writes the model, with
the thresholds that meet --keep over all the held-out parts together.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from functools import cache
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "dev"))

import clean_corpus  # noqa: E402
import line_model_cv as cv  # noqa: E402
import train_line_model as trainer  # noqa: E402

from redac.cleaning.model import LineModel, load_model  # noqa: E402

PARTS = tuple(clean_corpus.TUNABLE)  # every part one may tune on: not measure, blind9, blind12 or blind15
GRID = tuple(itertools.product(cv.THRESHOLDS, cv.BODY_THRESHOLDS))
PART_KEEP = 0.995  # least share of sentences kept on each training part

Figures = tuple[int, int, int, int, int, int]  # noise removed, noise, sentences kept, sentences, titles right, docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    trainer.add_options(parser)
    parser.add_argument("--fixed", help="thresholds T,B for every fold (no inner choice)")
    parser.add_argument("--keep", type=float, default=0.998, help="least share of article sentences kept")
    parser.add_argument("--write", action="store_true", help="train on every part but measure and write the model")
    args = parser.parse_args()
    manifest, labels = clean_corpus.load_corpus()
    docs = {part: [d for d in manifest if d["split"] == part] for part in PARTS}
    by_part, cases = trainer.corpus_rows(PARTS, by="split"), trainer.case_rows()

    @cache
    def model_without(*excluded: str) -> LineModel:
        rows = cases + [r for part in PARTS if part not in excluded for r in by_part[part]]
        return trainer.model_of(*trainer.train(rows, args.rounds, args.depth), args)

    fixed = tuple(map(float, args.fixed.split(","))) if args.fixed else None
    grid = (fixed,) if fixed else GRID
    held = {part: sweep(model_without(part), docs[part], labels, grid) for part in PARTS}
    tune_only = trainer.model_of(*trainer.train(cases + by_part["tune"], args.rounds, args.depth), args)
    print(f"{'part':<8} {'shipped model':>38} {'recipe: tune only':>38}   {'recipe: the other parts':>38}")
    for part in PARTS:
        limits = fixed or choose({q: sweep(model_without(*sorted((part, q))), docs[q], labels, grid) for q in PARTS if q != part}, args.keep)
        print(f"{part:<8} {show(shipped_held_out(part, docs[part], labels, args))} {show(tune_held_out(tune_only, part, docs[part], labels, args))}"
              f"   {show(held[part][limits])} at {limits}")
    overall = fixed or choose(held, args.keep)
    print(f"all held-out parts together: {show(total(held[p][overall] for p in PARTS))} at {overall}")
    if args.write:
        args.threshold, args.body_threshold = overall
        sys.argv = [sys.argv[0], "--parts", ",".join(PARTS), "--threshold", str(overall[0]), "--body-threshold", str(overall[1]),
                    "--rounds", str(args.rounds), "--depth", str(args.depth)]
        return trainer.main()
    return 0


def sweep(model: LineModel, docs: list[dict], labels: dict, grid: tuple) -> dict[tuple[float, float], Figures]:
    return {limits: figures(cv.clean_with(replace(model, threshold=limits[0], body_threshold=limits[1]), docs, labels)) for limits in grid}


def figures(tally: clean_corpus.Tally) -> Figures:
    return (*cv.figures(tally), tally.titles_right, tally.docs)


def choose(parts: dict[str, dict[tuple[float, float], Figures]], keep: float) -> tuple[float, float]:
    """The thresholds that remove the most noise over `parts` keeping `keep` of their sentences in all
    and PART_KEEP on each (ties: more sentences kept, then more titles right); the strictest if none does."""
    best: tuple[tuple[int, ...], tuple[float, float]] | None = None
    grid = next(iter(parts.values())).keys()
    for limits in grid:
        removed, _, kept, sentences, titles, _ = total(p[limits] for p in parts.values())
        safe = kept >= keep * sentences and all(f[2] >= PART_KEEP * f[3] for f in (p[limits] for p in parts.values()))
        if safe and (best is None or (removed, kept, titles) > best[0]):
            best = ((removed, kept, titles), limits)
    return best[1] if best else max(grid)


def total(rows) -> Figures:
    return tuple(map(sum, zip(*rows, strict=True)))  # type: ignore[return-value]


def shipped_held_out(part: str, docs: list[dict], labels: dict, args: argparse.Namespace) -> Figures | None:
    """The shipped model (trained on tune) on a part it never learned from; on `tune`, the tune-only recipe's
    site folds at the shipped thresholds. None when the shipped model reads other features."""
    try:
        shipped = load_model()
    except ValueError:
        return None
    return tune_held_out(replace(shipped, threshold=args.threshold, body_threshold=args.body_threshold), part, docs, labels, args)


def tune_held_out(model: LineModel, part: str, docs: list[dict], labels: dict, args: argparse.Namespace) -> Figures:
    """`model` (trained on tune) on a part it never learned from; on `tune`, models trained on tune's other site folds."""
    if part != "tune":
        return figures(cv.clean_with(model, docs, labels))
    by_site = trainer.corpus_rows(("tune",))
    tallies = []
    for fold in range(trainer.FOLDS):
        rows = trainer.case_rows() + [r for site in sorted(by_site) if trainer.fold_of(site) != fold for r in by_site[site]]
        trained = trainer.model_of(*trainer.train(rows, args.rounds, args.depth), args)
        fold_model = replace(trained, threshold=model.threshold, body_threshold=model.body_threshold)
        tallies.append(figures(cv.clean_with(fold_model, [d for d in docs if trainer.fold_of(d["site"]) == fold], labels)))
    return total(tallies)


def show(f: Figures | None) -> str:
    if f is None:
        return f"{'(other features)':>38}"
    removed, noise, kept, sentences, titles, n_docs = f
    return f"{removed:>4}/{noise:<4} {100 * removed / max(noise, 1):5.1f} %, kept {100 * kept / max(sentences, 1):6.2f} %, titles {titles:>3}/{n_docs:<3}"


if __name__ == "__main__":
    sys.exit(main())
