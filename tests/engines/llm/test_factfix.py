"""Refused sentences mended without a call: replaced by their source sentence, or dropped; repeats dropped."""

from redac.checks.faithfulness import SourceFacts
from redac.checks.originality import shingle_count
from redac.engines.llm.factfix import Mender, copy_budget

SOURCE = ["Le maire de Lyon, Grégory Doucet, a présenté mardi un plan de 30 millions d'euros pour les écoles.",
          "Les travaux commenceront en septembre dans douze établissements du centre-ville.",
          "« Nous voulons des écoles plus fraîches l'été », a déclaré Grégory Doucet."]
FACTS = SourceFacts(SOURCE)


def test_a_sentence_with_a_wrong_figure_is_replaced_by_its_source_sentence():
    mender = Mender(FACTS, copy_budget=100)
    written = ["Les travaux débuteront en septembre dans quinze établissements du centre-ville. Les élèves en profiteront."]
    mended = mender.mend(written, "section 1")
    assert mended == ["Les travaux commenceront en septembre dans douze établissements du centre-ville. Les élèves en profiteront."]
    assert mender.notes == ["section 1 : phrase non étayée remplacée par la source : « Les travaux débuteront en septembre dans "
                            "quinze établissements du centre-ville. » → « Les travaux commenceront en septembre dans douze "
                            "établissements du centre-ville. »"]


def test_a_refused_sentence_is_dropped_when_its_source_is_told_already_or_the_copy_budget_is_spent():
    told = Mender(FACTS, copy_budget=100)
    written = ["Grégory Doucet a présenté mardi un plan de 30 millions d'euros pour les écoles.",
               "Le maire de Lyon a présenté mardi un plan de 45 millions d'euros pour les écoles."]
    assert told.mend(written, "section 1") == written[:1]
    assert "phrase non étayée retirée" in told.notes[0]
    poor = Mender(FACTS, copy_budget=0)
    assert poor.mend(["Les travaux débuteront en septembre dans quinze établissements du centre-ville."], "section 1") == []


def test_a_sentence_already_written_is_dropped():
    mender = Mender(FACTS, copy_budget=0)
    sentence = "Grégory Doucet veut des écoles plus fraîches en été, grâce à ce plan."
    assert mender.mend([sentence], "section 1") == [sentence]
    assert mender.mend([sentence + " Les travaux commenceront bientôt."], "section 2") == ["Les travaux commenceront bientôt."]
    assert mender.notes[-1].startswith("section 2 : phrase répétée retirée")


def test_a_misspelled_source_word_is_written_as_the_source_writes_it_and_english_is_refused():
    """« établisements », « scools »: a 1.5B model's slips inside French, which no check reads word by word."""
    mender = Mender(FACTS, copy_budget=100)
    written = ["Douze établisements du centre-ville accueilleront les travaux dès septembre, selon le maire."]
    assert mender.mend(written, "section 1") == [
        "Douze établissements du centre-ville accueilleront les travaux dès septembre, selon le maire."]
    assert mender.notes == ["mot corrigé d’après la source : « établisements » → « établissements »"]
    english = Mender(FACTS, copy_budget=0)
    assert english.mend(["Le plan of the maire vise les écoles du centre. Les élèves en profiteront."], "section 1") == [
        "Les élèves en profiteront."]
    assert english.notes[0].startswith("section 1 : phrase au mot fautif « of » retirée")
    glued = Mender(FACTS, copy_budget=0)
    assert glued.mend(["Les travaux toucheront douze_établissements du centre. Les élèves en profiteront."], "section 1") == [
        "Les élèves en profiteront."]


def test_a_sentence_the_source_does_not_support_at_all_is_refused():
    """No wrong fact, only an invention (the held-out a03 model run: « Ces messages ont été envoyés via des courriers
    postaux et des réseaux sociaux »): the check shows it for review, the mender does not keep it."""
    mender = Mender(FACTS, copy_budget=0)
    written = ["Le maire de Lyon a détaillé mardi son plan pour les écoles. Les parents d'élèves ont applaudi cette annonce "
               "lors d'une réunion publique animée."]
    assert mender.mend(written, "section 1") == ["Le maire de Lyon a détaillé mardi son plan pour les écoles."]
    assert mender.notes[0].startswith("section 1 : phrase sans appui dans la source retirée : « Les parents d'élèves")


def test_the_copy_budget_is_what_the_model_did_not_copy_itself():
    """Sample 003, real model: two source sentences put in on top of the model's own 11 % of copies made 22 %."""
    own_words = "Le maire veut rafraîchir les écoles de la ville avant les prochaines chaleurs de l'été, selon son équipe."
    assert copy_budget([own_words], " ".join(SOURCE), 0.6) == int(0.6 * shingle_count(own_words))
    assert copy_budget([SOURCE[0], own_words], " ".join(SOURCE), 0.6) < copy_budget([own_words, own_words], " ".join(SOURCE), 0.6)
    assert copy_budget([SOURCE[0]], " ".join(SOURCE), 0.6) == 0
