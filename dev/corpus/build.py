"""Turn the labelled transcripts (dev/corpus/texts/raw/*.txt, ignored: third-party text) into
the committed labels and manifest, and the ignored plain texts the bench reads.

    python dev/corpus/build.py

Transcript format: `@q QUERY` sets the search query of the documents that follow; `@part PART` puts them in
that part whatever their site's hash (a labelling round's own held-out part, or tune); `=== ID RANK RUBRIC URL`
opens a document; then one line per line of the excerpt, `CODE|text` (codes in LABELLING.md), or a blank
line. Writes dev/corpus/texts/ID.txt (ignored), dev/corpus/labels.jsonl and dev/corpus/manifest.jsonl.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).parent
RAW = HERE / "texts" / "raw"
TEXTS = HERE / "texts"

FAMILIES = {
    "R": "related_headlines", "P": "paywall", "L": "live_label", "V": "video_player", "S": "navigation",
    "C": "comments", "X": "print_share", "A": "author", "U": "site_rubric", "G": "credit", "O": "caption",
    "E": "teaser", "D": "date_stamp", "M": "ads", "Q": "cookie", "Z": "other",
}
KEEP = {"K", "T"}
PARTS = ("tune", "measure", "fresh", "fresh2", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8",
         "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15")
MEASURE_SHARE = 0.4
FRESH_FROM = "d124"  # documents labelled by the second session: their measure sites form the `fresh` part
# Blind rounds, each labelled by a session that never read the cleaner, new sites only from `blind2` on: the part
# and its first document id (ids compare as strings: e001 sorts after every d…, f001 after every e…, g001 after every f…,
# h001 after every g…, i001 after every h…, j001 after every i…, k001 after every j…, l001 after every k…).
BLIND_PARTS = (
    ("blind", "d301"), ("blind2", "d401"), ("blind3", "d501"), ("blind4", "d601"), ("blind5", "d701"), ("blind6", "d801"),
    ("blind7", "d901"), ("blind8", "e001"), ("blind9", "f001"),
    ("blind10", "g001"), ("blind11", "h001"), ("blind12", "i001"), ("blind13", "j001"),
    ("blind14", "k001"), ("blind15", "l001"),
)


def normalise(line: str) -> str:
    return " ".join(line.split())


def line_hash(line: str) -> str:
    return hashlib.sha256(normalise(line).encode("utf-8")).hexdigest()


def site_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    host = re.sub(r"^(?:www[\w-]*|m|mobile|amp|information|app\.placement|www\.staging)\.", "", host)
    return host


def split_of(site: str) -> str:
    """By site, never by document: the same site never sits in both parts."""
    bucket = int(hashlib.sha256(site.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "measure" if bucket < MEASURE_SHARE else "tune"


def part_of(doc_id: str, site: str, old_sites: set[str]) -> str:
    """`tune` or `measure` by site; a new site of the second labelling round whose hash says `measure`
    goes to `fresh`: a second held-out part, labelled before any output on it was looked at. Documents of
    each later round form the blind part `BLIND_PARTS` names from its first id on: labelled by a session that never
    read the cleaner."""
    blind = next((part for part, first in reversed(BLIND_PARTS) if doc_id >= first), None)
    if blind is not None:
        return blind
    split = split_of(site)
    if split == "measure" and doc_id >= FRESH_FROM and site not in old_sites:
        return "fresh"
    return split


def parse(path: Path):
    query, doc, part = None, None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("@q "):
            query = raw[3:].strip()
        elif raw.startswith("@part "):
            part = raw[6:].strip()
        elif raw.startswith("=== "):
            if doc:
                yield doc
            doc_id, rank, rubric, url = raw[4:].split(" ", 3)
            doc = {"id": doc_id, "url": url.strip(), "query": query, "rank": int(rank), "rubric": rubric, "part": part, "lines": []}
        elif doc is not None:
            code, sep, text = raw.partition("|")
            if not sep:
                if raw.strip():
                    raise ValueError(f"{path.name}: {doc['id']}: unlabelled line {raw!r}")
                doc["lines"].append((None, raw))
            else:
                if code not in KEEP and code not in FAMILIES:
                    raise ValueError(f"{path.name}: {doc['id']}: unknown code {code!r}")
                doc["lines"].append((code, text))
    if doc:
        yield doc


def committed_rows(name: str, transcribed: set[str], key: str) -> list[dict]:
    """The committed rows of the documents whose transcript is not here: transcripts are ignored, so each
    session holds only its own, and a rebuild keeps the other sessions' rows as they were committed."""
    path = HERE / name
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [row for row in rows if row[key] not in transcribed]


def main() -> int:
    docs = [doc for path in sorted(RAW.glob("*.txt")) for doc in parse(path)]
    ids = [doc["id"] for doc in docs]
    assert len(ids) == len(set(ids)), "duplicate document ids"
    kept_manifest = committed_rows("manifest.jsonl", set(ids), "id")
    kept_labels = committed_rows("labels.jsonl", set(ids), "doc")
    labels, manifest = [], []
    known = [(row["id"], row["site"]) for row in kept_manifest] + [(doc["id"], site_of(doc["url"])) for doc in docs]
    old_sites = {site for doc_id, site in known if doc_id < FRESH_FROM}
    earlier_sites = {site: doc_id for doc_id, site in sorted(known, reverse=True)}
    for doc in docs:
        text = "\n".join(text for _, text in doc["lines"])
        (TEXTS / f"{doc['id']}.txt").write_text(text + "\n", encoding="utf-8")
        site = site_of(doc["url"])
        if doc["part"] == "fresh2" and earlier_sites[site] < doc["id"]:
            raise ValueError(f"{doc['id']}: fresh2 holds new sites only, {site} is already in the corpus")
        for part, first in BLIND_PARTS[1:]:
            if doc["id"] >= first and earlier_sites[site] < first:
                raise ValueError(f"{doc['id']}: {part} holds new sites only, {site} is already in the corpus")
        manifest.append({
            "id": doc["id"], "url": doc["url"], "query": doc["query"], "rank": doc["rank"], "site": site,
            "rubric": doc["rubric"], "split": doc["part"] or part_of(doc["id"], site, old_sites), "sha256": hashlib.sha256(text.encode()).hexdigest(),
        })
        for index, (code, line) in enumerate(doc["lines"]):
            if code is None:
                continue
            labels.append({
                "doc": doc["id"], "url": doc["url"], "query": doc["query"], "line": index,
                "sha256": line_hash(line), "label": "keep" if code in KEEP else "noise",
                "family": FAMILIES.get(code), "is_title": code == "T",
            })
    manifest = sorted(kept_manifest + manifest, key=lambda row: row["id"])
    labels = sorted(kept_labels + labels, key=lambda row: row["doc"])
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in labels)
    with open(HERE / "manifest.jsonl", "w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in manifest)
    sites = {row["site"] for row in manifest}
    noise = sum(row["label"] == "noise" for row in labels)
    parts = {s: sum(row["split"] == s for row in manifest) for s in PARTS}
    print(f"{len(manifest)} docs ({len(docs)} transcribed here), {len(sites)} sites, {len(labels)} lines ({noise} noise); docs per part {parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
