"""The LLM writer: a draft, then bounded repairs section by section.

Two strategies write the draft. "single" (the default) asks for the whole article in one call: the
cheapest path (one call, the source sent once; `bench/llm.py` measures it). "sections" asks for the
standfirst and FAQ in one call, then each section in its own call from its own source sentences:
n + 1 calls, for small local models that cannot hold a long JSON answer together. Either way a
section is rewritten alone when a check points at it: too short, facts the source does not support,
another language, passages copied from the source. A reply that is not valid JSON is asked for again
once; a truncated reply (finish_reason "length") is never taken as an answer. Calls and completion
tokens are capped per article; what the budget or the model cannot fix is left to the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from redac.analysis import Analysis
from redac.checks.faithfulness import SourceFacts, unsupported_facts
from redac.checks.originality import copied_passages
from redac.engines.llm import prompts
from redac.engines.llm.backends import Backend, Completion
from redac.engines.llm.config import STRATEGIES, LLMSettings
from redac.engines.llm.schema import ArticleReply, LeadReply, Reply, SectionReply, parse_reply
from redac.errors import InputError
from redac.french.language import detect_language
from redac.french.words import count_words
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Article, ArticleBlock, Line, Plan, Section

SHORT_SECTION_SHARE = 0.7  # a section under 70 % of its budget is expanded
LEAD_WORDS = 200  # standfirst and FAQ
SECTION_MIN_WORDS = 80  # the least a section is asked for, whatever its budget
FACT_KINDS = {"number": "nombre", "date": "date", "quote": "citation", "name": "nom"}
COMPLETION_TOKENS_PER_WORD = 2.0  # room for a French word in the reply, JSON included


@dataclass(slots=True)
class Usage:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    notes: list[str] = field(default_factory=list)  # what went wrong on the way (truncation, bad JSON)


class BudgetSpent(Exception):
    """No call left in the article's budget."""


class LLMWriter:
    def __init__(self, backend: Backend, settings: LLMSettings, limits: Limits = DEFAULT_LIMITS):
        """`settings` gives the budget (max_calls, max_tokens) and the strategy; `limits` the rounds of
        section repairs, the copying threshold and the sentence length the prompt asks for."""
        if settings.strategy not in STRATEGIES:
            raise InputError("", f"unknown strategy {settings.strategy!r} (available: {', '.join(STRATEGIES)})")
        self.backend = backend
        self.max_calls = settings.max_calls
        self.max_tokens = settings.max_tokens
        self.strategy = settings.strategy
        self.limits = limits
        self.system = prompts.system_prompt(limits)

    def write(self, plan: Plan, analysis: Analysis, facts: SourceFacts, source_text: str) -> tuple[Article, Usage]:
        usage = Usage()
        sentences = {s.id: s for s in analysis.source_sentences}
        lead: ArticleReply | LeadReply | None
        if self.strategy == "single":
            reply = self._article_reply(plan, source_text, usage)
            # Replies match the outline by position; extra sections are dropped, missing ones repaired.
            texts = dict(enumerate(reply.sections[: len(plan.sections)])) if reply else {}
            lead = reply
        else:
            lead = self._reply(prompts.lead_prompt(plan, source_text), LeadReply, usage, LEAD_WORDS)
            texts = self._sections_one_by_one(plan, sentences, usage)
        intro = lead.chapo if lead else ""
        faq = [(q.question, q.reponse) for q in lead.faq] if lead else []
        for _ in range(self.limits.repair_rounds):
            problems = self._section_problems(plan, texts, facts, source_text)
            if not problems:
                break
            try:
                for index, found in problems.items():
                    rewritten = self._section_reply(plan.sections[index], sentences, found, usage)
                    if rewritten:
                        texts[index] = rewritten
            except BudgetSpent:
                usage.notes.append("budget d'appels épuisé avant la fin des réparations")
                break
        return self._article(plan, intro, texts, faq), usage

    # --- calls -----------------------------------------------------------------------------------
    def _call(self, prompt: str, schema: dict, usage: Usage, words: int) -> Completion:
        if usage.calls >= self.max_calls or usage.completion_tokens >= self.max_tokens:
            raise BudgetSpent()
        messages = [{"role": "system", "content": self.system}, {"role": "user", "content": prompt}]
        budget = min(self.max_tokens - usage.completion_tokens, max(512, int(words * COMPLETION_TOKENS_PER_WORD)))
        completion = self.backend.complete(messages, schema=schema, max_tokens=budget)
        usage.calls += 1
        usage.prompt_tokens += completion.prompt_tokens
        usage.completion_tokens += completion.completion_tokens
        return completion

    def _article_reply(self, plan: Plan, source_text: str, usage: Usage) -> ArticleReply | None:
        return self._reply(prompts.article_prompt(plan, source_text), ArticleReply, usage, int(plan.min_words * 1.3))

    def _reply(self, prompt: str, model: type[Reply], usage: Usage, words: int) -> Reply | None:
        """A validated reply to `prompt`, asking once more after a truncated or non-JSON answer."""
        for _ in range(2):
            try:
                completion = self._call(prompt, model.model_json_schema(), usage, words)
            except BudgetSpent:
                return None
            reply = None if completion.truncated else parse_reply(completion.text, model)
            if reply:
                return reply
            usage.notes.append("réponse tronquée" if completion.truncated else "réponse qui n'est pas le JSON demandé")
            prompt += "\n\nRéponds uniquement par l'objet JSON complet, sans texte autour."
        return None

    def _sections_one_by_one(self, plan: Plan, sentences, usage: Usage) -> dict[int, SectionReply]:
        texts = {}
        try:
            for index, section in enumerate(plan.sections):
                reply = self._section_reply(section, sentences, [], usage)
                if reply:
                    texts[index] = reply
        except BudgetSpent:
            usage.notes.append("budget d'appels épuisé avant la fin des sections")
        return texts

    def _section_reply(self, section: Section, sentences, problems: list[str], usage: Usage) -> SectionReply | None:
        words = max(section.budget, SECTION_MIN_WORDS)
        completion = self._call(prompts.section_prompt(section, sentences, problems, words), SectionReply.model_json_schema(), usage, words)
        if completion.truncated:
            usage.notes.append(f"section « {section.heading} » : réponse tronquée")
            return None
        return parse_reply(completion.text, SectionReply)

    # --- judging sections ------------------------------------------------------------------------
    def _section_problems(self, plan: Plan, texts: dict, facts: SourceFacts, source_text: str) -> dict[int, list[str]]:
        """Problems per section index, in French, for the repair prompt. Missing sections count."""
        problems: dict[int, list[str]] = {}
        for index, section in enumerate(plan.sections):
            reply = texts.get(index)
            if reply is None:
                problems[index] = ["la section manque"]
                continue
            found = []
            words = sum(count_words(p) for p in reply.paragraphes)
            if words < SHORT_SECTION_SHARE * section.budget:
                found.append(f"trop courte : {words} mots pour {section.budget} attendus")
            units = [("section", paragraph, True) for paragraph in reply.paragraphes]
            for item in unsupported_facts(units, facts):
                found.append(f"{FACT_KINDS[item.kind]} « {item.text} » : {item.reason} ; retire-le ou reprends exactement la source")
            for paragraph in reply.paragraphes:
                language, _ = detect_language(paragraph)
                if language and language != "fr":
                    found.append("un paragraphe n'est pas en français : écris-le en français")
                    break
            for passage in copied_passages(reply.paragraphes, [source_text], self.limits.originality_max_copied):
                found.append(f"ce paragraphe recopie la source mot pour mot, reformule-le : « {passage[:80]}… »")
            if found:
                problems[index] = found
        return problems

    # --- the article -----------------------------------------------------------------------------
    @staticmethod
    def _article(plan: Plan, intro: str, texts: dict, faq: list[tuple[str, str]]) -> Article:
        blocks: list[ArticleBlock] = []
        if intro:
            blocks.append(ArticleBlock("paragraph", [Line(intro, tuple(plan.intro))], role="intro"))
        for index, section in enumerate(plan.sections):
            reply = texts.get(index)
            if reply is None:
                continue
            sources = tuple(section.sentences)
            blocks.append(ArticleBlock("heading", [Line(reply.titre, sources)], level=2, role="body"))
            blocks.extend(ArticleBlock("paragraph", [Line(p, sources)], role="body") for p in reply.paragraphes if p.strip())
        if faq:
            blocks.append(ArticleBlock("heading", [Line("Questions et réponses")], level=2, role="faq"))
            for question, answer in faq:
                blocks.append(ArticleBlock("question", [Line(question)], role="faq"))
                blocks.append(ArticleBlock("answer", [Line(answer)], role="faq"))
        return Article(plan.title, plan.description, plan.slug, plan.keyphrase, blocks)

