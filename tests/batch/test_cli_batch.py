"""`redac batch` from the command line: the LLM engine against a local server, status, report, usage errors."""

import csv
import io
import json
import os
import subprocess
import sys

from typer.testing import CliRunner

from redac.cli import app
from tests.engines.llm import fixtures as fx
from tests.engines.llm.fake_server import FakeServer

from .stories import SAMPLES


def redac(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "redac", *args], capture_output=True, text=True, env=env, timeout=300)


def llm_batch(tmp_path, steps, texts: dict[str, str], *, real_process: bool = True):
    """The batch in a real process, or through the CLI in this one (the `openai` SDK loads once); the
    report it leaves is read through the CLI in this process (its own command is tested as a process below)."""
    inputs = tmp_path / "in"
    inputs.mkdir(exist_ok=True)
    for name, text in texts.items():
        (inputs / name).write_text(text, encoding="utf-8")
    env = {"REDAC_RETRIES": "0"}
    with FakeServer(steps) as server:
        args = ["batch", str(inputs), "--out-dir", str(tmp_path / "out"), "--engine", "llm", "--model", "m",
                "--base-url", server.url, "--api-key", "sk-test-secret-key", "-j", "4"]
        if real_process:
            run = redac(*args, env={**os.environ, **env})
        else:
            result = CliRunner().invoke(app, args, env=env)
            assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
            run = subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)
    report = json.loads(CliRunner().invoke(app, ["batch", "report", str(tmp_path / "out"), "--format", "json"]).stdout)
    return run, {row["source"].rsplit("/", 1)[-1]: row for row in report}


def test_llm_batch_against_a_local_server_records_usage(tmp_path):
    run, rows = llm_batch(tmp_path, [("ok", fx.sample_json())], {"otan.txt": fx.SAMPLE_SOURCE})
    assert run.returncode == 0, run.stderr
    row = rows["otan.txt"]
    assert row["status"] == "done" and row["failed_checks"] == "" and row["calls"] == 1 and row["tokens"] > 0


def test_model_failure_fails_that_document_with_exit_3(tmp_path):
    run, rows = llm_batch(tmp_path, [("status", 500)] * 4, {"otan.txt": fx.SAMPLE_SOURCE}, real_process=False)
    assert run.returncode == 3 and "Traceback" not in run.stderr and "sk-test-secret-key" not in run.stderr
    assert rows["otan.txt"]["status"] == "failed" and "500" in rows["otan.txt"]["error"]


def test_status_and_report_read_the_store(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(SAMPLES["001"], encoding="utf-8")
    (inputs / "b.bin").write_bytes(b"\x00\xff" * 100)
    run = redac("batch", str(inputs), "--out-dir", str(tmp_path / "out"))
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "ok 1 · échecs 1" in run.stderr and "binary" in run.stderr  # progress line and summary table
    status = redac("batch", "status", str(tmp_path / "out"))
    assert status.returncode == 0 and "done      1" in status.stdout and "failed    1" in status.stdout
    table = list(csv.DictReader(io.StringIO(redac("batch", "report", str(tmp_path / "out")).stdout)))
    assert [row["status"] for row in table] == ["done", "failed"] and int(table[0]["words"]) > 500  # the article, unpadded


def test_usage_errors_are_one_line(tmp_path):
    (tmp_path / "a-file").write_text("x")
    for args in (["batch", "status", str(tmp_path)], ["batch", str(tmp_path), "--out-dir", str(tmp_path / "a-file")], ["batch", str(tmp_path / "nothing-*.txt"), "--out-dir", str(tmp_path / "o")],
                 ["batch", str(tmp_path), "--out-dir", str(tmp_path / "o"), "--merge", "--keep-duplicates"]):
        run = redac(*args)
        assert run.returncode == 2 and "Traceback" not in run.stderr
        lines = run.stderr.splitlines()
        assert all(line.startswith("redac: ") for line in lines) and lines[-1].startswith("redac: error:"), run.stderr
        assert sum(line.startswith("redac: error:") for line in lines) == 1


def test_quiet_batch_still_says_that_documents_failed(tmp_path):
    run = redac("batch", str(tmp_path / "missing.txt"), "--out-dir", str(tmp_path / "out"), "-q")
    assert run.returncode == 2
    assert run.stderr.splitlines()[-1] == f"redac: error: 1 document(s) failed: redac batch report {tmp_path / 'out'}"


def test_batch_links_related_articles_from_an_archive_and_credits_the_source(tmp_path):
    """`--archive` and `--source-url` reach each article of a batch as they reach `redac rewrite`'s."""
    from tests.attach.archive_data import write_archive

    archive = write_archive(tmp_path / "posts.json", 200)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "000.txt").write_text(SAMPLES["000"], encoding="utf-8")
    run = redac("batch", str(inputs), "--out-dir", str(tmp_path / "out"), "--archive", str(archive),
                "--source-url", "https://www.exemple-source.fr/monde/000", "-q")
    assert run.returncode == 0, run.stderr
    [article] = (tmp_path / "out").glob("*.md")
    text = article.read_text(encoding="utf-8")
    assert "À lire aussi" in text and text.count("](</") >= 2
    assert "https://www.exemple-source.fr/monde/000" in text
