"""Rewrites running in the background while the page polls their stages; cancellable."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field

from redac.errors import RedacError
from redac.serve import pipeline
from redac.serve.draft import Draft
from redac.serve.workspace import Workspace

MAX_KEPT = 100  # finished jobs remembered for the page to read


@dataclass
class Job:
    id: str
    engine: str
    stages: list[str] = field(default_factory=list)
    state: str = "running"  # running, done, failed, cancelled
    error: str | None = None
    draft_id: str | None = None
    cancel: threading.Event = field(default_factory=threading.Event)

    def to_dict(self) -> dict:
        current = self.stages[-1] if self.state == "running" and self.stages else None
        return {
            "id": self.id, "state": self.state, "error": self.error,
            "stages": [{"name": name, "state": "running" if name == current else "done" if name in self.stages else "waiting"}
                       for name in pipeline.STAGES],
            "article": f"/articles/{self.draft_id}" if self.draft_id else None,
        }


class Jobs:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()

    def start(self, data: bytes, name: str, options: pipeline.Options) -> Job:
        job = Job(secrets.token_hex(8), options.engine)
        with self.lock:
            self.jobs[job.id] = job
            for old in list(self.jobs)[:-MAX_KEPT]:
                del self.jobs[old]
        threading.Thread(target=self._run, args=(job, data, name, options), daemon=True).start()
        return job

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            return self.jobs.get(job_id)

    def _run(self, job: Job, data: bytes, name: str, options: pipeline.Options) -> None:
        try:
            source = pipeline.clean_source(data, name=name)
            result = pipeline.rewrite(source, options, job.stages.append, job.cancel)
            from redac.batch.sources import document_id

            draft = Draft.from_result(document_id(source.document), result, options.engine)
            self.workspace.add(draft, data, name)
            job.draft_id, job.state = draft.id, "done"
        except pipeline.Cancelled:
            job.state = "cancelled"
        except RedacError as error:
            job.error, job.state = _french(error), "failed"
        except Exception as error:  # a bug: the page says so in one line instead of hanging
            job.error, job.state = f"erreur interne : {type(error).__name__}", "failed"


def _french(error: RedacError) -> str:
    message = getattr(error, "message", str(error))
    return f"Impossible de rédiger cet article : {message}"
