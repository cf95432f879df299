"""The LLM engine: the plan turned into prompts, a model's answers checked and repaired (issue 5).

Backends (`backends/`) hide where the model runs behind one small interface.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redac.engines.llm.backends import Backend
    from redac.engines.llm.config import LLMSettings


def make_backend(settings: LLMSettings) -> Backend:
    """The backend the settings describe (the SDK is imported only here, when a model is used)."""
    from redac.errors import InputError

    if not settings.configured:
        raise InputError("", "the llm engine needs a model: --model and --base-url, REDAC_* variables or redac.toml")
    if settings.kind == "llamacpp":
        if not settings.model_path:
            raise InputError("", "the llamacpp backend needs --model-path FILE.gguf")
        from redac.engines.llm.backends.llamacpp import LlamaCppBackend

        return LlamaCppBackend(settings.model_path, n_threads=settings.threads)
    if settings.kind != "openai":
        raise InputError("", f"unknown backend {settings.kind!r} (available: openai, llamacpp)")
    if not settings.model:
        raise InputError("", "no model name: give --model or REDAC_MODEL")
    from redac.engines.llm.backends.openai_compat import OpenAIBackend

    return OpenAIBackend(
        settings.model, base_url=settings.base_url, api_key=settings.api_key,
        timeout=settings.timeout, retries=settings.retries, backoff=settings.backoff,
    )


def reachability(settings: LLMSettings) -> str:
    """One line saying whether the configured server answers (lists its models)."""
    from redac.engines.llm.backends import BackendError
    from redac.engines.llm.backends.openai_compat import OpenAIBackend

    backend = make_backend(settings)
    if not isinstance(backend, OpenAIBackend):  # llama.cpp in-process: loading the model was the test
        return "loaded: the model answers in-process"
    try:
        models = backend.client.with_options(timeout=10.0).models.list()
        names = [model.id for model in models.data][:5]
        return f"reachable: {len(models.data)} model(s){' (' + ', '.join(names) + ')' if names else ''}"
    except Exception as error:  # any SDK or network failure is the answer here
        raise BackendError(f"{backend.where()}: not reachable ({type(error).__name__})") from None
