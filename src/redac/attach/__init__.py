"""The attach stage: what an article carries besides its text, all taken from the source or the
publisher's own archive, never invented.

- the credit line to the source (`credit.py`), linked when its URL is known;
- the source page's main image with its caption, credit and an alt text (`figure.py`);
- 2-4 related earlier articles of the publisher (`related.py`, over an archive read by `archive.py`).

It runs after writing and before the checks, so the audit counts the links and the image as Yoast
does on the published page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from redac.attach.credit import credit_line, make_credit
from redac.attach.figure import article_figure
from redac.errors import InputError
from redac.limits import DEFAULT_LIMITS, Limits
from redac.models import Article, Metadata
from redac.urls import safe_url

if TYPE_CHECKING:
    from redac.attach.related import RelatedIndex


@dataclass(frozen=True, slots=True)
class AttachOptions:
    credit: bool = True  # False: the editor's own copy (--no-credit)
    source_url: str | None = None  # the source's address when the input does not give it (--source-url)
    related: RelatedIndex | None = None  # the publisher's archive, indexed once (--archive)


def attach_options(*, source_url: str | None = None, credit: bool = True, archive: list[Path] | None = None,
                   limits: Limits = DEFAULT_LIMITS) -> AttachOptions:
    """Options from the command line or the API: the archive, when given, is read and indexed once here."""
    if source_url and not safe_url(source_url):
        raise InputError("", f"--source-url {source_url!r} is not an http(s) address")
    related = None
    if archive:
        from redac.attach.archive import load_archive
        from redac.attach.related import RelatedIndex

        related = RelatedIndex(load_archive(archive), limits)
    return AttachOptions(credit=credit, source_url=source_url, related=related)


def attach(article: Article, meta: Metadata, story_title: str | None, options: AttachOptions,
           limits: Limits = DEFAULT_LIMITS) -> Article:
    credit = make_credit(meta, options.source_url) if options.credit else None
    source_url = safe_url(options.source_url) or safe_url(article.source_url)
    related = []
    if options.related is not None:
        texts = [block.text for block in article.blocks if block.kind != "heading"]
        related = options.related.related(article.title, texts, exclude={url for url in (source_url,) if url})
    return replace(
        article,
        source_url=source_url,
        credit=credit,
        figure=article_figure(meta, article.keyphrase, story_title, limits),
        related=related,
    )


def attachment_notes(article: Article, options: AttachOptions) -> list[str]:
    """What the report says of the credit, the image and the links (French, for editors)."""
    if not options.credit:
        notes = ["crédit : désactivé (--no-credit)"]
    elif article.credit:
        notes = [f"crédit : « {credit_line(article.credit)} »" + ("" if article.credit.url else " (sans lien : adresse de la source inconnue, --source-url)")]
    else:
        notes = ["crédit : aucun (la source ne dit ni son site, ni son auteur, ni son adresse ; --source-url pour en donner une)"]
    notes.append(f"image : {article.figure.src}" if article.figure else "image : aucune (la source n’en a pas)")
    if options.related is not None:
        notes.extend(f"lien interne : {link.title} — {link.reason}" for link in article.related)
        if not article.related:
            notes.append("liens internes : aucun article de l’archive ne partage l’histoire ou ses personnes")
    return notes
