"""Build the HTML pages modelled on real French news sites (our own text inside their kinds of markup:
menus, breadcrumbs, share bars, captions with credits, ads, paywalls, related lists, live labels, video
residue, comments, cookie banners) and their labels: every article line and every noise line.

    .venv/bin/python dev/html_pages/build.py      # writes tests/data/html_pages/*.html and labels.json

Ten layouts x ten articles: each article appears in two layouts, twenty pages in all.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from articles import ARTICLES

OUT = Path(__file__).resolve().parents[2] / "tests" / "data" / "html_pages"
MENU = ["Actualité", "Politique", "Économie", "Sport", "Culture", "Sciences", "Podcasts"]
COOKIES = ["Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience.", "Tout accepter", "Paramétrer"]


class Page:
    """Collects the markup and the labels of one page as it is written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.article: list[str] = []
        self.noise: list[str] = []

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def noisy(self, tag: str, text: str, attrs: str = "") -> str:
        self.noise.append(text)
        return f"<{tag}{attrs}>{escape(text)}</{tag}>"

    def body(self, tag: str, text: str, attrs: str = "") -> str:
        self.article.append(text)
        return f"<{tag}{attrs}>{escape(text)}</{tag}>"

    def menu(self, items: list[str], cls: str) -> str:
        return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="/{i}">{escape(i)}</a></li>' for i in items) + "</ul></nav>" + "".join(self._note(items))

    def _note(self, items: list[str]) -> list[str]:
        self.noise.extend(items)
        return []

    def links(self, tag: str, items: list[str], attrs: str = "") -> str:
        self.noise.extend(items)
        return f"<{tag}{attrs}>" + "".join(f'<li><a href="/a/{n}">{escape(t)}</a></li>' for n, t in enumerate(items)) + f"</{tag}>"

    def html(self, title: str, site: str) -> str:
        return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{escape(title)} - {escape(site)}</title>'
                f'<meta property="og:site_name" content="{escape(site)}"></head><body>' + "".join(self.parts) + "</body></html>")


def body_items(page: Page, article: dict, p_attrs: str = "", h2_attrs: str = "", between=None) -> str:
    out = []
    for index, item in enumerate(article["body"]):
        if isinstance(item, tuple):
            out.append(page.body("h2", item[1], h2_attrs))
        else:
            out.append(page.body("p", item, p_attrs))
        if between and index in between:
            out.append(between[index])
    return "".join(out)


def quotidien(a: dict) -> tuple[Page, str]:
    """A national daily: skip link, menu, standfirst, figure caption with credit, 'Lire aussi' inside the
    text, a paywall, then the siblings list and a footer."""
    p, site = Page(), "Le Quotidien"
    p.add(p.noisy("a", "Aller au contenu principal", ' class="skip" href="#main"'))
    p.add('<header class="header">' + p.noisy("div", site, ' class="logo"') + p.menu(MENU, "menu") + "</header>")
    p.add('<main id="main"><article class="article article--content">')
    p.add(p.noisy("p", a["rubric"], ' class="article__kicker"'))
    p.add(f'<h1 class="article__title">{escape(a["title"])}</h1>')
    p.add(p.body("p", a["standfirst"], ' class="article__desc"'))
    p.add('<div class="meta">' + p.noisy("span", "Par Claire Dumas", ' class="author"') + p.noisy("span", "Publié aujourd’hui à 18h02, modifié à 19h10", ' class="date"') + "</div>")
    p.add('<figure class="article__media"><img src="/img/1.jpg" alt="">' + p.noisy("figcaption", "Une vue de la ville, en mars 2025. JEAN MOREL / AFP") + "</figure>")
    lire = '<p class="article__paragraph">' + p.noisy("span", "Lire aussi | Les collectivités face à la hausse des coûts de l’énergie") + "</p>"
    p.add('<section class="article__content">' + body_items(p, a, ' class="article__paragraph"', ' class="article__sub-title"', {2: lire}) + "</section>")
    p.add('<section class="paywall">' + p.noisy("p", "Il vous reste 54 % de cet article à lire. La suite est réservée aux abonnés.") + p.noisy("a", "S’abonner", ' href="/abo"') + p.noisy("p", "Déjà abonné ? Se connecter") + "</section>")
    p.add("</article>")
    p.add('<section class="article__siblings">' + p.noisy("h3", "Dans la même rubrique") + p.links("ul", ["Le gouvernement prépare un nouveau plan d’économies", "Les maires réclament plus de moyens pour les écoles", "Au Sénat, le débat sur la décentralisation reprend"]) + "</section></main>")
    p.add('<footer>' + p.noisy("p", "© Le Quotidien 2025 - Tous droits réservés") + p.noisy("a", "Mentions légales", ' href="/ml"') + "</footer>")
    return p, site


def ouest(a: dict) -> tuple[Page, str]:
    """A regional daily: cookie banner, breadcrumb, share buttons in the article, ads between paragraphs,
    a 'fil info' list, comments with their rules."""
    p, site = Page(), "Ouest-Info"
    p.add('<div id="cookie-banner">' + p.noisy("p", COOKIES[0]) + p.noisy("button", COOKIES[1]) + p.noisy("button", COOKIES[2]) + "</div>")
    p.add('<header>' + p.menu(MENU[:5], "main-nav") + "</header>")
    p.add(p.noisy("nav", f"Accueil › {a['rubric']} › Bretagne", ' class="breadcrumb"'))
    p.add('<article class="article"><header>')
    p.add(f'<h1 itemprop="headline">{escape(a["title"])}</h1>')
    p.add(p.body("p", a["standfirst"], ' class="chapo"'))
    p.add('<div class="share">' + p.noisy("a", "Partager sur Facebook", ' href="#fb"') + p.noisy("a", "Partager sur X", ' href="#x"') + p.noisy("a", "Copier le lien", ' href="#copy"') + "</div>")
    p.add(p.noisy("p", "Ouest-Info Publié le 12/03/2025 à 06h30", ' class="byline"') + "</header>")
    ad = '<div class="pub">' + p.noisy("span", "Publicité") + "</div>"
    p.add('<div class="article-body" itemprop="articleBody">' + body_items(p, a, between={3: ad}) + "</div>")
    p.add(p.noisy("p", "(Avec AFP)", ' class="credit"'))
    p.add("</article>")
    p.add('<aside class="fil-info">' + p.noisy("h2", "Le fil info") + p.links("ul", ["18:12 Économie - La BCE maintient ses taux directeurs", "17:55 Pop-rock Un festival breton affiche complet", "17:40 Société - Le procès d’un ancien maire s’ouvre à Vannes"]) + "</aside>")
    p.add('<section class="comments">' + p.noisy("h2", "Commentaires (12)") + p.noisy("p", "Merci de rester courtois et de respecter la charte de modération.") + p.noisy("p", "Encore des annonces, on attend de voir les résultats sur le terrain…") + "</section>")
    return p, site


def vingt(a: dict) -> tuple[Page, str]:
    """A free daily: short ad labels, an agency credit line in the text, a 'sur le même sujet' block
    inside the article, tags."""
    p, site = Page(), "Vingt Infos"
    p.add(p.menu(["Info", "Sport", "Divertissement", "Planète", "Santé"], "nav"))
    p.add('<article><div class="content">')
    p.add(p.noisy("span", a["rubric"].upper(), ' class="tag"'))
    p.add(f"<h1>{escape(a['title'])}</h1>")
    p.add(p.body("p", a["standfirst"], ' class="hat"'))
    p.add('<div class="authors">' + p.noisy("span", "Mathilde Fournier") + p.noisy("span", "Publié le 12/03/25 à 18h02") + "</div>")
    related = '<div class="related">' + p.noisy("p", "Sur le même sujet") + p.links("ul", ["Pourquoi les prix de l’énergie baissent enfin", "Nos conseils pour réduire votre facture"]) + "</div>"
    p.add(body_items(p, a, between={1: '<div class="ad">' + p.noisy("span", "Publicité") + "</div>", 4: related}))
    p.add(p.noisy("p", "(Vingt Infos avec AFP)"))
    p.add('<ul class="tags">' + "".join(f"<li>{p.noisy('a', t, ' href=#')}</li>" for t in ["France", a["rubric"], "Société"]) + "</ul>")
    p.add("</div></article>")
    p.add('<footer>' + p.noisy("p", "Télécharger l’application") + "</footer>")
    return p, site


def journal(a: dict) -> tuple[Page, str]:
    """A national daily with video: 'À voir aussi' player residue inside the text, a subscriber wall split
    over short lines, 'Lecture dans 3 s'."""
    p, site = Page(), "Le Journal"
    p.add(p.menu(MENU, "fig-nav"))
    p.add('<article class="fig-main">')
    p.add(f'<h1 class="fig-headline">{escape(a["title"])}</h1>')
    p.add(p.body("p", a["standfirst"], ' class="fig-standfirst"'))
    p.add('<div class="fig-content-metas">' + p.noisy("span", "Par Louis Garnier") + p.noisy("span", "Service Économie") + "</div>")
    video = ('<div class="fig-video">' + p.noisy("p", "À voir aussi - Les images de la journée en vidéo") + p.noisy("span", "Lecture dans 3 s")
             + p.noisy("span", "Plus de vidéos") + "</div>")
    p.add('<div class="fig-content__body">' + body_items(p, a, between={2: video}) + "</div>")
    p.add('<div class="fig-premium-paywall">' + p.noisy("p", "Contenu abonné") + p.noisy("p", "Pour continuer la lecture :") + p.noisy("a", "Je m’abonne", ' href="/abo"') + p.noisy("p", "dès 1 € le premier mois.") + "</div>")
    p.add("</article>")
    p.add('<div class="fig-comments">' + p.noisy("p", "Cet article fait l’objet de 34 commentaires") + "</div>")
    return p, site


def direct(a: dict) -> tuple[Page, str]:
    """A public broadcaster's page with live labels and a 'les plus lus' list."""
    p, site = Page(), "Info Publique"
    p.add(p.noisy("a", "Aller au contenu", ' class="skip-link" href="#c"'))
    p.add(p.menu(["Accueil", "France", "Monde", "Économie", "Sports", "Météo"], "nav"))
    p.add('<div class="live-banner">' + p.noisy("span", "EN DIRECT") + p.noisy("a", "Suivez notre direct sur l’actualité du jour", ' href="/direct"') + "</div>")
    p.add('<main id="c"><article class="c-article">')
    p.add(f"<h1>{escape(a['title'])}</h1>")
    p.add(p.body("p", a["standfirst"], ' class="c-chapo"'))
    p.add('<p class="c-signature">' + p.noisy("span", "Article rédigé par Franceinfo avec AFP") + "</p>")
    p.add('<figure>' + p.noisy("figcaption", "Des pompiers en intervention, le 9 mars 2025. (ILLUSTRATION / MAXPPP)") + "</figure>")
    p.add('<div class="c-body">' + body_items(p, a) + "</div>")
    p.add(p.noisy("p", "Fin du live", ' class="live-end"'))
    p.add("</article></main>")
    p.add('<aside>' + p.noisy("h2", "Les plus lus") + p.links("ol", ["Ce que l’on sait de l’accident de car dans les Alpes", "Retraites : les syndicats appellent à une nouvelle journée", "Le prix du gazole repart à la hausse"]) + "</aside>")
    return p, site


def libre(a: dict) -> tuple[Page, str]:
    """A left daily: photo credit in brackets, a newsletter box inside the text, 'Imprimer cet article'."""
    p, site = Page(), "Libre Presse"
    p.add('<header>' + p.noisy("a", "Libre Presse", ' class="logo" href="/"') + p.noisy("a", "Se connecter", ' href="/login"') + "</header>")
    p.add("<article>")
    p.add(p.noisy("a", a["rubric"], ' class="kicker" href="/r"'))
    p.add(f"<h1>{escape(a['title'])}</h1>")
    p.add(p.body("h2", a["standfirst"], ' class="standfirst"'))
    p.add('<figure>' + p.noisy("figcaption", "Le maire lors du conseil, mardi soir. (Marc Chaumet/Hans Lucas pour Libre Presse)") + "</figure>")
    p.add('<div class="byline">' + p.noisy("span", "par Hugo Lenoir") + p.noisy("span", "publié le 12 mars 2025 à 18h02") + "</div>")
    newsletter = ('<div class="newsletter-box">' + p.noisy("p", "Chaque matin, recevez l’essentiel de l’actualité dans votre boîte mail.")
                  + p.noisy("button", "S’inscrire") + "</div>")
    p.add('<div class="article-body">' + body_items(p, a, between={3: newsletter}) + "</div>")
    p.add('<div class="tools">' + p.noisy("a", "Imprimer cet article", ' href="#print"') + p.noisy("a", "Offrir cet article", ' href="#gift"') + "</div>")
    p.add("</article>")
    p.add('<section>' + p.noisy("h3", "Dans la même rubrique") + p.links("ul", ["Un collectif d’enseignants alerte sur l’état des bâtiments", "Les communes rurales en quête de médecins"]) + "</section>")
    return p, site


def echos(a: dict) -> tuple[Page, str]:
    """A business daily: 'Lire aussi :' links between paragraphs, a subscription prompt, a figure."""
    p, site = Page(), "Les Échos du Marché"
    p.add(p.menu(["Économie", "Entreprises", "Finance", "Bourse", "Idées"], "header-nav"))
    p.add("<main><article>")
    p.add(f"<h1>{escape(a['title'])}</h1>")
    p.add(p.body("p", a["standfirst"], ' class="chapo"'))
    p.add('<div class="meta">' + p.noisy("span", "Par Anne Rivière") + p.noisy("span", "Publié le 12 mars 2025 à 18:02") + p.noisy("span", "Mis à jour le 12 mars 2025 à 19:10") + "</div>")
    lire1 = "<p>" + p.noisy("strong", "LIRE AUSSI :") + "</p>" + p.links("ul", ["Les marchés saluent le ralentissement des prix"])
    p.add("<div class='post-content'>" + body_items(p, a, between={1: lire1}) + "</div>")
    p.add('<div class="subscribe">' + p.noisy("p", "Cet article est réservé aux abonnés.") + p.noisy("a", "Découvrir nos offres", ' href="/offres"') + "</div>")
    p.add("</article></main>")
    p.add('<footer>' + p.noisy("p", "Les Échos du Marché - Groupe Presse Éco") + "</footer>")
    return p, site


def tele(a: dict) -> tuple[Page, str]:
    """A news channel's site: player residue at the top, a 'dernières vidéos' rail, share labels."""
    p, site = Page(), "Canal Info 24"
    p.add(p.menu(["Le direct", "Replay", "Politique", "Police-Justice", "Économie"], "menu"))
    p.add('<div class="player">' + p.noisy("span", "Lecture en cours") + p.noisy("span", "Passer la publicité") + "</div>")
    p.add("<article>")
    p.add(f"<h1>{escape(a['title'])}</h1>")
    p.add('<div class="author">' + p.noisy("span", "J.R. avec AFP") + p.noisy("span", "Le 12/03/2025 à 18:02") + "</div>")
    p.add(p.body("p", a["standfirst"], ' class="chapo"'))
    p.add('<div class="share">' + p.noisy("span", "Partager") + p.noisy("span", "Tweeter") + "</div>")
    p.add('<div class="content-body">' + body_items(p, a) + "</div>")
    p.add("</article>")
    p.add('<section class="videos">' + p.noisy("h2", "Dernières vidéos") + p.links("ul", ["Le point sur la situation avec notre correspondant", "Les images impressionnantes de l’intervention"]) + "</section>")
    return p, site


def huff(a: dict) -> tuple[Page, str]:
    """A pure player: embedded post residue, 'À voir également' video, share prompts."""
    p, site = Page(), "Le Post Français"
    p.add(p.menu(["Actualités", "Politique", "Life", "Culture"], "nav"))
    p.add("<article>")
    p.add(f"<h1>{escape(a['title'])}</h1>")
    p.add(p.body("p", a["standfirst"], ' class="entry-subtitle"'))
    p.add('<div class="entry-meta">' + p.noisy("span", "Le Post Français") + p.noisy("span", "12/03/2025 18:02 Actualisé le 12/03/2025 19:10") + "</div>")
    tweet = ('<blockquote class="twitter-tweet">' + p.noisy("p", "Une journée historique pour notre ville, merci à toutes et à tous 🙏")
             + p.noisy("p", "— Mairie (@mairie_officiel) March 12, 2025") + "</blockquote>")
    p.add('<div class="entry-body">' + body_items(p, a, between={2: tweet}) + "</div>")
    p.add('<div class="see-also">' + p.noisy("p", "À voir également sur Le Post Français :") + p.noisy("p", "Les images de la manifestation en vidéo") + "</div>")
    p.add("</article>")
    return p, site


def depeche(a: dict) -> tuple[Page, str]:
    """A southern regional daily: site name and author alone on lines, job titles, print link, related."""
    p, site = Page(), "La Gazette du Midi"
    p.add('<header>' + p.noisy("div", "LA GAZETTE DU MIDI", ' class="brand"') + p.menu(["Toulouse", "Occitanie", "Faits divers", "Sports"], "nav") + "</header>")
    p.add("<article>")
    p.add(p.noisy("p", a["rubric"], ' class="rubric"'))
    p.add(f"<h1>{escape(a['title'])}</h1>")
    p.add('<div class="signature">' + p.noisy("p", "Claire Dumas") + p.noisy("p", "Journaliste") + p.noisy("p", "Publié le 12/03/2025 à 18:02") + "</div>")
    p.add(p.body("p", a["standfirst"], ' class="chapo"'))
    p.add('<figure>' + p.noisy("figcaption", "Illustration. (DDM - Xavier de Fenoyl)") + "</figure>")
    p.add('<div class="article-text">' + body_items(p, a, between={0: '<div class="ad">' + p.noisy("p", "PUBLICITÉ") + "</div>"}) + "</div>")
    p.add(p.noisy("p", "Imprimer cet article"))
    p.add("</article>")
    p.add('<div class="related">' + p.noisy("p", "À lire aussi") + p.links("ul", ["Toulouse : un nouveau pont sur la Garonne", "Le Stade toulousain en demi-finale"]) + "</div>")
    return p, site


LAYOUTS = [quotidien, ouest, vingt, journal, direct, libre, echos, tele, huff, depeche]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    labels = {}
    for index, layout in enumerate(LAYOUTS):
        for article in (ARTICLES[index], ARTICLES[(index + 3) % len(ARTICLES)]):
            page, site = layout(article)
            name = f"{layout.__name__}-{article['slug']}.html"
            (OUT / name).write_text(page.html(article["title"], site), encoding="utf-8")
            labels[name] = {"title": article["title"], "article": page.article, "noise": page.noise}
    (OUT / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(labels)} pages in {OUT}")


if __name__ == "__main__":
    main()
