"""What the Article page shows, computed from a draft and its report: traffic lights, the preview
with unsupported facts marked, the search-result preview, the source pane. Presentation only: the
judgments are the checks' own, by the draft's limits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from redac.checks import Report
from redac.limits import Limits
from redac.seo.page import Page
from redac.seo.serp import title_width_px
from redac.serve.draft import Draft

SHOWN_TITLES = 6
NEAR = 0.75  # a score this share of its threshold is orange, below it red
ELLIPSIS = " …"


@dataclass(frozen=True, slots=True)
class Light:
    id: str
    name: str
    state: str  # green, orange, red, off
    message: str


def lights(report: Report, limits: Limits) -> list[Light]:
    audit = report.audit
    found = [
        _scored("seo", "SEO", audit.seo_score, limits.seo_min_score, f"score SEO {audit.seo_score}/100"),
        _scored("readability", "Lisibilité", audit.readability_score, limits.readability_min_score,
                f"score de lisibilité {audit.readability_score}/100"),
    ]
    length = report.check("length")
    if length is not None:
        found.append(_scored("length", "Longueur", length.details["words"], length.details["min_words"], length.message)
                     if length.details["min_words"] else Light("length", "Longueur", "green", length.message))
    for check_id, name in (("faithfulness", "Fidélité"), ("originality", "Originalité"), ("structure", "Structure")):
        check = report.check(check_id)
        if check is None:
            found.append(Light(check_id, name, "off", "sans objet : le moteur extractif reprend les phrases de la source"))
        else:
            found.append(Light(check_id, name, "green" if check.passed else "red", check.message))
    return found


def _scored(id_: str, name: str, value: float, threshold: float, message: str) -> Light:
    state = "green" if value >= threshold else "orange" if value >= NEAR * threshold else "red"
    return Light(id_, name, state, message)


def other_checks(report: Report) -> list[dict]:
    shown = {"length", "faithfulness", "originality", "structure", "audit"}
    return [{"name": c.name, "passed": c.passed, "message": c.message} for c in report.checks if c.id not in shown]


def preview_html(page: Page, report: Report, draft: Draft) -> Markup:
    """The article's body as HTML: every text escaped, unsupported facts in <mark> with what the
    source says, each block carrying the ids of the source sentences it comes from."""
    provenance = [(line["text"], line["sources"]) for line in draft.result["provenance"]]
    parts: list[str] = [f"<h1>{escape(page.title)}</h1>"]
    in_list = False
    for block in page.blocks:
        if (block.kind == "list_item") != in_list:
            parts.append("<ul>" if not in_list else "</ul>")
            in_list = not in_list
        tag = {"heading": f"h{max(2, block.level)}", "list_item": "li", "quote": "blockquote"}.get(block.kind, "p")
        ids = sorted({source["id"] for text, sources in provenance if text in block.text for source in sources})
        attribute = f' data-sources="{" ".join(map(str, ids))}"' if ids else ""
        parts.append(f"<{tag}{attribute}>{_marked(block.text, report, draft)}</{tag}>")
    if in_list:
        parts.append("</ul>")
    return Markup("\n".join(parts))


def _marked(text: str, report: Report, draft: Draft) -> str:
    """`text` escaped, each unsupported fact it holds wrapped in a <mark> explaining why."""
    spans = []
    for item in report.unsupported:
        if item.sentence not in text:
            continue
        start = text.find(item.text, text.find(item.sentence))
        if start >= 0:
            spans.append((start, start + len(item.text), f"{item.reason}. La source dit : {quoted(closest_source(item.sentence, draft))}"))
    spans.sort()
    out, position = [], 0
    for start, end, why in spans:
        if start < position:
            continue
        out.append(str(escape(text[position:start])))
        out.append(f'<mark class="unsupported" title="{escape(why)}">{escape(text[start:end])}</mark>')
        position = end
    out.append(str(escape(text[position:])))
    return "".join(out)


def closest_source(sentence: str, draft: Draft) -> str:
    """The source sentence sharing the most words with `sentence` (what the source says there)."""
    words = set(_words(sentence))
    best = max(draft.sentences, key=lambda s: len(words & set(_words(s["text"]))), default=None)
    return best["text"] if best else ""


def quoted(text: str) -> str:
    """`text` between guillemets, unless it already opens with one."""
    return text if text.startswith("«") else f"« {text} »"


def _words(text: str) -> list[str]:
    return [word for word in re.findall(r"\w{3,}", text.lower()) if not word.isdigit()]


def serp(draft: Draft) -> dict:
    """The search result as Google shows it: title cut where it passes the width limit (600 px),
    description at the length limit (156 characters)."""
    title, description = draft.fields.title, draft.fields.description
    max_px, max_chars = draft.limits.title_max_px, draft.limits.description_max_chars
    return {
        "title": _cut_px(title, max_px), "title_px": title_width_px(title), "title_max_px": max_px,
        "description": _cut_chars(description, max_chars), "description_chars": len(description),
        "description_max": max_chars, "url": f"exemple.fr › {draft.fields.slug}",
    }


def _cut_px(text: str, limit: int) -> str:
    if title_width_px(text) <= limit:
        return text
    words = text.split()
    while words and title_width_px(" ".join(words) + ELLIPSIS) > limit:
        words.pop()
    return " ".join(words) + ELLIPSIS


def _cut_chars(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - len(ELLIPSIS)].rsplit(" ", 1)[0] + ELLIPSIS


def title_candidates(draft: Draft) -> list[dict]:
    """The plan's best candidates (typeset as the article is), the current title first if it is not one."""
    from redac.french.typography import typeset

    texts = [typeset(c["text"]) for c in draft.result["plan"]["title_candidates"][:SHOWN_TITLES]]
    candidates = [{"text": text, "width_px": title_width_px(text)} for text in texts]
    if draft.fields.title not in {c["text"] for c in candidates}:
        candidates.insert(0, {"text": draft.fields.title, "width_px": title_width_px(draft.fields.title)})
    return candidates


def source_paragraphs(draft: Draft) -> list[list[dict]]:
    """The cleaned source's sentences grouped by paragraph, for the source pane."""
    paragraphs: dict[int, list[dict]] = {}
    for sentence in draft.sentences:
        paragraphs.setdefault(sentence["paragraph"], []).append(sentence)
    return [paragraphs[index] for index in sorted(paragraphs)]
