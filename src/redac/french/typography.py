"""French typography research: where a text departs from the rules redac's outputs follow.

Rules: « » quotation marks with a no-break space inside, a no-break space (U+00A0 or the narrow
U+202F) before ; : ! ? and », the typographic apostrophe ’. Each finding is a (rule, excerpt) pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NBSP = "\u00a0\u202f"
RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("straight_quotes", re.compile(r'"[^"\n]{1,300}"'), "guillemets « » attendus au lieu de \" \""),
    ("english_quotes", re.compile(r"“[^”\n]{1,300}”"), "guillemets « » attendus au lieu de “ ”"),
    ("space_before_double_punctuation", re.compile(rf"[^\s{NBSP}\d]([;:!?]|»)(?=[\s\W]|$)"), "espace insécable attendue avant ; : ! ? »"),
    ("ordinary_space_before_punctuation", re.compile(r"\w ([;:!?»])"), "espace insécable (et non espace simple) avant ; : ! ? »"),
    ("space_after_opening_guillemet", re.compile(rf"«(?![{NBSP}])"), "espace insécable attendue après «"),
    ("straight_apostrophe", re.compile(r"[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]"), "apostrophe typographique ’ attendue"),
)
URL_RE = re.compile(r"https?://\S+|www\.\S+|\b\d{1,2}:\d{2}\b")


@dataclass(frozen=True, slots=True)
class TypographyIssue:
    rule: str
    message: str
    excerpt: str


def typography_issues(text: str) -> list[TypographyIssue]:
    """Departures from French typography in running text (URLs and clock times ignored)."""
    text = URL_RE.sub(" ", text)
    issues = []
    for rule, pattern, message in RULES:
        for match in pattern.finditer(text):
            start = max(0, match.start() - 15)
            issues.append(TypographyIssue(rule, message, text[start : match.end() + 15].strip()))
    return issues
