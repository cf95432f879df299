"""Save one page excerpt from the `search` tool's `pages` corpus into the ignored texts folder.

Usage: python dev/articles/save.py ID URL QUERY SPLIT < text   (SPLIT: tune, measure, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18 or fresh19)
The text is the excerpt as the tool returned it (its leading " date YYYY-MM" or " date YYYY-MM-DD"
annotation, which the corpus adds and the page does not hold, is dropped). The manifest row (id, url,
query, sha256 of the saved text, split) is appended to dev/articles/manifest.tsv; the text itself stays out of git.
"""

import hashlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    ident, url, query, split = sys.argv[1:5]
    text = sys.stdin.read()
    text = re.sub(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s*", "", text).strip() + "\n"
    (HERE / "texts").mkdir(exist_ok=True)
    (HERE / "texts" / f"{ident}.txt").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    manifest = HERE / "manifest.tsv"
    rows = [line for line in manifest.read_text(encoding="utf-8").splitlines() if line] if manifest.exists() else ["id\turl\tquery\tsha256\tsplit"]
    rows = [row for row in rows if not row.startswith(ident + "\t")]
    rows.append(f"{ident}\t{url}\t{query}\t{digest}\t{split}")
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
