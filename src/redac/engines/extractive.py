"""The offline engine: the article written from the source's own sentences, following the plan.

It never writes a claim: the introduction and the body sections are source sentences in source
order, under the plan's subheadings; the enrichment blocks (key points, key figures, who's who, FAQ)
restate source sentences and appositions. A source sentence appears at most twice in the whole
article (once in the body, once in a block). Every line records the source sentences it comes from.
"""

from __future__ import annotations

from collections import Counter

from redac.analysis import Analysis
from redac.engines import enrich
from redac.french.case import capitalize_first
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Article, ArticleBlock, ArticleBlockKind, Line, Plan

MAX_USES = 2
FIGURE_MAX_WORDS = 60
FAQ_MAX_WORDS = 240  # the FAQ is one section: it stays under `section_max_words` (questions and all)
ESSENTIALS_HEADING = "{k} : l’essentiel"
FIGURES_HEADING = "Les chiffres clés"
PEOPLE_HEADING = "Qui est qui ?"
FAQ_HEADING = "{k} : questions et réponses"


def write(
    plan: Plan, analysis: Analysis, *, source_url: str | None = None, date: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Article:
    writer = _Writer(plan, analysis, limits)
    writer.introduction()
    writer.essentials()
    writer.body()
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


class _Writer:
    def __init__(self, plan: Plan, analysis: Analysis, limits: Limits):
        self.plan = plan
        self.paragraph_max_words = limits.paragraph_max_words
        sentences = analysis.source_sentences
        self.sentences = {sentence.id: sentence for sentence in sentences}
        self.blocks: list[ArticleBlock] = []
        self.uses: Counter[int] = Counter()
        self.key = capitalize_first(plan.keyphrase) if plan.keyphrase else ""
        self.scores = enrich.reuse_scores(sentences, analysis.sentences, limits.sentence_max_words)
        # A repeated sentence weighs twice in the passive-voice share: passives are never repeated.
        self.passive = {s.id for s, measured in zip(sentences, analysis.sentences, strict=True) if measured.passive}

    # --- building blocks -------------------------------------------------------------------
    def heading(self, text: str, role: str, sources: tuple[int, ...] = (), level: int = 2) -> None:
        self.blocks.append(ArticleBlock("heading", [Line(text, sources)], level=level, role=role))

    def line(self, sentence_id: int) -> Line:
        self.uses[sentence_id] += 1
        return Line(self.sentences[sentence_id].text, (sentence_id,))

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
                self.blocks.append(ArticleBlock(kind, [self.line(i) for i in chunk], role=role))

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
            self.blocks.append(ArticleBlock("paragraph", [self.line(i) for i in chunk], role="intro"))

    def essentials(self) -> None:
        """The source's own key points when it has them, else its most central short sentences."""
        ids = list(self.plan.essentials)
        if not ids:
            body = [i for section in self.plan.sections for i in section.sentences]
            ranked = sorted(body, key=lambda i: -self.scores[i])
            per_section: Counter[int] = Counter()
            section_of = {i: n for n, section in enumerate(self.plan.sections) for i in section.sentences}
            for sentence_id in ranked:
                if len(ids) == enrich.MAX_KEY_POINTS:
                    break
                if per_section[section_of[sentence_id]] or not self.repeatable(sentence_id, enrich.KEY_POINT_MAX_WORDS):
                    continue
                per_section[section_of[sentence_id]] += 1
                ids.append(sentence_id)
            ids.sort()
        if not ids:
            return
        self.heading(ESSENTIALS_HEADING.format(k=self.key) if self.key else "L’essentiel", "essentials")
        for sentence_id in ids:
            self.blocks.append(ArticleBlock("list_item", [self.line(sentence_id)], role="essentials"))

    def body(self) -> None:
        for section in self.plan.sections:
            self.heading(section.heading, "body", tuple(section.sentences))
            self.paragraphs(section.sentences, "body")

    def figures(self) -> None:
        items = [(figure, s) for figure, s in enrich.key_figures(list(self.sentences.values())) if self.repeatable(s.id, FIGURE_MAX_WORDS)]
        items = items[: enrich.MAX_FIGURES]
        if len(items) < 2:
            return
        self.heading(FIGURES_HEADING, "figures")
        for figure, sentence in items:
            self.uses[sentence.id] += 1
            line = Line(f"{figure} — {sentence.text}", (sentence.id,))
            self.blocks.append(ArticleBlock("list_item", [line], role="figures"))

    def people(self) -> list[enrich.Person]:
        found = enrich.people(list(self.sentences.values()))
        if len(found) < 2:
            return found
        self.heading(PEOPLE_HEADING, "people")
        for person in found:
            line = Line(f"{person.name} : {person.role}.", (person.sentence,))
            self.blocks.append(ArticleBlock("list_item", [line], role="people"))
        return found

    def faq(self, found: list[enrich.Person]) -> None:
        pairs: list[tuple[str, int]] = []
        for person in found[:3]:
            if self.repeatable(person.sentence, enrich.FAQ_ANSWER_MAX_WORDS):
                pairs.append((f"Qui est {person.name} ?", person.sentence))
                self.uses[person.sentence] += 1
        for section in self.plan.sections:
            words = sum(self.sentences[answer].words + 8 for _, answer in pairs)
            if len(pairs) >= enrich.MAX_FAQ or words >= FAQ_MAX_WORDS or not section.topic:
                continue
            answer = self._faq_answer(section.sentences)
            if answer is not None:
                pairs.append((f"{capitalize_first(section.topic)} : que faut-il savoir ?", answer))
                self.uses[answer] += 1
        if not pairs:
            return
        self.heading(FAQ_HEADING.format(k=self.key) if self.key else "Questions et réponses", "faq")
        for question, answer in pairs:  # uses were counted when the answers were chosen
            self.blocks.append(ArticleBlock("question", [Line(question, (answer,))], role="faq"))
            self.blocks.append(ArticleBlock("answer", [Line(self.sentences[answer].text, (answer,))], role="faq"))

    def _faq_answer(self, ids: list[int]) -> int | None:
        usable = [i for i in ids if self.repeatable(i, enrich.FAQ_ANSWER_MAX_WORDS)]
        return max(usable, key=lambda i: self.scores[i], default=None)


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
