"""A local OpenAI-compatible chat server for tests: each request takes the next scripted step.

Steps: ("ok", text[, finish_reason]) answers; ("status", code[, headers]) fails with that HTTP status;
("sleep", seconds) answers after a delay (to trip client timeouts); ("delay", seconds, text) answers
text after a latency (benchmarks); ("garbage",) sends a non-JSON body;
("refuse_schema",) answers HTTP 500 when the request asks for json_schema, else takes the next step.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

POLL_SECONDS = 0.02  # how soon serve_forever sees shutdown(): its default, 0.5 s, was added to every test


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # benchmarks open dozens of connections at once
    daemon_threads = True


class FakeServer:
    def __init__(self, steps: list[tuple]):
        self.steps = list(steps)
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                with server.lock:
                    server.requests.append(body)
                    step = server.steps.pop(0) if server.steps else ("status", 599)
                    if step[0] == "refuse_schema":
                        wants_schema = (body.get("response_format") or {}).get("type") == "json_schema"
                        if wants_schema:
                            server.steps.insert(0, step)
                            step = ("status", 500)
                        else:
                            step = server.steps.pop(0) if server.steps else ("status", 599)
                server.answer(self, step, body)

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": POLL_SECONDS}, daemon=True)

    def answer(self, handler, step: tuple, body: dict) -> None:
        kind = step[0]
        if kind in {"sleep", "delay"}:  # delay: answer `step[2]` after the latency
            time.sleep(step[1])
            step = ("ok", step[2] if kind == "delay" else "tard")
            kind = "ok"
        if kind == "status":
            payload = json.dumps({"error": {"message": f"scripted {step[1]}", "type": "server_error"}}).encode()
            handler.send_response(step[1])
            for name, value in (step[2] if len(step) > 2 else {}).items():
                handler.send_header(name, value)
        elif kind == "garbage":
            payload = b"<html>Bad gateway</html>"
            handler.send_response(200)
        else:
            payload = json.dumps({
                "id": "x", "object": "chat.completion", "created": 0, "model": body.get("model", "m"),
                "choices": [{"index": 0, "message": {"role": "assistant", "content": step[1]},
                             "finish_reason": step[2] if len(step) > 2 else "stop"}],
                "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
            }).encode()
            handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        try:
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
