"""`redac publish`: articles to WordPress, one line per article; and the publisher `batch --publish` uses."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from redac.cli.common import one_line_errors, say
from redac.errors import EXIT_PUBLISH, EXIT_USAGE, RedacError


@one_line_errors
def publish_command(
    articles: Annotated[list[Path], typer.Argument(help="Articles of `redac rewrite` (Markdown with front matter, or --format json).")],
    wordpress: Annotated[str | None, typer.Option("--wordpress", help="The site's address (or REDAC_WP_URL, or redac.toml).")] = None,
    user: Annotated[str | None, typer.Option("--user", help="WordPress login (or REDAC_WP_USER); the password: REDAC_WP_APP_PASSWORD or redac.toml.")] = None,
    status: Annotated[str, typer.Option("--status", help="draft, pending, publish or private (an update never unpublishes a live post).")] = "draft",
    category: Annotated[list[str] | None, typer.Option("--category", help="Category name, created when missing (repeatable).")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Tag name, created when missing (repeatable).")] = None,
    no_seo: Annotated[bool, typer.Option("--no-seo", help="Publish even when the site cannot store the SEO fields.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No line per article.")] = False,
) -> None:
    """Send articles to WordPress as posts with their SEO fields; publishing again updates the same post.

    Body as editable blocks, excerpt = meta description, slug, status, categories, tags; the SEO title,
    meta description and focus keyphrase as Yoast SEO and Rank Math store them, through Rank Math's
    endpoint or redac's must-use plugin (copy redac/publish/data/redac-seo-fields.php into
    wp-content/mu-plugins/; `redac doctor --wordpress URL` says what the site offers).
    Exit codes: 0 every article sent; 2 an article could not be read; 4 WordPress refused or failed
    (one line saying why; the article stays on disk, unpublished).
    """
    from redac.publish.article import read_article
    from redac.publish.client import Retryable, WordPressClient
    from redac.publish.publisher import Publisher, PublishOptions
    from redac.publish.settings import load_wordpress_settings

    settings = load_wordpress_settings({"url": wordpress, "user": user}).require()
    drafts, failed_input = [], False
    for path in articles:
        try:
            drafts.append(read_article(path))
        except RedacError as error:
            say("error", str(error))
            failed_input = True
    failed_publish = False
    client = WordPressClient(settings)
    try:
        publisher = Publisher(client, PublishOptions(status, list(category or []), list(tag or []), seo=not no_seo))
        site = publisher.prepare() if drafts else None
        if site and not quiet:
            say("notice", f"{settings.url} as {site.user}; SEO fields through: {site.seo_path}")
        for index, draft in enumerate(drafts):
            try:
                done = publisher.publish(draft)
            except Retryable as error:  # the site is down or overloaded: the rest would fail the same way
                say("error", f"{draft.path}: not published: {error}")
                for left in drafts[index + 1:]:
                    say("error", f"{left.path}: not published (WordPress unavailable)")
                failed_publish = True
                break
            except RedacError as error:
                say("error", f"{draft.path}: not published: {error}" if not str(error).startswith(draft.path) else str(error))
                failed_publish = True
                continue
            if not quiet:
                print(f"{'created' if done.created else 'updated'} post {done.post_id} ({done.status}) {done.link} <- {done.path}")
    finally:
        client.close()
    if failed_publish:
        raise typer.Exit(EXIT_PUBLISH)
    if failed_input:
        raise typer.Exit(EXIT_USAGE)


def batch_publisher(wordpress: str | None, status: str, category: list[str] | None, tag: list[str] | None, output_format: str):
    """The publisher `redac batch --publish` hands each finished article to."""
    from redac.errors import InputError
    from redac.publish.client import WordPressClient
    from redac.publish.publisher import Publisher, PublishOptions
    from redac.publish.settings import load_wordpress_settings

    if output_format == "html":
        raise InputError("", "--publish needs --format md or json (an HTML page is not an article WordPress can edit)")
    settings = load_wordpress_settings({"url": wordpress}).require()
    return Publisher(WordPressClient(settings), PublishOptions(status, list(category or []), list(tag or [])))
