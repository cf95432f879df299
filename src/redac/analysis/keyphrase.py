"""Keyphrases: matching a keyphrase in French text, and proposing one for an article.

Matching is per word, as Yoast does: a sentence holds the keyphrase when it holds every content
word of it, in any order. Unlike Yoast Free (and like its Premium word forms), words are compared by
lemma, so "réunions", "ukrainiennes" and "l'armée" match "réunion", "ukrainien" and "armée".
`word_forms=False` compares folded forms only (Yoast Free's behaviour), and a keyphrase in double
quotes asks for the exact phrase.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from redac.analysis.candidate_phrases import CHUNK_RE, is_proper, phrase_surfaces
from redac.french.events import (
    PLACED_EVENT_MIN_COUNT,
    event_at_place,
    event_at_title_place,
    event_word,
    is_event_noun,
)
from redac.french.lemmas import is_known_word, lemma
from redac.french.numbers import word_numbers
from redac.french.phrases import DETERMINERS
from redac.french.sentences import split_sentences
from redac.french.text import fold
from redac.french.tokens import match_form, strip_elision, tokens
from redac.french.wordlists import function_words


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
        found = Counter(map(lemma if self.word_forms else match_form, sentence_tokens))  # self.key on each token, in C
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
    event: bool = False  # names what happened, and the article comes back to it
    title: bool = False  # the source title says it
    lead: bool = False  # the first paragraph says it
    once: bool = False  # a phrase of several words said once (kept when the lead names it, or an event)


# Heads that name where a story comes from or how a page is laid out, not what it is about
# (« les médias d'État », « selon des sources », « crédit photo »).
INCIDENTAL_HEADS = frozenset(
    "media source communique agence journal chaine antenne site image illustration photo credit article "
    "confrere quotidien hebdomadaire magazine redaction "  # « nos confrères de La Manche Libre »: who reported it
    "commentaire video lecture abonne newsletter publicite rubrique page lien podcast emission interview "
    # quantities: « des centaines de milliers », « la majorité des élus » count the story, they do not name it
    "centaine millier dizaine million milliard nombre majorite moitie totalite quantite "
    # time words: when a story happens is not what it is about
    "an annee mois semaine jour journee heure minute seconde soir soiree matin matinee nuit week-end fin debut "
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout "
    "septembre octobre novembre decembre".split()
)
PRENOMINAL_ADJECTIVES = frozenset(
    "puissant puissante violent violente nouveau nouvel nouvelle nouveaux nouvelles grand grande grands grandes "
    "petit petite premier premiere dernier derniere ancien ancienne important importante lourd lourde vaste "
    "futur future eventuel eventuelle probable gigantesque immense long longue bref breve faux fausse vrai vraie "
    "jeune vieux vieil vieille gros grosse".split()
)
TITLE_AND_LEAD_BONUS = 1.5  # the title and the first paragraph both name the story
LABEL_MAX_WORDS = 4  # blocks this short are labels, captions or site names, not prose
LONE_COMMON_FACTOR = 0.25
LONE_NAME_FACTOR = 0.5
EVENT_BONUS = 1.6  # « saccage des Champs-Élysées », « rappel de fromages »: the phrase names what happened
EVENT_MIN_SPREAD = 2  # … and the article comes back to it: one of its words in two blocks at least
OPENING_PARAGRAPHS = 2
TITLE_EVENT_BONUS = 1.3  # the source title names what happened (« Fuite de données aux hôpitaux de Paris »)
SAID_ONCE_FACTOR = 0.75  # an event the lead names once ranks below a phrase the text says twice


def keyphrase_candidates(title: str, paragraphs: list[str], headings: Sequence[str] = (), limit: int = 10) -> list[Candidate]:
    """Noun phrases of 1-4 content words the article is about, best first.

    A phrase scores by how often its lemmas occur, more in the title, the first paragraph and the
    subheadings; longer phrases get a bonus when they recur, since "armée ukrainienne" says more
    than "armée". A candidate starts with a noun (a word the text writes after a determiner, or a
    name), holds no piece of a hyphenated word (« tion » from « présenta-tion »), joins its
    words with « de », « en » and articles only (never « et »: two subjects are not one), never holds
    a locution's word (« d'abord ») and never names a source (« médias d'État », « selon l'AFP »).
    A lone common noun (« pays », « vies ») ranks far below any phrase.
    """
    prose = [text for text in paragraphs if len(tokens(text)) > LABEL_MAX_WORDS]
    nominal = _nominal_forms([title, *prose, *headings])
    fragments = _fragments([title, *paragraphs, *headings])
    scores: dict[tuple[str, ...], float] = defaultdict(float)
    counts: Counter[tuple[str, ...]] = Counter()
    surfaces: dict[tuple[str, ...], Counter[str]] = {}
    sources = [(title, 3.0)] + [(text, 2.0 if i == 0 else 1.0) for i, text in enumerate(prose)]
    sources += [(text, 1.5) for text in headings]
    in_title: set[tuple[str, ...]] = set()
    in_lead: set[tuple[str, ...]] = set()
    in_opening: set[tuple[str, ...]] = set()  # the first paragraphs: a one-sentence lead may leave the event to the next
    for number, (text, weight) in enumerate(sources):
        for chunk in CHUNK_RE.split(text):
            for key, surface in _with_named_events(phrase_surfaces(chunk, strict=True, keep_case=number > 0 or not _title_cased(text))):
                if not _names_a_subject(surface, nominal, fragments):
                    continue
                scores[key] += weight
                counts[key] += 1
                if key not in surfaces:  # a phrase said again: no new Counter made for nothing
                    surfaces[key] = Counter()
                surfaces[key][surface] += 1
                if number == 0:
                    in_title.add(key)
                elif number == 1:
                    in_lead.add(key)
                if 0 < number <= OPENING_PARAGRAPHS:
                    in_opening.add(key)
    _count_surnames(scores, counts, surfaces, [title, *prose, *headings])
    ranked = []
    # A phrase said once counts when the title says it, or, for a short text with no phrase said twice
    # and no name, when the lead says it (« Banque centrale européenne » rather than a lone « taux »).
    repeated = any((len(key) > 1 and (counts[key] > 1 or key in in_title))
                   or (len(key) == 1 and is_proper(surfaces[key].most_common(1)[0][0])) for key in scores)
    spread = _spread([title, *prose, *headings])
    if len(prose) == 1:  # one block: its first sentences open it, and it comes back to a word from sentence to sentence
        opening = " ".join(split_sentences(prose[0])[:OPENING_PARAGRAPHS])
        in_opening = {key for chunk in CHUNK_RE.split(opening) for key, _ in phrase_surfaces(chunk, strict=True)}
        spread = _spread([sentence for text in (title, *prose, *headings) for sentence in split_sentences(text)])
    opening_prose = prose[:OPENING_PARAGRAPHS]
    for key, score in scores.items():
        content = len(key)
        surface = _written_surface(surfaces[key])
        happened = event_word(surface, qualified=counts[key] > 1) if content > 1 else None
        # … or the lead says what happened to whom (« les funérailles de Michel Blanc »), the rest saying « la cérémonie »
        event = happened is not None and (max(spread[word] for word in key) >= EVENT_MIN_SPREAD
                                          or (key in in_lead and happened == surface.split()[0] and _ends_on_name(surface)))
        said_once = content > 1 and counts[key] < 2 and key not in in_title
        # the lead's own noun phrases (« Les soldes d’hiver ont débuté », a name): said once, yet what it opens on
        named_first = (said_once and key in in_opening and key in in_lead
                       and (is_proper(surface.split()[0]) or _determined_in(surface, opening_prose)))
        if said_once and not (event and key in in_opening) and not named_first and (repeated or not _determined_in(surface, prose[:1])):
            continue
        bonus = {1: 1.0, 2: 1.7, 3: 1.9, 4: 1.6}[content]
        if event:
            bonus *= EVENT_BONUS * (SAID_ONCE_FACTOR if said_once else 1.0) * (TITLE_EVENT_BONUS if key in in_title and happened == surface.split()[0] else 1.0)
        if key in in_title and key in in_lead:
            bonus *= TITLE_AND_LEAD_BONUS
        if named_first and not event:
            bonus *= SAID_ONCE_FACTOR
        if content == 1:
            bonus *= LONE_NAME_FACTOR if is_proper(surface) else LONE_COMMON_FACTOR
        ranked.append(Candidate(surface, round(score * bonus, 2), counts[key], event, key in in_title, key in in_lead, said_once))
        if content == 1 and counts[key] >= PLACED_EVENT_MIN_COUNT and is_event_noun(surface) and surface[:1].islower():
            placed = event_at_place(surface, prose[:OPENING_PARAGRAPHS]) or event_at_title_place(surface, title, prose)
            if placed and _written(placed, [title, *prose]):  # « avalanche » three times, « sur le domaine des 2 Alpes »
                ranked.append(Candidate(placed, round(score * 1.7 * EVENT_BONUS, 2), counts[key], True, key in in_title, key in in_lead))
    ranked.sort(key=lambda candidate: (-candidate.score, len(candidate.text)))
    return _without_variants(ranked, limit)


def _with_named_events(phrases):
    """The phrases, « obsèques de Michel Serrault » for « obsèques de l'acteur Michel Serrault »: what happened to
    whom, the role noun before the name left to the article; « cyclone Garance » for « cyclone tropical
    Garance », the kind left to the article."""
    for key, surface in phrases:
        match = ADJECTIVE_BEFORE_NAME_RE.match(surface)
        if match and is_event_noun(match.group("event")) and not function_words() & {fold(w) for w in match.group("between").split()}:
            named = len(match.group("name").split())
            yield (key[0], *key[-named:]), f"{match.group('event')} {match.group('name')}"
            continue
        match = ROLE_BEFORE_NAME_RE.match(surface)
        if match and len(key) > 2 and is_event_noun(match.group("event")) and not is_proper(match.group("role")):
            name = match.group("name")
            link = "d’" if fold(name)[:1] in "aeiouyh" else "de "
            yield (key[0], *key[2:]), f"{match.group('event')} {link}{name}"
            continue
        yield key, surface


# « obsèques de l'acteur Michel Serrault », « meurtre du policier Jean Dupont »: an event, a role, a name
ROLE_BEFORE_NAME_RE = re.compile(
    r"^(?P<event>[a-zà-ÿ\-]+)\s(?:de\s(?:l(?:['’‘]\s?|\s)|la\s|le\s|les\s)|du\s|des\s|d['’])(?P<role>[a-zà-ÿ\-]{3,})\s"
    r"(?P<name>[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+){0,2})$"
)


# « cyclone tropical Garance », « tempête hivernale Ciaran »: an event, its kind, its name; the name says which one
ADJECTIVE_BEFORE_NAME_RE = re.compile(
    r"^(?P<event>[a-zà-ÿ\-]+)\s(?P<between>[a-zà-ÿ\-]+(?:\s[a-zà-ÿ\-]+)?)\s(?P<name>[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+){0,2})$"
)


def _count_surnames(scores: dict, counts: Counter, surfaces: dict, texts: list[str]) -> None:
    """« Léon Marchand » once, then « Marchand » three times: news names a person in full once, then by surname;
    the surname's mentions count as the full name's (it is no name said once), its score stays the full name's. The
    surname is counted where the texts write it capitalized without the first name, a common word (« Marchand »,
    « Blanc ») as well as an unknown one."""
    joined = "\n".join(texts)
    for key in [key for key in scores if len(key) == 2]:
        words = surfaces[key].most_common(1)[0][0].split()
        if len(words) == 2 and all(word[:1].isupper() for word in words):
            counts[key] += len(re.findall(rf"(?<!{re.escape(words[0])}\s)\b{re.escape(words[1])}\b", joined))


def _title_cased(title: str) -> bool:
    """« Les Réserves De Sang S'amenuisent »: most of the title's longer words after the first capitalized, so a
    capital there says nothing of a name; in a title written as a sentence (« Mondial de Paris : la fête »), one does."""
    words = [word for word in title.split()[1:] if len(word) > 3 and word[:1].isalpha()]
    return bool(words) and sum(word[:1].isupper() for word in words) * 2 > len(words)


def _written_surface(found: Counter[str]) -> str:
    """The phrase as the text writes it most, a rubric in capitals (« MISS FRANCE | … ») only when it never writes it
    otherwise (an acronym, « ASN »)."""
    best = max(found, key=found.__getitem__)
    if not (best.isupper() and " " in best):
        return best
    mixed = Counter({surface: count for surface, count in found.items() if not (surface.isupper() and " " in surface)})
    return max(mixed, key=mixed.__getitem__) if mixed else best


def _ends_on_name(surface: str) -> bool:
    """« funérailles de Michel Blanc »: the event's complement is a name of two capitalized words."""
    words = surface.split()
    return len(words) > 3 and all(word[:1].isupper() for word in words[-2:])


def _written(phrase: str, texts: list[str]) -> bool:
    """Whether the texts write every word of a phrase made of their words (« aux » as well as « Alpes »)."""
    words = {fold(word) for text in texts for word in tokens(text)}
    return all(fold(word) in words for word in tokens(phrase))


def _without_variants(ranked: list[Candidate], limit: int) -> list[Candidate]:
    """Drop a phrase that holds, or is held by, a better one said as often (« sommet des nations » after
    « sommet des nations des Balkans »): one phrase said once yields several candidates, all one mention."""
    kept: list[tuple[Candidate, str]] = []
    for candidate in ranked:
        text = f" {fold(candidate.text)} "
        if not any(other.count == candidate.count and (text in folded or folded in text) for other, folded in kept):
            kept.append((candidate, text))
            if len(kept) == limit:
                break
    return [candidate for candidate, _ in kept]


def _spread(texts: list[str]) -> Counter[str]:
    """In how many of the texts (title, paragraphs, subheadings) each lemma occurs: how far the article
    carries a word, not one paragraph's aside (« production commune d'armes » in one section)."""
    spread: Counter[str] = Counter()
    for text in texts:
        spread.update({lemma(word) for word in tokens(text)})
    return spread


def _determined_in(surface: str, texts: list[str]) -> bool:
    """Whether a text writes the phrase after a determiner (« la Banque centrale européenne », « ses
    taux d’intérêt »): a noun phrase of its own, not the tail of a complement (« d’intérêt inchangés »)."""
    pattern = re.compile(rf"\b(?:le|la|les|l['’]|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s?{re.escape(surface)}\b",
                         re.IGNORECASE)
    return any(pattern.search(text) for text in texts)


def choose_keyphrase(title: str, paragraphs: list[str], headings: Sequence[str] = ()) -> str:
    candidates = keyphrase_candidates(title, paragraphs, headings, limit=1)
    return candidates[0].text if candidates else ""


def is_lone_common_word(keyphrase: str) -> bool:
    """One content word that is a common French word (« pays », « séisme »), in capitals too (« OFFICIEL », a rubric):
    too vague to rank for."""
    content = [strip_elision(word) for word in tokens(keyphrase) if match_form(word) not in function_words()]
    return len(content) == 1 and (not is_proper(content[0]) or (content[0].isupper() and len(content[0]) > 3
                                                                  and is_known_word(content[0].lower())))


def is_wide_place(keyphrase: str) -> bool:
    """A place as wide as French news itself (« France », « Europe »): as vague as a lone common noun."""
    return fold(keyphrase.strip()) in WIDE_PLACES


WIDE_PLACES = frozenset("france europe afrique asie amerique monde".split())


@lru_cache(maxsize=4096)  # a text's phrases repeat (and a frozenset's hash is computed once)
def _names_a_subject(surface: str, nominal: frozenset[str], fragments: frozenset[str]) -> bool:
    """A noun phrase about the story: a noun or name first, known words only, no source named, no count
    or rank first (« Deuxième cas », « Cent-cinq »: a quantity, not a subject)."""
    words = tokens(surface)
    head = strip_elision(next((w for w in words if not {match_form(w), lemma(w)} & PRENOMINAL_ADJECTIVES), words[0]))  # « derniers mois »
    if match_form(head) in INCIDENTAL_HEADS or lemma(head) in INCIDENTAL_HEADS or word_numbers(head) or ROMAN_RANK_RE.fullmatch(head):
        return False
    # « Claire Petit », « Rose Marchand »: two capitalized words are a name though both are common words
    if not (is_proper(head) or match_form(head) in nominal or (len(words) > 1 and all(w[:1].isupper() for w in words[:2]))):
        return False
    return not any(match_form(w) in fragments or _glued_across_sentences(w) for w in words)


def _glued_across_sentences(word: str) -> bool:
    """« FranceLa », « 1996Après »: the scraper dropped the space between a sentence's end and the next one's first word
    (a function word: « McLaren », « YouTube » are names, their second capital starts no sentence)."""
    found = GLUED_SENTENCE_RE.search(word)
    return found is not None and match_form(found.group(1)) in function_words()


GLUED_SENTENCE_RE = re.compile(r"(?<=[a-zà-ÿ\d])([A-ZÀ-Þ][a-zà-ÿ]+)$")


def _fragments(texts: list[str]) -> frozenset[str]:
    """Folded pieces of hyphenated or soft-hyphenated words (« présenta\u00adtion » -> « tion ») that the
    texts never write as words of their own."""
    glued: set[str] = set()
    free: set[str] = set()
    for text in texts:
        glued.update(map(fold, GLUED_RE.findall(text)))
        free.update(map(fold, FREE_WORD_RE.findall(text)))
    return frozenset(glued - free)


# The second form starts a run of letters only (the same matches: inside a run, it fails where it failed at the start)
GLUED_RE = re.compile(r"(?<=[^\W\d_][\u00ad\-‐])[^\W\d_]+|(?<![^\W\d_])[^\W\d_]+(?=[\u00ad\-‐][^\W\d_])")
FREE_WORD_RE = re.compile(r"(?<![\w\u00ad\-‐’'])[^\W\d_]+(?![\w\u00ad\-‐])")


def _nominal_forms(texts: list[str]) -> frozenset[str]:
    """Folded words the texts write as nouns: right after a determiner, or after a determiner and
    one adjective (« un puissant séisme »), or elided (« l'armée »)."""
    found = set()
    for text in texts:
        words = tokens(text)
        forms = [match_form(word) for word in words]
        for index, word in enumerate(words):
            if strip_elision(word) != word and word[:1].lower() in "ld":
                found.add(forms[index])
            if index and forms[index - 1] in DETERMINERS:
                found.add(forms[index])
                if forms[index] in PRENOMINAL_ADJECTIVES and index + 1 < len(words):
                    found.add(forms[index + 1])
    return frozenset(found)


ROMAN_RANK_RE = re.compile(r"[IVXLC]+(?:e|er|ème|eme)s?")  # « VIIIe », « XXIe »: a rank (an arrondissement, a century)
