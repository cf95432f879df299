"""`redac batch --publish`: send each finished article to WordPress and record the post in the store.

The store keeps, per document and site, the post id (so a later run updates that post) or why the
article is not published. A batch killed between WordPress creating a post and the store recording
it loses nothing: the next run finds the post by the article's `redac_id` (or slug) and updates it.
When WordPress stops answering, the rest of the run does not wait on it again: every remaining
article is recorded "not published" with that reason, and the next run publishes it.
"""

from __future__ import annotations

from pathlib import Path

from redac.batch.store import Store
from redac.errors import EXIT_PUBLISH, RedacError


class BatchPublishing:
    def __init__(self, publisher, store: Store):
        self.publisher = publisher
        self.store = store
        self.site = publisher.client.settings.url
        self.unavailable: str | None = None  # why nothing more can be published in this run
        self.tried: set[str] = set()
        self.published = 0
        self.failed = 0

    def prepare(self) -> None:
        try:
            self.publisher.prepare()
        except RedacError as error:  # the articles are still written; each is recorded "not published"
            self.unavailable = str(error)

    def publish(self, document_id: str, outputs: list[str]) -> None:
        self.tried.add(document_id)
        if self.unavailable:
            self._record_failure(document_id, self.unavailable)
            return
        from redac.publish.article import read_article
        from redac.publish.client import Retryable

        known = self.store.publication(document_id, self.site)
        try:
            if not outputs:
                raise RedacError("no article file recorded for this document")
            post = self.publisher.publish(read_article(Path(outputs[0])), known["post_id"] if known else None)
        except Retryable as error:
            self.unavailable = f"WordPress unavailable: {error}"
            self._record_failure(document_id, str(error))
            return
        except RedacError as error:
            self._record_failure(document_id, str(error))
            return
        self.store.record_publication(document_id, self.site, post_id=post.post_id, link=post.link)
        self.published += 1

    def leftovers(self) -> None:
        """Articles done in earlier runs (or this one) that are not on the site yet."""
        for row in self.store.unpublished(self.site):
            if row["id"] not in self.tried:
                self.publish(row["id"], row["outputs"])

    def _record_failure(self, document_id: str, reason: str) -> None:
        self.store.record_publication(document_id, self.site, error=reason)
        self.failed += 1

    @property
    def exit_code(self) -> int:
        return EXIT_PUBLISH if self.failed else 0
