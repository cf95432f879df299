"""The plan stage: what the article will be before a word is written.

`make_plan` chooses the focus keyphrase (one the introduction holds, so the first paragraph can carry
it), the introduction, the outline of body sections, scored title candidates, the meta description
and the slug. Everything is derived from the cleaned source and the editor's brief.
"""

from __future__ import annotations

from redac.analysis import Analysis
from redac.analysis.keyphrase import KeyphraseMatcher
from redac.french.headlines import has_typo
from redac.french.sentences import opens_with_anaphora
from redac.french.tokens import tokens
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Plan, SourceSentence
from redac.plan.focus import focus_keyphrase
from redac.plan.meta import make_slug, meta_description
from redac.plan.outline import outline
from redac.plan.titles import title_candidates

INTRO_MAX_SENTENCES = 3
TITLE_BODY_SENTENCES = 4  # a title may stand on the sentences right after the introduction too
LABEL_MAX_WORDS = 4  # a first "paragraph" this short is a label (a site name, a rubric), not a lead
INTRO_MAX_WORDS = 110


def make_plan(
    analysis: Analysis,
    source_title: str | None,
    *,
    min_words: int | None = None,
    keyphrase: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Plan:
    """The plan of one article; `min_words` defaults to the limits'."""
    min_words = limits.min_words if min_words is None else min_words
    sentences = analysis.source_sentences
    essentials = _leading_list(sentences)
    intro = _introduction(sentences, set(essentials))
    key_points = [s for s in sentences if s.id in essentials]
    keyphrase = " ".join((keyphrase or "").split()) or focus_keyphrase(analysis, source_title, [*key_points, *intro])
    intro = _with_keyphrase_point(intro, key_points, keyphrase)
    essentials = [i for i in essentials if i not in {s.id for s in intro}]
    taken = {s.id for s in intro} | set(essentials)
    body = _without_trailing_label([s for s in sentences if s.id not in taken])
    sections = outline(analysis, body, keyphrase, min_words=min_words, limits=limits)
    lead = " ".join(_closed(s.text) for s in [*intro, *body[:TITLE_BODY_SENTENCES]])
    candidates = title_candidates(source_title, keyphrase, lead, [section.heading for section in sections], limits)
    fitting = [candidate for candidate in candidates if candidate.score >= 0]
    title = next((c.text for c in fitting if not has_typo(c.text, keyphrase)), keyphrase[:1].upper() + keyphrase[1:])  # « acquistion »
    description = meta_description([s.text for s in [*intro, *body[:3]]], keyphrase, limits)
    return Plan(
        keyphrase=keyphrase,
        title=title,
        title_candidates=candidates,
        description=description,
        slug=make_slug(title, keyphrase, limits),
        intro=[s.id for s in intro],
        essentials=essentials,
        sections=sections,
        min_words=min_words,
        source_title=source_title,
    )


def _without_trailing_label(body: list[SourceSentence]) -> list[SourceSentence]:
    """The body without a label that ends it alone in its paragraph (« Bandes rivales » once the page was cut after a
    subheading): a heading with nothing to head would be a section of two words."""
    last = body[-1] if body else None
    if (last and len(body) > 1 and last.words <= LABEL_MAX_WORDS and last.paragraph != body[-2].paragraph
            and not last.text.rstrip().endswith((".", "!", "?", "…", "»", '"'))):
        return body[:-1]
    return body


def _closed(sentence: str) -> str:
    """A line without a final stop (a heading kept as a lead sentence, « ES Sétif : Franck Dumas se retire ») closed with
    one, so that the next sentence is not read as its continuation."""
    text = sentence.rstrip()
    return text if not text or text[-1] in ".!?…»\"”)" else text + "."


def _with_keyphrase_point(intro: list[SourceSentence], key_points: list[SourceSentence], keyphrase: str) -> list[SourceSentence]:
    """Open with the source's key point that holds the keyphrase when the first paragraph does not."""
    matcher = KeyphraseMatcher(keyphrase)
    if not matcher or any(matcher.found_in(tokens(s.text)) for s in intro):
        return intro
    holding = [s for s in key_points if matcher.found_in(tokens(s.text))]
    return [holding[0], *intro[: INTRO_MAX_SENTENCES - 1]] if holding else intro


def _leading_list(sentences: list[SourceSentence]) -> list[int]:
    """Ids of list items that open the article (a "key points" box), before any paragraph."""
    leading = []
    for sentence in sentences:
        if sentence.kind != "list_item":
            break
        leading.append(sentence.id)
    return leading if len(leading) < len(sentences) else []


def _introduction(sentences: list[SourceSentence], skipped: set[int]) -> list[SourceSentence]:
    """The first paragraph's opening sentences: up to three, and about a hundred words."""
    rest = [s for s in sentences if s.id not in skipped]
    prose = [s for s in rest if s.words > LABEL_MAX_WORDS]
    rest = [s for s in rest if s.paragraph >= prose[0].paragraph] if prose else rest
    if not rest:
        return []
    first = [s for s in rest if s.paragraph == rest[0].paragraph]
    intro = [first[0]]
    for sentence in first[1:]:
        too_long = len(intro) >= INTRO_MAX_SENTENCES or sum(s.words for s in intro) + sentence.words > INTRO_MAX_WORDS
        if too_long and not opens_with_anaphora(sentence.text):
            break
        intro.append(sentence)
    return intro
