"""The "refine" strategy: the offline engine's article, its sentences reworded by the model one by one.

Asked to write a section, the 1.5B model of issue 15 writes 55-80 % of its budget, retells what it
wrote, and drifts (a claim the source does not hold, « armée ukrainienne froide » for « forte »). Asked
to reword one given sentence, it has much less room to drift, and each rewording can be judged against
the very sentence it rewords. So the offline engine writes the article (its outline, headings, lengths,
key points, FAQ: what passes the length, structure and audit checks without a model), and the model is
asked, a few sentences per call, to reword each sentence of it. A rewording is kept only when it says
what its sentence says: no name, number or date its sentence lacks, no fact the check refuses, most of
its content words from that sentence and most of that sentence's content words in it, the sentence's
quotations exactly and no other, no word French does not write, a length near the sentence's.
Otherwise the sentence stays as the offline engine wrote it (the source's words: the originality
check counts them). The copy guard (`copyguard`) keeps the model from
copying more than a few words in a row, so what is kept is reworded.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from redac.analysis.keyphrase import KeyphraseMatcher
from redac.checks.faithfulness import SourceFacts, unsupported_facts
from redac.engines.llm.backends import Completion
from redac.engines.llm.factfix import respelled, source_word_forms
from redac.engines.llm.markdown import guillemets_paired
from redac.engines.llm.quotes import restore_quotations, source_quotations
from redac.french.case import lowercase_first
from redac.french.clauses import split_long_sentence
from redac.french.facts import extract_facts, outside_quotations, quote_key
from redac.french.lemmas import content_lemmas
from redac.french.passive import is_passive
from redac.french.tokens import tokens
from redac.french.transitions import linked_sentences, transition_in
from redac.french.typography import inside_quotations
from redac.french.words import count_words
from redac.limits import Limits
from redac.models import Article, ArticleBlock, Line

MIN_LINE_WORDS = 8  # a shorter sentence holds no 8-word run: nothing to copy, nothing to reword
BATCH_WORDS = 130  # words of sentences asked per call: a reply a 1.5B model finishes
KEPT_SHARE = 0.5  # of the sentence's content words the rewording must keep, and of its own that must come from the sentence
MIN_OWN_LEMMAS = 3  # a quotation's attribution (« a-t-il déclaré ») is too short to judge: its facts are checked
LENGTH_RANGE = (0.5, 1.7)  # the rewording's words over the sentence's
COMPLETION_TOKENS_PER_WORD = 2.2
RETRY_CALLS = 2  # calls the first pass leaves for asking refused sentences again
OPENING_RE = re.compile(r"^([^,;:«»]{2,30}), ")  # a sentence's opening phrase, up to its first comma
NUMBERED_RE = re.compile(r"^\s*\[?(\d{1,3})[.)\]:]\s*(.+?)\s*$")
ROLES = {"intro", "body", "essentials", "faq"}
KINDS = {"paragraph", "list_item", "answer"}
FACT_KINDS = {"name", "number", "date"}  # what a rewording may only take from its own sentence

Ask = Callable[[str, int], Completion | None]  # (task, words) -> the model's completion, None when the budget is spent


@dataclass(slots=True)
class Refined:
    article: Article
    kept: int = 0  # rewordings kept
    notes: list[str] = field(default_factory=list)


def refine(article: Article, ask: Ask, facts: SourceFacts, limits: Limits, max_calls: int) -> Refined:
    """`article` with each long enough sentence reworded by the model where the rewording says the same. Sentences
    refused on the first pass are asked once more, in other batches (a fixed seed answers the same prompt alike),
    while calls remain."""
    lines = [(b, n) for b, block in enumerate(article.blocks) for n in _rewordable(block)]
    texts = [article.blocks[b].lines[n].text for b, n in lines]
    judge_ = _Judge(facts, limits, KeyphraseMatcher(article.keyphrase) if article.keyphrase else None)
    rewordings: dict[int, list[str]] = {}
    refused: dict[int, str] = {}
    calls = 0
    for round_ in (0, 1):
        pending = [i for i in range(len(texts)) if i not in rewordings and (round_ == 0 or i in refused)]
        for batch in _batches(pending, texts, max(max_calls - RETRY_CALLS, 1) if round_ == 0 else max_calls - calls):
            if calls >= max_calls:
                break
            completion = ask(task([texts[i] for i in batch], article.keyphrase), int(sum(count_words(texts[i]) for i in batch) * COMPLETION_TOKENS_PER_WORD))
            if completion is None:
                break
            calls += 1
            replies = parse_numbered(completion.text)
            for number, index in enumerate(batch, start=1):
                why, pieces = judge_(texts[index], replies.get(number, ""))
                if pieces:
                    rewordings[index] = pieces
                    refused.pop(index, None)
                else:
                    refused[index] = why
        if round_ == 0 and not refused:
            break
    blocks: list[list[list[Line]]] = [[[line] for line in block.lines] for block in article.blocks]
    for index, (b, n) in enumerate(lines):
        if index in rewordings:
            sources = article.blocks[b].lines[n].sources
            blocks[b][n] = [Line(piece, sources) for piece in rewordings[index]]
    new_blocks = [replace(block, lines=[line for group in groups for line in group]) for block, groups in zip(article.blocks, blocks, strict=True)]
    refined = Refined(replace(article, blocks=new_blocks), kept=len(rewordings))
    reasons = Counter(refused.values())
    refined.notes.append(f"phrases reformulées par le modèle : {refined.kept} sur {len(texts)}"
                         + (f" ; gardées telles quelles : {', '.join(f'{n} ({why})' for why, n in sorted(reasons.items()))}" if reasons else ""))
    refined.notes.extend(judge_.notes)
    return refined


def task(sentences: list[str], keyphrase: str = "") -> str:
    """The sentences to reword, numbered, fenced as data; the task last. The keyphrase is named: the model replaced
    it with a near word (« préparations de sécurité » for « garanties de sécurité », sample 001) and each such
    rewording was refused."""
    numbered = "\n".join(f"{number}. {text}" for number, text in enumerate(sentences, start=1))
    kept = f"Garde telle quelle l'expression « {keyphrase} » là où elle figure. " if keyphrase else ""
    return ("<source>\n" + numbered.replace("</source", "< /source") + "\n</source>\n\n"
            f"Tâche : réécris chacune de ces {len(sentences)} phrases avec tes propres mots, en français, sans rien ajouter ni retirer : "
            "mêmes faits, mêmes noms, mêmes nombres, mêmes dates, même sens. Change l'ordre des mots, remplace les verbes et les noms "
            f"communs par des synonymes. Garde les mots de liaison et les citations entre « ». {kept}"
            f"Réponds par {len(sentences)} lignes numérotées « 1. », « 2. »…, une phrase réécrite par ligne, dans le même ordre, sans autre texte.")


def parse_numbered(text: str) -> dict[int, str]:
    """Number -> sentence for each « N. sentence » line of a reply (the first line of a number wins)."""
    found: dict[int, str] = {}
    for line in text.splitlines():
        match = NUMBERED_RE.match(line.replace("**", ""))
        if match and int(match.group(1)) not in found:
            found[int(match.group(1))] = match.group(2)
    return found


def judge(sentence: str, rewording: str, facts: SourceFacts, limits: Limits, keyphrase: str = "") -> tuple[str, list[str]]:
    """(why it is refused, "" when kept; the rewording as the article prints it, cut where long, [] when refused)."""
    return _Judge(facts, limits, KeyphraseMatcher(keyphrase) if keyphrase else None)(sentence, rewording)


class _Judge:
    """Whether a rewording says what its sentence says, read as the checks read the article."""

    def __init__(self, facts: SourceFacts, limits: Limits, keyphrase: KeyphraseMatcher | None):
        self.facts, self.limits, self.keyphrase = facts, limits, keyphrase
        self.source_words = source_word_forms(facts)
        self.notes: list[str] = []

    def __call__(self, sentence: str, rewording: str) -> tuple[str, list[str]]:
        rewording = _with_connector(sentence, " ".join(rewording.split()))
        if not rewording or rewording[-1] not in ".!?…»":
            return "pas de reformulation entière", []
        words = count_words(rewording) / max(count_words(sentence), 1)
        if not LENGTH_RANGE[0] <= words <= LENGTH_RANGE[1]:
            return "longueur trop différente", []
        rewording, why = self._quotations(sentence, rewording)
        if why:
            return why, []
        rewording, why = self._respelled(rewording)
        if why:
            return why, []
        own, theirs = (set(content_lemmas(" ".join(outside_quotations(text)))) for text in (rewording, sentence))
        shared = len(own & theirs)
        if len(theirs) >= MIN_OWN_LEMMAS and (shared < KEPT_SHARE * len(own) or shared < KEPT_SHARE * len(theirs)):
            return "sens trop éloigné", []
        if self.keyphrase and self.keyphrase.found_in(tokens(sentence)) and not self.keyphrase.found_in(tokens(rewording)):
            return "expression clé perdue", []
        if linked_sentences([rewording]) < linked_sentences([sentence]):
            return "mot de liaison perdu", []
        if is_passive(tokens(rewording)) and not is_passive(tokens(sentence)):
            return "voix passive", []
        if _foreign_facts(rewording, sentence) or unsupported_facts([("", rewording, True)], self.facts):
            return "fait refusé", []
        pieces = split_long_sentence(rewording, self.limits.sentence_max_words)
        # Cut only where the cut adds a transition and refuses nothing more, as the sections strategy cuts (writer._shorter).
        if len(pieces) > 1 and (linked_sentences(pieces) <= linked_sentences([rewording])
                                or unsupported_facts([("", " ".join(pieces), True)], self.facts)):
            pieces = [rewording]
        return "", pieces

    def _quotations(self, sentence: str, rewording: str) -> tuple[str, str]:
        """The sentence's quotations, each exactly as written (a near copy put back, `restore_quotations`), and no other."""
        quotes = source_quotations([sentence])
        if quotes:
            rewording, _ = restore_quotations(rewording, quotes, self.limits)
        if sorted(map(quote_key, source_quotations([rewording]))) != sorted(map(quote_key, quotes)) or not guillemets_paired(rewording):
            return rewording, "citation changée" if quotes else "guillemets ajoutés"
        return rewording, ""

    def _respelled(self, rewording: str) -> tuple[str, str]:
        """A misspelled source word written as the source writes it (noted); any other word French does not write refuses."""
        rewording, wrong = respelled(rewording, self.source_words, self.notes)
        return rewording, "mot fautif" if wrong else ""


def _foreign_facts(rewording: str, sentence: str) -> list[str]:
    """Names, numbers and dates of the rewording its own sentence does not hold: a rewording of one sentence has
    no reason to bring in another's (« le soutien que la Russie fournirait » for « …que la France fournirait », sample
    001: the fact check passed it, since the source names Russia elsewhere). A surname alone matches its full name."""
    own = extract_facts(sentence)
    names = {word for fact in own if fact.kind == "name" for word in fact.value.split()}
    values = {(fact.kind, fact.value) for fact in own}
    return [fact.text for fact in extract_facts(rewording) if fact.kind in FACT_KINDS and (fact.kind, fact.value) not in values
            and not (fact.kind == "name" and set(fact.value.split()) <= names)]


def _with_connector(sentence: str, rewording: str) -> str:
    """The sentence's opening connector (« En outre, », « Toutefois, »: what the offline engine's cuts open on, a
    transition Yoast counts) put back when the model's rewording holds no transition: on the tuning runs a dropped
    connector was the commonest refusal after the keyphrase."""
    opening = OPENING_RE.match(sentence)
    if not opening or not rewording or not transition_in(tokens(opening.group(1))) or linked_sentences([rewording]):
        return rewording
    return opening.group(0) + lowercase_first(rewording)


def _rewordable(block: ArticleBlock) -> list[int]:
    """Indexes of the block's lines the model may reword: long enough, not inside a quotation that runs over
    several sentences (its words are the speaker's), guillemets paired."""
    if block.role not in ROLES or block.kind not in KINDS:
        return []
    texts = [line.text for line in block.lines]
    return [n for n, (text, inside) in enumerate(zip(texts, inside_quotations(texts), strict=True))
            if count_words(text) >= MIN_LINE_WORDS and not inside and guillemets_paired(text)]


def _batches(indexes: list[int], texts: list[str], calls: int) -> list[list[int]]:
    """Consecutive sentences, about the same words per call, in at most `calls` calls."""
    total = sum(count_words(texts[i]) for i in indexes)
    size = max(BATCH_WORDS, -(-total // max(calls, 1)))
    batches: list[list[int]] = []
    words = 0
    for index in indexes:
        if not batches or words + count_words(texts[index]) > size:
            batches.append([])
            words = 0
        batches[-1].append(index)
        words += count_words(texts[index])
    return batches
