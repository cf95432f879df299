"""Rebuild the third-party HTML pages listed in manifest.json into third_party/ (git-ignored).

    .venv/bin/python bench/html_pages/fetch.py [--pin]

Each page is downloaded from raw.githubusercontent.com at its pinned commit; its sha256 must match the
manifest's, and `--pin` records it where the manifest has none yet (the first fetch). Needs the network;
the tests never run it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"
TARGET = HERE / "third_party"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pin", action="store_true", help="record the sha256 of pages the manifest does not pin yet")
    args = parser.parse_args()
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    TARGET.mkdir(exist_ok=True)
    failed = 0
    for page in manifest["pages"]:
        url = f"https://raw.githubusercontent.com/{page['repo']}/{page['commit']}/{page['path']}"
        try:
            response = httpx.get(url, timeout=30, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPError as error:
            print(f"{page['name']}: cannot fetch ({error})", file=sys.stderr)
            failed += 1
            continue
        digest = hashlib.sha256(response.content).hexdigest()
        if page["sha256"] is None and args.pin:
            page["sha256"] = digest
        if page["sha256"] != digest:
            print(f"{page['name']}: sha256 {digest} differs from the manifest's {page['sha256']}", file=sys.stderr)
            failed += 1
            continue
        (TARGET / page["name"]).write_bytes(response.content)
        print(f"{page['name']}: ok")
    if args.pin:
        MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
