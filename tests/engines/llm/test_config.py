"""Model settings: flags over REDAC_* over OPENAI_* over redac.toml (cwd over user dir); keys masked."""

import pytest

from redac.engines.llm.config import load_settings
from redac.errors import InputError


def test_precedence(tmp_path):
    user = tmp_path / "xdg" / "redac"
    user.mkdir(parents=True)
    (user / "redac.toml").write_text('[llm]\nmodel = "user-model"\nbase_url = "http://user/v1"\n')
    work = tmp_path / "work"
    work.mkdir()
    (work / "redac.toml").write_text('[llm]\nmodel = "work-model"\n')
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    settings = load_settings(cwd=work, environ=environ)
    assert (settings.model, settings.base_url) == ("work-model", "http://user/v1")
    environ |= {"OPENAI_MODEL": "openai-model", "REDAC_MODEL": "redac-model", "OPENAI_API_KEY": "sk-abcdefghijkl"}
    settings = load_settings(cwd=work, environ=environ)
    assert settings.model == "redac-model" and settings.api_key == "sk-abcdefghijkl"
    assert load_settings({"model": "flag-model", "base_url": None}, cwd=work, environ=environ).model == "flag-model"


def test_key_never_shown_and_backend_guessed(tmp_path):
    settings = load_settings({"model": "m", "api_key": "sk-verysecretkey1234"}, cwd=tmp_path, environ={})
    assert "verysecret" not in repr(settings) and "verysecret" not in settings.describe()
    assert settings.describe().endswith("(key …1234; from flags)") and settings.kind == "openai"
    local = load_settings({"model_path": "tiny.gguf"}, cwd=tmp_path, environ={})
    assert local.kind == "llamacpp" and local.configured
    assert not load_settings(cwd=tmp_path, environ={}).configured


def test_broken_config_is_a_one_line_input_error(tmp_path):
    (tmp_path / "redac.toml").write_text("[llm\nmodel=")
    with pytest.raises(InputError, match="unreadable config"):
        load_settings(cwd=tmp_path, environ={})


def test_threads_for_the_in_process_model(tmp_path):
    """A shared machine runs the local model faster on fewer threads: flag over REDAC_THREADS over redac.toml."""
    (tmp_path / "redac.toml").write_text('[llm]\nmodel_path = "tiny.gguf"\nthreads = 4\n')
    assert load_settings(cwd=tmp_path, environ={}).threads == 4
    settings = load_settings(cwd=tmp_path, environ={"REDAC_THREADS": "2"})
    assert settings.threads == 2 and "in-process, 2 threads;" in settings.describe()
    assert load_settings({"threads": 1}, cwd=tmp_path, environ={"REDAC_THREADS": "2"}).describe().startswith(
        "llamacpp: tiny.gguf (in-process, 1 thread;")
    default = load_settings({"model_path": "m.gguf"}, cwd=tmp_path / "none", environ={})
    assert default.threads is None and "one thread per core" in default.describe()
    for wrong in ("0", "-2", "deux"):
        with pytest.raises(InputError, match="threads must be"):
            load_settings(cwd=tmp_path, environ={"REDAC_THREADS": wrong})
    (tmp_path / "redac.toml").write_text('[llm]\nmax_calls = 0\n')
    with pytest.raises(InputError, match="max_calls must be at least 1"):  # a config file has no typer `min=1`
        load_settings(cwd=tmp_path, environ={})
