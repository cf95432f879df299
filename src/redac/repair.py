"""The repair stage: deterministic fixes for what the checks found, bounded to a few rounds.

Only fixes that cannot add a claim: pick the next title candidate, refit the meta description from
the lead, move the keyphrase into or out of subheadings so that the share the limits allow carries
it (`Limits.subheadings_keyphrase_range`, Yoast's rule). What still fails after the last round is
reported, never hidden.
"""

from __future__ import annotations

from dataclasses import replace

from redac.analysis.keyphrase import KeyphraseMatcher
from redac.checks.guarantees import Report
from redac.french.case import capitalize_first, lowercase_first
from redac.french.tokens import tokens
from redac.french.typography import typeset
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Article, ArticleBlock, Line, Plan, SourceSentence
from redac.plan.meta import meta_description


def repair(
    article: Article, report: Report, plan: Plan, sentences: list[SourceSentence], limits: Limits = DEFAULT_LIMITS
) -> Article:
    failed = {check.id for check in report.failed}
    bad_title = "title" in failed or any(item.where == "titre" for item in report.unsupported)
    if bad_title:
        article = _next_title(article, plan)
    if "meta" in failed or any(item.where == "meta description" for item in report.unsupported):
        article = _refit_description(article, plan, sentences, limits)
    return _balance_keyphrase_headings(article, limits)


def _next_title(article: Article, plan: Plan) -> Article:
    """The best candidate after the current one that fits the width (compared typeset, as the article
    holds it: else a title with a colon is never found and the first candidate comes back)."""
    texts = [typeset(candidate.text) for candidate in plan.title_candidates if candidate.score >= 0]
    following = texts[texts.index(article.title) + 1 :] if article.title in texts else texts
    return replace(article, title=following[0]) if following else article


def _refit_description(article: Article, plan: Plan, sentences: list[SourceSentence], limits: Limits) -> Article:
    """The lead and the next sentences; when none of them names the keyphrase, the first sentences
    that do (a description need not be the lead). Never the keyphrase put in front of sentences
    that do not state it, unless `meta_description` finds its names there: « Name : lead » ties
    the name to what the lead says, and the fact check refuses that."""
    texts = [s.text for s in sentences]
    matcher = KeyphraseMatcher(plan.keyphrase)
    naming = [text for text in texts if matcher and matcher.found_in(tokens(text))]
    options = [meta_description(group, plan.keyphrase, limits) for group in (texts[:6], naming[:3]) if group]
    holding = [text for text in options if text and matcher and matcher.found_in(tokens(text))]
    description = next(iter(holding), next((text for text in options if text), ""))
    return replace(article, description=typeset(description)) if description else article


def _balance_keyphrase_headings(article: Article, limits: Limits) -> Article:
    """Add the keyphrase to body subheadings whose section mentions it, or drop it, to bring the
    number of subheadings holding it into the limits' range."""
    matcher = KeyphraseMatcher(article.keyphrase)
    if not matcher:
        return article
    blocks = list(article.blocks)
    subheadings = [i for i, b in enumerate(blocks) if b.kind in {"heading", "question"} and b.level in (2, 3)]
    holding = [i for i in subheadings if matcher.found_in(tokens(blocks[i].text))]
    low, high = limits.subheadings_keyphrase_range(len(subheadings))
    key = capitalize_first(article.keyphrase)
    if len(holding) < low:
        for index in _body_headings_mentioning(blocks, matcher):
            if index in holding:
                continue
            blocks[index] = _retitled(blocks[index], f"{key} : {lowercase_first(blocks[index].text)}")
            holding.append(index)
            if len(holding) >= low:
                break
    elif len(holding) > high:
        prefix = typeset(f"{key} : ")  # as the typeset article writes it ("Clé\u00a0: "), else nothing matches
        for index in reversed(holding):
            if blocks[index].role == "body" and blocks[index].text.startswith(prefix):
                blocks[index] = _retitled(blocks[index], capitalize_first(blocks[index].text[len(prefix) :]))
                holding.remove(index)
                if len(holding) <= high:
                    break
    return replace(article, blocks=blocks)


def _body_headings_mentioning(blocks: list[ArticleBlock], matcher: KeyphraseMatcher) -> list[int]:
    found, current = [], None
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            current = index if block.role == "body" else None
        elif current is not None and matcher.found_in(tokens(block.text)) and current not in found:
            found.append(current)
    return found


def _retitled(block: ArticleBlock, text: str) -> ArticleBlock:
    sources = tuple(source for line in block.lines for source in line.sources)
    return replace(block, lines=[Line(typeset(text), sources)])
