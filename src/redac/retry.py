"""How long to wait before retrying a request: one policy for every HTTP client redac runs (the
LLM backend, WordPress publishing). Exponential ceiling with full jitter, so that many clients
retrying at once spread out, and never less than what the server's Retry-After asks."""

from __future__ import annotations

import random

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


def backoff_wait(attempt: int, retry_after: str | None, *, backoff: float, max_wait: float) -> float:
    """Seconds to wait before retry number `attempt + 1` (attempt 0 is the first failure)."""
    wait = random.uniform(0, min(max_wait, backoff * 2**attempt))
    return min(max_wait, max(wait, retry_after_seconds(retry_after)))


def retry_after_seconds(value: str | None) -> float:
    """Retry-After as seconds (the HTTP-date form is rare in APIs and read as 0: the backoff applies)."""
    try:
        return max(0.0, float(value)) if value else 0.0
    except ValueError:
        return 0.0
