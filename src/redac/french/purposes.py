"""Where a « pour + infinitive » purpose may stand as a sentence of its own (« Objectif : … », french/clauses): only when
it ends the sentence, the part before it is a sentence, and « pour » opens a purpose rather than a value reached."""

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
