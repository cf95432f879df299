"""The ASGI app: pages rendered on the server (jinja2, autoescape), a small JSON API the page's
scripts call, downloads. Routes only; the work is the library's (through serve.pipeline)."""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import partial
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from redac.errors import RedacError
from redac.serve import pipeline, present
from redac.serve.jobs import Jobs
from redac.serve.security import MAX_BODY_BYTES, Guard
from redac.serve.workspace import Workspace

STATIC = Path(__file__).parent / "static"
MIME = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8", "json": "application/json; charset=utf-8"}


def create_app(workspace: Workspace, *, token: str | None = None, host: str = "127.0.0.1", port: int = 8765):
    jobs = Jobs(workspace)
    templates = Environment(loader=PackageLoader("redac.serve", "templates"), autoescape=select_autoescape(["html", "j2"]))
    for name in templates.list_templates():  # compiled now, not on the first editor's request
        templates.get_template(name)

    def page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
        html = templates.get_template(name).render(csrf=request.scope["state"]["csrf"], path=request.url.path, **context)
        return HTMLResponse(html, status, headers={"cache-control": "no-store"})

    def home(request: Request):
        return RedirectResponse("/nouveau", 303)

    def new(request: Request):
        return page(request, "nouveau.html.j2", engines=pipeline.ENGINES, max_mb=MAX_BODY_BYTES // (1024 * 1024))

    def doctor(request: Request):
        return JSONResponse(pipeline.doctor())

    async def brief(request: Request):
        data, name = await _source(request)
        if not data.strip():
            return JSONResponse({"brief": None})
        try:
            cleaned = await _threaded(pipeline.clean_source, data, name)
        except RedacError as error:
            return JSONResponse({"error": f"Source illisible : {getattr(error, 'message', error)}"}, 422)
        b = cleaned.brief
        return JSONResponse({"brief": {"min_words": b.min_words, "language": b.language, "subheadings": b.subheadings,
                                       "instructions": list(b.instructions)},
                             "title": cleaned.document.title, "paragraphs": len(cleaned.document.blocks),
                             "removed": len(cleaned.removed)})

    async def start_job(request: Request):
        form = await request.form(max_part_size=MAX_BODY_BYTES)
        data, name = await _source(request, form)
        if not data.strip():
            return JSONResponse({"error": "Collez un article ou déposez un fichier."}, 422)
        try:
            options = _options(form)
        except ValueError as error:
            return JSONResponse({"error": str(error)}, 422)
        return JSONResponse(jobs.start(data, name, options).to_dict(), 202)

    def job_status(request: Request):
        job = jobs.get(request.path_params["job"])
        if not job:
            return _missing("Travail inconnu.")
        after = request.query_params.get("after", "")
        if after.isdigit():
            job.wait(int(after))
        return JSONResponse(job.to_dict())

    def cancel_job(request: Request):
        job = jobs.get(request.path_params["job"])
        if not job:
            return _missing("Travail inconnu.")
        job.cancel.set()
        return JSONResponse({"state": "cancelling"})

    def article(request: Request):
        draft = workspace.get(request.path_params["draft"])
        if draft is None:
            return page(request, "absent.html.j2", 404)
        p, report = draft.checked()
        return page(request, "article.html.j2", draft=draft, view=_view(draft, p, report),
                    candidates=present.title_candidates(draft), paragraphs=present.source_paragraphs(draft),
                    removed=draft.source.removed)

    def check(request: Request, edit: dict):
        draft = workspace.get(request.path_params["draft"])
        if draft is None:
            return _missing("Article inconnu.")
        draft.edit(**{key: str(edit.get(key, "")) for key in ("title", "description", "slug", "keyphrase", "body")})
        p, report = draft.checked()
        workspace.save_later(draft)
        view = _view(draft, p, report)
        view["preview"] = str(view["preview"])
        view["lights"] = [asdict(light) for light in view["lights"]]
        return JSONResponse(view)

    async def check_route(request: Request):
        try:
            edit = json.loads(await request.body())
        except ValueError:
            return JSONResponse({"error": "Requête illisible."}, 400)
        return await _threaded(check, request, edit if isinstance(edit, dict) else {})

    def export(request: Request):
        draft = workspace.get(request.path_params["draft"])
        if draft is None:
            return page(request, "absent.html.j2", 404)
        return page(request, "export.html.j2", draft=draft, markdown=draft.markdown(), html=_html(draft))

    def download(request: Request):
        draft = workspace.get(request.path_params["draft"])
        kind = request.path_params["kind"]
        if draft is None or kind not in MIME:
            return _missing("Article inconnu.")
        if kind == "md":
            text = draft.markdown()
        elif kind == "html":
            text = _html(draft)
        else:
            text = json.dumps(draft.to_dict(draft.check()), ensure_ascii=False, indent=2) + "\n"
        filename = f"{draft.fields.slug or 'article'}.{kind}"
        return Response(text, media_type=MIME[kind], headers={"content-disposition": f'attachment; filename="{filename}"'})

    def history(request: Request):
        return page(request, "historique.html.j2", rows=workspace.history(), directory=workspace.directory)

    routes = [
        Route("/", home),
        Route("/nouveau", new),
        Route("/historique", history),
        Route("/articles/{draft}", article),
        Route("/articles/{draft}/export", export),
        Route("/articles/{draft}/export.{kind}", download),
        Route("/api/doctor", doctor),
        Route("/api/brief", brief, methods=["POST"]),
        Route("/api/jobs", start_job, methods=["POST"]),
        Route("/api/jobs/{job}", job_status),
        Route("/api/jobs/{job}/cancel", cancel_job, methods=["POST"]),
        Route("/api/articles/{draft}/check", check_route, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes)
    return Guard(app, token=token, host=host, port=port)


def _view(draft, page, report) -> dict:
    return {"lights": present.lights(report, draft.limits), "preview": present.preview_html(page, report, draft),
            "serp": present.serp(draft), "others": present.other_checks(report), "words": report.words,
            "unsupported": [{"text": u.text, "reason": u.reason, "where": u.where,
                             "source": present.quoted(present.closest_source(u.sentence, draft))} for u in report.unsupported]}


def _html(draft) -> str:
    from redac.render.html import article_html

    return article_html(draft.article())


async def _source(request: Request, form=None) -> tuple[bytes, str]:
    """The pasted text, or the dropped file's bytes and name (its format is sniffed from both)."""
    form = form if form is not None else await request.form(max_part_size=MAX_BODY_BYTES)
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        return await upload.read(), upload.filename
    return str(form.get("text") or "").encode("utf-8"), "texte collé"


def _options(form) -> pipeline.Options:
    def number(name: str) -> int | None:
        value = str(form.get(name) or "").strip()
        if not value:
            return None
        if not value.isdigit() or not 0 < int(value) <= 20000:
            raise ValueError("Le nombre de mots minimum doit être un entier entre 1 et 20 000.")
        return int(value)

    engine = str(form.get("engine") or "extractive")
    if engine not in pipeline.ENGINES:
        raise ValueError("Moteur inconnu.")
    return pipeline.Options(min_words=number("min_words"), keyphrase=str(form.get("keyphrase") or "").strip() or None,
                            language=str(form.get("language") or "").strip() or None,
                            subheadings=form.get("subheadings") == "on", engine=engine)


def _missing(message: str) -> JSONResponse:
    return JSONResponse({"error": message}, 404)


async def _threaded(function, *args):
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(partial(function, *args))
