"""Related earlier articles: same story or same people, never merely the same topic."""

import json
from pathlib import Path

import pytest

import redac
from redac.attach import AttachOptions, attach_options
from redac.attach.archive import ArchiveEntry, load_archive
from redac.attach.related import RelatedIndex
from redac.pipeline import rewrite_clean
from redac.render.article import article_markdown
from tests.attach.archive_data import SITE, build_archive, write_archive

SAMPLES = Path(__file__).parent.parent / "data" / "samples"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return write_archive(tmp_path_factory.mktemp("archive") / "posts.json", 200)


@pytest.fixture(scope="module")
def index(archive):
    return attach_options(archive=[archive]).related


def _links(index, sample: str) -> list[str]:
    result = rewrite_clean(redac.clean(next(SAMPLES.glob(f"{sample}_*.txt"))), attachments=AttachOptions(related=index))
    return [link.url for link in result.article.related]


@pytest.mark.parametrize(("sample", "same_story", "same_person"), [
    ("000", "/sommet-tirana-balkans-ukraine/", "/edi-rama-adhesion-albanie-union-europeenne/"),
    ("001", "/garanties-securite-ukraine-pays-engages/", "/mark-rutte-secretaire-general-otan/"),
    ("002", "/stoltenberg-kiev-visite-avions/", "/mark-rutte-secretaire-general-otan/"),
    ("003", "/istanbul-echange-prisonniers-russie-ukraine/", "/dmitri-peskov-kremlin-negociations/"),
    ("004", "/trump-zelensky-defense-aerienne-patriot/", "/donald-trump-sanctions-secondaires-russie/"),
])
def test_each_sample_links_its_story_and_its_people_and_nothing_unrelated(index, sample, same_story, same_person):
    links = _links(index, sample)
    assert 2 <= len(links) <= 4
    assert links[0] == same_story  # the same story ranks first
    assert same_person in links
    related = {entry["url"].removeprefix(SITE) for entry in build_archive(200) if "shares" in entry}
    assert set(links) <= related  # no generated local news, no topic-only article


def test_same_topic_alone_is_not_a_link():
    entries = [ArchiveEntry(e["url"], e["title"], e["content"]) for e in build_archive(200)]
    index = RelatedIndex(entries)
    text = "Une frappe de missiles a touché une gare de Zaporijia. Les secours ukrainiens ont dégagé les décombres toute la nuit."
    assert index.related("Zaporijia : une gare touchée par une frappe russe", [text]) == []


def test_reasons_explain_each_link(index):
    result = rewrite_clean(redac.clean(next(SAMPLES.glob("000_*.txt"))), attachments=AttachOptions(related=index))
    reasons = {link.url: link.reason for link in result.article.related}
    assert reasons["/sommet-tirana-balkans-ukraine/"].startswith("même histoire (similarité 0,")
    assert "mêmes personnes : Edi Rama" in reasons["/edi-rama-adhesion-albanie-union-europeenne/"]
    assert any(note.startswith("lien interne : Edi Rama veut") for note in result.report.notes)
    assert "**À lire aussi**\n\n- [" in article_markdown(result.article)


def test_links_are_root_relative_on_a_one_site_archive_and_absolute_otherwise():
    one_site = RelatedIndex([ArchiveEntry("https://a.fr/x/", "Edi Rama à Paris", "Edi Rama a rencontré Emmanuel Macron.")])
    two_sites = RelatedIndex([ArchiveEntry("https://a.fr/x/", "Edi Rama à Paris", "Edi Rama a rencontré Emmanuel Macron."),
                              ArchiveEntry("https://b.fr/y/", "Météo", "Il pleut.")])
    text = ["Le Premier ministre albanais Edi Rama reçoit des dirigeants."]
    assert [link.url for link in one_site.related("Edi Rama reçoit", text)] == ["/x/"]
    assert [link.url for link in two_sites.related("Edi Rama reçoit", text)] == ["https://a.fr/x/"]


def test_archive_formats(tmp_path):
    (tmp_path / "wp.json").write_text(json.dumps([{"link": "https://s.fr/a/", "title": {"rendered": "Un &amp; deux"},
                                                    "content": {"rendered": "<p>Texte</p>"}}]), encoding="utf-8")
    (tmp_path / "posts.jsonl").write_text('{"url": "https://s.fr/b/", "title": "Bé", "text": "x"}\n{"url": "javascript:x", "title": "Mal"}\n', encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://s.fr/c/</loc>'
        "<news:news><news:title>Le titre C</news:title></news:news></url><url><loc>https://s.fr/le-titre-d/</loc></url></urlset>",
        encoding="utf-8")
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "e.md").write_text("---\ntitle: Titre E\nurl: https://s.fr/e/\n---\n\n# Titre E\n\nCorps.\n", encoding="utf-8")
    entries = load_archive([tmp_path / "wp.json", tmp_path / "posts.jsonl", tmp_path / "sitemap.xml", folder])
    assert [(e.url, e.title) for e in entries] == [
        ("https://s.fr/a/", "Un & deux"), ("https://s.fr/b/", "Bé"), ("https://s.fr/c/", "Le titre C"),
        ("https://s.fr/le-titre-d/", "le titre d"), ("https://s.fr/e/", "Titre E")]


def test_unreadable_archive_is_one_clear_error(tmp_path):
    from redac.errors import InputError

    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="neither JSON nor JSONL"):
        load_archive([tmp_path / "bad.json"])
    with pytest.raises(InputError, match="archive not found"):
        load_archive([tmp_path / "missing.json"])


def test_redac_check_reads_links_and_credit_as_what_they_are(index, tmp_path):
    """The related titles name people the source does not; they are links, not claims."""
    sample = next(SAMPLES.glob("000_*.txt"))
    options = AttachOptions(source_url="https://www.exemple-source.fr/monde/zelensky-balkans", related=index)
    result = rewrite_clean(redac.clean(sample), attachments=options)
    article = tmp_path / "article.md"
    article.write_text(article_markdown(result.article), encoding="utf-8")
    report = redac.check(article, source=sample)
    assert report.check("faithfulness").passed, report.check("faithfulness").message
    assert report.audit.result("internalLinks").rating == "good"
    assert report.audit.result("externalLinks").rating == "good"
