"""What a rank says had no equal before: « c'est le premier foyer détecté cet hiver », « la première Française à
descendre sous les 9 min 08 s », « la plus grosse météorite récupérée en France depuis quarante ans ».

Each says what « aucun autre foyer n'avait été détecté », « aucune Française n'était descendue », « aucune météorite
aussi grosse n'avait été récupérée » say with a negation opened by its subject, so the noun ranked and the verb said of
it may stand negated in a rewrite that says « aucun », « personne » or « jamais » (checks/claims.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

FIRSTS = {"premier", "premiere", "premiers", "premieres"}
DEFINITE = {"le", "la", "les", "l"}  # « le premier foyer », « la plus grosse »; not « un premier bilan », « au plus tard »
PARTICIPLE_RE = re.compile(r"\w{3,}(?:e|ee|es|ees|u|ue|us|ues|is|ise|ises|it|ite|ites)$")


def unmatched(words: list[str], index: int, content: Callable[[str], bool]) -> list[int]:
    """Indexes of the noun a rank opening at folded `words[index]` puts first or highest, and of the verb said of it (its
    participle, or the infinitive of « à V »), or []. Only a definite article ranks; « la première fois que » is read
    apart (negation._first_time)."""
    if not index or words[index - 1] not in DEFINITE:
        return []  # « un premier bilan »: an initial one, no rank
    if words[index] in FIRSTS:
        noun = index + 1
    elif words[index] == "plus":
        noun = index + 2  # past the adjective: « la plus grosse météorite »
    else:
        return []
    if noun >= len(words) or words[noun] == "fois" or not content(words[noun]):
        return []
    verb = noun + 1 + 2 * (words[noun + 1 : noun + 2] in (["de"], ["d"], ["du"]))  # past a complement: « le premier cas de rage signalé »
    after = words[verb] if verb < len(words) else ""
    if after == "a" and verb + 1 < len(words) and content(words[verb + 1]):
        return [noun, verb + 1]  # « la première Française à descendre »
    return [noun, verb] if PARTICIPLE_RE.match(after) and content(after) else [noun]
