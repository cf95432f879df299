"""One limit, read by every stage: change it through the settings and the planner, the checks and
the audit all follow; redac.toml's [limits] overrides them, and a bad entry is a one-line usage error."""

import subprocess
import sys
from pathlib import Path

import pytest

import redac
from redac.checks import check_page
from redac.checks.faithfulness import SourceFacts
from redac.errors import InputError
from redac.limits import DEFAULT_LIMITS, Limits, limits_from, load_limits
from redac.seo.audit import audit_page
from redac.seo.page import read_page

SAMPLE = Path(__file__).parent / "data" / "samples" / "000_28bc3072248f10e6.txt"
BODY = "Le conseil municipal a voté le nouveau plan de circulation de la ville mardi soir."


def page_with_description(length: int):
    description = ("Plan de circulation : " + "le conseil municipal change les règles " * 8)[:length].rstrip()
    description += "x" * (length - len(description))
    text = f'---\ntitle: "Plan de circulation"\nmeta_description: "{description}"\nkeyphrase: "plan de circulation"\n---\n# Plan\n\n{BODY}\n'
    page = read_page(text)
    assert len(page.description) == length
    return page


def meta_passes(page, limits: Limits) -> bool:
    return check_page(page, SourceFacts([BODY]), limits=limits).check("meta").passed


def audit_light(page, limits: Limits) -> int:
    return audit_page(page, limits=limits).result("metaDescriptionLength").score


def test_a_120_character_description_is_too_short_for_the_check_and_the_audit_alike():
    short, shortest_good = page_with_description(120), page_with_description(121)
    assert not meta_passes(short, DEFAULT_LIMITS) and audit_light(short, DEFAULT_LIMITS) == 6
    assert meta_passes(shortest_good, DEFAULT_LIMITS) and audit_light(shortest_good, DEFAULT_LIMITS) == 9


def test_changing_the_description_length_moves_the_planner_the_check_and_the_audit():
    limits = DEFAULT_LIMITS.replace(description_min_chars=125, description_max_chars=140)
    plan = redac.rewrite(SAMPLE, limits=limits).plan
    assert 125 <= len(plan.description) <= 140
    assert len(redac.rewrite(SAMPLE, limits=DEFAULT_LIMITS).plan.description) > 140  # it did move
    at_145 = page_with_description(145)
    assert meta_passes(at_145, DEFAULT_LIMITS) and not meta_passes(at_145, limits)
    assert audit_light(at_145, DEFAULT_LIMITS) == 9 and audit_light(at_145, limits) == 6
    message = check_page(at_145, SourceFacts([BODY]), limits=limits).check("meta").message
    assert "entre 125 et 140" in message


def test_long_sentence_limit_moves_the_research_not_only_the_message():
    text = f"---\ntitle: T\n---\n# T\n\n{BODY} {BODY}\n"
    strict = DEFAULT_LIMITS.replace(sentence_max_words=10)
    default_result = audit_page(read_page(text)).result("textSentenceLength")
    strict_result = audit_page(read_page(text), limits=strict).result("textSentenceLength")
    assert default_result.details["long"] == 0 and strict_result.details["long"] == 2
    assert "dépassent 10 mots" in strict_result.message


def test_redac_toml_limits_table_is_validated(tmp_path):
    assert limits_from({"min_words": 900}).min_words == 900
    with pytest.raises(InputError, match="unknown limit 'min_word'"):
        limits_from({"min_word": 900})
    with pytest.raises(InputError, match="min_h2 must be an integer"):
        limits_from({"min_h2": 2.5})
    with pytest.raises(InputError, match="must be a number"):
        limits_from({"density_max": "3"})
    (tmp_path / "redac.toml").write_text("[limits]\nmin_words = 900\ndensity_max = 2\n", encoding="utf-8")
    limits, origins = load_limits(cwd=tmp_path, environ={"XDG_CONFIG_HOME": str(tmp_path / "none")})
    assert (limits.min_words, limits.density_max, origins) == (900, 2.0, [str(tmp_path / "redac.toml")])


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": str(cwd / "config"), "HOME": str(cwd)}
    return subprocess.run([sys.executable, "-m", "redac", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def test_site_limits_reach_the_cli_and_doctor_shows_them(tmp_path):
    (tmp_path / "redac.toml").write_text("[limits]\nmin_words = 2000\n", encoding="utf-8")
    doctor = run("doctor", cwd=tmp_path)
    assert doctor.returncode == 0 and "min_words = 2000" in doctor.stdout and "redac.toml" in doctor.stdout
    checked = run("audit", str(SAMPLE), "-f", "json", cwd=tmp_path)
    assert checked.returncode == 0 and '"min_words": 2000' in checked.stdout
    (tmp_path / "redac.toml").write_text("[limits]\nmin_words = 'many'\n", encoding="utf-8")
    broken = run("rewrite", str(SAMPLE), cwd=tmp_path)
    assert broken.returncode == 2 and broken.stderr.count("\n") == 1 and "min_words must be an integer" in broken.stderr
