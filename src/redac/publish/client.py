"""A small WordPress REST API client (httpx) with redac's retry policy and errors that name the cause.

Retried: timeouts, refused connections, 429 and 5xx (waiting at least Retry-After; see
`redac.retry`). Not retried: what another attempt cannot fix (401, 403, 404, 400). A 401 or 403 is
explained: wrong application password, an unknown user (often the application password's *name*
given instead of the login), missing rights, or a server that drops the Authorization header
(WordPress then sees no credentials at all). The password is sent by httpx's Basic auth only; it
is never part of a URL, a message or a log.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from redac.errors import PublishError
from redac.publish.settings import WordPressSettings
from redac.retry import RETRYABLE_STATUS, backoff_wait

HEADER_DROPPED = ("WordPress saw no credentials although redac sent them: the web server drops the Authorization "
                  "header (Apache with CGI/FastCGI: add 'SetEnvIf Authorization \"(.*)\" HTTP_AUTHORIZATION=$1' "
                  "to .htaccess, or 'CGIPassAuth On')")
NO_APP_PASSWORDS = ("this site does not offer application passwords (they need HTTPS, or WP_ENVIRONMENT_TYPE "
                    "'local'; a security plugin may also turn them off)")


class Retryable(PublishError):
    """A failure another attempt may not meet: timeout, refused connection, 429, 5xx."""


class WordPressClient:
    def __init__(self, settings: WordPressSettings, *, sleep=time.sleep, transport: httpx.BaseTransport | None = None):
        self.settings = settings
        self.site = settings.url or ""
        self.sleep = sleep
        self.http = httpx.Client(
            auth=(settings.user or "", settings.app_password or ""), timeout=settings.timeout, transport=transport,
            headers={"User-Agent": "redac (WordPress publishing)", "Accept": "application/json"}, follow_redirects=True,
        )
        self._root: str | None = None  # the API's root: SITE/wp-json or SITE/?rest_route=
        self.index: dict = {}

    def close(self) -> None:
        self.http.close()

    # --- discovery ---------------------------------------------------------------------------------
    def discover(self) -> dict:
        """The REST index (namespaces, authentication methods), from /wp-json/ or, without pretty
        permalinks, from ?rest_route=/."""
        for root in (f"{self.site}/wp-json", f"{self.site}/?rest_route="):
            self._root = root
            try:
                index = self.request("GET", "/", anonymous=True)  # public: wrong credentials must not hide the site
            except PublishError as error:
                if isinstance(error, Retryable):
                    raise
                continue
            if isinstance(index, dict) and "namespaces" in index:
                self.index = index
                return index
        raise PublishError(f"{self.site}: no WordPress REST API here (neither /wp-json/ nor ?rest_route=/ answers)")

    @property
    def namespaces(self) -> set[str]:
        return set(self.index.get("namespaces", ()))

    def offers_application_passwords(self) -> bool:
        return "application-passwords" in (self.index.get("authentication") or {})

    def current_user(self) -> dict:
        """The authenticated user (with roles and capabilities), or the error that says why not."""
        try:
            return self.get("/wp/v2/users/me", params={"context": "edit"})
        except PublishError as error:
            if error.code == "rest_not_logged_in":
                raise PublishError(f"{self.site}: {self._why_not_logged_in()}") from None
            raise

    def _why_not_logged_in(self) -> str:
        """WordPress saw no valid credentials. Without redac's plugin a wrong password reads the same
        as a dropped Authorization header, so ask XML-RPC, which takes the credentials in the body."""
        if not self.offers_application_passwords():
            return NO_APP_PASSWORDS
        verdict = self._xmlrpc_login()
        if verdict == "accepted":
            return HEADER_DROPPED
        if verdict == "refused":
            return (f"WordPress refuses {self.settings.user!r} with this application password: the password is wrong, "
                    "or that is not the account's login (the application password's name is not a user name)")
        return ("WordPress saw no valid credentials: a wrong application password, a user name that is not the "
                f"account's login (the application password's name is not), or {HEADER_DROPPED.split(': ', 1)[1]}")

    def _xmlrpc_login(self) -> str:
        """accepted, refused, or unknown (XML-RPC off or unreachable)."""
        from xml.sax.saxutils import escape

        values = "".join(f"<param><value><string>{escape(value or '')}</string></value></param>"
                         for value in (self.settings.user, self.settings.app_password))
        call = f'<?xml version="1.0"?><methodCall><methodName>wp.getUsersBlogs</methodName><params>{values}</params></methodCall>'
        try:
            answer = self.http.post(f"{self.site}/xmlrpc.php", content=call.encode("utf-8"), auth=httpx.Auth(),
                                    headers={"Content-Type": "text/xml"})  # the credentials are in the body
        except httpx.HTTPError:
            return "unknown"
        if answer.status_code != 200 or "<methodResponse>" not in answer.text:
            return "unknown"
        if "<fault>" not in answer.text:
            return "accepted"
        return "refused" if "<int>403</int>" in answer.text else "unknown"

    # --- requests ----------------------------------------------------------------------------------
    def get(self, route: str, params: dict | None = None, *, retries: int | None = None) -> Any:
        return self.request("GET", route, params=params, retries=retries)

    def post(self, route: str, body: dict, *, params: dict | None = None, retries: int | None = None) -> Any:
        return self.request("POST", route, params=params, body=body, retries=retries)

    def request(self, method: str, route: str, *, params: dict | None = None, body: dict | None = None,
                retries: int | None = None, anonymous: bool = False) -> Any:
        """The decoded JSON answer; retries what may pass next time (`retries=0` for requests that must
        not be repeated blindly, such as creating a post)."""
        retries = self.settings.retries if retries is None else retries
        for attempt in range(retries + 1):
            try:
                return self._once(method, route, params, body, anonymous)
            except Retryable as error:
                if attempt == retries:
                    if retries:
                        raise Retryable(f"{error} (after {retries + 1} attempts)") from None
                    raise
                self.sleep(backoff_wait(attempt, error.retry_after, backoff=self.settings.backoff,
                                        max_wait=self.settings.max_wait))
        raise AssertionError("unreachable")

    def _once(self, method: str, route: str, params: dict | None, body: dict | None, anonymous: bool = False) -> Any:
        url, query = self._url(route, params)
        try:
            if anonymous:
                response = self.http.request(method, url, params=query, json=body, auth=httpx.Auth())
            else:
                response = self.http.request(method, url, params=query, json=body)
        except httpx.TimeoutException:
            raise Retryable(f"{self.site}: WordPress did not answer within {self.settings.timeout:g} s") from None
        except httpx.TransportError as error:
            raise Retryable(f"{self.site}: cannot connect to WordPress ({_reason(error)})") from None
        if response.status_code in RETRYABLE_STATUS:
            raise Retryable(f"{self.site}: HTTP {response.status_code} {_wp_message(response)}".rstrip(),
                            status=response.status_code, retry_after=response.headers.get("retry-after"))
        if response.status_code >= 400:
            raise self._refusal(response, method)
        try:
            return response.json()
        except ValueError:
            raise Retryable(f"{self.site}: {method} {route} answered something that is not JSON "
                            f"(HTTP {response.status_code}, {response.headers.get('content-type', 'no type')})") from None

    def _url(self, route: str, params: dict | None) -> tuple[str, dict]:
        if self._root is None:
            self.discover()
        root = self._root or ""
        if root.endswith("rest_route="):
            return f"{self.site}/", {"rest_route": route, **(params or {})}
        return root + route, dict(params or {})

    def _refusal(self, response: httpx.Response, method: str) -> PublishError:
        """One line for a 4xx that another attempt would not change."""
        code, message, data = _wp_error(response)
        user = self.settings.user
        status = response.status_code
        if code == "invalid_username":
            text = (f"WordPress has no user {user!r}: REDAC_WP_USER takes the account's login (or e-mail), "
                    "not the name given to the application password")
        elif code == "incorrect_password":
            text = (f"wrong application password for {user!r} (make one in Users > Profile > Application "
                    "Passwords; the account's own password is not accepted here)")
        elif status == 401 and method != "GET" and code.startswith("rest_cannot"):
            text = HEADER_DROPPED  # reads work, every write refused: the credentials never arrived
        elif status in (401, 403) and code.startswith(("rest_cannot", "rest_forbidden")):
            text = f"{user!r} lacks the rights for this ({code}: {message})"
        else:
            text = f"HTTP {status} {code + ': ' if code else ''}{message}".rstrip(": ")
        return PublishError(f"{self.site}: {text}", code=code, status=status, data=data)


def _wp_error(response: httpx.Response) -> tuple[str, str, dict]:
    try:
        payload = response.json()
    except ValueError:
        return "", _short(response.text), {}
    if not isinstance(payload, dict):
        return "", "", {}
    return str(payload.get("code") or ""), _short(str(payload.get("message") or "")), payload.get("data") or {}


def _wp_message(response: httpx.Response) -> str:
    code, message, _ = _wp_error(response)
    return f"{code}: {message}" if code else message


def _short(text: str) -> str:
    import re

    return " ".join(re.sub(r"<[^>]+>", " ", text).split())[:160]


def _reason(error: httpx.TransportError) -> str:
    text = str(error) or type(error).__name__
    return text.split("] ")[-1][:120]
