"""The audit as a terminal table with traffic lights, for editors."""

from __future__ import annotations

from redac.render.lights import bold, light_rows
from redac.seo.audit import AuditReport

GROUP_TITLES = {"seo": "SEO", "readability": "Lisibilité", "insights": "Aperçus (hors score)", "redac": "Contrôles redac"}


def audit_table(report: AuditReport, *, color: bool = False, width: int = 110) -> str:
    keyphrase = report.keyphrase or f"(aucune ; suggestion : {report.suggested_keyphrase or '—'})"
    lines = [
        f"Expression clé : {keyphrase}\n",
        f"Titre SEO : {report.title or '—'} ({report.title_width} px)\n",
        f"Slug : {report.slug or '—'} · {report.words} mots · Flesch : {report.flesch if report.flesch is not None else '—'}\n",
    ]
    for group, title in GROUP_TITLES.items():
        results = report.group(group)
        if not results:
            continue
        score = {"seo": f" — score {report.seo_score}/100", "readability": f" — score {report.readability_score}/100"}.get(group, "")
        lines.append(bold(f"{title}{score}", color) + "\n")
        lines.append(light_rows([(result.rating, result.name, result.message) for result in results], width=width, color=color))
    return "".join(lines)
