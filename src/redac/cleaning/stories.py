"""Other stories after the article's body, read from the page's `Shape`: what a line shares with the story.

A headline or a teaser of another article speaks of other people, places and things: its story words
(shape.py's long words, common ones aside) are none of the article's (its title, lead and body). One such
line may be a stray line of the article; several in a row after the body, set apart from it by a widget
line a rule took (« À lire aussi », « Read more », a separator), with a headline among them, are a block
of other stories. Decided from the words a line shares and the page's make-up, never from phrases.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from redac.cleaning.shape import MAX_HEADLINE_WORDS, Shape, headline_shaped
from redac.french.sentences import opens_with_anaphora

MIN_STORY_WORDS = 2  # a line with fewer story words says nothing about whose story it tells
MAX_SHARED = 0.15  # share of the line's story words found in the article: another story's line
MIN_RUN = 2  # foreign lines in a row after the body: a headline over its teaser, or two headlines
MIN_HEADLINES = 2  # in all the runs: one short line over one sentence may be the article's last subheading and paragraph
HEAD_LINES = 2  # lines above the body that hold the article's title and lead
MIN_HEAD_WORDS = 4  # a shorter line above the body is a label (a rubric, a kicker), not the title
MIN_BODY_SHARE = 0.6  # share of the page's prose words the body holds: the page is this one article
MAX_NEUTRAL_WORDS = 4  # a short line of no story words (« Image », « See more ») neither ends nor joins a run


def other_stories(texts: list[str], ruled: list[bool], words: list[int], shape: Shape) -> frozenset[int]:
    """Runs of at least MIN_RUN lines after the body whose story words are not the article's, set apart
    from the body by a line a rule took, made of headlines (MIN_HEADLINES at least) and of teasers right
    under a headline. Only on a page whose body holds
    most of its prose: a digest, a live blog or a page of short stories tells several stories on purpose.
    Above the body nothing goes: a title or a lead in other words than the body's is still the article's."""
    if shape.body is None:
        return frozenset()
    first, last = shape.body
    after = ruled[last + 1:]
    if True not in after or len(after) - sum(after) < MIN_RUN:
        return frozenset()  # no line a rule took to set a run apart, or too few lines left for a run
    head = [i for i in range(first) if not ruled[i] and words[i] >= MIN_HEAD_WORDS][-HEAD_LINES:]
    title_words = set().union(*(shape.vocab[i] for i in head))
    found: set[int] = set()

    def headline(i: int) -> bool:
        return 2 <= words[i] <= MAX_HEADLINE_WORDS and headline_shaped(texts[i], shape.prose[i])

    for run in _foreign_runs(range(last + 1, len(texts)), (shape.body_words, title_words), texts, ruled, words, shape):
        separated = any(ruled[j] for j in range(last + 1, run[0]))
        # Headlines, each prose line under one: a teaser. A paragraph the run opens with is the article's.
        headed = headline(run[0]) and all(headline(before) for before, i in pairwise(run) if not headline(i))
        if len(run) >= MIN_RUN and separated and headed:
            found.update(run)
    several = sum(map(headline, found)) >= MIN_HEADLINES
    return frozenset(found) if several and _holds_the_page(texts, words, shape) else frozenset()


def _foreign_runs(
    lines: range, story: tuple[set[str], set[str]], texts: list[str], ruled: list[bool], words: list[int], shape: Shape
) -> Iterator[list[int]]:
    """Runs of lines that share (almost) none of the story's words (the body's, the title's); a line a
    rule took, or a short one with no story words, passes over without ending the run."""
    body_words, title_words = story

    def leans(i: int) -> bool:
        """A sentence that opens on a pronoun or a demonstrative (« Cette initiative… », « Il a… ») goes on from
        the one before: a teaser stands alone, and never opens so."""
        return shape.prose[i] and opens_with_anaphora(texts[i])
    run: list[int] = []
    for i in lines:
        own = shape.vocab[i]
        if ruled[i] or (words[i] <= MAX_NEUTRAL_WORDS and len(own) < MIN_STORY_WORDS):
            continue
        if len(own) >= MIN_STORY_WORDS and len(own & body_words | own & title_words) <= MAX_SHARED * len(own) and not leans(i):
            run.append(i)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _holds_the_page(texts: list[str], words: list[int], shape: Shape) -> bool:
    """The body holds most of the page's prose words: the page is its article. A paragraph shown several
    times counts once (its copies go as repeats): a body made of one paragraph's copies is one paragraph."""
    first, last = shape.body  # type: ignore[misc]
    prose = {texts[i]: words[i] for i in range(len(texts)) if shape.prose[i]}
    body = {texts[i]: words[i] for i in range(first, last + 1) if shape.prose[i]}
    return sum(body.values()) >= MIN_BODY_SHARE * sum(prose.values())

