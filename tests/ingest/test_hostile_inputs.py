"""Hostile inputs through every command that reads input: no traceback, never exit 70, never slow, and
one line with exit 2 when the input is unusable.

The real CLI runs as a subprocess once per command over all the inputs at once (clean, rewrite and
batch take many inputs), which is where a crash would print a traceback or hang; each (input, command)
pair then runs through the in-process CLI runner, which times the work itself: CPU time, after a
warm-up run has done the lazy imports, so that other processes on a loaded machine do not count.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from redac.cli import app
from tests.ingest.hostile import ARTICLE, Hostile, cases, write

MAX_SECONDS = 5.0
COMMANDS = ("clean", "rewrite-md", "audit", "check-article", "check-source")
CASES = cases()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.fixture(scope="module")
def good(folder: Path) -> Path:
    path = folder / "good.md"
    path.write_text("# Rennes vote un budget pour ses écoles\n\n" + ARTICLE.split("\n", 2)[2], encoding="utf-8")
    return path


@pytest.fixture(scope="module", autouse=True)
def warm_up(good: Path, folder: Path) -> None:
    """Lazy imports and model loads happen once, here, not in the first timed run."""
    for command in ("rewrite-md", "check-source"):
        CliRunner().invoke(app, _args(command, good, good, folder / "warm-up"))


@pytest.fixture(scope="module")
def paths(folder: Path) -> dict[str, Path]:
    inputs = folder / "inputs"
    inputs.mkdir()
    return {case.name: write(case, inputs) for case in CASES}


def _args(command: str, path: Path, good: Path, out: Path) -> list[str]:
    if command == "clean":
        return ["clean", str(path), "-q"]
    if command.startswith("rewrite"):
        return ["rewrite", str(path), "-q", "--engine", "extractive", "-f", command.split("-")[1], "--out-dir", str(out)]
    if command == "audit":
        return ["audit", str(path)]
    if command == "check-article":
        return ["check", str(path), "--source", str(good)]
    return ["check", str(good), "--source", str(path)]


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("redac: error:")]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
@pytest.mark.parametrize("command", COMMANDS)
def test_each_input_and_command_in_process(case: Hostile, command: str, paths, good: Path, folder: Path) -> None:
    if case.usable and command == "check-article":
        pytest.skip("a usable input is read as an article by audit already")
    out = folder / "out" / f"{case.name}-{command}"
    began = time.process_time()
    result = CliRunner().invoke(app, _args(command, paths[case.name], good, out))
    elapsed = time.process_time() - began
    assert result.exit_code != 70, result.stderr
    assert "Traceback" not in result.stderr and result.exception is None or isinstance(result.exception, SystemExit)
    assert elapsed < MAX_SECONDS, f"{elapsed:.1f} s"
    errors = _error_lines(result.stderr)
    if case.usable:
        assert result.exit_code in (0, 1), result.stderr  # 1: the check of a short article fails, as it should
        assert not errors
    else:
        assert result.exit_code == 2 and len(errors) == 1, result.stderr
        assert errors[0].count("\n") == 0 and len(errors[0]) < 300


@pytest.mark.parametrize("output_format", ["html", "json"])
def test_rewrite_formats_over_all_inputs_at_once(output_format: str, paths, folder: Path) -> None:
    inputs = [str(path) for path in paths.values()]
    out = folder / f"rewrite-{output_format}"
    began = time.process_time()
    result = CliRunner().invoke(app, ["rewrite", *inputs, "-q", "--engine", "extractive", "-f", output_format, "--out-dir", str(out)])
    elapsed = time.process_time() - began
    assert result.exit_code == 2 and "Traceback" not in result.stderr and elapsed < MAX_SECONDS * len(inputs)
    errors = _error_lines(result.stderr)
    assert len(errors) == sum(not case.usable for case in CASES), result.stderr
    assert sorted(path.suffix for path in out.iterdir()) == [f".{output_format}"] * sum(case.usable for case in CASES)


@pytest.mark.parametrize("command", ["clean", "rewrite", "batch"])
def test_real_cli_over_all_inputs_at_once(command: str, paths, folder: Path) -> None:
    """One process reads every hostile input: each unusable one is one error line, the others are written."""
    inputs = [str(path) for path in paths.values()]
    out = folder / f"real-{command}"
    args = {
        "clean": ["clean", *inputs, "-q"],
        "rewrite": ["rewrite", *inputs, "-q", "--engine", "extractive", "--out-dir", str(out)],
        "batch": ["batch", *inputs, "-q", "--engine", "extractive", "--out-dir", str(out)],
    }[command]
    began = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "redac", *args], capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - began
    assert "Traceback" not in proc.stderr and proc.returncode == 2, proc.stderr[-2000:]
    assert elapsed < MAX_SECONDS * len(inputs)
    if command == "batch":  # the batch says where the reasons are; its report names each failed input
        report = subprocess.run([sys.executable, "-m", "redac", "batch", "report", str(out)], capture_output=True, text=True, timeout=60)
        failed = {row["source"] for row in csv.DictReader(io.StringIO(report.stdout)) if row["status"] == "failed"}
        for case in CASES:  # a folder is a batch's usual input
            assert (str(paths[case.name]) in failed) == (not case.usable and case.name != "directory"), case.name
        return
    errors = _error_lines(proc.stderr)
    for case in CASES:
        named = [line for line in errors if f" {paths[case.name]}" in line]
        assert len(named) == (0 if case.usable else 1), (case.name, named)


FRAGMENTS = st.sampled_from([
    "[" * 3000, "]" * 3000, "{" * 3000, "<div>" * 400, "</div>" * 50, "<b>" * 300, "\x00", "\x00" * 200,
    "&lol;", '<!DOCTYPE x [<!ENTITY a "&b;&b;">]>', "<rss>", "<html>", "<p>", "\ufeff", "\u200b",
    "Ã©tÃ©", "é", "\r", "\n", "\n\n", " ", "*a " * 400, "|" * 2000, "![a" * 800, "mot " * 3000,
    ARTICLE, "# Titre\n", "---\ntitle: [\n---\n", '{"text": "', '"}', "\\" * 500,
])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(FRAGMENTS, min_size=1, max_size=8), encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]),
       suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".xml"]), command=st.sampled_from(["clean", "audit", "check-source"]))
def test_mixed_hostile_inputs(parts: list[str], encoding: str, suffix: str, command: str, tmp_path: Path, good: Path) -> None:
    path = tmp_path / f"mix{suffix}"
    path.write_bytes("".join(parts).encode(encoding, errors="replace"))
    began = time.process_time()
    result = CliRunner().invoke(app, _args(command, path, good, tmp_path / "out"))
    elapsed = time.process_time() - began
    assert result.exit_code in (0, 1, 2), result.stderr
    assert "Traceback" not in result.stderr and elapsed < MAX_SECONDS
    if result.exit_code == 2:
        assert len(_error_lines(result.stderr)) == 1, result.stderr
