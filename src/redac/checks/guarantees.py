"""Every guarantee of DESIGN.md judged on a finished article.

Each check is a measurement compared with a threshold of the `Limits` it is given (limits.py, the one
table to read or tune). The SEO/readability audit (seo/) is one of the checks; faithfulness (checks/faithfulness)
another. Checks read a `Page`, so an article written by redac and one written by anyone else (an
editor, a chatbot) are judged the same way.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace

from redac.analysis.keyphrase import KeyphraseMatcher
from redac.checks.faithfulness import SourceFacts, Unsupported, sentences_to_review, unsupported_facts
from redac.checks.length import Length, article_length, length_message
from redac.french.foreign import foreign_fragments
from redac.french.novelty import title_copy
from redac.french.tokens import tokens
from redac.french.wordlists import function_words
from redac.french.words import count_words
from redac.limits import DEFAULT_LIMITS, Limits
from redac.seo.audit import AuditReport, audit_page
from redac.seo.page import Page
from redac.seo.serp import title_width_px

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DESCRIPTION_LABEL_RE = re.compile(r"^(?P<label>[^:.!?«»]{2,60}?)\s:\s(?P<text>\S.*)$", re.DOTALL)  # « keyphrase : sentence »


@dataclass(slots=True)
class Check:
    id: str
    name: str  # French, for editors
    passed: bool
    message: str
    details: dict = field(default_factory=dict)


@dataclass(slots=True)
class Report:
    checks: list[Check]
    audit: AuditReport
    unsupported: list[Unsupported]
    words: int
    notes: list[str] = field(default_factory=list)  # what the article carries besides its text (credit, image, links)
    to_review: list[Unsupported] = field(default_factory=list)  # sentences no source sentence supports: read, not failed

    @property
    def failed(self) -> list[Check]:
        return [check for check in self.checks if not check.passed]

    def check(self, id_: str) -> Check | None:
        return next((check for check in self.checks if check.id == id_), None)

    def to_dict(self) -> dict:
        return {
            "passed": not self.failed,
            "words": self.words,
            "checks": [asdict(check) for check in self.checks],
            "unsupported_facts": [asdict(item) for item in self.unsupported],
            "to_review": [asdict(item) for item in self.to_review],
            "notes": self.notes,
            "audit": self.audit.to_dict(),
        }


def check_page(
    page: Page,
    source: SourceFacts,
    *,
    min_words: int | None = None,
    source_title: str | None = None,
    locate=None,
    originality_source: list[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Report:
    """All checks on `page` against its source. `locate(text)` names where a text sits ("ligne 12");
    `min_words` defaults to the limits'."""
    min_words = limits.min_words if min_words is None else min_words
    audit = audit_page(page, min_words=min_words, limits=limits)
    length = article_length(page)
    words = length.counted
    units = _units(page, locate)
    unsupported, to_review = unsupported_facts(units, source), sentences_to_review(units, source)
    if locate:  # the sentence's own line, more precise than its block's
        unsupported = [replace(item, where=locate(item.sentence) or item.where) for item in unsupported]
        to_review = [replace(item, where=locate(item.sentence) or item.where) for item in to_review]
    checks = [
        _length(length, min_words, sum(count_words(sentence.text) for sentence in source.sentences)),
        _language(audit, page),
        _structure(page, limits),
        _title(page, source_title, limits),
        _meta(page, limits),
        _slug(page, limits),
        _audit_scores(audit, limits),
        _faithfulness(unsupported),
    ]
    if originality_source is not None:  # a rewrite, not an extract: judge how much it copies
        checks.append(_originality(page, originality_source, limits))
    return Report(checks, audit, unsupported, words, to_review=to_review)


def article_words(page: Page) -> int:
    """The project's count: body, subheadings, lists and FAQ; not the H1, front matter or JSON-LD;
    a sentence's second verbatim copy not counted (checks/length.py)."""
    return article_length(page).counted


def _units(page: Page, locate) -> list[tuple[str, str, bool]]:
    units = [("titre", page.title, False), *_description_units(page.description)]
    if page.h1 and page.h1 != page.title:
        units.append(("H1", page.h1, False))
    heading = ""
    for index, block in enumerate(page.blocks):
        if block.kind == "heading":
            heading = block.text
        where = locate(block.text) if locate else None
        where = where or f"bloc {index + 1}" + (f" (« {heading} »)" if heading else "")
        units.append((where, block.text, block.kind != "heading"))
    return [unit for unit in units if unit[1]]


def _description_units(description: str) -> list[tuple[str, str, bool]]:
    """A meta description that opens on its keyphrase (« Ministre de l’Intérieur : le Président a nommé… ») joins a
    label that sums up the article to a sentence of it: the label is checked as a title is (against the whole
    source), the sentence as prose (against the passage it is built on)."""
    label = DESCRIPTION_LABEL_RE.match(description)
    if label is None:
        return [("meta description", description, True)]
    return [("meta description", label.group("label"), False), ("meta description", label.group("text"), True)]


def _length(length: Length, min_words: int, source_words: int) -> Check:
    passed, message = length_message(length, min_words, source_words)
    details = {"words": length.counted, "repeated_words": length.repeated, "min_words": min_words, "source_words": source_words}
    return Check("length", "Longueur", passed, message, details)


def _language(audit: AuditReport, page: Page) -> Check:
    """Every paragraph French, and no English fragment left inside one (the offline engine cannot
    translate: it reports the fragment; the llm engine translates it)."""
    result = audit.result("frenchLanguage")
    passed = result is None or result.rating != "bad"
    message = result.message if result else "texte trop court pour juger"
    fragments = [
        (fragment, f"bloc {index + 1}") for index, block in enumerate(page.blocks) for fragment in foreign_fragments(block.text)
    ]
    if fragments:
        first, where = fragments[0]
        message = f"{len(fragments)} passage(s) en anglais à traduire, dont « {first} » ({where}) ; {message}"
    details = {"foreign_fragments": [{"text": text, "where": where} for text, where in fragments]}
    return Check("language", "Langue française", passed and not fragments, message, details)


def _structure(page: Page, limits: Limits) -> Check:
    h2 = sum(1 for block in page.blocks if block.kind == "heading" and block.level == 2)
    sections = _h2_section_words(page)
    long_sections = [words for words in sections if words > limits.section_max_words]
    paragraph_words = [count_words(block.text) for block in page.blocks if block.kind != "heading"]
    long_paragraphs = [words for words in paragraph_words if words > limits.paragraph_max_words]
    problems = []
    if page.h1_count != 1:
        problems.append(f"{page.h1_count} titres H1 (un seul attendu)")
    if h2 < limits.min_h2:
        problems.append(f"{h2} intertitres H2 (au moins {limits.min_h2})")
    if long_sections:
        problems.append(f"{len(long_sections)} section(s) de plus de {limits.section_max_words} mots")
    if long_paragraphs:
        problems.append(f"{len(long_paragraphs)} paragraphe(s) de plus de {limits.paragraph_max_words} mots")
    message = "; ".join(problems) or f"un H1, {h2} H2, sections et paragraphes dans les limites"
    details = {"h1": page.h1_count, "h2": h2, "section_words": sections, "long_paragraphs": long_paragraphs}
    return Check("structure", "Structure", not problems, message, details)


def _h2_section_words(page: Page) -> list[int]:
    """Words under each H2 (its H3 subsections included), and before the first one."""
    sections = [0]
    for block in page.blocks:
        if block.kind == "heading" and block.level <= 2:
            sections.append(0)
        elif block.kind != "heading":
            sections[-1] += count_words(block.text)
    return [words for words in sections if words]


COPY_MESSAGES = {
    "equal": "identique au titre de la source",
    "prefix": "début ou coupe du titre de la source",
    "near-copy": "quasi-copie du titre de la source",
}


def _title(page: Page, source_title: str | None, limits: Limits) -> Check:
    title = page.title
    width = title_width_px(title)
    problems = []
    if not title:
        problems.append("pas de titre")
    copy = title_copy(title, source_title, page.keyphrase)
    if copy:
        problems.append(COPY_MESSAGES[copy])
    if width > limits.title_max_px:
        problems.append(f"{width} px (maximum {limits.title_max_px})")
    matcher = KeyphraseMatcher(page.keyphrase)
    position = matcher.phrase_position(title) if matcher and title else None
    if matcher and title and (position is None or position > limits.title_keyphrase_max_position * len(title)):
        problems.append("expression clé absente du début du titre")
    message = "; ".join(problems) or f"titre personnalisé, {width} px, expression clé en tête"
    details = {"title": title, "width_px": width, "keyphrase_position": position, "copy_of_source": copy or None}
    return Check("title", "Titre", not problems, message, details)


def _meta(page: Page, limits: Limits) -> Check:
    description = page.description
    length = len(description)
    problems = []
    if not limits.description_min_chars <= length <= limits.description_max_chars:
        problems.append(f"{length} caractères (entre {limits.description_min_chars} et {limits.description_max_chars})")
    matcher = KeyphraseMatcher(page.keyphrase)
    if matcher and not matcher.found_in(tokens(description)):
        problems.append("expression clé absente")
    message = "; ".join(problems) or f"{length} caractères, expression clé présente"
    return Check("meta", "Méta-description", not problems, message, {"chars": length})


def _slug(page: Page, limits: Limits) -> Check:
    slug = page.slug
    parts = slug.split("-") if slug else []
    stop_words = [part for part in parts if part in function_words() and not part.isdigit()]
    problems = []
    if not SLUG_RE.match(slug or ""):
        problems.append("slug vide ou hors ASCII minuscule")
    if len(slug) > limits.slug_max_chars:
        problems.append(f"{len(slug)} caractères (maximum {limits.slug_max_chars})")
    if stop_words:
        problems.append(f"mots vides : {', '.join(stop_words)}")
    message = "; ".join(problems) or f"« {slug} »"
    return Check("slug", "Slug", not problems, message, {"slug": slug})


def _audit_scores(audit: AuditReport, limits: Limits) -> Check:
    passed = audit.seo_score >= limits.seo_min_score and audit.readability_score >= limits.readability_min_score
    bad = [result.name for result in audit.results if result.rating == "bad" and result.group in {"seo", "readability"}]
    message = f"SEO {audit.seo_score}/100, lisibilité {audit.readability_score}/100"
    if bad:
        message += f" ; à revoir : {', '.join(bad)}"
    return Check("audit", "Audit SEO et lisibilité", passed, message, {"seo": audit.seo_score, "readability": audit.readability_score})


def _faithfulness(unsupported: list[Unsupported]) -> Check:
    if not unsupported:
        return Check("faithfulness", "Fidélité à la source", True, "chaque nombre, date, citation et nom est dans la source")
    first = unsupported[0]
    message = f"{len(unsupported)} fait(s) non étayé(s), dont {first.kind} « {first.text} » ({first.where}) : {first.reason}"
    return Check("faithfulness", "Fidélité à la source", False, message, {"count": len(unsupported)})


def _originality(page: Page, source_texts: list[str], limits: Limits) -> Check:
    from redac.checks.originality import SHINGLE_WORDS, copied_share

    share = copied_share([block.text for block in page.blocks if block.kind != "heading"], source_texts)
    passed = share <= limits.originality_max_copied
    message = f"{share:.0%} des suites de {SHINGLE_WORDS} mots recopiées de la source (maximum {limits.originality_max_copied:.0%})"
    return Check("originality", "Originalité", passed, message, {"copied_share": round(share, 3)})
