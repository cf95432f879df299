"""Shorter title forms that name the same people and bodies in fewer pixels: a body by the acronym the source gives
it in brackets (« La Banque centrale européenne (BCE) » -> « La BCE »), a bracketed aside dropped, and the common noun
or the nationality before a name dropped (« La sonde Cassini » -> « Cassini », « Le Kényan Felix Kandie » -> « Felix
Kandie »). Each only leaves words out."""

from __future__ import annotations

import re

from redac.french.case import capitalize_first
from redac.french.demonyms import place_adjectives
from redac.french.offices import ROLE


def name_forms(form: str) -> list[str]:
    """The form with a body by its acronym, without a bracketed aside, without the noun or the nationality before a name."""
    return [ACRONYM_RE.sub(acronym, form), PARENTHESIS_RE.sub("", form), capitalize_first(NOUN_BEFORE_NAME_RE.sub(noun_before_name, form)),
            capitalize_first(NATIONALITY_BEFORE_NAME_RE.sub(nationality_before_name, form))]


ACRONYM_RE = re.compile(r"\b(?P<article>[Ll]a\s|[Ll]e\s|[Ll]es\s|[Ll]['’])(?P<name>[A-ZÀ-Þ][^()«»,;:]{2,60}?)\s\((?P<acronym>[A-ZÀ-Þ]{2,6})\)")


def acronym(match: re.Match[str]) -> str:
    """The name by the acronym the source gives it in brackets, after the same article; not after an elided article
    when the acronym opens with a consonant (« l’Association Prévention Requin (PRR) » is no « l’PRR »)."""
    if match.group("article")[-1:] in "'’" and match.group("acronym")[:1] not in "AEIOUYÉ":
        return match.group(0)
    return match.group("article") + match.group("acronym")


PARENTHESIS_RE = re.compile(r"\s*\([^()]{1,40}\)")
# The clause's subject « La sonde Cassini », « le groupe Renault »: the name alone says who, in fewer pixels;
# « Le candidat socialiste François Hollande a obtenu » -> « François Hollande a obtenu ».
NOUN_BEFORE_NAME_RE = re.compile(
    r"^(?:Le|La|L['’])\s?[a-zà-ÿ]{3,}(?:\s[a-zà-ÿ]{3,}){0,2}\s(?=[A-ZÀ-Þ][\w\-]+(?:\s[A-ZÀ-Þ][\w\-]+)?(?:\s\d+)?\s[a-zà-ÿ])"  # « Ariane 6 »
)


NATIONALITY_BEFORE_NAME_RE = re.compile(r"^(?:Le|La|L['’])\s?(?P<nationality>[A-ZÀ-Þ][a-zà-ÿ]+)\s(?=[A-ZÀ-Þ][\w\-]+\s[A-ZÀ-Þ][\w\-]+\s[a-zà-ÿ])")


def nationality_before_name(match: re.Match[str]) -> str:
    """'' before a two-word name when the noun is a nationality (« Le Kényan Felix Kandie a battu … »): the name says who."""
    return "" if place_adjectives(match.group("nationality")) else match.group(0)


def noun_before_name(match: re.Match[str]) -> str:
    """'' (the noun goes) before a one-word name (« La sonde Cassini ») or after a role (« Le candidat socialiste François
    Hollande »); a building or a body named after a person keeps its noun (« Le lycée Blaise Pascal » is no person)."""
    name = match.string[match.end():].split()
    two_words = len(name) > 1 and name[1][:1].isupper()
    return match.group(0) if two_words and not ROLE_START_RE.match(match.group(0)) else ""


ROLE_START_RE = re.compile(rf"(?:Le|La|L['’])\s?{ROLE}", re.IGNORECASE)
