"""A local GGUF model run in-process by llama-cpp-python (optional extra: `pip install 'redac[local]'`).

Structured output uses llama.cpp's own JSON mode with the schema (a grammar constrains the tokens).
Nothing is downloaded: `model_path` must be a GGUF file on disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from redac.engines.llm.backends import BackendError, Completion
from redac.errors import InputError


class LlamaCppBackend:
    name = "llamacpp"

    def __init__(self, model_path: str, *, n_ctx: int = 0, seed: int = 0):  # 0: the model's own context
        try:
            from llama_cpp import Llama
        except ImportError:
            raise InputError("", "the llamacpp backend needs llama-cpp-python: pip install 'redac[local]'") from None
        path = Path(model_path)
        if not path.is_file():
            raise InputError(model_path, "no such GGUF file")
        try:
            # Any: llama-cpp-python's TypedDict signatures do not know our plain-dict messages; the
            # replies are read defensively below.
            self.llm: Any = Llama(model_path=str(path), n_ctx=n_ctx, seed=seed, verbose=False)
        except (ValueError, RuntimeError) as error:
            raise BackendError(f"{model_path}: cannot load the model ({' '.join(str(error).split())[:120]})") from None
        self.model_path = model_path

    def where(self) -> str:
        return f"local model {self.model_path}"

    def complete(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 2048) -> Completion:
        options = {"response_format": {"type": "json_object", "schema": schema}} if schema else {}
        try:
            reply = self.llm.create_chat_completion(messages=messages, max_tokens=max_tokens, temperature=0.3, **options)
        except (ValueError, RuntimeError) as error:  # context overflow, decode failure
            raise BackendError(f"{self.where()}: {' '.join(str(error).split())[:160]}") from None
        choice = reply["choices"][0]
        usage = reply.get("usage") or {}
        return Completion(
            text=choice["message"].get("content") or "",
            finish_reason=choice.get("finish_reason") or "stop",
            prompt_tokens=usage.get("prompt_tokens", 0),
            completion_tokens=usage.get("completion_tokens", 0),
        )
