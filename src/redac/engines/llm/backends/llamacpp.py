"""A local GGUF model run in-process by llama-cpp-python (optional extra: `pip install 'redac[local]'`).

Structured output, when a schema is given, uses llama.cpp's JSON mode with the schema (a grammar
constrains the tokens); Markdown replies come without one. Nothing is downloaded: `model_path` must
be a GGUF file on disk (`dev/fetch_model.py` fetches the one the project measures with).

Speed: one thread per physical core (`physical_cores`), where llama-cpp-python's default is half the
logical CPUs (one on a 2-core machine: half the speed). The count is not lowered by the load average:
that average lags and counts redac's own previous call, so a second article in a row would run on half
the cores. A machine busy with other work is better served by fewer threads (at load 8 on 2 cores, two
threads generated 0.4 tokens/s, one thread 1.1: llama.cpp's threads wait for each other at every step),
which the caller sets with `n_threads`. A context of 8,192 tokens (the model's own
32,768 would reserve four times the memory for sources the pipeline refuses anyway). llama.cpp keeps
the previous call's tokens: a prompt that starts like the previous one is read only from where it
differs, which `Completion.prompt_evaluated` reports.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from redac.engines.llm.backends import BackendError, Completion
from redac.engines.llm.copyguard import CopyGuard, Vocabulary
from redac.errors import InputError

CONTEXT_TOKENS = 8192
TEMPERATURE = 0.3


def physical_cores() -> int:
    """Distinct (package, core) pairs of the CPUs this process may run on; the logical count as fallback."""
    cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set(range(os.cpu_count() or 1))
    cores = set()
    for cpu in cpus:
        topology = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology")
        try:
            cores.add(((topology / "physical_package_id").read_text().strip(), (topology / "core_id").read_text().strip()))
        except OSError:
            return max(1, len(cpus))
    return max(1, len(cores))


class LlamaCppBackend:
    name = "llamacpp"

    def __init__(self, model_path: str, *, n_ctx: int = CONTEXT_TOKENS, seed: int = 0, n_threads: int | None = None):
        try:
            from llama_cpp import Llama
        except ImportError:
            raise InputError("", "the llamacpp backend needs llama-cpp-python: pip install 'redac[local]'") from None
        path = Path(model_path)
        if not path.is_file():
            raise InputError(model_path, "no such GGUF file")
        self.n_threads = n_threads or physical_cores()
        try:
            # Any: llama-cpp-python's TypedDict signatures do not know our plain-dict messages; the
            # replies are read defensively below.
            self.llm: Any = Llama(model_path=str(path), n_ctx=n_ctx, seed=seed, n_threads=self.n_threads,
                                  n_threads_batch=self.n_threads, verbose=False)
        except (ValueError, RuntimeError) as error:
            raise BackendError(f"{model_path}: cannot load the model ({' '.join(str(error).split())[:120]})") from None
        self.model_path = model_path
        self._vocabulary: Vocabulary | None = None

    def where(self) -> str:
        return f"local model {self.model_path}"

    def vocabulary(self) -> Vocabulary:
        """Every token's text, for the copy guard (built on first use: ~1 s for 150,000 tokens)."""
        if self._vocabulary is None:
            self._vocabulary = Vocabulary([self.llm.detokenize([token]) for token in range(self.llm.n_vocab())])
        return self._vocabulary

    def complete(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 2048,
                 source: str = "", copy_run: int = 0, written: str = "", repeat_run: int = 0) -> Completion:
        import llama_cpp

        options: dict[str, Any] = {"response_format": {"type": "json_object", "schema": schema}} if schema else {}
        guard = CopyGuard(source, self.vocabulary(), copy_run, written=written, repeat_run=repeat_run,
                          end_token=self.llm.token_eos()) if source and copy_run else None
        if guard:
            options["logits_processor"] = llama_cpp.LogitsProcessorList([guard])
        llama_cpp.llama_perf_context_reset(self.llm.ctx)
        try:
            reply = self.llm.create_chat_completion(messages=messages, max_tokens=max_tokens, temperature=TEMPERATURE, **options)
        except (ValueError, RuntimeError) as error:  # context overflow, decode failure
            raise BackendError(f"{self.where()}: {' '.join(str(error).split())[:160]}") from None
        perf = llama_cpp.llama_perf_context(self.llm.ctx)
        choice = reply["choices"][0]
        usage = reply.get("usage") or {}
        return Completion(
            text=choice["message"].get("content") or "",
            finish_reason=choice.get("finish_reason") or "stop",
            prompt_tokens=usage.get("prompt_tokens", 0),
            completion_tokens=usage.get("completion_tokens", 0),
            prompt_evaluated=perf.n_p_eval,
            prompt_ms=perf.t_p_eval_ms,
            generation_ms=perf.t_eval_ms,
            copies_cut=guard.forbidden_words if guard else 0,
            repeated=bool(guard and guard.repeated),
        )
