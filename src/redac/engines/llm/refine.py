"""The "refine" strategy: the offline engine's article, its sentences reworded by the model one by one.

Asked to write a section, the 1.5B model of issue 15 writes 55-80 % of its budget, retells what it
wrote, and drifts (a claim the source does not hold, « armée ukrainienne froide » for « forte »). Asked
to reword one given sentence, it has much less room to drift, and each rewording can be judged against
the very sentence it rewords. So the offline engine writes the article (its outline, headings, lengths,
key points, FAQ: what passes the length, structure and audit checks without a model), and the model is
asked, a few sentences per call, to reword each sentence of it. A rewording is kept only when it says
what its sentence says: no fact the check refuses, most of its content words from that sentence and
most of that sentence's content words in it, no quotation mark, no word French does not write, a
length near the sentence's. Otherwise the sentence stays as the offline engine wrote it (the source's
words: the originality check counts them). The copy guard (`copyguard`) keeps the model from
copying more than a few words in a row, so what is kept is reworded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from redac.checks.faithfulness import SourceFacts, unsupported_facts
from redac.engines.llm.backends import Completion
from redac.french.case import lowercase_first
from redac.french.clauses import split_long_sentence
from redac.french.foreign import misspelled_words
from redac.french.lemmas import content_lemmas
from redac.french.tokens import match_form, strip_elision, tokens
from redac.french.transitions import linked_sentences
from redac.french.typography import QUOTE_MARK_RE
from redac.french.words import count_words
from redac.limits import Limits
from redac.models import Article, ArticleBlock, Line

MIN_LINE_WORDS = 8  # a shorter sentence holds no 8-word run: nothing to copy, nothing to reword
BATCH_WORDS = 130  # words of sentences asked per call: a reply a 1.5B model finishes
KEPT_SHARE = 0.5  # of the sentence's content words the rewording must keep, and of its own that must come from the sentence
LENGTH_RANGE = (0.6, 1.6)  # the rewording's words over the sentence's
COMPLETION_TOKENS_PER_WORD = 2.2
CONNECTORS = ("En outre, ", "Par ailleurs, ")  # what the offline engine's cuts open on: a transition Yoast counts
NUMBERED_RE = re.compile(r"^\s*\[?(\d{1,3})[.)\]:]\s*(.+?)\s*$")
ROLES = {"intro", "body", "essentials", "faq"}
KINDS = {"paragraph", "list_item", "answer"}

Ask = Callable[[str, int], Completion | None]  # (task, words) -> the model's completion, None when the budget is spent


@dataclass(slots=True)
class Refined:
    article: Article
    asked: int = 0  # sentences sent to the model
    kept: int = 0  # rewordings kept
    notes: list[str] = field(default_factory=list)


def refine(article: Article, ask: Ask, facts: SourceFacts, limits: Limits, max_calls: int) -> Refined:
    """`article` with each long enough sentence reworded by the model where the rewording says the same."""
    lines = [(b, n) for b, block in enumerate(article.blocks) for n, line in enumerate(block.lines) if _rewordable(block, line)]
    batches = _batches([article.blocks[b].lines[n].text for b, n in lines], max_calls)
    source_words = {match_form(word): strip_elision(word).lower() for sentence in facts.sentences for word in tokens(sentence.text)}
    rewordings: dict[int, list[str]] = {}
    refused: dict[str, int] = {}
    start = 0
    for batch in batches:
        completion = ask(task(batch), int(sum(count_words(text) for text in batch) * COMPLETION_TOKENS_PER_WORD))
        if completion is None:
            break
        replies = parse_numbered(completion.text)
        for offset, text in enumerate(batch):
            verdict, pieces = judge(text, replies.get(offset + 1, ""), facts, source_words, limits)
            if pieces:
                rewordings[start + offset] = pieces
            else:
                refused[verdict] = refused.get(verdict, 0) + 1
        start += len(batch)
    blocks: list[list[list[Line]]] = [[[line] for line in block.lines] for block in article.blocks]
    for index, (b, n) in enumerate(lines):
        if index in rewordings:
            sources = article.blocks[b].lines[n].sources
            blocks[b][n] = [Line(piece, sources) for piece in rewordings[index]]
    new_blocks = [replace(block, lines=[line for group in groups for line in group]) for block, groups in zip(article.blocks, blocks, strict=True)]
    refined = Refined(replace(article, blocks=new_blocks), asked=start, kept=len(rewordings))
    refined.notes.append(f"phrases reformulées par le modèle : {refined.kept} sur {len(lines)}"
                         + (f" ; gardées telles quelles : {', '.join(f'{n} ({why})' for why, n in sorted(refused.items()))}" if refused else ""))
    return refined


def task(sentences: list[str]) -> str:
    """The sentences to reword, numbered, fenced as data; the task last."""
    numbered = "\n".join(f"{number}. {text}" for number, text in enumerate(sentences, start=1))
    return ("<source>\n" + numbered.replace("</source", "< /source") + "\n</source>\n\n"
            f"Tâche : réécris chacune de ces {len(sentences)} phrases avec tes propres mots, en français, sans rien ajouter ni retirer : "
            "mêmes faits, mêmes noms, mêmes nombres, mêmes dates, même sens. Change l'ordre des mots, remplace les verbes et les noms "
            "communs par des synonymes. Garde les mots de liaison. "
            f"Réponds par {len(sentences)} lignes numérotées « 1. », « 2. »…, une phrase réécrite par ligne, dans le même ordre, sans autre texte.")


def parse_numbered(text: str) -> dict[int, str]:
    """Number -> sentence for each « N. sentence » line of a reply (the first line of a number wins)."""
    found: dict[int, str] = {}
    for line in text.splitlines():
        match = NUMBERED_RE.match(line.replace("**", ""))
        if match and int(match.group(1)) not in found:
            found[int(match.group(1))] = match.group(2)
    return found


def judge(sentence: str, rewording: str, facts: SourceFacts, source_words: dict[str, str], limits: Limits) -> tuple[str, list[str]]:
    """(why it is refused, "" when kept; the rewording as the article prints it, cut where long, [] when refused)."""
    rewording = _with_connector(sentence, " ".join(rewording.split()))
    if not rewording or rewording[-1] not in ".!?…":
        return "pas de reformulation entière", []
    words = count_words(rewording) / max(count_words(sentence), 1)
    if not LENGTH_RANGE[0] <= words <= LENGTH_RANGE[1]:
        return "longueur trop différente", []
    if QUOTE_MARK_RE.search(rewording) or '"' in rewording:
        return "guillemets ajoutés", []
    if misspelled_words(rewording, source_words):
        return "mot fautif", []
    own, theirs = set(content_lemmas(rewording)), set(content_lemmas(sentence))
    if not own or len(own & theirs) < KEPT_SHARE * len(own) or len(own & theirs) < KEPT_SHARE * len(theirs):
        return "sens trop éloigné", []
    if unsupported_facts([("", rewording, True)], facts):
        return "fait refusé", []
    pieces = split_long_sentence(rewording, limits.sentence_max_words)
    # Cut only where the cut adds a transition and refuses nothing more, as the sections strategy cuts (writer._shorter).
    if len(pieces) > 1 and (linked_sentences(pieces) <= linked_sentences([rewording])
                            or unsupported_facts([("", " ".join(pieces), True)], facts)):
        pieces = [rewording]
    return "", pieces


def _with_connector(sentence: str, rewording: str) -> str:
    """The offline engine's « En outre, » kept when the model dropped it (a transition Yoast counts)."""
    connector = next((c for c in CONNECTORS if sentence.startswith(c)), "")
    if not connector or not rewording or rewording.startswith(connector.rstrip(", ")):
        return rewording
    return connector + lowercase_first(rewording)


def _rewordable(block: ArticleBlock, line: Line) -> bool:
    return (block.role in ROLES and block.kind in KINDS and count_words(line.text) >= MIN_LINE_WORDS
            and not QUOTE_MARK_RE.search(line.text) and '"' not in line.text)


def _batches(texts: list[str], max_calls: int) -> list[list[str]]:
    """Consecutive sentences, about the same words per call, at most `max_calls` calls."""
    total = sum(count_words(text) for text in texts)
    size = max(BATCH_WORDS, -(-total // max(max_calls, 1)))
    batches: list[list[str]] = []
    words = 0
    for text in texts:
        if not batches or words + count_words(text) > size:
            batches.append([])
            words = 0
        batches[-1].append(text)
        words += count_words(text)
    return batches
