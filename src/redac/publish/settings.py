"""Where the WordPress site and its credentials come from: flags, then REDAC_WP_URL, REDAC_WP_USER,
REDAC_WP_APP_PASSWORD, then the `[wordpress]` table of redac.toml (as for the model's settings).

    # redac.toml
    [wordpress]
    url = "https://example.fr"
    user = "redaction"                  # the WordPress login, not the application password's name
    app_password = "abcd efgh ..."      # better in REDAC_WP_APP_PASSWORD

The application password is never printed: `describe()` shows it masked, and it is kept out of repr.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from redac.config import merged_table
from redac.errors import InputError

ENVIRONMENT = {"url": "REDAC_WP_URL", "user": "REDAC_WP_USER", "app_password": "REDAC_WP_APP_PASSWORD",
               "timeout": "REDAC_WP_TIMEOUT", "retries": "REDAC_WP_RETRIES", "backoff": "REDAC_WP_BACKOFF"}
NUMBERS = {"timeout": float, "retries": int, "backoff": float}


@dataclass(slots=True)
class WordPressSettings:
    url: str | None = None
    user: str | None = None
    app_password: str | None = field(default=None, repr=False)
    timeout: float = 20.0  # seconds per request
    retries: int = 3  # per request, after the first attempt (429, 5xx, timeouts, refused connections)
    backoff: float = 0.5  # seconds: the first retry waits up to this, doubling each time
    max_wait: float = 30.0  # the longest single wait, Retry-After included
    source: str = "defaults"

    def describe(self) -> str:
        secret = self.app_password or ""
        masked = f"password …{secret[-4:]}" if len(secret) > 8 else ("password set" if secret else "no password")
        return f"wordpress: {self.url or '(no URL)'} as {self.user or '(no user)'} ({masked}; from {self.source})"

    def require(self) -> WordPressSettings:
        """The settings, or a usage error saying which one is missing and where to give it."""
        missing = [name for name, value in (("URL", self.url), ("user", self.user), ("application password", self.app_password)) if not value]
        if missing:
            raise InputError("", f"WordPress {', '.join(missing)} missing: --wordpress URL, REDAC_WP_USER, "
                                 "REDAC_WP_APP_PASSWORD or redac.toml [wordpress]")
        return self


def load_wordpress_settings(flags: dict | None = None, *, cwd: Path | None = None, environ: dict | None = None) -> WordPressSettings:
    environ = dict(os.environ) if environ is None else environ
    values, sources = merged_table("wordpress", cwd, environ)
    from_env = {name: environ[variable] for name, variable in ENVIRONMENT.items() if environ.get(variable)}
    if from_env:
        values.update(from_env)
        sources.append("environment")
    given = {k: v for k, v in (flags or {}).items() if v is not None}
    if given:
        values.update(given)
        sources.append("flags")
    known = set(WordPressSettings.__dataclass_fields__) - {"source"}
    settings = WordPressSettings(**{k: _typed(k, v) for k, v in values.items() if k in known})
    settings.source = ", ".join(sources) or "defaults"
    if settings.url:
        settings.url = settings.url.rstrip("/")
    return settings


def _typed(name: str, value):
    if name not in NUMBERS:
        return str(value)
    try:
        return NUMBERS[name](value)
    except (TypeError, ValueError):
        raise InputError("", f"wordpress {name} must be a number, not {value!r}") from None
