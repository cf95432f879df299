"""Benchmark the LLM engine's orchestration (issue: LLM engine).

    python bench/llm.py [--articles 128] [--latency 5] [--concurrency 32]

1. Calls and tokens per article on the scripted fixtures (tests/engines/llm/fixtures.py): completion
   + prompt tokens against the minimal cost (cleaned source tokens + 1.7 tokens per French word x
   min_words). Targets: <= 1.2 calls, <= 1.5x tokens. Two fixtures (a 161-word wire asked for 200
   words, and a real 503-word sample asked for 700), two mixes (all-good answers; 1 answer in 5
   needing a repair), and both writing strategies (single call; one call per section).
   With --model (and --base-url), both strategies also run with that real model over the samples:
   how often each meets length and faithfulness, at what cost.
2. Throughput against a local OpenAI-compatible server answering after a fixed artificial latency,
   at the given concurrency (threads), against the ideal (articles x latency / concurrency).
   Target >= 90 % of ideal.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import redac  # noqa: E402
from redac.engines.llm.backends.openai_compat import OpenAIBackend  # noqa: E402
from redac.engines.llm.backends.scripted import TOKENS_PER_WORD, ScriptedBackend  # noqa: E402
from redac.engines.llm.config import LLMSettings  # noqa: E402
from redac.french.words import count_words  # noqa: E402
from redac.pipeline import rewrite_clean  # noqa: E402
from tests.engines.llm import fixtures as fx  # noqa: E402
from tests.engines.llm.fake_server import FakeServer  # noqa: E402

SHORT_MIN_WORDS = 200


def scripted_costs(source: str, min_words: int, answer_sets: list[list], strategy: str = "single") -> tuple[float, float]:
    """(calls per article, tokens / minimal tokens) over the answer sets; the minimal counts the cleaned source."""
    cleaned = redac.clean(source)
    source_words = sum(count_words(block.text) for block in cleaned.document.blocks)
    minimal = (source_words + min_words) * TOKENS_PER_WORD
    calls = tokens = 0
    for answers in answer_sets:
        result = rewrite_clean(cleaned, engine="llm", backend=ScriptedBackend(answers), min_words=min_words,
                               llm=LLMSettings(strategy=strategy))
        calls += result.usage.calls
        tokens += result.usage.prompt_tokens + result.usage.completion_tokens
    return calls / len(answer_sets), tokens / len(answer_sets) / minimal


def cost_table() -> None:
    """Each fixture, strategy and mix: 10 articles, the repaired mix has 1 in 5 needing one more call."""
    short_good = [[fx.article_json()] for _ in range(10)]
    short_mixed = [[fx.article_json()] for _ in range(8)] + [
        [fx.article_json(fx.with_section(1, fx.INVENTED_FIGURE)), fx.section_json(1)], ["pas du JSON", fx.article_json()]]
    sample_good = [[fx.sample_json()] for _ in range(10)]
    sample_mixed = [[fx.sample_json()] for _ in range(8)] + [
        [fx.sample_json(invented_figure=True), fx.sample_section_json(0)], ["pas du JSON", fx.sample_json()]]
    by_sections = [fx.sample_by_sections() for _ in range(10)]
    rows = [
        ("short wire (161 words, min 200)", "single", "all good", fx.SOURCE, SHORT_MIN_WORDS, short_good),
        ("short wire (161 words, min 200)", "single", "1 in 5 repaired", fx.SOURCE, SHORT_MIN_WORDS, short_mixed),
        ("sample (503 words, min 700)", "single", "all good", fx.SAMPLE_SOURCE, fx.SAMPLE_MIN_WORDS, sample_good),
        ("sample (503 words, min 700)", "single", "1 in 5 repaired", fx.SAMPLE_SOURCE, fx.SAMPLE_MIN_WORDS, sample_mixed),
        ("sample (503 words, min 700)", "sections", "all good", fx.SAMPLE_SOURCE, fx.SAMPLE_MIN_WORDS, by_sections),
    ]
    print(f"{'fixture':32} {'strategy':9} {'mix':16} {'calls/article':>13} {'tokens/minimal':>14}   (targets <= 1.2, <= 1.5)")
    for fixture, strategy, mix, source, min_words, sets in rows:
        calls, tokens = scripted_costs(source, min_words, sets, strategy)
        print(f"{fixture:32} {strategy:9} {mix:16} {calls:13.2f} {tokens:13.2f}x")


def throughput(articles: int, latency: float, concurrency: int) -> float:
    """Share of the ideal rate reached against a server that answers after `latency` seconds."""
    cleaned = redac.clean(fx.SOURCE)
    steps = [("delay", latency, fx.article_json())] * articles
    with FakeServer(steps) as server:
        backend = OpenAIBackend("bench", base_url=server.url, retries=0)

        def one(_):
            return rewrite_clean(cleaned, engine="llm", backend=backend, min_words=SHORT_MIN_WORDS)

        start = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(one, range(articles)))
        elapsed = time.perf_counter() - start
    ideal = articles * latency / concurrency
    return ideal / elapsed


def strategy_quality(model: str, base_url: str | None) -> None:
    """Both strategies with a real model over the shipped samples: how often length and faithfulness pass.

    Scripted answers cannot say which strategy a real model follows better; this needs a model
    (`--model`, and `--base-url` or OPENAI_BASE_URL). Nothing here runs in CI.
    """
    from redac.engines.llm.config import load_settings
    from redac.engines.llm import make_backend

    settings = load_settings({"model": model, "base_url": base_url})
    backend = make_backend(settings)
    samples = sorted((ROOT / "tests" / "data" / "samples").glob("*.txt"))
    print(f"{'strategy':9} {'length ok':>9} {'facts ok':>9} {'calls':>6} {'tokens':>8}   ({len(samples)} samples, {model})")
    for strategy in ("single", "sections"):
        length = facts = calls = tokens = 0
        for path in samples:
            result = rewrite_clean(redac.clean(path.read_text(encoding="utf-8")), engine="llm", backend=backend,
                                   llm=replace(settings, strategy=strategy))
            length += result.report.check("length").passed
            facts += result.report.check("faithfulness").passed
            calls += result.usage.calls
            tokens += result.usage.prompt_tokens + result.usage.completion_tokens
        n = len(samples)
        print(f"{strategy:9} {length:>6}/{n} {facts:>6}/{n} {calls / n:6.2f} {tokens / n:8.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=128)
    parser.add_argument("--latency", type=float, default=5.0, help="seconds per model answer (real ones take 10-30 s)")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--model", help="also compare both strategies with this real model over the samples")
    parser.add_argument("--base-url", help="its OpenAI-compatible server")
    args = parser.parse_args()
    if args.model:
        strategy_quality(args.model, args.base_url)
    cost_table()
    share = throughput(args.articles, args.latency, args.concurrency)
    print(f"local server, {args.articles} articles, {args.latency}s latency, {args.concurrency} threads: "
          f"{share:.0%} of ideal (target >= 90%)")


if __name__ == "__main__":
    main()
