"""Benchmark batches (issue: batch).

    python bench/batch.py [--docs 1000] [--llm-docs 200] [--latency 5] [--concurrency 32]

1. Offline engine over --docs documents generated from the samples with varied noise (every line
   unique): documents per second through `redac batch` (store, dedup signatures, atomic writes) at
   -j 1 and -j 2. Target >= 30/s at -j 2. Peer in the same run: a plain loop calling redac.rewrite
   and writing each Markdown file, what a script around the library would do. The documents are
   near-duplicates of five stories by construction, so the batch runs with --keep-duplicates (the
   signatures are still computed).
2. LLM engine over --llm-docs documents against a local OpenAI-compatible server that answers after
   a fixed latency, at -j --concurrency: total time against the ideal (documents x latency /
   concurrency). Target within 1.2x.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clean import make_texts  # noqa: E402

import redac  # noqa: E402
from redac.batch.runner import BatchOptions, run_batch  # noqa: E402
from redac.engines.llm.backends.openai_compat import OpenAIBackend  # noqa: E402
from redac.engines.llm.backends.scripted import ScriptedBackend  # noqa: E402
from redac.pipeline import rewrite_clean  # noqa: E402
from redac.render.article import article_markdown  # noqa: E402
from tests.engines.llm import fixtures as fx  # noqa: E402
from tests.engines.llm.fake_server import FakeServer  # noqa: E402


def write_inputs(folder: Path, texts: list[str]) -> Path:
    folder.mkdir(parents=True)
    for number, text in enumerate(texts):
        (folder / f"{number:05}.txt").write_text(text, encoding="utf-8")
    return folder


def batch_rate(inputs: Path, out_dir: Path, jobs: int, count: int) -> float:
    start = time.perf_counter()
    tally = run_batch([str(inputs)], BatchOptions(out_dir, jobs=jobs, keep_duplicates=True))
    elapsed = time.perf_counter() - start
    assert tally.done == count, f"{tally.done} of {count} done ({tally.line()})"
    return count / elapsed


def loop_rate(inputs: Path, out_dir: Path) -> float:
    out_dir.mkdir()
    start = time.perf_counter()
    paths = sorted(inputs.iterdir())
    for path in paths:
        result = redac.rewrite(path)
        (out_dir / f"{path.stem}.md").write_text(article_markdown(result.article), encoding="utf-8")
    return len(paths) / (time.perf_counter() - start)


def llm_time_ratio(work: Path, count: int, latency: float, concurrency: int) -> float:
    lines = fx.SAMPLE_SOURCE.splitlines()
    texts = ["\n".join(f"{line} #{n}" if len(line.split()) > 8 else line for line in lines) for n in range(count)]
    inputs = write_inputs(work / "llm-in", texts)
    warm = redac.clean(fx.SAMPLE_SOURCE)  # the LLM path's imports load once, outside the timing
    rewrite_clean(warm, engine="llm", backend=ScriptedBackend([fx.sample_json()]), min_words=fx.SAMPLE_MIN_WORDS)
    with FakeServer([("delay", latency, fx.sample_json())] * count) as server:
        backend = OpenAIBackend("bench", base_url=server.url, retries=0)
        options = BatchOptions(work / "llm-out", jobs=concurrency, engine="llm", keep_duplicates=True)
        start = time.perf_counter()
        tally = run_batch([str(inputs)], options, backend=backend)
        elapsed = time.perf_counter() - start
    assert tally.done == count, tally.line()
    return elapsed / (count * latency / concurrency)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--llm-docs", type=int, default=200)
    parser.add_argument("--latency", type=float, default=5.0, help="seconds per model answer (real ones take 10-30 s)")
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        inputs = write_inputs(work / "in", make_texts(args.docs, random.Random(5)))
        redac.rewrite(make_texts(1, random.Random(6))[0])  # imports and tables load once, outside the timings
        peer = loop_rate(inputs, work / "loop")
        one = batch_rate(inputs, work / "j1", 1, args.docs)
        two = batch_rate(inputs, work / "j2", 2, args.docs)
        print(f"offline batch, {args.docs} documents:")
        print(f"  plain loop (redac.rewrite + write)  {peer:6.1f} docs/s")
        print(f"  redac batch -j 1                    {one:6.1f} docs/s   {one / peer:.2f}x the loop")
        print(f"  redac batch -j 2                    {two:6.1f} docs/s   {two / peer:.2f}x the loop   (target >= 30/s: {'ok' if two >= 30 else 'MISSED'})")
        ratio = llm_time_ratio(work, args.llm_docs, args.latency, args.concurrency)
        waves = math.ceil(args.llm_docs / args.concurrency) * args.concurrency / args.llm_docs
        print(f"llm batch, {args.llm_docs} documents, {args.latency}s latency, -j {args.concurrency}: "
              f"{ratio:.2f}x the ideal time (target <= 1.2; {waves:.2f}x is the floor, the last wave being partial)")


if __name__ == "__main__":
    main()
