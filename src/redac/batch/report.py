"""What a batch did, from its store: counts (`redac batch status`), a table per document at the end
of a run, and the full report as CSV or JSON (`redac batch report`)."""

from __future__ import annotations

import csv
import io
import json

from rich.table import Table

from redac.batch.store import Store

COLUMNS = ("id", "source", "title", "status", "words", "seo", "readability", "failed_checks", "duplicate_of",
           "similarity", "merged", "outputs", "calls", "tokens", "seconds", "attempts", "error")
TABLE_ROWS = 40  # a longer batch shows its problems first, then points at `redac batch report`


def flat_rows(store: Store) -> list[dict]:
    """One flat row per document, in the order the batch first saw them."""
    rows = []
    for row in store.rows():
        usage = row.get("usage") or {}
        rows.append({
            **{column: row.get(column) for column in COLUMNS},
            "failed_checks": " ".join(row.get("failed_checks") or []),
            "merged": " ".join(row.get("merged") or []),
            "outputs": " ".join(row.get("outputs") or []),
            "calls": usage.get("calls"),
            "tokens": (usage.get("prompt_tokens", 0) + usage.get("completion_tokens", 0)) if usage else None,
        })
    return rows


def export(store: Store, output_format: str) -> str:
    rows = flat_rows(store)
    if output_format == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def status_lines(store: Store) -> list[str]:
    counts = store.counts()
    total = sum(counts.values())
    seconds, tokens = store.db.execute(
        "SELECT COALESCE(SUM(seconds), 0), COALESCE(SUM(json_extract(usage, '$.prompt_tokens') + json_extract(usage, '$.completion_tokens')), 0) FROM documents"
    ).fetchone()
    lines = [f"{store.path}: {total} documents"]
    lines += [f"  {status:9} {count}" for status, count in counts.items()]
    lines.append(f"  time spent writing: {seconds:.1f} s" + (f"; model tokens: {tokens}" if tokens else ""))
    for site, published in store.publication_counts().items():
        lines.append(f"  on {site}: " + ", ".join(f"{count} {status}" for status, count in sorted(published.items())))
    return lines


def summary_table(store: Store, limit: int = TABLE_ROWS) -> tuple[Table, int]:
    """The per-document table (failures and duplicates first), and how many rows it left out."""
    rows = flat_rows(store)
    order = {"failed": 0, "duplicate": 1, "pending": 2, "done": 3}
    rows.sort(key=lambda row: (order[row["status"]], bool(not row["failed_checks"])))
    table = Table(title="redac batch", title_justify="left")
    for header in ("document", "statut", "mots", "SEO", "lisibilité", "contrôles échoués / raison"):
        table.add_column(header, overflow="fold")
    for row in rows[:limit]:
        reason = row["failed_checks"] or row["error"] or (f"doublon de {row['duplicate_of'][:8]} ({row['similarity']:.0%})" if row["duplicate_of"] else "")
        table.add_row(_short(row["source"]), row["status"], _cell(row["words"]), _cell(row["seo"]), _cell(row["readability"]), reason or "—")
    return table, max(0, len(rows) - limit)


def _short(source: str) -> str:
    """A file's name (and record number) is enough to find it in a batch; sources of a merge are joined."""
    return " + ".join(part.rsplit("/", 1)[-1] for part in source.split(" + "))


def _cell(value) -> str:
    return "—" if value is None else str(value)
