"""`redac clean --explain`: every removed line with the rule (or the model's reason) that removed it and
a confidence, so that an editor can see why a line is gone. Printed to stderr, beside the cleaned text
on stdout."""

from __future__ import annotations

import io

from redac.models import CleanResult

MAX_TEXT_CHARS = 70  # a removed line is shown whole up to this, then cut with "…"


def removed_table(result: CleanResult, *, color: bool = False, width: int = 120) -> str:
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False)
    count = len(result.removed)
    title = f"{result.document.source} — {count or 'aucune'} ligne{'s' if count > 1 else ''} retirée{'s' if count > 1 else ''}"
    if not count:
        return title + "\n"
    table = Table(title=title, title_justify="left", box=None, padding=(0, 1))
    table.add_column("ligne", justify="right", no_wrap=True)
    table.add_column("règle", no_wrap=True)
    table.add_column("confiance", justify="right", no_wrap=True)
    table.add_column("raison", overflow="fold")
    table.add_column("texte", overflow="fold", max_width=MAX_TEXT_CHARS)
    for removal in result.removed:
        text = removal.text if len(removal.text) <= MAX_TEXT_CHARS else removal.text[: MAX_TEXT_CHARS - 1] + "…"
        table.add_row(str(removal.position + 1), removal.rule, f"{removal.confidence:.2f}", removal.reason, text)
    console.print(table, markup=False)
    return buffer.getvalue()
