"""Under a related-articles header inside the page, the rest of the page tells other stories.

« À lire aussi » or « Sur le même sujet » most often heads a list of other stories' headlines, and
`_drop_headed_lists` (cleaning/__init__.py) drops the headlines it can tell from the article's own short
lines. Inside the article's body it takes one headline only, since the article may go on below. When
everything left under the header names people, places and things the article above it never names,
the article does not go on: the header opened a block of other stories (headlines, their teasers and
captions, however long), and all of it goes. Decided from the words lines share, never from phrases.
"""

from __future__ import annotations

from redac.cleaning.shape import COMMON_WORDS, VOCAB_CHARS, WORD_RE
from redac.cleaning.title import is_title_like

TAIL_RULE = "link.related_tail"
TAIL_REASON = "under a related-articles header, the rest of the page tells other stories (none of the article's words)"
MIN_TAIL_LINES = 2  # different lines under the header: a headline and its teaser at least (one line twice is a copy)
MIN_TAIL_WORDS = 2  # story words a line needs before its words can say whose story it tells
MIN_ARTICLE_WORDS = 15  # story words above the header before missing ones can say the tail is another story's


def story_words(core: str) -> set[str]:
    """A folded line's story words: long words, common ones aside (shape.py's vocabulary)."""
    return set(WORD_RE.findall(core[:VOCAB_CHARS])) - COMMON_WORDS


def foreign_tail(above: list[str], tail: list[tuple[str, str]]) -> bool:
    """`above`: the folded lines kept above the header (title, lead, body); `tail`: each line left under
    it (its text, its folded core). True when MIN_TAIL_LINES lines at least are left, a headline-like one
    among them, and each names MIN_TAIL_WORDS story words or more, none of them the article's. An article
    that goes on under an inline « Lire aussi » names its own people and places again: one word is enough
    (« Kremlin » in a paragraph that goes on from the one above the header)."""
    if len({core for _, core in tail}) < MIN_TAIL_LINES or not any(is_title_like(text) for text, _ in tail):
        return False
    article = set().union(*map(story_words, above))
    if len(article) < MIN_ARTICLE_WORDS:
        return False
    for _, core in tail:
        own = story_words(core)
        if len(own) < MIN_TAIL_WORDS or own & article:
            return False
    return True
