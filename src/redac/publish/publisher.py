"""Publish articles to one WordPress site, idempotently.

Once per run (`prepare`): the REST index, the user and their rights, which way the SEO fields can
go in (redac's must-use plugin, Rank Math's own endpoint, both, or neither), the categories and tags
(created when missing). Per article (`publish`): find the post this article already became (the id
the batch store kept, else the post whose `redac_id` meta is the article's, else the post holding its
slug), then update it or create it. Creating is never retried blindly: after a timeout or a 5xx the
post may exist, so the whole find-then-write is retried and finds it. A slug held by a post redac did
not publish is a conflict reported as such, never overwritten.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from redac.errors import InputError, PublishError
from redac.publish.article import PostDraft
from redac.publish.blocks import block_markup
from redac.publish.client import Retryable, WordPressClient
from redac.retry import backoff_wait

STATUSES = ("draft", "pending", "publish", "private")
PLUGIN_NAMESPACE = "redac/v1"
RANK_MATH_NAMESPACE = "rankmath/v1"
PLUGIN_FILE = "redac-seo-fields.php"
LIVE = {"publish", "future", "private"}  # an update never takes a post back from these to a draft
FIELDS = "id,status,slug,link,meta,title"


@dataclass(slots=True)
class PublishOptions:
    status: str = "draft"
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    seo: bool = True  # refuse to publish when the site cannot store the SEO fields


@dataclass(slots=True)
class Published:
    path: str
    post_id: int
    link: str
    status: str
    created: bool


@dataclass(slots=True)
class Site:
    """What `prepare` learned about the site."""

    user: str
    plugin: bool
    rank_math: bool
    category_ids: list[int]
    tag_ids: list[int]

    @property
    def seo_path(self) -> str:
        paths = [name for name, present in (("redac plugin", self.plugin), ("Rank Math endpoint", self.rank_math)) if present]
        return " + ".join(paths) or "none"


def seo_meta(draft: PostDraft) -> dict[str, str]:
    """The SEO fields as Yoast SEO and Rank Math store them."""
    return {
        "_yoast_wpseo_title": draft.seo_title, "_yoast_wpseo_metadesc": draft.description, "_yoast_wpseo_focuskw": draft.keyphrase,
        "rank_math_title": draft.seo_title, "rank_math_description": draft.description, "rank_math_focus_keyword": draft.keyphrase,
    }


class Publisher:
    def __init__(self, client: WordPressClient, options: PublishOptions):
        if options.status not in STATUSES:
            raise InputError("", f"unknown status {options.status!r} (available: {', '.join(STATUSES)})")
        self.client = client
        self.options = options
        self.site: Site | None = None

    def prepare(self) -> Site:
        client = self.client
        client.discover()
        me = client.current_user()
        capabilities = me.get("capabilities") or {}
        if capabilities and not capabilities.get("edit_posts"):
            raise PublishError(f"{client.site}: {client.settings.user!r} lacks the rights to write posts (roles: {', '.join(me.get('roles') or ['none'])})")
        if self.options.status in {"publish", "private"} and capabilities and not capabilities.get("publish_posts"):
            raise PublishError(f"{client.site}: {client.settings.user!r} may not publish (roles: {', '.join(me.get('roles') or ['none'])}): "
                               "use --status draft or pending")
        plugin, rank_math = PLUGIN_NAMESPACE in client.namespaces, RANK_MATH_NAMESPACE in client.namespaces
        if self.options.seo and not (plugin or rank_math):
            raise PublishError(f"{client.site}: this site cannot store the SEO fields through its REST API: copy redac's "
                               f"must-use plugin ({PLUGIN_FILE}, see `redac publish --help`) into wp-content/mu-plugins/, "
                               "or use --no-seo")
        self.site = Site(str(me.get("slug") or client.settings.user), plugin, rank_math,
                         self._term_ids("categories", self.options.categories), self._term_ids("tags", self.options.tags))
        return self.site

    # --- one article --------------------------------------------------------------------------------
    def publish(self, draft: PostDraft, known_id: int | None = None) -> Published:
        site = self.site or self.prepare()
        settings = self.client.settings
        for attempt in range(settings.retries + 1):
            try:
                existing = self._existing(draft, known_id, site)
                post = self._write(draft, existing, site)
                break
            except Retryable as error:
                if attempt == settings.retries:
                    raise
                self.client.sleep(backoff_wait(attempt, error.retry_after, backoff=settings.backoff,
                                               max_wait=settings.max_wait))
        if site.rank_math and self.options.seo:
            self._rank_math(post["id"], draft, required=not site.plugin)
        if site.plugin and self.options.seo:
            _check_meta(post, draft, self.client.site)
        return Published(draft.path, int(post["id"]), str(post.get("link") or ""), str(post.get("status") or ""), existing is None)

    def _existing(self, draft: PostDraft, known_id: int | None, site: Site) -> dict | None:
        if known_id:
            try:
                post = self.client.get(f"/wp/v2/posts/{known_id}", {"context": "edit", "_fields": FIELDS})
            except PublishError as error:
                if error.status not in (404, 410):
                    raise
            else:
                if post.get("status") != "trash":
                    return post
        holders = self.client.get("/wp/v2/posts", {"slug": draft.slug, "status": "any", "context": "edit",
                                                   "_fields": FIELDS + ",content"}) if draft.slug else []
        holder = holders[0] if holders else None
        if holder and (not site.plugin or (holder.get("meta") or {}).get("redac_id") == draft.redac_id):
            return holder  # the usual case, in one request: the article's post under its own slug
        if site.plugin:  # the post may have been given another slug in WordPress since
            found = self.client.get("/wp/v2/posts", {"redac_id": draft.redac_id, "status": "any", "context": "edit", "_fields": FIELDS})
            if found:
                return found[0]
        if holder and not _interrupted_creation(holder, draft):
            title = html.unescape(str((holder.get("title") or {}).get("raw") or ""))
            raise PublishError(f"{draft.path}: the slug {draft.slug!r} is already taken by post {holder['id']} "
                               f"« {title} », which redac did not publish from this article: change one of the two slugs")
        return holder

    def _write(self, draft: PostDraft, existing: dict | None, site: Site) -> dict:
        body: dict[str, Any] = {"title": draft.title, "content": block_markup(draft.blocks), "excerpt": draft.description, "slug": draft.slug}
        if existing is None or existing.get("status") not in LIVE:
            body["status"] = self.options.status
        if site.category_ids:
            body["categories"] = site.category_ids
        if site.tag_ids:
            body["tags"] = site.tag_ids
        if site.plugin:
            body["meta"] = {**(seo_meta(draft) if self.options.seo else {}), "redac_id": draft.redac_id}
        answer = {"_fields": "id,status,link,meta"}  # WordPress skips rendering the content when not asked for it
        if existing is None:
            return self.client.post("/wp/v2/posts", body, params=answer, retries=0)  # retried by `publish`, which looks first
        return self.client.post(f"/wp/v2/posts/{existing['id']}", body, params=answer)

    def _rank_math(self, post_id: int, draft: PostDraft, *, required: bool) -> None:
        meta = {key: value for key, value in seo_meta(draft).items() if key.startswith("rank_math_")}
        try:
            self.client.post("/rankmath/v1/updateMeta", {"objectType": "post", "objectID": post_id, "meta": meta})
        except PublishError as error:
            if required:
                raise PublishError(f"{draft.path}: post {post_id} written, but Rank Math refused its SEO fields ({error})") from None

    # --- terms ---------------------------------------------------------------------------------------
    def _term_ids(self, taxonomy: str, names: list[str]) -> list[int]:
        return [self._term_id(taxonomy, name) for name in dict.fromkeys(n.strip() for n in names if n.strip())]

    def _term_id(self, taxonomy: str, name: str) -> int:
        found = self.client.get(f"/wp/v2/{taxonomy}", {"search": name, "per_page": 100, "_fields": "id,name"})
        for term in found:
            if html.unescape(str(term.get("name", ""))).casefold() == name.casefold():
                return int(term["id"])
        try:
            return int(self.client.post(f"/wp/v2/{taxonomy}", {"name": name})["id"])
        except PublishError as error:
            if error.code == "term_exists" and error.data.get("term_id"):
                return int(error.data["term_id"])
            kind = "category" if taxonomy == "categories" else "tag"
            raise PublishError(f"{kind} {name!r}: cannot create it ({str(error).split(': ', 1)[-1]})") from None


def _interrupted_creation(post: dict, draft: PostDraft) -> bool:
    """A post without a redac_id holding exactly this article: WordPress stored the post but not yet its
    meta when the run that created it was killed (or the server stopped)."""
    if (post.get("meta") or {}).get("redac_id"):
        return False
    return (post.get("content") or {}).get("raw") == block_markup(draft.blocks) and (post.get("title") or {}).get("raw") == draft.title


def _check_meta(post: dict, draft: PostDraft, site: str) -> None:
    """The plugin echoes what it stored: a field that did not stick is an error, not a silent loss."""
    stored = post.get("meta") or {}
    lost = [key for key, value in seo_meta(draft).items() if stored.get(key) != value]
    if lost:
        raise PublishError(f"{site}: post {post['id']} written, but WordPress did not keep its SEO fields ({', '.join(lost)})")
