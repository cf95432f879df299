"""The readability score as Yoast computes it today: Flesch is an insight outside the score, and a
closing guillemet after a quoted sentence counts as one more sentence in the percentages."""

from __future__ import annotations

from redac.seo.audit import audit_page
from redac.seo.page import read_page

HARD = (
    "La conférence intergouvernementale extraordinaire relative aux infrastructures énergétiques "
    "transfrontalières a examiné les modalités réglementaires d'une interconnexion supplémentaire. "
)


def page(body: str):
    return read_page(f"---\ntitle: \"Énergie : ce qui change\"\n---\n# Énergie : ce qui change\n\n{body}\n")


def test_flesch_is_an_insight_shown_apart_and_not_counted():
    report = audit_page(page(HARD * 12))
    flesch = report.result("fleschReadingEase")
    assert flesch.group == "insights" and flesch.rating == "bad"
    readability = report.group("readability")
    assert "fleschReadingEase" not in {r.id for r in readability}
    penalty = sum({"bad": 3, "ok": 2}.get(r.rating, 0) for r in readability)
    assert report.readability_score == (30 if penalty > 6 else 60 if penalty > 4 else 90)


def test_a_closing_guillemet_after_a_full_stop_is_one_more_sentence():
    from redac.seo.researches import Researcher

    quoted = "« L'OTAN est à vos côtés aujourd'hui, demain et aussi longtemps qu'il le faudra. »"
    plain = "Le secrétaire général a parlé devant les députés ukrainiens jeudi."
    assert Researcher(page(f"{quoted} {plain}")).sentence_count == 2 + 1  # two sentences, and Yoast reads « » as a third
    assert Researcher(page(f"{plain} {plain}")).sentence_count == 2
