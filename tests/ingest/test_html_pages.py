"""On the twenty pages modelled on French news sites (tests/data/html_pages, our own text), redac keeps
every article line that trafilatura's precision mode keeps and removes every noise line it removes.
bench/html_vs_trafilatura.py prints the side-by-side table."""

import json
from pathlib import Path

import pytest
import trafilatura

import redac

PAGES = Path(__file__).parents[1] / "data" / "html_pages"
LABELS = json.loads((PAGES / "labels.json").read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _kept(lines: list[str], output: list[str]) -> set[str]:
    outputs = [_norm(o) for o in output if o.strip()]
    return {line for line in lines if any(o == _norm(line) or (len(line.split()) >= 3 and _norm(line) in o) for o in outputs)}


@pytest.mark.parametrize("name", sorted(LABELS))
def test_never_below_trafilatura_precision(name: str) -> None:
    html, label = (PAGES / name).read_text(encoding="utf-8"), LABELS[name]
    theirs = (trafilatura.extract(html, favor_precision=True) or "").split("\n")
    result = redac.clean(html)
    ours = [block.text for block in result.document.blocks]
    assert _kept(label["article"], theirs) <= _kept(label["article"], ours)
    assert _kept(label["noise"], ours) <= _kept(label["noise"], theirs)
    assert result.document.title == label["title"]


def test_corpus_shape() -> None:
    assert len(LABELS) >= 20
    assert sum(len(label["article"]) for label in LABELS.values()) >= 150
    assert sum(len(label["noise"]) for label in LABELS.values()) >= 300


def test_each_paragraph_of_a_quoted_excerpt_is_its_own_block() -> None:
    from redac.ingest.html import parse_html

    quoted = [
        "Le rapport de l’inspection décrit une nuit de tensions autour du chantier du barrage.",
        "À 00h49, les gendarmes tirent les premières grenades lacrymogènes sur les manifestants.",
        "À 01h45, les secours récupèrent le corps du jeune homme au pied de la digue.",
    ]
    page = ("<!DOCTYPE html><html lang='fr'><head><title>Retour sur la nuit du barrage</title></head><body><article>"
            "<h1>Retour sur la nuit du barrage</h1>"
            "<p>Un collectif publie de longs extraits du rapport de l’inspection générale, cinq ans après les faits.</p>"
            "<blockquote>" + "".join(f"<p>{text}</p>" for text in quoted) + "</blockquote></article></body></html>")
    blocks = [(block.kind, block.text) for block in parse_html(page, "page.html").blocks]
    assert [text for kind, text in blocks if kind == "quote"] == quoted
