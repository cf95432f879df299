"""Plain text and Markdown -> blocks: one block per line, hard-wrapped lines rejoined."""

from __future__ import annotations

import re

from redac.french.text import fold
from redac.french.wordlists import function_words
from redac.models import Block, Document

BULLET_RE = re.compile(r"^(?:[•·▪▫◦‣►▶➤→✓✔■□●○*+]|-(?=\s)|–(?=\s)|—(?=\s)|\d{1,2}[.)](?=\s))\s*")
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
QUOTE_RE = re.compile(r"^>\s?")
IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]*\)")
INNER_SPACES_RE = re.compile(r"[ \t]{2,}")
SENTENCE_END = tuple(".!?:;…»\"”)")
WRAP_MAX_WIDTH = 100
# A greedy wrapper breaks a line only when the next word would pass the width; a little slack for
# quoting marks and collapsed spaces.
WRAP_FIT = 0.9
WRAP_RUN = 3  # lines in a row cut near one width: a wrapped passage inside a page of long lines
WRAP_BAND = 0.75
WRAP_MIN_WIDTH = 40  # shorter lines of one length are labels (« Notifications »), not a wrapped paragraph
WRAP_SHORTEST = WRAP_BAND * WRAP_MIN_WIDTH  # the shortest line a wrapped stretch holds


def parse_text(text: str, label: str, fmt: str = "text") -> Document:
    blocks = text_blocks(text, markdown=fmt == "markdown")
    title = None
    if fmt == "markdown" and blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
        title, blocks = blocks[0].text, blocks[1:]
    return Document(title=title, blocks=blocks, source=label, format=fmt)


def text_blocks(text: str, *, markdown: bool = False) -> list[Block]:
    blocks: list[Block] = []
    previous_width = 0  # length of the previous line; 0 after a blank line
    raw_lines = text.split("\n")
    whole = wrap_width(raw_lines)
    widths = [whole] * len(raw_lines) if whole else local_wrap_widths(raw_lines)
    for raw_line, width in zip(raw_lines, widths, strict=True):
        line = tidy(raw_line)
        if markdown:
            line = LINK_RE.sub(r"\1", IMAGE_RE.sub("", line)).strip()
        if not line:
            previous_width = 0
            continue
        block = _line_block(line, markdown)
        wrapped = bool(width) and _wrapped_here(previous_width, line, width)
        if blocks and _continues(blocks[-1], block) and (wrapped or (previous_width > 0 and _ends_mid_phrase(blocks[-1].text))):
            blocks[-1] = Block(f"{blocks[-1].text} {block.text}", blocks[-1].kind, blocks[-1].level)
        else:
            blocks.append(block)
        previous_width = len(raw_line.strip())
    return blocks


def wrap_width(lines: list[str]) -> int:
    """The width of text wrapped at a fixed width (e-mail, terminal copy), or 0 when it is not: most
    lines are near the longest, which is short. Pasted web text has one paragraph per line instead,
    and its lines are never rejoined."""
    lengths = [len(line) for line in map(str.strip, lines) if line]
    if len(lengths) < 4 or (width := max(lengths)) > WRAP_MAX_WIDTH:
        return 0
    near_width = sum(length >= 0.6 * width for length in lengths)
    return width if near_width >= 0.5 * len(lengths) else 0


def local_wrap_widths(lines: list[str]) -> list[int]:
    """Per line, the width of a hard-wrapped stretch it belongs to, or 0: a web page pasted with one paragraph per
    line may hold a passage copied from a wrapped source (a PDF, an e-mail), its lines cut near one width in the middle
    of sentences. A stretch is WRAP_RUN lines in a row, none blank, all within WRAP_BAND of the longest, which is
    short but no label's length."""
    lengths = [len(line.strip()) for line in lines]
    widths = [0] * len(lines)
    for start in range(len(lines) - WRAP_RUN + 1):
        if not WRAP_SHORTEST <= lengths[start] <= WRAP_MAX_WIDTH:
            continue  # most lines: a run's first line outside what any run holds (a paragraph, a label)
        run = lengths[start : start + WRAP_RUN]
        width = max(run)
        if WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH and min(run) >= WRAP_BAND * width:
            for index in range(start, start + WRAP_RUN + 1):  # the run's lines and the short last line that ends it
                if index < len(lines):
                    widths[index] = max(widths[index], width)
    return widths


def _wrapped_here(previous_width: int, line: str, width: int) -> bool:
    """A wrapper broke the previous line here only if this line's first word did not fit on it: a short
    line ("Le maire annonce un budget") above another ("il y a 3 jours") is two lines, not one."""
    return previous_width > 0 and previous_width + 1 + len(line.split(" ", 1)[0]) > WRAP_FIT * width


def _ends_mid_phrase(text: str) -> bool:
    """A line that stops on a preposition or a determiner (« … pour la 81ème finale de »): a wrapper or a paste cut it,
    however short, where the next line goes on in lower case, even in a page of long lines."""
    word = text.rsplit(" ", 1)[-1]
    last = fold(word)
    # « il y en a » and « là » (« jusque-là », « il était là ») may close a sentence; « la » the article never does
    return last in function_words() and last not in ("y", "en") and not word.lower().endswith("là")


def tidy(line: str) -> str:
    """Strip a line and collapse runs of spaces; single no-break spaces (French typography) stay."""
    line = line.strip()
    return INNER_SPACES_RE.sub(" ", line) if "  " in line or "\t" in line else line


def _line_block(line: str, markdown: bool) -> Block:
    if markdown and (heading := HEADING_RE.match(line)):
        return Block(heading.group(2), "heading", len(heading.group(1)))
    if markdown and QUOTE_RE.match(line):
        return Block(QUOTE_RE.sub("", line), "quote")
    if (bullet := BULLET_RE.match(line)) and len(line) > bullet.end():
        return Block(line[bullet.end():], "list_item")
    return Block(line)


def _continues(previous: Block, block: Block) -> bool:
    """A hard-wrapped line: the previous line stops mid-sentence and this one goes on in lowercase."""
    return (
        previous.kind in ("paragraph", "quote")
        and block.kind == previous.kind
        and not previous.text.endswith(SENTENCE_END)
        and block.text[:1].islower()
    )
