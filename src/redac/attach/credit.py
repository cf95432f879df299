"""The credit line: « Source : <site> (<author>, avec <agency>), <date> », linked to the source.

A rewrite of another outlet's article credits and links it (press publishers hold neighbouring rights
in France). Only what the source itself tells is used: HTML metadata, JSON/feed fields, the byline and
agency lines the cleaner moved to metadata, or the URL the editor gives. Nothing known, no credit.
"""

from __future__ import annotations

import re

from redac.french.calendar import long_date
from redac.french.typography import typeset
from redac.models import Credit, Metadata
from redac.urls import host, safe_url

# News agencies an attribution line may name ("Le Monde avec AFP", "(20 Minutes avec Reuters)").
AGENCIES = ("AFP", "Reuters", "AP", "Associated Press", "Belga", "ATS", "ANSA", "dpa", "EFE", "Bloomberg", "APS", "MAP",
            "Xinhua", "Kyodo", "Anadolu")
AGENCY_RE = re.compile(rf"(?<![\w-])({'|'.join(re.escape(name) for name in AGENCIES)})(?![\w-])")


def make_credit(meta: Metadata, source_url: str | None = None) -> Credit | None:
    """The credit the source supports, or None when it tells nothing of where it comes from."""
    url = safe_url(source_url) or safe_url(meta.url)
    site = _clean(meta.site) or host(url) or None
    agencies = list(dict.fromkeys(match for line in meta.attribution for match in AGENCY_RE.findall(line)))
    credit = Credit(site=site, url=url, author=_clean(meta.author), agency=", ".join(agencies) or None, date=meta.date)
    return credit if credit.site or credit.author or credit.agency else None


def credit_line(credit: Credit) -> str:
    """« Source : Le Monde (Jean Dupont, avec AFP), 12 mars 2024 »."""
    who = credit.site or credit.agency or credit.author or ""
    details = [credit.author] if credit.author and credit.author != who else []
    if credit.agency and credit.agency != who:
        details.append(f"avec {credit.agency}")
    text = f"Source : {who}" + (f" ({', '.join(details)})" if details else "")
    date = long_date(credit.date)
    return typeset(text + (f", {date}" if date else ""))


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None
