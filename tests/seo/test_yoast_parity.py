"""The Yoast regression gate, without Node: Yoast's own ratings of the French comparison corpus
(dev/yoast_ratings.json, refreshed by `dev/compare_yoast.py --save` with yoastseo installed in
dev/yoast) against redac's audit of the same articles. The parity measured when the ratings were
stored was 96.6 % of (article, assessment) pairs (97.8 % with exact word forms), Flesch within ±2 and
the SEO score within ±5 on every article: a change that drifts away from Yoast fails here."""

import importlib.util
import json
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[2] / "dev"


@pytest.fixture(scope="module")
def corpus():
    spec = importlib.util.spec_from_file_location("compare_yoast", DEV / "compare_yoast.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    yoast = json.loads(module.RATINGS.read_text(encoding="utf-8"))
    paths = sorted((DEV / "yoast_corpus").glob("*.md"))
    assert [path.name for path in paths] == [item["id"] for item in yoast], "refresh: python dev/compare_yoast.py --save"
    pages = [module.yoast_item(path)[1] for path in paths]
    return module, pages, yoast


def share(agree: dict) -> float:
    return sum(same for same, _ in agree.values()) / sum(total for _, total in agree.values())


@pytest.mark.parametrize("exact_forms", [False, True], ids=["word-forms", "exact-forms"])
def test_ratings_agree_with_yoast_on_95_percent_of_pairs(corpus, exact_forms):
    module, pages, yoast = corpus
    agree = module.agreement(pages, yoast, exact_forms=exact_forms)
    assert sum(total for _, total in agree.values()) == 506
    assert share(agree) >= 0.95, {id_: counts for id_, counts in agree.items() if counts[0] < counts[1]}


def test_flesch_and_seo_score_stay_close_to_yoast(corpus):
    from redac.seo.audit import audit_page

    _, pages, yoast = corpus
    for page, theirs in zip(pages, yoast, strict=True):
        ours = audit_page(page)
        assert abs(ours.flesch - theirs["flesch"]) <= 2, theirs["id"]
        assert abs(ours.seo_score - max(0, min(100, theirs["seo_score"]))) <= 5, theirs["id"]
