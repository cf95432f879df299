"""`redac serve` as users start it: the address printed (with the token when one is required), the
page answering on 127.0.0.1, a busy port as a one-line error, Ctrl-C as a clean stop."""

import signal
import subprocess
import sys
import time

import httpx
import pytest

pytest.importorskip("uvicorn", reason="redac serve needs its extra: pip install 'redac[serve]'")

from tests.serve.browser import free_port  # noqa: E402


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "redac", "serve", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_serve_prints_its_address_guards_with_the_token_and_stops_on_ctrl_c(tmp_path):
    port = free_port()
    server = start("--port", str(port), "--dir", str(tmp_path), "--token", "jeton-de-test")
    try:
        first = server.stdout.readline()
        assert first.strip() == f"redac serve: http://127.0.0.1:{port}/nouveau?token=jeton-de-test"
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                refused = httpx.get(f"{base}/nouveau")
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert refused.status_code == 401
        assert httpx.get(f"{base}/nouveau", headers={"Authorization": "Bearer jeton-de-test"}).status_code == 200
        busy = subprocess.run([sys.executable, "-m", "redac", "serve", "--port", str(port), "--dir", str(tmp_path)],
                              capture_output=True, text=True, timeout=60)
        assert busy.returncode == 2
        assert busy.stderr.strip().splitlines() == [f"redac: error: cannot listen on 127.0.0.1:{port}: Address already in use (try --port)"]
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(30) == 0
        assert "Traceback" not in server.stderr.read()
