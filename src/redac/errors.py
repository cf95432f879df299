"""Errors that reach the user as one line and a documented exit code (see README, "Exit codes")."""

from __future__ import annotations

EXIT_CHECK_FAILED = 1  # a check failed (check command; rewrite under --strict)
EXIT_USAGE = 2
EXIT_BACKEND = 3  # the model failed after retries (llm engine)
EXIT_PUBLISH = 4  # WordPress refused or failed the article after retries (redac publish, batch --publish)
EXIT_INTERNAL = 70  # a bug in redac: reported in one line; REDAC_DEBUG=1 shows the traceback


class RedacError(Exception):
    """Base class: `str(error)` is the one line shown to the user."""

    exit_code = EXIT_INTERNAL


class InputError(RedacError):
    """Unreadable, unsupported or empty input, or bad usage."""

    exit_code = EXIT_USAGE

    def __init__(self, source: str, message: str):
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}" if source else message)


class PublishError(RedacError):
    """WordPress could not take an article: unreachable, refused credentials or rights, or a conflict.
    `code`, `status` and `data` are WordPress's answer (its error code, the HTTP status, its data)."""

    exit_code = EXIT_PUBLISH

    def __init__(self, message: str, *, code: str = "", status: int = 0, data: dict | None = None, retry_after: str | None = None):
        super().__init__(message)
        self.code, self.status, self.data, self.retry_after = code, status, data or {}, retry_after
