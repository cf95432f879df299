"""How much a title copies another: the measure behind « a customized title », shared by the plan
(which never proposes a copy) and the title check (which fails one).

A title copies the source title when it is the same text, a cut of it (one starts the other, once a
leading « keyphrase : » is set aside), or a near-copy: most of its content words, by lemma, come in
one unbroken run of the source title, or the two hold nearly the same set of content words.
"""

from __future__ import annotations

from functools import lru_cache

from redac.french.lemmas import lemma
from redac.french.text import fold
from redac.french.tokens import match_form, tokens
from redac.french.wordlists import function_words

NEAR_COPY_RUN = 0.6  # share of the title's content words in one run of the source title's
NEAR_COPY_SET = 0.75  # Jaccard similarity of the two sets of content words
MIN_RUN_WORDS = 3
MIN_PREFIX_WORDS = 3


def title_copy(title: str, source_title: str | None, keyphrase: str = "") -> str:
    """'equal', 'prefix', 'near-copy', or '' for a new title."""
    if not source_title or not title:
        return ""
    own, source = _plain(title), _plain(source_title)
    if own == source:
        return "equal"
    rest = _plain(_without_prefix(title, keyphrase))
    for part in {own, rest}:
        if len(part.split()) >= MIN_PREFIX_WORDS and (source.startswith(part) or part.startswith(source)):
            return "prefix"
    words, others = _content(rest), _content(source_title)  # a « keyphrase : » label may repeat the source's words
    if not words or not others:
        return ""
    run = _longest_run(words, others)
    if run >= MIN_RUN_WORDS and run / len(words) >= NEAR_COPY_RUN:
        return "near-copy"
    shared = set(words) & set(others)
    if len(shared) >= MIN_RUN_WORDS and len(shared) / len(set(words) | set(others)) >= NEAR_COPY_SET:
        return "near-copy"
    return ""


def _without_prefix(title: str, keyphrase: str) -> str:
    """The title without a leading label before a colon (« Keyphrase : … »)."""
    head, colon, rest = title.partition(":")
    if colon and rest.strip() and (not keyphrase or fold(head.strip()) == fold(keyphrase) or len(tokens(head)) <= 4):
        return rest.strip()
    return title


@lru_cache(maxsize=4096)  # the plan compares some forty proposals with one source title
def _plain(text: str) -> str:
    return " ".join(fold(word) for word in tokens(text))


@lru_cache(maxsize=4096)
def _content(text: str) -> tuple[str, ...]:
    return tuple(lemma(word) for word in tokens(text) if match_form(word) not in function_words() and not word.isdigit())


@lru_cache(maxsize=4096)  # the same title and source title are compared by the plan and by the check
def _longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, start=1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best
