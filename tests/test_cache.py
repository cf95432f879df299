"""redac/cache.py: the compiled patterns saved by one process are the ones the next process's modules get, with
the same program; a damaged or foreign file changes nothing but speed."""

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import re
from re import _compiler
import redac.french.facts as facts
from redac import cache
assert facts.DATE_RE == _compiler.compile(facts.DATE_RE.pattern, re.IGNORECASE | re.VERBOSE)  # same program
assert facts.DATE_RE.search("Le 1er mars 2024, à Lyon").group(0) == "1er mars 2024"
print(id(facts.DATE_RE) in cache._primed)
"""


def run(cache: Path) -> str:
    env = {**os.environ, "REDAC_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True).stdout.strip()


def saved(cache: Path) -> list[Path]:
    return sorted((cache / "regex").glob("*.marshal"))


def test_a_second_process_reads_the_patterns_the_first_compiled(tmp_path: Path) -> None:
    assert run(tmp_path) == "False"  # compiled here, saved at exit
    [path] = saved(tmp_path)
    written = path.stat().st_mtime_ns
    assert run(tmp_path) == "True"  # handed to re before facts.py asked for it
    assert path.stat().st_mtime_ns == written  # nothing new to save: the file is not written again


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    run(tmp_path)
    [path] = saved(tmp_path)
    path.write_bytes(b"not a marshal file")
    assert run(tmp_path) == "False"  # compiled as usual
    assert run(tmp_path) == "True"  # and saved again


DATACLASS_PROBE = """
from redac import cache
from redac.models import Block
assert repr(Block("Un séisme", "heading", 2)) == "Block(text='Un séisme', kind='heading', level=2)"
assert Block("Un séisme") == Block("Un séisme") and hash(Block("Un séisme")) == hash(Block("Un séisme"))
try:
    Block("Un séisme").text = "autre"
except AttributeError:  # frozen: the generated __setattr__ refuses
    pass
else:
    raise AssertionError("a frozen block was changed")
print(not cache._compiled_here)
"""


def run_dataclasses(cache: Path) -> str:
    env = {**os.environ, "REDAC_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-c", DATACLASS_PROBE], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_a_second_process_reads_the_dataclass_methods_the_first_compiled(tmp_path: Path) -> None:
    assert run_dataclasses(tmp_path) == "False"  # compiled here, saved at exit
    [path] = sorted((tmp_path / "code").glob("*.marshal"))
    written = path.stat().st_mtime_ns
    assert run_dataclasses(tmp_path) == "True"  # every method's code read from the file, and they behave the same
    assert path.stat().st_mtime_ns == written


def test_a_damaged_dataclass_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    run_dataclasses(tmp_path)
    [path] = sorted((tmp_path / "code").glob("*.marshal"))
    path.write_bytes(b"not a marshal file")
    assert run_dataclasses(tmp_path) == "False"
    assert run_dataclasses(tmp_path) == "True"


def test_a_data_file_is_parsed_again_only_when_its_text_changed(tmp_path: Path, monkeypatch) -> None:
    import tomllib

    from redac import cache as redac_cache

    monkeypatch.setenv("REDAC_CACHE_DIR", str(tmp_path))
    parses: list[str] = []

    def parse(text: str) -> dict:
        parses.append(text)
        return tomllib.loads(text)

    first = '[[rule]]\nid = "partage"\nphrases = ["Partager sur Facebook", "Lire aussi"]\n'
    assert redac_cache.parsed("rules", first, parse) == {"rule": [{"id": "partage", "phrases": ["Partager sur Facebook", "Lire aussi"]}]}
    assert redac_cache.parsed("rules", first, parse) == tomllib.loads(first)  # read back from the cache folder
    assert parses == [first]
    second = first.replace("Lire aussi", "À lire également")
    assert redac_cache.parsed("rules", second, parse)["rule"][0]["phrases"][1] == "À lire également"
    assert parses == [first, second]
