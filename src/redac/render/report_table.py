"""The check report as a compact terminal table: one light per guarantee, then the facts the
source does not support, with where they are and what the source says there. Printed to stderr by `redac rewrite`, to stdout by
`redac check`."""

from __future__ import annotations

from redac.checks.guarantees import Report
from redac.render.lights import bold, light_rows


def report_table(report: Report, *, label: str = "", color: bool = False, width: int = 110) -> str:
    verdict = "toutes les vérifications passent" if not report.failed else f"{len(report.failed)} vérification(s) en échec"
    lines = [bold(f"{label + ' — ' if label else ''}{verdict}", color) + "\n"]
    lines.append(light_rows([("good" if check.passed else "bad", check.name, check.message) for check in report.checks], width=width, color=color))
    for item in report.unsupported:
        lines.append(f"  ✗ {item.where} : {item.kind} « {item.text} » — {item.reason}\n")
        if item.source_says:
            lines.append(f"      la source dit ({item.source_where}) : « {_shortened(item.source_says)} »\n")
    for item in report.to_review:
        lines.append(f"  ? {item.where} : à vérifier, aucune phrase de la source ne dit cela — « {_shortened(item.sentence, 120)} »\n")
        if item.source_says:
            lines.append(f"      la plus proche ({item.source_where}) : « {_shortened(item.source_says)} »\n")
    lines.extend(f"  · {note}\n" for note in report.notes)
    return "".join(lines)


def _shortened(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"
