"""Labelled inputs for cleaning tests, one line per input line.

    # comment                 ignored
    @brief min_words=900 ...  expected brief fields;  @title none;  @author NAME
    T|text   the title            C|text  article paragraph, kept whole
    H|text   kept, as a heading   L|text  kept, as a list item (bullet stripped)
    N|text   noise, dropped       A|text  dropped from the body, kept as attribution
    I|text   editor's instruction, dropped and parsed into the brief
    X+|text  glued to the previous line (no line break in the input)

A blank line is a blank line of the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from redac.french.text import fold
from redac.models import CleanResult

KEPT = {"C": "paragraph", "H": "heading", "L": "list_item"}
DROPPED = {"N", "A", "I"}
BULLET_RE = re.compile(r"^[•·▪\-*–]\s*")


@dataclass
class Case:
    name: str
    input_lines: list[str]
    expected: list[tuple[str, str]]
    directives: dict[str, str] = field(default_factory=dict)

    @property
    def input_text(self) -> str:
        return "\n".join(self.input_lines) + "\n"


def read_case(path: Path) -> Case:
    case = Case(path.stem, [], [])
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("#"):
            continue
        if raw.startswith("@"):
            key, _, value = raw[1:].partition(" ")
            case.directives[key] = value.strip()
        elif not raw.strip():
            case.input_lines.append("")
        else:
            label, _, payload = raw.partition("|")
            if label.endswith("+"):
                case.input_lines[-1] += payload
            else:
                case.input_lines.append(payload)
            case.expected.append((label.rstrip("+"), payload.strip()))
    while case.input_lines and not case.input_lines[-1]:
        case.input_lines.pop()
    return case


def _key(text: str) -> str:
    return fold(text).strip(" :-–—")


def check(case: Case, result: CleanResult) -> None:
    """Both directions: every expected article line is kept whole (and nothing else is), every noise,
    attribution and instruction line is gone from the body and reported with a reason."""
    document = result.document
    kept = [(block.text, block.kind) for block in document.blocks]
    expected_kept = [(BULLET_RE.sub("", text), KEPT[label]) for label, text in case.expected if label in KEPT]
    missing = [item for item in expected_kept if item not in kept]
    assert not missing, f"{case.name}: article lines lost or mistyped: {missing}"
    extra = [item for item in kept if item not in expected_kept]
    assert not extra, f"{case.name}: lines kept that are not article text: {extra}"

    removed_keys = {_key(removal.text) for removal in result.removed}
    for label, text in case.expected:
        if label in DROPPED:
            assert _key(text) in removed_keys, f"{case.name}: {label} line not reported as removed: {text!r}"
            assert all(_key(text) != _key(body) for body, _ in kept), f"{case.name}: {text!r} left in body"
        if label == "A":
            attributed = [" ".join(a.split()) for a in document.meta.attribution]
            assert " ".join(text.split()) in attributed, f"{case.name}: {text!r} not attributed"
    for removal in result.removed:
        assert removal.reason, f"{case.name}: removal without a reason: {removal}"

    titles = [text for label, text in case.expected if label == "T"]
    assert document.title == (titles[0] if titles else None), f"{case.name}: title {document.title!r}"
    if "author" in case.directives:
        assert document.meta.author == case.directives["author"]
    if "brief" in case.directives:
        for pair in case.directives["brief"].split():
            name, _, value = pair.partition("=")
            actual = getattr(result.brief, name)
            assert str(actual).lower() == value.lower(), f"{case.name}: brief.{name} = {actual!r}, expected {value}"
