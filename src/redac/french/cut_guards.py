"""Guards on the splitter's cuts (french/clauses): a « pour + infinitive » purpose stands as a sentence of its own
(« Objectif : … ») only when it ends the sentence, the part before it is a sentence, and « pour » opens a purpose rather
than a value reached; « Il s’agit d’ » opens a noun phrase, never a clause."""

from __future__ import annotations

import re

from redac.french.lemmas import lemma

FINITE_VERBS = frozenset("est sont a ont était étaient avait avaient sera seront fut furent va vont doit doivent peut peuvent".split())


def purpose_goes_on(rest: str) -> bool:
    """Whether the sentence's own clause goes on past the purpose (« pour protester contre les VTC et bloquent le
    périphérique », « des tubes plantés pour suivre la nappe, montrent une remontée », « …, a-t-il avoué »): a verb
    before any relative pronoun, or a speaker's inversion."""
    own = RELATIVE_START_RE.split(rest, maxsplit=1)[0]
    words = own.lower().split()[1:]  # past the infinitive
    return (INVERSION_RE.search(own) is not None or bool(FINITE_VERBS & set(words)) or bool(SUBJECT_PRONOUNS & set(words))
            or any(word.endswith("ent") and lemma(word) != word and lemma(word).endswith(("er", "ir", "re")) for word in words))


def subordinate_alone(first: str) -> bool:
    """« Alors qu’un garçon traverse la rue » is no sentence without the main clause that follows it."""
    return SUBORDINATE_OPENING_RE.match(first) is not None and "," not in first


SUBJECT_PRONOUNS = frozenset("je tu il elle ils elles on nous".split())
RELATIVE_START_RE = re.compile(r"\b(?:qui|que|qu['’]|où|dont|(?:le|la|les|aux|au|des|du)quel(?:le)?s?)\b")
INVERSION_RE = re.compile(r"-t-(?:il|elle|on)\b|\b\w+-(?:il|elle|ils|elles)\b")
SUBORDINATE_OPENING_RE = re.compile(r"^\s*(?:alors\s+qu|tandis\s+qu|lorsqu|quand|parce\s+qu|puisqu|si\b|bien\s+qu)", re.IGNORECASE)
# « les prix ont reculé pour s'établir à 8 110 euros »: a value reached, no purpose
RESULT_VERBS = frozenset("établir situer élever hisser fixer stabiliser".split())


def holds_a_verb(text: str) -> bool:
    """« une étroite entrée sous-marine … se prolonge par une galerie »: a clause, which « Il s’agit d’ » cannot open."""
    from redac.french.headlines import has_finite_verb  # headlines reads french/clauses, which reads this module: imported when first used

    own = RELATIVE_START_RE.split(text, maxsplit=1)[0]  # « une maladie que l'on trouvait … »: the relative's verb is its own
    return bool(FINITE_VERBS & set(own.lower().split())) or has_finite_verb(own) or REFLEXIVE_VERB_RE.search(own) is not None


REFLEXIVE_VERB_RE = re.compile(r"\s(?:se\s|s['’])[a-zà-ÿ]{3,}")
