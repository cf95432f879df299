"""The OpenAI-compatible backend against a local server that misbehaves on purpose."""

import pytest

from redac.engines.llm.backends import BackendError
from redac.engines.llm.backends.openai_compat import OpenAIBackend

from .fake_server import FakeServer

SCHEMA = {"type": "object", "properties": {"titre": {"type": "string"}}, "required": ["titre"]}
MESSAGES = [{"role": "system", "content": "Tu es rédacteur."}, {"role": "user", "content": "Écris."}]


def backend(server: FakeServer, waits: list, **options) -> OpenAIBackend:
    return OpenAIBackend("test-model", base_url=server.url, api_key="sk-secret", sleep=waits.append, **options)


def test_answer_usage_and_finish_reason():
    with FakeServer([("ok", "Bonjour", "length")]) as server:
        completion = backend(server, []).complete(MESSAGES)
    assert completion.text == "Bonjour" and completion.truncated
    assert (completion.prompt_tokens, completion.completion_tokens) == (11, 7)


def test_429_and_5xx_are_retried_respecting_retry_after():
    waits = []
    with FakeServer([("status", 429, {"Retry-After": "2"}), ("status", 503), ("ok", "Enfin")]) as server:
        completion = backend(server, waits).complete(MESSAGES)
    assert completion.text == "Enfin" and len(server.requests) == 3
    assert waits[0] >= 2.0 and len(waits) == 2


def test_retries_spent_give_one_line_backend_error():
    with FakeServer([("status", 500)] * 3) as server:
        with pytest.raises(BackendError) as caught:
            backend(server, [], retries=2).complete(MESSAGES)
    message = str(caught.value)
    assert "HTTP 500" in message and "\n" not in message and "sk-secret" not in message
    assert caught.value.exit_code == 3


def test_client_errors_are_not_retried():
    with FakeServer([("status", 401), ("ok", "jamais")]) as server:
        with pytest.raises(BackendError, match="HTTP 401"):
            backend(server, []).complete(MESSAGES)
        assert len(server.requests) == 1


def test_timeouts_and_refused_connections_end_in_backend_error():
    with FakeServer([("sleep", 1.0)] * 2) as server:
        with pytest.raises(BackendError, match="timed out after 2 attempts"):
            backend(server, [], retries=1, timeout=0.2).complete(MESSAGES)
    refused = OpenAIBackend("m", base_url="http://127.0.0.1:9/v1", retries=1, sleep=lambda s: None)
    with pytest.raises(BackendError, match="cannot connect"):
        refused.complete(MESSAGES)


def test_non_json_body_is_a_backend_error_not_a_traceback():
    with FakeServer([("garbage",)] * 3) as server:
        with pytest.raises(BackendError):
            backend(server, [], retries=2).complete(MESSAGES)


def test_json_schema_refused_falls_back_to_json_object_and_remembers():
    with FakeServer([("refuse_schema",), ("ok", '{"titre": "A"}'), ("ok", '{"titre": "B"}')]) as server:
        client = backend(server, [])
        assert client.complete(MESSAGES, schema=SCHEMA).text == '{"titre": "A"}'
        assert client.complete(MESSAGES, schema=SCHEMA).text == '{"titre": "B"}'
    kinds = [(r.get("response_format") or {}).get("type") for r in server.requests]
    assert kinds == ["json_schema", "json_object", "json_object"]
    assert "schéma JSON" in server.requests[1]["messages"][-1]["content"]
