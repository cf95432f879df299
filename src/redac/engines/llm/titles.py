"""Titles and headings a model proposes, kept only when the planner's own rules rate them as well.

The lead call asks for several titles; each is scored like the planner's candidates (width on the
result line, keyphrase first, the lead's names and numbers, no clickbait, not the source title), and
must state nothing the source does not. A model heading replaces the planner's only when it reads as
a heading (short, one colon at most, no sentence) and keeps the keyphrase the planner put there.
"""

from __future__ import annotations

from collections.abc import Callable

from redac.french.text import fold
from redac.french.wordlists import function_words
from redac.limits import Limits
from redac.models import Plan
from redac.plan.titles import score_title

HEADING_MAX_WORDS = 10
HEADING_MIN_WORDS = 2


def best_title(plan: Plan, proposals: list[str], lead: str, supported: Callable[[str], bool], limits: Limits) -> str:
    """The best of the model's proposals when it scores at least as well as the planner's title and
    `supported(title)` (the writer's faithfulness check: engines do not import checks) says yes."""
    planner = plan.title_candidates[0].score if plan.title_candidates else 0.0
    scored = [(score_title(text, plan.keyphrase, lead, plan.source_title, "lead", limits), text.strip().rstrip(".")) for text in proposals]
    scored = [(score, text) for score, text in scored if score >= planner and supported(text)]
    return max(scored)[1] if scored else plan.title


def best_heading(proposal: str, planner: str, keyphrase: str) -> str:
    words = proposal.split()
    if not HEADING_MIN_WORDS <= len(words) <= HEADING_MAX_WORDS or proposal.count(":") > 1 or proposal.rstrip()[-1:] in ".;,!":
        return planner
    if fold(keyphrase) in fold(planner) and fold(keyphrase) not in fold(proposal):
        return planner
    return proposal.strip()


def keyphrase_headings(headings: list[str], keyphrase: str) -> list[str]:
    """The section headings, the first one opening on the keyphrase (« Keyphrase : heading », the planner's own form)
    when none of them names it: SEO wants the keyphrase in a subheading, and a small model's headings seldom hold it.
    No other word of a heading changes; an empty heading (a section not written) stays empty."""
    folded = fold(keyphrase)
    if not folded or any(folded in fold(heading) for heading in headings):
        return headings
    first = next((index for index, heading in enumerate(headings) if heading), None)
    if first is None or len(f"{keyphrase} {headings[first]}".split()) > HEADING_MAX_WORDS + 2:
        return headings
    heading = headings[first]
    opening = heading.split()[0]
    if fold(opening) in function_words():  # « La marée … » reads on in lower case after the colon; a name keeps its capital
        heading = heading[:1].lower() + heading[1:]
    return [*headings[:first], f"{keyphrase[:1].upper()}{keyphrase[1:]} : {heading}", *headings[first + 1:]]
