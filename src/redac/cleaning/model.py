"""The learned line model: page furniture or article text, from the shape of the document.

A small ensemble of gradient-boosted decision trees (50 trees of depth 3) over the features of `shape.py` (a line
and its neighbours, its place against the article's body, the page's own make-up). The trees are data
(`data/line_model.json`), trained by `dev/train_line_model.py` on the `tune` part of the labelled
corpus of real French news pages (dev/corpus/, LABELLING.md) and on the project's hand-written
cleaning cases; never on the corpus's `measure` or `fresh` parts. Deterministic: no sampling, no
state. It judges the short lines no noise rule took (a sentence is never dropped) and drops one only
past a threshold, a higher one inside the article's body: losing article text costs more than
keeping a label.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from redac.cache import compiled
from redac.cleaning.captions import credited_copies
from redac.cleaning.credits import CREDIT_REASON, is_credit
from redac.cleaning.headline_runs import HEADLINE_RUN_REASON, HEADLINE_RUN_RULE, TEASER_RUN_REASON, TEASER_RUN_RULE, headline_runs
from redac.cleaning.listing import drowned_headlines, kept_lists, listing_pairs, names_after_body
from redac.cleaning.pages import LISTING_ONLY, no_article, nothing_developed
from redac.cleaning.shape import FEATURES, LISTING_TEASERS, Shape, measure_shape
from redac.cleaning.stories import other_stories
from redac.cleaning.tails import cut_tail, goes_on
from redac.cleaning.templates import templated_items

FOREIGN_RUN_CUE = "in a run of other stories' headlines or teasers after the article"
FOREIGN_RUN_CONFIDENCE = 0.9  # a shape rule, not a learned probability: sure, not certain
NO_ARTICLE_CONFIDENCE = 0.9  # the page's make-up shows no article (cleaning/pages.py)
CAPTION_CUE = "a photo caption shown twice, once with its credit"
MIN_HEADLINE_WORDS = 4  # the page's first line this long may be its headline
NAME_CUE = "a person's name alone after the article (a byline)"
OTHER_STORY_CUE = "another story's headline or teaser after the article: shares none of its words, in a run of others alike"
LISTING_CUE = "a headline or teaser in a listing of other stories (headline-and-teaser pairs cut short)"
IN_BODY, HEADS_BODY, BETWEEN = (FEATURES.index(name) for name in ("in_body", "heads_body", "between_paragraphs"))
CUES = {  # feature -> what it says, for the reason shown to the editor
    "short_run": "in a run of short title-like lines (other headlines, labels)",
    "run_length": "in a run of short title-like lines (other headlines, labels)",
    "ellipsis_end": "a teaser cut with « … »",
    "next_teaser": "a headline above a teaser",
    "prev_teaser": "next to a teaser of another story",
    "teaser_pair": "a headline above another story's text",
    "before_body": "above the article's body",
    "after_body": "after the article's body",
    "body_distance": "away from the article's body",
    "in_main": "outside the article's main text",
    "body_overlap": "shares no words with the story",
    "kinship": "shares no words with the page's paragraphs",
    "main_share": "a page of many short stories (a listing)",
    "clusters": "a page of many short stories (a listing)",
    "no_body": "a page with no article body (a listing)",
    "credit_cue": "carries a credit",
    "duplicate": "repeats another line of the page",
    "url_residue": "link or image residue",
    "time_prefix": "starts with a time or date",
    "rubric_prefix": "glued to a rubric",
    "upper_share": "capitals only",
    "capitalised_words": "label-like capitals",
    "function_words": "no sentence (few function words)",
    "prev_removed": "next to removed furniture",
    "next_removed": "next to removed furniture",
}

Tree = tuple | float  # (feature, threshold, left, right, value) for a split, the value for a leaf


@dataclass(frozen=True, slots=True)
class Verdict:
    probability: float  # of being page furniture
    drop: bool
    cue: str
    page: bool = False  # the whole page holds no article: `cue` says why
    rule: str = ""  # the id the removal is shown under, when a document-level rule decided (else the model's)


@dataclass(frozen=True, slots=True)
class LineModel:
    base: float
    trees: tuple[Tree, ...]
    threshold: float  # drop a short line outside the article's body at or above this probability of noise
    body_threshold: float  # a short line inside the body (a subheading, a list item) needs this much
    _score: Callable[[list[float]], float] = field(init=False, repr=False, compare=False)

    def judge(
        self, texts: list[str], ruled: list[bool], folded: list[str], words: list[int], *, paywalled: bool = False,
        stamps: frozenset[int] = frozenset(), listed: frozenset[int] = frozenset(), dated: frozenset[int] = frozenset(),
    ) -> list[Verdict | None]:
        """For each line the model judges: its probability of noise, whether that drops it, and the
        main cue; None for the lines it does not judge (a rule took them, or prose: never dropped)."""
        verdicts: list[Verdict | None] = []
        shape = measure_shape(texts, ruled, folded, words)
        if not paywalled and (reason := no_article(texts, ruled, words)) is not None:
            return [None if ruled[i] else Verdict(NO_ARTICLE_CONFIDENCE, True, reason, page=True) for i in range(len(texts))]
        # Without an article body to stand against, or teasers that show a listing, the shape says
        # nothing: nothing is dropped.
        shaped = shape.body is not None or shape.teasers >= LISTING_TEASERS
        headline = next((i for i in range(len(texts)) if not ruled[i] and words[i] >= MIN_HEADLINE_WORDS), len(texts))
        copies = credited_copies(texts, ruled, folded, headline)
        # a caption shown twice is no headline nor teaser of a listing: its copies pair up like headline and teaser
        unlisted = [ruled[i] or i in copies for i in range(len(texts))]
        listing = listing_pairs(texts, unlisted, words, shape, stamps, listed) | templated_items(texts, unlisted, words, shape)
        tail = cut_tail(texts, ruled, shape)
        names = names_after_body(texts, ruled, shape)
        kept: list[int] = []  # lines the trees judged and kept, for a second look
        for i, row in enumerate(shape.rows):
            if i in listing:
                p = self.probability(row) if row is not None else 0.0
                verdicts.append(Verdict(max(p, FOREIGN_RUN_CONFIDENCE), True, LISTING_CUE))
            elif i in copies:
                verdicts.append(Verdict(FOREIGN_RUN_CONFIDENCE, True, CAPTION_CUE))
            elif i in names and row is not None:
                verdicts.append(Verdict(max(self.probability(row), FOREIGN_RUN_CONFIDENCE), True, NAME_CUE))
            elif row is None or i == tail or goes_on(texts[i]):
                verdicts.append(None)
            elif i in shape.foreign_runs:
                verdicts.append(Verdict(max(self.probability(row), FOREIGN_RUN_CONFIDENCE), True, FOREIGN_RUN_CUE))
            else:
                p = self.probability(row)
                drop = shaped and p >= self.limit(row)
                verdicts.append(Verdict(p, drop, self.main_cue(row) if drop else ""))
                if not drop:
                    kept.append(i)
        _second_look(verdicts, kept, (texts, ruled, words), shape, tail, dated)
        dropped = [v is not None and v.drop for v in verdicts]
        for i in drowned_headlines(texts, ruled, words, shape, dropped):
            verdicts[i], dropped[i] = Verdict(FOREIGN_RUN_CONFIDENCE, True, FOREIGN_RUN_CUE), True
        # After the drowned headlines: a run's own guards (the line right under the body) are not outvoted by it.
        _headline_runs(verdicts, (texts, ruled, words), shape, tail, listed)
        dropped = [v is not None and v.drop for v in verdicts]
        for i in kept_lists(texts, ruled, words, dropped, listed):
            verdicts[i] = None
        if nothing_developed(texts, ruled, [v is not None and v.drop for v in verdicts]):
            return [None if ruled[i] else Verdict(NO_ARTICLE_CONFIDENCE, True, LISTING_ONLY, page=True) for i in range(len(texts))]
        return verdicts

    def limit(self, row: list[float]) -> float:
        # A short line inside the body, between two paragraphs, or right above one of the body's
        # paragraphs reads as a subheading, a list item or the title: only a near-certain verdict drops it.
        protected = row[IN_BODY] or row[HEADS_BODY] or row[BETWEEN]
        return self.body_threshold if protected else self.threshold

    def __post_init__(self) -> None:
        object.__setattr__(self, "_score", _compile_trees(self.base, self.trees))

    def probability(self, row: list[float]) -> float:
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, self._score(row)))))

    def main_cue(self, row: list[float]) -> str:
        """The feature whose splits pushed the line most towards furniture (each split's share of the
        verdict: the change in the node's value along the line's path)."""
        pushes: dict[str, float] = {}
        for tree in self.trees:
            node = tree
            while isinstance(node, tuple):
                child = node[2] if row[node[0]] <= node[1] else node[3]
                name = FEATURES[node[0]]
                pushes[name] = pushes.get(name, 0.0) + (child[4] if isinstance(child, tuple) else child) - node[4]
                node = child
        best = max(((push, name) for name, push in pushes.items() if name in CUES), default=(0.0, ""))
        return CUES[best[1]] if best[0] > 0 else "reads as page furniture"


def _second_look(
    verdicts: list[Verdict | None], kept: list[int], page: tuple[list[str], list[bool], list[int]], shape: Shape,
    tail: int | None, dated: frozenset[int],
) -> None:
    """Lines the trees keep, or prose they never judge, that go all the same: another story's headline or
    teaser after the body (cleaning/stories.py), a credit or a byline (cleaning/credits.py; `dated`: the
    publication stamps a rule took)."""
    texts, ruled, words = page
    for i in other_stories(texts, ruled, words, shape):
        verdict = verdicts[i]
        if (verdict is None or not verdict.drop) and i != tail and not goes_on(texts[i]):
            verdicts[i] = Verdict(max(verdict.probability if verdict else 0.0, FOREIGN_RUN_CONFIDENCE), True, OTHER_STORY_CUE)
    for i in kept:
        verdict = verdicts[i]
        if verdict is not None and not verdict.drop and is_credit(i, texts, ruled, words, shape, dated):
            verdicts[i] = Verdict(max(verdict.probability, FOREIGN_RUN_CONFIDENCE), True, CREDIT_REASON)


def _headline_runs(
    verdicts: list[Verdict | None], page: tuple[list[str], list[bool], list[int]], shape: Shape, tail: int | None, listed: frozenset[int],
) -> None:
    """Runs of other stories' headlines (and their teasers) above the article's title or after its body
    (cleaning/headline_runs.py), where the trees or the other shape rules kept them (a line they dropped keeps their reason)."""
    texts, ruled, words = page
    runs = headline_runs(texts, ruled, words, shape, listed)
    for lines, rule, reason in ((runs.headlines, HEADLINE_RUN_RULE, HEADLINE_RUN_REASON), (runs.teasers, TEASER_RUN_RULE, TEASER_RUN_REASON)):
        for i in lines:
            verdict = verdicts[i]
            if (verdict is None or not verdict.drop) and i != tail and not goes_on(texts[i]):
                verdicts[i] = Verdict(max(verdict.probability if verdict else 0.0, FOREIGN_RUN_CONFIDENCE), True, reason, rule=rule)


def _compile_trees(base: float, trees: tuple[Tree, ...]) -> Callable[[list[float]], float]:
    """The ensemble as one Python function of nested conditional expressions, built once per model: a
    line's score is then a few comparisons, not a walk over tuples. The sum runs in the trees' order
    from `base`, as a walk would add them, so the score is the same float. Compiled once across processes (redac/cache.py)."""
    lines = [f"def score(row):\n    z = {base!r}\n"]
    lines += [f"    z += {_tree_expression(tree)}\n" for tree in trees]
    namespace: dict[str, Callable[[list[float]], float]] = {}
    exec(compiled("".join(lines) + "    return z\n"), {}, namespace)  # the source holds only the model's numbers
    return namespace["score"]


def _tree_expression(node: Tree) -> str:
    if not isinstance(node, tuple):
        return repr(float(node))
    feature, threshold, left, right, _ = node
    return f"({_tree_expression(left)} if row[{int(feature)}] <= {float(threshold)!r} else {_tree_expression(right)})"


def _as_tree(node: list) -> Tree:
    """JSON nested lists -> tuples, a leaf `[value]` -> its float (the walk stops at a non-tuple)."""
    if len(node) == 1:
        return float(node[0])
    feature, threshold, left, right, value = node
    return (int(feature), float(threshold), _as_tree(left), _as_tree(right), float(value))


@cache
def load_model() -> LineModel:
    spec = json.loads(resources.files("redac.cleaning").joinpath("data/line_model.json").read_text("utf-8"))
    if tuple(spec["features"]) != FEATURES:
        raise ValueError("line_model.json was trained on other features; retrain with dev/train_line_model.py")
    trees = tuple(_as_tree(tree) for tree in spec["trees"])
    return LineModel(spec["base"], trees, spec["threshold"], spec["body_threshold"])
