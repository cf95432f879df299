"""The batch store: one SQLite file (WAL) recording every document a batch has seen.

A row per document, keyed by the hash of its ingested content: where it came from, its status
(pending, done, failed, duplicate), its outputs, report, token usage, timing and error. Only the
batch's main process writes, one committed transaction per document, so a crash (even SIGKILL)
leaves every finished document recorded and the others pending; re-running the same command skips
what is done. Unreadable inputs get a row too, keyed by their name, so the report says why.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from redac.errors import InputError

STATUSES = ("pending", "done", "failed", "duplicate")
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed', 'duplicate')),
    duplicate_of TEXT,
    similarity REAL,
    merged TEXT,
    signature BLOB,
    outputs TEXT,
    report TEXT,
    words INTEGER,
    seo INTEGER,
    readability INTEGER,
    failed_checks TEXT,
    usage TEXT,
    seconds REAL,
    error TEXT,
    exit_code INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_status ON documents (status);
"""
# Schema changes after the first version, applied in order to older stores (PRAGMA user_version).
MIGRATIONS = (
    # 1: where each document's article was published (batch --publish): the post id, or why not.
    """CREATE TABLE IF NOT EXISTS publications (
        id TEXT NOT NULL REFERENCES documents (id),
        site TEXT NOT NULL,
        post_id INTEGER,
        link TEXT,
        status TEXT NOT NULL CHECK (status IN ('published', 'not published')),
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        updated REAL NOT NULL,
        PRIMARY KEY (id, site)
    );""",
)
JSON_COLUMNS = ("merged", "outputs", "report", "failed_checks", "usage")


@dataclass(slots=True)
class Outcome:
    """What processing one document produced, recorded by `Store.finish`."""

    id: str
    outputs: list[str]
    words: int = 0
    seo: int = 0
    readability: int = 0
    failed_checks: list[str] | None = None
    report: dict | None = None
    usage: dict | None = None
    seconds: float = 0.0
    error: str | None = None
    exit_code: int | None = None


class Store:
    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise InputError(str(path), f"not a redac batch store ({error})") from None

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, statement in enumerate(MIGRATIONS[version:], start=version + 1):
            self.db.executescript(f"BEGIN; {statement} PRAGMA user_version = {number}; COMMIT;")

    # --- reading ---------------------------------------------------------------------------------
    def get(self, document_id: str) -> dict | None:
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        return _decoded(row) if row else None

    def rows(self, status: str | None = None) -> list[dict]:
        query = "SELECT * FROM documents"
        args: tuple[str, ...] = ()
        if status:
            query, args = f"{query} WHERE status = ?", (status,)
        return [_decoded(row) for row in self.db.execute(query + " ORDER BY rowid", args)]

    def counts(self) -> dict[str, int]:
        found = dict(self.db.execute("SELECT status, COUNT(*) FROM documents GROUP BY status").fetchall())
        return {status: found.get(status, 0) for status in STATUSES}

    def signatures(self) -> list[tuple[str, np.ndarray]]:
        """(id, MinHash signature) of the stories already written or about to be: the dedup history."""
        rows = self.db.execute("SELECT id, signature FROM documents WHERE status IN ('done', 'pending') AND signature IS NOT NULL")
        return [(row["id"], np.frombuffer(row["signature"], dtype=np.uint32)) for row in rows]

    # --- writing (one transaction each) ------------------------------------------------------------
    def add_pending(self, document_id: str, source: str, title: str | None, sig: np.ndarray) -> None:
        """Record a document to process (again): a new one, a failed one retried, or a pending one resumed."""
        self.db.execute(
            """INSERT INTO documents (id, source, title, status, signature, updated) VALUES (?, ?, ?, 'pending', ?, ?)
               ON CONFLICT (id) DO UPDATE SET status = 'pending', source = excluded.source, title = excluded.title,
               signature = excluded.signature, merged = NULL, error = NULL, exit_code = NULL, updated = excluded.updated""",
            (document_id, source, title, sig.tobytes(), time.time()),
        )

    def set_merged(self, document_id: str, merged: list[str]) -> None:
        """The other sources (duplicate ids) one story's article is written from."""
        self.db.execute("UPDATE documents SET merged = ? WHERE id = ?", (_json(merged), document_id))

    def add_duplicate(self, document_id: str, source: str, title: str | None, of: str, similarity: float) -> None:
        self.db.execute(
            """INSERT INTO documents (id, source, title, status, duplicate_of, similarity, updated) VALUES (?, ?, ?, 'duplicate', ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET status = 'duplicate', duplicate_of = excluded.duplicate_of,
               similarity = excluded.similarity, updated = excluded.updated""",
            (document_id, source, title, of, round(similarity, 3), time.time()),
        )

    def add_unreadable(self, document_id: str, source: str, error: str, exit_code: int) -> None:
        self.db.execute(
            """INSERT INTO documents (id, source, status, error, exit_code, attempts, updated) VALUES (?, ?, 'failed', ?, ?, 1, ?)
               ON CONFLICT (id) DO UPDATE SET status = 'failed', error = excluded.error, exit_code = excluded.exit_code,
               attempts = attempts + 1, updated = excluded.updated""",
            (document_id, source, error, exit_code, time.time()),
        )

    def finish(self, outcome: Outcome) -> None:
        status = "failed" if outcome.error else "done"
        self.db.execute(
            """UPDATE documents SET status = ?, outputs = ?, report = ?, words = ?, seo = ?, readability = ?,
               failed_checks = ?, usage = ?, seconds = ?, error = ?, exit_code = ?, attempts = attempts + 1, updated = ?
               WHERE id = ?""",
            (status, _json(outcome.outputs), _json(outcome.report), outcome.words, outcome.seo, outcome.readability,
             _json(outcome.failed_checks), _json(outcome.usage), round(outcome.seconds, 3), outcome.error,
             outcome.exit_code, time.time(), outcome.id),
        )


    # --- publishing (batch --publish) --------------------------------------------------------------
    def publication(self, document_id: str, site: str) -> dict | None:
        row = self.db.execute("SELECT * FROM publications WHERE id = ? AND site = ?", (document_id, site)).fetchone()
        return dict(row) if row else None

    def unpublished(self, site: str) -> list[dict]:
        """Done documents whose article is not on `site` yet (never tried, or failed before)."""
        rows = self.db.execute(
            """SELECT d.id, d.outputs, p.post_id FROM documents d LEFT JOIN publications p ON p.id = d.id AND p.site = ?
               WHERE d.status = 'done' AND (p.status IS NULL OR p.status != 'published') ORDER BY d.rowid""", (site,))
        return [{"id": row["id"], "outputs": json.loads(row["outputs"] or "[]"), "post_id": row["post_id"]} for row in rows]

    def record_publication(self, document_id: str, site: str, *, post_id: int | None = None, link: str | None = None,
                           error: str | None = None) -> None:
        """A published article (its post), or why it is not published; a known post id is never forgotten."""
        self.db.execute(
            """INSERT INTO publications (id, site, post_id, link, status, error, attempts, updated) VALUES (?, ?, ?, ?, ?, ?, 1, ?)
               ON CONFLICT (id, site) DO UPDATE SET post_id = COALESCE(excluded.post_id, post_id), link = COALESCE(excluded.link, link),
               status = excluded.status, error = excluded.error, attempts = attempts + 1, updated = excluded.updated""",
            (document_id, site, post_id, link, "not published" if error else "published", error, time.time()),
        )

    def publication_counts(self) -> dict[str, dict[str, int]]:
        """site -> {status: count}."""
        counts: dict[str, dict[str, int]] = {}
        for site, status, count in self.db.execute("SELECT site, status, COUNT(*) FROM publications GROUP BY site, status"):
            counts.setdefault(site, {})[status] = count
        return counts


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _decoded(row: sqlite3.Row) -> dict:
    found = dict(row)
    found.pop("signature", None)
    for column in JSON_COLUMNS:
        if found.get(column) is not None:
            found[column] = json.loads(found[column])
    return found
