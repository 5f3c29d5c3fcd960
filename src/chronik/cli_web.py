"""``chronik serve``: the REST API and the web app in one process (uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from chronik.errors import InputError

Db = Annotated[str, typer.Option("--db", envvar="CHRONIK_DB", help="SQLite file or postgresql:// URL.")]
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve_command(
    db: Db = "chronik.db",
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default; 0.0.0.0 exposes the API).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8001,
    allow_ingest: Annotated[bool, typer.Option("--allow-ingest", help="Enable POST /api/articles (needs --token).")] = False,
    token: Annotated[str | None, typer.Option("--token", envvar="CHRONIK_TOKEN",
                                                 help="Bearer token for POST /api/articles.")] = None,
) -> None:
    """Serve the REST API (/api/, OpenAPI at /openapi.json, docs at /docs) and the web app (/) for a database."""
    app = build_app(db, allow_ingest, token)
    import uvicorn

    if host not in LOOPBACK:
        typer.echo(f"warning: listening on {host}: the API is reachable from other machines", err=True)
    typer.echo(f"chronik serving {db} on http://{host}:{port}/  (API docs: /docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                limit_concurrency=64, h11_max_incomplete_event_size=64 * 1024)


def build_app(db: str, allow_ingest: bool, token: str | None):
    """The FastAPI app for ``chronik serve`` (checks the options and that ``db`` is a chronik database)."""
    from chronik.cli import _open_existing
    from chronik.web.app import create_app

    if allow_ingest and not token:
        raise InputError("--allow-ingest needs --token TOKEN (clients send 'Authorization: Bearer TOKEN')")
    if token and len(token) < 8:
        raise InputError("--token: use at least 8 characters")
    app = create_app(_open_existing(db), allow_ingest=allow_ingest, token=token)
    app.state.api.scale()  # load the language data now, not on the first request
    return app
