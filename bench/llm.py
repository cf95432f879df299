"""Benchmark the LLM engine's orchestration (issue: LLM engine).

    python bench/llm.py [--articles 128] [--latency 5] [--concurrency 32]

1. Calls and tokens per article on the scripted fixtures (tests/engines/llm/fixtures.py): the share
   of articles that pass in one call, and completion + prompt tokens against the minimal cost
   (source tokens + 1.7 tokens per French word x min_words). Targets: <= 1.2 calls, <= 1.5x tokens.
   Two mixes: all-good answers, and a realistic mix where 1 answer in 5 needs a repair.
2. Throughput against a local OpenAI-compatible server answering after a fixed artificial latency,
   at the given concurrency (threads), against the ideal (articles x latency / concurrency).
   Target >= 90 % of ideal.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import redac  # noqa: E402
from redac.engines.llm.backends.openai_compat import OpenAIBackend  # noqa: E402
from redac.engines.llm.backends.scripted import TOKENS_PER_WORD, ScriptedBackend  # noqa: E402
from redac.french.words import count_words  # noqa: E402
from redac.pipeline import rewrite_clean  # noqa: E402
from tests.engines.llm import fixtures as fx  # noqa: E402
from tests.engines.llm.fake_server import FakeServer  # noqa: E402

MIN_WORDS = 200


def scripted_costs(answer_sets: list[list]) -> tuple[float, float]:
    """(calls per article, tokens / minimal tokens) over the answer sets."""
    cleaned = redac.clean(fx.SOURCE)
    minimal = count_words(fx.SOURCE) * TOKENS_PER_WORD + TOKENS_PER_WORD * MIN_WORDS
    calls = tokens = 0
    for answers in answer_sets:
        result = rewrite_clean(cleaned, engine="llm", backend=ScriptedBackend(answers), min_words=MIN_WORDS)
        calls += result.usage.calls
        tokens += result.usage.prompt_tokens + result.usage.completion_tokens
    return calls / len(answer_sets), tokens / len(answer_sets) / minimal


def throughput(articles: int, latency: float, concurrency: int) -> float:
    """Share of the ideal rate reached against a server that answers after `latency` seconds."""
    cleaned = redac.clean(fx.SOURCE)
    steps = [("delay", latency, fx.article_json())] * articles
    with FakeServer(steps) as server:
        backend = OpenAIBackend("bench", base_url=server.url, retries=0)

        def one(_):
            return rewrite_clean(cleaned, engine="llm", backend=backend, min_words=MIN_WORDS)

        start = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(one, range(articles)))
        elapsed = time.perf_counter() - start
    ideal = articles * latency / concurrency
    return ideal / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=128)
    parser.add_argument("--latency", type=float, default=5.0, help="seconds per model answer (real ones take 10-30 s)")
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    good = [[fx.article_json()] for _ in range(10)]
    mixed = [[fx.article_json()] for _ in range(8)]
    mixed.append([fx.article_json(fx.with_section(1, fx.INVENTED_FIGURE)), fx.section_json(1)])
    mixed.append(["pas du JSON", fx.article_json()])
    for name, sets in (("all good", good), ("1 in 5 repaired", mixed)):
        calls, tokens = scripted_costs(sets)
        print(f"scripted, {name:16}: {calls:.2f} calls/article (target <= 1.2)   "
              f"tokens {tokens:.2f}x minimal (target <= 1.5)")
    share = throughput(args.articles, args.latency, args.concurrency)
    print(f"local server, {args.articles} articles, {args.latency}s latency, {args.concurrency} threads: "
          f"{share:.0%} of ideal (target >= 90%)")


if __name__ == "__main__":
    main()
