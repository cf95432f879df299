"""The one pipeline entry: progress in stage order, errors as results with DESIGN.md's exit codes."""

import json
from pathlib import Path

import redac
from redac.engines.llm.backends import BackendError
from redac.engines.llm.backends.scripted import ScriptedBackend
from redac.pipeline import STAGES, Options, exit_code, rewrite_input

SAMPLES = Path(__file__).parent / "data" / "samples"
SAMPLE = SAMPLES / "000_28bc3072248f10e6.txt"
SHORT = SAMPLES / "003_296e4487893b9572.txt"  # too short to reach 700 words honestly: the length check fails


def test_progress_names_each_stage_in_order():
    seen: list[str] = []
    outcome = rewrite_input(SAMPLE, Options(progress=seen.append))
    assert outcome.exit_code() == 0 and len(outcome.results) == 1
    assert seen[:6] == ["read", "clean", "analyze", "plan", "write", "check"]
    assert set(seen) <= set(STAGES)
    rounds = outcome.results[0].repairs
    assert seen[6:] == ["repair", "check"] * rounds or seen[6:] == ["repair", "check"] * (rounds - 1) + ["repair"]


def test_an_already_cleaned_document_starts_at_analysis():
    seen: list[str] = []
    outcome = rewrite_input(redac.clean(SAMPLE), Options(progress=seen.append))
    assert seen[0] == "analyze" and outcome.results[0].article.title


def test_failed_checks_exit_1_only_under_strict():
    outcome = rewrite_input(SHORT)
    assert outcome.results and outcome.checks_failed
    assert (outcome.exit_code(), outcome.exit_code(strict=True)) == (0, 1)


def test_unreadable_and_empty_inputs_are_errors_with_exit_2(tmp_path):
    missing = rewrite_input(tmp_path / "missing.txt")
    assert missing.results == [] and missing.exit_code() == 2 and "no such file" in str(missing.errors[0])
    empty = rewrite_input("   \n")
    assert empty.exit_code() == 2 and "input is empty" in str(empty.errors[0])
    only_noise = rewrite_input("Source link\n")
    assert only_noise.exit_code() == 2 and "no article text" in str(only_noise.errors[0])


def test_one_bad_document_of_an_export_does_not_stop_the_others(tmp_path):
    good = SAMPLE.read_text(encoding="utf-8")
    export = tmp_path / "export.jsonl"
    lines = [{"title": "Un", "text": good}, {"title": "Deux", "text": "Source link"}, {"title": "Trois", "text": good}]
    export.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    outcome = rewrite_input(export)
    assert len(outcome.results) == 2 and len(outcome.errors) == 1 and outcome.exit_code() == 2


def test_llm_engine_without_backend_is_a_usage_error():
    outcome = rewrite_input(SAMPLE, Options(engine="llm"))
    assert outcome.exit_code() == 2 and "needs a configured model" in str(outcome.errors[0])


def test_a_model_that_fails_exits_3_and_wins_over_a_bad_input(tmp_path):
    failing = ScriptedBackend([BackendError("model 'm' at http://127.0.0.1:1/v1: cannot connect after 3 attempts")])
    outcome = rewrite_input(SAMPLE, Options(engine="llm", backend=failing))
    assert outcome.exit_code() == 3
    assert exit_code([outcome, rewrite_input(tmp_path / "missing.txt")]) == 3


def test_unknown_engine_is_reported_not_raised():
    outcome = rewrite_input(SAMPLE, Options(engine="magic"))
    assert outcome.exit_code() == 2 and "unknown engine 'magic'" in str(outcome.errors[0])


CUT_SOURCE = (
    "La maire de Pontivy a inauguré samedi la nouvelle médiathèque, installée dans l'ancien couvent des Ursulines.\n\n"
    "Le chantier a coûté 4,2 millions d'euros, dont 1,1 million apporté par la région. Les travaux ont duré deux ans.\n\n"
    "La médiathèque ouvrira six jours sur sept et proposera des ateliers numériques aux collégiens. La première expo")


def test_a_last_sentence_the_page_s_end_cut_is_left_out_and_said():
    [result] = rewrite_input(CUT_SOURCE, Options(min_words=50)).results
    printed = " ".join(line.text for block in result.article.blocks for line in block.lines)
    assert "La première expo" not in printed and "ateliers numériques" in printed
    assert any("coupée avant sa fin : « La première expo »" in note for note in result.report.notes)
    [whole] = rewrite_input(CUT_SOURCE[: CUT_SOURCE.rfind(" La première")], Options(min_words=50)).results
    assert not any("coupée" in note for note in whole.report.notes)
