"""Two document-level shape rules that decide whole sentences, read from a page's `Shape`.

A listing of other stories (headline, teaser, headline, teaser…) is furniture even where its teasers
are whole sentences, which the line model never judges; the items of the article's own lists stay
together. Both are read from the page's make-up, never from its words: no phrase list (a last line
cut by the page's end: cleaning/tails.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from redac.cleaning.shape import (
    CHAIN_WORDS,
    CLOCK,
    ELLIPSIS_ENDS,
    FOREIGN_RUN,
    LISTING_TEASERS,
    MAX_HEADLINE_WORDS,
    MIN_SENTENCE_WORDS,
    STORY_SHARE_HEADLINE,
    Shape,
    headline_shaped,
    unrelated,
)

LISTING_PAIRS = 3  # headline-and-teaser pairs in a row that make a listing
MIN_HEADLINE_WORDS = 9  # a news headline; a subheading or a digest's item is shorter
MIN_CUT_TEASER_WORDS = 10  # a line cut with « … » this long under a headline is its teaser
DROWNED_SHARE = 0.5  # share of a run of headlines after the body already dropped that takes the rest
SENTENCE_CLOSERS = (".", "!", "?", "»", '"', "”", ")")
MAX_GAP_LINES, MAX_GAP_WORDS = 2, 40  # a listed item between two stretches of its listing: a headline and a short teaser
RELATED_PAIRS = 3  # pairs, each headline sharing a word with its own teaser, that show several stories
MANY_PAIRS = 5  # headline-and-teaser pairs in a row whose teasers share no word: several stories
MIN_STORY_HEADLINE_WORDS = 7  # a news headline over a standfirst that does not repeat its words
MIN_LIST_ITEMS = 3  # lines of one figure-bearing shape in a row that make a list (results, scores)
MIN_BULLETED_ITEMS = 2  # bulleted lines under an announcing sentence that make its list
MAX_LIST_ITEM_WORDS = 10
MIN_BARE_MARKS = 3  # signs a figureless list item repeats (« ()–() »): fewer are a headline's colon or quotes
MIN_ANNOUNCE_WORDS = 6  # « Voici les résultats du premier tour : » announces a list; « Marchés : » is a label
SKELETON_DROP_RE = re.compile(r"[^\W\d_]+|[\s'’-]+")  # letters, spaces, hyphens and apostrophes: a name's spelling
NUMBER_RE = re.compile(r"\d+(?:[.,  ]\d+)*")
CLOCK_RE = re.compile(rf"\s*{CLOCK}(?!\d)")  # « 18:38Paul Le Guen avant Chambly »: a live entry's time
# « Les 4 actus … », « Cinq choses à savoir »: a count opening the headline, or after « les », « ces », « nos »
ANNOUNCED_RE = re.compile(r"(?i)(?:^|\b(?:les|ces|nos)\s+)(?=(\d{1,2}|[^\W\d_]{3,})\s+(?:[^\W\d_]+\s+)?[^\W\d_]{3,}[sx]\b)")
MIN_ANNOUNCED, MAX_ANNOUNCED = 2, 20  # items a digest's headline announces
LIVE_SHARE = 0.4  # of a run's headlines and teasers opening on a time of day: a live blog's entries
NAME_PART = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’']+|[A-ZÀ-ÖØ-Þ]\.)(?:-(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’']+|[A-ZÀ-ÖØ-Þ]\.))*"
PARTICLE = r"(?:de|du|des|van|von|ben|el|al|le|la|d[’'](?=[A-ZÀ-ÖØ-Þ]))"
# A person's name: two to four capitalised words, particles between them (« Yves-Marie de Kerangal »).
PERSON_NAME_RE = re.compile(rf"{NAME_PART}(?:\s+{PARTICLE})*(?:\s*{NAME_PART}(?:\s+{PARTICLE})*){{1,3}}")


def listing_pairs(
    texts: list[str], ruled: list[bool], words: list[int], shape: Shape, stamps: frozenset[int] = frozenset(),
    listed: frozenset[int] = frozenset(),
) -> frozenset[int]:
    """Runs of at least LISTING_PAIRS headline-and-teaser pairs in a row, where each teaser stops
    (the next line is no paragraph of its story) and the run shows other stories: at least
    LISTING_TEASERS teasers cut short, with « … » or mid-word; or a link a rule took (« Lire la suite »)
    closing each teaser of unrelated stories; or RELATED_PAIRS distinct headlines of a news headline's
    length, each sharing a word with the teaser under it (whole sentences, or cut with « … »): each
    pair tells its own story.
    A time stamp a rule took (`stamps`: « 19h42 » alone) links nothing: under each entry of a live blog
    it opens the next entry of the same story, however little two entries' words overlap, and a run
    with stamps in it is no listing of headlines; nor is a run whose lines open on a time of day for LIVE_SHARE
    of them (« 18:38Paul Le Guen avant Chambly »): a live blog's entries and follow-ups, however cut. A line ending on a colon
    announces the next: no headline. Two items of one bulleted list (`listed`) are a chronology's entries.
    An article's paragraphs end on their full stop and go on into each other; its subheadings and a
    digest's items are named in a few words; an interview's questions end on « ? ». A headline with no
    teaser inside the run goes with it, and so do the headline-like lines at the run's edges (the page's
    own item, a headline cut by the page's end)."""
    n, prose, vocab = len(texts), shape.prose, shape.vocab

    def headline(i: int) -> bool:
        return 0 <= i < n and not ruled[i] and 2 <= words[i] <= MAX_HEADLINE_WORDS and not texts[i].rstrip().endswith((".", ":"))

    def unruled(i: int) -> int:
        while i < n and ruled[i]:
            i += 1
        return i

    def pair(i: int, loose: bool) -> tuple[int, int] | None:
        """The teaser under the headline at i and the line after it (lines a rule took, « Lire la suite »,
        skipped), if the pair is one; `loose`: a teaser cut with « … » counts too."""
        teaser = unruled(i + 1)
        if not (headline(i) and teaser < n and (prose[teaser] or (loose and _cut_teaser(texts[teaser], words[teaser])))):
            return None
        if i in listed and teaser in listed:
            return None
        nxt = unruled(teaser + 1)
        if nxt < n and prose[nxt] and not headline(nxt) and len(vocab[teaser] & vocab[nxt]) >= CHAIN_WORDS:
            return None
        return teaser, nxt

    def misread(i: int, teaser: int, loose: bool) -> bool:
        """The line under headline i is another headline over its own teaser: i has no teaser of its own."""
        below = pair(teaser, loose)
        return not vocab[i] & vocab[teaser] and below is not None and bool(vocab[teaser] & vocab[below[0]])

    def runs(loose: bool) -> Iterator[tuple[list[int], list[int], list[int], int, int]]:
        """Each run of pairs: its headlines, their teasers, the headlines with no teaser inside it, and the
        lines just before and after it. A short line with no teaser of its own may stand between pairs."""
        i = unruled(0)
        while i < n:
            run, teasers, alone, j = [], [], [], i
            while True:
                if (found_pair := pair(j, loose)) is not None and not misread(j, found_pair[0], loose):
                    run.append(j)
                    teasers.append(found_pair[0])
                    j = found_pair[1]
                elif (run or found_pair) and j < n and not prose[j] and words[j] <= MAX_HEADLINE_WORDS and pair(unruled(j + 1), loose):
                    alone.append(j)
                    j = unruled(j + 1)
                else:
                    break
            if len(run) >= LISTING_PAIRS and not live(run + teasers) and not announced(run):
                yield run, teasers, alone, i - 1, j
            i = unruled(max(j, i + 1))

    def announced(run: list[int]) -> bool:
        """The page's headline announces as many items as the run holds (« les 4 actus qu'il ne fallait pas
        manquer » over four headlines and their paragraphs): a digest, the article itself. The excerpt may cut
        the last item."""
        first = unruled(0)
        items = len(run) - (run[0] == first)  # the headline over its standfirst may open the run
        return first <= run[0] and announced_items(texts[first]) in (items, items + 1)

    def live(run: list[int]) -> bool:
        return sum(bool(CLOCK_RE.match(texts[k])) for k in run) >= LIVE_SHARE * len(run)

    def unfinished(i: int) -> bool:
        """Stopped short of a sentence's end (« … », mid-word, a link glued on): an article's paragraph is finished."""
        return not texts[i].rstrip().endswith(SENTENCE_CLOSERS)

    def edges(before: int, after: int) -> list[int]:
        """The listing's items cut by the excerpt at the run's edges: a headline with no teaser under it; at
        the page's top, an unfinished teaser whose headline the excerpt left out; at its end, the next item's first
        words, cut short."""
        items = [k for k in (before, after) if headline(k) and not (k + 1 < n and prose[k + 1])]
        above = next((k for k in range(before, -1, -1) if not ruled[k]), None)
        if above is not None and unruled(0) == above and (prose[above] or _cut_teaser(texts[above], words[above])) and unfinished(above):
            items.append(above)
        last = unruled(after + 1) if after in items else after
        if last < n and unruled(last + 1) == n and (is_cut(texts[last]) or texts[last].rstrip().endswith(ELLIPSIS_ENDS)):
            items.append(last)
        return items

    found: set[int] = set()
    pairs, long_pairs = _pair_heads(texts, ruled, words, prose, vocab)
    if pairs >= LISTING_PAIRS:  # most pages: no run of pairs could be long enough
        for run, teasers, alone, before, after in runs(loose=False):
            cut = sum(is_cut(texts[k]) for k in teasers) >= LISTING_TEASERS
            # « Lire la suite » under each teaser, and stories that share no words: a listing too.
            links = sum(k + 1 < n and ruled[k + 1] and k + 1 not in stamps for k in teasers)
            if cut or (links >= LISTING_PAIRS and unrelated(teasers, vocab, CHAIN_WORDS + 1)):
                found.update(run + teasers + alone, edges(before, after))
    # Long headlines over teasers of their own stories, whole sentences or cut with « … »: a listing too.
    # A live blog's entries under their time stamps are one story told in turns, however long their headlines.
    for run, teasers, alone, before, after in runs(loose=True) if long_pairs >= RELATED_PAIRS or pairs >= MANY_PAIRS else ():
        told = _headlined(run, teasers, texts, words, vocab) or _unrelated_stories(run, teasers, texts, words, vocab)
        if told and not any(run[0] < k < after for k in stamps):
            found.update(run + teasers + alone, edges(before, after))
    return frozenset(found | _gaps(found, texts, ruled, words))


def announced_items(headline: str) -> int | None:
    """How many items a headline announces: a number from 2 to 20, in digits or words, before a plural noun, opening
    the headline or after « les » (« les 4 actus », « Dix infos à retenir »; not « Accident : trois morts »)."""
    from redac.french.numbers import written_number  # only a page with a listing-like run asks

    for match in ANNOUNCED_RE.finditer(headline):
        count = match.group(1)
        value = int(count) if count.isdigit() else written_number(count.lower())
        if value is not None and MIN_ANNOUNCED <= value <= MAX_ANNOUNCED:
            return int(value)
    return None


def _gaps(found: set[int], texts: list[str], ruled: list[bool], words: list[int]) -> set[int]:
    """Items of the listing between two of its stretches (a headline closed by a full stop, or a teaser
    too short to pair, broke the run): short lines, at most MAX_GAP_LINES between two separators, where
    the lines a rule took between them are the listing's own separators (« - », « • » under each item)
    or there are none."""
    gaps: set[int] = set()
    if not found:
        return gaps
    separators = {texts[k + 1] for k in found if k + 1 < len(texts) and ruled[k + 1]}
    for low, high in pairwise(sorted(found)):
        between = range(low + 1, high)
        if any(ruled[k] and texts[k] not in separators for k in between):
            continue
        items = [[k for k in group if not ruled[k]] for group in _split(between, ruled)]
        if all(len(item) <= MAX_GAP_LINES and all(words[k] <= MAX_GAP_WORDS for k in item) for item in items):
            gaps.update(k for item in items for k in item)
    return gaps


def _split(lines: range, ruled: list[bool]) -> list[list[int]]:
    """`lines` cut at the lines a rule took."""
    groups: list[list[int]] = [[]]
    for k in lines:
        if ruled[k]:
            groups.append([])
        else:
            groups[-1].append(k)
    return groups


def _headlined(heads: list[int], teasers: list[int], texts: list[str], words: list[int], vocab: list[set[str]]) -> bool:
    """RELATED_PAIRS distinct headlines of a news headline's length (a subheading, a digest's item or a
    song's name is shorter; an interview's question ends on « ? ») each share a word with the teaser
    under it: each pair tells its own story."""
    told = sum(
        words[h] >= MIN_HEADLINE_WORDS and not texts[h].rstrip().endswith("?") and bool(vocab[h] & vocab[t])
        for h, t in zip(heads, teasers, strict=True)
    )
    return told >= RELATED_PAIRS and len({texts[h] for h in heads}) == len(heads)


def _unrelated_stories(heads: list[int], teasers: list[int], texts: list[str], words: list[int], vocab: list[set[str]]) -> bool:
    """MANY_PAIRS headlines over a one-line teaser each, RELATED_PAIRS of them a news headline's length
    (MIN_STORY_HEADLINE_WORDS; a digest's items are named in a few words; not a question), where most
    teasers share no word with another: each pair tells a story of its own, in a standfirst that may
    repeat none of its headline's words (a quotation, a cast)."""
    long_heads = sum(words[h] >= MIN_STORY_HEADLINE_WORDS and not texts[h].rstrip().endswith("?") for h in heads)
    return (
        len(heads) >= MANY_PAIRS and long_heads >= RELATED_PAIRS and len({texts[h] for h in heads}) == len(heads)
        and unrelated(teasers, vocab)
    )


def _cut_teaser(text: str, n_words: int) -> bool:
    """A teaser cut with « … » or « […] »: no sentence for the shape (it is no paragraph), a teaser all the same."""
    return n_words >= MIN_CUT_TEASER_WORDS and text.rstrip().endswith(ELLIPSIS_ENDS)


def _pair_heads(texts: list[str], ruled: list[bool], words: list[int], prose: list[bool], vocab: list[set[str]]) -> tuple[int, int]:
    """How many prose lines stand right under a headline-like line (lines a rule took aside), and how
    many prose lines or teasers cut with « … » under a headline that `_headlined` may count (a news
    headline's length, no « ? », a word shared): bounds on the pairs a run can hold, in one pass."""
    count = long_count = 0
    above = -1
    for i, is_prose_line in enumerate(prose):
        if ruled[i]:
            continue
        if above >= 0 and words[above] <= MAX_HEADLINE_WORDS and not texts[above].rstrip().endswith("."):
            count += is_prose_line
            long_count += (
                words[above] >= MIN_HEADLINE_WORDS and (is_prose_line or _cut_teaser(texts[i], words[i]))
                and not texts[above].rstrip().endswith("?") and not vocab[above].isdisjoint(vocab[i])
            )
        above = i
    return count, long_count


def is_cut(text: str) -> bool:
    """A teaser cut short: with « … », or mid-word, on a lower-case word with no closing punctuation."""
    stripped = text.rstrip()
    if stripped.endswith(ELLIPSIS_ENDS):
        return True
    last = stripped.rsplit(maxsplit=1)[-1] if stripped else ""
    return last.isalpha() and last.islower()


def kept_lists(texts: list[str], ruled: list[bool], words: list[int], dropped: list[bool], listed: frozenset[int] = frozenset()) -> frozenset[int]:
    """The items of lists the article holds: runs of at least MIN_LIST_ITEMS short lines in a row (lines a
    rule took aside) that share one skeleton with a figure in it (« Emmanuel Macron : 23,75% », « Jean-Luc
    Mélenchon : 19,64% »: « :9% »), a table of results or scores, when a sentence right above announces it
    (« Voici les résultats … : ») or the line model kept one of its items. A run whose skeleton holds no
    figure but MIN_BARE_MARKS marks (« Novak Djokovic (SRB) – Casper Ruud (NOR) »: « ()–() », a draw)
    stays only when announced; the announcing sentence stays with its list, and so does a line closing on
    « : » right under an announced list, however short (« Côté dames : »): the next list's announcement.
    Items share their fate: the model reads each alone, and an item whose name the paragraphs never mention
    looked like furniture."""
    keep: set[int] = set()
    follows = -1  # the line right under the last announced list: the next one's announcement when it closes on « : »
    for run in _list_runs(texts, ruled, words):
        above = next((k for k in range(run[0] - 1, -1, -1) if not ruled[k]), -1)
        if above >= 0 and texts[above].rstrip().endswith(":") and (words[above] >= MIN_ANNOUNCE_WORDS or above == follows):
            keep.update([above, *run])
            follows = next((k for k in range(run[-1] + 1, len(texts)) if not ruled[k]), -1)
            if follows >= 0 and texts[follows].rstrip().endswith(":") and words[follows] <= MAX_LIST_ITEM_WORDS:
                keep.add(follows)
        elif "9" in _skeleton(texts[run[0]]) and not all(dropped[i] for i in run):
            keep.update(run)
    return frozenset(keep | _announced_items(texts, ruled, words, listed))


def _announced_items(texts: list[str], ruled: list[bool], words: list[int], listed: frozenset[int]) -> set[int]:
    """A sentence closing on « : » (« … dont les points essentiels sont : ») and the bulleted items right under it
    (`listed`: « - stabilisation des frais », « 1. Jean-Michel Marcon, … »), MIN_BULLETED_ITEMS at least: the article's
    own list, whose items need share no word with its paragraphs."""
    run = [0] * (len(texts) + 1)  # bulleted lines in a row from each line on, read from the end: one pass
    for i in range(len(texts) - 1, -1, -1):
        run[i] = run[i + 1] + 1 if i in listed and not ruled[i] else 0
    keep: set[int] = set()
    reach = -1  # the last item of the announced lists met so far
    for at, text in enumerate(texts):
        announces = not ruled[at] and words[at] >= MIN_ANNOUNCE_WORDS and text.rstrip().endswith(":")
        if announces and run[at + 1] >= MIN_BULLETED_ITEMS:
            reach = max(reach, at + run[at + 1])
        if at <= reach:
            keep.add(at)
    return keep


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
    """The line's punctuation around its figures, words and spaces removed; empty without a sign, or
    without a figure and with fewer than MIN_BARE_MARKS signs."""
    skeleton = SKELETON_DROP_RE.sub("", NUMBER_RE.sub("9", text))
    marks = len(skeleton.replace("9", ""))
    return skeleton if marks and ("9" in skeleton or marks >= MIN_BARE_MARKS) else ""


def drowned_headlines(texts: list[str], ruled: list[bool], words: list[int], shape: Shape, dropped: list[bool]) -> frozenset[int]:
    """After the article's body, the headlines left in a run of other stories' headlines of which the
    shape rules and the line model dropped most (DROWNED_SHARE): a headline shaped like a sentence
    (ending on « » ») escapes the model, not its run. The run holds headline-shaped lines only (no sentence
    closed by a full stop or cut mid-word, at most MAX_HEADLINE_WORDS words) that share little of the story's
    words; lines a rule took
    (« - » separators, « Autres articles ») do not break it."""
    if shape.body is None or sum(dropped[shape.body[1] + 1:]) < 2:  # most pages: nothing after the body to take
        return frozenset()
    found: set[int] = set()
    run: list[int] = []
    for i in range(shape.body[1] + 1, len(texts) + 1):
        if i < len(texts) and ruled[i]:
            continue
        if i < len(texts) and 2 <= words[i] <= MAX_HEADLINE_WORDS and headline_shaped(texts[i], shape.prose[i]) and shape.story_share(i) < STORY_SHARE_HEADLINE:
            run.append(i)
            continue
        gone = sum(dropped[k] for k in run)
        if len(run) >= FOREIGN_RUN and gone < len(run) and gone >= DROWNED_SHARE * len(run):
            found.update(k for k in run if not dropped[k])
        run = []
    return frozenset(found)


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
