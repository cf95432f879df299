"""The article being edited: the rewrite's result plus what the editor changed (fields and body).

The body is the Markdown below the H1, exactly as `redac rewrite` writes it, so an untouched draft
exports the very same Markdown; the title, meta description, slug and keyphrase are fields that
the front matter and the H1 are built from.
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass, replace
from dataclasses import fields as dataclass_fields
from functools import cached_property

from redac.checks import Report, check_page
from redac.checks.faithfulness import SourceFacts
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Article, ArticleBlock, CleanResult, Line
from redac.pipeline import RewriteResult, source_facts
from redac.render.article import article_markdown
from redac.seo.page import Page, read_page

SPACES_RE = re.compile(r"[ \t\r\n]+")


@dataclass(slots=True)
class Fields:
    title: str
    description: str
    slug: str
    keyphrase: str


@dataclass
class Draft:
    id: str
    source: CleanResult
    result: dict  # RewriteResult.to_dict() of the rewrite: plan, provenance, first report
    original: Article
    engine: str
    min_words: int
    fields: Fields
    body: str
    sentences: list[dict]  # every source sentence: id, paragraph, text (the source pane)
    limits: Limits = DEFAULT_LIMITS  # what the checks judge by (redac.toml [limits], as for the CLI)

    @classmethod
    def from_result(cls, draft_id: str, result: RewriteResult, engine: str, limits: Limits = DEFAULT_LIMITS) -> Draft:
        article = result.article
        fields = Fields(article.title, article.description, article.slug, article.keyphrase)
        sentences = [{"id": s.id, "paragraph": s.paragraph, "text": s.text} for s in result.analysis.source_sentences]
        draft = cls(draft_id, result.source, result.to_dict(), article, engine, result.plan.min_words, fields,
                    body_markdown(article), sentences, limits)
        markdown = draft.markdown()  # the pipeline has just checked this very text: its report stands
        draft._checked = (markdown, read_page(markdown, format="md", label=draft_id), result.report)
        return draft

    def state(self) -> dict:
        """What reopening this draft needs (the source itself is kept beside it)."""
        return {"id": self.id, "result": self.result, "engine": self.engine, "min_words": self.min_words,
                "fields": asdict(self.fields), "body": self.body, "sentences": self.sentences}

    @classmethod
    def from_state(cls, state: dict, source: CleanResult, limits: Limits = DEFAULT_LIMITS) -> Draft:
        original = _article_from_dict(state["result"]["article"])
        return cls(state["id"], source, state["result"], original, state["engine"], state["min_words"],
                   Fields(**state["fields"]), state["body"], state["sentences"], limits)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._checked: tuple[str, Page, Report] | None = None

    @cached_property
    def facts(self) -> SourceFacts:
        return source_facts(self.source)

    def edit(self, *, title: str, description: str, slug: str, keyphrase: str, body: str) -> None:
        self.fields = Fields(_one_line(title), _one_line(description), _one_line(slug), _one_line(keyphrase))
        self.body = body.replace("\r\n", "\n").strip("\n") + "\n"

    def markdown(self) -> str:
        """Front matter and H1 from the fields, then the body: what `redac rewrite` prints."""
        return article_markdown(self._shell()) + "\n" + self.body

    def checked(self) -> tuple[Page, Report]:
        """The page and its report, computed once per version of the text (the page and the store
        ask for the same version at once when a rewrite finishes)."""
        with self._lock:
            markdown = self.markdown()
            if self._checked is None or self._checked[0] != markdown:
                page = read_page(markdown, format="md", label=self.id)
                self._checked = (markdown, page, self._check(page))
            return self._checked[1], self._checked[2]

    def check(self) -> Report:
        return self.checked()[1]

    def _check(self, page: Page) -> Report:
        originality = [block.text for block in self.source.document.blocks] if self.engine == "llm" else None
        return check_page(page, self.facts, min_words=self.min_words, source_title=self.source.document.title,
                          originality_source=originality, limits=self.limits)

    def article(self, page: Page | None = None) -> Article:
        """The edited article as data (for HTML and JSON): unchanged blocks keep their kind and provenance."""
        page = page or self.checked()[0]
        known = {block.text: block for block in self.original.blocks}
        blocks = [known.get(block.text) or _new_block(block) for block in page.blocks]
        return replace(self._shell(), blocks=blocks)

    def to_dict(self, report: Report) -> dict:
        article = self.article()
        provenance = [
            {"block": index, "text": line.text, "sources": [{"id": i, "text": self.sentence_text(i)} for i in line.sources]}
            for index, block in enumerate(article.blocks)
            for line in block.lines
        ]
        report_dict = {**report.to_dict(), "repair_rounds": self.result["report"].get("repair_rounds", 0),
                       "usage": self.result["report"].get("usage")}
        return {**self.result, "article": {**article.to_dict(), "faq": article.faq()}, "provenance": provenance, "report": report_dict}

    @cached_property
    def sentence_texts(self) -> dict[int, str]:
        return {sentence["id"]: sentence["text"] for sentence in self.sentences}

    def sentence_text(self, sentence_id: int) -> str:
        return self.sentence_texts.get(sentence_id, "")

    def _shell(self) -> Article:
        f = self.fields
        return replace(self.original, title=f.title, description=f.description, slug=f.slug, keyphrase=f.keyphrase, blocks=[])


def _one_line(text: str) -> str:
    """Line breaks and runs of spaces folded; no-break spaces (French typography) kept."""
    return SPACES_RE.sub(" ", text).strip(" ")


def body_markdown(article: Article) -> str:
    """The article's Markdown after its H1 (front matter and H1 come from the fields)."""
    head = article_markdown(replace(article, blocks=[]))
    return article_markdown(article)[len(head) + 1 :]


def _new_block(block) -> ArticleBlock:
    if block.kind == "heading":
        return ArticleBlock("heading", [Line(block.text)], block.level)
    return ArticleBlock("list_item" if block.kind == "list_item" else "paragraph", [Line(block.text)])


def _article_from_dict(data: dict) -> Article:
    blocks = [ArticleBlock(b["kind"], [Line(line["text"], tuple(line["sources"])) for line in b["lines"]], b["level"], b["role"])
              for b in data["blocks"]]
    names = {f.name for f in dataclass_fields(Article)}
    return Article(**{**{k: v for k, v in data.items() if k in names}, "blocks": blocks})
