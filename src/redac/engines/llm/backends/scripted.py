"""A backend that replays written answers, in order: orchestration tests and `bench/llm.py`.

Each answer is a `Completion` or a string (a complete "stop" answer); an exception instance is
raised instead of answering, to script faults. Calls are recorded for the tests to inspect.
"""

from __future__ import annotations

from redac.engines.llm.backends import Completion
from redac.french.words import count_words

TOKENS_PER_WORD = 1.7  # French, for the usage a scripted answer reports


class ScriptedBackend:
    name = "scripted"

    def __init__(self, answers: list):
        self.answers = list(answers)
        self.calls: list[dict] = []

    def complete(self, messages: list[dict], *, schema: dict | None = None, max_tokens: int = 2048,
                 source: str = "", copy_run: int = 0, written: str = "", repeat_run: int = 0) -> Completion:
        self.calls.append({"messages": messages, "schema": schema, "max_tokens": max_tokens})
        if not self.answers:
            raise AssertionError("the script has no answer left for this call")
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, Completion):
            return answer
        prompt = sum(count_words(m["content"]) for m in messages)
        return Completion(answer, "stop", round(prompt * TOKENS_PER_WORD), round(count_words(answer) * TOKENS_PER_WORD))
