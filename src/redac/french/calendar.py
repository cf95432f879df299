"""Dates as a French reader writes them (« 12 mars 2024 », « 1er mai 2024 ») and as machines read them (ISO 8601: a
page's date stamp « Publié le mercredi 25 novembre 2026 à 06h45 » is « 2026-11-25T06:45 » in its metadata)."""

from __future__ import annotations

import re

MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre")
ISO_DATE_RE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ].*)?$")


# « 25 novembre 2026 », « 1er mai 2024 », « 8 févr. 2024 », then maybe « à 06h45 » or « 7:45 »
FRENCH_DATE_RE = re.compile(
    r"\b(?P<day>\d{1,2})(?:er)?\s+(?P<month>[a-zéû]{3,9})\.?\s+(?P<year>\d{4})(?:\D{0,6}?(?P<hour>\d{1,2})\s*[h:]\s*(?P<minute>\d{2}))?",
    re.IGNORECASE)
# « 25/11/2026 », « 25.11.2026 », then maybe « 06:45 »
NUMERIC_DATE_RE = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})(?:\D{0,6}?(?P<hour>\d{1,2})\s*[h:]\s*(?P<minute>\d{2}))?")


def long_date(value: str | None) -> str | None:
    """'2024-03-12' (or an ISO timestamp, or a page's French date stamp) -> '12 mars 2024'; other text is returned as given."""
    if not value or not value.strip():
        return None
    match = ISO_DATE_RE.match(iso_date(value) or value.strip())
    if not match:
        return " ".join(value.split())
    day, month = int(match["day"]), int(match["month"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{'1er' if day == 1 else day} {MONTH_NAMES[month - 1]} {match['year']}"


def iso_date(value: str | None) -> str | None:
    """The date (and time, when the stamp gives one) of a date or a page's date stamp in ISO 8601 (« Publié le mercredi
    25 novembre 2026 à 06h45 » -> « 2026-11-25T06:45 »), as metadata, feeds and structured data want it; None when the
    text holds no date a reader could be sure of."""
    if not value:
        return None
    text = " ".join(value.split())
    if ISO_DATE_RE.match(text):
        return text
    found = FRENCH_DATE_RE.search(text) or NUMERIC_DATE_RE.search(text)
    if not found:
        return None
    month = _month_number(found["month"])
    day, year = int(found["day"]), int(found["year"])
    if month is None or not 1 <= day <= 31:
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if found["hour"] is None or int(found["hour"]) > 23 or int(found["minute"]) > 59:
        return date
    return f"{date}T{int(found['hour']):02d}:{found['minute']}"


def _month_number(name: str) -> int | None:
    """« 11 », « novembre », « nov », « févr », « aout »: the month's number, or None."""
    if name.isdigit():
        return int(name) if 1 <= int(name) <= 12 else None
    folded = name.lower().translate(ACCENTS)
    matches = [index for index, month in enumerate(FOLDED_MONTHS, 1) if month.startswith(folded)]
    return matches[0] if len(matches) == 1 or (matches and FOLDED_MONTHS[matches[0] - 1] == folded) else None


ACCENTS = str.maketrans("éèêûôà", "eeeuoa")
FOLDED_MONTHS = tuple(month.translate(ACCENTS) for month in MONTH_NAMES)
