"""Learn the focus keyphrase's weights (src/redac/plan/data/focus_weights.json) from the hand-labelled article sets.

    python dev/train_focus_ranker.py [--write] [fresh8 fresh9 …]   (default: every labelled set whose texts are rebuilt)

Each labelled page (dev/articles/*_labels.tsv: the story's subject, written before any output was read) is cleaned
and planned as `redac rewrite` does; `plan.focus.candidate_features` gives its candidates and their features. A
candidate that names the subject in full (`names_story` of dev/article_quality.py) is a right answer, worth the share
of the subject's words it names (« séisme en Birmanie » beats « Birmanie » for « séisme en Birmanie »); one that names
it in part (its head word, or half its words) is worth a third of that. The model is a conditional logit: a page's
candidates compete through a softmax of the weighted sum of their features, trained to put its mass on the right
answers (L2 penalty `L2`, plain gradient descent from zero for `STEPS` steps at rate `RATE`: deterministic); the
penalties in `FIXED` are set by hand, not learned. Pages with no right answer among the candidates teach nothing and
are left out of training (they still count, as misses, in the results).

Printed: leave-one-set-out results (train on every other set, choose on the held-out one: full / partial / miss,
and a lone common noun or a fragment chosen), then the same for the weights in the file now, for comparison. With
`--write`, the weights trained on every set are written to the file, with the recipe and the held-out totals.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from article_quality import LABELS, content, inputs, keyphrase_flaw, labelled_pages, names_story

from redac.plan import _introduction, _leading_list
from redac.plan.focus import FEATURES, WEIGHTS_FILE, candidate_features, focus_weights

SETS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11",
        "fresh12")
L2 = 0.02
STEPS = 3000
RATE = 0.5
PARTIAL_WORTH = 0.33
# Penalties kept by hand, not learned: each stands for a class the tests show in written French (who told the news,
# who stood around the event, a place named only as where it happened); the labelled pages are too few to learn them.
FIXED = {"messenger": math.log(0.5), "bystander": math.log(0.5), "where": math.log(0.45)}


def page_rows(which: str) -> list[dict]:
    """Per labelled page: candidate texts, feature matrix, target shares, the source text (for fragments)."""
    rows = []
    for page, subject, document, analysis in labelled_pages(which):
        sentences = analysis.source_sentences
        essentials = _leading_list(sentences)
        intro = _introduction(sentences, set(essentials))
        key_points = [s for s in sentences if s.id in essentials]
        pairs = candidate_features(analysis, document.title, [*key_points, *intro])
        shares = [_worth(c.text, subject) for c, _ in pairs]
        source = "\n".join([document.title or "", *(b.text for b in document.blocks)])
        rows.append({"id": page, "subject": subject, "texts": [c.text for c, _ in pairs],
                     "x": np.array([f for _, f in pairs], dtype=float).reshape(len(pairs), len(FEATURES)),
                     "share": np.array(shares), "source": source})
    return rows


def _worth(text: str, subject: str) -> float:
    """The share of the subject's words a candidate names; a third of it when the candidate also says something else."""
    wanted = set(content(subject))
    share = len(set(content(text)) & wanted) / max(len(wanted), 1)
    story = names_story(text, subject)
    return share if story == "full" else PARTIAL_WORTH * share if story == "partial" else 0.0


def train(rows: list[dict]) -> np.ndarray:
    """Weights of the conditional logit: each page's softmax over its candidates fitted to its right answers' shares."""
    taught = [r for r in rows if r["share"].sum() > 0]
    x = np.vstack([r["x"] for r in taught])
    target = np.concatenate([r["share"] / r["share"].sum() for r in taught])
    page = np.repeat(np.arange(len(taught)), [len(r["texts"]) for r in taught])
    w = np.array([FIXED.get(name, 0.0) for name in FEATURES])
    free = np.array([name not in FIXED for name in FEATURES], dtype=float)
    for _ in range(STEPS):
        z = x @ w
        z -= np.maximum.reduceat(z, np.searchsorted(page, np.arange(len(taught))))[page]
        p = np.exp(z)
        p /= np.bincount(page, weights=p)[page]
        w -= RATE * free * (L2 * w + x.T @ (p - target) / len(taught))
    return w


def choose(row: dict, w: np.ndarray) -> str:
    if not row["texts"]:
        return ""
    scores = row["x"] @ w
    return row["texts"][int(np.argmax(scores))]  # the first of equals, as focus_keyphrase does


def judge(rows: list[dict], w: np.ndarray) -> Counter:
    counts: Counter = Counter()
    for row in rows:
        chosen = choose(row, w)
        counts[names_story(chosen, row["subject"]) if chosen else "miss"] += 1
        counts["lone/fragment"] += bool(chosen) and keyphrase_flaw(chosen, row["source"]) in ("lone", "fragment")
    return counts


def line(name: str, counts: Counter) -> str:
    return f"{name:<9} full {counts['full']:>3}  partial {counts['partial']:>3}  miss {counts['miss']:>3}  lone/fragment {counts['lone/fragment']:>2}"


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sets = args or [s for s in SETS if any(LABELS.get(p.stem) for p in inputs(s))]
    data = {which: page_rows(which) for which in sets}
    now = np.array([focus_weights()[name] for name in FEATURES])
    held, current = Counter(), Counter()
    print("leave one set out (trained on the others) | weights in the file now")
    for which in sets:
        w = train([row for other in sets if other != which for row in data[other]])
        counts, before = judge(data[which], w), judge(data[which], now)
        held.update(counts)
        current.update(before)
        print(line(which, counts) + "   | " + line("", before))
    print(line("held-out", held) + "   | " + line("", current))
    w = train([row for which in sets for row in data[which]])
    print("trained on all: " + ", ".join(f"{name} {value:+.3f}" for name, value in zip(FEATURES, w, strict=True)))
    if "--write" in sys.argv:
        WEIGHTS_FILE.write_text(json.dumps({
            "about": "Weights of plan.focus.FEATURES, learned by dev/train_focus_ranker.py (conditional logit, "
                     f"L2 {L2}, {STEPS} steps at rate {RATE}, from zero; {', '.join(FIXED)} fixed by hand) "
                     f"on the labelled sets {', '.join(sets)}.",
            "held_out": {key: held[key] for key in ("full", "partial", "miss", "lone/fragment")},
            "weights": {name: round(float(value), 4) for name, value in zip(FEATURES, w, strict=True)},
        }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"written: {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
