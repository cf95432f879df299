"""The `redac` command. Thin: parses options, calls the library, prints. One module per command
group (clean, article: rewrite/check/audit, batch, doctor, publish, serve), registered here in the order `--help`
lists them; heavy modules load lazily so that `redac --help` starts fast."""

from __future__ import annotations

from redac.cli import article, batch, clean, doctor, publish, serve
from redac.cli.common import app

app.command("clean")(clean.clean_command)
app.command("audit")(article.audit_command)
app.command("rewrite")(article.rewrite_command)
app.command("doctor")(doctor.doctor_command)
app.command("check")(article.check_command)
app.command("publish")(publish.publish_command)
app.add_typer(batch.batch_app, name="batch")
app.command("serve")(serve.serve_command)

__all__ = ["app", "main"]


def main() -> None:
    app()
