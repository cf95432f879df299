"""Train the cleaner's line model (src/redac/cleaning/data/line_model.json).

    python dev/train_line_model.py [--threshold 0.5] [--prose-threshold 0.9]

Training data: the `tune` part of the labelled corpus (dev/corpus/labels.jsonl; texts rebuilt as
dev/corpus/rebuild.md says) and the project's hand-written cleaning cases (tests/cleaning/cases and
expected). Never the corpus's `measure` part. Only lines that no noise rule takes are learned from
(the model judges nothing else). Logistic regression by full-batch gradient descent from zero weights,
L2-regularised, keep lines weighted by their number of sentences: deterministic, same data, same
weights. Prints the training fit; measure with bench/clean_corpus.py.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from redac.cleaning.brief import instruction_intents  # noqa: E402
from redac.cleaning.rules import Line, load_rules  # noqa: E402
from redac.cleaning.shape import FEATURES, measure_shape  # noqa: E402
from redac.ingest import parse  # noqa: E402
from redac.ingest.text import tidy  # noqa: E402
from tests.cleaning.casefile import read_case  # noqa: E402

CORPUS = ROOT / "dev" / "corpus"
NO_BODY, DOC_ELLIPSIS = FEATURES.index("no_body"), FEATURES.index("doc_ellipsis_share")
MODEL = ROOT / "src" / "redac" / "cleaning" / "data" / "line_model.json"
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])")
L2 = 0.001
STEPS = 8000
RATE = 0.5


def document_rows(text: str, line_labels: dict[int, tuple[bool, int]]) -> list[tuple[list[float], bool, int]]:
    """(features, is_noise, weight) for each labelled line of `text` that no rule takes; lines a rule
    takes, and prose lines, come with features None: the model does not judge them (they count in the
    cross-validated figures as the cleaner treats them: ruled lines dropped, prose kept)."""
    document = parse(text, "train").documents[0]
    lines = text.split("\n")
    nonblank = [i for i, line in enumerate(lines) if tidy(line)]
    if len(document.blocks) != len(nonblank):
        return []
    rules = load_rules()
    texts = [block.text for block in document.blocks]
    lines_of = [Line.of(t) for t in texts]
    ruled = [rules.match(line) is not None or bool(instruction_intents(t)) for line, t in zip(lines_of, texts)]
    shape = measure_shape(texts, ruled, [line.core for line in lines_of], [line.n_words for line in lines_of])
    rows = []
    for position, index in enumerate(nonblank):
        if index in line_labels:
            is_noise, weight = line_labels[index]
            rows.append((shape.rows[position], is_noise, weight, texts[position], ruled[position]))
    return rows


def sentences(line: str) -> int:
    return max(1, len(SENTENCE_SPLIT_RE.split(line.strip())))


def corpus_rows() -> dict[str, list[tuple[list[float], bool, int]]]:
    """Rows of the tune part, by site."""
    manifest = [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    tune = {doc["id"] for doc in manifest if doc["split"] == "tune"}
    labels: dict[str, dict[int, tuple[bool, int]]] = defaultdict(dict)
    texts = {doc: (CORPUS / "texts" / f"{doc}.txt").read_text(encoding="utf-8") for doc in tune}
    for row in map(json.loads, (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines()):
        if row["doc"] in tune:
            line = texts[row["doc"]].split("\n")[row["line"]]
            noise = row["label"] == "noise"
            labels[row["doc"]][row["line"]] = (noise, 1 if noise else sentences(line))
    site = {doc["id"]: doc["site"] for doc in manifest}
    by_site: dict[str, list] = defaultdict(list)
    for doc in sorted(tune):
        by_site[site[doc]].extend(document_rows(texts[doc], labels[doc]))
    return by_site


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


def train(rows: list[tuple[list[float], bool, int]]) -> np.ndarray:
    rows = [r for r in rows if r[0] is not None]
    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([float(r[1]) for r in rows])
    weight = np.array([float(r[2]) for r in rows])
    weight /= weight.mean()
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ ((p - y) * weight) / len(y) + L2 * np.r_[0.0, w[1:]]
        w -= RATE * gradient
    return w


def cross_validate(by_site: dict[str, list], cases: list, args: argparse.Namespace, folds: int = 5) -> None:
    """Train on 4/5 of the tune sites (+ cases), judge the other fifth: noise removed (rules + model)
    and article sentences kept, summed over the folds. The measure part stays untouched."""
    from redac.cleaning.model import LineModel

    sites = sorted(by_site)
    noise = removed = kept = total = 0
    for fold in range(folds):
        held = [s for i, s in enumerate(sites) if i % folds == fold]
        rows = cases + [r for s in sites if s not in held for r in by_site[s]]
        model = LineModel(tuple(train(rows)), args.threshold, args.body_threshold, args.prose_threshold)
        for s in held:
            for features, is_noise, weight, text, ruled in by_site[s]:
                listing = features is not None and features[DOC_ELLIPSIS] > 0
                shaped = features is not None and (not features[NO_BODY] or listing)
                drop = shaped and model.probability(features) >= model.limit(features)
                drop = drop or (features is None and ruled)
                if args.verbose and drop != is_noise:
                    p = -1 if features is None else model.probability(features)
                    print(f"  {'noise' if is_noise else 'KEEP '} p={p:.2f} {text[:100]}")
                if is_noise:
                    noise, removed = noise + 1, removed + drop
                else:
                    total, kept = total + weight, kept + (0 if drop else weight)
    print(f"cross-validated on tune sites: noise removed {removed}/{noise} = {100 * removed / noise:.1f} %, "
          f"article sentences kept {kept}/{total} = {100 * kept / total:.2f} %")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--body-threshold", type=float, default=0.99)
    parser.add_argument("--prose-threshold", type=float, default=1.01)
    parser.add_argument("--verbose", action="store_true", help="with --cv: list the misjudged lines")
    parser.add_argument("--cv", action="store_true", help="cross-validate by site on the tune part, write nothing")
    args = parser.parse_args()
    by_site, cases = corpus_rows(), case_rows()
    if args.cv:
        cross_validate(by_site, cases, args)
        return 0
    rows = [r for group in by_site.values() for r in group] + cases
    rows = [r for r in rows if r[0] is not None]
    w = train(rows)
    x = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    p = 1 / (1 + np.exp(-(x @ w)))
    MODEL.write_text(json.dumps({
        "trained_on": "dev/corpus tune part + tests/cleaning cases and expected (dev/train_line_model.py)",
        "features": list(FEATURES),
        "weights": [round(float(v), 4) for v in w],
        "threshold": args.threshold,
        "body_threshold": args.body_threshold,
        "prose_threshold": args.prose_threshold,
    }, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} lines ({int(y.sum())} noise); training accuracy {((p >= 0.5) == y).mean():.3f}")
    for name, weight in sorted(zip(FEATURES, w), key=lambda item: -abs(item[1])):
        print(f"  {name:<20} {weight:+.2f}")
    print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
