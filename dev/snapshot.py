"""Snapshot every command's output on the samples and corpora, and diff two snapshots.

Dev-only: the proof that a refactor leaves outputs unchanged. One process runs the real CLI
(`redac.cli.app` through typer's runner) on each input and writes stdout, stderr and the exit code of

    rewrite (md, html, json) · clean (md, json) · audit (table, json) of the input
    check of the md rewrite against its input

Usage:
    python dev/snapshot.py out/before            # before the change
    python dev/snapshot.py out/after --diff out/before

Inputs: /work/shared/samples/*.txt (when present), examples/*, tests/data/samples/*,
tests/cleaning/cases/*, tests/engines/llm/data/*.source.txt, dev/yoast_corpus*/*.md. No output holds a
timing (the extractive engine reports usage null and the JSON has no seconds field), so nothing is
normalised: the diff is byte for byte.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_SAMPLES = Path("/work/shared/samples")


def inputs() -> list[Path]:
    found = sorted(SHARED_SAMPLES.glob("*.txt")) if SHARED_SAMPLES.is_dir() else []
    found += sorted((ROOT / "examples").iterdir())
    found += sorted((ROOT / "tests" / "data" / "samples").glob("*.txt"))
    found += sorted((ROOT / "tests" / "cleaning" / "cases").glob("*.txt"))
    found += sorted((ROOT / "tests" / "engines" / "llm" / "data").glob("*.source.txt"))
    found += sorted((ROOT / "dev").glob("yoast_corpus*/*.md"))
    return found


def label(path: Path) -> str:
    try:
        relative = path.relative_to(ROOT)
    except ValueError:
        relative = Path("shared") / path.relative_to(SHARED_SAMPLES)
    return str(relative).replace("/", "__")


def snapshot(folder: Path) -> int:
    from typer.testing import CliRunner

    from redac.cli import app

    os.environ["COLUMNS"] = "120"  # rich tables: the same width whatever the terminal
    runner = CliRunner()
    folder.mkdir(parents=True, exist_ok=True)
    articles = Path(tempfile.gettempdir()) / "redac-snapshot"  # one path in every snapshot: `check` prints it
    articles.mkdir(exist_ok=True)
    count = 0

    def run(name: str, args: list[str]) -> None:
        nonlocal count
        result = runner.invoke(app, args)
        text = f"exit {result.exit_code}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
        (folder / name).write_text(text, encoding="utf-8")
        count += 1

    for path in inputs():
        stem = label(path)
        for fmt in ("md", "html", "json"):
            run(f"{stem}.rewrite.{fmt}", ["rewrite", str(path), "--engine", "extractive", "-f", fmt])
        for fmt in ("md", "json"):
            run(f"{stem}.clean.{fmt}", ["clean", str(path), "-f", fmt])
        for fmt in ("table", "json"):
            run(f"{stem}.audit.{fmt}", ["audit", str(path), "-f", fmt])
        rewritten = articles / f"{stem}.md"
        result = runner.invoke(app, ["rewrite", str(path), "--engine", "extractive", "-q", "-o", str(rewritten)])
        if result.exit_code == 0 and rewritten.exists():
            for fmt in ("table", "json"):
                run(f"{stem}.check.{fmt}", ["check", str(rewritten), "--source", str(path), "-f", fmt])
    return count


def diff(after: Path, before: Path) -> int:
    names = sorted({p.name for p in after.iterdir()} | {p.name for p in before.iterdir()})
    different = 0
    for name in names:
        old, new = before / name, after / name
        if not old.exists() or not new.exists():
            print(f"only in {'after' if new.exists() else 'before'}: {name}")
            different += 1
            continue
        a, b = old.read_text(encoding="utf-8"), new.read_text(encoding="utf-8")
        if a != b:
            different += 1
            sys.stdout.writelines(difflib.unified_diff(a.splitlines(True), b.splitlines(True), f"before/{name}", f"after/{name}", n=1))
    print(f"{len(names)} files compared, {different} different")
    return different


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--diff", type=Path, metavar="BEFORE", help="compare with an earlier snapshot")
    args = parser.parse_args()
    count = snapshot(args.folder)
    print(f"{count} outputs written to {args.folder}", file=sys.stderr)
    if args.diff:
        sys.exit(1 if diff(args.folder, args.diff) else 0)


if __name__ == "__main__":
    main()
