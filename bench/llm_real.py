"""A real small model writes articles through the LLM engine (issue 15; opt-in: needs the GGUF).

    python dev/fetch_model.py                     # once: the model into ~/.cache/redac/models/
    python bench/llm_real.py [--articles DIR] [--only 001,a03] [--strategy sections] [--min-words N] [--out results.json]

For each input (the five samples of tests/data/samples and the texts of --articles, by default the
held-out `measure` split of dev/articles: never read while tuning), one article written in-process
by llama.cpp and checked by the pipeline. One line per article: words, each check (+ passed,
- failed), copied share of 8-word runs, calls, prompt tokens (and those actually read: the rest came
from llama.cpp's cache), completion tokens, seconds; then the totals against the targets (every check
green on >= 80 %, <= 8 calls, <= 150 s per 700-word article) and the backend's tokens per second
(prompt and generation, from llama.cpp's own counters) with the load average, to set beside
`llama-bench` measured in the same conditions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import redac
from redac.checks.originality import copied_share
from redac.engines.llm.backends import Completion
from redac.engines.llm.backends.llamacpp import LlamaCppBackend
from redac.engines.llm.config import LLMSettings
from redac.pipeline import rewrite_clean
from redac.render.article import article_markdown
from redac.seo.page import page_from_article

DEFAULT_MODEL = Path.home() / ".cache" / "redac" / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SAMPLES = ROOT / "tests" / "data" / "samples"
ARTICLES = ROOT / "dev" / "articles" / "texts"
MANIFEST = ROOT / "dev" / "articles" / "manifest.tsv"
TARGET_GREEN, TARGET_CALLS, TARGET_SECONDS_PER_700 = 0.8, 8, 150.0


class RecordingBackend:
    """The in-process backend, keeping each completion's counters for the per-article table.

    With a replay file, every completion is also stored under a key of its whole request (messages,
    schema, token limit, copy guard), and a request already stored is answered from the file without
    the model: a change to what redac does *after* the model (splitting, mending, checks, repair) is
    measured on the very replies of the recorded run, in seconds instead of an hour. The article so far,
    which the repeat guard reads, is left out of the key: post-processing a reply changes it, not the
    prompt. A request that changed (a new prompt) is sent to the model, loaded only then."""

    def __init__(self, load, replay: Path | None = None):
        self._load, self._inner, self.completions = load, None, []
        self.name = "llamacpp"
        self.replay, self.stored, self.replayed = replay, {}, 0
        if replay and replay.exists():
            for number, line in enumerate(replay.read_text(encoding="utf-8").splitlines(), start=1):
                try:
                    entry = json.loads(line)
                    self.stored[entry["key"]] = Completion(**entry["completion"])
                except (ValueError, KeyError, TypeError) as error:
                    sys.exit(f"{replay}: line {number} is not a recorded completion ({error})")

    @property
    def inner(self) -> LlamaCppBackend:
        if self._inner is None:
            self._inner = self._load()
        return self._inner

    def complete(self, messages, *, schema=None, max_tokens=2048, **guard):
        settings = {name: value for name, value in guard.items() if name != "written"}
        key = hashlib.sha256(json.dumps([messages, schema, max_tokens, settings], sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        if key in self.stored:
            completion = self.stored[key]
            self.replayed += 1
        else:
            completion = self.inner.complete(messages, schema=schema, max_tokens=max_tokens, **guard)
            self._store(key, [messages, schema, max_tokens, settings], completion)
        self.completions.append(completion)
        print(f"    call {len(self.completions)}: read {completion.prompt_evaluated}/{completion.prompt_tokens} prompt tokens in "
              f"{completion.prompt_ms / 1000:.1f} s, {completion.completion_tokens} generated in {completion.generation_ms / 1000:.1f} s "
              f"({completion.finish_reason}{', repeat stopped' if completion.repeated else ''}{', replayed' if key in self.stored else ''})",
              file=sys.stderr, flush=True)
        return completion

    def _store(self, key: str, request: list, completion: Completion) -> None:
        if self.replay is None:
            return
        with self.replay.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"key": key, "request": request, "completion": asdict(completion)}, ensure_ascii=False) + "\n")


def raw_speed(llm, n_prompt: int = 512, n_gen: int = 128) -> tuple[float, float]:
    """llama-bench's pp512 / tg128 through the same library, without redac: prompt and generation tokens/s."""
    tokens = llm.tokenize(("Le conseil municipal a adopté un plan pour les écoles. " * 80).encode())[:n_prompt]
    llm.reset()
    started = time.perf_counter()
    llm.eval(tokens)
    prompt = len(tokens) / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(n_gen):
        llm.eval([tokens[-1]])
    generation = n_gen / (time.perf_counter() - started)
    llm.reset()
    return prompt, generation


def llama_bench(binary: Path, model: Path, threads: int) -> tuple[float, float]:
    """llama.cpp's own `llama-bench -p 512 -n 128` (built from the vendored llama.cpp): prompt and generation tokens/s."""
    run = subprocess.run([str(binary), "-m", str(model), "-t", str(threads), "-p", "512", "-n", "128", "-r", "2", "-o", "json"],
                         capture_output=True, text=True, check=True)
    rows = json.loads(run.stdout)
    return (next(r["avg_ts"] for r in rows if r["n_prompt"]), next(r["avg_ts"] for r in rows if r["n_gen"]))


def inputs(articles: Path, only: list[str]) -> list[tuple[str, Path]]:
    """The samples, then the held-out articles (any article `only` names); in the order of `only` when it names some."""
    found = [(path.stem[:3], path) for path in sorted(SAMPLES.glob("*.txt"))]
    held_out = {line.split("\t")[0] for line in MANIFEST.read_text(encoding="utf-8").splitlines() if "\tmeasure" in line} if MANIFEST.exists() else set()
    found += [(path.stem, path) for path in sorted(articles.glob("*.txt")) if not held_out or path.stem in held_out or path.stem in only]
    kept = [(name, path) for name, path in found if not only or name in only]
    return sorted(kept, key=lambda item: only.index(item[0])) if only else kept


def run_one(backend: RecordingBackend, path: Path, settings: LLMSettings, min_words: int | None) -> dict:
    cleaned = redac.clean(path.read_text(encoding="utf-8"))
    backend.completions.clear()
    load_start = os.getloadavg()[0]
    started = time.perf_counter()
    result = rewrite_clean(cleaned, engine="llm", backend=backend, llm=settings, min_words=min_words)
    seconds = time.perf_counter() - started
    report, usage = result.report, result.usage
    page = page_from_article(result.article)
    source = [block.text for block in cleaned.document.blocks]
    done = backend.completions
    return {
        "words": report.words, "min_words": result.plan.min_words, "checks": {c.id: c.passed for c in report.checks},
        "copied": round(copied_share([b.text for b in page.blocks], source), 3), "calls": usage.calls, "filled": usage.filled_words,
        "prompt_tokens": usage.prompt_tokens, "prompt_read": sum(c.prompt_evaluated or 0 for c in done),
        "completion_tokens": usage.completion_tokens, "seconds": round(seconds, 1),
        "prompt_ms": sum(c.prompt_ms for c in done), "generation_ms": sum(c.generation_ms for c in done),
        "copies_cut": sum(c.copies_cut for c in done), "replies": [c.text for c in done],
        "notes": usage.notes, "failed": [f"{c.id}: {c.message}" for c in report.checks if not c.passed],
        "load": [round(load_start, 1), round(os.getloadavg()[0], 1)], "source_words": report.checks[0].details.get("source_words"),
        "audit_not_good": [f"{r.group}/{r.id} {r.rating}: {r.message}" for r in report.audit.results
                           if r.group in {"seo", "readability"} and r.rating != "good"],
        "article": article_markdown(result.article),
    }


def print_row(name: str, row: dict) -> None:
    marks = " ".join(("+" if ok else "-") + check for check, ok in row["checks"].items())
    print(f"{name:5} {row['words']:4}/{row['min_words']:<4} (filled {row['filled']:3})  copied {row['copied']:4.0%}  calls {row['calls']}  prompt {row['prompt_tokens']:5} "
          f"(read {row['prompt_read']:5})  completion {row['completion_tokens']:5}  {row['seconds']:6.1f} s  load {row['load'][0]}-{row['load'][1]}  {marks}",
          flush=True)
    for failure in row["failed"]:
        print(f"        {failure[:150]}")
    for assessment in row["audit_not_good"] if not row["checks"].get("audit", True) else ():
        print(f"          {assessment[:150]}")


def summary(rows: dict[str, dict]) -> None:
    n = len(rows)
    green = [name for name, row in rows.items() if all(row["checks"].values())]
    per_700 = [row["seconds"] * 700 / max(row["words"], 1) for row in rows.values()]
    read = sum(row["prompt_read"] for row in rows.values())
    made = sum(row["completion_tokens"] for row in rows.values())
    prompt_s = sum(row["prompt_ms"] for row in rows.values()) / 1000
    gen_s = sum(row["generation_ms"] for row in rows.values()) / 1000
    print(f"\nall checks green: {len(green)}/{n} ({len(green) / n:.0%}; target {TARGET_GREEN:.0%}) {', '.join(green)}")
    for check in next(iter(rows.values()))["checks"]:
        print(f"  {check:14} passed on {sum(row['checks'][check] for row in rows.values())}/{n}")
    print(f"calls: max {max(r['calls'] for r in rows.values())}, mean {sum(r['calls'] for r in rows.values()) / n:.1f} (target <= {TARGET_CALLS})")
    print(f"seconds per 700 words: median {sorted(per_700)[n // 2]:.0f}, max {max(per_700):.0f} (target <= {TARGET_SECONDS_PER_700:.0f})")
    print(f"prompt tokens: {sum(r['prompt_tokens'] for r in rows.values())} sent, {read} read (the rest from llama.cpp's cache)")
    print(f"backend speed: prompt {read / prompt_s if prompt_s else 0:.1f} tokens/s, generation {made / gen_s if gen_s else 0:.1f} tokens/s "
          f"(load average {os.getloadavg()[0]:.1f}; compare llama-bench -p 512 -n 128 in the same conditions)")


def main() -> None:
    parser = argparse.ArgumentParser(description="A real GGUF model writes the samples and held-out articles.")
    parser.add_argument("--model", type=Path, default=Path(os.environ.get("REDAC_TEST_GGUF", DEFAULT_MODEL)))
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--only", default="", help="comma-separated names (001, a03...)")
    parser.add_argument("--strategy", default="sections", choices=("single", "sections", "refine"))
    parser.add_argument("--min-words", type=int, default=None, help="default: the brief's or the limits' (700)")
    parser.add_argument("--out", type=Path, help="write every row as JSON here")
    parser.add_argument("--replay", type=Path, help="JSONL of recorded completions: answer stored requests from it, store new ones")
    parser.add_argument("--speed", action="store_true", help="first measure llama-bench's pp512/tg128 through the same library")
    parser.add_argument("--threads", type=int, default=None, help="default: one per physical core")
    parser.add_argument("--llama-bench", type=Path, help="llama.cpp's llama-bench binary: run it first, beside --speed")
    args = parser.parse_args()
    if not args.model.is_file():
        sys.exit(f"no model at {args.model}: run python dev/fetch_model.py (or set REDAC_TEST_GGUF)")
    started = time.perf_counter()
    backend = RecordingBackend(lambda: LlamaCppBackend(str(args.model), n_threads=args.threads), args.replay)
    if not backend.stored:
        print(f"model loaded in {time.perf_counter() - started:.1f} s, {backend.inner.n_threads} threads, load average {os.getloadavg()[0]:.1f}")
    if args.llama_bench:
        peer = llama_bench(args.llama_bench, args.model, backend.inner.n_threads)
        print(f"llama-bench -p 512 -n 128: prompt {peer[0]:.1f} tokens/s, generation {peer[1]:.1f} tokens/s, load average {os.getloadavg()[0]:.1f}", flush=True)
    if args.speed or args.llama_bench:
        prompt, generation = raw_speed(backend.inner.llm)
        print(f"in-process llama.cpp (pp512/tg128 as llama-bench): prompt {prompt:.1f} tokens/s, generation {generation:.1f} tokens/s, "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
        if args.llama_bench:
            print(f"in-process / llama-bench: prompt {prompt / peer[0]:.0%}, generation {generation / peer[1]:.0%} (target >= 80 %)", flush=True)
    settings = LLMSettings(model_path=str(args.model), strategy=args.strategy)
    rows = {}
    for name, path in inputs(args.articles, [n for n in args.only.split(",") if n]):
        rows[name] = run_one(backend, path, settings, args.min_words)
        print_row(name, rows[name])
        if args.out:
            args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    if rows:
        summary(rows)
    if backend.replayed:
        print(f"replayed {backend.replayed} of {sum(row['calls'] for row in rows.values())} calls from {args.replay}: their seconds are the recorded run's")


if __name__ == "__main__":
    main()
