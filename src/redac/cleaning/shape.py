"""The shape of a document, measured per line: what the learned line model (model.py) reads.

Nothing here decides. Each line gets numbers that describe it and its place in the page: is it
prose, a short title-like line, a label; does it sit inside the article's body (the longest coherent
run of prose) or before/after it, in a run of short lines (lists of other headlines), next to teasers
that end in « … »; does it share words with the body (a subheading does, another article's headline
does not); does it repeat another line (captions) or carry a credit. `FEATURES` names them in order.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from redac.cleaning.repeats import repeated_lines
from redac.cleaning.title import looks_like_body
from redac.french.text import WordMemo

FEATURES = (
    "words", "sentence_end", "ellipsis_end", "question_end", "colon_end", "function_words",
    "upper_share", "capitalised_words", "digit_share", "time_prefix", "url_residue", "credit_cue", "quoted",
    "duplicate", "prev_removed", "next_removed", "in_body", "before_body", "after_body", "short_run",
    "prev_prose", "next_prose", "next_teaser", "prev_teaser", "body_overlap", "doc_ellipsis_share",
    "doc_prose_lines", "first_line", "last_line", "rubric_prefix", "no_body", "kinship", "run_length",
    "teaser_pair", "heads_body", "between_paragraphs", "in_main", "body_distance", "main_share", "clusters",
    "cluster_share", "position", "pair_share", "main_lines", "cluster_lines",
    "pair_head", "doc_pairs",
)
FUNCTION_WORDS = frozenset(
    "le la les l de des du d un une et est a ont sont été qui que qu dans pour sur avec par au aux en il elle"
    " ils elles se s ne n pas plus ce cette ces son sa ses leur leurs on nous vous y à où mais ou donc car"
    " comme selon après avant lors depuis était avait sera être avoir fait".split()
)
ELLIPSIS_ENDS = ("…", "...", "[…]", "[...]", "…]", "(...)")
SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])")  # between two sentences
HEADLINE_CLOSERS = ("»", '"', "”", "?", "!")  # a headline may close on a quotation, a question
SENTENCE_ENDS = (".", "!", "»", '"', "”", ")")
CLOCK = r"\d{1,2}[:h]\d{2}"  # a time of day: « 18:38 », « 19h42 »
TIME_PREFIX_RE = re.compile(rf"^\s*(?:{CLOCK}|\d{{1,2}}/\d{{1,2}})")
URL_RESIDUE_RE = re.compile(r"https?:|www\.|%2F|\.(?:jpe?g|png|gif|webp)\b|\w/\w+/\w|\[/?\w+[^\]]*\]", re.I)
CREDIT_CUE_RE = re.compile(
    r"©|\b(?:photo|crédit|credit|afp|reuters|ap|getty|maxppp|sipa|illustration|belga|xinhua|keystone)\b", re.I
)
RUBRIC_PREFIX_RE = re.compile(r"^[\w’'. -]{2,30}\s[-–—|:]\s|^\S+\s?[-–—|]\s")
WORD_RE = re.compile(r"[^\W\d_]{5,}")
COMMON_WORDS = frozenset(
    "cette cettes leurs selon depuis avait etait etaient avaient apres avant entre comme aussi encore toujours"
    " plusieurs notamment alors ainsi autres autre celui celle ceux deja dont elles meme memes moins nous vous"
    " parce pendant plus quand quelques sans sous their there which would about these those other where"
    " contre chez faire fait sont avoir etre sera seront peut peuvent doit doivent tous toutes toute tout"
    " annee annees heures jours mardi lundi mercredi jeudi vendredi samedi dimanche".split()
)
LETTER_RE = re.compile(r"[^\W\d_]")
UPPER_RE = re.compile(r"[A-ZÀ-ÖØ-ÞŒ]")
DIGIT_RE = re.compile(r"\d")
CAPITALISED_RE = re.compile(r"(?:^|\s)[^\w\s]*[A-ZÀ-ÖØ-ÞŒ]")
TOKEN_RE = re.compile(r"[\w'-]+")
PROSE_WORDS = 20  # a line this long is a paragraph, never a label or a headline to drop
MIN_SENTENCE_WORDS = 4  # a shorter line is a label, whatever its punctuation
SAMPLE_CHARS = 160
VOCAB_CHARS = 400  # a paragraph names its story's people and places early
MAX_CACHED_TOKENS = 1 << 17  # tokens whose story words are kept per process (cleared when full)
SHORT_RUN_WINDOW = 6
BODY_FAR = 6  # lines away from the body past which distance says no more
BODY_GAP = 3  # non-prose lines allowed between two prose lines of the same body run
CHAIN_WORDS = 2  # words a paragraph shares with the paragraphs above it: the same story goes on
STORY_SHARE = 0.2  # share of a prose cluster's words found in the main cluster: the same story
FOREIGN_RUN = 3  # headlines in a row after the body: a list of other stories
LISTING_TEASERS = 2  # teasers cut with « … » that make a run of short lines a listing
MAX_HEADLINE_WORDS = 30
STORY_SHARE_HEADLINE = 0.34  # a subheading or a results line shares more of the story's words


@dataclass(frozen=True, slots=True)
class Shape:
    """Per-line feature rows and the body run they were measured against."""

    rows: list[list[float] | None]  # None for the lines the model does not judge (ruled, or prose)
    body: tuple[int, int] | None  # first and last line index of the main prose run
    foreign_runs: frozenset[int]  # lines in runs of other stories' headlines after the body
    teasers: int  # lines cut with « … » (a listing's teasers)
    prose: list[bool]  # the lines read as prose (never judged by the model)
    vocab: list[set[str]]  # each line's story words (long words, common ones aside)
    body_words: set[str]  # the story words of the body's prose lines

    def story_share(self, i: int) -> float:
        """Share of line i's story words found in the body's prose (a subheading's are; another story's are not)."""
        return _overlap(self.vocab[i], self.body_words)


@lru_cache(maxsize=8192)  # short lines (labels, furniture) repeat from page to page
def is_prose(text: str, n_words: int) -> bool:
    """A sentence of some length, or any line long enough to be a paragraph whatever its last character
    (a question, a paragraph cut by the page's end); a teaser cut with « … » is not. A short line is a
    sentence when it opens with a capital, closes with a full stop (or ! ?) and holds a function word (« Les
    politologues avancent plusieurs explications. »): a label has none of the three."""
    stripped = text.strip()
    if stripped.endswith(ELLIPSIS_ENDS) or n_words < MIN_SENTENCE_WORDS:
        return False
    if n_words < PROSE_WORDS and _credit_in_brackets(stripped):
        return False  # a photo caption signed « (AFP) », « (Photo X/Y) »
    if n_words >= PROSE_WORDS or looks_like_body(stripped, n_words):
        return True
    return (
        stripped[0].isupper() and stripped.endswith((".", "!", "?"))
        and any(token in FUNCTION_WORDS for token in TOKEN_RE.findall(stripped.lower()))
    )


def _credit_in_brackets(text: str) -> bool:
    """The line closes on a bracket holding a credit: a credit cue or capitals only."""
    if not text.endswith(")") or "(" not in text:
        return False
    inside = text[text.rindex("(") + 1:-1].strip()
    letters = [c for c in inside if c.isalpha()]
    return bool(letters) and (CREDIT_CUE_RE.search(inside) is not None or all(c.isupper() for c in letters))


def measure_shape(texts: list[str], ruled: list[bool], folded: list[str], words: list[int]) -> Shape:
    """Feature rows for `texts` (a document's lines, `folded` as `fold` gives them); `ruled[i]` says a
    noise rule already took line i. Ruled lines and prose get no row: the model never drops a sentence."""
    n = len(texts)
    prose = [not r and is_prose(t, w) for t, r, w in zip(texts, ruled, words, strict=True)]
    vocab = [_vocabulary(f) for f in folded]
    clusters, cluster_words, main = _prose_clusters(prose, words, vocab)
    body, body_words = _body_run(clusters, cluster_words, main)
    ellipsis = [words[i] >= 6 and t.rstrip().endswith(ELLIPSIS_ENDS) for i, t in enumerate(texts)]
    long_lines = sum(1 for w in words if w >= 6) or 1
    doc_ellipsis = sum(ellipsis) / long_lines
    doc_prose = math.log1p(sum(prose)) / 3
    # Kinship is read for the judged lines and for the line under each of them (teaser_pair), only there.
    prose_lines = [i for i in range(n) if prose[i]]
    runs = _short_runs(prose)
    cluster_of = {i: c for c in clusters for i in c}
    prose_words = sum(words[i] for c in clusters for i in c) or 1
    main_share = sum(words[i] for i in main) / prose_words if main else 0.0
    n_clusters = math.log1p(len(clusters)) / 3
    pair_share = _pair_share(prose, words)
    heads = _story_pairs(prose, words, vocab)
    doc_pairs = min(len(heads), 6) / 6
    main_lines = math.log1p(len(main)) / 3
    repeated = repeated_lines(folded, [i for i in range(n) if not ruled[i] and not prose[i]])
    rows: list[list[float] | None] = []
    for i, text in enumerate(texts):
        in_body = body is not None and body[0] <= i <= body[1]
        if ruled[i] or prose[i]:
            rows.append(None)
            continue
        stripped = text.strip()
        head = stripped[:SAMPLE_CHARS]  # the look of a line shows in its first words; long lines are prose
        n_letters = len(LETTER_RE.findall(head))
        lower_tokens = TOKEN_RE.findall(folded[i], 0, SAMPLE_CHARS)
        cluster = cluster_of.get(i)
        kin_next = _kinship(i + 1, vocab, prose_lines) if words[i] <= 20 and i + 1 < n and words[i + 1] >= 8 else None
        rows.append([
            math.log1p(words[i]) / 4,
            float(stripped.endswith(SENTENCE_ENDS) and not stripped.endswith(ELLIPSIS_ENDS)),
            float(ellipsis[i]),
            float(stripped.endswith("?")),
            float(stripped.endswith(":")),
            sum(tok in FUNCTION_WORDS for tok in lower_tokens) / max(len(lower_tokens), 1),
            len(UPPER_RE.findall(head)) / max(n_letters, 1),
            len(CAPITALISED_RE.findall(head)) / max(len(head.split()), 1),
            len(DIGIT_RE.findall(head)) / max(len(head), 1),
            float(TIME_PREFIX_RE.match(stripped) is not None),
            float(URL_RESIDUE_RE.search(head) is not None),
            float(CREDIT_CUE_RE.search(head) is not None),
            float(any(q in head for q in "«»“”")),
            float(i in repeated),
            float(i > 0 and ruled[i - 1]),
            float(i + 1 < n and ruled[i + 1]),
            float(in_body),
            float(body is not None and i < body[0]),
            float(body is not None and i > body[1]),
            _short_run(i, prose, words) / SHORT_RUN_WINDOW,
            float(i > 0 and prose[i - 1]),
            float(i + 1 < n and prose[i + 1]),
            float(i + 1 < n and ellipsis[i + 1]),
            float(i > 0 and ellipsis[i - 1]),
            _overlap(vocab[i], body_words),
            doc_ellipsis,
            doc_prose,
            float(i == 0),
            float(i == n - 1),
            float(words[i] <= 25 and RUBRIC_PREFIX_RE.match(stripped) is not None),
            float(body is None),
            _kinship(i, vocab, prose_lines),
            min(runs[i], 8) / 8,
            float(kin_next is not None and kin_next < 0.15
                  and not (body is not None and body[0] <= i + 1 <= body[1] and kin_next >= 0.15)),
            float(i + 1 < n and prose[i + 1] and body is not None and body[0] <= i + 1 <= body[1]),
            float(any(prose[max(0, i - BODY_GAP):i]) and any(prose[i + 1:i + 1 + BODY_GAP])),
            float(cluster is main),
            _body_distance(i, body),
            main_share,
            n_clusters,
            sum(words[j] for j in cluster) / prose_words if cluster else 0.0,
            i / max(n - 1, 1),
            pair_share,
            main_lines,
            math.log1p(len(cluster)) / 3 if cluster else 0.0,
            float(i in heads),
            doc_pairs,
        ])
    foreign = _foreign_runs(texts, ruled, prose, words, vocab, body, body_words)
    return Shape(rows, body, foreign, sum(ellipsis), prose, vocab, body_words)


def _vocabulary(folded: str) -> set[str]:
    """The line's words that can tie it to a story: WORD_RE's in its first VOCAB_CHARS, less the common
    ones. WORD_RE's runs of letters never cross a space, so they are read token by token, and each
    token's once per process (_TOKEN_WORDS): tokens repeat from line to line and page to page."""
    return set().union(*map(_TOKEN_WORDS.__getitem__, folded[:VOCAB_CHARS].split()))


def _story_words(token: str) -> frozenset[str]:
    """A folded token's story words."""
    return frozenset(WORD_RE.findall(token)) - COMMON_WORDS


_TOKEN_WORDS = WordMemo(_story_words, MAX_CACHED_TOKENS)


def _story_pairs(prose: list[bool], words: list[int], vocab: list[set[str]]) -> set[int]:
    """Heads of headline-and-teaser pairs: a short line over a prose line that shares its words, where
    that prose line does not go on into the next one (a listing's item; an article's subheading is
    followed by paragraphs that keep to the story)."""
    heads = set()
    for i in range(len(prose) - 1):
        if prose[i] or not 2 <= words[i] <= MAX_HEADLINE_WORDS or not prose[i + 1] or not vocab[i] & vocab[i + 1]:
            continue
        following = next((j for j in range(i + 2, min(len(prose), i + 2 + BODY_GAP)) if prose[j]), None)
        if following is None or len(vocab[i + 1] & vocab[following]) < CHAIN_WORDS:
            heads.add(i)
    return heads


def _pair_share(prose: list[bool], words: list[int]) -> float:
    """Share of the prose lines that come right under a short line: a listing is headline, teaser,
    headline, teaser; an article's paragraphs mostly follow one another."""
    n_prose = sum(prose)
    if not n_prose:
        return 0.0
    pairs = sum(1 for i in range(1, len(prose)) if prose[i] and not prose[i - 1] and 0 < words[i - 1] <= PROSE_WORDS)
    return pairs / n_prose


def _body_distance(i: int, body: tuple[int, int] | None) -> float:
    """How far outside the body the line sits, in lines (0 inside; 1 far away or without a body)."""
    if body is None:
        return 1.0
    gap = body[0] - i if i < body[0] else i - body[1] if i > body[1] else 0
    return min(gap, BODY_FAR) / BODY_FAR


def _foreign_runs(
    texts: list[str],
    ruled: list[bool],
    prose: list[bool],
    words: list[int],
    vocab: list[set[str]],
    body: tuple[int, int] | None,
    body_words: set[str],
) -> frozenset[int]:
    """After the article's body, runs of at least FOREIGN_RUN short title-like lines that share little
    of the story's words: a list of other stories. Such a run goes when a widget line that a rule took
    stands between it and the body and its lines share no words with each other (a list of one topic,
    a prize list or results, shares words from line to line and stays), or when it holds
    LISTING_TEASERS teasers cut with « … » (an article's own list is not cut short)."""
    if body is None:
        return frozenset()
    found: set[int] = set()
    run: list[int] = []
    separated = False  # a line a rule took sits between the body and the run
    for i in range(body[1] + 1, len(texts) + 1):
        if i < len(texts) and ruled[i]:
            separated = separated or not run
            continue
        headline = (
            i < len(texts) and headline_shaped(texts[i], prose[i]) and 2 <= words[i] <= MAX_HEADLINE_WORDS
            and _overlap(vocab[i], body_words) < STORY_SHARE_HEADLINE
        )
        if headline:
            run.append(i)
            continue
        listing = sum(texts[j].rstrip().endswith(ELLIPSIS_ENDS) for j in run) >= LISTING_TEASERS
        if len(run) >= FOREIGN_RUN and (listing or (separated and unrelated(run, vocab))):
            found.update(run)
        run, separated = [], False
    return frozenset(found)


def headline_shaped(text: str, is_prose_line: bool) -> bool:
    """A line a headline can be: no sentence, or one sentence closing on a quotation, a question or an
    exclamation (« … « une loi historique » »). A line closed by a full stop, cut mid-word, or of two
    sentences is a story's text."""
    stripped = text.strip()
    return not is_prose_line or (stripped.endswith(HEADLINE_CLOSERS) and SENTENCE_BREAK_RE.search(stripped) is None)


def unrelated(run: list[int], vocab: list[set[str]], least: int = 1) -> bool:
    """Fewer than half the lines share `least` words with another line of the run."""
    sharing = sum(1 for i in run if any(len(vocab[i] & vocab[j]) >= least for j in run if j != i))
    return sharing < len(run) / 2


def _kinship(i: int, vocab: list[set[str]], prose_lines: list[int]) -> float:
    """Share of the line's words found in another prose line of the page: paragraphs of one story
    share names and words; teasers and headlines of other stories do not."""
    own = vocab[i]
    if not own:
        return 0.0
    best = max(map(len, map(own.intersection, [vocab[j] for j in prose_lines if j != i])), default=0)
    return min(best / len(own), 1.0) if len(own) > 2 else min(best / 3, 1.0)


def _short_runs(prose: list[bool]) -> list[int]:
    """For each line, the length of the run of consecutive non-prose lines it belongs to (0 for prose)."""
    lengths = [0] * len(prose)
    i = 0
    while i < len(prose):
        if prose[i]:
            i += 1
            continue
        j = i
        while j < len(prose) and not prose[j]:
            j += 1
        for k in range(i, j):
            lengths[k] = j - i
        i = j
    return lengths


def _prose_clusters(
    prose: list[bool], words: list[int], vocab: list[set[str]]
) -> tuple[list[list[int]], list[set[str]], list[int]]:
    """Runs of prose lines (gaps of at most BODY_GAP other lines) that share words from paragraph to
    paragraph, each with its lines' story words, and the one that holds the most words: the article's own text."""
    clusters: list[list[int]] = []
    cluster_words: list[set[str]] = []
    for i, is_prose_line in enumerate(prose):
        if is_prose_line:
            near = clusters and i - clusters[-1][-1] <= BODY_GAP + 1
            if near and len(vocab[i] & cluster_words[-1]) >= CHAIN_WORDS:
                clusters[-1].append(i)
                cluster_words[-1] |= vocab[i]
            else:
                clusters.append([i])
                cluster_words.append(set(vocab[i]))
    main = max(clusters, key=lambda c: sum(words[i] for i in c)) if clusters else []
    return clusters, cluster_words, main


def _body_run(clusters: list[list[int]], cluster_words: list[set[str]], main: list[int]) -> tuple[tuple[int, int] | None, set[str]]:
    """Where the article runs: the main cluster of prose, stretched over the other clusters that tell
    the same story (they share its words: a results table or a list between two paragraphs stays
    inside; teasers of other stories do not share them); and the story words of its prose lines (a
    cluster's lines follow the previous cluster's: the body's prose lines are its clusters')."""
    if not main:
        return None, set()
    story = next(own for cluster, own in zip(clusters, cluster_words, strict=True) if cluster is main)
    low, high = main[0], main[-1]
    for cluster, own in zip(clusters, cluster_words, strict=True):
        if cluster is not main and own and len(own & story) / len(own) >= STORY_SHARE:
            low, high = min(low, cluster[0]), max(high, cluster[-1])
    inside = (own for cluster, own in zip(clusters, cluster_words, strict=True) if low <= cluster[0] and cluster[-1] <= high)
    return (low, high), set().union(*inside)


def _overlap(words: set[str], vocabulary: set[str]) -> float:
    """Share of the line's words found in the body's prose lines (a subheading shares the story's
    words; another article's headline does not)."""
    if not words or not vocabulary:
        return 0.0
    return len(words & vocabulary) / len(words)


def _short_run(i: int, prose: list[bool], words: list[int]) -> int:
    """How many non-prose, non-empty lines surround line i within the window (runs of headlines/labels)."""
    low, high = max(0, i - SHORT_RUN_WINDOW // 2), min(len(prose), i + SHORT_RUN_WINDOW // 2 + 1)
    return sum(1 for j in range(low, high) if j != i and not prose[j] and words[j] > 0)
