"""What an editor sees first in an offline rewrite, per article, and the counts issue 16 asks for.

For each input: the source title, redac's keyphrase, title, headings, FAQ questions, words and
failed checks; then per set the counts: lone-common-noun / fragment keyphrases, titles equal to,
a prefix of, or a near-copy of the source title, headings cut in half or glued with « et », failed
fact checks on redac's own output, sentences repeated verbatim.

Sets: `samples` (/work/shared/samples + examples/), `tune` and `measure` (dev/articles, see its
README; look only at the counts of `measure` while tuning: `--counts-only`), `fresh` (a second held-out
set, labelled in dev/articles/fresh_labels.tsv before its output was read), `fresh2` (a blind set, g01–g14,
labelled in dev/articles/fresh2_labels.tsv by a session that never saw redac's output on it), `fresh3`
(a second blind set, h01–h19, labelled the same way in dev/articles/fresh3_labels.tsv).

Usage: python dev/article_quality.py [samples|tune|measure|fresh|fresh2|fresh3|all] [--counts-only]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

import redac  # noqa: E402
from redac.french.lemmas import is_known_word, lemma  # noqa: E402
from redac.french.text import fold  # noqa: E402
from redac.french.tokens import tokens  # noqa: E402
from redac.french.wordlists import function_words  # noqa: E402

NEAR_COPY = 0.6  # share of the title's content words in one unbroken run of the source title


def inputs(which: str) -> list[Path]:
    if which == "samples":
        samples = ROOT.parent.parent / "shared" / "samples"
        return sorted(samples.glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
    manifest = (HERE / "articles" / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]
    rows = [line.split("\t") for line in manifest if line]
    return [HERE / "articles" / "texts" / f"{row[0]}.txt" for row in rows if row[4] == which]


def content(text: str) -> list[str]:
    return [lemma(t) for t in tokens(text) if fold(t) not in function_words() and not t.isdigit()]


def keyphrase_flaw(keyphrase: str, source: str) -> str:
    """'lone' (one common word), 'fragment' (a word the source never writes alone), or ''."""
    words = tokens(keyphrase)
    source_words = {fold(t) for t in re.findall(r"[^\W_]+", source)} | {fold(t) for t in tokens(source)}
    if not words:
        return "empty"
    if any(fold(w) not in source_words for w in words):
        return "fragment"
    meaningful = [w for w in words if fold(w) not in function_words()]
    if len(meaningful) == 1 and meaningful[0].islower() and is_known_word(meaningful[0]):
        return "lone"
    return ""


def title_copy(title: str, source_title: str | None) -> str:
    """'equal', 'prefix' (one starts the other, keyphrase prefix aside), 'near-copy', or ''."""
    if not source_title:
        return ""
    a, b = fold(title), fold(source_title)
    if a == b:
        return "equal"
    rest = a.split(" : ", 1)[1] if " : " in a else a
    if b.startswith(rest) or rest.startswith(b) or b.startswith(a):
        return "prefix"
    t, s = content(title), content(source_title)
    if not t:
        return ""
    best = 0
    for i in range(len(t)):
        for j in range(len(s)):
            k = 0
            while i + k < len(t) and j + k < len(s) and t[i + k] == s[j + k]:
                k += 1
            best = max(best, k)
    return "near-copy" if best / len(t) >= NEAR_COPY and best >= 3 else ""


def heading_flaw(heading: str, source: str) -> str:
    """'cut' when the heading ends on a function word or stops inside a name; 'glued' for 'X et Y'
    the source never writes; ''."""
    words = tokens(heading)
    if not words:
        return "cut"
    if fold(words[-1]) in function_words() and fold(words[-1]) not in {"lui", "eux", "elle"}:
        return "cut"
    last = words[-1]
    if last[:1].isupper():
        if re.search(rf"\b{re.escape(last)}\s+[A-ZÀ-Þ][\w-]+", source):
            return "cut"
    first = words[0]
    body = heading.split(" : ", 1)[-1]
    if " et " in body and fold(body) not in fold(source):
        return "glued"
    if first[:1].isupper() and re.search(rf"[A-ZÀ-Þ][\w-]+\s+{re.escape(first)}\b", source) and not re.search(rf"(?:^|[.!?]\s+){re.escape(first)}\b", source):
        return "cut"
    return ""


def repeated_lines(article) -> int:
    seen = Counter(line.text for block in article.blocks if block.kind != "heading" for line in block.lines)
    return sum(count - 1 for count in seen.values() if count > 1)


def run(paths: list[Path], counts_only: bool) -> Counter:
    counts: Counter = Counter()
    for path in paths:
        result = redac.rewrite(path)
        article, report = result.article, result.report
        source = "\n".join([result.source.document.title or "", *(b.text for b in result.source.document.blocks)])
        source_title = result.source.document.title
        k_flaw = keyphrase_flaw(article.keyphrase, source)
        t_flaw = title_copy(article.title, source_title)
        headings = [b.text for b in article.blocks if b.kind == "heading" and b.role == "body"]
        h_flaws = [(h, heading_flaw(h, source)) for h in headings]
        questions = [b.text for b in article.blocks if b.kind == "question"]
        repeats = repeated_lines(article)
        failed = [c.id for c in report.failed]
        counts["articles"] += 1
        counts[f"keyphrase {k_flaw}"] += bool(k_flaw)
        counts[f"title {t_flaw}"] += bool(t_flaw)
        counts["headings"] += len(headings)
        counts["headings cut"] += sum(f == "cut" for _, f in h_flaws)
        counts["headings glued"] += sum(f == "glued" for _, f in h_flaws)
        counts["generic FAQ questions"] += sum("que faut-il savoir" in q for q in questions)
        counts["failed fact checks"] += "faithfulness" in failed
        counts["articles with verbatim repeats"] += bool(repeats)
        counts["readability < 90 (redac)"] += report.audit.readability_score < 90
        if counts_only:
            continue
        print(f"== {path.name}  [{report.words} words; failed: {','.join(failed) or '-'}]")
        print(f"   source title: {source_title}")
        print(f"   keyphrase:    {article.keyphrase}" + (f"   <-- {k_flaw}" if k_flaw else ""))
        print(f"   title:        {article.title}" + (f"   <-- {t_flaw}" if t_flaw else ""))
        for heading, flaw in h_flaws:
            print(f"   H2: {heading}" + (f"   <-- {flaw}" if flaw else ""))
        for question in questions:
            print(f"   Q:  {question}")
        if repeats:
            print(f"   verbatim repeats: {repeats}")
    return counts


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    which = args[0] if args else "samples"
    counts_only = "--counts-only" in sys.argv
    sets = ["samples", "tune", "measure"] if which == "all" else [which]
    for name in sets:
        counts = run(inputs(name), counts_only or name == "measure" and "--show-measure" not in sys.argv)
        print(f"## {name}: " + ", ".join(f"{key}={value}" for key, value in sorted(counts.items()) if value or key == "articles"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
