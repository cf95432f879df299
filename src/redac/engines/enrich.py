"""Enrichment blocks derived only from the source: key points, key figures, who's who, FAQ.

Each block repeats what the source says in a more scannable form; nothing in it is written from
outside the source. Roles in "who's who" are copied from appositions the source itself writes
("Le porte-parole du Kremlin, Dmitri Peskov", "Rustem Umerov, le nouveau secrétaire du…",
"le président ukrainien Volodymyr Zelensky"); FAQ answers are source sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from redac.french.demonyms import without_nationality
from redac.french.facts import Fact, extract_facts
from redac.french.lemmas import content_lemmas
from redac.french.negation import polarity, word_key
from redac.french.offices import ROLE
from redac.french.sentences import opens_with_anaphora
from redac.french.tokens import tokens
from redac.models import SourceSentence

PERSON = r"[A-ZÀ-Þ][\w’'\-]+(?:\s(?:de\s|van\s|von\s|ben\s|bin\s|al-)?[A-ZÀ-Þ][\w’'\-]+)+"
ARTICLE = r"(?:[Ll]e\s|[Ll]a\s|[Ll][’'])"
ART = rf"(?P<art>{ARTICLE})"
# A role runs up to a stop or a comma, not one between two digits (« maire d'une commune de 4.200 habitants »).
ROLE_CHAR = r"(?:[^,.;:«»()]|(?<=\d)[.,](?=\d))"
ROLE_PATTERNS = (
    # "Le porte-parole du Kremlin, Dmitri Peskov,"
    re.compile(rf"{ART}(?P<role>{ROLE}{ROLE_CHAR}{{0,70}}?),\s(?P<name>{PERSON})(?=[\s,.;:])"),
    # "Rustem Umerov, le nouveau secrétaire du Conseil national de sécurité,"
    re.compile(rf"(?P<name>{PERSON}),\s{ART}?(?P<role>{ROLE}{ROLE_CHAR}{{0,90}}?)(?=[;:]|[,.](?!\d))"),
    # "le président ukrainien Volodymyr Zelensky"
    re.compile(rf"{ART}(?P<role>{ROLE}(?:\s[a-zà-ÿ\-]+){{0,2}}?)\s(?P<name>{PERSON})"),
)
KEY_POINT_MAX_WORDS = 20  # a key point is a short form: not a long sentence (Yoast: over 20 words)
KEY_POINT_MAX_SOURCE_WORDS = 45
MAX_WHO_QUESTIONS = 3
FAQ_ANSWER_MAX_WORDS = 45
MAX_KEY_POINTS = 4
MAX_FAQ = 6
SHORT_BONUS = 1.0
TRANSITION_BONUS = 1.5
PASSIVE_MALUS = 2.0
MAX_FIGURES = 5
MAX_PEOPLE = 5
ORDINAL_VALUE_RE = re.compile(r"\d+(?:e|er|re)")  # the facts reader's value of a rank: « 3e », « 1er »
TIME_UNITS = r"(?:jours?|semaines?|mois|trimestres?|ans?|années?)"
ROLLING_PERIOD_RE = re.compile(rf"\s+(?:derni|prochain)\w*\s+{TIME_UNITS}\b")  # « 12 | derniers mois »
SPAN_BEFORE_RE = re.compile(r"\b(?:sur|au cours d[eu]s?)\s+$")  # « cumulées sur | douze mois »
TIME_UNIT_RE = re.compile(rf"\b{TIME_UNITS}$")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str
    sentence: int  # SourceSentence id that states the role
    article: str = ""  # the article the source puts before the role ("le ", "la ", "l’"), if any

    def who(self) -> str:
        """« Volodymyr Zelensky est le président ukrainien. »: what the source says the person is."""
        return f"{self.name} est {self.article.lower()}{self.role}."


def people(sentences: list[SourceSentence]) -> list[Person]:
    """People with the role the source gives them, in order of first mention, one entry each."""
    found: dict[str, Person] = {}
    for sentence in sentences:
        for pattern in ROLE_PATTERNS:
            for match in pattern.finditer(sentence.text):
                if _glued(sentence.text, match.start("name")):
                    continue  # « a expliquéThierry Robert »: the source never writes the name alone, the check would not find it
                named = _name_and_role(without_nationality(match.group("name")), " ".join(match.group("role").split()))
                if not named:
                    continue  # « la procureure de la République de Meaux »: a role and a place, no one named
                name, role = named
                surname = name.split()[-1]
                if not any(surname == known.split()[-1] for known in found):
                    found[name] = Person(name, role, sentence.id, match.group("art") or "")
    return sorted(found.values(), key=lambda person: person.sentence)[:MAX_PEOPLE]


def _name_and_role(name: str, role: str) -> tuple[str, str] | None:
    """The person's own name: « la ministre de la Culture Rachida Dati » gives the role its complement
    (« ministre de la Culture »), and « à l'AFP Jacky Dupuis » leaves the agency out of the name; None when
    what follows the role's complement names no one (« procureure de la République de Meaux »)."""
    words = name.split()
    if ROLE_OPEN_RE.search(role):
        return (" ".join(words[1:]), f"{role} {words[0]}") if len(words) > 2 and words[1][:1].isupper() else None
    while len(words) > 2 and ((ACRONYM_RE.fullmatch(words[0]) and not ACRONYM_RE.fullmatch(words[1]))
                              or words[0].lower() in OPENING_WORDS):  # « Pour Marc Fesneau, chef des députés »
        words = words[1:]
    return " ".join(words), role


ROLE_OPEN_RE = re.compile(r"(?:^|\s)(?:de|du|des|de\sla|de\sl['’]|à|au|aux)$")  # a role never ends on its preposition
ACRONYM_RE = re.compile(r"[A-ZÀ-Þ]{2,}")
OPENING_WORDS = frozenset("pour selon pendant après avant depuis mais et or donc alors ainsi".split())  # a sentence's first word


def _glued(text: str, start: int) -> bool:
    """Whether a scraper glued the word at `start` to the letter before it."""
    return start > 0 and text[start - 1].isalpha()


def centrality(sentences: list[SourceSentence]) -> dict[int, float]:
    """How much of the article's vocabulary each sentence holds, per word: the key-point score."""
    document = Counter(key for sentence in sentences for key in set(content_lemmas(sentence.text)))
    scores = {}
    for sentence in sentences:
        keys = set(content_lemmas(sentence.text))
        facts = sum(1 for fact in extract_facts(sentence.text) if fact.kind in {"number", "date", "name"})
        scores[sentence.id] = (sum(document[key] - 1 for key in keys) + 3 * facts) / (len(keys) + 4)
    return scores


def reuse_scores(sentences: list[SourceSentence], measured: list, long_sentence_words: int) -> dict[int, float]:
    """Which sentences to repeat in a block: central ones, and, since a repeated sentence weighs twice
    in readability, short ones (not over `long_sentence_words`) with a transition word rather than
    long or passive ones. `measured` are the analysis' sentences, in the same order as `sentences`."""
    scores = centrality(sentences)
    for sentence, measure in zip(sentences, measured, strict=True):
        scores[sentence.id] += (SHORT_BONUS if sentence.words <= long_sentence_words else 0.0)
        scores[sentence.id] += (TRANSITION_BONUS if measure.transition else 0.0) - (PASSIVE_MALUS if measure.passive else 0.0)
    return scores


def standalone(sentence: SourceSentence, max_words: int) -> bool:
    """A sentence that reads on its own: short enough, not leaning on the previous one (pronoun, a
    quotation's middle or end) and without an editor's bracketed insertion."""
    text = sentence.text
    balanced = text.count("«") == text.count("»") and text.count("“") == text.count("”")
    return (sentence.words <= max_words and balanced and "[" not in text
            and not opens_with_anaphora(text) and text[:1] not in "»”-–—")


def key_figures(sentences: list[SourceSentence]) -> list[tuple[str, SourceSentence]]:
    """(figure as written, the sentence stating it): numbers with a unit, a percentage or 10 and over;
    never one inside a quotation, whose words a key figure could only repeat without its guillemets,
    nor one a negation reaches (« il n'y avait pas de troisième véhicule » states no third vehicle)."""
    figures, seen = [], set()
    for sentence in sentences:
        facts = extract_facts(sentence.text)
        quoted = [(fact.start, fact.end) for fact in facts if fact.kind == "quote"]
        negated = polarity(sentence.text).scope
        for fact in facts:
            if fact.kind != "number" or fact.value in seen or _is_bare_year(fact.text):
                continue
            if any(start <= fact.start < end for start, end in quoted) or _negated(fact.text, negated):
                continue
            if _is_rank(fact) or _in_a_name(sentence.text, fact.start) or _span(sentence.text, fact):
                continue
            has_unit = not re.fullmatch(r"[\d.]+", fact.value)  # « deux » is a bare 2, « 0,1 point » has a unit
            if has_unit or _as_float(fact.value) >= 10:
                figures.append((fact.text, sentence))
                seen.add(fact.value)
    return figures


def _is_rank(fact: Fact) -> bool:
    """« 3ème ligne », « 1er tour », « au troisième trimestre »: a rank, in digits or words, no quantity (the facts
    reader marks an ordinal's value « 3e »)."""
    return ORDINAL_VALUE_RE.fullmatch(fact.value.split(" ")[0]) is not None


def _span(text: str, fact: Fact) -> bool:
    """« au cours des 12 derniers mois », « cumulées sur douze mois »: the span a figure is counted over, not a figure
    of the story."""
    if ROLLING_PERIOD_RE.match(text, fact.end):
        return True
    return SPAN_BEFORE_RE.search(text[: fact.start]) is not None and TIME_UNIT_RE.search(fact.text) is not None


def _in_a_name(text: str, start: int) -> bool:
    """« TOP 14 », « Ligue 1 », « CAC 40 »: a number right after a capitalised word inside the sentence names
    something; it counts nothing (« Les clubs de TOP 14 n’ont pas » made the key figure « 14 n’ont pas »)."""
    before = text[:start].split()
    return len(before) >= 2 and before[-1][:1].isupper() and before[-1][-1:].isalpha()


def _negated(figure: str, scope: frozenset[str]) -> bool:
    return any(word_key(token) in scope for token in tokens(figure) if not token.isdigit())


def _is_bare_year(text: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", text))


def _as_float(value: str) -> float:
    match = re.match(r"[\d.]+", value)
    return float(match.group(0)) if match else 0.0
