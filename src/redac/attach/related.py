"""Related earlier articles of the publisher: an index built once over the archive, then 2-4 links per
new article, chosen for sharing the story or its people (not merely the topic), each with its reason.

Two measures, both over an inverted index so a query costs the postings of its own words, not the
archive's size:
- the story: cosine of TF-IDF vectors of content lemmas (title counted twice, then the lead);
- the people: multi-word proper names in common (a surname stands for the full name), weighted by
  rarity: a name in more than `related_rare_name_share` of the archive is the publisher's running
  topic, not a link between two stories. The thresholds are in `Limits`.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

import numpy as np

from redac.attach.archive import ArchiveEntry
from redac.french.facts import NAME_RE
from redac.french.lemmas import lemma
from redac.french.text import fold
from redac.french.tokens import match_form, tokens
from redac.french.wordlists import function_words
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import RelatedLink

LEAD_WORDS = 200  # words of an entry's text indexed after its title (a story is told in its lead)
QUERY_TERMS = 60  # an article's strongest words queried: the weak ones barely move a cosine, and cost most
NAME_BONUS = 0.02  # score per unit of a shared name's rarity (idf): ranks links of one kind, decides nothing


@dataclass(frozen=True, slots=True)
class _Postings:
    ids: np.ndarray
    weights: np.ndarray


class RelatedIndex:
    """Built once (linear in the archive); `related()` answers per article."""

    def __init__(self, entries: list[ArchiveEntry], limits: Limits = DEFAULT_LIMITS):
        self.entries = entries
        self.limits = limits
        documents = [_terms(entry.title, entry.text) for entry in entries]
        mentions = [_mentions(f"{entry.title}. {_lead(entry.text)}") for entry in entries]
        names = [people for people, _ in mentions]
        count = max(len(entries), 1)
        self.idf = {term: math.log(count / df) + 1.0 for term, df in Counter(t for doc in documents for t in doc).items()}
        self.name_df = Counter(key for keys in names for key in keys)
        self.terms = _postings(documents, self.idf)
        self.names = {key: np.array(ids, dtype=np.int32) for key, ids in _name_ids(names).items()}
        self.entry_names = names
        self.entities = {key: np.array(ids, dtype=np.int32) for key, ids in _name_ids([entities for _, entities in mentions]).items()}
        self.has_entities = np.array([bool(entities) for _, entities in mentions])
        self.size = count
        self.origin = _single_origin([entry.url for entry in entries])

    def related(self, title: str, texts: list[str], *, exclude: frozenset[str] | set[str] = frozenset()) -> list[RelatedLink]:
        """The earlier articles sharing the story or its people, best first (at most `related_max_links`)."""
        if not self.entries:
            return []
        limits = self.limits
        story, overlap = self._story_scores(_terms(title, " ".join(texts)))
        names, entities = _mentions(f"{title}. {' '.join(texts)}")  # key -> the name as the article writes it
        rare = [key for key in names if key in self.names and self.name_df[key] <= max(1, limits.related_rare_name_share * self.size)]
        people = self._people_weights(rare)
        same_story = (story >= limits.related_story_min) & (overlap >= limits.related_story_min_words) & self._same_places(entities)
        eligible = same_story | ((people > 0) & (story >= limits.related_people_story_min))  # not the topic alone
        score = story + NAME_BONUS * people
        # Same-story links first, by score; then same-person links, the rarer the shared people the better.
        order = sorted(np.flatnonzero(eligible), key=lambda i: (not same_story[i], -(score[i] if same_story[i] else people[i]),
                                                               -score[i], self.entries[i].url))
        links = []
        for index in (i for i in order if self.entries[i].url not in exclude):
            shared = sorted({names[key] for key in rare if key in self.entry_names[index]})
            reason = _reason(float(story[index]) if same_story[index] else None, shared)
            links.append(RelatedLink(self._href(self.entries[index].url), self.entries[index].title, reason, round(float(score[index]), 3)))
            if len(links) == limits.related_max_links:
                break
        return links

    def _people_weights(self, keys: list[str]) -> np.ndarray:
        """Per entry, the summed rarity (idf) of the names it shares with the article."""
        weights = np.zeros(len(self.entries))
        for key in keys:
            weights[self.names[key]] += math.log(self.size / self.name_df[key]) + 1.0
        return weights

    def _same_places(self, entities: set[str]) -> np.ndarray:
        """Per entry: whether it names one of the article's people or places, or neither names any.
        Two strikes on two cities are one topic, not one story."""
        shared = np.zeros(len(self.entries), dtype=bool)
        for key in entities:
            if (ids := self.entities.get(key)) is not None:
                shared[ids] = True
        return shared | ~self.has_entities if entities else np.ones(len(self.entries), dtype=bool)

    def _href(self, url: str) -> str:
        return (url.removeprefix(self.origin) or "/") if self.origin else url

    def _story_scores(self, terms: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
        """Cosine with every entry over the article's strongest words, and how many of them each shares."""
        scores = np.zeros(len(self.entries))
        overlap = np.zeros(len(self.entries), dtype=np.int32)
        vector = _weights(terms, self.idf)
        strongest = sorted(vector, key=lambda term: (-vector[term], term))[:QUERY_TERMS]
        for term in strongest:
            weight = vector[term]
            if postings := self.terms.get(term):
                scores[postings.ids] += weight * postings.weights
                overlap[postings.ids] += 1
        return scores, overlap


def _single_origin(urls: list[str]) -> str | None:
    """'https://site.fr' when every absolute URL of the archive is on that one site: its links are then
    written root-relative ('/2024/05/article/'), internal wherever the new article is published."""
    origins = {f"{parts.scheme}://{parts.netloc}" for url in urls if (parts := urlsplit(url)).netloc}
    return origins.pop() if len(origins) == 1 else None


def _reason(story: float | None, people: list[str]) -> str:
    parts = [f"même histoire (similarité {story:.2f})".replace(".", ",")] if story is not None else []
    if people:
        parts.append(f"mêmes personnes : {', '.join(people)}")
    return " ; ".join(parts)


def _lead(text: str) -> str:
    return " ".join(text.split()[:LEAD_WORDS])


def _terms(title: str, text: str) -> Counter[str]:
    """Content lemmas, the title's twice (a headline says what the story is)."""
    terms = Counter(_content_lemmas(title))
    terms.update(terms)
    terms.update(_content_lemmas(_lead(text)))
    return terms


def _content_lemmas(text: str) -> list[str]:
    return [lemma(word) for word in tokens(text) if (form := match_form(word)) not in function_words() and form[:1].isalpha() and len(form) > 2]


def _weights(terms: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """Unit-length TF-IDF (sublinear term frequency); words unknown to the archive weigh nothing."""
    raw = {term: (1.0 + math.log(count)) * idf[term] for term, count in terms.items() if term in idf}
    norm = math.sqrt(sum(value * value for value in raw.values())) or 1.0
    return {term: value / norm for term, value in raw.items()}


def _postings(documents: list[Counter[str]], idf: dict[str, float]) -> dict[str, _Postings]:
    ids: dict[str, list[int]] = {}
    weights: dict[str, list[float]] = {}
    for index, terms in enumerate(documents):
        for term, weight in _weights(terms, idf).items():
            ids.setdefault(term, []).append(index)
            weights.setdefault(term, []).append(weight)
    return {term: _Postings(np.array(ids[term], dtype=np.int32), np.array(weights[term])) for term in ids}


def _mentions(text: str) -> tuple[dict[str, str], set[str]]:
    """(people, entities) the text names. People: multi-word capitalized names, each also under its last
    word (« Rama » stands for « Edi Rama »), mapped to the name as written. Entities: every name, places
    (« Kharkiv ») included, folded."""
    people: dict[str, str] = {}
    entities: set[str] = set()
    for match in NAME_RE.finditer(text):
        words = match.group("name").split()
        while words and fold(words[0]) in function_words():
            words.pop(0)
        if not words:
            continue
        name = " ".join(words)
        entities.add(fold(name))
        if len(words) > 1:
            people.setdefault(fold(name), name)
            if len(words[-1]) > 3:
                people.setdefault(fold(words[-1]), name)
                entities.add(fold(words[-1]))
    return people, entities


def _name_ids(names: list) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for index, keys in enumerate(names):
        for key in keys:
            found.setdefault(key, []).append(index)
    return found
