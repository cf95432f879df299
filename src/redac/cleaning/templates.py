"""Items of other stories laid out by the page's template, read from the page's `Shape`.

A listing repeats one layout for each story it shows: a headline, the same widget line (an image's
label, the author's byline, a language tag) and a teaser of a line or two. Where two such items in a
row tell stories that share few words, the page is listing them, however few there are: an article's
subheadings and paragraphs keep to one story's words. Decided from the layout and the words the
items share, never from phrases (cleaning/listing.py reads listings of three pairs or more).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from redac.cleaning.shape import ELLIPSIS_ENDS, MAX_HEADLINE_WORDS, STORY_SHARE, Shape

MIN_ITEMS = 2  # items of one layout in a row
MAX_TEASER_LINES = 2  # a teaser's lines under its headline; a longer item develops its story
MIN_TEASER_WORDS = 10  # a shorter line under a headline is a label, not a teaser


@dataclass(frozen=True, slots=True)
class _Item:
    lines: tuple[int, ...]  # the headline and the teaser's lines
    layout: tuple[tuple[str, ...], tuple[str, ...]]  # the texts a rule took between headline and teaser, and after it
    end: int  # the first line after the item


def templated_items(texts: list[str], ruled: list[bool], words: list[int], shape: Shape) -> frozenset[int]:
    """The headlines and teasers of MIN_ITEMS items or more in a row with one layout, where a line a rule
    took sits at the same place in each, and no two items tell the same story."""
    widgets = [texts[k].strip() for k in range(len(texts)) if ruled[k]]
    if len(set(widgets)) == len(widgets):
        return frozenset()  # no line a rule took comes twice: no layout repeats (most pages)
    found: set[int] = set()
    i = 0
    while i < len(texts):
        run: list[_Item] = []
        j = i
        while (item := _item_at(j, texts, ruled, words, shape)) is not None and (not run or item.layout == run[0].layout):
            run.append(item)
            j = item.end
        if len(run) >= MIN_ITEMS and any(run[0].layout) and _unrelated(run, shape):
            found.update(k for item in run for k in item.lines)
        i = max(j, i + 1)
    return frozenset(found)


def _item_at(i: int, texts: list[str], ruled: list[bool], words: list[int], shape: Shape) -> _Item | None:
    """The item whose headline is line i: a short title-like line, the lines a rule took, one or two
    teaser lines (the second may come after lines a rule took: an image's credit, then its caption), the
    lines a rule took after them."""
    n = len(texts)
    if i >= n or ruled[i] or shape.prose[i] or not 2 <= words[i] <= MAX_HEADLINE_WORDS or texts[i].rstrip().endswith((".", ":")):
        return None
    k = i + 1
    while k < n and ruled[k]:
        k += 1
    between = tuple(texts[m].strip() for m in range(i + 1, k))
    teaser: list[int] = []
    while k < n and not ruled[k] and len(teaser) < MAX_TEASER_LINES and _teaser_line(texts[k], words[k], shape.prose[k]):
        teaser.append(k)
        k = _past_widgets(k + 1, texts, ruled, words, shape) if len(teaser) < MAX_TEASER_LINES else k + 1
    if not teaser or (k < n and not ruled[k] and shape.prose[k]):
        return None  # no teaser, or paragraphs that go on: an article's subheading
    end = k
    while end < n and ruled[end]:
        end += 1
    after = tuple(texts[m].strip() for m in range(k, end))
    return _Item((i, *teaser), (between, after), end)


def _past_widgets(k: int, texts: list[str], ruled: list[bool], words: list[int], shape: Shape) -> int:
    """Past the lines a rule took after a teaser's line (an image's credit), when a teaser's line follows
    them (the image's caption): the item goes on; else k, where its widgets start."""
    past = k
    while past < len(texts) and ruled[past]:
        past += 1
    return past if past > k and past < len(texts) and _teaser_line(texts[past], words[past], shape.prose[past]) else k


def _teaser_line(text: str, n_words: int, is_prose: bool) -> bool:
    return n_words >= MIN_TEASER_WORDS and (is_prose or text.rstrip().endswith(ELLIPSIS_ENDS))


def _unrelated(run: list[_Item], shape: Shape) -> bool:
    """No two items share STORY_SHARE of the smaller one's story words: each tells its own story (two
    sections of one article name the same people, places and things)."""
    vocab = [set().union(*(shape.vocab[k] for k in item.lines)) for item in run]
    return all(len(a & b) < STORY_SHARE * min(len(a), len(b)) for a, b in combinations(vocab, 2))
