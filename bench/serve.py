"""Benchmark the editors' page (issue: redac serve), measured against the page in Debian's Chromium.

    python bench/serve.py [--runs 5] [--checks 60]

1. « Rédiger » to article on screen: sample 000 pasted, the offline engine, from the click to the
   article's preview shown (target <= 1.5 s). Peer in the same run: the bare library call
   (`redac.rewrite` on the same text, in-process).
2. Live audit round trip: the page's own request (fetch from the page, the server's check, JSON
   back) on the article of sample 000 (about 1,100 words), each with one word changed (target p95
   <= 150 ms). Peer: the same check as a bare library call (`check_page` on the edited Markdown).
Needs `pip install -e '.[test,serve]'` and Debian's chromium.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.serve.browser import chromium, missing, running_server  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "samples" / "000_28bc3072248f10e6.txt"
TARGET_SCREEN_S = 1.5
TARGET_P95_MS = 150


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def time_to_screen(page, server: str, text: str) -> float:
    """From the click (the page's own clock) to the article page's first contentful paint."""
    page.goto(f"{server}/nouveau")
    page.fill("#text", text)
    page.eval_on_selector("#write", "b => b.addEventListener('click', () => sessionStorage.t0 = performance.timeOrigin + performance.now(), {capture: true})")
    page.click("#write")
    page.wait_for_selector("#preview h1", timeout=30000)
    painted = page.evaluate("""() => new Promise(done => {
        const read = () => { const p = performance.getEntriesByName('first-contentful-paint')[0];
            p ? done(performance.timeOrigin + p.startTime - Number(sessionStorage.t0)) : setTimeout(read, 20); };
        read(); })""")
    return painted / 1000


def library_rewrite(text: str) -> float:
    import redac

    start = time.perf_counter()
    redac.rewrite(text)
    return time.perf_counter() - start


ROUND_TRIPS = """async ([url, edits]) => {
    const token = document.querySelector('meta[name="csrf-token"]').content;
    const times = [];
    for (const edit of edits) {
        const start = performance.now();
        const response = await fetch(url, {method: "POST", body: JSON.stringify(edit),
            headers: {"Content-Type": "application/json", "X-CSRF-Token": token}});
        const view = await response.json();
        if (!view.lights) throw new Error(JSON.stringify(view));
        times.push(performance.now() - start);
    }
    return times;
}"""


def edits(page, count: int) -> list[dict]:
    fields = {name: page.input_value(f"#{name}") for name in ("title", "description", "slug", "keyphrase", "body")}
    words = fields["body"].split(" ")
    found = []
    for index in range(count):  # one word changed each time, as an editor types
        changed = list(words)
        spot = 20 + (index * 37) % (len(words) - 40)
        changed[spot] = changed[spot] + "s"
        found.append({**fields, "body": " ".join(changed)})
    return found


def library_checks(server_dir: Path, draft_id: str, edited: list[dict]) -> list[float]:
    from redac.serve.workspace import Workspace

    draft = Workspace(server_dir).get(draft_id)
    times = []
    for edit in edited:
        start = time.perf_counter()
        draft.edit(**edit)
        draft.check()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--checks", type=int, default=60)
    args = parser.parse_args()
    if missing():
        sys.exit(f"bench/serve.py: {missing()}")
    text = SAMPLE.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as directory, running_server(Path(directory)) as server, chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        time_to_screen(page, server, text)  # the browser's own first-page costs, once
        screen = [time_to_screen(page, server, text) for _ in range(args.runs)]
        library = [library_rewrite(text) for _ in range(args.runs)]
        url = page.url.replace("/articles/", "/api/articles/") + "/check"
        edited = edits(page, args.checks)
        words = len(" ".join(edit["body"] for edit in edited[:1]).split())
        page.evaluate(ROUND_TRIPS, [url, edited[:5]])  # warm
        trips = page.evaluate(ROUND_TRIPS, [url, edited])
        bare = library_checks(Path(directory), page.url.rsplit("/", 1)[1], edited)
    shown, alone = statistics.median(screen), statistics.median(library)
    print(f"« Rédiger » to article on screen (sample 000, offline), median of {args.runs}: {shown:.3f} s "
          f"(target <= {TARGET_SCREEN_S} s: {'ok' if shown <= TARGET_SCREEN_S else 'MISSED'}); "
          f"bare redac.rewrite: {alone:.3f} s; ratio {shown / alone:.2f}x")
    trip, check = p95(trips), p95(bare)
    print(f"live audit round trip, {words}-word article, p95 of {len(trips)}: {trip:.1f} ms "
          f"(target <= {TARGET_P95_MS} ms: {'ok' if trip <= TARGET_P95_MS else 'MISSED'}); "
          f"bare library check p95: {check:.1f} ms; ratio {trip / check:.2f}x")


if __name__ == "__main__":
    main()
