"""`redac serve`: the editors' web page (the app itself is the `redac.serve` package)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from redac.cli.common import one_line_errors
from redac.errors import InputError


@one_line_errors
def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (any other than 127.0.0.1 needs a token).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8765,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in the default browser.")] = False,
    token: Annotated[str | None, typer.Option("--token", help="Access token (generated and printed when --host is not local).")] = None,
    directory: Annotated[Path | None, typer.Option("--dir", help="Where articles are kept (a batch store; default ~/.local/share/redac/serve).")] = None,
) -> None:
    """The editors' web page (French): paste, rewrite, edit with live checks, export (needs the 'serve' extra)."""
    try:
        import multipart  # noqa: F401  (python-multipart: dropped files)
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as error:
        raise InputError("", f"redac serve needs its extra: pip install 'redac[serve]' ({error.name} missing)") from None
    from redac.serve import serve

    serve(host, port, token=token, open_browser=open_browser, directory=directory)
