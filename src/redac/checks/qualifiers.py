"""A noun's classifying adjective replaced: « les écoles primaires » → « les écoles maternelles », « le tribunal
administratif » → « le tribunal judiciaire », « les cultures maraîchères » → « les cultures céréalières ». The noun
is the source's, its kind is not.

Read on adjectives of the derived, classifying shapes (« -ique », « -aire », « -al », « -el », « -ien », « -ais »,
« -ois », « -if », « -ier », « -in »): they sort the noun into a kind and have no synonym a paraphrase would pick,
unlike the qualifying ones (« importante » for « forte »). Only a replacement is read: the source sentence writes the
same noun with another such adjective, the article's adjective stands nowhere in the source, and the source's is not
in the article's sentence (« les écoles primaires et maternelles » keeps both).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from redac.checks.findings import Finding
from redac.french.lemmas import lemma
from redac.french.negation import word_key
from redac.french.roles import sentence_tokens
from redac.french.text import fold
from redac.french.wordlists import function_words

if TYPE_CHECKING:
    from redac.checks.faithfulness import SourceFacts

ENDINGS = ("ique", "aire", "al", "ale", "aux", "el", "elle", "ien", "ienne", "ais", "aise", "ois", "oise", "if", "ive", "ier", "iere")
SOURCE_ENDINGS = (*ENDINGS, "er", "ere")  # the source's own may be of a plainer shape (« maraîchères », « ménagères »)
# relative time (« l'année dernière » for « l'année passée »): read by the date checks, and said in other words
TIME_WORDS = frozenset({"dernier", "prochain", "precedent", "suivant", "final", "initial"})


def replaced_qualifier(sentence: str, source: SourceFacts, local: int | None) -> list[Finding]:
    """A finding where the sentence gives a noun of its source sentence another classifying adjective."""
    if local is None:
        return []
    said = source.sentences[local]
    theirs = _qualified(said.text, SOURCE_ENDINGS)
    if not theirs:
        return []
    mine_keys = {word_key(token.raw) for token in sentence_tokens(sentence)}
    for noun, (key, written) in _qualified(sentence).items():
        other = theirs.get(noun)
        if other is None or other[0] == key or other[0] in mine_keys or key in _source_keys(tuple(s.text for s in source.sentences)):
            continue
        return [("adjective", written, f"qualificatif remplacé : la source dit « {other[1]} »", said)]
    return []


@lru_cache(maxsize=4096)
def _qualified(sentence: str, endings: tuple[str, ...] = ENDINGS) -> dict[str, tuple[str, str]]:
    """Noun lemma -> (word key, as written) of the classifying adjective right after it, for nouns written once."""
    words = sentence_tokens(sentence.replace("’", "'"))
    found: dict[str, tuple[str, str]] = {}
    seen: set[str] = set()
    for noun, adjective in pairwise(words):
        bare = noun.raw.split("'")[-1]  # « l'association »
        head = lemma(bare).lower()
        if head in seen:
            found.pop(head, None)
            continue
        seen.add(head)
        if _is_noun(bare) and sentence[noun.start + len(noun.raw) : adjective.start] == " " and _classifying(adjective.raw, endings):
            found[head] = (word_key(adjective.raw), adjective.raw)
    return found


def _is_noun(raw: str) -> bool:
    """A lower-case content word (a name's adjective, « la Vendée voisine », is the demonym checks')."""
    return raw[:1].islower() and raw.isalpha() and len(raw) > 2 and fold(raw) not in function_words()


def _classifying(raw: str, endings: tuple[str, ...]) -> bool:
    folded = fold(raw)
    base = folded[:-1] if folded.endswith("s") and not folded.endswith(("ais", "ois")) else folded
    participle = raw.lower().endswith(("é", "és", "ée", "ées"))  # « privés » is no « -ive »
    return (raw[:1].islower() and raw.replace("-", "").isalpha() and len(base) > 4 and base.endswith(endings) and not participle
            and fold(lemma(raw)) not in TIME_WORDS and folded not in function_words())


@lru_cache(maxsize=256)
def _source_keys(texts: tuple[str, ...]) -> frozenset[str]:
    """The word keys of every word of the source."""
    return frozenset(word_key(token.raw) for text in texts for token in sentence_tokens(text))
