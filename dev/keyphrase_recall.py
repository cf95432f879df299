"""Is the story's subject among the keyphrase candidates at all? Where a better ranking could take the keyphrase.

    python dev/keyphrase_recall.py [fresh fresh2 … fresh11]   (default: every fresh set whose texts are rebuilt)

For each page of the fresh sets (dev/articles, labelled with the story's subject by hand before any output was
read), the page is cleaned and analysed as `redac rewrite` does, and `keyphrase_candidates` lists up to 30
candidates, best first; a lone common noun (« grippe ») is left out where any other is found, as the planner
does (the issue counts it a flaw, and it would name a subject « in full » too cheaply). Printed per set: the
rank of the first candidate that names the subject in full (`names_story` of dev/article_quality.py), as
recall at 1, 3, 10 and 30. A subject missing from the 30 candidates is a matter of candidate generation; one
among them but not first is a matter of ranking (`plan.focus.focus_keyphrase` scores more than the candidates'
order, so recall at 1 is only a guide).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from article_quality import inputs, labelled_pages, names_story

from redac.analysis.keyphrase import is_lone_common_word, keyphrase_candidates

SETS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11")
CUTS = (1, 3, 10, 30)


def first_full_rank(candidates: list[str], subject: str) -> int | None:
    """1-based rank of the first candidate whose every content word is in the subject."""
    return next((rank for rank, text in enumerate(candidates, 1) if names_story(text, subject) == "full"), None)


def measure(which: str) -> Counter:
    counts: Counter = Counter()
    for _, subject, document, analysis in labelled_pages(which):
        paragraphs = [p.text for p in analysis.paragraphs]
        headings = [h.text for h in analysis.headings]
        found = [c.text for c in keyphrase_candidates(document.title or "", paragraphs, headings, limit=30)]
        candidates = [text for text in found if not is_lone_common_word(text)] or found  # as focus_keyphrase does
        rank = first_full_rank(candidates, subject)
        counts["pages"] += 1
        for cut in CUTS:
            counts[f"@{cut}"] += rank is not None and rank <= cut
    return counts


def main() -> int:
    sets = sys.argv[1:] or [s for s in SETS if inputs(s)]
    total: Counter = Counter()
    print(f"{'set':<9} {'pages':>5} " + " ".join(f"{'full@' + str(cut):>8}" for cut in CUTS))
    for which in sets:
        counts = measure(which)
        total.update(counts)
        print(f"{which:<9} {counts['pages']:>5} " + " ".join(f"{counts[f'@{cut}']:>8}" for cut in CUTS))
    print(f"{'all':<9} {total['pages']:>5} " + " ".join(f"{total[f'@{cut}']:>8}" for cut in CUTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
