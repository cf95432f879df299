"""Every assessment on hand-written French articles: the light it gives and why."""

from redac.limits import DEFAULT_LIMITS as L
from redac.seo.audit import audit_page, readability_score, seo_score
from redac.seo.assessments import Result
from redac.seo.page import read_page

SENTENCE = "Le conseil municipal a voté le nouveau plan de circulation de la ville mardi soir."


def article(body: str, **front) -> str:
    meta = {"title": "Plan de circulation : ce qui change", "meta_description": "", "slug": "", "keyphrase": ""}
    meta.update(front)
    lines = "\n".join(f'{key}: "{value}"' for key, value in meta.items() if value)
    return f"---\n{lines}\n---\n# Plan de circulation : ce qui change\n\n{body}\n"


def result(text: str, id_: str, **options) -> Result:
    report = audit_page(read_page(text), **options)
    found = report.result(id_)
    assert found is not None, f"{id_} not in {[r.id for r in report.results]}"
    return found


def filler(sentences: int, sentence: str = "Les habitants découvrent les nouvelles règles avec curiosité.") -> str:
    return " ".join([sentence] * sentences)


def test_keyphrase_in_introduction_one_sentence_paragraph_or_absent():
    body = "Le plan de circulation change lundi. Les bus suivront un nouveau trajet.\n\nLa suite."
    assert result(article(body, keyphrase="plan de circulation"), "introductionKeyword").score == 9
    split = "Le plan change lundi. La circulation sera coupée.\n\nLa suite."
    assert result(article(split, keyphrase="plan de circulation"), "introductionKeyword").score == 6
    assert result(article("Rien à voir.\n\nLe plan de circulation.", keyphrase="plan de circulation"), "introductionKeyword").score == 3


def test_elided_keyphrase_matches_in_introduction():
    body = "Les soldats de l'armée ukrainienne reculent près de la ville."
    assert result(article(body, keyphrase="armée ukrainienne"), "introductionKeyword").score == 9


def test_plural_and_feminine_forms_match_through_lemmas_but_not_in_exact_mode():
    body = "Les armées ukrainiennes reculent près de la ville."
    assert result(article(body, keyphrase="armée ukrainien"), "introductionKeyword").score == 9
    assert result(article(body, keyphrase="armée ukrainien"), "introductionKeyword", word_forms=False).score == 3


def test_keyphrase_length_counts_content_words_only():
    assert result(article(SENTENCE, keyphrase="le plan de la ville"), "keyphraseLength").details["content_words"] == 2
    ten_words = "nouveau plan circulation ville voté conseil municipal mardi soir bus"
    assert result(article(SENTENCE, keyphrase=ten_words), "keyphraseLength").score == 3
    no_keyphrase = result(article(SENTENCE), "keyphraseLength")
    assert no_keyphrase.score == -999 and "suggestion" in no_keyphrase.message


def test_function_words_only_keyphrase_is_flagged():
    assert result(article(SENTENCE, keyphrase="de la"), "functionWordsInKeyphrase").score == 0
    assert audit_page(read_page(article(SENTENCE, keyphrase="plan"))).result("functionWordsInKeyphrase") is None


def test_keyphrase_density_bounds():
    text_300 = filler(40)  # 8 words × 40 = 320 words
    once = f"Le plan de circulation change. {text_300}"
    assert result(article(once, keyphrase="plan circulation"), "keyphraseDensity").score == 4
    good = " ".join(["Le plan de circulation change."] * 3) + " " + text_300
    assert result(article(good, keyphrase="plan circulation"), "keyphraseDensity").score == 9
    stuffed = " ".join(["Le plan de circulation change."] * 12) + " " + text_300
    assert result(article(stuffed, keyphrase="plan circulation"), "keyphraseDensity").score == -50


def test_meta_description_keyphrase_and_length():
    description = "Le plan de circulation de la ville change lundi : bus déviés, rues piétonnes et nouveaux horaires, voici tout ce qui change pour les habitants du centre."
    assert L.description_min_chars <= len(description) <= L.description_max_chars
    page = article(SENTENCE, keyphrase="plan de circulation", meta_description=description)
    assert result(page, "metaDescriptionKeyword").score == 9
    assert result(page, "metaDescriptionLength").score == 9
    assert result(article(SENTENCE, meta_description="Trop court."), "metaDescriptionLength").score == 6
    assert result(article(SENTENCE), "metaDescriptionLength").score == 1


def test_subheadings_reflecting_the_keyphrase():
    long_body = "\n\n".join([filler(10)] * 4)
    none = article(long_body, keyphrase="plan de circulation")
    assert result(none, "subheadingsKeyword").score == 2
    one_of_two = article(f"{filler(3)}\n\n## Le plan de circulation en détail\n\n{filler(3)}\n\n## Les réactions\n\n{filler(3)}", keyphrase="plan de circulation")
    assert result(one_of_two, "subheadingsKeyword").score == 9
    all_of_two = article(f"{filler(3)}\n\n## Le plan de circulation\n\n{filler(3)}\n\n## Un plan de circulation contesté\n\n{filler(3)}", keyphrase="plan de circulation")
    assert result(all_of_two, "subheadingsKeyword").score == 3


def test_competing_links_images_and_alt():
    body = f"{SENTENCE} Voir [le plan de circulation](https://ville.fr/plan).\n\n![Le plan de circulation affiché en mairie](plan.jpg)"
    page = article(body, keyphrase="plan de circulation")
    assert result(page, "textCompetingLinks").score == 2
    assert result(page, "images").score == 9
    assert result(page, "imageKeyphrase").score == 9
    plain = article(f"{SENTENCE}\n\n![Une rue](rue.jpg)", keyphrase="plan de circulation")
    assert result(plain, "imageKeyphrase").score == 6
    assert result(article(SENTENCE, keyphrase="plan"), "images").score == 3


def test_text_length_steps():
    assert result(article(filler(40)), "textLength").score == 9  # 320 words
    assert result(article(filler(33)), "textLength").score == 6  # 264
    assert result(article(filler(26)), "textLength").score == 3  # 208
    assert result(article(filler(13)), "textLength").score == -10
    assert result(article(filler(5)), "textLength").score == -20


def test_internal_and_outbound_links_by_host():
    body = f"{SENTENCE} [Notre dossier](/dossier), [la mairie](https://www.ville.fr/a) et [l'AFP](https://afp.com/x){{rel=nofollow}}."
    page = article(body, url="https://ville.fr/plan-circulation")
    assert result(page, "internalLinks").score == 9
    assert result(page, "externalLinks").score == 9
    nofollow = '<html><head><title>T</title></head><body><p>Voir <a href="https://afp.com" rel="nofollow">AFP</a>.</p></body></html>'
    assert result(nofollow, "externalLinks").score == 7
    assert result(article(SENTENCE), "externalLinks").score == 3


def test_keyphrase_in_seo_title_position():
    def title_score(title: str) -> int:
        return result(article(SENTENCE, keyphrase="plan de circulation", title=title), "keyphraseInSEOTitle").score

    assert title_score("Plan de circulation : ce qui change") == 9
    assert title_score("Le plan de circulation change") == 9  # leading function words do not count
    assert title_score("Ce qui change avec le plan de circulation") == 6
    assert title_score("Circulation : le plan change") == 6  # all words, not the exact phrase
    assert title_score("Ce qui change lundi") == 2


def test_title_width_in_pixels():
    assert result(article(SENTENCE, title="Plan de circulation : ce qui change"), "titleWidth").score == 9
    wide = "Plan de circulation : tout ce qui change pour les habitants, les commerçants et les cyclistes"
    too_wide = result(article(SENTENCE, title=wide), "titleWidth")
    assert too_wide.score == 3 and too_wide.details["pixels"] > L.title_max_px


def test_keyphrase_in_slug_ignores_accents_and_stop_words():
    page = article(SENTENCE, keyphrase="réunion Berlin", slug="reunion-a-berlin")
    assert result(page, "slugKeyword").score == 9
    assert result(article(SENTENCE, keyphrase="réunion Berlin", slug="sommet-berlin"), "slugKeyword").score == 6


def test_single_h1():
    assert result(article(SENTENCE), "singleH1").score == 8
    assert result(article(f"{SENTENCE}\n\n# Un second titre\n\n{SENTENCE}"), "singleH1").score == 1


def test_subheading_distribution():
    long_section = filler(45)  # 360 words
    assert result(article(long_section), "subheadingsTooLong").score == 2
    assert result(article(f"{filler(20)}\n\n## Suite\n\n{long_section}"), "subheadingsTooLong").score == 3
    assert result(article(f"{filler(20)}\n\n## Suite\n\n{filler(39)}"), "subheadingsTooLong").score == 6
    assert result(article(f"{filler(20)}\n\n## Suite\n\n{filler(20)}"), "subheadingsTooLong").score == 9


def test_paragraph_length():
    assert result(article(filler(26)), "textParagraphTooLong").score == 3  # 208 words in one paragraph
    assert result(article(filler(20)), "textParagraphTooLong").score == 6
    assert result(article(filler(10)), "textParagraphTooLong").score == 9


def test_sentence_length_share():
    long = "Le conseil municipal de la ville a longuement débattu mardi soir du nouveau plan de circulation présenté par le maire et ses adjoints."
    short = "Les habitants attendent."
    assert result(article(" ".join([long] * 4 + [short] * 6)), "textSentenceLength").score == 3  # 40 %
    assert result(article(" ".join([long] * 3 + [short] * 7)), "textSentenceLength").score == 6  # 30 %: ok, not over
    assert result(article(" ".join([long] * 2 + [short] * 8)), "textSentenceLength").score == 9


def test_transition_words_share_and_inside_sentences():
    base = "Les habitants découvrent les nouvelles règles de stationnement dans le centre."
    connected = "Les commerçants restent pourtant inquiets pour leur chiffre d'affaires du mois."
    assert result(article(" ".join([base, connected] * 14)), "textTransitionWords").score == 9  # 50 %
    assert result(article(" ".join([base] * 23 + [connected] * 5)), "textTransitionWords").score == 3
    assert result(article(" ".join([base] * 20 + [connected] * 6)), "textTransitionWords").score == 6
    assert result(article(" ".join([base] * 5)), "textTransitionWords").score == 9  # short text


def test_passive_voice_share():
    passive = "Le projet a été adopté par le conseil."
    active = "Le conseil adopte le projet."
    assert result(article(" ".join([passive] * 3 + [active] * 7)), "passiveVoice").score == 3
    assert result(article(" ".join([passive] * 1 + [active] * 9)), "passiveVoice").score == 9
    noun = "L'été dernier, la ville a été calme."
    assert result(article(" ".join([noun] * 5)), "passiveVoice").score == 9


def test_consecutive_sentence_beginnings():
    repeated = "Cette loi passe. Cette nuit tombe. Cette fois, oui."
    assert result(article(repeated), "sentenceBeginnings").score == 3
    articles = "Le maire parle. Le juge écoute. Le public attend."  # article + noun differ
    assert result(article(articles), "sentenceBeginnings").score == 9


def test_text_presence_and_flesch():
    assert result(article("Trop court."), "textPresence").score == 3
    easy = " ".join(["Le chat dort sur le lit."] * 6)
    assert result(article(easy), "fleschReadingEase").score == 9
    hard = " ".join(["L'administration intercommunale réorganise considérablement l'infrastructure départementale, conformément aux recommandations gouvernementales particulièrement contraignantes."] * 3)
    assert result(article(hard), "fleschReadingEase").score == 3


def test_flesch_counts_one_letter_title_as_sentence_end_like_yoast():
    """Yoast's tokenizer ends a sentence at "M. Trump": the score follows it, the sentence list does not."""
    from redac.french.syllables import count_syllables
    from redac.seo.researches import Researcher

    text = "M. Trump a reçu M. Zelensky à la Maison-Blanche vendredi. Ils ont parlé de la paix avec le président."
    researcher = Researcher(read_page(text + "\n"))
    assert len(researcher.analysis.units) == 2
    words = [w for w in text.replace(".", " ").split()]
    syllables = sum(count_syllables(word) for word in words)
    expected = 207 - 1.015 * len(words) / 4 - 73.6 * syllables / len(words)
    assert researcher.flesch == round(min(100.0, expected), 1)


def test_redac_checks_length_language_typography():
    assert result(article(filler(10)), "minWords", min_words=50).score == 9
    short = result(article(filler(10)), "minWords")
    assert short.score == 3 and "il en manque 620" in short.message
    english = "The city council voted for the new traffic plan on Tuesday evening, after a long debate with the shop owners of the old town."
    language = result(article(f"{filler(3)}\n\n{english}"), "frenchLanguage")
    assert language.rating == "bad" and language.details["paragraphs"][0]["language"] == "en"
    assert result(article(filler(3)), "frenchLanguage").rating == "good"
    assert result(article('Il a dit: "non".'), "frenchTypography").rating != "good"


def test_overall_scores_as_yoast():
    good = [Result("a", "seo", "a", 9, ""), Result("b", "seo", "b", 6, ""), Result("c", "seo", "c", 3, "")]
    assert seo_score(good) == 67
    readability = [Result(str(i), "readability", "", score, "") for i, score in enumerate([9, 9, 3, 6, 9])]
    assert readability_score(readability) == 60  # penalty 3 + 2 = 5
    assert readability_score(readability + [Result("x", "readability", "", 3, "")]) == 30
    assert readability_score(readability[:1]) == 0
