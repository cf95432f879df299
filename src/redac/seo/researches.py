"""Researches: measurements of an article, with no judgment (thresholds live in assessments.py).

A `Researcher` is built once per audit from the page, its analysis and the keyphrase; each
measurement is computed on first use and kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urlparse

from redac.analysis import Analysis, analyze
from redac.analysis.keyphrase import KeyphraseMatcher, choose_keyphrase
from redac.french.lemmas import lemma
from redac.french.sentences import sentence_opener, split_sentences
from redac.french.syllables import count_syllables
from redac.french.text import fold
from redac.french.tokens import match_form, tokens
from redac.french.typography import TypographyIssue, typography_issues
from redac.french.wordlists import function_words
from redac.limits import DEFAULT_LIMITS, Limits
from redac.seo.page import Page
from redac.seo.serp import title_width_px

FRENCH = "fr"
SUBHEADING_LEVELS = (2, 3)
# "M. Trump", "J. Biden": a capital letter and a full stop before a capitalized word.
QUOTE_CLOSED_AFTER_STOP_RE = re.compile(r"[.!?…][\s\u00a0\u202f]*»$")
LETTER_ABBREVIATION_RE = re.compile(r"(?<![\w.])[A-ZÀ-Þ]\.(?=\s+[A-ZÀ-Þ][a-zà-ÿ])")


@dataclass(frozen=True, slots=True)
class LinkCounts:
    internal: int = 0
    internal_nofollow: int = 0
    external: int = 0
    external_nofollow: int = 0


@dataclass(frozen=True, slots=True)
class ImageCounts:
    images: int
    with_alt: int
    with_keyphrase: int


class Researcher:
    def __init__(self, page: Page, *, word_forms: bool = True, min_words: int | None = None, limits: Limits = DEFAULT_LIMITS):
        self.page = page
        self.analysis: Analysis = analyze(page.blocks)
        self.keyphrase = KeyphraseMatcher(page.keyphrase, word_forms=word_forms)
        self.limits = limits
        self.min_words = limits.min_words if min_words is None else min_words

    # --- text ---------------------------------------------------------------------------
    @cached_property
    def words(self) -> int:
        return self.analysis.words

    @cached_property
    def characters(self) -> int:
        return sum(len(paragraph.text) for paragraph in self.analysis.paragraphs)

    @cached_property
    def suggested_keyphrase(self) -> str:
        return choose_keyphrase(
            self.page.title or self.page.h1,
            [paragraph.text for paragraph in self.analysis.paragraphs],
            [heading.text for heading in self.analysis.headings],
        )

    # --- keyphrase ----------------------------------------------------------------------
    @cached_property
    def keyphrase_length(self) -> int:
        """Content words of the keyphrase (all its words when it has no content word)."""
        return len(self.keyphrase.content_words)

    @cached_property
    def introduction(self) -> tuple[bool, bool]:
        """(found within one sentence, found within the first paragraph)."""
        if not self.analysis.paragraphs or not self.keyphrase:
            return False, False
        first = self.analysis.paragraphs[0]
        in_sentence = any(self.keyphrase.found_in(sentence.tokens) for sentence in first.sentences)
        in_paragraph = in_sentence or self.keyphrase.found_in([t for s in first.sentences for t in s.tokens])
        return in_sentence, in_paragraph

    @cached_property
    def keyphrase_count(self) -> int:
        """Matches in body sentences and headings (several per sentence when repeated)."""
        if not self.keyphrase:
            return 0
        body = sum(self.keyphrase.count(sentence.tokens) for sentence in self.analysis.sentences)
        return body + sum(self.keyphrase.count(tokens(heading.text)) for heading in self.analysis.headings)

    @cached_property
    def keyphrase_density(self) -> float:
        return 100 * self.keyphrase_count / self.words if self.words else 0.0

    @cached_property
    def description_matches(self) -> int:
        if not self.keyphrase or not self.page.description:
            return 0
        return sum(self.keyphrase.count(tokens(sentence)) for sentence in split_sentences(self.page.description))

    @cached_property
    def subheadings(self) -> tuple[int, int]:
        """(H2/H3 subheadings, those holding at least half of the keyphrase's content words)."""
        headings = [h for h in self.analysis.headings if h.level in SUBHEADING_LEVELS]
        matches = sum(self.keyphrase.share_in(tokens(h.text)) >= 0.5 for h in headings) if self.keyphrase else 0
        return len(headings), matches

    @cached_property
    def competing_links(self) -> int:
        """Links whose anchor text is the keyphrase (all its content words and no other)."""
        if not self.keyphrase:
            return 0
        keys = set(self.keyphrase.keys)
        count = 0
        for link in self.page.links:
            anchor = {self.keyphrase.key(t) for t in tokens(link.text) if match_form(t) not in function_words()}
            count += bool(anchor) and anchor == keys
        return count

    @cached_property
    def images(self) -> ImageCounts:
        with_alt = [image for image in self.page.images if image.alt]
        with_keyphrase = sum(self.keyphrase.share_in(tokens(image.alt)) >= 0.5 for image in with_alt) if self.keyphrase else 0
        return ImageCounts(len(self.page.images), len(with_alt), with_keyphrase)

    @cached_property
    def links(self) -> LinkCounts:
        site = urlparse(self.page.url).netloc.lower().removeprefix("www.")
        counts = {"internal": 0, "internal_nofollow": 0, "external": 0, "external_nofollow": 0}
        for link in self.page.links:
            kind = _link_kind(link.href, site)
            if kind:
                counts[kind] += 1
                counts[f"{kind}_nofollow"] += link.nofollow
        return LinkCounts(**counts)

    @cached_property
    def title_keyphrase(self) -> tuple[int | None, bool]:
        """(position of the exact keyphrase in the SEO title in content words, all content words present)."""
        if not self.keyphrase or not self.page.title:
            return None, False
        position = self.keyphrase.phrase_position(self.page.title)
        return position, self.keyphrase.share_in(tokens(self.page.title)) == 1.0

    @cached_property
    def title_width(self) -> int:
        return title_width_px(self.page.title) if self.page.title else 0

    @cached_property
    def slug_share(self) -> float:
        """Share of the keyphrase's content words found in the slug (accents and word forms aside)."""
        if not self.keyphrase or not self.page.slug:
            return 0.0
        slug_words = [word for word in fold(self.page.slug).replace("_", "-").split("-") if word]
        slug_keys = set(slug_words) | {lemma(word) for word in slug_words}
        hits = sum(match_form(word) in slug_keys or lemma(word) in slug_keys for word in self.keyphrase.content_words)
        return hits / len(self.keyphrase.content_words)

    # --- readability --------------------------------------------------------------------
    @cached_property
    def section_lengths(self) -> list[int]:
        return [words for _, words in self.analysis.section_words()]

    @cached_property
    def paragraph_lengths(self) -> list[int]:
        return [paragraph.words for paragraph in self.analysis.paragraphs]

    @cached_property
    def sentence_count(self) -> int:
        """Body sentences and headings: Yoast counts a heading as a sentence in its percentages, and
        reads the closing guillemet after a quoted sentence ('… faudra. »') as one more sentence."""
        units = self.analysis.units
        return len(units) + sum(QUOTE_CLOSED_AFTER_STOP_RE.search(unit.text) is not None for unit in units)

    @cached_property
    def long_sentences(self) -> int:
        return sum(sentence.words > self.limits.sentence_max_words for sentence in self.analysis.units)

    @cached_property
    def transition_sentences(self) -> int:
        return sum(sentence.transition is not None for sentence in self.analysis.units)

    @cached_property
    def passive_sentences(self) -> int:
        return sum(sentence.passive for sentence in self.analysis.units)

    @cached_property
    def repeated_openers(self) -> tuple[int, str]:
        """Longest run of consecutive sentences opening with the same word, and that word."""
        best, word, run, previous = 0, "", 0, None
        for sentence in self.analysis.units:
            opener = sentence_opener(sentence.tokens)
            run = run + 1 if opener and opener == previous else (1 if opener else 0)
            previous = opener
            if run > best:
                best, word = run, opener or ""
        return best, word

    @cached_property
    def flesch(self) -> float | None:
        """Kandel–Moles reading ease, 207 - 1.015 × words/sentence - 73.6 × syllables/word, in 0-100.

        Headings count as sentences and numbers are left out, as in Yoast; None under 11 words.
        A one-letter abbreviation before a name ("M. Trump") closes a sentence here, as in Yoast's
        tokenizer, so that the score editors compare with Yoast's is the same number.
        """
        units = self.analysis.units
        words = [token for unit in units for token in filter(_has_letter, unit.tokens)]
        if len(words) <= 10:
            return None
        sentences = len(units) + sum(len(LETTER_ABBREVIATION_RE.findall(unit.text)) for unit in units)
        syllables = sum(map(count_syllables, words))
        score = 207 - 1.015 * len(words) / sentences - 73.6 * syllables / len(words)
        return round(min(100.0, max(0.0, score)), 1)

    # --- redac's own --------------------------------------------------------------------
    @cached_property
    def non_french_paragraphs(self) -> list[tuple[int, str, float]]:
        """(paragraph index, language, probability) of paragraphs identified as another language."""
        return [
            (i, language, probability)
            for i, (language, probability) in enumerate(self.analysis.languages)
            if language is not None and language != FRENCH
        ]

    @cached_property
    def typography(self) -> list[TypographyIssue]:
        texts = [block.text for block in self.page.blocks] + [self.page.title, self.page.h1]
        return [issue for text in texts if text for issue in typography_issues(text)]


@lru_cache(maxsize=65536)
def _has_letter(token: str) -> bool:
    """A word Flesch counts (numbers left out); asked of every token of every article, the tokens repeat."""
    return any(ch.isalpha() for ch in token)


def _link_kind(href: str, site: str) -> str | None:
    """'internal', 'external', or None for anchors, mail and phone links."""
    parsed = urlparse(href.strip())
    if parsed.scheme in {"mailto", "tel", "javascript"} or href.startswith("#"):
        return None
    if not parsed.netloc:
        return "internal"
    return "internal" if site and parsed.netloc.lower().removeprefix("www.") == site else "external"
