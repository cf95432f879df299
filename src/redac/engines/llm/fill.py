"""An article the model left short, topped up with the offline engine's own restatements.

A 1.5B model writes 55-80 % of its word budget whatever the prompt asks (issue 15's real runs: 279-555
words of 700 on the samples) and, asked again, retells what it wrote. The offline engine already knows
how to say more without inventing: key points (main clauses), key figures with their noun, who's who and
a FAQ whose answers are source sentences. So a short article takes those blocks, group by group, in
the offline engine's order, until it reaches its length: each item is a restatement of the source,
never a claim the model made. An item is left out when the article already holds it word for word (the
length check would not count it) or when it would take the article's copied share past what the
originality check allows (key points and answers are the source's words). Each group added is noted,
so the report says which words the model did not write.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from redac.analysis import Analysis
from redac.checks.length import LengthCount
from redac.checks.originality import copied_share
from redac.engines import extractive
from redac.french.words import count_words
from redac.limits import Limits
from redac.models import Article, ArticleBlock, Plan

GROUPS = ("essentials", "figures", "people", "faq")  # the offline engine's restatement blocks, in its order
GROUP_NAMES = {"essentials": "l’essentiel", "figures": "chiffres clés", "people": "qui est qui", "faq": "questions et réponses"}
MIN_ITEMS = {"essentials": 2, "figures": 2, "people": 2, "faq": 1}  # a list of one is no list; one question is a FAQ
COPY_MARGIN = 0.03  # room left under the originality threshold: the repair stage may still move words


@dataclass(slots=True)
class Filled:
    article: Article
    words: int = 0  # words added, headings included
    notes: list[str] = field(default_factory=list)


def top_up(article: Article, plan: Plan, analysis: Analysis, source_texts: list[str], limits: Limits) -> Filled:
    """`article` with the offline engine's restatement groups added until it reaches `plan.min_words`.
    Essentials go after the introduction, the other groups after the body, as the offline engine puts them."""
    count = LengthCount()
    for block in article.blocks:
        count.add(block.text, heading=block.kind == "heading")
    if count.counted >= plan.min_words:
        return Filled(article)
    offline = extractive.write(plan, analysis, limits=limits)
    allowed = limits.originality_max_copied - COPY_MARGIN
    texts = [block.text for block in article.blocks]
    intro = [block for block in article.blocks if block.role == "intro"]
    rest = [block for block in article.blocks if block.role != "intro"]
    early: list[ArticleBlock] = []
    late: list[ArticleBlock] = []
    filled = Filled(article)
    for role in GROUPS:
        if count.counted >= plan.min_words:
            break
        if role == "faq" and any(block.role == "faq" for block in article.blocks):
            continue  # the model wrote its own
        heading, units = _group(offline.blocks, role)
        trial, trial_texts = count.copy(), list(texts)
        kept: list[list[ArticleBlock]] = []
        for unit in units:
            if trial.counted >= plan.min_words and len(kept) >= MIN_ITEMS[role]:
                break
            unit_texts = [block.text for block in unit]
            if any(trial.repeats(text) for text in unit_texts) or copied_share(trial_texts + unit_texts, source_texts) > allowed:
                continue
            kept.append(unit)
            trial_texts += unit_texts
            for text in unit_texts:
                trial.add(text)
        if heading is None or len(kept) < MIN_ITEMS[role]:
            continue
        count, texts = trial, [*trial_texts, heading.text]
        count.add(heading.text, heading=True)
        blocks = [heading, *(block for unit in kept for block in unit)]
        (early if role == "essentials" else late).extend(blocks)
        added = sum(count_words(block.text) for block in blocks)
        filled.words += added
        filled.notes.append(f"complément de l’outil hors modèle : « {heading.text} » ({len(kept)} éléments, {added} mots tirés de la source)")
    if filled.words:
        filled.article = replace(article, blocks=[*intro, *early, *rest, *late])
    return filled


def _group(blocks: list[ArticleBlock], role: str) -> tuple[ArticleBlock | None, list[list[ArticleBlock]]]:
    """The group's heading and its items; a FAQ item is its question with its answer."""
    members = [block for block in blocks if block.role == role]
    heading = next((block for block in members if block.kind == "heading"), None)
    units: list[list[ArticleBlock]] = []
    for block in members:
        if block.kind == "heading":
            continue
        if block.kind == "answer" and units:
            units[-1].append(block)
        else:
            units.append([block])
    return heading, units
