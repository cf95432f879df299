"""Rewrite the shared samples offline and score each article with Yoast's own French analysis.

Dev-only (needs `(cd dev/yoast && npm install)`). Prints one row per sample: words, H2 count, title
width, meta length, faithfulness, redac's failed checks, Yoast's SEO and readability scores and the
readability assessments Yoast rates bad or ok.
Usage: python dev/yoast_rewrites.py [SAMPLES_DIR] [--archive PATH] [--source-url-base URL]
(with an archive, each article links its related earlier articles; with a base URL, each sample is
credited to BASE/<sample name>, as `redac rewrite --source-url` does).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from compare_yoast import run_yoast, yoast_item  # noqa: E402

import redac  # noqa: E402
from redac.attach import AttachOptions, attach_options  # noqa: E402
from redac.pipeline import rewrite_clean  # noqa: E402
from redac.render.article import article_markdown  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("samples", nargs="?", type=Path, default=HERE.parent.parent / "shared" / "samples")
    parser.add_argument("--archive", type=Path, action="append")
    parser.add_argument("--source-url-base")
    args = parser.parse_args()
    paths = sorted(p for p in args.samples.iterdir() if p.is_file())
    index = attach_options(archive=args.archive).related if args.archive else None
    rows, items = [], []
    with tempfile.TemporaryDirectory() as folder:
        for path in paths:
            source_url = f"{args.source_url_base.rstrip('/')}/{path.stem}" if args.source_url_base else None
            options = AttachOptions(source_url=source_url, related=index)
            result = rewrite_clean(redac.clean(path), attachments=options)
            written = Path(folder) / f"{path.stem}.md"
            written.write_text(article_markdown(result.article), encoding="utf-8")
            item, _ = yoast_item(written)
            items.append(item)
            rows.append((path.stem, result))
    yoast, _ = run_yoast(items)
    by_id = {entry["id"]: entry for entry in yoast}
    print(f"{'sample':24} words  H2  title px  meta  facts  failed checks       Yoast SEO  Yoast read.  readability not good")
    for (stem, result), item in zip(rows, items):
        entry = by_id[item["id"]]
        report = result.report
        h2 = report.check("structure").details["h2"]
        weak = [f"{r['id']}={r['rating']}" for r in entry["readability"] if r["rating"] in {"bad", "ok"}]
        failed = ",".join(check.id for check in report.failed) or "-"
        facts = "ok" if not report.unsupported else f"{len(report.unsupported)} bad"
        print(
            f"{stem:24} {report.words:5} {h2:3} {report.check('title').details['width_px']:9} "
            f"{len(result.article.description):5}  {facts:5}  {failed:18} {entry['seo_score']:9}  {entry['readability_score']:11}  {' '.join(weak)}"
        )
        bad_seo = [f"{r['id']}={r['rating']}" for r in entry["seo"] if r["rating"] != "good"]
        print(f"{'':24} SEO not good: {' '.join(bad_seo)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
