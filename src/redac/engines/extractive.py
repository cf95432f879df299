"""The offline engine: the article written from the source's own sentences, following the plan.

It never writes a claim: the introduction and the body sections are source sentences in source
order, under the plan's subheadings, long ones cut at safe boundaries (french/clauses), untranslated English
asides taken out (french/foreign); the
enrichment blocks restate them in short form: key points are main clauses, key figures keep their
noun and who gives them, who's who and « Qui est … ? » say what the source says a person is, and
the FAQ asks what a sentence answers (french/questions). No line is printed twice: a short form
that would repeat a line already written is left out, and a source too short for the brief stays
short (the length check says by how much). Every line records the source sentences it comes from.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import groupby

from redac.analysis import Analysis
from redac.engines import enrich
from redac.french.case import capitalize_first
from redac.french.clause_verbs import has_verb
from redac.french.clauses import main_clause, split_long_sentence
from redac.french.facts import extract_facts
from redac.french.foreign import without_foreign_glosses
from redac.french.questions import figure_phrase, question_for
from redac.french.text import fold
from redac.french.tokens import tokens
from redac.french.typography import inside_quotations
from redac.french.words import count_words
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Article, ArticleBlock, ArticleBlockKind, Line, Plan, SourceSentence

MAX_USES = 2
KEY_POINT_MIN_WORDS = 6
PIECE_MIN_WORDS = 6  # a restatement holding a printed line this long repeats it
FAQ_MAX_WORDS = 240  # the FAQ is one section: it stays under `section_max_words` (questions and all)
ESSENTIALS_HEADING = "{k} : l’essentiel"
FIGURES_HEADING = "Les chiffres clés"
PEOPLE_HEADING = "Qui est qui ?"
FAQ_HEADING = "{k} : questions et réponses"
ADDITIVE, ADDITIVE_ALTERNATIVE = "En outre, ", "Par ailleurs, "


def write(
    plan: Plan, analysis: Analysis, *, source_url: str | None = None, date: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Article:
    writer = _Writer(plan, analysis, limits)
    writer.introduction()
    writer.essentials()
    writer.body()
    writer.short_essentials()
    writer.figures()
    found = writer.people()
    writer.faq(found)
    return Article(
        title=plan.title,
        description=plan.description,
        slug=plan.slug,
        keyphrase=plan.keyphrase,
        blocks=writer.blocks,
        source_url=source_url,
        source_title=plan.source_title,
        date=date,
    )


def _quoted_sentences(sentences: list[SourceSentence]) -> set[int]:
    """Ids of the sentences inside a quotation that spans several sentences of their paragraph."""
    quoted: set[int] = set()
    for _, group in groupby(sentences, key=lambda sentence: sentence.paragraph):
        members = list(group)
        quoted.update(s.id for s, inside in zip(members, inside_quotations([s.text for s in members]), strict=True) if inside)
    return quoted


class _Writer:
    def __init__(self, plan: Plan, analysis: Analysis, limits: Limits):
        self.plan = plan
        self.paragraph_max_words = limits.paragraph_max_words
        sentences = analysis.source_sentences
        self.sentences = {sentence.id: sentence for sentence in sentences}
        self.blocks: list[ArticleBlock] = []
        self.uses: Counter[int] = Counter()
        self.written: set[str] = set()  # every line printed so far, compared word for word
        self.pieces: dict[int, list[str]] = {}  # the body lines printed from each source sentence, as keys
        self.restated: dict[int, list[str]] = {}  # the block lines restating each source sentence, as keys
        self._essentials_at = 0
        self.key = capitalize_first(plan.keyphrase) if plan.keyphrase else ""
        self.scores = enrich.reuse_scores(sentences, analysis.sentences, limits.sentence_max_words)
        # A repeated sentence weighs twice in the passive-voice share: passives are never repeated.
        self.passive = {s.id for s, measured in zip(sentences, analysis.sentences, strict=True) if measured.passive}
        self.quoted = _quoted_sentences(sentences)
        self.additions = 0  # clauses the splitter opened on ADDITIVE so far

    # --- building blocks -------------------------------------------------------------------
    def heading(self, text: str, role: str, sources: tuple[int, ...] = (), level: int = 2) -> None:
        self.blocks.append(ArticleBlock("heading", [Line(text, sources)], level=level, role=role))

    def lines(self, sentence_id: int) -> list[Line]:
        """The source sentence as one or more sentences of readable length."""
        self.uses[sentence_id] += 1
        text = without_foreign_glosses(self.sentences[sentence_id].text)
        whole = [text] if sentence_id in self.quoted else [self._varied(piece) for piece in split_long_sentence(text)]
        pieces = [piece for piece in whole if _key(piece) not in self.written]
        self.written.update(_key(piece) for piece in pieces)  # a source that says a thing twice is printed once
        self.pieces.setdefault(sentence_id, []).extend(_key(piece) for piece in pieces)
        return [Line(piece, (sentence_id,)) for piece in pieces]

    def _varied(self, piece: str) -> str:
        """The splitter opens every added clause on « En outre, »: five in one article read as a machine's;
        every other one says « Par ailleurs, » (both additive, both transition words for Yoast)."""
        if not piece.startswith(ADDITIVE):
            return piece
        self.additions += 1
        return piece if self.additions % 2 else ADDITIVE_ALTERNATIVE + piece[len(ADDITIVE):]

    def new_line(self, text: str, sentence_id: int) -> Line | None:
        """A restatement of a source sentence, unless it would print a line already written."""
        text = without_foreign_glosses(text)
        key = _key(text)
        if not text or key in self.written or key == _key(self.sentences[sentence_id].text) or self._holds_a_piece(key, sentence_id):
            return None  # a restatement that says it word for word is a repeat
        self.written.add(key)
        self.restated.setdefault(sentence_id, []).append(key)
        self.uses[sentence_id] += 1
        return Line(text, (sentence_id,))

    def _holds_a_piece(self, key: str, sentence_id: int) -> bool:
        """Whether a restatement holds, word for word, a line already printed from its sentence (a
        FAQ answer that is the two halves of a split body sentence put back together), or is held by
        another restatement of it (two key figures of one sentence, one phrase inside the other)."""
        def inside(short: str, long: str) -> bool:
            return len(short.split()) >= PIECE_MIN_WORDS and f" {short} " in f" {long} "

        restated = self.restated.get(sentence_id, ())
        return (any(inside(piece, key) for piece in (*self.pieces.get(sentence_id, ()), *restated))
                or any(inside(key, line) for line in restated))

    def paragraphs(self, ids: list[int], role: str) -> None:
        """Consecutive sentences of one source paragraph stay together; long ones are split evenly."""
        groups: list[list[int]] = []
        for sentence_id in ids:
            sentence = self.sentences[sentence_id]
            previous = self.sentences[groups[-1][-1]] if groups else None
            if previous and previous.paragraph == sentence.paragraph and sentence.kind == "paragraph":
                groups[-1].append(sentence_id)
            else:
                groups.append([sentence_id])
        for group in groups:
            kind: ArticleBlockKind = "list_item" if self.sentences[group[0]].kind == "list_item" else "paragraph"
            for chunk in split_evenly(group, [self.sentences[i].words for i in group], self.paragraph_max_words):
                lines = [line for i in chunk for line in self.lines(i)]
                if lines:
                    self.blocks.append(ArticleBlock(kind, lines, role=role))

    def available(self, sentence_id: int) -> bool:
        return self.uses[sentence_id] < MAX_USES

    def repeatable(self, sentence_id: int, max_words: int) -> bool:
        """A sentence a block may repeat: not yet used twice, readable alone, not passive."""
        sentence = self.sentences[sentence_id]
        return self.available(sentence_id) and sentence_id not in self.passive and enrich.standalone(sentence, max_words)

    # --- the article ---------------------------------------------------------------------------
    def introduction(self) -> None:
        """One paragraph (a key point moved up from a source list reads as prose too)."""
        for chunk in split_evenly(self.plan.intro, [self.sentences[i].words for i in self.plan.intro], self.paragraph_max_words):
            lines = [line for i in chunk for line in self.lines(i)]
            if lines:
                self.blocks.append(ArticleBlock("paragraph", lines, role="intro"))

    def essentials(self) -> None:
        """The source's own key points when it has them, else the main clauses of its most central
        sentences, one per section; written after the body so that none repeats a body line."""
        if self.plan.essentials:
            self.heading(self._essentials_heading(), "essentials")
            for sentence_id in self.plan.essentials:
                self.blocks.append(ArticleBlock("list_item", self.lines(sentence_id), role="essentials"))
            return
        self._essentials_at = len(self.blocks)

    def short_essentials(self) -> None:
        if self.plan.essentials:
            return
        body = [i for section in self.plan.sections for i in section.sentences]
        section_of = {i: n for n, section in enumerate(self.plan.sections) for i in section.sentences}
        per_section: Counter[int] = Counter()
        items: list[ArticleBlock] = []
        for sentence_id in sorted(body, key=lambda i: -self.scores[i]):
            if len(items) == enrich.MAX_KEY_POINTS:
                break
            if (per_section[section_of[sentence_id]] or sentence_id in self.quoted
                    or not self.repeatable(sentence_id, enrich.KEY_POINT_MAX_SOURCE_WORDS)):
                continue
            short = main_clause(self.sentences[sentence_id].text, keep_source=True, keep_lead=False)
            if count_words(short) > enrich.KEY_POINT_MAX_WORDS or count_words(short) < KEY_POINT_MIN_WORDS or not has_verb(short):
                continue  # a key point says what happened: a noun phrase alone (« Les fils chauffants ») says nothing
            line = self.new_line(short + ".", sentence_id)
            if line:
                per_section[section_of[sentence_id]] += 1
                items.append(ArticleBlock("list_item", [line], role="essentials"))
        if not items:
            return
        items.sort(key=lambda block: block.lines[0].sources[0])
        heading = ArticleBlock("heading", [Line(self._essentials_heading(), ())], level=2, role="essentials")
        self.blocks[self._essentials_at : self._essentials_at] = [heading, *items]

    def _essentials_heading(self) -> str:
        return ESSENTIALS_HEADING.format(k=self.key) if self.key else "L’essentiel"

    def body(self) -> None:
        for section in self.plan.sections:
            self.heading(section.heading, "body", tuple(section.sentences))
            self.paragraphs(section.sentences, "body")

    def figures(self) -> None:
        """Key figures with the noun they count and who gives them, never a bare number."""
        items = []
        unquoted = [sentence for sentence in self.sentences.values() if sentence.id not in self.quoted]
        for figure, sentence in enrich.key_figures(unquoted):  # a quotation over sentences is never restated
            fact = next((f for f in extract_facts(sentence.text) if f.text == figure), None)
            phrase = figure_phrase(sentence.text, fact.start, fact.end) if fact else ""
            line = self.new_line(capitalize_first(phrase), sentence.id) if phrase else None
            if line:
                items.append(ArticleBlock("list_item", [line], role="figures"))
            if len(items) == enrich.MAX_FIGURES:
                break
        if len(items) < 2:
            return
        self.heading(FIGURES_HEADING, "figures")
        self.blocks.extend(items)

    def people(self) -> list[enrich.Person]:
        """Who's who for the people the FAQ does not ask about (« Qui est … ? » says it once)."""
        found = enrich.people(list(self.sentences.values()))
        listed = found[enrich.MAX_WHO_QUESTIONS :]
        if len(listed) >= 2:
            self.heading(PEOPLE_HEADING, "people")
            for person in listed:
                line = Line(f"{person.name} : {person.role}.", (person.sentence,))
                self.blocks.append(ArticleBlock("list_item", [line], role="people"))
        return found

    def faq(self, found: list[enrich.Person]) -> None:
        """« Qui est … ? » answered with what the source says the person is, then the questions the
        most central sentences answer, at most one per section."""
        pairs: list[tuple[str, Line]] = []
        for person in found[: enrich.MAX_WHO_QUESTIONS]:  # what the source says each one is
            line = self.new_line(person.who(), person.sentence)
            if line:
                pairs.append((f"Qui est {person.name} ?", line))
        body = [i for section in self.plan.sections for i in section.sentences]
        asked_ids: list[int] = []
        for sentence_id in sorted(body, key=lambda i: -self.scores[i]):
            words = sum(count_words(q) + count_words(a.text) for q, a in pairs)
            if len(pairs) >= enrich.MAX_FAQ or words >= FAQ_MAX_WORDS:
                break
            usable = self.available(sentence_id) and sentence_id not in self.passive
            asked = question_for(self.sentences[sentence_id].text) if usable else None
            if asked and any(asked.question == question for question, _ in pairs):
                continue  # « Que s'est-il passé ce mardi matin ? » asked twice reads as a mistake
            line = self.new_line(asked.answer, sentence_id) if asked and count_words(asked.answer) <= enrich.FAQ_ANSWER_MAX_WORDS else None
            if asked and line:
                pairs.append((asked.question, line))
                asked_ids.append(sentence_id)
        pairs = pairs[: len(pairs) - len(asked_ids)] + sorted(pairs[len(pairs) - len(asked_ids):], key=lambda pair: pair[1].sources[0])
        if not pairs:
            return
        self.heading(FAQ_HEADING.format(k=self.key) if self.key else "Questions et réponses", "faq")
        for question, answer in pairs:
            self.blocks.append(ArticleBlock("question", [Line(question, answer.sources)], role="faq"))
            self.blocks.append(ArticleBlock("answer", [answer], role="faq"))


@lru_cache(maxsize=16384)  # each line is compared with the lines already printed
def _key(text: str) -> str:
    """A line as compared for repeats: its words, folded."""
    return " ".join(fold(word) for word in tokens(text))


def split_evenly(items: list[int], weights: list[int], limit: int) -> list[list[int]]:
    """Cut `items` into the fewest consecutive chunks of total weight <= limit, as even as possible."""
    total = sum(weights)
    if total <= limit or len(items) == 1:
        return [items]
    count = -(-total // limit)
    target = total / count
    chunks: list[list[int]] = []
    current: list[int] = []
    weight = 0
    for item, item_weight in zip(items, weights, strict=True):
        if current and (weight + item_weight > limit or (weight >= target and len(chunks) < count - 1)):
            chunks.append(current)
            current, weight = [], 0
        current.append(item)
        weight += item_weight
    chunks.append(current)
    return chunks
