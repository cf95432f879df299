"""Dates as a French reader writes them: « 12 mars 2024 », « 1er mai 2024 »."""

from __future__ import annotations

import re

MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre")
ISO_DATE_RE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ].*)?$")


def long_date(value: str | None) -> str | None:
    """'2024-03-12' (or an ISO timestamp) -> '12 mars 2024'; other text is returned as given."""
    if not value or not value.strip():
        return None
    match = ISO_DATE_RE.match(value.strip())
    if not match:
        return " ".join(value.split())
    day, month = int(match["day"]), int(match["month"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{'1er' if day == 1 else day} {MONTH_NAMES[month - 1]} {match['year']}"
