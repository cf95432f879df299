"""Each input format read into documents: content, metadata, and format sniffed from the bytes."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import redac
from redac.errors import InputError
from redac.ingest import read

ARTICLE = [
    "Le président Volodymyr Zelensky a tenté d’obtenir le soutien des Balkans à sa vision de la paix.",
    "« Nous sommes intéressés par une coproduction avec vous », a déclaré Zelensky aux délégations.",
    "Treize pays participent au sommet aux côtés de responsables de l’UE et d’autres institutions.",
]

PAGE = f"""<!DOCTYPE html><html lang="fr"><head><title>Zelensky en Albanie - Le Journal</title>
<meta name="author" content="Jean Dupont"><meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2024-02-28T10:00:00Z">
<link rel="canonical" href="https://www.example.fr/monde/zelensky-albanie.html"></head>
<body><nav><a href="/">Accueil</a> &gt; <a href="/monde">Monde</a></nav>
<article><h1>Zelensky cherche du soutien en Albanie</h1><p>{ARTICLE[0]}</p>
<h2>Une production commune d’armes</h2><p>{ARTICLE[1]}</p>
<p>Lire aussi : La guerre en Ukraine, deux ans après</p><p>{ARTICLE[2]}</p></article>
<footer>Abonnez-vous à notre newsletter</footer></body></html>"""


def test_html_page_gives_article_blocks_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    result = redac.clean(path)
    texts = [block.text for block in result.document.blocks]
    assert texts == [ARTICLE[0], "Une production commune d’armes", ARTICLE[1], ARTICLE[2]]
    assert result.document.blocks[1].kind == "heading"
    assert result.document.title == "Zelensky cherche du soutien en Albanie"
    meta = result.document.meta
    assert (meta.author, meta.date, meta.site, meta.language) == ("Jean Dupont", "2024-02-28", "Le Journal", "fr")
    assert meta.url == "https://www.example.fr/monde/zelensky-albanie.html"


def test_html_is_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text(PAGE, encoding="utf-8")
    assert read(path).documents[0].format == "html"


def test_json_record_with_html_body() -> None:
    record = {"headline": "Titre", "articleBody": f"<p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p>", "link": "https://x.fr/a"}
    document = read(json.dumps(record)).documents[0]
    assert [b.text for b in document.blocks] == ARTICLE[:2]
    assert (document.title, document.meta.url, document.format) == ("Titre", "https://x.fr/a", "json")


def test_json_export_with_items_list_and_nested_author() -> None:
    export = {"items": [{"title": f"T{i}", "text": ARTICLE[i], "author": {"name": "Ana"}} for i in range(3)]}
    documents = read(json.dumps(export), name="export.json").documents
    assert [d.title for d in documents] == ["T0", "T1", "T2"]
    assert documents[0].meta.author == "Ana" and documents[2].source == "export.json#3"


def test_jsonl_skips_bad_lines_with_warnings() -> None:
    lines = [json.dumps({"title": "A", "text": ARTICLE[0]}), "{not json", json.dumps({"title": "B"}),
             json.dumps({"title": "C", "content": ARTICLE[2]})]
    result = read("\n".join(lines), name="export.jsonl")
    assert [d.title for d in result.documents] == ["A", "C"]
    assert len(result.warnings) == 2 and "export.jsonl#2" in result.warnings[0]


RSS = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Le Journal</title>
<language>fr-FR</language>
<item><title>Premier article</title><link>https://x.fr/1</link><pubDate>Wed, 28 Feb 2024 10:00:00 +0000</pubDate>
<description>Résumé court.</description><content:encoded><![CDATA[<p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p>]]></content:encoded></item>
<item><title>Second article</title><link>https://x.fr/2</link><description>{ARTICLE[2]}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>Entrée</title><link href="https://x.fr/e"/><updated>2024-03-01T08:00:00Z</updated>
<content type="html">&lt;p&gt;{ARTICLE[2]}&lt;/p&gt;</content></entry></feed>"""


def test_rss_items_are_documents_with_full_content() -> None:
    documents = read(RSS, name="feed.xml").documents
    assert [d.title for d in documents] == ["Premier article", "Second article"]
    assert [b.text for b in documents[0].blocks] == ARTICLE[:2]
    assert documents[0].meta.date == "2024-02-28" and documents[0].meta.site == "Le Journal"
    assert documents[0].meta.language == "fr"


def test_atom_entry() -> None:
    document = read(ATOM).documents[0]
    assert (document.title, document.meta.url, document.format) == ("Entrée", "https://x.fr/e", "feed")
    assert [b.text for b in document.blocks] == [ARTICLE[2]]


def test_markdown_title_headings_links_and_images() -> None:
    text = f"# Le titre\n\n![photo](x.jpg)\n\n{ARTICLE[0]}\n\n## Un intertitre\n\nVoir [le rapport](https://x.fr) publié jeudi.\n"
    document = read(text, name="a.md").documents[0]
    assert document.title == "Le titre"
    assert [(b.text, b.kind) for b in document.blocks] == [
        (ARTICLE[0], "paragraph"), ("Un intertitre", "heading"), ("Voir le rapport publié jeudi.", "paragraph")]


def test_hard_wrapped_text_is_rejoined() -> None:
    wrapped = ("Le président a tenté d’obtenir le soutien des Balkans\nà sa vision de la paix en Ukraine et a promu\n"
               "l’idée d’une production commune d’armes lors du\nsommet de deux jours à Tirana.\n\n"
               "Treize pays participent au sommet aux côtés de\nresponsables de l’UE et d’autres institutions.\n")
    texts = [b.text for b in read(wrapped).documents[0].blocks]
    assert texts == [
        "Le président a tenté d’obtenir le soutien des Balkans à sa vision de la paix en Ukraine et a promu "
        "l’idée d’une production commune d’armes lors du sommet de deux jours à Tirana.",
        "Treize pays participent au sommet aux côtés de responsables de l’UE et d’autres institutions.",
    ]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_encodings_are_detected(encoding: str) -> None:
    text = "Le président a déclaré à la presse que l'été serait décisif pour la défense du pays.\n"
    assert read(text.encode(encoding)).documents[0].blocks[0].text == text.strip()


def test_mojibake_is_repaired() -> None:
    broken = "Le prÃ©sident a dÃ©clarÃ© que lâ€™Ã©tÃ© serait dÃ©cisif."
    assert read(broken.encode("utf-8")).documents[0].blocks[0].text == "Le président a déclaré que l’été serait décisif."


def test_html_without_article_is_an_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        read("<html><body><nav><a href='/'>Accueil</a></nav></body></html>")


def test_clean_refuses_multi_document_input() -> None:
    with pytest.raises(InputError, match="clean_many"):
        redac.clean(RSS)
    assert len(redac.clean_many(RSS)) == 2


def test_html_fragment_keeps_text_outside_paragraphs():
    from redac.ingest.html import fragment_blocks

    blocks = fragment_blocks("<div>Première phrase directe. <p>Deuxième.</p> Troisième<br>en <b>queue</b>.</div>")
    assert [block.text for block in blocks] == ["Première phrase directe.", "Deuxième.", "Troisième", "en queue."]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire annonce un budget\nil y a 3 jours\nLe conseil municipal a voté mardi le budget de la commune.\n"
        "Les élus ont débattu pendant trois heures avant le vote final.",
        "Inondations dans le Gard\nmis à jour hier\nLes pompiers sont intervenus plus de deux cents fois dans la nuit.\n"
        "La préfecture a ouvert une cellule de crise à Nîmes dès samedi soir.",
    ],
)
def test_a_short_lowercase_line_is_not_glued_to_the_line_above(text: str) -> None:
    """A wrapper breaks a line only where the next word would not fit: two short lines stay two lines,
    even in text whose other lines look hard-wrapped."""
    texts = [b.text for b in read(text).documents[0].blocks]
    assert texts == text.split("\n")


def test_a_wrapped_line_is_still_rejoined_beside_a_short_one() -> None:
    text = ("Le maire annonce un budget\nil y a 3 jours\n"
            "Le conseil municipal a voté mardi soir le budget de\nla commune pour l’année prochaine, en hausse.\n"
            "Les élus de l’opposition ont débattu trois heures\navant de quitter la salle du conseil municipal.\n")
    texts = [b.text for b in read(text).documents[0].blocks]
    assert texts == ["Le maire annonce un budget", "il y a 3 jours",
                     "Le conseil municipal a voté mardi soir le budget de la commune pour l’année prochaine, en hausse.",
                     "Les élus de l’opposition ont débattu trois heures avant de quitter la salle du conseil municipal."]


@pytest.mark.parametrize(
    "text",
    ["[0\n1\n", "[0\n1", "[1] Le président a parlé hier soir.\nIl a dit non à la réforme.", "{ 12 heures de grève }\nLe métro est fermé."],
)
def test_a_text_that_only_starts_with_a_bracket_is_text(text: str) -> None:
    document = read(text).documents[0]
    assert document.format == "text"
    assert [b.text for b in document.blocks] == [line for line in text.split("\n") if line]


@pytest.mark.parametrize(("text", "name"), [('{"title": "A", "text": "B"', None), ('[{"title": "A"}', None), ("[0\n1", "a.json")])
def test_invalid_json_meant_as_json_is_an_error(text: str, name: str | None) -> None:
    """An object with a key or a list of objects, or a .json name, says JSON: broken, it is refused."""
    with pytest.raises(InputError, match="invalid JSON"):
        read(text, name=name)


def test_a_wrapped_passage_inside_a_page_of_long_lines_is_rejoined() -> None:
    """A page pasted with one paragraph per line, holding a passage copied from a wrapped source (a PDF, an
    e-mail): its lines cut near one width in mid-sentence are one paragraph; a run of short labels is not."""
    long_line = ("Le conseil municipal de Quimperlé a adopté jeudi soir, après trois heures de débats parfois vifs, "
                 "le budget primitif de la commune pour l'année à venir, en hausse de quatre pour cent.")
    wrapped = ("La course s'est disputée sur les quais de la Laïta avec cinquante concurrents\n"
               "venus de tout le Finistère. Cette étape restera mémorable avec un record de\n"
               "poissons capturés et relâchés. Le public était au rendez-vous et a pu découvrir\n"
               "cette discipline en échangeant avec les pêcheurs.")
    labels = "Notifications\nnotifications\nnotifications"
    blocks = [b.text for b in read(f"{long_line}\n{wrapped}\n{labels}\n{long_line}").documents[0].blocks]
    assert blocks[1] == wrapped.replace("\n", " ")
    assert blocks[2:5] == ["Notifications", "notifications", "notifications"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([0, 5, 29, 30, 31, 39, 40, 41, 55, 75, 76, 99, 100, 101, 150]), max_size=12))
def test_wrapped_stretches_are_found_as_their_definition_says(lengths: list[int]) -> None:
    """local_wrap_widths skips a run whose first line no wrapped stretch can hold: the same widths as every run read."""
    from redac.ingest.text import WRAP_BAND, WRAP_MAX_WIDTH, WRAP_MIN_WIDTH, WRAP_RUN, local_wrap_widths

    lines = [" " + "x" * n for n in lengths]
    widths = [0] * len(lines)
    for start in range(len(lines) - WRAP_RUN + 1):
        run = lengths[start:start + WRAP_RUN]
        width = max(run)
        if WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH and min(run) >= WRAP_BAND * width:
            for index in range(start, min(start + WRAP_RUN + 1, len(lines))):
                widths[index] = max(widths[index], width)
    assert local_wrap_widths(lines) == widths


def test_a_wrapped_line_that_stops_on_a_preposition_goes_on_below() -> None:
    """A wrapper may leave a short line (« … pour la 81ème finale de »): one that stops on a preposition or a determiner
    goes on in the lower-case line below, which would otherwise open a fragment (« la Coupe de France au Stade … »)."""
    wrapped = ("Mais la machine parisienne a su se mettre à l'abri dès la 25ème minute par\n"
               "son capitaine courageux qui battait le gardien d'une tête splendide. De chaque\n"
               "côté les leaders d'attaque portaient le danger sur le but adverse, jusqu'à\n"
               "la mi-temps.\n"
               "C'était la fête du football pour la 81ème finale de\n"
               "la Coupe de France au Stade de France, et la fête tout court que les\n"
               "supporters des deux clubs qui se faisaient face ont célébrée toute la soirée.\n")
    long_line = "Le Paris Saint-Germain, pour sa deuxième finale dans le vaisseau de Saint-Denis, a remporté son second trophée de la saison."
    blocks = [b.text for b in read(f"{long_line}\n{wrapped}").documents[0].blocks]
    assert "C'était la fête du football pour la 81ème finale de la Coupe de France au Stade de France, et la fête tout court que " \
           "les supporters des deux clubs qui se faisaient face ont célébrée toute la soirée." in blocks


def test_a_line_cut_after_the_article_la_goes_on_below() -> None:
    """« la » the article cannot close a sentence; « là » the adverb can (« jusque-là »), and both fold to the same
    word: the accent decides, so a page of long lines is still rejoined after the article."""
    long_line = "Le conseil municipal de Quimperlé a voté jeudi soir le budget de la piscine intercommunale, après deux heures de débat."
    cut = "Les travaux commenceront au printemps, a précisé la\nmaire, qui attend encore l'accord de la région."
    blocks = [b.text for b in read(f"{long_line}\n{cut}\n{long_line}").documents[0].blocks]
    assert "Les travaux commenceront au printemps, a précisé la maire, qui attend encore l'accord de la région." in blocks
