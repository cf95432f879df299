"""Check or rewrite the stored needles of the noise rules (src/redac/cleaning/data/noise_rules.needles.json).

    .venv/bin/python dev/rule_needles.py [--write]

Run with --write after changing any pattern of noise_rules.toml; tests/cleaning/test_needles.py fails
while the file is stale. A stale file costs speed only: a changed rule's needles are then computed when
the table loads.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from redac.cleaning import needles
from redac.cleaning.rules import PATTERN_KINDS, RULES_FILE

PACKAGE = Path(needles.__file__).parent


def rule_patterns(table: dict) -> list[tuple[str, bool]]:
    """(pattern, anchored) of every pattern rule: only `search` patterns may match past a line's start."""
    return [(spec[kind], kind != "search") for spec in table["rule"] for kind in PATTERN_KINDS if kind in spec]


def main() -> int:
    table = tomllib.loads((PACKAGE / RULES_FILE).read_text("utf-8"))
    content = needles.current_file(rule_patterns(table))
    target = PACKAGE / needles.NEEDLES_FILE
    if "--write" in sys.argv:
        target.write_text(content, encoding="utf-8")
        print(f"wrote {target}")
        return 0
    if target.exists() and target.read_text(encoding="utf-8") == content:
        print("needles file is current")
        return 0
    print(f"stale: run python dev/rule_needles.py --write ({target})")
    return 1


if __name__ == "__main__":
    sys.exit(main())
