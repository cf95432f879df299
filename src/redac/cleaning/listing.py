"""Two document-level shape rules that decide whole sentences, read from a page's `Shape`.

A listing of other stories (headline, teaser, headline, teaser…) is furniture even where its teasers
are whole sentences, which the line model never judges; and a last line cut by the page's end is the
article's text, however label-like its stub looks. Both are read from the page's make-up, never from
its words: no phrase list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import chain

from redac.cleaning.shape import (
    CHAIN_WORDS,
    CREDIT_CUE_RE,
    ELLIPSIS_ENDS,
    FUNCTION_WORDS,
    LISTING_TEASERS,
    MAX_HEADLINE_WORDS,
    MIN_SENTENCE_WORDS,
    Shape,
    unrelated,
)

LISTING_PAIRS = 3  # headline-and-teaser pairs in a row that make a listing
MIN_LIST_ITEMS = 3  # lines of one figure-bearing shape in a row that make a list (results, scores)
MAX_LIST_ITEM_WORDS = 10
MIN_ANNOUNCE_WORDS = 6  # « Voici les résultats du premier tour : » announces a list; « Marchés : » is a label
SKELETON_DROP_RE = re.compile(r"[^\W\d_]+|[\s'’-]+")  # letters, spaces, hyphens and apostrophes: a name's spelling
NUMBER_RE = re.compile(r"\d+(?:[.,  ]\d+)*")
COPY_MIN_CHARS, COPY_MAX_CHARS = 25, 600  # a caption shown twice: long enough not to repeat by chance
COPY_EXTRA_CHARS = 40  # what a copy adds to the caption: a credit, a photographer's name
COPY_WINDOW = 4  # a caption's copy sits near it (the image's alt text, its legend)
COPY_KEY_CHARS = 20  # a copy starts or ends with the caption's own first or last letters
NAME_PART = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’']+|[A-ZÀ-ÖØ-Þ]\.)(?:-(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’']+|[A-ZÀ-ÖØ-Þ]\.))*"
PARTICLE = r"(?:de|du|des|van|von|ben|el|al|le|la|d[’'](?=[A-ZÀ-ÖØ-Þ]))"
# A person's name: two to four capitalised words, particles between them (« Yves-Marie de Kerangal »).
PERSON_NAME_RE = re.compile(rf"{NAME_PART}(?:\s+{PARTICLE})*(?:\s*{NAME_PART}(?:\s+{PARTICLE})*){{1,3}}")


def listing_pairs(
    texts: list[str], ruled: list[bool], words: list[int], shape: Shape, stamps: frozenset[int] = frozenset()
) -> frozenset[int]:
    """Runs of at least LISTING_PAIRS headline-and-teaser pairs in a row, where each teaser stops
    (the next line is no paragraph of its story) and either at least LISTING_TEASERS teasers are cut
    short, with « … » or mid-word, or a link a rule took (« Lire la suite ») closes each teaser of
    unrelated stories: a listing of other stories, teasers written as whole sentences included.
    A time stamp a rule took (`stamps`: « 19h42 » alone) links nothing: under each entry of a live blog
    it opens the next entry of the same story, however little two entries' words overlap.
    An article's paragraphs end on their full stop and go on into each other; a digest's items are
    written out. The headline-like lines at the run's edges (the page's own item, a headline cut by
    the page's end) go with it."""
    n, prose, vocab = len(texts), shape.prose, shape.vocab

    def headline(i: int) -> bool:
        return 0 <= i < n and not ruled[i] and 2 <= words[i] <= MAX_HEADLINE_WORDS and not texts[i].rstrip().endswith(".")

    def unruled(i: int) -> int:
        while i < n and ruled[i]:
            i += 1
        return i

    def pair(i: int) -> int | None:
        """The line after the pair headed at i (lines a rule took, « Lire la suite », skipped), if one is."""
        teaser = unruled(i + 1)
        if not (headline(i) and teaser < n and prose[teaser]):
            return None
        nxt = unruled(teaser + 1)
        if nxt < n and prose[nxt] and not headline(nxt) and len(vocab[teaser] & vocab[nxt]) >= CHAIN_WORDS:
            return None
        return nxt

    if _pair_heads(texts, ruled, words, prose) < LISTING_PAIRS:
        return frozenset()  # most pages: no run of pairs could be long enough
    found: set[int] = set()
    i = unruled(0)
    while i < n:
        run, j = [], i
        while (after := pair(j)) is not None:
            run.append(j)
            j = after
        teasers = [unruled(k + 1) for k in run]
        cut = sum(is_cut(texts[k]) for k in teasers) >= LISTING_TEASERS
        # « Lire la suite » under each teaser, and stories that share no words: a listing too.
        links = sum(k + 1 < n and ruled[k + 1] and k + 1 not in stamps for k in teasers)
        linked = links >= LISTING_PAIRS and unrelated(teasers, vocab, CHAIN_WORDS + 1)
        if len(run) >= LISTING_PAIRS and (cut or linked):
            found.update(run + teasers)
            found.update(k for k in (i - 1, j) if headline(k) and not (k + 1 < n and prose[k + 1]))
        i = unruled(max(j, i + 1))
    return frozenset(found)


def _pair_heads(texts: list[str], ruled: list[bool], words: list[int], prose: list[bool]) -> int:
    """How many prose lines stand right under a headline-like line (lines a rule took aside): a bound
    on the pairs a run can hold, counted in one pass."""
    count, above = 0, -1
    for i, is_prose_line in enumerate(prose):
        if ruled[i]:
            continue
        if is_prose_line and above >= 0 and words[above] <= MAX_HEADLINE_WORDS and not texts[above].rstrip().endswith("."):
            count += 1
        above = i
    return count


def is_cut(text: str) -> bool:
    """A teaser cut short: with « … », or mid-word, on a lower-case word with no closing punctuation."""
    stripped = text.rstrip()
    if stripped.endswith(ELLIPSIS_ENDS):
        return True
    last = stripped.rsplit(maxsplit=1)[-1] if stripped else ""
    return last.isalpha() and last.islower()


def cut_tail(texts: list[str], ruled: list[bool], shape: Shape) -> int | None:
    """The last line of a page with a body, under a line no rule took, when it stops mid-sentence on a
    lower-case word or a lone letter (« Le co », « Prix de la mise en scène : le »): the article's text
    cut by the page's end, not a label (a name or a rubric ends on a capitalised word, a widget on its
    own punctuation)."""
    last = len(texts) - 1
    if shape.body is None or last < 1 or ruled[last - 1]:
        return None
    tokens = texts[last].split()
    end = tokens[-1] if tokens else ""
    stub = end.isalpha() and (end.islower() or len(end) == 1)
    # A sentence's start holds a function word (« Le co »); a label ending in lower case does not
    # (« Économie locale »).
    sentence = len(end) == 1 or any(token.lower() in FUNCTION_WORDS for token in tokens)
    return last if stub and sentence and len(tokens) <= MIN_SENTENCE_WORDS * 2 else None


def kept_lists(texts: list[str], ruled: list[bool], words: list[int], dropped: list[bool]) -> frozenset[int]:
    """The items of lists the article holds: runs of at least MIN_LIST_ITEMS short lines in a row (lines a
    rule took aside) that share one skeleton with a figure in it (« Emmanuel Macron : 23,75% », « Jean-Luc
    Mélenchon : 19,64% »: « :9% »), a table of results or scores, when a sentence right above announces it
    (« Voici les résultats … : ») or the line model kept one of its items. Items share their fate: the
    model reads each alone, and an item whose name the paragraphs never mention looked like furniture."""
    keep: set[int] = set()
    for run in _list_runs(texts, ruled, words):
        above = next((k for k in range(run[0] - 1, -1, -1) if not ruled[k]), None)
        announced = above is not None and words[above] >= MIN_ANNOUNCE_WORDS and texts[above].rstrip().endswith(":")
        if announced or not all(dropped[i] for i in run):
            keep.update(run)
    return frozenset(keep)


def _list_runs(texts: list[str], ruled: list[bool], words: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    run: list[int] = []
    key = ""
    for i, text in enumerate(texts):
        if ruled[i]:
            continue
        skeleton = _skeleton(text) if words[i] <= MAX_LIST_ITEM_WORDS else ""
        if skeleton and skeleton == key:
            run.append(i)
            continue
        if len(run) >= MIN_LIST_ITEMS:
            runs.append(run)
        run, key = ([i], skeleton) if skeleton else ([], "")
    if len(run) >= MIN_LIST_ITEMS:
        runs.append(run)
    return runs


def _skeleton(text: str) -> str:
    """The line's punctuation around its figures, words and spaces removed; empty without a figure or a sign."""
    skeleton = SKELETON_DROP_RE.sub("", NUMBER_RE.sub("9", text))
    return skeleton if "9" in skeleton and skeleton.strip("9") else ""


def goes_on(text: str) -> bool:
    """A line that stops on a comma or a semicolon is a sentence broken over two lines (« Les décombres
    calcinés, les objets noircis, »): article text, whatever its length; no label ends so."""
    return text.rstrip().endswith((",", ";"))


def names_after_body(texts: list[str], ruled: list[bool], shape: Shape) -> frozenset[int]:
    """Lines after the article's last paragraph that hold a person's name alone (« Maëlle Guillou »):
    the byline printed under the story, or the names of a listing of portraits. A name that heads a
    text under it (lines a rule took, a byline, skipped) is a subheading or a story's title and stays;
    before the body, the title may be a name, so only the line model judges there."""
    if shape.body is None:
        return frozenset()
    n = len(texts)

    def heads_text(i: int) -> bool:
        below = next((j for j in range(i + 1, n) if not ruled[j]), None)
        return below is not None and len(texts[below].split()) >= 2 * MIN_SENTENCE_WORDS

    return frozenset(
        i for i in range(shape.body[1] + 1, n)
        if not ruled[i] and not shape.prose[i] and PERSON_NAME_RE.fullmatch(texts[i].strip()) is not None
        and not heads_text(i)
    )


def credited_copies(texts: list[str], ruled: list[bool], folded: list[str]) -> frozenset[int]:
    """Photo captions shown twice: a line and its near copy a few lines away (the copy starts or ends
    with the caption, and adds at most a credit or a few words), where one of the two carries a credit
    (« (AFP) », « Photo: … ») or repeats itself (« X - X », a caption glued to its alt text). An article
    does not print its own sentence twice with a photographer's name. Copies are looked up by their
    first and last letters, so the cost stays linear in the page's lines."""
    heads: dict[str, list[int]] = defaultdict(list)
    tails: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(folded):
        if COPY_MIN_CHARS <= len(line) <= COPY_MAX_CHARS:
            heads[line[:COPY_KEY_CHARS]].append(i)
            tails[line[-COPY_KEY_CHARS:]].append(i)
    found: set[int] = set()
    pairs = (
        (a, b)
        for group in chain(heads.values(), tails.values()) if len(group) > 1
        for k, a in enumerate(group) for b in group[k + 1:k + 1 + COPY_WINDOW] if b - a <= COPY_WINDOW
    )
    for a, b in pairs:
        if folded[a] != folded[b]:
            short, long = sorted((folded[a], folded[b]), key=len)
            if len(long) <= 2 * len(short) + COPY_EXTRA_CHARS and short in long and (
                CREDIT_CUE_RE.search(long.replace(short, " ")) or _repeats_itself(long, short)
            ):
                found.update(i for i in (a, b) if not ruled[i])  # the copy a rule took already goes as a credit
    return frozenset(found)


def _repeats_itself(line: str, part: str) -> bool:
    """« X - X »: the caption and its alt text side by side."""
    return line.count(part) >= 2 or (line.startswith(part[: len(part) // 2]) and line.count(part[: len(part) // 2]) >= 2)
