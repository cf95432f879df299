"""Sentences the faithfulness check refuses, mended without asking the model again.

A 1.5B model asked to rewrite a section with one fact wrong rewrites it with another wrong (idle run
of the five samples: 6-8 unsupported facts each after every repair call was spent). So a refused
sentence is not sent back: it is dropped when the source sentence it tells is told elsewhere in the
article already, else replaced by that source sentence as the source writes it (the offline
engine's rendering: words the model did not write come only from the source, and the originality
check counts them: past `copy_budget` words, a refused sentence is dropped). A sentence too far from
any source sentence to name one is dropped, and so is one whose source sentence is part of a longer
quotation (its guillemets would not pair). A word French does not write (`misspelled_words`) is
written as the source writes it when it misspells a source word, else its sentence is refused the
same way, and so is a sentence the check would show for review (`sentences_to_review`: less than 40 % of its
content words in any source sentence): in an editor's text it may be a paraphrase, from a 1.5B model it
was an invention every time on held-out a03 (« Ces messages ont été envoyés via des courriers postaux et
des réseaux sociaux »). Each change is one line of the report. Repeated sentences (a reply echoing an earlier one) are dropped too:
the length check does not count them, and a reader should not read them twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from redac.checks.faithfulness import SourceFacts, sentences_to_review, unsupported_facts
from redac.checks.length import REPEAT_MIN_WORDS, sentence_key
from redac.checks.originality import copied_share, shingle_count
from redac.engines.llm.markdown import guillemets_paired
from redac.french.foreign import misspelled_words
from redac.french.sentences import split_sentences
from redac.french.tokens import match_form, strip_elision, tokens
from redac.french.words import count_words

SHOWN_CHARS = 90  # how much of a mended sentence the report shows


@dataclass(slots=True)
class Mender:
    """Mends an article's paragraphs in writing order; remembers what it has kept (repeats, sources told)."""

    facts: SourceFacts
    copy_budget: int  # 8-word runs of source text it may put in (the originality check allows a share of copies)
    kept: set[str] = field(default_factory=set)  # sentence keys already in the article
    told: set[int] = field(default_factory=set)  # source sentences an accepted sentence is built on
    notes: list[str] = field(default_factory=list)
    source_words: dict[str, str] = field(init=False)  # the source's words, folded -> as written (lowercase)

    def __post_init__(self) -> None:
        self.source_words = source_word_forms(self.facts)

    def mend(self, paragraphs: list[str], where: str) -> list[str]:
        """`paragraphs` with refused sentences replaced or dropped and repeats dropped; empty ones removed."""
        paragraphs, refused = self._respelled(paragraphs)
        checked = [(where, p, True) for p in paragraphs]
        for item in unsupported_facts(checked, self.facts):
            refused.setdefault(item.sentence, "phrase non étayée")
        for item in sentences_to_review(checked, self.facts):  # shown for review in an editor's text; a small model invents them
            refused.setdefault(item.sentence, "phrase sans appui dans la source")
        self._tell(paragraphs, set(refused))
        mended = []
        for paragraph in paragraphs:
            units = _units(paragraph)
            kept = [text for unit in units if (text := self._sentence(" ".join(unit), next((refused[p] for p in unit if p in refused), ""), where))]
            if kept:
                mended.append(" ".join(kept))
        return mended

    def _respelled(self, paragraphs: list[str]) -> tuple[list[str], dict[str, str]]:
        """A word French does not write (`misspelled_words`: a 1.5B model slips English and misspellings into its
        French, and no check reads single words) written as the source writes it when it misspells one source
        word (« militaraire » -> « militaire », « security » -> « sécurité »); a sentence holding another one
        (« of », « and ») is refused like an unsupported one. The paragraphs, and the sentences refused."""
        refused: dict[str, str] = {}
        respelled = []
        for paragraph in paragraphs:
            sentences = split_sentences(paragraph)
            written = [self._respelled_sentence(sentence, refused) for sentence in sentences]
            respelled.append(" ".join(written) if written != sentences else paragraph)
        return respelled, refused

    def _respelled_sentence(self, sentence: str, refused: dict[str, str]) -> str:
        sentence, wrong = respelled(sentence, self.source_words, self.notes)
        if wrong:
            refused[sentence] = f"phrase au mot fautif « {wrong} »"
        return sentence

    def _sentence(self, sentence: str, refusal: str, where: str) -> str:
        if refusal:
            closest = self.facts.closest(sentence)
            source = self.facts.sentences[closest[0]].text if closest and closest[1] >= self.facts.limits.claim_shown_share else ""
            cost = shingle_count(source)
            if (not source or closest is None or closest[0] in self.told or sentence_key(source) in self.kept or not guillemets_paired(source)
                    or cost > self.copy_budget):
                self.notes.append(f"{where} : {refusal} retirée : « {_shown(sentence)} »")
                return ""
            self.notes.append(f"{where} : {refusal} remplacée par la source : « {_shown(sentence)} » → « {_shown(source)} »")
            self.told.add(closest[0])
            self.copy_budget -= cost
            sentence = source
        key = sentence_key(sentence)
        if key in self.kept and count_words(sentence) >= REPEAT_MIN_WORDS:
            self.notes.append(f"{where} : phrase répétée retirée : « {_shown(sentence)} »")
            return ""
        self.kept.add(key)
        return sentence

    def _tell(self, paragraphs: list[str], refused: set[str]) -> None:
        """Note the source sentences that the accepted sentences of these paragraphs are built on."""
        for paragraph in paragraphs:
            for sentence in split_sentences(paragraph):
                if sentence not in refused and (index := self.facts.aligned(sentence)) is not None:
                    self.told.add(index)


def copy_budget(draft: list[str], source_text: str, share: float) -> int:
    """The 8-word runs of source text the mender may put in: `share` of the draft's runs, less those the model
    copied itself (sample 003: two source sentences put in on top of the model's own 11 % made 22 %, over the
    20 % the originality check allows)."""
    drafted = sum(shingle_count(text) for text in draft)
    return max(0, int(share * drafted - copied_share(draft, [source_text]) * drafted))


def _units(paragraph: str) -> list[list[str]]:
    """The paragraph's sentences, those of one quotation kept together (« … Les résultats … », dropping
    the first sentence alone would leave the quotation's guillemets unpaired)."""
    units: list[list[str]] = []
    for sentence in split_sentences(paragraph):
        if units and not guillemets_paired(" ".join(units[-1])):
            units[-1].append(sentence)
        else:
            units.append([sentence])
    return units



def source_word_forms(facts: SourceFacts) -> dict[str, str]:
    """The source's words, folded -> as written (lowercase): what `respelled` writes a misspelling back as."""
    return {match_form(word): strip_elision(word).lower() for source in facts.sentences for word in tokens(source.text)}


def respelled(sentence: str, source_words: dict[str, str], notes: list[str]) -> tuple[str, str]:
    """`sentence` with each misspelled source word written as the source writes it (one note each), and the first
    word French does not write that misspells none ("" when there is none: the sentence may be kept)."""
    for word, source_word in misspelled_words(sentence, source_words):
        if not source_word:
            return sentence, word
        sentence = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", source_word, sentence, count=1)
        notes.append(f"mot corrigé d’après la source : « {word} » → « {source_word} »")
    return sentence, ""


def _shown(sentence: str) -> str:
    return sentence if len(sentence) <= SHOWN_CHARS else sentence[:SHOWN_CHARS].rstrip() + "…"
