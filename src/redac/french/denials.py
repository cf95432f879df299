"""Negation said with a word rather than with « ne … pas »: « refuse de signer », « a renoncé à l'itinéraire »,
« conteste son licenciement », « a démenti toute intention », « interdit aux skieurs », « privés de transport ».

A rewrite may turn one into the other (« n'accepte pas d'avoir été licencié », « n'auront plus accès »,
« n'avoir aucune intention »), so polarity counts these words as denials and lets them reach their object;
a syntactic negation of one cancels it (« n'exclut pas de faire appel »: an appeal stays possible).

The other way round, fixed phrases written with a negation word negate nothing of their clause: « c'est du jamais
vu » (unprecedented), « rien de moins que », « pas moins de 300 » (as many as), « n'importe quel », « sans doute »
(`idiom_positions`).
"""

from __future__ import annotations

from functools import lru_cache

from redac.french.lemmas import lemma
from redac.french.text import fold

# « refuse de V », « a omis de V », « a abandonné l'idée de V »: V is negated
NEGATING_VERBS = {"refuser", "nier", "dementir", "renoncer", "exclure", "empecher", "omettre", "negliger", "abandonner"}
IRREGULAR_NEGATING = {"omis": "omettre", "omise": "omettre", "omet": "omettre"}  # forms no stem of the infinitive starts
# « conteste son licenciement », « réfute toute faute »: the object is denied, not negated outright
DISPUTING_VERBS = {"contester", "refuter", "recuser"}
NEGATING_OPENINGS = {verb[:3] for verb in [*NEGATING_VERBS, *IRREGULAR_NEGATING, *DISPUTING_VERBS]}  # first letters, before a lemma is looked up
PRIVATIVE = {"priver", "prive", "faute", "manque", "manquer", "absence", "depourvu", "exempt", "vide"}  # « privés de X », « vide de X »: without X
DENYING = {"interdire", "interdit", "interdite", "interdits", "interdites", "impossible", "impossibles", "empecher", "exclure", "exclu", "refuser",
           "refuse", "annuler", "annule", "supprimer", "rejeter", "rejete", "absent", "absente", "inconnu", "inconnue", "incapable",
           }
DELAYING = {"tarder"}  # « a tardé à transmettre »: done late, or not in time (« ne pas avoir transmis à temps »)
REACHING_OPENINGS = {word[:3] for word in PRIVATIVE | DENYING | DELAYING}  # a word's first letters before its lemma is looked up
DENYING_REACH = 3  # words on each side of a denying word it reaches
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "encore", "aussi"}  # before an object


# Fixed phrases made of negation words that negate no word of their clause, as folded tokens (elisions split).
NEGATIVE_IDIOMS = (
    ("du", "jamais", "vu"), ("du", "jamais", "vue"), ("rien", "de", "moins", "que"), ("rien", "de", "moins", "qu"),
    ("rien", "moins", "que"), ("rien", "moins", "qu"), ("pas", "moins", "de"), ("pas", "moins", "d"), ("non", "moins"),
    ("ni", "plus", "ni", "moins"), ("sans", "doute"), ("sans", "cesse"), ("n'importe",), ("sans", "surprise"), ("sans", "attendre"),
    ("sans", "tarder"), ("sans", "hesiter"), ("sans", "hesitation"), ("sans", "conteste"), ("sans", "encombre"), ("sans", "relache"),
    ("sans", "delai"), ("sans", "aucun", "doute"), ("sans", "oublier"), ("sans", "compter"), ("n'en", "reste", "pas", "moins"),
    ("n'en", "demeure", "pas", "moins"), ("n'en", "est", "pas", "moins"),
)
IDIOM_OPENINGS = {idiom[0] for idiom in NEGATIVE_IDIOMS}
NE_REACH = 3  # tokens before an idiom opened by a particle searched for its « ne » (« ce n'est rien de moins que »)


def idiom_positions(words: list[str]) -> set[int]:
    """Indexes of folded `words` that belong to a fixed negative phrase (NEGATIVE_IDIOMS), with the « ne » before an
    idiom opened by « rien » or « pas » (« il n'y a pas moins de 300 inscrits »): neither negated nor affirmed."""
    found: set[int] = set()
    for index, word in enumerate(words):
        if word not in IDIOM_OPENINGS:
            continue
        for idiom in NEGATIVE_IDIOMS:
            if tuple(words[index : index + len(idiom)]) == idiom:
                found.update(range(index, index + len(idiom)))
                if word in ("rien", "pas"):
                    found.update(at for at in range(max(0, index - NE_REACH), index) if words[at] == "ne" or words[at].startswith("n'"))
                break
    return found


@lru_cache(maxsize=16384)
def negating_base(word: str) -> str:
    """The negating or disputing verb a folded word is a form of (« renonçait » -> « renoncer »), or ""."""
    if word[:3] not in NEGATING_OPENINGS:
        return ""  # most words: no lemma to look up
    base = fold(lemma(word))
    if base in NEGATING_VERBS or base in DISPUTING_VERBS:
        return base
    verbs = [*NEGATING_VERBS, *DISPUTING_VERBS]  # « renonce », folded « renonçait »: forms the lemmas miss, read by their stem
    return IRREGULAR_NEGATING.get(word) or next((verb for verb in verbs if len(verb) > 6 and word.startswith(verb[:-2])), "")


@lru_cache(maxsize=16384)
def reaching_base(word: str) -> str:
    """The lemma of a privative, denying or delaying word (« interdites » -> « interdire »), or ""."""
    if word[:3] not in REACHING_OPENINGS:
        return ""
    base = fold(lemma(word))
    return base if base in PRIVATIVE | DENYING | DELAYING else (word if word in DENYING else "")
