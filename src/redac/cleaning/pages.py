"""Pages with no article: a tag, rubric or home page, a list of teasers, read from the page's make-up.

The cleaner otherwise takes the longest run of prose for the article's body, and a run of other
stories' teasers then passes for one. A page is reported as holding no article only when its shape
says so without doubt; an article that is itself short (a three-paragraph wire story, a live blog of
time-stamped entries on one topic) keeps its paragraphs, which follow one another, or share the story's
words from entry to entry. Nothing here reads a phrase list.
"""

from __future__ import annotations

import re

from redac.cleaning.listing import is_cut
from redac.cleaning.shape import ELLIPSIS_ENDS, TIME_PREFIX_RE, Shape
from redac.french.text import fold

MIN_TEASER_WORDS = 15  # a lone line cut with « … » this long is a teaser, not a label
MIN_ITEMS = 3  # items in a list of other stories
MAX_ITEM_SENTENCES = 3  # a listing's item is a headline with a sentence or three
SHARED_STEMS = 1  # a stem two items of one story share (its people, places, subject)
FURNITURE_SHARE = 0.8  # a stem in this share of the items is the site's (a name glued to each item)
STEM_CHARS = 4  # « Bretagne » and « bretons », « prévision » and « prévisions » share their first letters
SENTENCE_RE = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])")
NAME_RE = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{3,}|\b[A-Z]{2,}\b")  # names and acronyms: « Rose », « BCE »
LONE_TEASER = "a page whose only line is a teaser cut with « … », without a headline: no article here"
ITEM_LIST = "a page listing {n} short unrelated stories between stamps or links: no article here"


def no_article(texts: list[str], ruled: list[bool], words: list[int], shape: Shape) -> str | None:
    """Why the page holds no article, or None when it may hold one."""
    unruled = [i for i in range(len(texts)) if not ruled[i]]
    if len(unruled) == 1 and words[unruled[0]] >= MIN_TEASER_WORDS and texts[unruled[0]].rstrip().endswith(ELLIPSIS_ENDS):
        return LONE_TEASER  # with a headline above it, it may be an article's excerpt: kept
    text_lines = [i for i in unruled if shape.prose[i] or _cut_teaser(texts[i], words[i])]
    if _item_list(texts, ruled, text_lines, shape):
        return ITEM_LIST.format(n=len(text_lines))
    return None


def _cut_teaser(text: str, n_words: int) -> bool:
    return n_words >= MIN_TEASER_WORDS and is_cut(text)


def _item_list(texts: list[str], ruled: list[bool], items: list[int], shape: Shape) -> bool:
    """At least MIN_ITEMS text lines, each one alone between stamps, links or headlines (or opening on
    its own time stamp), each a sentence or three, and sharing few words with the others: other
    stories, one per item. An article's paragraphs follow one another; a live blog's entries, stamped
    one by one, tell one story and share its words."""
    if len(items) < MIN_ITEMS:
        return False
    item_set = set(items)
    stamped = 0
    for i in items:
        if (i - 1 in item_set or i + 1 in item_set) and not TIME_PREFIX_RE.match(texts[i]):
            return False  # two paragraphs in a row: a story's text goes on
        if len(SENTENCE_RE.split(texts[i].strip())) > MAX_ITEM_SENTENCES:
            return False
        stamped += TIME_PREFIX_RE.match(texts[i]) is not None or (i > 0 and ruled[i - 1]) or (i + 1 < len(texts) and ruled[i + 1])
    if stamped < len(items) / 2:
        return False  # headlines between paragraphs may be an article's subheadings
    stems = [_stems(texts[i], shape.vocab[i]) for i in items]
    furniture = {s for s in set().union(*stems) if sum(s in own for own in stems) >= FURNITURE_SHARE * len(stems)}
    stems = [own - furniture for own in stems]
    related = sum(1 for k, own in enumerate(stems) if any(len(own & other) >= SHARED_STEMS for j, other in enumerate(stems) if j != k))
    return related < len(items) / 2


def _stems(text: str, vocab: set[str]) -> set[str]:
    """The words that tie a line to its story, cut to their first letters: long words and names."""
    return {word[:STEM_CHARS] for word in vocab} | {fold(name)[:STEM_CHARS] for name in NAME_RE.findall(text)}
