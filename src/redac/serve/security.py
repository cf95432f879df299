"""The page's guard, in front of every request (plain ASGI middleware):

- a token when the page listens beyond this machine (or when one was given): `?token=T` once, then
  an HttpOnly cookie; or `Authorization: Bearer T`;
- the Host header must name this server when it listens on 127.0.0.1 (DNS rebinding);
- every state-changing request needs the CSRF token (a SameSite=Strict cookie the page repeats in
  a header or form field) and, when the browser sends one, a same-origin Origin;
- request bodies are capped, with a French message;
- a strict Content-Security-Policy (scripts and styles from this server only, nothing inline) and
  the usual hardening headers on every response.
"""

from __future__ import annotations

import hmac
import json
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, urlencode

MAX_BODY_BYTES = 16 * 1024 * 1024  # as `redac` itself reads at most 16 MiB of input
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
TOKEN_COOKIE = "redac_token"
CSRF_COOKIE = "redac_csrf"
CSRF_HEADER = "x-csrf-token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


def is_local(host: str) -> bool:
    return host in LOCAL_HOSTS


def token_for(host: str, token: str | None) -> str | None:
    """The token the page demands: the one given, or a fresh one when listening beyond this machine."""
    if token:
        return token
    return None if is_local(host) else secrets.token_urlsafe(24)


class TooLarge(Exception):
    pass


class Guard:
    def __init__(self, app, *, token: str | None, host: str, port: int):
        self.app = app
        self.token = token
        self.local_hosts = {f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]")} if is_local(host) else None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        cookies = _cookies(headers.get("cookie", ""))
        refusal = self._refusal(scope, headers, cookies)
        if refusal:
            return await _respond(send, *refusal)
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        if self.token and "token" in query:  # the address printed at start: set the cookie, drop the token from the URL
            rest = urlencode({k: v for k, v in query.items() if k != "token"}, doseq=True)
            cookie = f"{TOKEN_COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
            return await _respond(send, 303, "", extra=[(b"location", (scope["path"] + ("?" + rest if rest else "")).encode()),
                                                       (b"set-cookie", cookie.encode())])
        csrf = cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
        scope.setdefault("state", {})["csrf"] = csrf
        new_cookie = CSRF_COOKIE not in cookies

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                extra = list(HEADERS)
                if new_cookie:
                    extra.append((b"set-cookie", f"{CSRF_COOKIE}={csrf}; Path=/; HttpOnly; SameSite=Strict".encode()))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > MAX_BODY_BYTES:
                raise TooLarge()
            return message

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except TooLarge:
            await _respond(send, *_too_large())

    def _refusal(self, scope, headers: dict, cookies: dict) -> tuple[int, str] | None:
        if self.local_hosts is not None and headers.get("host") not in self.local_hosts:
            return 403, "Adresse refusée : ouvrez la page par http://127.0.0.1 (en-tête Host inattendu)."
        if self.token and not self._has_token(scope, headers, cookies):
            return 401, "Jeton requis : ouvrez l’adresse affichée au démarrage de « redac serve » (…?token=…)."
        if scope["method"] in SAFE_METHODS:
            return None
        if int(headers.get("content-length") or 0) > MAX_BODY_BYTES:
            return _too_large()
        origin = headers.get("origin")
        if origin is not None and origin.split("://", 1)[-1] != headers.get("host"):
            return 403, "Requête refusée : elle vient d’un autre site (en-tête Origin)."
        if headers.get("sec-fetch-site") not in (None, "same-origin", "none"):
            return 403, "Requête refusée : elle vient d’un autre site."
        sent = headers.get(CSRF_HEADER, "")
        expected = cookies.get(CSRF_COOKIE, "")
        if not (expected and hmac.compare_digest(sent.encode(), expected.encode())):
            return 403, "Requête refusée : jeton anti-CSRF absent ou invalide (rechargez la page)."
        return None

    def _has_token(self, scope, headers: dict, cookies: dict) -> bool:
        if self.token is None:
            return True
        given = cookies.get(TOKEN_COOKIE) or headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not given:
            given = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token", [""])[0]
        return bool(given) and hmac.compare_digest(given.encode(), self.token.encode())


def _too_large() -> tuple[int, str]:
    return 413, f"Requête trop volumineuse : {MAX_BODY_BYTES // (1024 * 1024)} Mio au plus (collez ou déposez un seul article)."


def _cookies(header: str) -> dict[str, str]:
    cookie = SimpleCookie()
    try:
        cookie.load(header)
    except Exception:  # a malformed Cookie header is no cookie
        return {}
    return {key: morsel.value for key, morsel in cookie.items()}


async def _respond(send, status: int, message: str, extra: list | None = None) -> None:
    """A refusal: JSON {"error": message} (the page shows it), with the hardening headers."""
    body = json.dumps({"error": message}, ensure_ascii=False).encode() if message else b""
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode()),
               *HEADERS, *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
