"""Lines a page shows twice: the same caption, header or headline repeated whole or inside another line.

Comparing every line with every other is quadratic, and a page of thousands of short lines (an archive, a
pasted table) made it take minutes. Small pages keep the direct comparison; larger ones index each line's
fixed-width windows, so that a line is only compared with the few lines sharing its rarest window. Both
give the same answer: a line is a repeat when it contains, or is contained in, another line.
"""

from __future__ import annotations

from collections import defaultdict

MIN_CHARS = 12  # shorter lines (« Partager », « 12:30 ») repeat on every page and say nothing
MAX_CHARS = 400  # captions and repeated headers are short; paragraphs are not compared
INDEXED_FROM = 200  # comparable lines from which the window index pays for itself


def comparable_lines(folded: list[str]) -> list[tuple[int, str]]:
    """The lines worth comparing, with their positions."""
    return [(j, line) for j, line in enumerate(folded) if MIN_CHARS <= len(line) <= MAX_CHARS]


def repeated_lines(folded: list[str], asked: list[int]) -> set[int]:
    """Of the positions `asked`, those whose line repeats, or is contained in, another comparable line."""
    comparable = comparable_lines(folded)
    if len(comparable) < INDEXED_FROM:
        return {i for i in asked if _repeats_directly(i, folded[i], comparable)}
    repeated = _repeats_by_windows(comparable)
    return {i for i in asked if i in repeated}


def _repeats_directly(i: int, line: str, comparable: list[tuple[int, str]]) -> bool:
    """One line against every other: cheap when the page is short."""
    if not MIN_CHARS <= len(line) <= MAX_CHARS:
        return False
    return any(j != i and (line in other or other in line) for j, other in comparable)


def _repeats_by_windows(comparable: list[tuple[int, str]]) -> set[int]:
    """Every position in a containment pair. Any line holding `line` holds each of its windows, so the
    lines holding its rarest window are the only candidates; each pair found marks both of its lines."""
    positions: dict[str, list[int]] = defaultdict(list)
    for j, line in comparable:
        positions[line].append(j)
    distinct = list(positions)
    holders: dict[str, set[int]] = defaultdict(set)
    for k, line in enumerate(distinct):
        for start in range(len(line) - MIN_CHARS + 1):
            holders[line[start:start + MIN_CHARS]].add(k)
    repeated = {j for same in positions.values() if len(same) > 1 for j in same}
    for k, line in enumerate(distinct):
        rarest = min((holders[line[s:s + MIN_CHARS]] for s in range(len(line) - MIN_CHARS + 1)), key=len)
        for other in rarest:
            if other != k and line in distinct[other]:
                repeated.update(positions[line])
                repeated.update(positions[distinct[other]])
    return repeated
