"""When a sentence says it happened: weekdays, the date after them and times relative to the source's own day. A
title says what happened, the article says when: titles drop them (plan/title_clauses)."""

from __future__ import annotations

import re

# Weekdays (and the date after them) say when, which the article says; a title says what.
# « mercredi », « dès lundi », « à partir de mercredi »: the preposition goes with its weekday (« à partir de » alone dangles)
WEEKDAY_RE = re.compile(
    r"\s*,?\s*\b(?:ce\s+|dès\s+|le\s+|à\s+partir\s+de\s+|depuis\s+|jusqu['’]à\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+et\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+\d{1,2}(?:er)?(?:\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+\d{4})?)?)?"
    r"(?:\s+(?:dernier|prochain|soir|matin|après-midi))?\b",
    re.IGNORECASE,
)

# « hier matin », « peu après 10 heures », « ce soir »: when, relative to the source's own day; a republished title
# that keeps « hier » is wrong the day it is read, and the article says when.
RELATIVE_TIME_RE = re.compile(
    r"\s*,?\s*\b(?:(?:avant-)?hier|aujourd['’]hui|ce\s+matin|ce\s+soir|cette\s+nuit)(?:\s+(?:matin|soir|midi|après-midi))?\b"
    r"|\s*,?\s*\b(?:peu\s+)?(?:après|avant|vers)\s+\d{1,2}\s*(?:heures|h)(?:\s*\d{2})?\b"
    r"|\s*,?\s*\bà\s+\d{1,2}h(?:\d{2})?\b",  # « à 13h20 » is when; « à 2 heures de Paris » is how far
    re.IGNORECASE,
)


def without_when(clause: str) -> str:
    """The clause without its weekday, date after it or relative time (see WEEKDAY_RE, RELATIVE_TIME_RE)."""
    return _without_aside(RELATIVE_TIME_RE, _without_aside(WEEKDAY_RE, clause))


def _without_aside(pattern: re.Pattern[str], clause: str) -> str:
    """The clause without `pattern`'s matches; one set between two commas takes its closing comma too (« a dévoilé, ce
    mardi 7 novembre, ses premières images » -> « a dévoilé ses premières images »)."""
    pieces, end = [], 0
    for found in pattern.finditer(clause):
        pieces.append(clause[end:found.start()])
        end = found.end()
        if found.group().lstrip().startswith(",") and (closing := ASIDE_CLOSE_RE.match(clause, end)):
            end = closing.end()
    return "".join(pieces) + clause[end:]


ASIDE_CLOSE_RE = re.compile(r"\s*,(?=\s)")
