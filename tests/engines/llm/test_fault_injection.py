"""`redac rewrite --engine llm` against a local OpenAI-compatible server that misbehaves: every run
ends in a repaired article (exit 0) or a clean exit 3 with one line, never a traceback.

Every scenario runs through the CLI in this process (the `openai` SDK loads once, not eleven times);
two of them also run as a real `redac` process, so that what a user's shell sees is tested too."""

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from redac.cli import app

from . import fixtures as fx
from .fake_server import FakeServer

GOOD = ("ok", fx.article_json())
SCENARIOS = {
    "rate limited then good": ([("status", 429, {"Retry-After": "0"}), GOOD], 0),
    "server errors then good": ([("status", 500), ("status", 502), GOOD], 0),
    "truncated then good": ([("ok", fx.article_json()[:300], "length"), GOOD], 0),
    "malformed body then good": ([("garbage",), GOOD], 0),
    "not json then good": ([("ok", "Désolé, je ne peux pas."), GOOD], 0),
    "schema refused then good": ([("refuse_schema",), GOOD], 0),
    "always 500": ([("status", 500)] * 3, 3),
    "always rate limited": ([("status", 429, {"Retry-After": "0"})] * 3, 3),
    "unauthorized": ([("status", 401)], 3),
    "always garbage": ([("garbage",)] * 3, 3),
    "slow server": ([("sleep", 2.0)] * 3, 3),
}
IN_A_PROCESS = ("server errors then good", "always garbage")
KEY = "sk-secret-key-123"


def _arguments(url: str, source, target) -> list[str]:
    return ["rewrite", str(source), "--engine", "llm", "--model", "m", "--base-url", url, "--api-key", KEY,
            "--min-words", "200", "--max-calls", "2", "-q", "-o", str(target)]


def _environment(tmp_path) -> dict[str, str]:
    return {"REDAC_BACKOFF": "0.01", "REDAC_RETRIES": "2", "REDAC_TIMEOUT": "0.5", "HOME": str(tmp_path)}


def _assert_outcome(code: int, err: str, expected: int, target) -> None:
    assert code == expected, err
    assert "Traceback" not in err and KEY not in err
    if expected == 0:
        assert target.read_text(encoding="utf-8").startswith("---\ntitle:")
    else:
        assert err.count("\n") == 1 and err.startswith("redac: error: model 'm'") and not target.exists()


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "source.txt"
    path.write_text(fx.SOURCE, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_fault_ends_in_article_or_exit_3(tmp_path, source, name, monkeypatch):
    steps, expected = SCENARIOS[name]
    target = tmp_path / "article.md"
    monkeypatch.chdir(tmp_path)
    with FakeServer(steps) as server:
        result = CliRunner().invoke(app, _arguments(server.url, source, target), env=_environment(tmp_path))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    _assert_outcome(result.exit_code, result.stderr, expected, target)


@pytest.mark.parametrize("name", IN_A_PROCESS)
def test_fault_in_a_real_process(tmp_path, source, name):
    steps, expected = SCENARIOS[name]
    target = tmp_path / "article.md"
    with FakeServer(steps) as server:
        proc = subprocess.run([sys.executable, "-m", "redac", *_arguments(server.url, source, target)],
                              capture_output=True, timeout=120, env={**os.environ, **_environment(tmp_path)},
                              cwd=tmp_path)
    _assert_outcome(proc.returncode, proc.stderr.decode(), expected, target)
