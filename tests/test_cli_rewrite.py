"""`redac rewrite` and `redac check` as a user runs them: real processes, exit codes, no traceback."""

import json
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).parent / "data" / "samples"
LONG = SAMPLES / "004_f20b75c96bb59876.txt"  # every check passes (000 keeps an English fragment)
SHORT = SAMPLES / "003_296e4487893b9572.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "redac", *args], input=stdin, capture_output=True, timeout=120)


def test_rewrite_markdown_to_stdout_with_report_on_stderr() -> None:
    proc = run("rewrite", str(LONG))
    assert proc.returncode == 0, proc.stderr
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert out.startswith("---\ntitle: ") and "\n# " in out and out.count("\n## ") >= 3
    assert "toutes les vérifications passent" in err and "Fidélité à la source" in err


def test_short_source_reports_shortfall_and_strict_exits_1(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    proc = run("rewrite", str(SHORT), "-o", str(target))
    assert proc.returncode == 0 and target.exists()
    assert "il manque" in proc.stderr.decode()
    strict = run("rewrite", str(SHORT), "--strict", "-q", "-o", str(tmp_path / "b.md"))
    assert strict.returncode == 1 and (tmp_path / "b.md").exists()  # the article is still written


def test_out_dir_formats_and_bad_inputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = run("rewrite", str(LONG), str(empty), str(SHORT), "--out-dir", str(tmp_path / "out"), "-f", "html", "-q")
    assert proc.returncode == 2
    assert proc.stderr.decode().count("\n") == 1 and "empty.txt" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()
    written = sorted(p.suffix for p in (tmp_path / "out").iterdir())
    assert written == [".html", ".html"]  # the readable inputs are written


def test_rewrite_json_and_stdin() -> None:
    proc = run("rewrite", "-", "-f", "json", "-q", stdin=LONG.read_bytes())
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert data["report"]["passed"] and data["provenance"]


def test_several_inputs_need_out_dir() -> None:
    proc = run("rewrite", str(LONG), str(SHORT))
    assert proc.returncode == 2 and b"--out-dir" in proc.stderr and proc.stdout == b""


def test_check_passes_on_a_rewrite_and_fails_on_a_corruption(tmp_path: Path) -> None:
    article, source = tmp_path / "article.md", SAMPLES / "000_28bc3072248f10e6.txt"
    assert run("rewrite", str(source), "-q", "-o", str(article)).returncode == 0
    ok = run("check", str(article), "--source", str(source), "-f", "json")
    failed = {check["id"] for check in json.loads(ok.stdout)["checks"] if not check["passed"]}
    assert failed == set(), ok.stdout.decode()  # the source's English gloss is written « […] »
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Treize pays", "Quarante pays", 1).replace("Edi Rama", "Jean Castex"), encoding="utf-8")
    bad = run("check", str(article), "--source", str(source), "-f", "json")
    assert bad.returncode == 1
    report = json.loads(bad.stdout)
    texts = {item["text"] for item in report["unsupported_facts"]}
    assert "Jean Castex" in texts
    assert all(item["where"].startswith("ligne ") for item in report["unsupported_facts"])


def test_check_unreadable_inputs_exit_2(tmp_path: Path) -> None:
    proc = run("check", str(tmp_path / "missing.md"), "--source", str(LONG))
    assert proc.returncode == 2 and proc.stderr.decode().startswith("redac: error: ")
    article = tmp_path / "a.md"
    article.write_text("# Titre\n\nUn texte.\n")
    binary = tmp_path / "source.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    proc = run("check", str(article), "--source", str(binary))
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


def test_a_source_too_long_for_one_article_is_refused_in_one_line(tmp_path: Path) -> None:
    from redac.limits import DEFAULT_LIMITS

    MAX_SOURCE_WORDS = DEFAULT_LIMITS.max_source_words

    paragraph = "Le conseil municipal a voté le budget de la ville après un long débat sur les écoles et la voirie."
    count = MAX_SOURCE_WORDS // len(paragraph.split()) + 10
    source = tmp_path / "rapport.txt"
    source.write_text("Rapport annuel de la ville\n\n" + "\n\n".join(f"{paragraph} Séance {n}." for n in range(count)), encoding="utf-8")
    proc = run("rewrite", str(source))
    lines = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 2 and proc.stdout == b""
    assert any("too long for one article" in line and f"limit {MAX_SOURCE_WORDS}" in line for line in lines)
    assert b"Traceback" not in proc.stderr
