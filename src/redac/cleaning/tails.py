"""Article text that the page cut: a last line stopped by the page's end, a sentence broken over two lines.

An excerpt ends where the stored page ends, often mid-word. What is left of the last sentence looks
like a label (a few words, no full stop), and the line model would drop it; these shapes say it is
the article's text. Read from the line's make-up and the line above it, never from a phrase list.
"""

from __future__ import annotations

from redac.cleaning.shape import FUNCTION_WORDS, MIN_SENTENCE_WORDS, TIME_PREFIX_RE, Shape

MAX_STUB_WORDS = MIN_SENTENCE_WORDS * 2  # a longer last line is no stub: the model reads it as any line
OPENING_QUOTES = ("«", "“", '"')
CLOSING_QUOTES = ("»", "”")


def cut_tail(texts: list[str], ruled: list[bool], shape: Shape) -> int | None:
    """The last line of a page with a body, under a line no rule took (or under an image's one-word
    residue below a paragraph), when it stops mid-sentence: on a lower-case word or a lone letter after
    a sentence's first words (« Le co », « Prix de la mise en scène : le »), inside a quotation it
    opened (« "Hallucinan »), or in a live entry that opens on its time like the entry above it
    (« 15h46 : Six étudi »). The article's text cut by the page's end, not a label: a name or a rubric
    ends on a capitalised word, a widget on its own punctuation, and neither opens a quotation."""
    last = len(texts) - 1
    if shape.body is None or last < 1 or ruled[last]:
        return None
    above = next((k for k in range(last - 1, -1, -1) if not ruled[k]), -1)
    if ruled[last - 1]:
        residue = all(len(texts[k].split()) == 1 for k in range(above + 1, last))  # an image's name, a placeholder
        if not (above >= 0 and residue and shape.prose[above]):
            return None  # under a widget a rule took (a stamp, « Lire aussi »), a stub heads a listing's item
    text = texts[last]
    tokens = text.split()
    if not tokens or len(tokens) > MAX_STUB_WORDS:
        return None
    end = tokens[-1]
    stub = end.isalpha() and (end.islower() or len(end) == 1)
    # A sentence's start holds a function word (« Le co »); a label ending in lower case does not
    # (« Économie locale »), nor does it open on a time as the live entry above it does.
    sentence = len(end) == 1 or any(token.lower() in FUNCTION_WORDS for token in tokens) or _entry_like(text, texts, shape, above)
    return last if (stub and sentence) or _open_quotation(text) else None


def _entry_like(text: str, texts: list[str], shape: Shape, above: int) -> bool:
    """The line opens on a time of day or a date, as the prose line above it does: a live blog's next entry."""
    return (
        above >= 0 and shape.prose[above]
        and TIME_PREFIX_RE.match(text) is not None and TIME_PREFIX_RE.match(texts[above]) is not None
    )


def _open_quotation(text: str) -> bool:
    """The line opens a quotation that it never closes: a quoted sentence the page's end cut."""
    stripped = text.strip()
    if not stripped.startswith(OPENING_QUOTES) or len(stripped) < 2:
        return False
    rest = stripped[1:]
    return not any(mark in rest for mark in CLOSING_QUOTES) and '"' not in rest


def goes_on(text: str) -> bool:
    """A line that stops on a comma or a semicolon is a sentence broken over two lines (« Les décombres
    calcinés, les objets noircis, »): article text, whatever its length; no label ends so."""
    return text.rstrip().endswith((",", ";"))
