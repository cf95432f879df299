"""Corruptions planted in the rewrites of the samples are each caught by `redac check` and located;
the untouched rewrites raise no false alarm."""

import re

import pytest

import redac
from redac.french.facts import extract_facts
from redac.french.text import fold

SAMPLES = ["000", "001", "002", "003", "004"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def body_lines(markdown: str) -> list[int]:
    """Indexes of prose lines (paragraphs and list items) after the front matter and the H1."""
    lines = markdown.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("# "))
    return [i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(("#", "**"))]


def corrupt(markdown: str, source: str, kind: str):
    """(corrupted markdown, 1-based line number, corrupted text) or None when the sample has no target."""
    lines = markdown.split("\n")
    source_folded = fold(source)
    for index in body_lines(markdown):
        line = lines[index]
        changed = _corrupt_line(line, source, source_folded, kind, lines, index)
        if changed:
            new_line, planted = changed
            lines[index] = new_line
            return "\n".join(lines), index + 1, planted
    return None


def _corrupt_line(line, source, source_folded, kind, lines, index):
    facts = extract_facts(line)
    if kind == "number":
        for fact in facts:
            if fact.kind == "number" and re.match(r"\d+", fact.text):
                digits = re.match(r"\d+", fact.text).group(0)
                new = str(int(digits) + 7)
                if new not in source:
                    planted = new + fact.text[len(digits):]
                    return line[: fact.start] + planted + line[fact.end :], new
    if kind == "date":
        for fact in facts:
            if fact.kind == "date" and fold(fact.text) in WEEKDAYS:
                other = next((d for d in WEEKDAYS if d not in source_folded), None)
                if other:
                    return line[: fact.start] + other + line[fact.end :], other
            elif fact.kind == "date" and re.match(r"\d+", fact.text):
                digits = re.match(r"\d+", fact.text).group(0)
                new = str(int(digits) % 27 + 1)
                return line[: fact.start] + new + fact.text[len(digits):] + line[fact.end :], new + fact.text[len(digits):]
    if kind in {"swapped_name", "invented_name"}:
        people = [f for f in facts if f.kind == "name" and " " in f.text and f.text[0].isupper() and "«" not in line[: f.start]]
        for fact in people:
            if kind == "invented_name":
                return line[: fact.start] + "Jean-Luc Mélenchon" + line[fact.end :], "Jean-Luc Mélenchon"
            nearby = fold(" ".join(lines[max(0, index - 4) : index + 5]))
            others = [f.text for f in extract_facts(source) if f.kind == "name" and " " in f.text and fold(f.text) not in nearby
                      and fold(f.text.split()[-1]) not in nearby]
            if others:
                return line[: fact.start] + others[0] + line[fact.end :], others[0]
    if kind in {"altered_quote", "paraphrased_quote"}:
        match = re.search(r"«\s*([^«»]{25,}?)\s*»", line)
        if match:
            words = match.group(1).split()
            if kind == "altered_quote":
                longest = max(range(len(words)), key=lambda i: len(words[i]))
                words[longest] = "formidable" if words[longest] != "formidable" else "terrible"
            else:
                half = len(words) // 2
                words = ["selon", "lui,"] + words[half:] + words[:half]
            body = " ".join(words)
            return line[: match.start(1)] + body + line[match.end(1) :], body[:20]
    return None


@pytest.mark.parametrize("name", SAMPLES)
def test_untouched_rewrite_raises_no_alarm(rewrites, name):
    source, _, markdown = rewrites[name]
    report = redac.check(markdown, source=source)
    assert report.unsupported == []
    assert report.check("faithfulness").passed


KINDS = {"number": "number", "date": "date", "swapped_name": "name", "invented_name": "name",
         "altered_quote": "quote", "paraphrased_quote": "quote"}


@pytest.mark.parametrize("kind", list(KINDS))
def test_planted_corruption_is_caught_and_located(rewrites, kind):
    planted_in = 0
    for name in SAMPLES:
        source, _, markdown = rewrites[name]
        corrupted = corrupt(markdown, source, kind)
        if corrupted is None:
            continue
        text, line_number, planted = corrupted
        planted_in += 1
        report = redac.check(text, source=source)
        hits = [item for item in report.unsupported if item.kind == KINDS[kind] and fold(planted[:12]) in fold(item.text + " " + item.sentence)]
        assert hits, f"{name}: {kind} {planted!r} not caught: {report.unsupported}"
        assert any(item.where == f"ligne {line_number}" for item in hits), [(h.where, line_number) for h in hits]
        assert not report.check("faithfulness").passed
    assert planted_in >= 2, f"{kind}: fewer than two samples to plant it in"
