"""Bounds on what one input may be, so that hostile or broken files fail at once with one line.

Every bound is far above any real article or export; past it, the input is not an article (a dump, a
generated file, an attack) and work on it would take seconds to minutes or exhaust the stack. These
are the only input limits. They bound what an input may be, not what an article should be (that is
`Limits` in limits.py); they are named constants so that `Limits` can take them over as they are.
"""

from __future__ import annotations

import re
from array import array
from functools import cache
from itertools import accumulate

from redac.errors import InputError

MAX_INPUT_BYTES = 16 * 1024 * 1024  # one input; a larger one is an export to split
MAX_DOCUMENT_CHARS = 500_000  # text of one document (~80,000 words, 50x the longest long-read)
MAX_LINE_CHARS = 100_000  # one line of a text or Markdown input (a paragraph is a few thousand)
MAX_NESTING = 200  # JSON brackets, HTML and XML elements (real pages stay under 60; lxml stops at 256)
MAX_MARKS_PER_LINE = 1_000  # Markdown syntax marks in one line (its link and table parsers are quadratic)

JSON_STRING_RE = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
JSON_BRACKETS = str.maketrans({"[": "\x01", "{": "\x01", "]": "\xff", "}": "\xff"})
NOT_BRACKET_RE = re.compile(r"[^\[\]{}]+")
MARKS_RE = re.compile(r"[\[\]|*_<>`!\\]")
# An internal DTD subset that declares entities: <!DOCTYPE x [ <!ENTITY a "..."> ]>
INVISIBLE_TAGS = frozenset({"script", "style", "template", "noscript"})
DEEPER_THAN_LIMIT = "boolean(" + "/".join(["*"] * MAX_NESTING) + ")"  # an element below MAX_NESTING levels
ALL_TEXT_CHARS = "string-length(string())"  # every text node of the tree, scripts included
ENTITY_DECLARATION_RE = re.compile(r"<!DOCTYPE[^>\[]*\[[^\]]*?<!ENTITY", re.I)


class OverLimit(InputError):
    """An input (or one record of it) past one of these bounds: never mistaken for "no article text"."""


def check_document_size(text: str, label: str) -> None:
    if len(text) > MAX_DOCUMENT_CHARS:
        raise OverLimit(label, f"{len(text):,} characters of text, over the {MAX_DOCUMENT_CHARS:,} limit for one article; split it")


def check_lines(text: str, label: str) -> None:
    """Text and Markdown: no line past MAX_LINE_CHARS."""
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE_CHARS:
            raise OverLimit(label, f"line {number} is {len(line):,} characters long, over the {MAX_LINE_CHARS:,} limit: not article text")


def check_markdown_marks(text: str, label: str) -> None:
    """Markdown syntax dense enough to make the parser quadratic ("[[[[..." over a whole line)."""
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_MARKS_PER_LINE and len(MARKS_RE.findall(line)) > MAX_MARKS_PER_LINE:
            raise OverLimit(label, f"line {number} holds over {MAX_MARKS_PER_LINE:,} Markdown marks ([ ] | * _ < >): not an article")


def json_depth(text: str) -> int:
    """Deepest bracket nesting of a JSON text (strings aside), in one linear pass at C speed."""
    brackets = NOT_BRACKET_RE.sub("", JSON_STRING_RE.sub("", text))
    if not brackets:
        return 0
    steps = array("b", brackets.translate(JSON_BRACKETS).encode("latin-1"))
    return max(accumulate(steps))


def check_json_depth(text: str, label: str) -> None:
    depth = json_depth(text)
    if depth > MAX_NESTING:
        raise OverLimit(label, f"JSON nested {depth:,} levels deep, over the {MAX_NESTING} limit: not an article export")


def _clearly_within(root) -> bool:
    """No element MAX_NESTING levels below the root (an XPath of MAX_NESTING child steps finds none), and
    every text of the tree, scripts and styles included, within MAX_DOCUMENT_CHARS: an upper bound."""
    deeper, chars = _tree_paths()
    return not deeper(root) and chars(root) <= MAX_DOCUMENT_CHARS


@cache
def _tree_paths():
    """The XPaths `_clearly_within` asks, compiled once: lxml compiles a path given as a string at every call (most of
    the check's time on a page)."""
    from lxml import etree

    return etree.XPath(DEEPER_THAN_LIMIT), etree.XPath(ALL_TEXT_CHARS)


def page_shape(root) -> tuple[int, int]:
    """(deepest element nesting, characters of visible text) of an lxml tree, in one pass, no recursion."""
    from lxml import etree

    depth = deepest = chars = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            deepest = max(deepest, depth)
            if element.tag not in INVISIBLE_TAGS and element.text:
                chars += len(element.text)
        else:
            depth -= 1
            chars += len(element.tail or "")
    return deepest, chars


def check_page(root, label: str, kind: str = "HTML") -> None:
    """Bounds on a parsed page or fragment: nesting depth, then the length of its text. Most pages are
    cleared by two bounds lxml computes in C; only a page over one is walked element by element
    (`page_shape`, 2–3 ms a page in Python) for the figures its error names."""
    if _clearly_within(root):
        return
    depth, chars = page_shape(root)
    if depth > MAX_NESTING:
        more = "+" if depth >= 255 else ""  # lxml stops nesting at 256
        raise OverLimit(label, f"{kind} nested {depth}{more} levels deep, over the {MAX_NESTING} limit: not an article")
    if chars > MAX_DOCUMENT_CHARS:
        raise OverLimit(label, f"{chars:,} characters of text, over the {MAX_DOCUMENT_CHARS:,} limit for one article; split it")


def check_no_entity_declarations(text: str, label: str) -> None:
    """A page or feed whose DTD declares entities is refused: expanding them can blow up (billion laughs)."""
    if ENTITY_DECLARATION_RE.search(text):
        raise OverLimit(label, "declares XML entities (<!ENTITY …>): refused, since expanding them can blow up")
