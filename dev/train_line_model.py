"""Train the cleaner's line model (src/redac/cleaning/data/line_model.json).

    python dev/train_line_model.py [--parts tune,...] [--rounds N] [--depth D] [--threshold T] [--body-threshold T]

Training data: the labelled corpus's parts named by --parts (dev/corpus/labels.jsonl; texts rebuilt as
dev/corpus/rebuild.md says; the shipped model: `tune`) and the project's hand-written cleaning cases
(tests/cleaning/cases and expected). Never the corpus's `measure` part. Cross-validate through the
whole cleaner, by site, with dev/line_model_cv.py, and part by part (each held out, thresholds chosen on
the others) with dev/line_model_lopo.py (--write trains on every part but measure and writes the model:
ship it only when its held-out figures beat the shipped model's). Only lines that no noise rule takes are
learned from (the model judges nothing else). Gradient-boosted trees of depth 3 on the logistic loss
(second-order leaf values, L2-regularised), keep lines weighted by their number of sentences; every
split is an exhaustive search over the features' values: deterministic, same data, same trees.
Prints the training fit; measure with bench/clean_corpus.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from redac.cleaning.brief import instruction_intents  # noqa: E402
from redac.cleaning.listing import listing_pairs, names_after_body  # noqa: E402
from redac.cleaning.model import LISTING_TEASERS, LineModel, _as_tree  # noqa: E402
from redac.cleaning.rules import Line, load_rules  # noqa: E402
from redac.cleaning.shape import FEATURES, Shape, measure_shape  # noqa: E402
from redac.cleaning.tails import cut_tail, goes_on  # noqa: E402
from redac.cleaning.templates import templated_items  # noqa: E402
from redac.ingest import parse  # noqa: E402
from redac.ingest.text import tidy  # noqa: E402
from tests.cleaning.casefile import read_case  # noqa: E402

CORPUS = ROOT / "dev" / "corpus"
MODEL = ROOT / "src" / "redac" / "cleaning" / "data" / "line_model.json"
TRAIN_PARTS = ("tune", "fresh", "fresh2", "blind", "blind2")  # every labelled part but `measure`, only counted
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])")
ROUNDS = 50
DEPTH = 3
RATE = 0.15
L2 = 1.0  # on leaf values
MIN_LEAF = 2.0  # least hessian weight in a leaf
KEEP_WEIGHT = 3.0  # an article sentence weighs this many noise lines
KEEP_TARGET = 0.995  # share of article sentences the chosen thresholds keep on every cross-validation fold
FOLDS = 5  # cross-validation folds, grouped by site


def ruled_shape(text: str) -> tuple[list[int], list[str], list[bool], list[str], list[int], Shape] | None:
    """A text input's non-blank line indices, its lines, which a rule (or an instruction) takes, their
    folded cores and word counts, and the page's shape, as the cleaner measures them; None when the
    parser did not keep one block per non-blank line."""
    document = parse(text, "train").documents[0]
    nonblank = [i for i, line in enumerate(text.split("\n")) if tidy(line)]
    if len(document.blocks) != len(nonblank):
        return None
    rules = load_rules()
    texts = [block.text for block in document.blocks]
    lines_of = [Line.of(t) for t in texts]
    ruled = [rules.match(line) is not None or bool(instruction_intents(t)) for line, t in zip(lines_of, texts)]
    folded, n_words = [line.core for line in lines_of], [line.n_words for line in lines_of]
    return nonblank, texts, ruled, folded, n_words, measure_shape(texts, ruled, folded, n_words)


def document_rows(text: str, line_labels: dict[int, tuple[bool, int]]) -> list[tuple[list[float], bool, int]]:
    """(features, is_noise, weight) for each labelled line of `text` that no rule takes; lines a rule
    takes, and prose lines, come with features None: the model does not judge them (they count in the
    cross-validated figures as the cleaner treats them: ruled lines dropped, prose kept)."""
    page = ruled_shape(text)
    if page is None:
        return []
    nonblank, texts, ruled, _, n_words, shape = page
    shaped = shape.body is not None or shape.teasers >= LISTING_TEASERS
    listing = listing_pairs(texts, ruled, n_words, shape) | templated_items(texts, ruled, n_words, shape)
    tail = cut_tail(texts, ruled, shape)
    names = names_after_body(texts, ruled, shape)
    rows = []
    for position, index in enumerate(nonblank):
        if index in line_labels:
            is_noise, weight = line_labels[index]
            # The shape rules decide these lines as the cleaner does: listings, runs of other stories
            # and names after the body go; a last line cut by the page's end, or one that goes on, stays.
            foreign = position in shape.foreign_runs or position in listing or (position in names and shape.rows[position] is not None)
            features = None if position == tail or goes_on(texts[position]) else shape.rows[position]
            rows.append((features, is_noise, weight, texts[position], ruled[position], shaped, foreign))
    return rows


def sentences(line: str) -> int:
    return max(1, len(SENTENCE_SPLIT_RE.split(line.strip())))


def corpus_rows(parts: tuple[str, ...], by: str = "site") -> dict[str, list[tuple]]:
    """Rows of the corpus's `parts`, by site (a site's pages always fall in one fold) or by another
    manifest field (`split`: by part)."""
    manifest = [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    chosen = {doc["id"] for doc in manifest if doc["split"] in parts and doc["split"] != "measure"}
    labels: dict[str, dict[int, tuple[bool, int]]] = defaultdict(dict)
    texts = {doc: (CORPUS / "texts" / f"{doc}.txt").read_text(encoding="utf-8") for doc in chosen}
    for row in map(json.loads, (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines()):
        if row["doc"] in chosen:
            line = texts[row["doc"]].split("\n")[row["line"]]
            noise = row["label"] == "noise"
            labels[row["doc"]][row["line"]] = (noise, 1 if noise else sentences(line))
    group = {doc["id"]: doc[by] for doc in manifest}
    grouped: dict[str, list] = defaultdict(list)
    for doc in sorted(chosen):
        grouped[group[doc]].extend(document_rows(texts[doc], labels[doc]))
    return grouped


def case_rows() -> list[tuple[list[float], bool, int]]:
    rows = []
    folder = ROOT / "tests" / "cleaning"
    for path in sorted((folder / "cases").glob("*.txt")) + sorted((folder / "expected").glob("*.txt")):
        case = read_case(path)
        labels, index = {}, -1
        for raw in path.read_text(encoding="utf-8").split("\n"):
            if raw.startswith(("#", "@")):
                continue
            label = raw.partition("|")[0].rstrip("+") if "|" in raw else ""
            if not raw.partition("|")[0].endswith("+"):
                index += 1
            if label:
                noise = label in ("N", "A", "I")
                previous = labels.get(index)
                keep_wins = previous is not None and not previous[0]
                labels[index] = previous if keep_wins else (noise, 1 if noise else sentences(raw.partition("|")[2]))
        rows.extend(document_rows(case.input_text, labels))
    return rows


def train(rows: list, rounds: int = ROUNDS, depth: int = DEPTH) -> tuple[float, list[list]]:
    """Base score and trees (JSON-ready nested lists) fitted to the rows the model judges."""
    rows = [r for r in rows if r[0] is not None]
    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([float(r[1]) for r in rows])
    weight = np.array([1.0 if r[1] else KEEP_WEIGHT * r[2] for r in rows])
    base = float(np.log((weight * y).sum() / (weight * (1 - y)).sum()))
    score = np.full(len(y), base)
    trees = []
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-score))
        gradient, hessian = weight * (p - y), weight * p * (1 - p)
        tree = _grow(x, gradient, hessian, np.arange(len(y)), depth)
        trees.append(tree)
        score += np.array([_predict(tree, row) for row in x])
    return base, trees


def _grow(x: np.ndarray, g: np.ndarray, h: np.ndarray, index: np.ndarray, depth: int) -> list:
    value = round(float(-RATE * g[index].sum() / (h[index].sum() + L2)), 5)
    best = _best_split(x, g, h, index) if depth else None
    if best is None:
        return [value]
    feature, threshold = best
    left = index[x[index, feature] <= threshold]
    right = index[x[index, feature] > threshold]
    return [feature, threshold, _grow(x, g, h, left, depth - 1), _grow(x, g, h, right, depth - 1), value]


def _best_split(x: np.ndarray, g: np.ndarray, h: np.ndarray, index: np.ndarray) -> tuple[int, float] | None:
    g_all, h_all = g[index].sum(), h[index].sum()
    parent = g_all**2 / (h_all + L2)
    best, found = 1e-6, None
    for feature in range(x.shape[1]):
        values = x[index, feature]
        order = np.argsort(values, kind="stable")
        sorted_values = values[order]
        g_left, h_left = np.cumsum(g[index][order])[:-1], np.cumsum(h[index][order])[:-1]
        valid = (sorted_values[1:] > sorted_values[:-1]) & (h_left >= MIN_LEAF) & (h_all - h_left >= MIN_LEAF)
        if not valid.any():
            continue
        gain = g_left**2 / (h_left + L2) + (g_all - g_left) ** 2 / (h_all - h_left + L2) - parent
        gain = np.where(valid, gain, -np.inf)
        at = int(np.argmax(gain))
        if gain[at] > best:
            best = float(gain[at])
            found = (feature, round(float((sorted_values[at] + sorted_values[at + 1]) / 2), 5))
    return found


def _predict(tree: list, row) -> float:
    while len(tree) > 1:
        tree = tree[2] if row[tree[0]] <= tree[1] else tree[3]
    return tree[0]


def model_of(base: float, trees: list, args: argparse.Namespace) -> LineModel:
    return LineModel(base, tuple(_as_tree(t) for t in trees), args.threshold, args.body_threshold)


def fold_of(site: str) -> int:
    """A site's cross-validation fold, from a hash of its name: stable whatever other sites are added."""
    return int(hashlib.sha256(site.encode()).hexdigest(), 16) % FOLDS


def add_options(parser: argparse.ArgumentParser) -> None:
    """The shipped model's settings (thresholds as dev/line_model_cv.py --sweep chose them)."""
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--body-threshold", type=float, default=0.95)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--depth", type=int, default=DEPTH)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_options(parser)
    parser.add_argument("--parts", default="tune", help="comma-separated corpus parts to train on (never measure)")
    args = parser.parse_args()
    parts = tuple(args.parts.split(","))
    rows = [r for group in corpus_rows(parts).values() for r in group] + case_rows()
    base, trees = train(rows, args.rounds, args.depth)
    model = model_of(base, trees, args)
    judged = [r for r in rows if r[0] is not None]
    right = sum((model.probability(r[0]) >= 0.5) == r[1] for r in judged)
    MODEL.write_text(json.dumps({
        "trained_on": f"dev/corpus parts {', '.join(parts)} + tests/cleaning cases and expected (dev/train_line_model.py)",
        "features": list(FEATURES),
        "threshold": args.threshold,
        "body_threshold": args.body_threshold,
        "base": round(base, 5),
        "trees": trees,
    }, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(judged)} lines ({sum(r[1] for r in judged)} noise); training accuracy {right / len(judged):.3f}")
    print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
