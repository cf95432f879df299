"""The one door from the web page into the library: clean a pasted or dropped source, rewrite it
stage by stage, say how the model is configured. Everything else in `serve/` is presentation.

The stages reported are the pipeline's own (its progress hook), in French; a cancelled job stops
at the next stage boundary.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from redac.models import CleanResult

STAGES = ("nettoyage", "analyse", "plan", "rédaction", "vérifications", "réparation")
PIPELINE_STAGES = dict(zip(("clean", "analyze", "plan", "write", "check", "repair"), STAGES, strict=True))
ENGINES = {"extractive": "Hors ligne (extractif)", "llm": "Modèle configuré (LLM)"}


class Cancelled(Exception):
    """The editor cancelled the job."""


@dataclass(frozen=True, slots=True)
class Options:
    """What the editor chose on « Nouveau » (the brief's fields, as edited)."""

    min_words: int | None = None
    keyphrase: str | None = None
    language: str | None = None
    subheadings: bool = False
    engine: str = "extractive"


def clean_source(data: str | bytes, name: str | None = None) -> CleanResult:
    """The single document of a pasted text or a dropped file (feeds and exports: their first item)."""
    import redac

    results = redac.clean_many(data, name=name)
    return results[0]


def rewrite(source: CleanResult, options: Options, on_stage: Callable[[str], None], cancel: threading.Event):
    """Rewrite `source` with `options` as `redac rewrite` does (same settings and limits), calling
    `on_stage(name)` as each stage starts. Returns the result and the limits it was judged by."""
    from redac.pipeline import configured_options, rewrite_clean

    def progress(stage: str) -> None:
        if cancel.is_set():
            raise Cancelled()
        if stage in PIPELINE_STAGES:
            on_stage(PIPELINE_STAGES[stage])

    progress("clean")  # done by `clean_source` as the text arrived: the page shows it first
    brief = replace(source.brief, language=options.language or source.brief.language, subheadings=options.subheadings)
    settings, _ = configured_options(options.engine, min_words=options.min_words, keyphrase=options.keyphrase or None,
                                     progress=progress)
    result = rewrite_clean(replace(source, brief=brief), settings)
    if cancel.is_set():
        raise Cancelled()
    return result, settings.limits


def doctor() -> dict:
    """`redac doctor` for the page: what is configured (the key masked) and whether it answers."""
    from redac.engines.llm import reachability
    from redac.engines.llm.config import load_settings
    from redac.errors import RedacError

    settings = load_settings()
    if not settings.configured:
        return {"configured": False, "status": "aucun modèle configuré : le moteur hors ligne rédige (voir « redac doctor »)"}
    try:
        status = reachability(settings)
        ok = True
    except RedacError as error:
        status, ok = str(error), False
    model = settings.model_path if settings.kind == "llamacpp" else f"{settings.model} ({settings.base_url or 'api.openai.com'})"
    return {"configured": True, "ok": ok, "model": model, "status": status}  # never the key, not even masked
