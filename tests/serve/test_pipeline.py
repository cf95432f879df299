"""The page's door into the library: stages in order, cancel, a dropped file, doctor without the key."""

import html
import threading
from pathlib import Path

import pytest

from redac.serve import pipeline

SAMPLE = Path(__file__).parent.parent / "data" / "samples" / "000_28bc3072248f10e6.txt"


def test_stages_are_reported_in_order_and_the_result_is_the_library_s():
    import redac

    text = SAMPLE.read_text(encoding="utf-8")
    seen = []
    result, limits = pipeline.rewrite(pipeline.clean_source(text), pipeline.Options(min_words=800), seen.append, threading.Event())
    assert seen[:5] == ["nettoyage", "analyse", "plan", "rédaction", "vérifications"]
    assert set(seen) <= set(pipeline.STAGES) and limits.title_max_px == 600
    assert result.article == redac.rewrite(text, min_words=800).article


def test_a_cancelled_job_stops_at_the_next_stage():
    cancel = threading.Event()
    seen = []

    def on_stage(name):
        seen.append(name)
        cancel.set()  # the editor clicks « Annuler » while cleaning runs

    with pytest.raises(pipeline.Cancelled):
        pipeline.rewrite(pipeline.clean_source(SAMPLE.read_text(encoding="utf-8")), pipeline.Options(), on_stage, cancel)
    assert seen == ["nettoyage"]


def test_a_dropped_html_file_is_read_as_html():
    paragraphs = SAMPLE.read_text(encoding="utf-8").split("\n\n")[3:9]
    page = "<html><head><title>Essai</title></head><body><nav>Accueil | Monde</nav><article><h1>Zelensky dans les Balkans</h1>" + "".join(
        f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</article><footer>© Journal</footer></body></html>"
    cleaned = pipeline.clean_source(page.encode("utf-8"), name="page.html")
    assert cleaned.document.format == "html" and cleaned.document.title == "Zelensky dans les Balkans"
    assert "Accueil" not in " ".join(block.text for block in cleaned.document.blocks)


def test_doctor_never_hands_the_key_to_the_page(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDAC_MODEL", "mistral-small")
    monkeypatch.setenv("REDAC_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens: unreachable
    monkeypatch.setenv("REDAC_API_KEY", "sk-secret-key-1234")
    monkeypatch.setenv("REDAC_RETRIES", "0")
    status = pipeline.doctor()
    assert status["configured"] and not status["ok"] and "mistral-small" in status["model"]
    assert "1234" not in repr(status) and "secret" not in repr(status)
