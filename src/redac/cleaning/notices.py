"""Furniture spread over several lines, read from the page's shape: a cookie notice pasted whole under its
banner, and the site's menu as a bulleted list above the article. Each decision rests on where the lines
stand (after a consent banner's line, above any paragraph), never on one page's words.
"""

from __future__ import annotations

import re

from redac.cleaning.title import looks_like_body

COOKIE_NOTICE = "the cookie notice that goes on under its banner (what cookies are, what the site does with them)"
SITE_MENU = "the site's menu: a bulleted list of short labels above the article"
APP_BANNER = "an app banner above the article: the app's name over a store button (« Obtenir », « Installer »)"
STORE_BUTTONS = frozenset({"obtenir", "installer", "telecharger", "get", "install", "download"})
MAX_BANNER_WORDS = 12
# What a cookie notice talks about: the cookies, the reader's browser and terminal, consent to them.
NOTICE_WORDS_RE = re.compile(r"\b(?:cookies?|traceurs?|navigateurs?|terminal|consentement|emetteur)\b")
MIN_MENU_ITEMS = 4  # fewer short items may be a list of the article's own
MAX_MENU_WORDS = 3  # « Équipe de France », « Coupes d'Europe »
MAX_HEADER_WORDS = 4  # the lines above a menu: a logo's alt text, « Rechercher », the site's name
SHAPE_CONFIDENCE = 0.9  # read from the lines around a line: sure, not certain (as cleaning/__init__.py's)


def cookie_notice(cores: list[str], families: list[str | None], dropped: list[bool]) -> list[int]:
    """The lines after a cookie banner's line (a consent rule fired on it) that go on about cookies, the
    browser, the terminal or consent: a site's cookie policy pasted under its banner. Lines already dropped
    inside it (« J'ai compris ») are passed over; the first line that talks of none of these ends it, so a
    story below the banner (its headline first) is not touched."""
    found: list[int] = []
    inside = False
    for index, (core, family) in enumerate(zip(cores, families, strict=True)):
        if family == "consent":
            inside = True
        elif inside and not dropped[index]:
            if not NOTICE_WORDS_RE.search(core):
                inside = False
            else:
                found.append(index)
    return found


def site_menu(texts: list[str], kinds: list[str], words: list[int], dropped: list[bool]) -> list[int]:
    """Four list items or more in a row, each a label of a word or three with no sentence in it, with only
    short lines above them (a logo's alt text, a search button): the site's menu, above the headline. A
    list below the headline or a paragraph is the article's own, and stays."""
    run: list[int] = []
    for index, text in enumerate(texts):
        if kinds[index] == "list_item" and words[index] <= MAX_MENU_WORDS and not text.rstrip().endswith((".", "!", "?", ":")):
            run.append(index)
            continue
        if len(run) >= MIN_MENU_ITEMS:
            break
        run = []
        if not dropped[index] and (words[index] > MAX_HEADER_WORDS or looks_like_body(text)):
            return []  # the headline or a paragraph comes first: a list further down is the article's
    if len(run) < MIN_MENU_ITEMS:
        return []
    return [index for index in run if not dropped[index]]


def app_banner(cores: list[str], words: list[int], first_paragraph: int) -> list[int]:
    """Above the article's first paragraph, a short line over a store button alone (« Obtenir », « Install »):
    an app banner, the app's name and its button."""
    for index in range(min(first_paragraph, len(cores) - 1)):
        if cores[index + 1] in STORE_BUTTONS and 0 < words[index] <= MAX_BANNER_WORDS:
            return [index, index + 1]
    return []


def drop_notices(entries: list) -> None:
    """Mark the cookie notice's, the site menu's and the app banner's lines of the cleaner's entries
    (cleaning/__init__.py's _Entry: a block, its prepared line, the rule that fired, the verdict) as dropped."""
    dropped = [entry.verdict is not None for entry in entries]
    families = [entry.rule.family if entry.rule is not None else None for entry in entries]
    texts = [entry.block.text for entry in entries]
    cores = [entry.line.core for entry in entries]
    for index in cookie_notice(cores, families, dropped):
        entries[index].verdict, entries[index].confidence = ("block.cookie_notice", COOKIE_NOTICE), SHAPE_CONFIDENCE
    dropped = [entry.verdict is not None for entry in entries]
    kinds, words = [entry.block.kind for entry in entries], [entry.line.n_words for entry in entries]
    for index in site_menu(texts, kinds, words, dropped):
        entries[index].verdict, entries[index].confidence = ("nav.site_menu", SITE_MENU), SHAPE_CONFIDENCE
    first_paragraph = next((i for i, entry in enumerate(entries) if entry.verdict is None and looks_like_body(texts[i])), len(entries))
    for index in app_banner(cores, words, first_paragraph):
        if entries[index].verdict is None:
            entries[index].verdict, entries[index].confidence = ("nav.app_banner", APP_BANNER), SHAPE_CONFIDENCE
