from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture
def samples_dir() -> Path:
    return DATA / "samples"
