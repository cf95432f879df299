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

FOREIGN_RUN_CUE = "in a run of other stories' headlines after the article"
FOREIGN_RUN_CONFIDENCE = 0.9  # a shape rule, not a learned probability: sure, not certain
LISTING_TEASERS = 2  # teasers cut with « … » that make a page without a body a listing
PROSE, IN_BODY, HEADS_BODY, BETWEEN = (
    FEATURES.index(name) for name in ("prose", "in_body", "heads_body", "between_paragraphs")
)
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
class Verdict:
    probability: float  # of being page furniture
    drop: bool
    cue: str


@dataclass(frozen=True, slots=True)
class LineModel:
    weights: tuple[float, ...]
    threshold: float  # drop a line outside the article's body at or above this probability of noise
    body_threshold: float  # a short line inside the body (a subheading, a list item) needs this much
    prose_threshold: float  # a prose line (a sentence of some length) needs this much

    def judge(
        self, texts: list[str], ruled: list[bool], folded: list[str], words: list[int]
    ) -> list[Verdict | None]:
        """For each line the model judges: its probability of noise, whether that drops it, and the
        main cue; None for the lines it does not judge (ruled, or prose)."""
        verdicts: list[Verdict | None] = []
        shape = measure_shape(texts, ruled, folded, words)
        for i, row in enumerate(shape.rows):
            if row is None:
                verdicts.append(None)
                continue
            p = self.probability(row)
            if i in shape.foreign_runs:
                verdicts.append(Verdict(max(p, FOREIGN_RUN_CONFIDENCE), True, FOREIGN_RUN_CUE))
            else:
                # Without an article body to stand against, or teasers that show a listing, the shape
                # says nothing: nothing is dropped.
                drop = (shape.body is not None or shape.teasers >= LISTING_TEASERS) and p >= self.limit(row)
                verdicts.append(Verdict(p, drop, self.main_cue(row)))
        return verdicts

    def limit(self, row: list[float]) -> float:
        if row[PROSE]:
            return self.prose_threshold
        # A short line inside the body, between two paragraphs, or right above one of the body's
        # paragraphs reads as a subheading, a list item or the title: only a near-certain verdict drops it.
        protected = row[IN_BODY] or row[HEADS_BODY] or row[BETWEEN]
        return self.body_threshold if protected else self.threshold

    def probability(self, row: list[float]) -> float:
        z = sum(w * x for w, x in zip(self.weights, row, strict=True))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def main_cue(self, row: list[float]) -> str:
        contributions = [(w * x, name) for w, x, name in zip(self.weights, row, FEATURES, strict=True) if name in CUES]
        best = max(contributions, default=(0.0, ""))
        return CUES[best[1]] if best[0] > 0 else "reads as page furniture"


@cache
def load_model() -> LineModel:
    spec = json.loads(resources.files("redac.cleaning").joinpath("data/line_model.json").read_text("utf-8"))
    if tuple(spec["features"]) != FEATURES:
        raise ValueError("line_model.json was trained on other features; retrain with dev/train_line_model.py")
    return LineModel(tuple(spec["weights"]), spec["threshold"], spec["body_threshold"], spec["prose_threshold"])
