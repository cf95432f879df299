"""Titles of office and professions (« le président », « la porte-parole », « le chanteur »): the nouns a
news sentence puts before or beside a name. One list for the stages that find a person's role (the
engine's who's who), drop it before a name (titles) or drop an apposition (main clauses)."""

from __future__ import annotations

import re

ROLE_NOUNS = (
    "président-directeur général", "premier ministre", "première ministre", "vice-président", "vice-présidente",
    "haut représentant", "haute représentante", "chef d’état-major", "chef d'état-major", "secrétaire général",
    "secrétaire générale", "président", "présidente",
    "ministre", "chancelier", "chancelière", "secrétaire", "porte-parole", "chef", "cheffe", "directeur",
    "directrice", "dirigeant", "dirigeante", "ambassadeur", "ambassadrice", "député", "députée", "sénateur",
    "sénatrice", "maire", "général", "commandant", "conseiller", "conseillère", "envoyé", "envoyée", "émissaire",
    "patron", "patronne", "fondateur", "fondatrice", "PDG", "roi", "reine", "pape", "gouverneur", "gouverneure",
    "procureur", "procureure", "juge", "avocat", "avocate", "responsable", "négociateur", "négociatrice",
    "représentant", "représentante", "commissaire", "analyste", "expert", "experte", "chercheur", "chercheuse",
    "journaliste", "correspondant", "correspondante", "homologue", "leader",
    # professions a news sentence puts before a name the same way (« le chanteur Renaud »)
    "chanteur", "chanteuse", "acteur", "actrice", "comédien", "comédienne", "écrivain", "écrivaine",
    "réalisateur", "réalisatrice", "entraîneur", "entraîneuse", "joueur", "joueuse", "artiste", "musicien",
    "musicienne", "rappeur", "rappeuse", "footballeur", "footballeuse", "navigateur", "navigatrice",
)
ROLE_MODIFIERS = r"(?:(?:nouveau|nouvelle|ancien|ancienne|actuel|actuelle|futur|future|puissant|puissante)\s)?"
# A title of office, longest first so that « premier ministre » is not read as « ministre ».
ROLE = rf"{ROLE_MODIFIERS}(?:{'|'.join(re.escape(noun) for noun in sorted(ROLE_NOUNS, key=len, reverse=True))})\b"
# Nouns besides the titles that a news sentence calls a person named before by (« la préfète a annoncé »).
REFERRING_NOUNS = ("préfet", "préfète", "prévenu", "prévenue", "suspect", "suspecte", "élu", "élue", "capitaine", "gardien", "attaquant")
# « le maire demandera », « Le joueur passera »: a person named elsewhere, called by a title.
DEFINITE_ROLE_RE = re.compile(rf"(?i)(?<![\w’'])(?:le|la|l['’])\s*(?P<role>{ROLE}|(?:{'|'.join(REFERRING_NOUNS)})\b)(?![-’'])")
