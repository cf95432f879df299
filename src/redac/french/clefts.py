"""Cleft sentences read in the plain order: « C'est au groupement Vendémer que le gouvernement a attribué le parc » is
« le gouvernement a attribué au groupement Vendémer le parc », « C'est Meier qui a déposé la réclamation » is « Meier a
déposé la réclamation ». A rewrite fronts a participant this way to stress it; the roles are those of the plain
sentence, and the role readers (french/frames.py) read the plain order only."""

from __future__ import annotations

import re
from functools import lru_cache

# « C'est à l'unanimité que », « C'est au groupement X, mené par Y, que », « Ce sont les communes qui »
CLEFT_RE = re.compile(r"^\s*(?:C['’]est|Ce sont|C['’]était)\s+(?P<fronted>.+?),?\s+(?P<link>qui|que|qu['’])\s*(?P<rest>.+)$", re.DOTALL)
PREPOSITION_RE = re.compile(r"(?i)^(?:à|au|aux|par|pour|avec|contre|de|du|des|d['’]|en|sur|chez|auprès)\b")


@lru_cache(maxsize=4096)
def uncleft(sentence: str, verb_end: int | None = None) -> str:
    """The sentence in plain order when it is a cleft; else itself. `verb_end` is where the verb of the clause after
    « que » ends in that clause (the caller reads it), for a fronted complement to follow it."""
    found = CLEFT_RE.match(sentence)
    if found is None:
        return sentence
    fronted, rest = found.group("fronted").strip(), found.group("rest")
    if found.group("link") == "qui":
        return f"{fronted} {rest}"
    if not PREPOSITION_RE.match(fronted) or verb_end is None:
        return sentence  # « C'est la ville que … »: an object fronted; left as it is
    closing = "," if "," in fronted else ""  # « au groupement X, mené par Y, »: the apposition closes
    return f"{rest[:verb_end]} {fronted}{closing} {rest[verb_end:].lstrip()}"


def cleft_rest(sentence: str) -> str | None:
    """The clause after « que » of a cleft with a fronted complement (« C'est à X que … »), else None."""
    found = CLEFT_RE.match(sentence)
    if found is None or found.group("link") == "qui" or not PREPOSITION_RE.match(found.group("fronted").strip()):
        return None
    return found.group("rest")
