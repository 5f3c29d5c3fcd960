"""The FastAPI application: the REST API under ``/api/``, the web app under ``/``, docs at ``/docs``.

:func:`create_app` is the only entry point (``chronik serve`` and the tests
call it).  The app holds one :class:`ApiState`: the open store, and the
language data, cooperation–conflict scale and knowledge base, each loaded on
first use.  Nothing is fetched from the network: the web app's assets come
from ``chronik/web/static/`` and Swagger UI's from the ``swagger-ui-py``
package (``/docs`` is left out when that package is missing; ``/openapi.json``
is always there).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from chronik import __version__
from chronik.context import Context, build_context
from chronik.errors import StoreError
from chronik.settings import Settings, load_settings
from chronik.store.repository import Store
from chronik.web.errors import install_error_handlers

STATIC_DIR = Path(__file__).with_name("static")


@dataclass
class ApiState:
    """What every request may need; the expensive parts are loaded once, on first use."""

    store: Store
    settings: Settings
    allow_ingest: bool = False
    token: str | None = None
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ctx: Context | None = None
    _scale: dict[str, float] | None = None
    _kb: Any = None
    _kb_by_id: dict[str, Any] | None = None

    def ctx(self) -> Context:
        """The language data (built on first use)."""
        with self._lock:
            if self._ctx is None:
                self._ctx = build_context(self.settings)
            return self._ctx

    def scale(self) -> dict[str, float]:
        """PLOVER type → cooperation (+10) … conflict (−10), from the default language's events.yaml."""
        if self._scale is None:
            from chronik.stages.event_lexicon import build_event_lexicon

            ctx = self.ctx()
            self._scale = build_event_lexicon(ctx.lang(ctx.settings.default_lang)).scale
        return self._scale

    def kb_entry(self, actor_id: str) -> Any:
        """The knowledge-base entry whose public id is ``actor_id`` (None if the KB does not know it)."""
        with self._lock:
            if self._kb_by_id is None:
                from chronik.kb.base import load_kb

                ctx = self._ctx or build_context(self.settings)
                self._ctx = ctx
                kb = load_kb(ctx.lang(ctx.settings.default_lang), ctx.settings.kb_dir)
                self._kb_by_id = {entry.public_id: entry for entry in kb.entries.values()}
        return self._kb_by_id.get(actor_id)


def create_app(db: str | Store, allow_ingest: bool = False, token: str | None = None,
               settings: Settings | None = None) -> FastAPI:
    """The app serving database ``db`` (a path/URL opened read-write and migrated, or an open Store).

    Requires a token when ``allow_ingest`` (raises ValueError otherwise).  Guarantees every error
    answered in the one JSON shape (chronik.web.errors) and no route fetching anything remote.
    """
    if allow_ingest and not token:
        raise ValueError("allow_ingest needs a token")
    store = db if isinstance(db, Store) else Store.open(db)
    settings = settings or load_settings(db=str(db) if not isinstance(db, Store) else None, workers=1)
    app = FastAPI(title="chronik", version=__version__, docs_url=None, redoc_url=None,
                  description="Political events from news: the REST API of chronik (docs/api.md).")
    app.state.api = ApiState(store, settings, allow_ingest, token)
    install_error_handlers(app)
    from chronik.web import routes_details, routes_events, routes_ingest, static

    app.include_router(routes_events.router)
    app.include_router(routes_details.router)
    app.include_router(routes_ingest.router)
    static.install(app, STATIC_DIR)
    return app


def api_state(request: Request) -> ApiState:
    """The ApiState of the app serving ``request`` (a FastAPI dependency)."""
    return request.app.state.api


@contextmanager
def reading(state: ApiState) -> Iterator[Connection]:
    """A connection to the store; a database failure becomes a StoreError (the API's 503)."""
    try:
        with state.store.engine.connect() as conn:
            yield conn
    except SQLAlchemyError as exc:
        first = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
        raise StoreError(first[0] if first else type(exc).__name__) from None
