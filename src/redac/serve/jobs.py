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
LONG_POLL_S = 10  # the page asks "anything new after version N?" and the answer waits for it


@dataclass
class Job:
    id: str
    engine: str
    stages: list[str] = field(default_factory=list)
    state: str = "running"  # running, done, failed, cancelled
    error: str | None = None
    draft_id: str | None = None
    saved: bool = False  # written to the store (the Historique lists it)
    cancel: threading.Event = field(default_factory=threading.Event)
    current: str | None = None  # the stage running now
    version: int = 0
    changed: threading.Condition = field(default_factory=threading.Condition)

    def update(self, **changes) -> None:
        with self.changed:
            for name, value in changes.items():
                setattr(self, name, value)
            self.version += 1
            self.changed.notify_all()

    def stage(self, name: str) -> None:
        if name not in self.stages:  # checks and repairs alternate: each is listed once
            self.update(stages=[*self.stages, name], current=name)
        else:
            self.update(current=name)

    def wait(self, after: int, timeout: float = LONG_POLL_S) -> None:
        """Return once the job has moved past version `after` (or after `timeout`)."""
        with self.changed:
            self.changed.wait_for(lambda: self.version > after, timeout=timeout)

    def to_dict(self) -> dict:
        running = self.state == "running"
        current = (self.current or (self.stages[-1] if self.stages else None)) if running else None
        shown = pipeline.STAGES if running else self.stages  # once finished, the stages it went through
        return {
            "id": self.id, "version": self.version, "state": self.state, "error": self.error, "saved": self.saved,
            "stages": [{"name": name, "state": "running" if name == current else "done" if name in self.stages else "waiting"}
                       for name in shown],
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
            result, limits = pipeline.rewrite(source, options, job.stage, job.cancel)
            from redac.batch.sources import document_id

            draft = Draft.from_result(document_id(source.document), result, options.engine, limits)
            self.workspace.keep(draft)
            job.update(draft_id=draft.id, state="done")  # the page opens it while it is written down
            self.workspace.write(draft, data, name)
            job.update(saved=True)
        except pipeline.Cancelled:
            job.update(state="cancelled")
        except RedacError as error:
            job.update(error=_french(error), state="failed")
        except Exception as error:  # a bug: the page says so in one line instead of hanging
            job.update(error=f"erreur interne : {type(error).__name__}", state="failed")


def _french(error: RedacError) -> str:
    message = getattr(error, "message", str(error))
    return f"Impossible de rédiger cet article : {message}"
