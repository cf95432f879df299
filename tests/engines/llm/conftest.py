"""The real-model tests are opt-in: `pytest -m real_model`, with the GGUF fetched by dev/fetch_model.py
(or named by REDAC_TEST_GGUF). Without the marker they are skipped, so the default run stays fast."""

import os
from pathlib import Path

import pytest

DEFAULT_GGUF = Path.home() / ".cache" / "redac" / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"


def pytest_collection_modifyitems(config, items):
    if "real_model" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="opt-in: a real 1.5B model, minutes per article (pytest -m real_model)")
    for item in items:
        if "real_model" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def real_gguf() -> Path:
    path = Path(os.environ.get("REDAC_TEST_GGUF", DEFAULT_GGUF))
    if not path.is_file():
        pytest.skip(f"no GGUF at {path}: run python dev/fetch_model.py (or set REDAC_TEST_GGUF)")
    return path
