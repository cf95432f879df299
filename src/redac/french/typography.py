"""French typography research: where a text departs from the rules redac's outputs follow.

Rules: « » quotation marks with a no-break space inside, a no-break space (U+00A0 or the narrow
U+202F) before ; : ! ? and », the typographic apostrophe ’. Each finding is a (rule, excerpt) pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NBSP = "\u00a0\u202f"
RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("straight_quotes", re.compile(r'"[^"\n]{1,300}"'), "guillemets « » attendus au lieu de \" \""),
    ("english_quotes", re.compile(r"“[^”\n]{1,300}”"), "guillemets « » attendus au lieu de “ ”"),
    ("space_before_double_punctuation", re.compile(rf"[^\s{NBSP}\d]([;:!?]|»)(?=[\s\W]|$)"), "espace insécable attendue avant ; : ! ? »"),
    ("ordinary_space_before_punctuation", re.compile(r"\w ([;:!?»])"), "espace insécable (et non espace simple) avant ; : ! ? »"),
    ("space_after_opening_guillemet", re.compile(rf"«(?![{NBSP}])"), "espace insécable attendue après «"),
    ("straight_apostrophe", re.compile(r"[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]"), "apostrophe typographique ’ attendue"),
)
URL_RE = re.compile(r"https?://\S+|www\.\S+|\b\d{1,2}:\d{2}\b")
# A character each rule's match holds: a text without any is not scanned (most sentences, for most rules)
RULE_MARKS = {"straight_quotes": '"', "english_quotes": "“", "space_before_double_punctuation": ";:!?»",
              "ordinary_space_before_punctuation": ";:!?»", "space_after_opening_guillemet": "«", "straight_apostrophe": "'"}


def _may_hold_url(text: str) -> bool:
    """Whether URL_RE may match: each of its forms holds « : » or « www. »."""
    return ":" in text or "www." in text


@dataclass(frozen=True, slots=True)
class TypographyIssue:
    rule: str
    message: str
    excerpt: str


def typography_issues(text: str) -> list[TypographyIssue]:
    """Departures from French typography in running text (URLs and clock times ignored)."""
    text = URL_RE.sub(" ", text) if _may_hold_url(text) else text
    issues = []
    for rule, pattern, message in RULES:
        for match in pattern.finditer(text) if any(mark in text for mark in RULE_MARKS[rule]) else ():
            start = max(0, match.start() - 15)
            issues.append(TypographyIssue(rule, message, text[start : match.end() + 15].strip()))
    return issues


NARROW_NBSP = "\u202f"
QUOTE_PAIR_RES = (re.compile(r'"([^"\n]{1,300})"'), re.compile(r"“([^”\n]{1,300})”"))
QUOTE_MARKS = ('"', "“")
OPENING_GUILLEMET_RE = re.compile(rf"«[\s{NBSP}]*")
CLOSING_GUILLEMET_RE = re.compile(rf"[\s{NBSP}]*»")
# « ; ! ? » after any word or figure (« en 2012 ? »); « : » after a figure only when spaced (« 1h23 : »),
# since « 10:30 » is a time
BEFORE_PUNCTUATION_RE = re.compile(rf"(?<=[^\s{NBSP}!?])[ ]?([;!?])(?=[\s\W]|$)|(?<=[^\s{NBSP}\d]) ?(:)(?=\s|$)|(?<=\d) (:)(?=\s|$)")
APOSTROPHE_RE = re.compile(r"(?<=[A-Za-zÀ-ÿ])'(?=[A-Za-zÀ-ÿ])")


def typeset(text: str) -> str:
    """Apply the rules above: the same words and quotes, in French typography (URLs and times kept)."""
    protected: list[str] = []

    def protect(match: re.Match[str]) -> str:
        protected.append(match.group(0))
        return f"\x00{len(protected) - 1}\x00"

    # each pattern runs only on a text holding the character its matches hold (most sentences: few of them)
    text = URL_RE.sub(protect, text) if _may_hold_url(text) else text
    text = APOSTROPHE_RE.sub("’", text) if "'" in text else text
    for pattern, mark in zip(QUOTE_PAIR_RES, QUOTE_MARKS, strict=True):
        text = pattern.sub(lambda m: f"«{m.group(1).strip()}»", text) if mark in text else text
    text = OPENING_GUILLEMET_RE.sub(f"«{NARROW_NBSP}", text) if "«" in text else text
    text = CLOSING_GUILLEMET_RE.sub(f"{NARROW_NBSP}»", text) if "»" in text else text
    if any(mark in text for mark in ";!?:"):
        text = BEFORE_PUNCTUATION_RE.sub(lambda m: f"{NARROW_NBSP}{m.group(1)}" if m.group(1) else "\u00a0:", text)
    return re.sub(r"\x00(\d+)\x00", lambda m: protected[int(m.group(1))], text) if "\x00" in text else text


LINE_JOINT = "\x01"  # never in text: typeset keeps it where it stands


def typeset_lines(lines: list[str]) -> list[str]:
    """`typeset` on the sentences of one paragraph at once, so that a quotation running over two
    sentences (« Il a déclaré : "26 pays ont accepté. Je pense que…" ») gets its guillemets too:
    each sentence alone holds one straight quote, which pairs with nothing."""
    joined = typeset(LINE_JOINT.join(lines))
    parts = joined.split(LINE_JOINT)
    return parts if len(parts) == len(lines) else [typeset(line) for line in lines]


QUOTE_MARK_RE = re.compile("[«“»”\"]")


def inside_quotations(sentences: list[str]) -> list[bool]:
    """For the consecutive sentences of one paragraph, whether each starts or ends inside a quotation
    that spans sentences (« … Les résultats sont simples : dans les jours à venir … »). Such a sentence
    is part of a quotation: it is never cut nor shortened, since that would change what was said."""
    inside, flags = False, []
    for sentence in sentences:
        starts_inside = inside
        for char in QUOTE_MARK_RE.findall(sentence):  # the marks alone, in order: no other character moves `inside`
            if char in "«“" or (char == '"' and not inside):
                inside = True
            elif char in "»”" or (char == '"' and inside):
                inside = False
        flags.append(starts_inside or inside)
    return flags


def quotes_closed(text: str) -> bool:
    """No quotation left open in `text`: a cut that leaves one would misquote."""
    return text.count("«") == text.count("»") and text.count("“") == text.count("”") and text.count('"') % 2 == 0


def balanced(text: str) -> bool:
    """No quotation or bracket left open in `text`."""
    return quotes_closed(text) and text.count("(") == text.count(")") and text.count("[") == text.count("]")
