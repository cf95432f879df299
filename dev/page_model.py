"""Experiment (not shipped): a learned, page-level "does this page hold an article?" for the cleaner, measured part
by part, held out, through the whole cleaner.

    python dev/page_model.py    # the page model, each part held out

Page model. Features of the page's make-up (`PAGE_FEATURES`, from the cleaner's own inputs: the lines, which the
noise rules take, shape.py's prose lines, story words and body run): share of prose and of title-like lines, words and
lines of the longest coherent run of prose and its share of the page, longest line, lines cut with « … »,
headline-and-teaser pairs, prose lines that go on from the one above (a shared story word, an anaphora, a connector
at the opening: french/sentences.py, french/transitions.py) and the longest such chain, prose sharing no word with the
body, spread of prose lengths, repeats, time stamps. Logistic regression (L2, Newton's method from zero:
deterministic), article pages weighted ARTICLE_WEIGHT; label: a page whose labels keep no line holds no article.
Threshold: the highest probability an article page of the training parts gets with its own part held out (inner
leave-one-part-out), plus MARGIN. A flagged page loses every line no rule took (as cleaning/pages.py's). Data: every
part bench/clean_corpus.py may tune on but `measure` (never blind9), and the hand-written cases of tests/cleaning.

Table (main 8fb5623; noise removed / article sentences kept, without -> with, each part held out): no page is
flagged on any part, so all are unchanged (all parts 1409/1865 = 75.5 % / 99.65 %). Held-out AUC 0.81, but the
only no-article pages it ranks above every article page (d725, d825) hold one kept noise line each and stay below
their part's threshold; the teaser soups where noise is kept (d410, d605, d709, d820, e025 …: topical tag pages whose teasers share
the tag's names, one-paragraph teasers closed by full stops, a film's fact sheet) score below article pages whose
make-up is a list (council minutes, an agenda, a results page, a two-line excerpt). With a margin of 0.02, or with
pages under 5 lines left out, or with gradient-boosted trees of depth 2-3 (train_line_model.train; tried once, not
kept here): 0 or 1 noise line gained over all held-out parts, sometimes an article page lost. Keeping the longest
chain of linked paragraphs on a flagged page instead of emptying it (tried once, not kept here): over the 60
best-scored pages, +45 noise lines, -136 sentences. Lowering the line model's threshold from 0.7 to 0.5 (0.3) on the
pages it scores at 0.2 or 0.3 and up instead (tried once): +1 noise line, -1 (-2) sentences over all parts.

The page-shape numbers as line-model features, and shape.py's body run chained otherwise: dev/page_line_features.py.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "dev"))
sys.path.insert(0, str(ROOT))

import clean_corpus
from tests.cleaning.casefile import read_case

import redac.cleaning.model as line_model
from redac.cleaning.brief import instruction_intents
from redac.cleaning.rules import Line, load_rules
from redac.cleaning.shape import ELLIPSIS_ENDS, SENTENCE_BREAK_RE, TIME_PREFIX_RE, Shape, measure_shape
from redac.cleaning.title import is_title_like
from redac.french.sentences import opens_with_anaphora
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.transitions import transition_in
from redac.ingest import parse

PAGE_FEATURES = (
    "lines", "ruled_share", "prose_share", "title_share", "body_words", "body_lines", "body_share",
    "longest_line", "teaser_share", "pair_share", "chained", "anaphora", "kin_share", "stories",
    "stamped_share", "duplicates", "sentences_max", "closed_share", "stranger_words", "clusters", "body_prose",
    "linked", "longest_chain", "length_spread", "one_sentence",
)
OPENING_TOKENS = 4  # the longest connector looked for at a paragraph's opening
CHAIN_WORDS = 2  # story words a prose line shares with the one above: the same story goes on
PAIR_MAX_WORDS = 20  # a headline over its teaser is shorter than this
NEVER = clean_corpus.MEASURED_ONLY  # measured only, or being written blind
PARTS = tuple(p for p in clean_corpus.TUNABLE if p not in NEVER)
L2 = 0.001  # times the pages' total weight
STEPS = 30
ARTICLE_WEIGHT = 3.0
MARGIN = 0.05
REASON = "the page's make-up reads as a listing of other stories (page model): no article here"


@dataclass(frozen=True, slots=True)
class PageModel:
    weights: tuple[float, ...]
    bias: float
    threshold: float  # drop the page at or above this probability of holding no article

    def no_article(self, features: list[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


OFF = PageModel(tuple(0.0 for _ in PAGE_FEATURES), 0.0, 2.0)  # never reaches its threshold: the cleaner as it is


def page_features(texts: list[str], ruled: list[bool], words: list[int], shape: Shape) -> list[float]:
    """`PAGE_FEATURES` of a page: its lines, which a rule took, their word counts, and its shape."""
    n = len(texts)
    open_lines = [i for i in range(n) if not ruled[i]]
    n_open = max(len(open_lines), 1)
    prose = [i for i in open_lines if shape.prose[i]]
    n_prose = max(len(prose), 1)
    low, high = shape.body if shape.body is not None else (n, -1)
    body = [i for i in prose if low <= i <= high]
    body_words = sum(words[i] for i in body)
    outside = [i for i in open_lines if not low <= i <= high]
    chained = sum(len(shape.vocab[a] & shape.vocab[b]) >= CHAIN_WORDS for a, b in itertools.pairwise(prose))
    strangers = [i for i in prose if not low <= i <= high and not shape.vocab[i] & shape.body_words]
    links = [_goes_on(texts[b], shape.vocab[a], shape.vocab[b]) for a, b in itertools.pairwise(prose)]
    seen = [texts[i].strip() for i in open_lines]
    return [
        math.log1p(len(open_lines)) / 4,
        sum(ruled) / max(n, 1),
        len(prose) / n_open,
        sum(not shape.prose[i] and is_title_like(texts[i]) for i in open_lines) / n_open,
        math.log1p(body_words) / 6,
        math.log1p(len(body)) / 3,
        body_words / (sum(words[i] for i in open_lines) or 1),
        math.log1p(max((words[i] for i in open_lines), default=0)) / 5,
        sum(texts[i].rstrip().endswith(ELLIPSIS_ENDS) for i in open_lines) / n_open,
        _pairs(open_lines, shape.prose, words) / n_prose,
        chained / max(len(prose) - 1, 1),
        sum(opens_with_anaphora(texts[i]) for i in prose) / n_prose,
        sum(bool(shape.vocab[i] & shape.body_words) for i in outside) / max(len(outside), 1),
        math.log1p(len(strangers)) / 3,
        sum(TIME_PREFIX_RE.match(texts[i]) is not None for i in open_lines) / n_open,
        (len(seen) - len(set(seen))) / n_open,
        math.log1p(max((len(SENTENCE_BREAK_RE.split(texts[i].strip())) for i in prose), default=0)) / 3,
        sum(texts[i].rstrip().endswith((".", "!", "?", "»")) for i in prose) / n_prose,
        sum(words[i] for i in strangers) / (sum(words[i] for i in prose) or 1),
        math.log1p(len(prose) - chained) / 3,
        len(body) / n_prose,
        sum(links) / max(len(links), 1),
        _longest_chain(links, len(prose)) / n_prose,
        _spread([len(texts[i]) for i in prose]),
        sum(len(SENTENCE_BREAK_RE.split(texts[i].strip())) == 1 for i in prose) / n_prose,
    ]


def _spread(lengths: list[int]) -> float:
    """Coefficient of variation of the prose lines' lengths: a listing's teasers are cut to one size, an
    article's paragraphs are not."""
    if len(lengths) < 2:
        return 0.0
    mean = sum(lengths) / len(lengths)
    return min(math.sqrt(sum((n - mean) ** 2 for n in lengths) / len(lengths)) / mean, 2.0)


def _goes_on(text: str, above: set[str], own: set[str]) -> bool:
    """A paragraph goes on from the one above: it names what it named, leans on it (« Il », « Cette »), or opens
    on a connector (« Mais », « Par ailleurs »). Another story's teaser does none of these."""
    return bool(above & own) or opens_with_anaphora(text) or opens_on_connector(text)


def opens_on_connector(text: str) -> bool:
    """The paragraph's first words are a connector (« Par ailleurs, », « Mais »): one further in (« recense
    désormais ») ties nothing to the paragraph above."""
    opening = [fold(token) for token in tokens(text)[:OPENING_TOKENS]]
    found = transition_in(opening)
    return found is not None and opening[:len(found.split())] == found.split()  # word by word: « or » opens no « orage »


def _longest_chain(links: list[bool], n_prose: int) -> int:
    """Prose lines in the longest run of paragraphs each going on from the one above (`links`: for each
    prose line after the first, whether it goes on)."""
    best = run = min(n_prose, 1)
    for linked in links:
        run = run + 1 if linked else 1
        best = max(best, run)
    return best


def _pairs(open_lines: list[int], prose: list[bool], words: list[int]) -> int:
    """Headline-and-teaser pairs: a short line no rule took right above a prose line."""
    return sum(
        prose[b] and not prose[a] and 2 <= words[a] < PAIR_MAX_WORDS and b == a + 1
        for a, b in itertools.pairwise(open_lines)
    )


def page_inputs(text: str) -> tuple[list[str], list[bool], list[int], Shape]:
    """A text input's lines, which a rule (or an instruction) takes, their word counts and the page's shape,
    as the cleaner measures them."""
    texts = [block.text for block in parse(text, "train").documents[0].blocks]
    lines = [Line.of(t) for t in texts]
    rules = load_rules()
    ruled = [rules.match(line) is not None or bool(instruction_intents(t)) for line, t in zip(lines, texts, strict=True)]
    folded, words = [line.core for line in lines], [line.n_words for line in lines]
    return texts, ruled, words, measure_shape(texts, ruled, folded, words)


def corpus_pages() -> tuple[list[dict], dict, dict[str, list[tuple[list[float], bool]]]]:
    """The manifest rows, the labels, and each part's pages as (features, holds no article)."""
    manifest, labels = clean_corpus.load_corpus()
    pages: dict[str, list[tuple[list[float], bool]]] = {part: [] for part in PARTS}
    for doc in manifest:
        if doc["split"] in pages:
            text = (clean_corpus.CORPUS / "texts" / f"{doc['id']}.txt").read_text(encoding="utf-8")
            pages[doc["split"]].append((page_features(*page_inputs(text)), not any(r["label"] == "keep" for r in labels[doc["id"]])))
    return manifest, labels, pages


def case_pages() -> list[tuple[list[float], bool]]:
    folder = ROOT / "tests" / "cleaning"
    rows = []
    for path in sorted((folder / "cases").glob("*.txt")) + sorted((folder / "expected").glob("*.txt")):
        raw = path.read_text(encoding="utf-8").split("\n")
        marks = [line.partition("|")[0].rstrip("+") for line in raw if "|" in line and not line.startswith(("#", "@"))]
        rows.append((page_features(*page_inputs(read_case(path).input_text)), not any(m and m not in ("N", "A", "I") for m in marks)))
    return rows


def fit(rows: list[tuple[list[float], bool]]) -> tuple[np.ndarray, float]:
    """Weights and bias of the L2-penalised logistic regression (the bias unpenalised), by Newton's method."""
    x = np.array([[1.0, *r[0]] for r in rows])
    y = np.array([float(r[1]) for r in rows])
    weight = np.where(y > 0, 1.0, ARTICLE_WEIGHT)
    penalty = np.diag([0.0] + [L2 * weight.sum()] * len(PAGE_FEATURES))
    beta = np.zeros(x.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -30, 30)))
        gradient = x.T @ (weight * (p - y)) + penalty @ beta
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + penalty + 1e-9 * np.eye(x.shape[1])
        beta -= np.linalg.solve(hessian, gradient)
    return beta[1:], float(beta[0])


def model_of(rows: list[tuple[list[float], bool]], threshold: float) -> PageModel:
    weights, bias = fit(rows)
    return PageModel(tuple(float(w) for w in weights), bias, threshold)


def threshold_for(pages: dict[str, list], parts: list[str], cases: list) -> float:
    """The highest probability of "no article" an article page of `parts` gets from a model trained
    without its part, plus MARGIN (at least one half)."""
    worst = 0.0
    for part in parts:
        model = model_of(cases + [r for q in parts if q != part for r in pages[q]], 1.0)
        worst = max([worst, *(model.no_article(f) for f, empty in pages[part] if not empty)])
    return min(max(0.5, worst + MARGIN), 1.0)


def cleaned(model: PageModel, docs: list[dict], labels: dict) -> tuple[int, int, int, int]:
    """The whole cleaner on `docs`, a page `model` flags emptied as the shape rules' no-article pages are."""
    original = line_model.no_article

    def no_article(texts: list[str], ruled: list[bool], words: list[int]) -> str | None:
        shape = measure_shape(texts, ruled, [Line.of(t).core for t in texts], words)
        flagged = model.no_article(page_features(texts, ruled, words, shape)) >= model.threshold
        return REASON if flagged else original(texts, ruled, words)

    line_model.no_article = no_article  # the line model asks this name whether the page holds an article
    try:
        tally = clean_corpus.measure(docs, labels, show=False)
    finally:
        line_model.no_article = original
    return sum(tally.noise_removed.values()), sum(tally.noise.values()), tally.sentences_kept, tally.sentences


def show(figures: tuple[int, ...]) -> str:
    removed, noise, kept, sentences = figures
    return f"{removed:>4}/{noise:<4} {100 * removed / max(noise, 1):5.1f} %  kept {kept:>4}/{sentences:<4} {100 * kept / max(sentences, 1):6.2f} %"


def page_table() -> None:
    manifest, labels, pages = corpus_pages()
    cases = case_pages()
    print(f"{'held out':<8} {'pages':>5} {'none':>4} {'thr':>5} {'flagged':>7}   {'without the page model':<40} {'with it':<40}")
    totals = [np.zeros(4, dtype=int), np.zeros(4, dtype=int)]
    scored: list[tuple[float, bool, str]] = []  # held-out probability of no article, the label, the page
    for part in PARTS:
        others = [p for p in PARTS if p != part]
        threshold = threshold_for(pages, others, cases)
        model = model_of(cases + [r for p in others for r in pages[p]], threshold)
        ids = [d["id"] for d in manifest if d["split"] == part]
        scored += [(model.no_article(f), empty, doc) for doc, (f, empty) in zip(ids, pages[part], strict=True)]
        flagged = [empty for f, empty in pages[part] if model.no_article(f) >= threshold]
        docs = [d for d in manifest if d["split"] == part]
        before, after = cleaned(OFF, docs, labels), cleaned(model, docs, labels)
        totals[0] += before
        totals[1] += after
        n_empty = sum(empty for _, empty in pages[part])
        print(f"{part:<8} {len(pages[part]):>5} {n_empty:>4} {threshold:5.2f} {sum(flagged):>3}/{len(flagged):<3}   {show(before):<40} {show(after):<40}")
    print(f"{'all':<31}   {show(tuple(totals[0])):<40} {show(tuple(totals[1])):<40}")
    best_article = max(p for p, empty, _ in scored if not empty)
    above = sorted((p, doc) for p, empty, doc in scored if empty and p > best_article)
    empties, articles = [p for p, e, _ in scored if e], [p for p, e, _ in scored if not e]
    auc = sum((a > b) + 0.5 * (a == b) for a in empties for b in articles) / max(len(empties) * len(articles), 1)
    print(f"held-out scores: AUC {auc:.3f}; no-article pages above the best-scored article page ({best_article:.3f}):"
          f" {', '.join(doc for _, doc in above) or 'none'}")


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args()
    page_table()
    return 0

if __name__ == "__main__":
    sys.exit(main())
