"""`redac.toml`: where it is looked for and how one of its tables is read.

Lowest precedence first: the user's config dir ($XDG_CONFIG_HOME/redac/redac.toml), then the
working directory's. The `[llm]` table configures the model (engines/llm/config.py), `[limits]`
the thresholds (limits.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from redac.errors import InputError


def config_files(cwd: Path | None = None, environ: Mapping[str, str] | None = None) -> list[Path]:
    variables = os.environ if environ is None else environ
    base = Path(variables.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return [path for path in (base / "redac" / "redac.toml", (cwd or Path.cwd()) / "redac.toml") if path.is_file()]


def read_table(path: Path, name: str) -> dict:
    """The `[name]` table of the TOML file at `path` ({} when absent); a broken file is a usage error."""
    import tomllib  # here, not at the top: `redac --help` imports this module and needs no TOML

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(str(path), f"unreadable config ({error})") from None
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise InputError(str(path), f"[{name}] must be a table")
    return table


def merged_table(name: str, cwd: Path | None = None, environ: Mapping[str, str] | None = None) -> tuple[dict, list[str]]:
    """The `[name]` tables of every redac.toml merged, the working directory's winning; and the files
    that gave one (for `redac doctor`)."""
    values: dict = {}
    sources: list[str] = []
    for path in config_files(cwd, environ):
        found = read_table(path, name)
        if found:
            values.update(found)
            sources.append(str(path))
    return values, sources
