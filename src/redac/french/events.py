"""Events in French text: the nouns that name what happened (french/data/event_nouns.txt, redac's own
list), the phrases they head or complement (« saccage des Champs-Élysées », « journée de grève »), and an
event with the place its sentence names (« avalanche aux 2 Alpes »). The keyphrase ranks phrases that name
the story's event above a person, a place or a body alone."""

from __future__ import annotations

import re
from itertools import chain

from redac.french.lemmas import lemma
from redac.french.text import fold
from redac.french.tokens import match_form, strip_elision
from redac.french.wordlists import word_list

# Words that link an event noun to its complement (« saccage des Champs-Élysées », « grève à la SNCF »).
LINKS = frozenset({"de", "du", "des", "d", "la", "le", "l", "les", "en", "a", "au", "aux"})
PLACED_EVENT_MIN_COUNT = 3  # an event noun said this often alone may take the place its sentence names


def names_event(surface: str) -> bool:
    """Whether the phrase names what happened (see `event_word`)."""
    return event_word(surface) is not None


def event_word(surface: str, *, qualified: bool = False) -> str | None:
    """The word of a phrase that names what happened, or None. A phrase about what happened: an event
    noun with a complement or a name after it (« saccage des Champs-Élysées », « tempête Ciaran »), not
    with an adjective alone (« hausse identique ») unless the text says the phrase again (`qualified`:
    « élections législatives »), or a noun whose complement is the event (« journée de grève », « tour de
    l'élection présidentielle »). A capitalized head is a name (« Rappel Conso », a website), not the event."""
    words = surface.split()
    if len(words) < 2 or not words[0][:1].islower():
        return None
    if fold(words[0]) in WRAPPER_HEADS:
        return None  # « annonce de la grève », « suite du saccage »: the event is the complement, said alone elsewhere
    if is_event_noun(words[0]):
        # « cyclone tropical Garance »: a name after an adjective names the event as well as right after its noun
        complement = any(w[:1].isupper() or strip_elision(w) != w or match_form(w) in LINKS for w in words[1:])
        return words[0] if complement or qualified else None
    linked = False
    for word in words[1:]:
        bare = strip_elision(word)
        if bare != word:  # « d'élection », « l'élection »
            linked = linked or fold(word)[:1] == "d"
            word = bare
        elif match_form(word) in LINKS:
            linked = linked or match_form(word) in COMPLEMENT_LINKS
            continue
        if linked:
            return word if is_event_noun(word) else None
    return None


COMPLEMENT_LINKS = frozenset({"de", "du", "des"})
# Nouns that frame an event rather than name it.
WRAPPER_HEADS = frozenset("annonce suite debut fin lendemain veille cadre occasion objet issue moment reste".split())


def names_institution(surface: str) -> bool:
    """Whether the phrase names who judges, rescues or reports (« tribunal criminel », « avocat général »,
    « préfecture maritime »): like a name, the one who acts on the story rather than what happened."""
    words = surface.split()
    return bool(words) and lemma(strip_elision(words[0])) in INSTITUTION_HEADS


def names_bystanders(surface: str) -> bool:
    """Whether the phrase names people around the story (« amis comédiens », « parents d'élèves », « riverains »):
    like a name, who was there rather than what happened."""
    words = surface.split()
    return bool(words) and lemma(strip_elision(words[0])) in BYSTANDER_HEADS


BYSTANDER_HEADS = frozenset("ami parent proche famille habitant riverain fan admirateur spectateur temoin voisin".split())
INSTITUTION_HEADS = frozenset(
    "tribunal cour juge avocat procureur parquet prefecture prefet ministere ministre gouvernement police "
    "gendarmerie secours pompier enqueteur "
    # bodies that sit, run or care (« conseil municipal », « assemblée générale », « services de réanimation »)
    "conseil commission direction etablissement service centre hopital societe syndicat federation "
    "association mairie municipalite autorite office institut brigade aviation".split()
)


def befalls_event(words: list[str], index: int, start: int) -> bool:
    """« effondrement d'un | pont », « braquage d'une | agence »: what an event befell belongs to its name, even
    when the text says it for the first time (« d'un », « d'une » at `index`, after the event noun at `start`);
    other nouns keep their complement defined. Not a quality (« collision d'une grande violence ») nor a share
    (« annulation d'un train sur trois »)."""
    head = words[start]
    if not (fold(words[index]).replace("’", "'") in {"d'un", "d'une"} and head[:1].islower() and is_event_noun(head)):
        return False
    following = [match_form(word) for word in words[index + 1 : index + 4]]
    if following[:1] and following[0] in QUALITY_OPENERS:
        return False
    return not ("sur" in following[1:] and (following[-1] in NUMBER_WORDS or following[-1][:1].isdigit()))


QUALITY_OPENERS = frozenset("grande grand rare extreme incroyable telle tel certaine certain inouie violence ampleur gravite".split())
NUMBER_WORDS = frozenset("deux trois quatre cinq six sept huit neuf dix vingt cent mille".split())


def measured_by_next(words: list[str], index: int) -> bool:
    """Whether « de » and a figure follow an adjective that needs them (« âgé de 46 ans », « haut de 3 mètres »):
    a phrase that ends there is cut."""
    return (index + 2 < len(words) and match_form(words[index + 1]) == "de" and words[index + 2][:1].isdigit()
            and fold(words[index]) in MEASURE_ADJECTIVES)


MEASURE_ADJECTIVES = frozenset("age agee ages agees long longue longs longues haut haute hauts hautes large larges "
                               "profond profonde lourd lourde riche".split())


def needs_complement(word: str) -> bool:
    """Whether an adjective says little without the complement after it (« panne géante due | à la foudre », « mesures
    relatives | au bruit »): a phrase that ends on it is cut."""
    return fold(word) in COMPLEMENT_ADJECTIVES


COMPLEMENT_ADJECTIVES = frozenset("du due dus dues lie liee lies liees relatif relative relatifs relatives consecutif consecutive "
                                  "consecutifs consecutives imputable imputables susceptible susceptibles propice propices "
                                  "conforme conformes equivalent equivalente equivalents equivalentes superieur superieure "
                                  "superieurs superieures inferieur inferieure inferieurs inferieures identique identiques proche "
                                  "proches".split())  # « le trafic était conforme | aux prévisions », « la peine est équivalente | à … »


def is_event_noun(word: str) -> bool:
    """Whether the word names what happened (french/data/event_nouns.txt), in any number."""
    events = word_list("event_nouns")
    return lemma(word) in events or match_form(strip_elision(word)).rstrip("sx") in events


def event_at_place(noun: str, texts: list[str]) -> str:
    """The event with the place its sentence names (« avalanche aux 2 Alpes » from « une avalanche a fauché un
    groupe … sur le domaine des 2 Alpes »; « collision à Puisseguin »), or ''. A place is a name after « à »,
    « au », « aux » or « en » (one capitalized word: « à Jean Dupont » names a person), or after a noun of
    place and « de » (« domaine des », « commune de »), which becomes « à »."""
    noun_re = re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            found = noun_re.search(sentence)
            if not found:
                continue
            rest = sentence[found.end():]
            place = PLACE_AFTER_RE.search(rest) or AT_PLACE_RE.search(rest)
            if place and fold(place.group("place")) not in FEASTS:
                preposition = AT_FROM_DE.get(fold(place.group("prep")).replace("’", "'"), place.group("prep"))
                return f"{found.group(0).lower()} {preposition} {place.group('place')}"
    return ""


def event_at_title_place(noun: str, title: str, texts: list[str]) -> str:
    """The event at the place a source title opens with (« Bayonne : un motard tué dans une collision … » ->
    « collision à Bayonne »), when the text writes « à » before that place; ''. The regional press labels a
    story with its town, and the town is where it happened."""
    label = TITLE_PLACE_RE.match(title)
    if not label or not re.search(rf"\bà\s{re.escape(label.group('place'))}\b", " ".join(texts)):
        return ""
    return f"{noun.lower()} à {label.group('place')}"


TITLE_PLACE_RE = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w\-]+)\s?[:.]\s")
PLACE_NAME = r"(?:\d+\s)?[A-ZÀ-Þ][\w\-]+"
AT_PLACE_RE = re.compile(rf"\b(?P<prep>à|au|aux|en)\s(?P<place>{PLACE_NAME})(?![\w\-]*\s[A-ZÀ-Þ])")
PLACE_AFTER_RE = re.compile(
    rf"\b(?:domaine|station|commune|ville|village|massif|vallée|région|département|col|lac)\s(?P<prep>des|du|de|d['’])\s?"
    rf"(?P<place>{PLACE_NAME}(?:[\s\-][A-ZÀ-Þ][\w\-]+)?)"
)
AT_FROM_DE = {"des": "aux", "du": "au", "de": "à", "d'": "à"}
FEASTS = frozenset("noel paques toussaint pentecote ascension carnaval".split())  # « à Noël » says when


def said_only_as_where(phrase: str, texts: list[str]) -> bool:
    """Whether the texts name the phrase only where something happens: every mention comes after « à », « dans »,
    « sur », « en », « vers », « près de » or « chez » with at most an article and two words between (« à la base
    aérienne de Ramstein », « sur la plus grande base aérienne »), never as a subject or an object."""
    pattern = re.compile(rf"(?<![\w\-]){re.escape(phrase)}(?![\w\-])", re.IGNORECASE)
    # Read lazily, each text up to the mention (`endpos`: the text as if it ended there, no copy of it): the first
    # mention said otherwise ends the search (most phrases are a subject or an object somewhere early).
    mentions = ((text, found.start()) for text in texts for found in pattern.finditer(text))
    first = next(mentions, None)
    return first is not None and all(WHERE_BEFORE_RE.search(text, 0, end) for text, end in chain((first,), mentions))


# The preposition stands an article and two words at most before the phrase (« sur la plus grande | base aérienne »);
# further back it governs another noun (« dans le quartier | de la ville »).
WHERE_BEFORE_RE = re.compile(r"(?i)(?:^|[\s(])(?:à|au|aux|dans|sur|en|vers|chez|près\s+de|près\s+du)"
                             r"(?:\s+(?:la|le|les|l['’]|un|une|des|son|sa|ses))?(?:\s+[\w\-]+){0,2}\s*$|\s(?:à\s+l|dans\s+l|sur\s+l)['’]$")
