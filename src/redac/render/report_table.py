"""The check report as a compact terminal table (rich): one light per guarantee, then the facts the
source does not support, with where they are. Printed to stderr by `redac rewrite`, to stdout by
`redac check`."""

from __future__ import annotations

import io

from redac.checks.guarantees import Report
from redac.render.audit_table import LIGHTS


def report_table(report: Report, *, label: str = "", color: bool = False, width: int = 110) -> str:
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False)
    verdict = "toutes les vérifications passent" if not report.failed else f"{len(report.failed)} vérification(s) en échec"
    table = Table(title=f"{label + ' — ' if label else ''}{verdict}", title_justify="left", show_header=False, expand=True, box=None, padding=(0, 1))
    table.add_column(width=1)
    table.add_column(ratio=2)
    table.add_column(ratio=6)
    for check in report.checks:
        symbol, style = LIGHTS["good" if check.passed else "bad"]
        table.add_row(f"[{style}]{symbol}[/{style}]", check.name, check.message)
    console.print(table)
    for item in report.unsupported:
        console.print(f"  ✗ {item.where} : {item.kind} « {item.text} » — {item.reason}", markup=False)
    return buffer.getvalue()
