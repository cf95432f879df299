"""The learned line model: page furniture or article text, from the shape of the document.

A logistic regression over the features of `shape.py` (a line and its neighbours, its place against
the article's body). Its weights are data (`data/line_model.json`), trained by
`dev/train_line_model.py` on the `tune` part of the labelled corpus of real French news pages
(dev/corpus/, LABELLING.md) and on the project's hand-written cleaning cases; it was never trained on
the corpus's `measure` part. Deterministic: no sampling, no state. It only judges lines that no
noise rule took, and drops one only past a threshold, a higher one for prose: losing an article
sentence costs more than keeping a label.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from redac.cleaning.shape import FEATURES, measure_shape

PROSE, IN_BODY, HEADS_BODY = FEATURES.index("prose"), FEATURES.index("in_body"), FEATURES.index("heads_body")
CUES = {  # feature -> what it says, for the reason shown to the editor
    "short_run": "in a run of short title-like lines (other headlines, labels)",
    "ellipsis_end": "a teaser cut with « … »",
    "next_teaser": "a headline above a teaser",
    "before_body": "above the article's body",
    "after_body": "after the article's body",
    "no_body": "a page with no article body (a listing)",
    "credit_cue": "carries a credit",
    "duplicate": "repeats another line of the page",
    "url_residue": "link or image residue",
    "time_prefix": "starts with a time or date",
    "rubric_prefix": "glued to a rubric",
    "upper_share": "capitals only",
    "capitalised_words": "label-like capitals",
    "prev_removed": "next to removed furniture",
    "next_removed": "next to removed furniture",
}


@dataclass(frozen=True, slots=True)
class LineModel:
    weights: tuple[float, ...]
    threshold: float  # drop a line outside the article's body at or above this probability of noise
    body_threshold: float  # a short line inside the body (a subheading, a list item) needs this much
    prose_threshold: float  # a prose line (a sentence of some length) needs this much

    def judge(
        self, texts: list[str], ruled: list[bool], folded: list[str], words: list[int]
    ) -> list[tuple[float, str] | None]:
        """For each line: (probability of noise, main cue) when the model drops it, else None."""
        shape = measure_shape(texts, ruled, folded, words)
        verdicts: list[tuple[float, str] | None] = []
        for row in shape.rows:
            if row is None:
                verdicts.append(None)
                continue
            p = self.probability(row)
            limit = self.limit(row)
            verdicts.append((p, self.main_cue(row)) if p >= limit else None)
        return verdicts

    def limit(self, row: list[float]) -> float:
        if row[PROSE]:
            return self.prose_threshold
        # A short line inside the body, or right above one of its paragraphs, reads as a subheading or
        # the title: only a near-certain verdict drops it.
        return self.body_threshold if row[IN_BODY] or row[HEADS_BODY] else self.threshold

    def probability(self, row: list[float]) -> float:
        z = sum(w * x for w, x in zip(self.weights, row))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def main_cue(self, row: list[float]) -> str:
        contributions = [(w * x, name) for w, x, name in zip(self.weights, row, FEATURES) if name in CUES]
        best = max(contributions, default=(0.0, ""))
        return CUES[best[1]] if best[0] > 0 else "reads as page furniture"


@cache
def load_model() -> LineModel:
    spec = json.loads(resources.files("redac.cleaning").joinpath("data/line_model.json").read_text("utf-8"))
    if tuple(spec["features"]) != FEATURES:
        raise ValueError("line_model.json was trained on other features; retrain with dev/train_line_model.py")
    return LineModel(tuple(spec["weights"]), spec["threshold"], spec["body_threshold"], spec["prose_threshold"])
