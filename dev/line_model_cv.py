"""Cross-validate the line model through the whole cleaner, folds grouped by site.

    python dev/line_model_cv.py [--sweep] [--threshold T] [--body-threshold T] [--rounds N] [--depth D]
                                [--train-parts tune,...] [--held-parts tune,...]

For each fold (dev/train_line_model.py's `fold_of`: a hash of the site's name), the trees are trained on
the other folds' pages of the trained-on parts (--train-parts, by default tune, fresh, fresh2, blind, blind2;
never a measured-only part: `measure`, `blind9`, `blind12`, `blind15`) plus the hand-written cases,
and the held-out pages of --held-parts are
cleaned by the real `clean_document` with those trees: the figures are bench/clean_corpus.py's (noise lines removed, article sentences kept),
per fold, per part and in all. `--sweep` picks the thresholds that remove the most noise while keeping
at least 99.5 % of the article sentences on every fold: how the shipped thresholds are chosen.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "dev"))

import clean_corpus  # noqa: E402
import train_line_model as trainer  # noqa: E402

import redac.cleaning as cleaning  # noqa: E402
from redac.cleaning.model import LineModel  # noqa: E402

THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
BODY_THRESHOLDS = (0.95, 0.98, 1.01)  # 1.01: never drop a line the body protects


def fold_models(args: argparse.Namespace) -> tuple[list[LineModel], list[list[dict]], dict[str, list[dict]]]:
    """One model per fold, trained without its sites; the held-out pages of each fold; the labels."""
    manifest, labels = clean_corpus.load_corpus()
    docs = [d for d in manifest if d["split"] in args.held_parts]
    by_site, cases = trainer.corpus_rows(args.train_parts), trainer.case_rows()
    models, held = [], []
    for fold in range(trainer.FOLDS):
        rows = cases + [r for site in sorted(by_site) if trainer.fold_of(site) != fold for r in by_site[site]]
        models.append(trainer.model_of(*trainer.train(rows, args.rounds, args.depth), args))
        held.append([d for d in docs if trainer.fold_of(d["site"]) == fold])
    return models, held, labels


def clean_with(model: LineModel, docs: list[dict], labels: dict[str, list[dict]]) -> clean_corpus.Tally:
    cleaning.load_model = lambda: model  # the cleaner reads its model through this name
    return clean_corpus.measure(docs, labels, show=False)


def figures(tally: clean_corpus.Tally) -> tuple[int, int, int, int]:
    return sum(tally.noise_removed.values()), sum(tally.noise.values()), tally.sentences_kept, tally.sentences


def run(models: list[LineModel], held: list[list[dict]], labels: dict, limits: tuple[float, float]) -> list[clean_corpus.Tally]:
    return [clean_with(replace(m, threshold=limits[0], body_threshold=limits[1]), docs, labels) for m, docs in zip(models, held)]


def show(models: list[LineModel], held: list[list[dict]], labels: dict, limits: tuple[float, float]) -> None:
    tallies = run(models, held, labels, limits)
    for fold, tally in enumerate(tallies):
        removed, noise, kept, total = figures(tally)
        print(f"fold {fold} ({len(held[fold])} pages): noise removed {removed}/{noise} = {100 * removed / max(noise, 1):.1f} %, "
              f"article sentences kept {kept}/{total} = {100 * kept / max(total, 1):.2f} %")
    for part in sorted({d["split"] for docs in held for d in docs}, key=str):
        tally = clean_corpus.Tally()
        for model, docs in zip(models, held):
            one = clean_with(replace(model, threshold=limits[0], body_threshold=limits[1]), [d for d in docs if d["split"] == part], labels)
            tally.noise.update(one.noise)
            tally.noise_removed.update(one.noise_removed)
            tally.sentences += one.sentences
            tally.sentences_kept += one.sentences_kept
        removed, noise, kept, total = figures(tally)
        print(f"  {part:<7} held out: noise removed {removed}/{noise} = {100 * removed / max(noise, 1):.1f} %, "
              f"article sentences kept {kept}/{total} = {100 * kept / max(total, 1):.2f} %")
    removed, noise, kept, total = (sum(x) for x in zip(*map(figures, tallies)))
    print(f"all folds, thresholds {limits}: noise removed {removed}/{noise} = {100 * removed / noise:.1f} %, "
          f"article sentences kept {kept}/{total} = {100 * kept / total:.2f} %")


def sweep(models: list[LineModel], held: list[list[dict]], labels: dict) -> tuple[float, float] | None:
    best = None
    for limits in itertools.product(THRESHOLDS, BODY_THRESHOLDS):
        folds = [figures(t) for t in run(models, held, labels, limits)]
        removed, _, kept, total = (sum(x) for x in zip(*folds))
        every = all(k >= trainer.KEEP_TARGET * t for _, _, k, t in folds)
        print(f"  {limits}: removed {removed}, kept {100 * kept / total:.2f} %, "
              f"worst fold {min(100 * k / t for _, _, k, t in folds):.2f} %{'' if every else '  (a fold under target)'}")
        if every and (best is None or (removed, kept) > best[0]):
            best = ((removed, kept), limits)
    return best[1] if best else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    trainer.add_options(parser)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--train-parts", default=",".join(trainer.TRAIN_PARTS), help="parts the fold models learn from")
    parser.add_argument("--held-parts", default=",".join(trainer.TRAIN_PARTS), help="parts whose held-out pages are measured")
    args = parser.parse_args()
    args.train_parts, args.held_parts = (
        tuple(p for p in parts.split(",") if p not in clean_corpus.MEASURED_ONLY) for parts in (args.train_parts, args.held_parts)
    )
    models, held, labels = fold_models(args)
    limits = (args.threshold, args.body_threshold)
    if args.sweep:
        chosen = sweep(models, held, labels)
        if chosen is None:
            print("no thresholds keep 99.5 % of the article sentences on every fold")
            return 1
        print(f"chosen: --threshold {chosen[0]} --body-threshold {chosen[1]}")
        limits = chosen
    show(models, held, labels, limits)
    return 0


if __name__ == "__main__":
    sys.exit(main())
