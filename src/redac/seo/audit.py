"""The audit: every assessment over one article, and the overall scores as Yoast computes them.

SEO score: sum of scores / (9 × number of results) × 100, rounded (clamped to 0-100: without a
keyphrase Yoast's raw total goes deeply negative). Readability score: penalty points (bad 3, ok 2)
→ 90 (< 4), 60 (4-6) or 30 (> 6). Flesch reading ease is an insight (group "insights"), shown apart
and, as in current Yoast, not counted in that score; redac's own checks (length, language,
typography) are reported apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from redac.limits import DEFAULT_LIMITS, Limits
from redac.seo import readability  # noqa: F401  (registers the readability assessments after the SEO ones)
from redac.seo.assessments import ASSESSMENTS, Result
from redac.seo.page import Page
from redac.seo.researches import Researcher

READABILITY_PENALTY = {"bad": 3, "ok": 2}


@dataclass(slots=True)
class AuditReport:
    results: list[Result]
    seo_score: int
    readability_score: int
    keyphrase: str
    suggested_keyphrase: str
    words: int
    flesch: float | None
    title: str
    title_width: int
    description: str
    slug: str

    def group(self, group: str) -> list[Result]:
        return [result for result in self.results if result.group == group]

    def result(self, id_: str) -> Result | None:
        return next((result for result in self.results if result.id == id_), None)

    def to_dict(self) -> dict:
        return {
            "keyphrase": self.keyphrase,
            "suggested_keyphrase": self.suggested_keyphrase,
            "title": self.title,
            "title_width_px": self.title_width,
            "description": self.description,
            "slug": self.slug,
            "words": self.words,
            "flesch": self.flesch,
            "scores": {"seo": self.seo_score, "readability": self.readability_score},
            "results": [
                {"id": r.id, "group": r.group, "name": r.name, "score": r.score, "rating": r.rating, "message": r.message, "details": r.details}
                for r in self.results
            ],
        }


def audit_page(page: Page, *, word_forms: bool = True, min_words: int | None = None, limits: Limits = DEFAULT_LIMITS) -> AuditReport:
    """Every assessment of `page`; `min_words` (default: the limits') is the length the brief asks for."""
    researcher = Researcher(page, word_forms=word_forms, min_words=min_words, limits=limits)
    results = [result for _, _, _, run in ASSESSMENTS if (result := run(researcher)) is not None]
    return AuditReport(
        results=results,
        seo_score=seo_score(results),
        readability_score=readability_score(results),
        keyphrase=researcher.keyphrase.text,
        suggested_keyphrase="" if researcher.keyphrase else researcher.suggested_keyphrase,
        words=researcher.words,
        flesch=researcher.flesch,
        title=page.title,
        title_width=researcher.title_width,
        description=page.description,
        slug=page.slug,
    )


def seo_score(results: list[Result]) -> int:
    scores = [result.score for result in results if result.group == "seo"]
    if not scores:
        return 0
    return max(0, min(100, math.floor(sum(scores) * 100 / (9 * len(scores)) + 0.5)))  # JS Math.round


def readability_score(results: list[Result]) -> int:
    counted = [r for r in results if r.group == "readability"]  # Flesch is an insight, not counted
    if len(counted) <= 1:
        return 0
    penalty = sum(READABILITY_PENALTY.get(result.rating, 0) for result in counted)
    return 30 if penalty > 6 else 60 if penalty > 4 else 90
