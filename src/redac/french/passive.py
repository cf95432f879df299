"""Passive voice in French: a form of "être" followed, within its clause, by a past participle.

"a été reçu", "sont fermées", "fut détruit", "est très attendu" are passive; "est parti",
"est née" (verbs conjugated with être), "s'est rendu" (pronominal), "est ici" and "l'été
dernier" (the noun) are not. Only adverbs may stand between the auxiliary and the participle.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redac.french.lemmas import lemma
from redac.french.text import fold
from redac.french.tokens import match_form
from redac.french.wordlists import word_list

REFLEXIVE = frozenset({"se", "s", "me", "m", "te", "t"})
# Words that may sit between the auxiliary and the participle ("est déjà prévu", "n'est pas encore signé").
ADVERBS = frozenset(
    fold(word)
    for word in """pas plus jamais rien guère point déjà toujours souvent encore aussi bien mal très trop tout
    presque désormais ensuite alors enfin également notamment parfois largement rapidement
    finalement officiellement actuellement""".split()
)
MAX_GAP = 3


def is_passive(sentence_tokens: list[str]) -> bool:
    """True when the sentence (its tokens, in order) holds a passive construction: a participle after
    « être », or, after « être », a participle with its agent (« était à Kiev … à l’alliance dirigée par
    les États-Unis »), the reduced passive Yoast counts too."""
    forms = [match_form(token) for token in sentence_tokens]
    auxiliaries = [i for i in range(len(forms)) if _is_auxiliary(forms, sentence_tokens, i)]
    return any(_participle_follows(forms, sentence_tokens, i) for i in auxiliaries) or (
        bool(auxiliaries) and _agent_participle(forms, sentence_tokens, auxiliaries[0]))


def _agent_participle(forms: list[str], tokens: list[str], start: int) -> bool:
    """A past participle followed by « par » (its agent) after position `start`."""
    return any(forms[j + 1] == "par" and is_past_participle(tokens[j]) for j in range(start + 1, len(forms) - 1))


def _is_auxiliary(forms: list[str], tokens: list[str], i: int) -> bool:
    form = forms[i]
    if form == "ete":
        # "été" is the auxiliary only after "avoir" ("a été", "aurait pu être"... keeps to "a été").
        return any(forms[j] in word_list("avoir_forms") for j in range(max(0, i - 1 - MAX_GAP), i))
    if form not in word_list("etre_auxiliary"):
        return False
    # "il s'est rendu", "nous nous sommes vus": pronominal, not passive.
    elided_reflexive = fold(tokens[i][:2]) in {"s'", "m'", "t'"}
    doubled_pronoun = i > 1 and forms[i - 1] in {"nous", "vous"} and forms[i - 2] == forms[i - 1]
    return not (elided_reflexive or doubled_pronoun or (i > 0 and forms[i - 1] in REFLEXIVE))


def _participle_follows(forms: list[str], tokens: list[str], i: int) -> bool:
    for j in range(i + 1, min(len(forms), i + 2 + MAX_GAP)):
        if forms[j] in ADVERBS or forms[j] in {"ne", "n"} or (forms[j].endswith("ment") and len(forms[j]) > 6):
            continue
        return forms[j] != "ete" and is_past_participle(tokens[j])
    return False


@lru_cache(maxsize=65536)  # per word: an article writes its participles again and again
def is_past_participle(token: str) -> bool:
    """Past participle of a verb that can be passive: 'reçues', 'fermée', 'choisis' (not 'parti', 'née')."""
    lowered = token.lower()
    bases = _masculine_singular_candidates(match_form(token))
    if bases & word_list("etre_active_participles"):
        return False
    if bases & word_list("irregular_participles"):
        return True
    if lowered.endswith(("é", "ée", "és", "ées")):
        return len(lowered) > 3
    if lowered.endswith(("i", "ie", "is", "ies", "u", "ue", "us", "ues")) and len(lowered) > 3:
        return any(lemma(base).endswith(("ir", "re", "oir")) for base in (token, *bases))
    return False


def _masculine_singular_candidates(form: str) -> set[str]:
    """'fermees' -> {'fermees', 'fermee', 'ferme'}: the form with -s, -e, -es removed."""
    candidates = {form}
    if form.endswith(("e", "s")):
        candidates.add(form[:-1])
    if form.endswith("es"):
        candidates.add(form[:-2])
    return candidates


# Verbs that « en » and a noun complete (« mis en examen », « placé en garde à vue », « transformés en torrents »).
EN_VERBS = frozenset("mettre remettre placer replacer prendre reprendre transformer changer convertir muer".split())


def participle_infinitive(participle: str) -> str:
    """The lemmatizer reads « transformés » as an adjective: an -é participle gives its -er verb; « mise », « prises »
    are participles of « mettre » and « prendre »."""
    if (irregular := IRREGULAR_PARTICIPLE_RE.match(fold(participle))):
        return irregular.group("stem") + ("ettre" if irregular.group("stem").endswith("m") else "endre")
    base = lemma(participle)
    return re.sub(r"(?:é|ée|és|ées|e)$", "er", base) if base.endswith(("e", "é")) and not base.endswith("re") else base


IRREGULAR_PARTICIPLE_RE = re.compile(r"^(?P<stem>(?:re|pro|ad|com|per|sou)?m|(?:re|sur|com|ap|entre)?pr)is(?:e|es)?$")
