"""One small interface for every model: chat messages in; text, finish reason and token usage out.

`openai_compat` talks to any OpenAI-compatible server (OpenAI, Mistral, vLLM, Ollama, llama.cpp's
server, LM Studio); `scripted` replays written answers for tests and benchmarks. A backend raises
`BackendError` (exit code 3) once its retries are spent, with one line that says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from redac.errors import EXIT_BACKEND, RedacError


class BackendError(RedacError):
    """The model could not answer (after retries): unreachable, refused, rate limited, broken."""

    exit_code = EXIT_BACKEND


@dataclass(frozen=True, slots=True)
class Completion:
    text: str
    finish_reason: str  # "stop", "length" (truncated), ...
    prompt_tokens: int = 0
    completion_tokens: int = 0
    # In-process only (llama.cpp's own counters): prompt tokens actually read (the rest came from the
    # cache of the previous call) and the milliseconds spent reading and generating.
    prompt_evaluated: int | None = None
    prompt_ms: float = 0.0
    generation_ms: float = 0.0
    copies_cut: int = 0  # in-process only: runs of source words the sampler cut (`copyguard`)
    repeated: bool = False  # in-process only: ended early because it repeated the article (`copyguard`)

    @property
    def truncated(self) -> bool:
        return self.finish_reason == "length"


class Backend(Protocol):
    name: str

    def complete(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 2048,
                 source: str = "", copy_run: int = 0, written: str = "", repeat_run: int = 0) -> Completion:
        """One chat completion; `schema` asks for JSON following it (as far as the backend can). With
        `copy_run`, a backend that samples in-process never writes more than `copy_run` words of `source`
        in a row outside quotations, and with `repeat_run` ends the reply once it repeats that many words
        of `written` (the article so far) or of itself; a remote one cannot, and ignores both."""
        ...
