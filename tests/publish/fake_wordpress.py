"""A misbehaving WordPress REST API on 127.0.0.1, for the faults a real WordPress will not produce on
demand: every POST to /wp/v2/posts takes the next scripted step. Reads (index, users/me, lookups)
answer as a healthy site with redac's plugin would.

Steps: ("ok",) creates the post; ("status", code[, headers]) fails with that HTTP status;
("sleep", seconds) answers only after a delay (to trip the client's timeout).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

POLL_SECONDS = 0.02  # how soon serve_forever sees shutdown(): its default, 0.5 s, was added to every test


class _Server(ThreadingHTTPServer):
    daemon_threads = True


INDEX = {"namespaces": ["oembed/1.0", "wp/v2", "redac/v1"], "authentication": {"application-passwords": {"endpoints": {}}}}
ME = {"id": 1, "slug": "editor", "roles": ["editor"], "capabilities": {"edit_posts": True, "publish_posts": True}}


class FakeWordPress:
    def __init__(self, steps: list[tuple]):
        self.steps = list(steps)
        self.writes: list[tuple[float, dict]] = []  # (time, body) of every POST to /wp/v2/posts
        self.authorizations: set[str] = set()
        self.lock = threading.Lock()
        self.posts: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.authorizations.add(self.headers.get("Authorization", ""))
                path = urlparse(self.path).path.rstrip("/")
                if path == "/wp-json":
                    server.send(self, 200, INDEX)
                elif path == "/wp-json/wp/v2/users/me":
                    server.send(self, 200, ME)
                elif path == "/wp-json/wp/v2/posts":
                    server.send(self, 200, [])  # nothing published yet: every write is a creation
                else:
                    server.send(self, 404, {"code": "rest_no_route", "message": "No route."})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                with server.lock:
                    server.writes.append((time.monotonic(), body))
                    step = server.steps.pop(0) if server.steps else ("ok",)
                server.answer(self, step, body)

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": POLL_SECONDS}, daemon=True)

    def answer(self, handler, step: tuple, body: dict) -> None:
        if step[0] == "sleep":
            time.sleep(step[1])
            step = ("ok",)
        if step[0] == "status":
            self.send(handler, step[1], {"code": "scripted", "message": f"scripted {step[1]}"}, step[2] if len(step) > 2 else {})
            return
        with self.lock:
            post = {"id": 100 + len(self.posts), "status": body.get("status", "draft"), "link": f"{self.url}/?p={100 + len(self.posts)}",
                    "meta": body.get("meta", {}), "slug": body.get("slug")}
            self.posts.append(post)
        self.send(handler, 201, post)

    @staticmethod
    def send(handler, status: int, payload, headers: dict | None = None) -> None:
        data = json.dumps(payload).encode()
        try:
            handler.send_response(status)
            for name, value in (headers or {}).items():
                handler.send_header(name, value)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
