"""Runs of other stories' headlines before or after the article, decided from the shape of the document.

A list of headlines is several short title-like lines in a row (no final stop, a few words, a capital
first, often glued to a time or a rubric: « 18:12Économie - La BCE maintient… », « Société - Le procès
de… ») whose content words (french/ lemmas, function words aside) are not the article's. Placed above the
article's title or after its body (shape.py's longest coherent prose run), such a run is other stories:
page furniture, however it is worded. Inside the body only a run a widget line sets apart goes (a
subheading, a list of facts, a live blog's entries stay); the line right above the body (the title's place)
and the line right under it (a signature, an attribution) are never judged; a line ending on a colon
announces the article's own list. The thresholds are `LIMITS`, one table. Decided from the page's make-up
and the words lines share, never from phrases.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from redac.cleaning.shape import ELLIPSIS_ENDS, SENTENCE_BREAK_RE, TIME_PREFIX_RE, Shape
from redac.french.lemmas import lemma
from redac.french.text import WordMemo
from redac.french.tokens import match_form
from redac.french.wordlists import function_words


@dataclass(frozen=True, slots=True)
class Limits:
    """The thresholds of the decision, in one table."""

    min_run: int = 2  # headlines in a row that make a list of other stories
    min_words: int = 3  # a shorter line is a label (a rubric, a name), not a headline
    max_words: int = 30  # a longer line is a paragraph
    min_lemmas: int = 2  # content words a line needs before its words can say whose story it tells
    max_story_share: float = 0.25  # share of a headline's content lemmas found in the article: another story
    max_teaser_words: int = 60  # a teaser under a listed headline: a standfirst, not a paragraph
    teaser_ratio: float = 1.5  # a teaser cut short runs this many times longer than the headline above it
    related_lemmas: int = 2  # content lemmas two headlines of one story share (a pair: any one)
    min_figure_words: int = 8  # a line opening on a figure is a headline this long (« 456 000 immigrés… »), else an item


LIMITS = Limits()
HEADLINE_RUN_RULE = "related_headlines.run"
HEADLINE_RUN_REASON = "in a run of other stories' headlines around the article (title-like lines that share few of its words and tell stories of their own)"
TEASER_RUN_RULE = "teaser.run"
TEASER_RUN_REASON = "another story's teaser, under its headline in a run of other stories before or after the article"
NO_HEADLINE_ENDS = (".", ":", ";", ",")  # a sentence, an announcement of the lines below, a line cut at a comma
OPENERS = "«\"“'"
LETTERS_RE = re.compile(r"[^\W\d_]+")  # a word's letters: elisions (« l’ », « d’ ») fall apart as function words
MAX_CACHED_WORDS = 1 << 16  # words whose content lemma is kept per process (cleared when full)
CLOCK_PREFIX_RE = re.compile(r"^\s*(?:\d{1,2}[:h]\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*")


@dataclass(frozen=True, slots=True)
class HeadlineRuns:
    headlines: frozenset[int]
    teasers: frozenset[int]


def headline_runs(
    texts: list[str], ruled: list[bool], words: list[int], shape: Shape, listed: frozenset[int] = frozenset()
) -> HeadlineRuns:
    """The lines of the runs of other stories' headlines (and the teasers cut short right under them)
    above the article's title or after its body. Nothing on a page without a body (nothing to stand
    against), nor on a live blog (its entries open on their times: each tells its own part of the story);
    never a bulleted item (`listed`: the article's own lists). A run that leans on prose is the article's own
    subheadings or digest (a paragraph right above or under the run), or a list it announces (a colon above)."""
    if shape.body is None or _live(texts, ruled, shape):
        return HeadlineRuns(frozenset(), frozenset())
    first, last = shape.body
    title = _title_slot(texts, ruled, words, first)
    spans = (range(title), range(_after_body(last, ruled), len(texts)), range(first + 1, last))
    if not any(_headline_pair(span, texts, ruled, words, listed) for span in spans):
        return HeadlineRuns(frozenset(), frozenset())  # most pages: no two headline-shaped lines in a row
    lines = (texts, ruled, words, listed, Counter(texts))
    if not _placed(spans, lines, shape, None).headlines:
        return HeadlineRuns(frozenset(), frozenset())  # no run of the shape and place, whatever its words
    return _placed(spans, lines, shape, _story_lemmas(texts, shape))


def _placed(
    spans: tuple[range, range, range], lines: tuple[list[str], list[bool], list[int], frozenset[int], Counter[str]], shape: Shape,
    story: frozenset[str] | None,
) -> HeadlineRuns:
    """The runs above the title, after the body and inside it that their place and shape let go: outside the
    body, a run that leans on prose is the article's own subheadings or a digest's items; inside it, only a
    run a widget line sets apart (« À lire aussi », an ad's label, a stamp); never a list the article
    announces. Without `story`, words are not compared (a first, cheap look)."""
    texts, ruled, words = lines[:3]
    above, below, inside = (_runs(span, lines, story) for span in spans)
    apart = [run for run in (*above, *below) if not _prose_at(run[0] - 1, ruled, shape) and not _prose_at(run[-1] + 1, ruled, shape)]
    headlines: set[int] = set()
    teasers: set[int] = set()
    for run in (*apart, *(run for run in inside if ruled[run[0] - 1])):
        if _announced(run[0], texts, ruled):
            continue
        heads = [i for k, i in enumerate(run) if not _teaser(i, run[k - 1] if k else None, texts, words)]
        if len(heads) >= LIMITS.min_run and (story is None or _unrelated(heads, texts)):
            headlines.update(heads)
            teasers.update(set(run).difference(heads))
    return HeadlineRuns(frozenset(headlines), frozenset(teasers))


def _headline_pair(span: range, texts: list[str], ruled: list[bool], words: list[int], listed: frozenset[int]) -> bool:
    """Two headline-shaped lines within `span` with nothing between them but lines a rule took and lines
    cut short (teasers): the shape a run needs, before any word is compared."""
    seen = 0
    for i in span:
        if ruled[i]:
            continue
        if i not in listed and _headline(texts[i], words[i]):
            seen += 1
            if seen >= LIMITS.min_run:
                return True
        elif not _cut(texts[i]):
            seen = 0
    return False


def _live(texts: list[str], ruled: list[bool], shape: Shape) -> bool:
    """A live blog: an entry of prose, or a line inside the body, opens on a time of day."""
    first, last = shape.body  # type: ignore[misc]
    return any(not ruled[i] and (shape.prose[i] or first <= i <= last) and TIME_PREFIX_RE.match(text) for i, text in enumerate(texts))


def _prose_at(i: int, ruled: list[bool], shape: Shape) -> bool:
    return 0 <= i < len(ruled) and not ruled[i] and shape.prose[i]


def _announced(i: int, texts: list[str], ruled: list[bool]) -> bool:
    """The line above (a rule's aside) ends on a colon: it announces the lines below, the article's own list."""
    above = next((j for j in range(i - 1, -1, -1) if not ruled[j]), None)
    return above is not None and texts[above].rstrip().endswith(":")


def _unrelated(heads: list[int], texts: list[str]) -> bool:
    """Fewer than half the headlines share content lemmas with another (LIMITS.related_lemmas; any one
    in a pair): each tells its own story. A title over its standfirst, a digest's items, a caption and its
    photo's subject share theirs; a news list shares a word here and there (« député », « Assemblée »)."""
    lemmas = {i: _lemmas(texts[i]) for i in heads}
    least = 1 if len(heads) <= LIMITS.min_run else LIMITS.related_lemmas
    sharing = sum(1 for i in heads if any(len(lemmas[i] & lemmas[j]) >= least for j in heads if j != i))
    return sharing < len(heads) / 2


def _story_lemmas(texts: list[str], shape: Shape) -> frozenset[str]:
    """The article's content lemmas: its body's prose lines'."""
    first, last = shape.body  # type: ignore[misc]
    return _lemmas(" ".join(texts[i] for i in range(first, last + 1) if shape.prose[i]))


def _lemmas(text: str) -> frozenset[str]:
    """The content lemmas of `text` (french/ lemmas; function words and numbers aside), each distinct word
    lemmatised once: a whole body is read in one pass."""
    found = set(map(_CONTENT_LEMMAS.__getitem__, set(LETTERS_RE.findall(text.lower()))))
    found.discard(None)
    return frozenset(found)  # type: ignore[arg-type]  # None is out


def _content_lemma(word: str) -> str | None:
    """A word's lemma, None for a function word."""
    return None if match_form(word) in function_words() else lemma(word)


_CONTENT_LEMMAS = WordMemo(_content_lemma, MAX_CACHED_WORDS)  # a body's words, read once per process


def _title_slot(texts: list[str], ruled: list[bool], words: list[int], first: int) -> int:
    """The position of the title's place: the last title-like line above the body (the title and the
    lines between it and the body are the article's); the body's first line if none."""
    for i in range(first - 1, -1, -1):
        if not ruled[i] and words[i] >= LIMITS.min_words and _headline(texts[i], words[i]):
            return i
    return first


def _after_body(last: int, ruled: list[bool]) -> int:
    """Where the lines after the body start to be judged: past the line right under the body (a
    signature, an attribution, a source), unless a line a rule took sets the body apart."""
    start = last + 1
    return start + 1 if start < len(ruled) and not ruled[start] else start


def _runs(
    positions: range, lines: tuple[list[str], list[bool], list[int], frozenset[int], Counter[str]], story: frozenset[str] | None
) -> list[list[int]]:
    """Runs of lines that are other stories' headlines or the teasers right under them; a line a rule
    took passes over without ending a run. A line shown twice is the page's header over its article
    (its copies go as repeats): it ends a run."""
    texts, ruled, words, listed, counts = lines
    runs: list[list[int]] = []
    run: list[int] = []
    for i in positions:
        if ruled[i]:
            continue
        if i not in listed and counts[texts[i]] == 1 and _foreign(i, texts, words, story, run):
            run.append(i)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return runs


def _foreign(i: int, texts: list[str], words: list[int], story: frozenset[str] | None, run: list[int]) -> bool:
    """Line i tells another story: a headline, or a teaser right under one, sharing little of the story's
    words (not compared without `story`)."""
    text = texts[i]
    headline = _headline(text, words[i])
    teaser = not headline and bool(run) and run[-1] == i - 1 and _headline(texts[i - 1], words[i - 1])
    if not headline and not (teaser and words[i] <= LIMITS.max_teaser_words and _cut(text)):
        return False
    if story is None:
        return True
    lemmas = _lemmas(text)
    return len(lemmas) >= LIMITS.min_lemmas and len(lemmas & story) <= LIMITS.max_story_share * len(lemmas)


def _headline(text: str, n_words: int) -> bool:
    """Title-shaped: a few words, a capital first (past a time glued in front; a figure only in a longer
    line: « 200 g de farine » is a list's item), no full stop at the end (a cut « … », a question or a
    quotation may close it) and no sentence break inside."""
    if not LIMITS.min_words <= n_words <= LIMITS.max_words:
        return False
    stripped = text.strip()
    if stripped.endswith(NO_HEADLINE_ENDS) and not stripped.endswith(ELLIPSIS_ENDS):
        return False
    if SENTENCE_BREAK_RE.search(stripped) is not None:
        return False
    core = _without_time(stripped)
    return bool(core) and (core[0].isupper() or core[0] in OPENERS or (core[0].isdigit() and n_words >= LIMITS.min_figure_words))


def _teaser(i: int, above: int | None, texts: list[str], words: list[int]) -> bool:
    """In a run, line i is the teaser of the headline right above it: no headline itself (too long, two
    sentences), or cut short and much longer than that headline."""
    if above != i - 1 or not _headline(texts[above], words[above]):
        return False
    return not _headline(texts[i], words[i]) or (_cut(texts[i]) and words[i] >= LIMITS.teaser_ratio * words[above])


def _cut(text: str) -> bool:
    """A teaser cut short: with « … », or mid-sentence (no closing punctuation at all)."""
    stripped = text.rstrip()
    return stripped.endswith(ELLIPSIS_ENDS) or stripped[-1:].isalnum()


def _without_time(text: str) -> str:
    """The headline past a time glued in front (« 18:12Économie - La BCE… » -> « Économie - La BCE… »); a
    rubric in front opens on its own capital."""
    return CLOCK_PREFIX_RE.sub("", text, count=1)
