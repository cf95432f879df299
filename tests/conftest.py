from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture
def samples_dir() -> Path:
    return DATA / "samples"


@pytest.fixture(scope="session")
def rewrites() -> dict:
    """Each shared sample rewritten offline: name -> (source text, RewriteResult, Markdown)."""
    import redac
    from redac.render.article import article_markdown

    done = {}
    for path in sorted((DATA / "samples").glob("*.txt")):
        source = path.read_text(encoding="utf-8")
        result = redac.rewrite(source)
        done[path.stem[:3]] = (source, result, article_markdown(result.article))
    return done
