"""Rebuild the third-party HTML pages listed in manifest.json into third_party/ (git-ignored).

    .venv/bin/python bench/html_pages/fetch.py [--pin]

Each page is downloaded from raw.githubusercontent.com at its pinned commit, or, where the manifest names
an `sdist`, taken from that project's source distribution on PyPI (htmldate 1.4.0 ships its test pages,
so a machine that reaches only the package registry can rebuild them). Its sha256 must match the
manifest's, and `--pin` records it where the manifest has none yet (the first fetch). Needs the network;
the tests never run it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from functools import cache
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"
TARGET = HERE / "third_party"


@cache
def sdist_folder(requirement: str) -> Path:
    """Download and unpack one source distribution from PyPI, once per run."""
    folder = Path(tempfile.mkdtemp(prefix="redac-sdist-"))
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    requirement, "-d", str(folder)], check=True)
    (archive,) = folder.glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    (unpacked,) = (path for path in folder.iterdir() if path.is_dir())
    return unpacked


def page_bytes(page: dict) -> bytes:
    if page.get("sdist"):
        return (sdist_folder(page["sdist"]) / page["path"]).read_bytes()
    url = f"https://raw.githubusercontent.com/{page['repo']}/{page['commit']}/{page['path']}"
    response = httpx.get(url, timeout=30, follow_redirects=True)
    response.raise_for_status()
    return response.content


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pin", action="store_true", help="record the sha256 of pages the manifest does not pin yet")
    args = parser.parse_args()
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    TARGET.mkdir(exist_ok=True)
    failed = 0
    for page in manifest["pages"]:
        try:
            content = page_bytes(page)
        except (httpx.HTTPError, subprocess.CalledProcessError, OSError) as error:
            print(f"{page['name']}: cannot fetch ({error})", file=sys.stderr)
            failed += 1
            continue
        digest = hashlib.sha256(content).hexdigest()
        if page["sha256"] is None and args.pin:
            page["sha256"] = digest
        if page["sha256"] != digest:
            print(f"{page['name']}: sha256 {digest} differs from the manifest's {page['sha256']}", file=sys.stderr)
            failed += 1
            continue
        (TARGET / page["name"]).write_bytes(content)
        print(f"{page['name']}: ok")
    if args.pin:
        MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
