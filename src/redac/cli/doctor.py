"""`redac doctor`: what redac will use: the model, its reachability, and the limits in force."""

from __future__ import annotations

from typing import Annotated

import typer

from redac.cli.common import one_line_errors


@one_line_errors
def doctor_command(
    model: Annotated[str | None, typer.Option("--model", help="Model name.")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server URL.")] = None,
    api_key: Annotated[str | None, typer.Option("--api-key", help="API key.")] = None,
    model_path: Annotated[str | None, typer.Option("--model-path", help="Local GGUF file.")] = None,
) -> None:
    """Show the configured model (key masked), whether its server answers, and the limits in force.

    Exit codes: 0 no model configured, or configured and reachable; 2 a redac.toml is invalid;
    3 configured but unreachable.
    """
    from redac.engines.llm import reachability
    from redac.engines.llm.config import load_settings
    from redac.limits import load_limits

    settings = load_settings({"model": model, "base_url": base_url, "api_key": api_key, "model_path": model_path})
    limits, origins = load_limits()
    print(f"limits ({', '.join(origins) if origins else 'defaults'}; override in redac.toml [limits]):")
    for name, value in limits.to_dict().items():
        print(f"  {name} = {value}")
    if not settings.configured:
        print("no model configured: `redac rewrite` uses the offline extractive engine")
        print("configure one with --model/--base-url, REDAC_MODEL/REDAC_BASE_URL/REDAC_API_KEY or redac.toml [llm]")
        return
    print(settings.describe())
    print(reachability(settings))
