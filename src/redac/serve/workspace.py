"""Where the page keeps its articles: the same SQLite store as `redac batch` (one row per article,
keyed like a batch document), the Markdown written atomically beside it, and what reopening a draft
needs (its source and editing state) in a hidden folder. `redac batch status DIR` reads it too.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from pathlib import Path

from redac.batch.dedup import signature
from redac.batch.store import Outcome, Store
from redac.checks import Report
from redac.files import write_atomic
from redac.serve.draft import Draft
from redac.serve.pipeline import clean_source

STORE_NAME = "redac-batch.sqlite"
STATE_DIR = ".serve"
WRITE_WAIT_S = 30
SAVE_DELAY_S = 0.5  # an edit is written once the editor pauses, not at every keystroke


def default_directory() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "redac" / "serve"


class Workspace:
    def __init__(self, directory: Path):
        self.directory = directory
        self.drafts: dict[str, Draft] = {}
        self.written: dict[str, threading.Event] = {}  # a new draft's first record, which edits wait for
        self.dirty: dict[str, Draft] = {}  # edited drafts the saver has yet to write
        self.wake = threading.Condition()
        self.saver: threading.Thread | None = None
        self.lock = threading.Lock()
        Store(self.directory / STORE_NAME).close()  # fails early, in one line, on a file that is not a store

    def _state(self, draft_id: str) -> Path:
        return self.directory / STATE_DIR / f"{draft_id}.json"

    def _source(self, draft_id: str) -> Path:
        return self.directory / STATE_DIR / f"{draft_id}.source"

    def keep(self, draft: Draft) -> None:
        """A new draft, open to the page at once; `write` then records it."""
        with self.lock:
            self.drafts[draft.id] = draft
            self.written[draft.id] = threading.Event()

    def write(self, draft: Draft, data: bytes, name: str) -> None:
        """Record a new draft: its source (to reopen it later), its Markdown, its row in the store."""
        _write_bytes(self._source(draft.id), data)
        store = Store(self.directory / STORE_NAME)
        try:
            texts = [block.text for block in draft.source.document.blocks]
            store.add_pending(draft.id, name, draft.source.document.title, signature(texts))
        finally:
            store.close()
        self._save(draft, draft.check())
        self.written[draft.id].set()

    def save_later(self, draft: Draft) -> None:
        """Write an edited draft soon, off the request that checked it (the page answers first)."""
        with self.wake:
            self.dirty[draft.id] = draft
            if self.saver is None:
                self.saver = threading.Thread(target=self._saver, daemon=True, name="redac-serve-saver")
                self.saver.start()
            self.wake.notify()

    def flush(self) -> None:
        """Wait until every edit so far is written (tests; shutting down)."""
        with self.wake:
            self.wake.wait_for(lambda: not self.dirty and not self.saving, timeout=WRITE_WAIT_S)

    saving = False

    def _saver(self) -> None:
        while True:
            with self.wake:
                self.wake.wait_for(lambda: self.dirty)
                while self.wake.wait(SAVE_DELAY_S):  # an edit came in meanwhile: wait for a pause
                    pass
                _, draft = self.dirty.popitem()
                self.saving = True
            try:
                self.save(draft, draft.check())
            except OSError:
                pass  # the next edit tries again; the page keeps the text meanwhile
            finally:
                with self.wake:
                    self.saving = False
                    self.wake.notify_all()

    def save(self, draft: Draft, report: Report) -> None:
        """The draft as edited: its Markdown, its state, its row (scores, failed checks)."""
        first = self.written.get(draft.id)
        if first is not None:
            first.wait(WRITE_WAIT_S)
        self._save(draft, report)

    def _save(self, draft: Draft, report: Report) -> None:
        path = self.directory / f"{draft.original.slug or 'article'}-{draft.id[:8]}.md"
        with self.lock:
            write_atomic(path, draft.markdown())
            write_atomic(self._state(draft.id), json.dumps(draft.state(), ensure_ascii=False))
            audit = report.check("audit")
            store = Store(self.directory / STORE_NAME)
            try:
                store.finish(Outcome(
                    draft.id, [str(path)], words=report.words, seo=audit.details.get("seo", 0) if audit else 0,
                    readability=audit.details.get("readability", 0) if audit else 0,
                    failed_checks=[check.id for check in report.failed], report=report.to_dict(),
                ))
                store.db.execute("UPDATE documents SET title = ? WHERE id = ?", (draft.fields.title, draft.id))
            finally:
                store.close()

    def get(self, draft_id: str) -> Draft | None:
        """A draft of this session, or one reopened from the store's folder."""
        with self.lock:
            found = self.drafts.get(draft_id)
        if found or not draft_id.isalnum():
            return found
        state_path, source_path = self._state(draft_id), self._source(draft_id)
        if not (state_path.is_file() and source_path.is_file()):
            return None
        state = json.loads(state_path.read_text(encoding="utf-8"))
        from redac.limits import load_limits

        source = clean_source(source_path.read_bytes(), name=state["result"].get("source"))
        draft = Draft.from_state(state, source, load_limits()[0])
        with self.lock:
            self.drafts[draft_id] = draft
        return draft

    def history(self) -> list[dict]:
        """The store's articles, newest first; `reopen` says whether the page can open one."""
        store = Store(self.directory / STORE_NAME)
        try:
            rows = store.rows()
        finally:
            store.close()
        rows.sort(key=lambda row: row["updated"], reverse=True)
        for row in rows:
            row["reopen"] = self._state(row["id"]).is_file()
            row["when"] = time.strftime("%d/%m/%Y %H:%M", time.localtime(row["updated"]))
            checks = (row.get("report") or {}).get("checks", [])
            row["to_review"] = [check["name"] for check in checks if not check["passed"]] or row.get("failed_checks") or []
        return rows


def _write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    os.replace(temporary, path)
