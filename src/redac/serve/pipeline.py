"""The one door from the web page into the library: clean a pasted or dropped source, rewrite it
stage by stage, say how the model is configured. Everything else in `serve/` is presentation.

The stages reported are the pipeline's own (nettoyage, rédaction, vérifications); a cancelled job
stops at the next stage boundary and its result is dropped.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from typing import Callable

from redac.models import CleanResult

STAGES = ("nettoyage", "rédaction", "vérifications")
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
    """Rewrite `source` with `options`, calling `on_stage(name)` as each stage starts."""
    from redac.pipeline import rewrite_clean

    def stage(name: str) -> None:
        if cancel.is_set():
            raise Cancelled()
        on_stage(name)

    stage("nettoyage")
    brief = replace(source.brief, language=options.language or source.brief.language, subheadings=options.subheadings)
    source = replace(source, brief=brief)
    stage("rédaction")
    backend, limits = _backend(options.engine)
    result = rewrite_clean(source, min_words=options.min_words, keyphrase=options.keyphrase or None,
                           engine=options.engine, backend=backend, **limits)
    stage("vérifications")
    if cancel.is_set():
        raise Cancelled()
    return result


def _backend(engine: str):
    if engine != "llm":
        return None, {}
    from redac.engines.llm import make_backend
    from redac.engines.llm.config import load_settings

    settings = load_settings()
    return make_backend(settings), {"max_calls": settings.max_calls, "max_tokens": settings.max_tokens, "strategy": settings.strategy}


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
