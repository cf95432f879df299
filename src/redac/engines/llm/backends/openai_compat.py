"""Any OpenAI-compatible chat server, through the official `openai` SDK with a custom base URL.

Retries are ours, not the SDK's (its own are turned off), so that the policy is one readable place:
timeouts, connection errors, 429 and 5xx are retried with exponential backoff and full jitter,
waiting at least what a Retry-After header asks; other errors end at once. Structured output
degrades step by step, because servers differ: `json_schema` (OpenAI, vLLM), then `json_object`
with the schema in the prompt (llama.cpp's server answers `json_schema` with HTTP 500), then plain
instructions. The step that worked is remembered for the next calls. The API key is never logged.
"""

from __future__ import annotations

import json
import time

from redac.engines.llm.backends import BackendError, Completion
from redac.retry import RETRYABLE_STATUS, backoff_wait

FORMATS = ("json_schema", "json_object", "plain")
FORMAT_REFUSAL_STATUS = {400, 422, 500, 501}  # how servers say "unsupported response_format"


class OpenAIBackend:
    name = "openai"

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 120.0,
        retries: int = 4,
        backoff: float = 1.0,
        max_wait: float = 60.0,
        sleep=time.sleep,
    ):
        from openai import OpenAI

        self.model = model
        self.base_url = base_url
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.sleep = sleep
        self.format_index = 0
        self.client = OpenAI(base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=0)

    def complete(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 2048,
                 source: str = "", copy_run: int = 0, written: str = "", repeat_run: int = 0) -> Completion:
        while True:
            fmt = FORMATS[self.format_index] if schema else "plain"
            try:
                return self._with_retries(self._request_args(messages, schema, fmt, max_tokens))
            except _FormatRefused:
                if self.format_index + 1 >= len(FORMATS):
                    raise BackendError(f"{self.where()}: the server refuses every request format") from None
                self.format_index += 1

    def _request_args(self, messages: list[dict], schema: dict | None, fmt: str, max_tokens: int) -> dict:
        args = {"model": self.model, "messages": list(messages), "max_tokens": max_tokens, "temperature": 0.3}
        if schema and fmt == "json_schema":
            args["response_format"] = {"type": "json_schema", "json_schema": {"name": "article", "schema": schema}}
        elif schema:
            if fmt == "json_object":
                args["response_format"] = {"type": "json_object"}
            instruction = "Réponds uniquement avec un objet JSON conforme à ce schéma JSON :\n" + json.dumps(schema, ensure_ascii=False)
            args["messages"] = [*messages[:-1], {**messages[-1], "content": f"{messages[-1]['content']}\n\n{instruction}"}]
        return args

    def _with_retries(self, args: dict) -> Completion:
        import openai

        for attempt in range(self.retries + 1):
            try:
                response = self.client.chat.completions.create(**args)
                return _completion(response)
            except openai.APIStatusError as error:
                status = error.status_code
                if "response_format" in args and status in FORMAT_REFUSAL_STATUS:
                    raise _FormatRefused() from None
                if status not in RETRYABLE_STATUS or attempt == self.retries:
                    raise BackendError(f"{self.where()}: HTTP {status} {_short(error)}") from None
                self.sleep(self._wait(attempt, error.response.headers.get("retry-after")))
            except openai.APIConnectionError as error:  # includes timeouts
                if attempt == self.retries:
                    kind = "timed out" if isinstance(error, openai.APITimeoutError) else "cannot connect"
                    raise BackendError(f"{self.where()}: {kind} after {self.retries + 1} attempts") from None
                self.sleep(self._wait(attempt, None))
            except (ValueError, openai.APIResponseValidationError):  # a body that is not the API's JSON
                if attempt == self.retries:
                    raise BackendError(f"{self.where()}: malformed replies after {self.retries + 1} attempts") from None
                self.sleep(self._wait(attempt, None))
        raise AssertionError("unreachable")

    def _wait(self, attempt: int, retry_after: str | None) -> float:
        return backoff_wait(attempt, retry_after, backoff=self.backoff, max_wait=self.max_wait)

    def where(self) -> str:
        return f"model {self.model!r} at {self.base_url or 'api.openai.com'}"


class _FormatRefused(Exception):
    """The server rejected the response_format we asked for: try the next, simpler one."""


def _completion(response) -> Completion:
    if not response.choices:
        raise BackendError("the server returned no choice")
    choice = response.choices[0]
    usage = response.usage
    return Completion(
        text=(choice.message.content or ""),
        finish_reason=choice.finish_reason or "stop",
        prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
        completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
    )


def _short(error) -> str:
    text = " ".join(str(error).split())
    return text[:160]
