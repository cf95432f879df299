"""A quotation's words told as the article's own fact, reordered: « « M. Chabrier n'a pas volé par erreur, il a volé par
méthode », a lancé le procureur » → « Raymond Chabrier n'a pas volé par erreur, mais par méthode. » The checks of
quotes.py read a quotation copied in a row (unmarked_quotations) or most of its words in their order
(unattributed_quotation); a paraphrase that keeps the quotation's own words in another order, or only part of a long
quotation, escapes both.

Read on the words only the quotation has: content words the source writes nowhere outside guillemets. Where the
sentence takes three of them or more from one quotation, and half its content words come from that quotation, it
speaks with the quotation's words; it must then say who speaks (a speech verb, « selon », « pour », or the speaker's
name as the source writes it beside the quotation), else it states as fact what someone said.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from redac.checks.findings import Unsupported
from redac.checks.quotes import _reports_with as reports_with
from redac.french.lemmas import content_lemmas
from redac.french.roles import outside_quotes, speaker_offset

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts
    from redac.checks.quotes import Quotation

OWN_WORDS = 3  # the quotation's own words (in no narration of the source) the sentence takes, at least
SHARE = 0.5  # of the sentence's content words, from the quotation
# what says who speaks, beyond french/roles.py's speech verbs: « selon », « d'après », « pour le maire, … », « estime »
SPEAKING_RE = re.compile(r"(?i)\b(?:selon|d['’]apr[èe]s|pour (?:le|la|les|l['’]|lui|elle|eux|elles)\b|estim|jug)")
NAME_RE = re.compile(r"\b[A-ZÀ-Ý][\w-]+")


def told_as_fact(where: str, sentence: str, source: SourceFacts, outside: str | None = None) -> Unsupported | None:
    """A finding where the sentence states, in a source quotation's own words and with no speaker, what it says."""
    text = outside_quotes(sentence) if outside is None else outside
    if text != sentence or not source.quotations or speaker_offset(text, quoted=False) is not None or SPEAKING_RE.search(text):
        return None  # quoted, or reported speech
    mine = set(content_lemmas(text))
    narration = _narration(tuple(said.text for said in source.sentences))
    for quotation in source.quotations:
        theirs = set(content_lemmas(quotation.text))
        own = (mine & theirs) - narration
        if len(own) >= OWN_WORDS and len(mine & theirs) >= SHARE * len(mine) and not _speaker_named(text, quotation) \
                and not reports_with(text, quotation):  # « Le maire a tranché que … » for « », a-t-il tranché »
            reason = f"propos de la source repris comme un fait, sans guillemets ni auteur : la source cite « {quotation.text} »"
            return Unsupported("quote", ", ".join(sorted(own)), reason, where, sentence, quotation.said.text, quotation.said.where)
    return None


def _speaker_named(text: str, quotation: Quotation) -> bool:
    """The sentence names someone the source names beside the quotation, outside it (« a précisé Sean Parnell »)."""
    theirs = set(NAME_RE.findall(outside_quotes(quotation.said.text)))
    return bool(set(NAME_RE.findall(text)) & theirs)


@lru_cache(maxsize=64)
def _narration(texts: tuple[str, ...]) -> frozenset[str]:
    """The content words the source writes outside its quotations."""
    return frozenset(word for text in texts for word in content_lemmas(outside_quotes(text)))
