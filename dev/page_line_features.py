"""Experiment (not shipped): the page-shape numbers of dev/page_model.py as new features of the line model, and
shape.py's body run chained otherwise, each measured part by part, held out (dev/line_model_lopo.py --fixed 0.7,0.95).

    python dev/page_line_features.py --groups page,nearprose   # the line model also reads these groups (GROUPS)
    python dev/page_line_features.py --body lean               # the body run chained otherwise (`chaining`)

Table (line_model_lopo.py --fixed 0.7,0.95, "recipe: the other parts"; noise removed, sentences kept %):
    part      8fb5623      page,nearprose  nearprose      neighbours     --body lean    --body one+lean
    tune      277 99.64    276 99.64       278 99.52      275 99.76      278 99.03      277 99.16
    fresh      29 100       29 100          29 100         29 100         29 100         29 100
    fresh2     34 100       34 100          34 100         34 100         34 100         34 100
    blind      90 99.17     89 98.76        90 99.59       89 99.17       88 98.76       90 99.59
    blind2    118 99.69    118 88.99       118 99.39      118 99.69      117 99.08      117 99.39
    blind3    137 100      136 99.59       136 100        138 99.59      137 99.59      136 99.59
    blind4    156 100      155 99.68       155 100        156 100        153 100        155 100
    blind5    202 99.68    201 99.68       202 99.68      200 99.68      202 99.68      194 99.68
    blind6    126 99.78    126 99.78       126 99.78      126 99.78      126 99.78      126 99.78
    blind7    123 99.40    123 99.20       123 99.40      124 99.40      123 99.20      123 99.20
    blind8     88 99.66     87 99.49        89 99.83       87 99.32       83 99.49       85 99.83
page: the page's linked share, longest chain, body's share of the prose, stranger prose, closed prose; nearprose: the
line's story words shared with the nearest prose line above and below; neighbours: the shape of the lines right
above and below (words, ruled, prose, title-like, cut, shared words); --body: shape.py's body run chained by one
shared story word and/or a paragraph leaning on the one above, instead of two shared words. No variant removes more
noise on most parts; each loses sentences somewhere: none ships.
"""

from __future__ import annotations

import argparse
import math
import sys
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from page_model import CHAIN_WORDS, PAGE_FEATURES, opens_on_connector, page_features

import redac.cleaning.model as line_model
from redac.cleaning.shape import ELLIPSIS_ENDS, FEATURES, Shape, measure_shape
from redac.cleaning.title import is_title_like
from redac.french.sentences import opens_with_anaphora

PAGE_ROW = ("linked", "longest_chain", "body_prose", "stranger_words", "closed_share")  # what the line model reads of the page


def line_groups(texts: list[str], ruled: list[bool], words: list[int], shape: Shape) -> dict[str, list[list[float]]]:
    """For each line, the new features by group (GROUPS names them): the page's PAGE_ROW features; the share of the
    line's story words found in the nearest prose line above and below it; the shape of the lines right above and
    below it (its words, ruled, prose, title-like, cut with « … », the share of the line's story words it holds)."""
    page = page_features(texts, ruled, words, shape)
    shared = [page[PAGE_FEATURES.index(name)] for name in PAGE_ROW]
    prose = [i for i, is_prose in enumerate(shape.prose) if is_prose]
    groups: dict[str, list[list[float]]] = {"page": [], "nearprose": [], "neighbours": []}
    for i in range(len(texts)):
        at = bisect_left(prose, i)
        above = _share(shape.vocab[i], shape.vocab[prose[at - 1]]) if at > 0 else 0.0
        below = _share(shape.vocab[i], shape.vocab[prose[at]]) if at < len(prose) else 0.0  # judged lines are no prose
        groups["page"].append(shared)
        groups["nearprose"].append([above, below])
        groups["neighbours"].append([value for j in (i - 1, i + 1) for value in _neighbour(j, i, texts, ruled, words, shape)])
    return groups


GROUPS = {
    "page": tuple(f"page_{name}" for name in PAGE_ROW),
    "nearprose": ("above_words", "below_words"),
    "neighbours": tuple(f"{side}_{name}" for side in ("prev", "next") for name in ("words", "ruled", "prose", "title_like", "cut", "shared")),
}


def _neighbour(j: int, i: int, texts: list[str], ruled: list[bool], words: list[int], shape: Shape) -> list[float]:
    if not 0 <= j < len(texts):
        return [0.0] * 6
    return [
        math.log1p(words[j]) / 4, float(ruled[j]), float(shape.prose[j]), float(is_title_like(texts[j])),
        float(texts[j].rstrip().endswith(ELLIPSIS_ENDS)), _share(shape.vocab[i], shape.vocab[j]),
    ]


def with_groups(chosen: tuple[str, ...]) -> Callable[[list[str], list[bool], list[int], Shape], Shape]:
    """A function that grows each judged line's row of `shape` by the `chosen` groups' features."""

    def grow(texts: list[str], ruled: list[bool], words: list[int], shape: Shape) -> Shape:
        groups = line_groups(texts, ruled, words, shape)
        rows = [None if row is None else [*row, *(v for g in chosen for v in groups[g][i])] for i, row in enumerate(shape.rows)]
        return replace(shape, rows=rows)

    return grow


def _share(own: set[str], other: set[str]) -> float:
    return len(own & other) / len(own) if own else 0.0


def chaining(link: str) -> Callable[[list[str]], Callable]:
    """shape.py's prose clusters (whose largest is the article's body) with paragraphs chained by `link`: "one" story
    word shared with the cluster (not CHAIN_WORDS), "lean" a paragraph that leans on the one above (anaphora, a
    connector) whatever words it shares, or both ("one+lean"). Given a page's lines, the clustering function."""
    from redac.cleaning import shape as shape_module

    def for_page(texts: list[str]) -> Callable:
        def joins(i: int, run: tuple[list[int], set[str]], own: set[str]) -> bool:
            if i - run[0][-1] > shape_module.BODY_GAP + 1:
                return False
            leans = "lean" in link and (opens_with_anaphora(texts[i]) or opens_on_connector(texts[i]))
            return leans or len(own & run[1]) >= (1 if "one" in link else CHAIN_WORDS)

        def clusters_of(prose: list[bool], words: list[int], vocab: list[set[str]]) -> tuple:
            runs: list[tuple[list[int], set[str]]] = []  # each cluster's lines and story words
            for i in (i for i, is_prose_line in enumerate(prose) if is_prose_line):
                if runs and joins(i, runs[-1], vocab[i]):
                    runs[-1][0].append(i)
                    runs[-1][1].update(vocab[i])
                else:
                    runs.append(([i], set(vocab[i])))
            clusters = [lines for lines, _ in runs]
            return clusters, [own for _, own in runs], max(clusters, key=lambda c: sum(words[i] for i in c)) if clusters else []

        return clusters_of

    return for_page


def line_feature_table(chosen: tuple[str, ...], link: str | None) -> int:
    """dev/line_model_lopo.py --fixed 0.7,0.95 with the line model reading the `chosen` groups' features too, and
    the body found by `link`'s chaining when given."""
    import line_model_lopo
    import train_line_model

    from redac.cleaning import shape as shape_module

    grow = with_groups(chosen)
    original = shape_module._prose_clusters

    def measure_more(texts: list[str], ruled: list[bool], folded: list[str], words: list[int]) -> Shape:
        shape_module._prose_clusters = chaining(link)(texts) if link else original  # measure_shape reads this name
        return grow(texts, ruled, words, measure_shape(texts, ruled, folded, words))

    line_model.measure_shape = train_line_model.measure_shape = measure_more  # both measure a page through this name
    line_model.FEATURES = (*FEATURES, *(name for g in chosen for name in GROUPS[g]))  # the reasons' names; the shipped model's check
    sys.argv = [sys.argv[0], "--fixed", "0.7,0.95"]
    return line_model_lopo.main()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--groups", default="", help=f"groups of new line features ({', '.join(GROUPS)})")
    parser.add_argument("--body", choices=("one", "lean", "one+lean"), help="the body run chained this way (see `chaining`)")
    args = parser.parse_args()
    return line_feature_table(tuple(filter(None, args.groups.split(","))), args.body)


if __name__ == "__main__":
    sys.exit(main())
