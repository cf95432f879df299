"""`redac rewrite --engine llm` against a local OpenAI-compatible server that misbehaves: every run
ends in a repaired article (exit 0) or a clean exit 3 with one line, never a traceback."""

import os
import subprocess
import sys

import pytest

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


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_fault_ends_in_article_or_exit_3(tmp_path, name):
    steps, expected = SCENARIOS[name]
    source = tmp_path / "source.txt"
    source.write_text(fx.SOURCE, encoding="utf-8")
    target = tmp_path / "article.md"
    env = {**os.environ, "REDAC_BACKOFF": "0.01", "REDAC_RETRIES": "2", "REDAC_TIMEOUT": "0.5", "HOME": str(tmp_path)}
    with FakeServer(steps) as server:
        proc = subprocess.run(
            [sys.executable, "-m", "redac", "rewrite", str(source), "--engine", "llm", "--model", "m",
             "--base-url", server.url, "--api-key", "sk-secret-key-123", "--min-words", "200", "--max-calls", "2",
             "-q", "-o", str(target)],
            capture_output=True, timeout=120, env=env, cwd=tmp_path,
        )
    err = proc.stderr.decode()
    assert proc.returncode == expected, err
    assert "Traceback" not in err and "sk-secret-key-123" not in err
    if expected == 0:
        assert target.read_text(encoding="utf-8").startswith("---\ntitle:")
    else:
        assert err.count("\n") == 1 and err.startswith("redac: error: model 'm'") and not target.exists()
