"""Pages with no article (a tag, rubric or home page), read from the page's make-up, never from a phrase list.

The cleaner otherwise takes the longest run of prose for the article's body, and what a listing leaves
then passes for one. A page is reported as holding no article only when its shape says so without
doubt: its one line, or each of its lines, is a teaser cut with « … », or the shape rules took most of
it for other stories and left headlines or menu labels only. Short paragraphs that share no words are no sign of a listing: a three-paragraph
story cut apart by credits or ads reads just so (found by tests/cleaning/test_properties.py).
"""

from __future__ import annotations

import re

from redac.cleaning.shape import ELLIPSIS_ENDS
from redac.cleaning.title import is_title_like
from redac.french.dates import WEEKDAYS

PARAGRAPH_WORDS = 20  # a line this long, or of two sentences, develops a story
MAX_LABEL_WORDS = 2  # a menu item or a rubric left by a listing
MIN_DROPPED = 6  # lines the shape rules took: a listing of three headlines and their teasers
MIN_TEASER_WORDS = 15  # a lone line cut with « … » this long is a teaser, not a label
MAX_GLUED_LINK_WORDS = 3  # « … Lire la suite »: a link glued after the cut
MAX_TEASER_SENTENCES = 3  # past this a lone line cut with « … » is an article's excerpt, developed
MIN_GLUED_ITEMS = 3  # lines of a page, each a listing's item glued into one line
MONTHS = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
# « … refus de priorité France | Faits divers lundi 29 septembre à 13h04 Un drame a bouleversé … »: an item's
# headline, rubric and time stamp glued to its teaser, the stamp running straight into a capitalised sentence.
GLUED_STAMP_RE = re.compile(
    rf"\S\s+(?i:(?:(?:{'|'.join(WEEKDAYS)})\s+)?\d{{1,2}}(?:er)?\s+{MONTHS}(?:\s+\d{{4}})?\s+(?:à|-)\s+\d{{1,2}}[h:]\d{{2}})\s+[A-ZÀ-ÖØ-Þ]"
)
SENTENCE_RE = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])")
LONE_TEASER = "a page whose only line is a teaser cut with « … », without a headline: no article here"
CUT_TEASERS = "a page whose every line is a teaser cut with « … », without a headline: no article here"
GLUED_ITEMS = "each line is another story's headline, rubric and time glued to its teaser: a listing, no article here"
LISTING_ONLY = "other stories' headlines and teasers fill the page and no story is developed: no article here"


def no_article(texts: list[str], ruled: list[bool], words: list[int]) -> str | None:
    """Why the page holds no article, or None when it may hold one (the caller asks only of a page with
    no paywall prompt: behind one, a lone excerpt cut short is the article's visible text)."""
    unruled = [i for i in range(len(texts)) if not ruled[i]]
    if len(unruled) == 1:
        line = texts[unruled[0]].strip()
        if words[unruled[0]] >= MIN_TEASER_WORDS and _short(line) and _cut_by_ellipsis(line):
            return LONE_TEASER  # with a headline above it, or sentences that develop a story, an article's excerpt: kept
    elif unruled and all(_teaser_cut_short(texts[i].strip(), words[i]) for i in unruled) and len({texts[i] for i in unruled}) > 1:
        return CUT_TEASERS
    elif len(unruled) >= MIN_GLUED_ITEMS and all(GLUED_STAMP_RE.search(texts[i]) for i in unruled):
        return GLUED_ITEMS
    return None


def _short(line: str) -> bool:
    return len(SENTENCE_RE.split(line)) <= MAX_TEASER_SENTENCES


def _cut_by_ellipsis(line: str) -> bool:
    """Cut with « … », a link of a few words glued after it or not (« … Lire la suite »)."""
    for end in ELLIPSIS_ENDS:
        head, found, tail = line.rpartition(end)
        if found and head and len(tail.split()) <= MAX_GLUED_LINK_WORDS and not any(c in tail for c in ".!?"):
            return True
    return False


def _teaser_cut_short(line: str, n_words: int) -> bool:
    """A teaser that opens like a paragraph (a capital) and stops with « … ». Each line of a page being so,
    it is a listing of other stories' openings. A line stopped mid-sentence without « … » may be an
    article's last paragraph cut by the page's end: no sign."""
    opens = line[:1].isupper() or line[:1] in "«\"“"
    return n_words >= MIN_TEASER_WORDS and opens and _short(line) and _cut_by_ellipsis(line)


def nothing_developed(texts: list[str], ruled: list[bool], dropped: list[bool]) -> bool:
    """The shape rules took most of the page (at least half its lines, MIN_DROPPED of them at least)
    for other stories' headlines and teasers, and what they leave reads as headlines or labels only: no
    line closes on a full stop (a sentence of a story, however short), none is PARAGRAPH_WORDS long or of
    two sentences. A headline or two of the same listing, no article."""
    left = [texts[i] for i in range(len(texts)) if not ruled[i] and not dropped[i]]
    if not left or sum(dropped) < max(MIN_DROPPED, len(texts) / 2):
        return False
    return all(_headline_or_label(text) for text in left)


def _headline_or_label(text: str) -> bool:
    """A headline (title-like, one sentence, short of a paragraph, no full stop) or a label of a word or two
    (« BOX-OFFICE »)."""
    n_words = len(text.split())
    if n_words <= MAX_LABEL_WORDS and not text.rstrip().endswith((".", "!", "?")):
        return True
    return (
        is_title_like(text) and not text.rstrip().endswith(".") and n_words < PARAGRAPH_WORDS
        and len(SENTENCE_RE.split(text.strip())) == 1
    )
