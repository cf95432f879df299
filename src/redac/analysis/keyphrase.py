"""Keyphrases: matching a keyphrase in French text, and proposing one for an article.

Matching is per word, as Yoast does: a sentence holds the keyphrase when it holds every content
word of it, in any order. Unlike Yoast Free (and like its Premium word forms), words are compared by
lemma, so "réunions", "ukrainiennes" and "l'armée" match "réunion", "ukrainien" and "armée".
`word_forms=False` compares folded forms only (Yoast Free's behaviour), and a keyphrase in double
quotes asks for the exact phrase.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from redac.french.lemmas import is_known_word, lemma
from redac.french.tokens import match_form, strip_elision, tokens
from redac.french.wordlists import function_words

MAX_CONTENT_WORDS = 4
JOINERS = frozenset({"de", "du", "des", "d", "la", "le", "l", "les", "en", "a", "au", "aux", "et"})


class KeyphraseMatcher:
    def __init__(self, keyphrase: str, *, word_forms: bool = True):
        stripped = keyphrase.strip()
        self.exact = len(stripped) > 1 and stripped[0] in "\"«“" and stripped[-1] in "\"»”"
        self.text = stripped.strip("\"«»“” \u00a0\u202f")
        self.word_forms = word_forms
        self.words = tokens(self.text)
        content = [word for word in self.words if match_form(word) not in function_words()]
        self.only_function_words = bool(self.words) and not content
        self.content_words = self.words if self.exact or not content else content

    def key(self, token: str) -> str:
        return lemma(token) if self.word_forms else match_form(token)

    @cached_property
    def keys(self) -> list[str]:
        return [self.key(word) for word in self.content_words]

    @cached_property
    def phrase_keys(self) -> list[str]:
        return [self.key(word) for word in self.words]

    def __bool__(self) -> bool:
        return bool(self.words)

    def count(self, sentence_tokens: list[str]) -> int:
        """Matches in one sentence: each full set of content words counts once (Yoast's rule)."""
        if not self.keys:
            return 0
        if self.exact:
            return len(self._phrase_positions(sentence_tokens))
        found = Counter(self.key(token) for token in sentence_tokens)
        return min(found[key] for key in self.keys)

    def found_in(self, sentence_tokens: list[str]) -> bool:
        return self.count(sentence_tokens) > 0

    def share_in(self, text_tokens: list[str]) -> float:
        """Share of the keyphrase's content words present (subheadings, image alt, slug)."""
        if not self.keys:
            return 0.0
        present = {self.key(token) for token in text_tokens}
        return sum(key in present for key in self.keys) / len(self.keys)

    def phrase_position(self, text: str) -> int | None:
        """Index (in content words) where the exact keyphrase starts in `text`, or None."""
        text_tokens = tokens(text)
        positions = self._phrase_positions(text_tokens)
        if not positions:
            return None
        leading = text_tokens[: positions[0]]
        return sum(match_form(token) not in function_words() for token in leading)

    def _phrase_positions(self, text_tokens: list[str]) -> list[int]:
        target = self.phrase_keys
        keys = [self.key(token) for token in text_tokens]
        return [i for i in range(len(keys) - len(target) + 1) if keys[i : i + len(target)] == target]


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    score: float
    count: int


def keyphrase_candidates(title: str, paragraphs: list[str], headings: Sequence[str] = (), limit: int = 10) -> list[Candidate]:
    """Phrases of 1-4 content words the article is about, best first.

    A phrase scores by how often its lemmas occur, more in the title, the first paragraph and the
    subheadings; longer phrases get a bonus when they recur, since "armée ukrainienne" says more
    than "armée". Edges are content words; "de", "la", "en"... may join them inside.
    """
    scores: dict[tuple[str, ...], float] = defaultdict(float)
    counts: Counter[tuple[str, ...]] = Counter()
    surfaces: dict[tuple[str, ...], Counter[str]] = {}
    sources = [(title, 3.0)] + [(text, 2.0 if i == 0 else 1.0) for i, text in enumerate(paragraphs)]
    sources += [(text, 1.5) for text in headings]
    for text, weight in sources:
        for key, surface in phrase_surfaces(text):
            scores[key] += weight
            counts[key] += 1
            surfaces.setdefault(key, Counter())[surface] += 1
    ranked = []
    for key, score in scores.items():
        content = len(key)
        if content > 1 and counts[key] < 2:
            continue
        bonus = {1: 1.0, 2: 1.7, 3: 1.9, 4: 1.6}[content]
        ranked.append(Candidate(surfaces[key].most_common(1)[0][0], round(score * bonus, 2), counts[key]))
    ranked.sort(key=lambda candidate: (-candidate.score, len(candidate.text)))
    return ranked[:limit]


def choose_keyphrase(title: str, paragraphs: list[str], headings: Sequence[str] = ()) -> str:
    candidates = keyphrase_candidates(title, paragraphs, headings, limit=1)
    return candidates[0].text if candidates else ""


def phrase_surfaces(text: str):
    """(lemma key of the content words, surface text) for each candidate phrase in `text`."""
    words = tokens(text)
    forms = [match_form(word) for word in words]
    for start, form in enumerate(forms):
        if not _is_edge_word(words[start], form):
            continue
        content: list[str] = []
        for end in range(start, min(len(words), start + 2 * MAX_CONTENT_WORDS)):
            if _is_edge_word(words[end], forms[end]):
                content.append(lemma(words[end]))
                if len(content) > MAX_CONTENT_WORDS:
                    break
                yield tuple(content), _surface(words[start : end + 1])
            elif forms[end] not in JOINERS:
                break


def _is_edge_word(word: str, form: str) -> bool:
    """A content word that can start or end a keyphrase: not a function word, number or verb form."""
    if form in function_words() or len(form) < 3 or not any(ch.isalpha() for ch in form):
        return False
    base = lemma(word)
    if form in (base + "s", base + "x"):  # "dossiers", "pourparlers": a plural noun, not a verb form
        return True
    return not (base != form and base.endswith(("er", "ir", "oir")) and not word[0].isupper())


def _surface(words: list[str]) -> str:
    """The phrase as it reads, elision dropped at its start and common words lowercased."""
    shown = [strip_elision(words[0]), *words[1:]]
    return " ".join(word if _is_proper(strip_elision(word)) else word.lower() for word in shown)


def _is_proper(word: str) -> bool:
    """Acronyms and capitalized words that are not common French words keep their capitals."""
    return (word.isupper() and len(word) > 1) or (word[:1].isupper() and not is_known_word(word.lower()))
