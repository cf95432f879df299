"""Where the model comes from: flags, then REDAC_* variables, then OPENAI_* variables, then
`redac.toml` in the working directory, then the user's config dir ($XDG_CONFIG_HOME/redac/redac.toml).

    # redac.toml
    [llm]
    model = "mistral-small-latest"
    base_url = "https://api.mistral.ai/v1"
    api_key = "..."            # better in REDAC_API_KEY
    # backend = "llamacpp" and model_path = "model.gguf" for a local GGUF;
    # threads = 1 on a machine busy with other work (default: one per physical core)

The API key is never printed: `LLMSettings` shows it masked.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from redac.config import merged_table
from redac.errors import InputError

ENVIRONMENT = {  # setting -> variables, first found wins
    "model": ("REDAC_MODEL", "OPENAI_MODEL"),
    "base_url": ("REDAC_BASE_URL", "OPENAI_BASE_URL"),
    "api_key": ("REDAC_API_KEY", "OPENAI_API_KEY"),
    "backend": ("REDAC_BACKEND",),
    "model_path": ("REDAC_MODEL_PATH",),
    "timeout": ("REDAC_TIMEOUT",),
    "retries": ("REDAC_RETRIES",),
    "backoff": ("REDAC_BACKOFF",),
    "strategy": ("REDAC_STRATEGY",),
    "threads": ("REDAC_THREADS",),
}
NUMBERS = {"timeout": float, "retries": int, "backoff": float, "max_calls": int, "max_tokens": int, "threads": int}
AT_LEAST_ONE = ("threads", "max_calls", "max_tokens")
STRATEGIES = ("single", "sections", "refine")  # how the LLM writer drafts an article (engines/llm/writer.py)
CHOICES = {"strategy": STRATEGIES}


@dataclass(slots=True)
class LLMSettings:
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    backend: str | None = None  # "openai" or "llamacpp"; guessed from the other settings when absent
    model_path: str | None = None
    timeout: float = 120.0  # seconds per request
    retries: int = 4  # per request, after the first attempt
    backoff: float = 1.0  # seconds: the first retry waits up to this, doubling each time
    max_calls: int = 8  # per article, repairs included (the sections strategy: lead + ~5 sections + 2)
    max_tokens: int = 6000  # completion tokens per article
    strategy: str | None = None  # "single" (one call per article), "sections" (one per section) or "refine"; None: by backend
    threads: int | None = None  # the in-process model's threads; None: one per physical core (a busy machine wants fewer)
    source: str = "defaults"  # where the settings came from, for `redac doctor`

    @property
    def configured(self) -> bool:
        return bool(self.model_path or self.model)

    @property
    def kind(self) -> str:
        return self.backend or ("llamacpp" if self.model_path else "openai")

    def describe(self) -> str:
        """One line for notices and `redac doctor`; the key shown masked."""
        key = f"key …{self.api_key[-4:]}" if self.api_key and len(self.api_key) > 8 else ("key set" if self.api_key else "no key")
        if self.kind == "llamacpp":
            threads = f"{self.threads} thread{'s' if self.threads > 1 else ''}" if self.threads else "one thread per core"
            return f"llamacpp: {self.model_path} (in-process, {threads}; from {self.source})"
        return f"{self.kind}: {self.model} at {self.base_url or 'api.openai.com'} ({key}; from {self.source})"


def load_settings(flags: dict | None = None, *, cwd: Path | None = None, environ: Mapping[str, str] | None = None) -> LLMSettings:
    """Settings from every source, flags first (None values in `flags` are ignored)."""
    environ = os.environ if environ is None else environ
    values, sources = merged_table("llm", cwd, environ)
    from_env = {name: next((environ[v] for v in variables if environ.get(v)), None) for name, variables in ENVIRONMENT.items()}
    if any(from_env.values()):
        values.update({k: v for k, v in from_env.items() if v})
        sources.append("environment")
    given = {k: v for k, v in (flags or {}).items() if v is not None}
    if given:
        values.update(given)
        sources.append("flags")
    known = {f.name for f in fields(LLMSettings)}
    settings = LLMSettings(**{k: _typed(k, v) for k, v in values.items() if k in known and k != "source"})
    settings.source = ", ".join(sources) or "defaults"
    return settings


def _typed(name: str, value):
    if name in CHOICES and value not in CHOICES[name]:
        raise InputError("", f"unknown {name} {value!r} (available: {', '.join(CHOICES[name])})")
    if name not in NUMBERS:
        return value
    try:
        number = NUMBERS[name](value)
    except (TypeError, ValueError):
        raise InputError("", f"{name} must be a number, not {value!r}") from None
    if name in AT_LEAST_ONE and number < 1:
        raise InputError("", f"{name} must be at least 1, not {value!r}")
    return number
