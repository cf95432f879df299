"""Article text that the page cut (cleaning/tails.py), on pages written for the test."""

from redac.cleaning import clean_document
from redac.cleaning.rules import Line, load_rules
from redac.cleaning.shape import measure_shape
from redac.cleaning.tails import cut_tail
from redac.ingest import parse


def _shape_of(texts: list[str]):
    lines = [Line.of(t) for t in texts]
    ruled = [load_rules().match(line) is not None for line in lines]
    words = [line.n_words for line in lines]
    return ruled, words, measure_shape(texts, ruled, [line.core for line in lines], words)


def _kept(texts: list[str]) -> list[str]:
    result = clean_document(parse("\n\n".join(texts), "test").documents[0])
    return [block.text for block in result.document.blocks]


def test_a_last_line_cut_by_the_page_end_is_never_dropped() -> None:
    """An excerpt that ends mid-sentence leaves a stub (« L’enquête a été co »): the article's text."""
    head = ["Inondations : la Loire déborde à Tours",
            "La crue a atteint six mètres mardi soir, du jamais vu depuis 1982 selon la préfecture d’Indre-et-Loire."]
    for last, expected in (("L’enquête a été co", 2), ("Hélène Marchal", None)):
        texts = head + [last]
        ruled, _, shape = _shape_of(texts)
        assert cut_tail(texts, ruled, shape) == expected
    texts = head + ["Partager sur", "Lire la"]
    ruled, _, shape = _shape_of(texts)
    assert ruled[2] and cut_tail(texts, ruled, shape) is None


def test_a_stub_under_an_image_s_residue_still_ends_the_paragraph_above() -> None:
    """An image's file name between the last paragraph and the stub hides nothing: the stub goes on the
    paragraph; under a stamp, it opens a listing's item."""
    head = ["Patrimoine : l’orgue de Saint-Malo restauré",
            "Le facteur d’orgues Paul Leclerc a démonté les 2 400 tuyaux de l’instrument, qui retrouve sa voix pour Pâques."]
    texts = head + ["ORGUE-03", "vueNEF", "Formé à"]
    ruled, _, shape = _shape_of(texts)
    assert ruled[2] and ruled[3] and cut_tail(texts, ruled, shape) == 4
    texts = head + ["il y a 3 jours", "Le festival de"]
    ruled, _, shape = _shape_of(texts)
    assert ruled[2] and cut_tail(texts, ruled, shape) is None


def test_a_quotation_cut_by_the_page_end_is_the_article_s_text() -> None:
    """A last line that opens a quotation and never closes it (« "Inimagina ») is a quoted sentence the
    page's end cut, capital or not; a quoted label closes its quotation (« « Coup de cœur » ») and stays
    a label."""
    head = ["Vol au musée de Besançon : deux statuettes disparues",
            "Deux statuettes en bronze ont été dérobées dans la nuit de samedi à dimanche au musée des Beaux-Arts de Besançon.",
            "Le conservateur a découvert la vitrine brisée à l’ouverture et a aussitôt prévenu la police judiciaire."]
    for last, expected in (("« Inimagina", 3), ('"Du jamais', 3), ("« Coup de cœur »", None)):
        texts = head + [last]
        ruled, _, shape = _shape_of(texts)
        assert cut_tail(texts, ruled, shape) == expected
    assert "« Inimagina" in _kept(head + ["« Inimagina"])


def test_a_live_entry_cut_by_the_page_end_opens_on_its_time_like_the_entry_above() -> None:
    """A live blog's last entry, cut mid-word, opens on its time as the entry above it does (« 9h40 :
    Trois pompiers évacu »): the article's text. The same stub under a paragraph without a time is no
    entry and proves nothing."""
    head = ["Incendie d’un entrepôt à Vierzon : le point sur la situation",
            "Un important incendie s’est déclaré mardi matin dans un entrepôt de la zone industrielle de Vierzon.",
            "9h12 : La préfecture du Cher demande aux riverains de fermer leurs fenêtres à cause des fumées."]
    stub = "9h40 : Trois pompiers évacu"
    texts = head + [stub]
    ruled, _, shape = _shape_of(texts)
    assert cut_tail(texts, ruled, shape) == 3
    assert stub in _kept(texts)
    texts = head[:2] + ["La préfecture du Cher demande aux riverains de fermer leurs fenêtres à cause des fumées.", stub]
    ruled, _, shape = _shape_of(texts)
    assert cut_tail(texts, ruled, shape) is None
