"""Batches on real samples: bad inputs fail alone, runs resume, duplicates are skipped or merged."""

import json
import sqlite3

import pytest

from redac.batch.runner import BatchOptions, run_batch
from redac.batch.store import Store

from .stories import SAMPLES, second_site

ENGLISH = """Zelensky urges allies to speed up security guarantees

Ukrainian President Volodymyr Zelensky called on Friday for faster work on security guarantees for his country,
after what he described as a constructive conversation with NATO Secretary General Mark Rutte in Paris.
He said that twenty-six countries had agreed to provide guarantees, the first serious and concrete step of its kind.
"""


def write_inputs(folder, texts: dict[str, str | bytes]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in texts.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def rows(out_dir) -> dict[str, dict]:
    store = Store(out_dir / "redac-batch.sqlite")
    try:
        return {row["source"].rsplit("/", 1)[-1]: row for row in store.rows()}
    finally:
        store.close()


def test_bad_inputs_fail_alone_with_their_reason(tmp_path):
    inputs = write_inputs(tmp_path / "in", {
        "a.txt": SAMPLES["000"], "b.txt": SAMPLES["002"], "c.txt": SAMPLES["003"],
        "binary.pdf": b"%PDF-1.7\n\x00\x01\x02\xff\xfe" * 50, "empty.txt": "", "english.txt": ENGLISH,
    })
    tally = run_batch([str(inputs)], BatchOptions(tmp_path / "out"))
    found = rows(tmp_path / "out")
    assert {name for name, row in found.items() if row["status"] == "done"} == {"a.txt", "b.txt", "c.txt"}
    assert "binary" in found["binary.pdf"]["error"]
    assert "empty" in found["empty.txt"]["error"]
    assert "'en'" in found["english.txt"]["error"] and "does not translate" in found["english.txt"]["error"]
    assert tally.done == 3 and tally.failed == 3 and tally.exit_code(strict=False) == 2
    written = sorted(path.name for path in (tmp_path / "out").glob("*.md"))
    assert written == sorted(path.rsplit("/", 1)[-1] for row in found.values() for path in row["outputs"] or [])
    assert all(found[name]["words"] > 400 and found[name]["seo"] >= 80 for name in ("a.txt", "b.txt", "c.txt"))  # unpadded: 003 holds 441 words of content


def test_second_run_skips_what_is_done_and_retry_failed_retries(tmp_path):
    inputs = write_inputs(tmp_path / "in", {"a.txt": SAMPLES["001"], "english.txt": ENGLISH})
    options = BatchOptions(tmp_path / "out")
    run_batch([str(inputs)], options)
    output = next((tmp_path / "out").glob("*.md"))
    before = output.stat().st_mtime_ns
    again = run_batch([str(inputs)], options)
    assert (again.done, again.skipped, again.failed) == (0, 1, 1)
    assert output.stat().st_mtime_ns == before
    assert rows(tmp_path / "out")["english.txt"]["attempts"] == 1
    options.retry_failed = True
    run_batch([str(inputs)], options)
    assert rows(tmp_path / "out")["english.txt"]["attempts"] == 2


def test_duplicate_story_is_skipped_then_merged_with_merge(tmp_path):
    inputs = write_inputs(tmp_path / "in", {"a-site1.txt": SAMPLES["003"], "b-site2.txt": second_site("003"),
                                            "c-other.txt": SAMPLES["001"]})
    tally = run_batch([str(inputs)], BatchOptions(tmp_path / "skip"))
    found = rows(tmp_path / "skip")
    assert (tally.done, tally.duplicate) == (2, 1)
    assert found["b-site2.txt"]["status"] == "duplicate"
    assert found["b-site2.txt"]["duplicate_of"] == found["a-site1.txt"]["id"] and found["b-site2.txt"]["similarity"] > 0.5

    tally = run_batch([str(inputs)], BatchOptions(tmp_path / "merge", merge=True))
    found = rows(tmp_path / "merge")
    merged = found["a-site1.txt"]
    assert (tally.done, tally.duplicate) == (2, 1)
    assert merged["merged"] == [found["b-site2.txt"]["id"]]
    assert "faithfulness" not in merged["failed_checks"]
    article = open(merged["outputs"][0], encoding="utf-8").read()
    assert "Moscou se dit prêt" in article  # the second site's own lead made it into the one article
    assert merged["words"] > rows(tmp_path / "skip")["a-site1.txt"]["words"]
    store = Store(tmp_path / "merge" / "redac-batch.sqlite")
    assert merged["id"] in dict(store.signatures())  # a merged story stays in the dedup history
    store.close()


def test_a_story_written_in_an_earlier_batch_is_a_duplicate_later(tmp_path):
    monday = write_inputs(tmp_path / "monday", {"site1.txt": SAMPLES["001"]})
    tuesday = write_inputs(tmp_path / "tuesday", {"site2.txt": second_site("001"), "other.txt": SAMPLES["004"]})
    run_batch([str(monday)], BatchOptions(tmp_path / "out"))
    tally = run_batch([str(tuesday)], BatchOptions(tmp_path / "out", merge=True))
    found = rows(tmp_path / "out")
    assert (tally.done, tally.duplicate) == (1, 1)
    assert found["site2.txt"]["status"] == "duplicate" and found["site2.txt"]["duplicate_of"] == found["site1.txt"]["id"]


def test_exact_copies_get_their_own_duplicate_row(tmp_path):
    inputs = write_inputs(tmp_path / "in", {"a.txt": SAMPLES["002"], "copy.txt": SAMPLES["002"]})
    run_batch([str(inputs)], BatchOptions(tmp_path / "out"))
    found = rows(tmp_path / "out")
    assert found["copy.txt"]["status"] == "duplicate" and found["copy.txt"]["duplicate_of"] == found["a.txt"]["id"]


def test_exports_and_feeds_are_split_into_documents(tmp_path):
    records = [{"title": text.splitlines()[0], "content": "\n".join(text.splitlines()[1:])} for text in (SAMPLES["000"], SAMPLES["004"])]
    inputs = write_inputs(tmp_path / "in", {"export.jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in records)})
    tally = run_batch([str(inputs / "export.jsonl")], BatchOptions(tmp_path / "out", output_format="json"))
    assert tally.done == 2
    outputs = sorted((tmp_path / "out").glob("*.json"))
    assert len(outputs) == 2 and all(json.loads(path.read_text())["report"] for path in outputs)


def test_store_is_one_wal_sqlite_file(tmp_path):
    inputs = write_inputs(tmp_path / "in", {"a.txt": SAMPLES["001"]})
    run_batch([str(inputs)], BatchOptions(tmp_path / "out", jobs=2))
    db = sqlite3.connect(tmp_path / "out" / "redac-batch.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("bad", ["missing/*.txt"])
def test_a_pattern_matching_nothing_is_a_usage_error(tmp_path, bad):
    from redac.errors import InputError

    with pytest.raises(InputError, match="no file matches"):
        run_batch([str(tmp_path / bad)], BatchOptions(tmp_path / "out"))


def test_feed_url_is_fetched_and_each_item_rewritten(tmp_path):
    import threading
    from functools import partial
    from html import escape
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    items = "".join(
        f"<item><title>{escape(text.splitlines()[0])}</title><link>https://example.org/{n}</link>"
        f"<description>{escape(chr(10).join(text.splitlines()[1:]))}</description></item>"
        for n, text in enumerate((SAMPLES["001"], SAMPLES["004"])))
    (tmp_path / "feed.xml").write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}</channel></rss>")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()  # shutdown() waits one interval
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        tally = run_batch([f"{url}/feed.xml", f"{url}/missing.xml"], BatchOptions(tmp_path / "out"))
    finally:
        server.shutdown()
    found = {row["source"]: row for row in Store(tmp_path / "out" / "redac-batch.sqlite").rows()}
    assert tally.done == 2 and tally.failed == 1
    assert "404" in found[f"{url}/missing.xml"]["error"]


def test_strict_exit_code_when_an_article_still_fails_a_check(tmp_path):
    inputs = write_inputs(tmp_path / "in", {"short.txt": SAMPLES["003"]})  # 586 words: the length check fails
    tally = run_batch([str(inputs)], BatchOptions(tmp_path / "out"))
    assert rows(tmp_path / "out")["short.txt"]["failed_checks"] == ["length"]
    assert (tally.exit_code(strict=False), tally.exit_code(strict=True)) == (0, 1)
