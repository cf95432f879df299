"""Write dev/yoast_corpus/: French articles with varied length, structure and keyphrases.

Built from the cleaned sample articles (tests/data/samples) in several shapes, plus hand-written
texts in dev/yoast_corpus_handwritten/. Deterministic; rerun after changing the shapes.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

import redac  # noqa: E402
from redac.analysis.keyphrase import keyphrase_candidates  # noqa: E402
from redac.french.sentences import split_sentences  # noqa: E402
from redac.french.text import fold  # noqa: E402
from redac.french.words import count_words  # noqa: E402

OUT = HERE / "yoast_corpus"


def front_matter(title: str, description: str, slug: str, keyphrase: str, url: str = "") -> str:
    import yaml

    meta = {"title": title, "meta_description": description, "slug": slug, "keyphrase": keyphrase}
    if url:
        meta["url"] = url
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000) + "---\n"


def slugify(text: str) -> str:
    return "-".join(word for word in "".join(ch if ch.isalnum() else " " for ch in fold(text)).split())


def describe(paragraphs: list[str], limit: int) -> str:
    text = " ".join(split_sentences(paragraphs[0])[:2]).replace('"', "'")
    return text[:limit].rsplit(" ", 1)[0] + "." if len(text) > limit else text


def with_headings(paragraphs: list[str], every: int, keyphrase: str, share: int) -> list[str]:
    """Markdown blocks with an H2 before every `every` paragraphs; every `share`-th H2 holds the keyphrase."""
    blocks, count = [], 0
    for i, paragraph in enumerate(paragraphs):
        if i and i % every == 0:
            count += 1
            words = split_sentences(paragraph)[0].split()[:5]
            heading = " ".join(words).rstrip(",.;:")
            if share and count % share == 0:
                heading = f"{keyphrase.capitalize()} : {heading[0].lower()}{heading[1:]}"
            blocks.append(f"## {heading}")
        blocks.append(paragraph)
    return blocks


def write(name: str, header: str, title: str, blocks: list[str]) -> None:
    (OUT / f"{name}.md").write_text(header + f"\n# {title}\n\n" + "\n\n".join(blocks) + "\n", encoding="utf-8")


def main() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir()
    for index, path in enumerate(sorted((ROOT / "tests/data/samples").glob("*.txt"))):
        result = redac.clean(path)
        paragraphs = [block.text for block in result.document.blocks if block.kind != "heading"]
        title = result.document.title or split_sentences(paragraphs[0])[0][:70]
        candidates = keyphrase_candidates(title, paragraphs, limit=8)
        single = next(c.text for c in candidates if " " not in c.text)
        double = next((c.text for c in candidates if " " in c.text), candidates[1].text)
        # A: the whole article, no subheading, one-word keyphrase, description ~150 chars.
        write(f"s{index}a-full", front_matter(f"{single.capitalize()} : {title}"[:75], describe(paragraphs, 150), slugify(single + " " + title)[:60], single), title, paragraphs)
        # B: headings every 3 paragraphs, image, links, two-word keyphrase at the title's start.
        blocks = with_headings(paragraphs, 3, double, 2)
        blocks.insert(1, f"![{double} en image](https://example.fr/images/{index}.jpg)")
        blocks.append(f"Lire aussi [notre dossier](https://example.fr/dossier) et [la source](https://www.reuters.com/world/{index}).")
        write(f"s{index}b-structured", front_matter(f"{double.capitalize()} : le point complet", describe(paragraphs, 140), slugify(double), double, f"https://example.fr/{slugify(double)}"), title, blocks)
        # C: a short excerpt, keyphrase absent from the text, description too long.
        excerpt, words = [], 0
        for paragraph in paragraphs:
            if words > 120:
                break
            excerpt.append(paragraph)
            words += count_words(paragraph)
        write(f"s{index}c-excerpt", front_matter(title, describe(paragraphs, 400), slugify(title)[:50], "marché immobilier"), title, excerpt)
        if index < 2:
            # D: a medium excerpt, headings every 2 paragraphs, keyphrase in another word form.
            plural = double.split()[0] + ("s" if not double.split()[0].endswith("s") else "")
            keyphrase = " ".join([plural, *double.split()[1:]])
            write(f"s{index}d-forms", front_matter(f"{keyphrase.capitalize()} et {title}"[:80], describe(paragraphs, 130), slugify(keyphrase), keyphrase), title, with_headings(paragraphs[:6], 2, double, 1))
    for path in sorted((HERE / "yoast_corpus_handwritten").glob("*.md")):
        shutil.copy(path, OUT / path.name)
    print(f"{len(list(OUT.glob('*.md')))} articles in {OUT}")


if __name__ == "__main__":
    main()
