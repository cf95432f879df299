"""Assessments: judgments of the researches, as traffic lights and Yoast-compatible scores. The
registry and the SEO judgments live here; readability's, the insights and redac's own in
`seo/readability.py`.

Every threshold is a field of the `Limits` the researcher carries (limits.py, the one table to read
or tune). Scores follow Yoast's scale
(9 good, 5-7 ok, ≤ 4 bad; some bad results are negative so they weigh more in the SEO total), so the
overall scores are computed the way Yoast computes them. Messages are in French, for editors.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from redac.seo.researches import Researcher

Group = Literal["seo", "readability", "insights", "redac"]
Rating = Literal["good", "ok", "bad", "info"]



@dataclass(slots=True)
class Result:
    id: str
    group: Group
    name: str
    score: int
    message: str
    details: dict = field(default_factory=dict)

    @property
    def rating(self) -> Rating:
        return rating_of(self.score, self.group)


def rating_of(score: int, group: Group = "seo") -> Rating:
    if score == 0 and group != "redac":
        return "info"
    if score <= 4:
        return "bad"
    return "ok" if score <= 7 else "good"


Assessment = Callable[[Researcher], "Result | None"]
ASSESSMENTS: list[tuple[str, Group, str, Assessment]] = []


def assessment(id_: str, group: Group, name: str):
    """Register an assessment function returning (score, message[, details]) or None (not applicable)."""

    def register(judge):
        def run(researcher: Researcher) -> Result | None:
            outcome = judge(researcher)
            if outcome is None:
                return None
            score, message, *details = outcome
            return Result(id_, group, name, score, message, details[0] if details else {})

        ASSESSMENTS.append((id_, group, name, run))
        return judge

    return register


NO_KEYPHRASE = "aucune expression clé définie"


# --- SEO ---------------------------------------------------------------------------------------
@assessment("introductionKeyword", "seo", "Expression clé dans l’introduction")
def _introduction(r: Researcher):
    in_sentence, in_paragraph = r.introduction
    if not r.keyphrase or not r.analysis.paragraphs:
        return 3, "Ajoutez une expression clé et une introduction qui la contient."
    if in_sentence:
        return 9, "L’expression clé figure dans une phrase du premier paragraphe."
    if in_paragraph:
        return 6, "Les mots de l’expression clé sont dans le premier paragraphe, mais pas dans une même phrase."
    return 3, "L’expression clé n’apparaît pas dans le premier paragraphe."


@assessment("keyphraseLength", "seo", "Longueur de l’expression clé")
def _keyphrase_length(r: Researcher):
    n = r.keyphrase_length
    details = {"content_words": n}
    if n == 0:
        return -999, f"{NO_KEYPHRASE} ; suggestion : « {r.suggested_keyphrase} »" if r.suggested_keyphrase else NO_KEYPHRASE, details
    if n <= r.limits.keyphrase_words_good:
        return 9, f"{n} mot(s) porteur(s) de sens : bien.", details
    if n <= r.limits.keyphrase_words_ok:
        return 6, f"{n} mots porteurs de sens : plus que les {r.limits.keyphrase_words_good} conseillés.", details
    return 3, f"{n} mots porteurs de sens : bien trop long (maximum {r.limits.keyphrase_words_ok}).", details


@assessment("keyphraseDensity", "seo", "Densité de l’expression clé")
def _density(r: Researcher):
    count, words = r.keyphrase_count, r.words
    details = {"count": count, "words": words, "density": round(r.keyphrase_density, 2)}
    if not r.keyphrase or not words:
        return -50, "Ajoutez une expression clé et un texte qui la contient.", details
    if count == 0:
        return 4, "L’expression clé n’apparaît pas dans le texte.", details
    if words < r.limits.density_short_text_words:
        most = 2 if words > 50 else 1
        if count <= most:
            return 9, f"Expression clé trouvée {count} fois : bien pour un texte court.", details
        return (-10 if count == most + 1 else -50), f"Expression clé trouvée {count} fois : trop pour un texte de {words} mots.", details
    factor = 0.7 + r.keyphrase_length / 3
    density = r.keyphrase_density * factor
    minimum = max(2, math.ceil(r.limits.density_min * words / (100 * factor)))
    details["weighted_density"] = round(density, 2)
    if density < r.limits.density_min or count == 1:
        return 4, f"Expression clé trouvée {count} fois : moins que le minimum conseillé de {minimum}.", details
    if density <= r.limits.density_max or (count == 2 and minimum <= 2):
        return 9, f"Expression clé trouvée {count} fois : très bien.", details
    if density <= r.limits.density_way_over:
        return -10, f"Expression clé trouvée {count} fois : c’est trop, n’en faites pas trop.", details
    return -50, f"Expression clé trouvée {count} fois : beaucoup trop (suroptimisation).", details


@assessment("metaDescriptionKeyword", "seo", "Expression clé dans la méta-description")
def _description_keyphrase(r: Researcher):
    matches = r.description_matches
    if not r.keyphrase or not r.page.description:
        return 3, "Ajoutez une expression clé et une méta-description qui la contient."
    if matches == 0:
        return 3, "La méta-description ne contient pas l’expression clé."
    if matches > r.limits.description_max_matches:
        return 3, f"La méta-description contient l’expression clé {matches} fois : {r.limits.description_max_matches} au plus."
    return 9, "La méta-description contient l’expression clé."


@assessment("metaDescriptionLength", "seo", "Longueur de la méta-description")
def _description_length(r: Researcher):
    length = len(r.page.description)
    details = {"characters": length}
    if length == 0:
        return 1, "Aucune méta-description : les moteurs prendront un extrait du texte.", details
    if length < r.limits.description_min_chars:
        return 6, f"{length} caractères : trop courte (plus de {r.limits.description_min_chars - 1} conseillés).", details
    if length > r.limits.description_max_chars:
        return 6, f"{length} caractères : trop longue ({r.limits.description_max_chars} au plus).", details
    return 9, f"{length} caractères : bien.", details


@assessment("subheadingsKeyword", "seo", "Expression clé dans les intertitres")
def _subheadings_keyphrase(r: Researcher):
    count, matches = r.subheadings
    details = {"subheadings": count, "matches": matches}
    if not r.keyphrase or not r.analysis.paragraphs:
        return 1, "Ajoutez une expression clé et du texte.", details
    if count == 0:
        if r.words >= r.limits.subheadings_long_text_words:
            return 2, "Aucun intertitre (H2/H3) ne reprend l’expression clé : ajoutez-en.", details
        return 9, "Pas d’intertitre, mais le texte est assez court.", details
    low, high = r.limits.subheadings_keyphrase_range(count)
    if 0 < matches < low:
        return 3, f"{matches} intertitre(s) sur {count} reprennent l’expression clé : trop peu.", details
    if count > 1 and matches > high:
        return 3, f"{matches} intertitres sur {count} reprennent l’expression clé : trop, variez.", details
    if matches and (matches >= low or count == 1):
        return 9, f"{matches} intertitre(s) sur {count} reprennent l’expression clé : bien.", details
    return 3, "Aucun intertitre ne reprend l’expression clé.", details


@assessment("textCompetingLinks", "seo", "Liens concurrents")
def _competing_links(r: Researcher):
    if r.competing_links:
        return 2, f"{r.competing_links} lien(s) ont l’expression clé pour ancre : ils concurrencent la page."
    return 8, "Aucun lien n’a l’expression clé pour ancre."


@assessment("imageKeyphrase", "seo", "Expression clé dans les attributs alt")
def _image_keyphrase(r: Researcher):
    images = r.images
    details = {"images": images.images, "with_alt": images.with_alt, "with_keyphrase": images.with_keyphrase}
    if not r.keyphrase or images.images == 0:
        return 3, "Pas d’image, ou pas d’expression clé.", details
    if images.with_alt == 0:
        return 6, "Aucune image n’a d’attribut alt.", details
    if images.with_keyphrase == 0:
        return 6, "Aucun attribut alt ne reprend au moins la moitié de l’expression clé.", details
    low, high = math.ceil(images.images * r.limits.images_min_share), math.floor(images.images * r.limits.images_max_share)
    if images.images < 5 or images.with_keyphrase in range(low, high + 1) or (images.images == 5 and 2 <= images.with_keyphrase <= 4):
        return 9, "Des attributs alt reprennent l’expression clé.", details
    if images.with_keyphrase < low:
        return 6, f"{images.with_keyphrase} image(s) sur {images.images} seulement reprennent l’expression clé.", details
    return 6, f"{images.with_keyphrase} images sur {images.images} reprennent l’expression clé : c’est beaucoup.", details


@assessment("images", "seo", "Images")
def _images(r: Researcher):
    if r.images.images == 0:
        return 3, "Aucune image dans la page."
    return 9, f"{r.images.images} image(s)."


@assessment("textLength", "seo", "Longueur du texte")
def _text_length(r: Researcher):
    words = r.words
    details = {"words": words}
    if words >= r.limits.text_words_good:
        return 9, f"{words} mots : bien.", details
    if words >= r.limits.text_words_ok:
        return 6, f"{words} mots : un peu moins que les {r.limits.text_words_good} conseillés.", details
    if words >= r.limits.text_words_bad:
        return 3, f"{words} mots : moins que les {r.limits.text_words_good} conseillés.", details
    if words >= r.limits.text_words_far_below:
        return -10, f"{words} mots : bien moins que les {r.limits.text_words_good} conseillés.", details
    return -20, f"{words} mots : très loin des {r.limits.text_words_good} conseillés.", details


def _links_judgment(total: int, nofollow: int, label: str):
    if total == 0:
        return 3, f"Aucun lien {label}."
    if nofollow == total:
        return 7, f"Tous les liens {label}s sont en nofollow."
    if nofollow:
        return 8, f"Liens {label}s suivis et en nofollow."
    return 9, f"{total} lien(s) {label}(s)."


@assessment("externalLinks", "seo", "Liens sortants")
def _outbound_links(r: Researcher):
    return _links_judgment(r.links.external, r.links.external_nofollow, "sortant")


@assessment("keyphraseInSEOTitle", "seo", "Expression clé dans le titre SEO")
def _title_keyphrase(r: Researcher):
    position, all_words = r.title_keyphrase
    if not r.keyphrase or not r.page.title:
        return 2, "Ajoutez une expression clé et un titre SEO qui commence par elle."
    if position == 0:
        return 9, "Le titre SEO commence par l’expression clé."
    if position is not None:
        return 6, "Le titre SEO contient l’expression clé, mais pas au début."
    if all_words and not r.keyphrase.exact:
        return 6, "Le titre SEO contient les mots de l’expression clé, mais pas l’expression exacte."
    return 2, "Le titre SEO ne contient pas tous les mots de l’expression clé."


@assessment("internalLinks", "seo", "Liens internes")
def _internal_links(r: Researcher):
    return _links_judgment(r.links.internal, r.links.internal_nofollow, "interne")


@assessment("titleWidth", "seo", "Largeur du titre SEO")
def _title_width(r: Researcher):
    width = r.title_width
    details = {"pixels": width}
    if width == 0:
        return 1, "Aucun titre SEO.", details
    if width <= r.limits.title_min_px:
        # Yoast's default SEO assessor rates short titles good too; the message still says so.
        return 9, f"{width} px : bien, même s'il reste de la place (jusqu'à {r.limits.title_max_px} px).", details
    if width <= r.limits.title_max_px:
        return 9, f"{width} px : bien.", details
    return 3, f"{width} px : trop large, il sera coupé au-delà de {r.limits.title_max_px} px.", details


@assessment("slugKeyword", "seo", "Expression clé dans le slug")
def _slug(r: Researcher):
    share = r.slug_share
    if not r.keyphrase or not r.page.slug:
        return 3, "Ajoutez une expression clé et un slug qui la contient."
    if (r.keyphrase_length < 3 and share == 1.0) or (r.keyphrase_length >= 3 and share > 0.5):
        return 9, "Le slug reprend l’expression clé."
    return 6, "Le slug ne reprend pas (toute) l’expression clé."


@assessment("functionWordsInKeyphrase", "seo", "Mots vides dans l’expression clé")
def _function_words(r: Researcher):
    if not r.keyphrase.only_function_words:
        return None
    return 0, "L’expression clé n’a que des mots vides : choisissez des mots porteurs de sens."


@assessment("singleH1", "seo", "Titre H1 unique")
def _single_h1(r: Researcher):
    if r.page.h1_count > 1:
        return 1, f"{r.page.h1_count} titres H1 : un seul H1, le titre de l’article."
    return 8, "Un seul titre H1."
