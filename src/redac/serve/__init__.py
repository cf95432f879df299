"""`redac serve`: the editors' web page, a local ASGI app on top of the library API.

Pages are rendered on the server (jinja2, autoescape) with one small script and one stylesheet
shipped in the package; the articles are kept in the same SQLite store as `redac batch`.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from redac.serve.security import is_local, token_for

__all__ = ["address", "serve"]


def address(host: str, port: int, token: str | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/nouveau" + (f"?token={token}" if token else "")


def serve(host: str, port: int, *, token: str | None = None, open_browser: bool = False, directory: Path | None = None,
          announce=print) -> None:
    """Run the page until interrupted (blocking)."""
    _check_free(host, port)  # before the heavy imports: a busy port answers at once
    import uvicorn

    from redac.serve.app import create_app
    from redac.serve.workspace import Workspace, default_directory

    token = token_for(host, token)
    workspace = Workspace(directory or default_directory())
    app = create_app(workspace, token=token, host=host, port=port)
    url = address(host, port, token)
    announce(f"redac serve: {url}" + ("" if is_local(host) else "  (token required: keep this address private)"))
    announce(f"redac serve: articles kept in {workspace.directory}")
    threading.Thread(target=warm_up, daemon=True).start()
    if open_browser:
        import webbrowser

        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def _check_free(host: str, port: int) -> None:
    """A busy port is a one-line usage error, not a server log."""
    import socket

    from redac.errors import InputError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise InputError("", f"cannot listen on {host}:{port}: {error.strerror} (try --port)") from None


WARM_UP_TEXT = (
    "La mairie de Lyon ouvre une nouvelle bibliothèque\n\n"
    "La mairie de Lyon a inauguré samedi une bibliothèque de 2 000 mètres carrés dans le quartier de la Guillotière. "
    "Le bâtiment accueillera 80 000 ouvrages et une salle de lecture ouverte le dimanche.\n\n"
    "Selon l’adjointe à la culture, Marie Dupont, le projet a coûté 12 millions d’euros. "
    "Les travaux avaient commencé en mars 2023 et ont duré deux ans.\n\n"
    "Les habitants pourront emprunter des livres, des jeux et des instruments de musique. "
    "La ville prévoit d’ouvrir deux autres bibliothèques d’ici à 2028."
)


def warm_up() -> None:
    """Load the language data once at start, so that the first « Rédiger » is as quick as the next."""
    import redac
    from redac.errors import RedacError

    with contextlib.suppress(RedacError):
        redac.rewrite(WARM_UP_TEXT, min_words=100)
