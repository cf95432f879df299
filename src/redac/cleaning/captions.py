"""Photo captions shown twice, once with their credit: both copies go (a document-level shape rule, read
from the page's lines, never from a phrase list). An article does not print its own sentence twice with a
photographer's name.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import chain

from redac.cleaning.shape import CREDIT_CUE_RE

FULL_STOPS = (".", "!", "?", "…")
MAX_CREDIT_WORDS = 4  # a credit added to a caption's copy: an agency, a photographer's name
COPY_MIN_CHARS, COPY_MAX_CHARS = 25, 600  # a caption shown twice: long enough not to repeat by chance
COPY_EXTRA_CHARS = 40  # what a copy adds to the caption: a credit, a photographer's name
COPY_WINDOW = 4  # a caption's copy sits near it (the image's alt text, its legend)
COPY_KEY_CHARS = 20  # a copy starts or ends with the caption's own first or last letters


def credited_copies(texts: list[str], ruled: list[bool], folded: list[str], headline: int = -1) -> frozenset[int]:
    """Photo captions shown twice: a line and its near copy a few lines away (the copy starts or ends
    with the caption, and adds at most a credit or a few words), where one of the two carries a credit
    (« (AFP) », « Photo: … ») or repeats itself (« X - X », a caption glued to its alt text). An article
    does not print its own sentence twice with a photographer's name. Copies are looked up by their
    first and last letters, so the cost stays linear in the page's lines. Words in capitals added to the
    copy are a credit too, below the page's first line of some length (`headline`): that line shown again
    with the site's name in capitals is the page's header. A line printed twice in a row below that line is
    a caption too (`_caption_pair`)."""
    heads: dict[str, list[int]] = defaultdict(list)
    tails: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(folded):
        if COPY_MIN_CHARS <= len(line) <= COPY_MAX_CHARS:
            heads[line[:COPY_KEY_CHARS]].append(i)
            tails[line[-COPY_KEY_CHARS:]].append(i)
    found: set[int] = set()
    pairs = (
        (a, b)
        for group in chain(heads.values(), tails.values()) if len(group) > 1
        for k, a in enumerate(group) for b in group[k + 1:k + 1 + COPY_WINDOW] if b - a <= COPY_WINDOW
    )
    for a, b in pairs:
        if folded[a] == folded[b] and b == a + 1 and a > headline and _caption_pair(a, texts, folded):
            found.update(i for i in (a, b) if not ruled[i])  # the image's alt text, then its legend
        elif folded[a] != folded[b]:
            short, long = sorted((folded[a], folded[b]), key=len)
            if len(long) <= 2 * len(short) + COPY_EXTRA_CHARS and short in long and (
                CREDIT_CUE_RE.search(long.replace(short, " ")) or _repeats_itself(long, short) or (a > headline and _capitals_added(texts[a], texts[b]))
            ):
                found.update(i for i in (a, b) if not ruled[i])  # the copy a rule took already goes as a credit
    return frozenset(found)


def _caption_pair(a: int, texts: list[str], folded: list[str]) -> bool:
    """Lines a and a + 1 are one caption, the image's alt text then its legend: no full stop (an article's
    sentence closes), and in no other line of the page (a headline comes back in the title bar, with the site's name)."""
    return not texts[a].rstrip().endswith(FULL_STOPS) and sum(folded[a] in line for line in folded) == 2


def _capitals_added(first: str, second: str) -> bool:
    """The copy adds a few words in capitals only (« - ESA », « / AFP PHOTO »): an agency or a photographer."""
    short, long = sorted((first.strip(), second.strip()), key=len)
    extra = long.replace(short, " ").strip(" -–—|/©:()") if short in long else ""
    letters = [c for c in extra if c.isalpha()]
    return len(letters) >= 2 and len(extra.split()) <= MAX_CREDIT_WORDS and all(c.isupper() for c in letters)


def _repeats_itself(line: str, part: str) -> bool:
    """« X - X »: the caption and its alt text side by side."""
    return line.count(part) >= 2 or (line.startswith(part[: len(part) // 2]) and line.count(part[: len(part) // 2]) >= 2)
