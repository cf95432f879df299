"""The batch store's publications table: added to stores made before it, and what it keeps."""

from __future__ import annotations

import sqlite3

import numpy as np

from redac.batch.store import Outcome, Store


def test_an_old_store_gains_the_publications_table(tmp_path):
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path)
    old.executescript("CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, status TEXT NOT NULL, "
                      "duplicate_of TEXT, similarity REAL, merged TEXT, signature BLOB, outputs TEXT, report TEXT, words INTEGER, "
                      "seo INTEGER, readability INTEGER, failed_checks TEXT, usage TEXT, seconds REAL, error TEXT, exit_code INTEGER, "
                      "attempts INTEGER NOT NULL DEFAULT 0, updated REAL NOT NULL);"
                      "INSERT INTO documents (id, source, status, outputs, updated) VALUES ('a', 'a.txt', 'done', '[\"a.md\"]', 0);")
    old.close()
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert store.unpublished("https://site") == [{"id": "a", "outputs": ["a.md"], "post_id": None}]
    store.close()
    assert Store(path).db.execute("PRAGMA user_version").fetchone()[0] == 1  # migrations run once


def test_a_failure_keeps_the_known_post_id(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    store.add_pending("a", "a.txt", "A", np.zeros(4, dtype=np.uint32))
    store.finish(Outcome("a", ["a.md"]))
    store.record_publication("a", "https://site", post_id=12, link="https://site/?p=12")
    store.record_publication("a", "https://site", error="WordPress unavailable")
    row = store.publication("a", "https://site")
    assert (row["post_id"], row["status"], row["error"], row["attempts"]) == (12, "not published", "WordPress unavailable", 2)
    assert store.unpublished("https://site") == [{"id": "a", "outputs": ["a.md"], "post_id": 12}]
    assert store.unpublished("https://other") == [{"id": "a", "outputs": ["a.md"], "post_id": None}]
    store.record_publication("a", "https://site", post_id=12, link="https://site/?p=12")
    assert store.unpublished("https://site") == [] and store.publication_counts() == {"https://site": {"published": 1}}
