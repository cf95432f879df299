"""`redac batch --publish`: send each finished article to WordPress and record the post in the store.

Publishing waits on the network, so it runs in one background thread while the next articles are
written; results are recorded by the main thread (the only one writing to the store), in order.
The store keeps, per document and site, the post id (so a later run updates that post) or why the
article is not published. A batch killed between WordPress creating a post and the store recording
it loses nothing: the next run finds the post by the article's slug or `redac_id` and updates it.
When WordPress stops answering, the rest of the run does not wait on it again: every remaining
article is recorded "not published" with that reason, and the next run publishes it.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
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
        self._sender = ThreadPoolExecutor(1, thread_name_prefix="redac-publish")
        self._queued: list[tuple[str, Future]] = []

    def prepare(self) -> None:
        try:
            self.publisher.prepare()
        except RedacError as error:  # the articles are still written; each is recorded "not published"
            self.unavailable = str(error)

    def publish(self, document_id: str, outputs: list[str]) -> None:
        """Queue one article; what is already sent gets recorded."""
        self.tried.add(document_id)
        known = self.store.publication(document_id, self.site)
        self._queued.append((document_id, self._sender.submit(self._send, outputs, known["post_id"] if known else None)))
        self.record(wait=False)

    def finish(self) -> None:
        """Articles done in earlier runs (or this one) not on the site yet; then wait for every result."""
        try:
            for row in self.store.unpublished(self.site):
                if row["id"] not in self.tried:
                    self.publish(row["id"], row["outputs"])
            self.record(wait=True)
        finally:
            self.close()

    def close(self) -> None:
        """Stop sending (an interrupted batch): what was not sent stays unpublished for the next run."""
        self._sender.shutdown(wait=False, cancel_futures=True)

    def record(self, *, wait: bool) -> None:
        while self._queued and (wait or self._queued[0][1].done()):
            document_id, future = self._queued.pop(0)
            post, error = future.result()
            if error:
                self.store.record_publication(document_id, self.site, error=error)
                self.failed += 1
            else:
                self.store.record_publication(document_id, self.site, post_id=post.post_id, link=post.link)
                self.published += 1

    def _send(self, outputs: list[str], known_id: int | None):
        """(Published, None) or (None, the reason); runs in the sender thread."""
        from redac.publish.article import read_article
        from redac.publish.client import Retryable

        if self.unavailable:
            return None, self.unavailable
        try:
            if not outputs:
                raise RedacError("no article file recorded for this document")
            return self.publisher.publish(read_article(Path(outputs[0])), known_id), None
        except Retryable as error:
            self.unavailable = f"WordPress unavailable: {error}"
            return None, str(error)
        except RedacError as error:
            return None, str(error)

    @property
    def exit_code(self) -> int:
        return EXIT_PUBLISH if self.failed else 0
