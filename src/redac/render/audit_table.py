"""The audit as a terminal table with traffic lights (rich), for editors."""

from __future__ import annotations

import io

from redac.seo.audit import AuditReport

# Distinct symbols, so the lights read without colour too (pipes, files, CI logs).
LIGHTS = {"good": ("✓", "green"), "ok": ("!", "yellow"), "bad": ("✗", "red"), "info": ("·", "bright_black")}
GROUP_TITLES = {"seo": "SEO", "readability": "Lisibilité", "insights": "Aperçus (hors score)", "redac": "Contrôles redac"}


def audit_table(report: AuditReport, *, color: bool = False, width: int = 110) -> str:
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False)
    keyphrase = report.keyphrase or f"(aucune ; suggestion : {report.suggested_keyphrase or '—'})"
    console.print(f"Expression clé : {keyphrase}")
    console.print(f"Titre SEO : {report.title or '—'} ({report.title_width} px)")
    console.print(f"Slug : {report.slug or '—'} · {report.words} mots · Flesch : {report.flesch if report.flesch is not None else '—'}")
    for group, title in GROUP_TITLES.items():
        results = report.group(group)
        if not results:
            continue
        score = {"seo": f" — score {report.seo_score}/100", "readability": f" — score {report.readability_score}/100"}.get(group, "")
        table = Table(title=f"{title}{score}", title_justify="left", show_header=False, expand=True, box=None, padding=(0, 1))
        table.add_column(width=1)
        table.add_column(ratio=2)
        table.add_column(ratio=5)
        for result in results:
            symbol, style = LIGHTS[result.rating]
            table.add_row(f"[{style}]{symbol}[/{style}]", result.name, result.message)
        console.print(table)
    return buffer.getvalue()
