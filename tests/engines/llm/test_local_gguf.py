"""A real model end to end, with nothing downloaded: a tiny random-weight GGUF written by the test,
run in-process by llama-cpp-python and through `python -m llama_cpp.server` on 127.0.0.1. It writes
gibberish: the guardrails must say so, and `--strict` must end with exit 1 and a full report."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytest.importorskip("llama_cpp", reason="the local extra is not installed: pip install -e '.[local]'")

from . import fixtures as fx  # noqa: E402
from .tiny_gguf import write_tiny_gguf  # noqa: E402


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    path = write_tiny_gguf(tmp_path_factory.mktemp("model") / "tiny.gguf")
    assert path.stat().st_size < 2_000_000
    return path


def rewrite(tmp_path, *model_args: str) -> tuple[subprocess.CompletedProcess, dict | None]:
    source = tmp_path / "source.txt"
    source.write_text(fx.SOURCE, encoding="utf-8")
    target = tmp_path / "article.json"
    proc = subprocess.run(
        [sys.executable, "-m", "redac", "rewrite", str(source), "--engine", "llm", *model_args,
         "--min-words", "200", "--max-calls", "3", "--strict", "-f", "json", "-o", str(target)],
        capture_output=True, timeout=300, env={**os.environ, "HOME": str(tmp_path)}, cwd=tmp_path,
    )
    return proc, (json.loads(target.read_text(encoding="utf-8")) if target.exists() else None)


def assert_gibberish_reported(proc, data):
    assert proc.returncode == 1, proc.stderr.decode()
    assert b"Traceback" not in proc.stderr
    failed = {check["id"] for check in data["report"]["checks"] if not check["passed"]}
    assert {"length", "structure"} <= failed  # nothing usable came back, and the report says so
    usage = data["report"]["usage"]
    assert 1 <= usage["calls"] <= 3 and usage["notes"]


def test_tiny_gguf_in_process(tmp_path, tiny_model):
    """On one thread (`--threads 1`): two llama.cpp threads wait for each other at every token, and on a shared
    2-core machine the tiny model's run took 24 s instead of 2.6 s, for the same tokens and the same report."""
    proc, data = rewrite(tmp_path, "--model-path", str(tiny_model), "--threads", "1")
    assert_gibberish_reported(proc, data)
    assert "(in-process, 1 thread;" in proc.stderr.decode()


def test_tiny_gguf_through_llama_cpp_server(tmp_path, tiny_model):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(tiny_model), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "8192", "--n_threads_batch", "1"],  # its prompts on one thread too, as in-process
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}/v1"
        for _ in range(600):
            try:
                urllib.request.urlopen(f"{base}/models", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        proc, data = rewrite(tmp_path, "--model", "tiny", "--base-url", base)
        assert_gibberish_reported(proc, data)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    # the server refused OpenAI's json_schema response format, and redac fell back instead of failing
    assert b"json_schema" in (tmp_path / "server.log").read_bytes()
