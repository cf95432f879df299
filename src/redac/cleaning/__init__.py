"""Clean: `Document` -> `CleanResult` (kept blocks, removed lines with reasons, the editor's brief).

Line by line: each line is matched against the noise rules (data/noise_rules.toml); instructions
pasted before or after the article become the brief; the title is found for text inputs; repeats of
the title, of earlier lines or of removed noise are dropped. A line is never cut: it is kept whole or
dropped whole with a reason, so no article sentence can be lost in part.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from redac.cleaning.brief import instruction_intents, parse_brief, split_glued_instruction
from redac.cleaning.bylines import with_byline
from redac.cleaning.listing import PERSON_NAME_RE
from redac.cleaning.model import load_model
from redac.cleaning.notices import drop_notices
from redac.cleaning.pieces import BUTTON_REASON, PIECE_REASON, SPLIT_FAMILIES, counted_buttons, split_pieces
from redac.cleaning.related_tail import TAIL_REASON, TAIL_RULE, foreign_tail
from redac.cleaning.rules import Line, Rule, load_rules
from redac.cleaning.shape import COMMON_WORDS, TIME_PREFIX_RE, VOCAB_CHARS, WORD_RE, is_prose
from redac.cleaning.title import closes_as_headline, is_dateline, is_subheading, is_title_like, looks_like_body, reads_as_title, reads_english
from redac.french.text import word_count
from redac.models import Block, CleanResult, Document, Removal

INSTRUCTION = "editor's instruction (parsed into the brief)"
IGNORED_INSTRUCTION = "instruction-like line inside the article (not applied: source text is data)"
FOREIGN_LINE = "a line in another language outside the article (an untranslated caption or slug)"
DATELINE = "a place and its country above the article (a dateline)"
KICKER = "label above the title (rubric / kicker)"
PAGE_TITLE_COPY = "the page's title bar: the headline shown below, with the site's name after it"
SITE_NAME = "the site's name (the page's title bar shows it after the headline)"
TITLE_SEPARATORS = ("-", "–", "—", "|", "·")  # not « : », which opens many a headline after its rubric
TITLE_BAR_RE = re.compile(r" [-–—|·] \S")  # a headline, a separator, the site's name
MAX_SITE_NAME_WORDS = 5
SPLIT_PREFIXES = tuple(f"{family}." for family in SPLIT_FAMILIES)  # rule ids of the widgets cut into lines
SHAPE_CONFIDENCE = 0.9  # a decision read from the lines around a line: sure, not certain (as the shape rules')
MIN_BAR_HEADLINE_WORDS = 4  # the headline in a title bar; a shorter line it opens with is a rubric
HEADER_COPY = "an earlier copy of a line shown again above the article (the page's header; the copy above the body is kept)"
ECHOED_LABEL = "a label the next line opens with (a rubric or a name above its own headline)"
MAX_ECHOED_WORDS = 4
MIN_ECHO_EXTRA_CHARS = 4  # the line below says more than the label: a headline, not a copy
SIGNATURE = "a person's name alone after the article (the author's signature)"
TIME_STAMP_RULE = "stamp.time_alone"  # a live blog's entry stamps: they link no listing (cleaning/listing.py)
PUBLICATION_STAMPS = frozenset({"stamp.published", "stamp.date", "stamp.empty_label"})  # a byline sits next to them (cleaning/credits.py)
MAX_NAME_WORDS = 6  # « Yves-Marie de La Tour d'Auvergne »: a longer line is no name alone
LABEL_ABOVE_TITLE = "label above the title (site, rubric, date or link: the line model reads it as furniture)"
TITLE_NOISE_P = 0.7  # a line the line model reads as furniture this surely is never the title
MAX_TITLE_SCAN = 6  # lines looked at for the title, labels above it included
MAX_LABEL_WORDS = 4  # a longer line that is not the title ends the search  # a line the line model finds likelier furniture than text is never the title
MIN_ECHO_WORDS = 3
MIN_ECHO_SHARE = 0.3  # an echo is a good part of the removed line, not a few words of it
FURNITURE = "a short line the page shows three times or more, the first time too (a template’s call to action or label)"
FURNITURE_REPEATS = 3
MAX_FURNITURE_WORDS = 12
ECHO_FREE_FAMILIES = frozenset({"link", "byline", "stamp", "nav"})  # a breadcrumb, a share button: they name the page


@dataclass(slots=True)
class _Entry:
    position: int
    block: Block
    line: Line
    verdict: tuple[str, str] | None = None  # (rule id, reason) once the line is dropped
    confidence: float = 1.0  # the line model's probability of noise when it decided; rules are sure
    noise_p: float = 0.0  # the line model's probability of noise, for lines it judged
    rule: Rule | None = None
    is_title: bool = False
    intents: set[str] | None = None  # editor's-instruction intents, when the line is one


def clean_document(document: Document) -> CleanResult:
    entries = [_Entry(i, block, Line.of(block.text)) for i, block in enumerate(document.blocks)]
    rules = load_rules()
    for entry in entries:
        if rule := rules.match(entry.line):
            entry.rule, entry.verdict = rule, (rule.id, rule.reason)
        else:
            entry.intents = instruction_intents(entry.block.text)
    if document.format != "html":  # trafilatura already chose an HTML page's main content
        _judge_shape(entries)
    _drop_split_pieces(entries)
    drop_notices(entries)
    body_span = _body_span(entries)
    if document.format == "html":
        _drop_signatures(entries, body_span)
    _drop_headed_lists(entries, body_span)
    _drop_foreign_lines(entries, body_span)
    removed: list[Removal] = []
    instructions = _take_instructions(entries, removed, body_span)
    title = document.title or None
    if title is None and document.format in ("text", "markdown"):
        _drop_header_copies(entries, body_span[0])
        title = _find_title(entries)
    _drop_repeats(entries, title)
    meta = with_byline(document.meta, [(entry.rule.action if entry.rule is not None else "drop", entry.block.text) for entry in entries])
    blocks = _kept_blocks(entries, retype_headings=document.format == "text")
    removed.extend(
        Removal(e.block.text, e.verdict[1], e.verdict[0], e.position, _confidence(e)) for e in entries if e.verdict is not None
    )
    removed.sort(key=lambda removal: removal.position)
    cleaned = Document(title=title, blocks=blocks, meta=meta, source=document.source, format=document.format)
    return CleanResult(cleaned, removed, parse_brief(instructions))


def _confidence(entry: _Entry) -> float:
    """The firing rule's confidence (its fuzzy match score), else the line model's probability (1.0 for
    the other document-level verdicts)."""
    if entry.rule is not None and entry.verdict is not None and entry.verdict[0] == entry.rule.id:
        return entry.rule.confidence(entry.line)
    return entry.confidence


def _judge_shape(entries: list[_Entry]) -> None:
    """The line model drops what the rules left and the document's shape shows to be furniture."""
    ruled = [e.verdict is not None or bool(e.intents) for e in entries]
    texts, folded, words = [e.block.text for e in entries], [e.line.core for e in entries], [e.line.n_words for e in entries]
    # Behind a paywall prompt, a lone excerpt cut short is the article's visible text, not a teaser.
    paywalled = any(e.rule is not None and e.rule.family == "paywall" for e in entries)
    stamps = frozenset(i for i, e in enumerate(entries) if e.verdict is not None and e.verdict[0] == TIME_STAMP_RULE)
    dated = frozenset(i for i, e in enumerate(entries) if e.verdict is not None and e.verdict[0] in PUBLICATION_STAMPS)
    listed = frozenset(i for i, e in enumerate(entries) if e.block.kind == "list_item")
    verdicts = load_model().judge(texts, ruled, folded, words, paywalled=paywalled, stamps=stamps, listed=listed, dated=dated)
    for entry, verdict in zip(entries, verdicts, strict=True):
        if verdict is not None:
            entry.noise_p = verdict.probability
            if verdict.drop:
                entry.verdict = (
                    ("page.no_article", verdict.cue) if verdict.page
                    else (verdict.rule, verdict.cue) if verdict.rule else ("model.shape", f"line model: {verdict.cue}")
                )
                entry.confidence = round(verdict.probability, 2)


def _drop_split_pieces(entries: list[_Entry]) -> None:
    """Widgets cut into lines (cleaning/pieces.py): a prompt's fragments between two of its lines, the
    buttons of a reaction widget beside their counts."""
    texts = [e.block.text for e in entries]
    if any(e.rule is not None and e.rule.id.startswith(SPLIT_PREFIXES) for e in entries):
        families = [
            (e.rule.family if e.rule is not None and e.verdict[0] == e.rule.id else "") if e.verdict is not None else None
            for e in entries
        ]
        for i in split_pieces(families, texts, [e.line.n_words for e in entries]):
            entries[i].verdict, entries[i].confidence = ("block.piece", PIECE_REASON), SHAPE_CONFIDENCE
    for i in counted_buttons(texts):
        if entries[i].verdict is None:
            entries[i].verdict, entries[i].confidence = ("block.button", BUTTON_REASON), SHAPE_CONFIDENCE


def _drop_signatures(entries: list[_Entry], body_span: tuple[int, int]) -> None:
    """In an HTML page's main content, a person's name alone after the last paragraph is the author's
    signature (the line model, which drops it in text inputs, does not run on HTML)."""
    after = [e for e in entries[body_span[1] + 1:] if e.verdict is None] if body_span[0] <= body_span[1] else []
    for index, entry in enumerate(after):
        below = after[index + 1].block.text if index + 1 < len(after) else ""
        if entry.line.n_words <= MAX_NAME_WORDS and PERSON_NAME_RE.fullmatch(entry.block.text.strip()) and not looks_like_body(below):
            entry.verdict = ("byline.signature", SIGNATURE)


def _drop_foreign_lines(entries: list[_Entry], body_span: tuple[int, int]) -> None:
    """Outside the article's paragraphs, a line in English (an untranslated photo caption or agency slug) or a
    dateline (« La Roche-Blanche, France ») is furniture: neither the title nor text to rewrite. Inside the
    body such a line may be a quotation, and stays."""
    first, last = body_span
    for entry in entries:
        if entry.verdict is None and not entry.intents and not first <= entry.position <= last:
            if reads_english(entry.block.text):
                entry.verdict = ("caption.foreign", FOREIGN_LINE)
            elif is_dateline(entry.block.text.strip()):
                entry.verdict = ("stamp.dateline", DATELINE)


def _drop_headed_lists(entries: list[_Entry], body_span: tuple[int, int]) -> None:
    """Headlines listed under "Sur le même sujet" and the like. After the article, the whole list goes;
    inside it, only the first headline, since the next short line may be the article's own subheading,
    and never a sentence closed by its full stop (« Les politologues avancent plusieurs explications. ») nor
    a live entry's heading that opens on its time, as another line of the page does (« 12h55 : … »).
    Without any article paragraph nothing tells a listed headline from the article's own short lines
    (a question, a lone sentence), so the lines stay and only the header goes. Under a header past the
    first paragraph, lines that all tell other stories go, whatever their length (cleaning/related_tail.py)."""
    if body_span[0] > body_span[1]:
        return
    reason, left = None, 0
    stamped: list[int] | None = None  # lines opening on a time, found once a header opens a list
    for entry in entries:
        if entry.rule is not None and entry.rule.opens:
            if entry.position > body_span[0] and _other_stories_below(entries, entry.position):
                return
            reason, left = entry.rule.opens, (1 if entry.position < body_span[1] else len(entries))
        elif reason and left and entry.verdict is None:
            if stamped is None:
                stamped = [e.position for e in entries if e.verdict is None and TIME_PREFIX_RE.match(e.block.text)]
            text = entry.block.text
            inside = entry.position < body_span[1]
            sentence = inside and text.rstrip().endswith(".")  # the article's own short line
            entry_heading = inside and entry.position in stamped and len(stamped) > 1  # a live blog's entries open on their times
            if looks_like_body(text) or entry.block.kind == "heading" or not is_title_like(text) or sentence or entry_heading:
                reason = None
            else:
                entry.verdict = ("link.related_list", reason)
                left -= 1


def _other_stories_below(entries: list[_Entry], header: int) -> bool:
    """Every line left under the header tells another story (cleaning/related_tail.py): they all go, and True."""
    left = [e for e in entries[header + 1:] if e.verdict is None and not e.intents]
    above = [e.line.core for e in entries[:header] if e.verdict is None and not e.intents]
    if not foreign_tail(above, [(e.block.text, e.line.core) for e in left]):
        return False
    for entry in left:
        entry.verdict, entry.confidence = (TAIL_RULE, TAIL_REASON), SHAPE_CONFIDENCE
    return True


def _take_instructions(entries: list[_Entry], removed: list[Removal], body_span: tuple[int, int]) -> list[str]:
    """Instructions before the article's first paragraph or after its last one feed the brief;
    instruction-like lines in between are dropped but never obeyed."""
    first, last = body_span
    instructions: list[str] = []
    for entry in entries:
        if entry.verdict is not None:
            continue
        if entry.position <= first and (split := split_glued_instruction(entry.block.text)):
            instruction, rest = split
            instructions.append(instruction)
            removed.append(Removal(instruction, INSTRUCTION, "brief.glued", entry.position))
            entry.block = Block(rest, entry.block.kind, entry.block.level)
            entry.line = Line.of(rest)
        elif entry.intents:
            inside = first < entry.position < last
            entry.verdict = ("brief.ignored", IGNORED_INSTRUCTION) if inside else ("brief.instruction", INSTRUCTION)
            if not inside:
                instructions.append(entry.block.text)
    return instructions


def _body_span(entries: list[_Entry]) -> tuple[int, int]:
    """Positions of the first and last article paragraphs (instructions and noise aside)."""
    body = [e.position for e in entries if e.verdict is None and not e.intents and looks_like_body(e.block.text, e.line.n_words)]
    return (body[0], body[-1]) if body else (len(entries), -1)


def _drop_header_copies(entries: list[_Entry], first_paragraph: int) -> None:
    """Above the article's first paragraph, a line shown again further down (a headline repeated by the
    page's header or breadcrumb) goes in its earlier copy: the one right above the body is the
    article's. A short label that the next line opens with (« Top 14 » over « Top 14 – Festival
    offensif… ») is that headline's rubric and goes too. Both shapes, no words."""
    head = [e for e in entries if e.verdict is None and not e.intents and e.position <= first_paragraph]
    copies_below = Counter(entry.line.core for entry in head)  # counted down as the head is read: linear
    site_names: set[str] = set()
    for index, entry in enumerate(head):
        core = entry.line.core
        copies_below[core] -= 1
        if not core or entry.position == first_paragraph:
            continue
        if copies_below[core] > 0:
            entry.verdict = ("repeat.duplicate", HEADER_COPY)
        elif TITLE_BAR_RE.search(core) and (
            suffix := next(filter(None, (_site_suffix(core, e.line.core) for e in islice(entries, entry.position + 1, None))), None)
        ):
            entry.verdict = ("repeat.duplicate", PAGE_TITLE_COPY)
            site_names.add(suffix)
        elif entry.line.n_words <= MAX_ECHOED_WORDS and index + 1 < len(head) and _opens_with(head[index + 1].line.core, core):
            entry.verdict = ("title.kicker", ECHOED_LABEL)
    for entry in entries:
        if entry.verdict is None and entry.line.core in site_names:
            entry.verdict = ("nav.site_name", SITE_NAME)


def _site_suffix(core: str, headline: str) -> str | None:
    """The site's name, when `core` is `headline` followed by a separator and a short name (the page's
    <title>: « Headline - Site »)."""
    if len(core) <= len(headline) or not core.startswith(headline) or len(headline.split()) < MIN_BAR_HEADLINE_WORDS:
        return None
    rest = core[len(headline):]
    separator = rest[:3].strip()
    name = rest[3:].strip() if rest[:1] == " " and separator in TITLE_SEPARATORS else ""
    return name if name and len(name.split()) <= MAX_SITE_NAME_WORDS else None


def _opens_with(text: str, label: str) -> bool:
    return len(text) >= len(label) + MIN_ECHO_EXTRA_CHARS and text.startswith(label) and not text[len(label)].isalnum()


def _find_title(entries: list[_Entry]) -> str | None:
    """The first meaningful line, when it reads as a title. Above it, labels are skipped: short kickers
    and lines the line model takes for furniture (a site or rubric name, a date, a link); they are
    dropped once a title is found below them, and are never the title themselves. A headline the model
    doubts is still the title when it stands right above the article's first paragraph. A title-like
    line that shares none of the story's words, right above one that does, is a label too (a menu's alt
    text, a ticker, a date line): the headline names what the paragraphs tell. The first line past the
    short labels may close on a quotation or a tag in brackets and still be the headline. No title on a
    page where no paragraph follows (a list of headlines); a title found there only because the lines ran
    out drops the labels above it, not a longer headline-like line, which may be the page's own headline."""
    candidates = [e for e in entries if e.verdict is None][:MAX_TITLE_SCAN]
    labels: list[_Entry] = []
    for index, entry in enumerate(candidates):
        text = entry.block.text
        first = all(word_count(label.block.text) <= MAX_LABEL_WORDS for label in labels)  # short labels above at most
        if looks_like_body(text) and not (first and closes_as_headline(text) and reads_as_title(text)):
            heading = labels.pop() if labels and _heads_body(labels[-1].block.text) else None
            return _take_title(heading, labels) if heading is not None else None
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        title_like = reads_as_title(text) and not _is_kicker(text, following)
        if title_like and entry.noise_p < TITLE_NOISE_P and _body_follows(candidates[index + 1:]) and not _over_headline(entry, following, entries):
            if not any(looks_like_body(e.block.text) for e in candidates[index + 1:]):  # chosen for want of lines
                labels = [label for label in labels if not _outweighs(label, entry)]
            return _take_title(entry, labels)
        if word_count(text) > MAX_LABEL_WORDS and entry.noise_p < TITLE_NOISE_P and not title_like:
            return None
        labels.append(entry)
    return None


def _over_headline(entry: _Entry, below: _Entry | None, entries: list[_Entry]) -> bool:
    """`entry` is a label right above the headline: the next line reads as a title (not a question, an
    interview's first) and shares a story word with the article's paragraphs (shape.py's long words,
    common ones aside), where `entry` shares none."""
    if below is None or below.position != entry.position + 1 or looks_like_body(below.block.text):
        return False
    if not reads_as_title(below.block.text) or below.block.text.rstrip().endswith("?"):
        return False
    body = [e.line.core for e in entries if e.verdict is None and looks_like_body(e.block.text, e.line.n_words)]
    story = set().union(*map(_story_words, body))
    return bool(_story_words(below.line.core) & story) and not _story_words(entry.line.core) & story


def _story_words(core: str) -> set[str]:
    return set(WORD_RE.findall(core[:VOCAB_CHARS])) - COMMON_WORDS


def _outweighs(label: _Entry, title: _Entry) -> bool:
    """`label` reads as a headline longer than the title found below it, and is no sentence (a caption):
    on a page without a paragraph, it may be the page's own headline, and is not dropped as a kicker."""
    text, n_words = label.block.text, label.line.n_words
    return n_words > max(MAX_LABEL_WORDS, title.line.n_words) and reads_as_title(text) and not is_prose(text, n_words)


def _heads_body(text: str) -> bool:
    return reads_as_title(text) and word_count(text) > MAX_LABEL_WORDS


def _body_follows(after: list[_Entry]) -> bool:
    """A paragraph comes before the scan ends, or the scan ends for want of lines."""
    return any(looks_like_body(e.block.text) for e in after) or len(after) < MAX_TITLE_SCAN // 2


def _take_title(entry: _Entry, labels: list[_Entry]) -> str:
    for label in labels:
        label.verdict = ("title.kicker", KICKER) if label.noise_p < TITLE_NOISE_P else ("title.label", LABEL_ABOVE_TITLE)
    entry.is_title = True
    return entry.block.text


def _is_kicker(text: str, following: _Entry | None) -> bool:
    """A rubric word or two above a longer headline ("Politique", then the title)."""
    n_words = word_count(text)
    return (
        n_words <= 3
        and following is not None
        and is_title_like(following.block.text)
        and word_count(following.block.text) > n_words
    )


def _drop_repeats(entries: list[_Entry], title: str | None) -> None:
    """Drop repeats of the title, of earlier kept lines, and echoes of lines already dropped as noise."""
    seen = {Line.of(title).core} if title else set()
    # Ad and promo copy split over several lines; links, bylines and stamps are no source of echoes.
    noise = [e.line.core for e in entries if e.rule is not None and e.rule.family not in ECHO_FREE_FAMILIES]
    longest = max(map(len, noise), default=0)  # a line this long echoes none (most paragraphs)
    shown = Counter(e.line.core for e in entries if e.line.n_words <= MAX_FURNITURE_WORDS)
    for entry in entries:
        if entry.verdict is not None or entry.is_title:
            continue
        core = entry.line.core
        if shown[core] >= FURNITURE_REPEATS and core and not looks_like_body(entry.block.text, entry.line.n_words):
            entry.verdict = ("repeat.furniture", FURNITURE)
        elif core in seen:
            entry.verdict = ("repeat.duplicate", "duplicate of the title or of an earlier line")
        elif entry.line.n_words >= MIN_ECHO_WORDS and len(core) < longest and any(
            core in other for other in noise if len(core) < len(other) <= len(core) / MIN_ECHO_SHARE
        ):
            entry.verdict = ("repeat.noise", "repeat of a line removed as noise")
        elif core:
            seen.add(core)


def _kept_blocks(entries: list[_Entry], *, retype_headings: bool) -> list[Block]:
    kept = [e for e in entries if e.verdict is None and not e.is_title]
    blocks = []
    for index, entry in enumerate(kept):
        block = entry.block
        following = kept[index + 1].block if index + 1 < len(kept) else None
        if retype_headings and block.kind == "paragraph" and is_subheading(block.text, following, entry.line.n_words):
            block = Block(block.text, "heading", 2)
        blocks.append(block)
    return blocks
