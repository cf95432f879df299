"""A batch killed with SIGKILL halfway (workers included) and run again ends with every document done
exactly once, no partial output, and a consistent store."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import redac
from redac.render.article import article_markdown

from .stories import distinct_documents

DOCUMENTS = 12  # the kill lands after a quarter, with both workers still busy (at least 2 documents left, asserted)


def batch(inputs, out_dir) -> subprocess.Popen:
    command = [sys.executable, "-m", "redac", "batch", str(inputs), "--out-dir", str(out_dir), "-j", "2", "-q",
               "--keep-duplicates", "--engine", "extractive"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def done_count(store) -> int:
    if not store.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("SELECT COUNT(*) FROM documents WHERE status = 'done'").fetchone()[0]
    except sqlite3.OperationalError:  # the batch is creating it
        return 0


def test_sigkill_halfway_then_resume(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    texts = distinct_documents(DOCUMENTS)
    for number, text in enumerate(texts):
        (inputs / f"{number:03}.txt").write_text(text, encoding="utf-8")
    out_dir, store = tmp_path / "out", tmp_path / "out" / "redac-batch.sqlite"

    first = batch(inputs, out_dir)
    deadline = time.monotonic() + 120
    while done_count(store) < DOCUMENTS // 4 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert first.poll() is None, "the batch ended before it could be killed: make it longer"
    os.killpg(first.pid, signal.SIGKILL)  # the main process and its workers, mid-write
    first.wait()
    killed_at = done_count(store)
    assert DOCUMENTS // 4 <= killed_at <= DOCUMENTS - 2, "the kill did not land with both workers mid-batch"

    second = batch(inputs, out_dir)
    _, stderr = second.communicate(timeout=300)
    assert second.returncode == 0, stderr.decode()

    db = sqlite3.connect(store)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    statuses = db.execute("SELECT status, COUNT(*) FROM documents GROUP BY status").fetchall()
    assert statuses == [("done", DOCUMENTS)]
    assert db.execute("SELECT MAX(attempts) FROM documents").fetchone()[0] == 1  # nothing recorded twice
    recorded = [path for (outputs,) in db.execute("SELECT outputs FROM documents") for path in json.loads(outputs)]
    files = sorted(out_dir.glob("*.md"))
    assert sorted(map(str, files)) == sorted(recorded) and len(files) == DOCUMENTS  # one file each, no strays
    assert not list(out_dir.glob(".*.tmp"))
    for source, outputs in db.execute("SELECT source, outputs FROM documents"):  # every file whole, not partial
        expected = article_markdown(redac.rewrite(texts[int(source[-7:-4])]).article)
        assert open(json.loads(outputs)[0], encoding="utf-8").read() == expected, source
