"""One JSON error shape for every error the API answers.

``{"error": {"status": int, "code": str, "message": str, "field": str | null}}``

- chronik's own errors: :class:`InvalidParameter` → 422 ``invalid_parameter``
  with its field, :class:`NotFoundError` → 404, any other
  :class:`InputError` → 400 ``bad_request``, :class:`StoreError` → 503
  ``unavailable`` (the message names no URL or password);
- FastAPI's request validation → 422 with the parameter's name as ``field``;
- Starlette's HTTP errors (unknown path 404, wrong method 405, and the 401,
  403, 413, 415 of the ingest route) → their status with a fixed code;
- anything else → 500 ``internal`` with a fixed message: the exception is
  logged, never sent (:class:`CatchAll`, outermost, so no traceback leaks).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from chronik.errors import ChronikError, InputError, InvalidParameter, NotFoundError, StoreError

log = logging.getLogger("chronik.web")

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_parameter", 500: "internal",
         503: "unavailable"}


class ErrorDetail(BaseModel):
    """The inside of an error document."""

    status: int
    code: str
    message: str
    field: str | None = None


class ErrorDocument(BaseModel):
    """Every error the API answers: ``{"error": {...}}``."""

    error: ErrorDetail


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for a route that may answer ``statuses`` with the error document."""
    return {status: {"model": ErrorDocument, "description": CODES.get(status, "error")} for status in statuses}


def error_body(status: int, message: str, field: str | None = None, code: str | None = None) -> dict[str, Any]:
    """The error document for ``status`` (code from CODES unless given)."""
    return {"error": {"status": status, "code": code or CODES.get(status, "error"), "message": message,
                      "field": field}}


def error_response(status: int, message: str, field: str | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """A JSONResponse carrying :func:`error_body`."""
    return JSONResponse(error_body(status, message, field), status_code=status, headers=headers)


def _validation_field(error: dict[str, Any]) -> str | None:
    """The parameter an error of FastAPI's validation is about: the first name after query/path/body."""
    names = [part for part in error.get("loc", ())[1:] if isinstance(part, str)]
    return names[0] if names else None


async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    first = errors[0] if errors else {}
    field = _validation_field(first)
    message = str(first.get("msg", "invalid request"))[:300]
    return error_response(422, f"{field}: {message}" if field else message, field)


async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    messages = {404: "no such resource", 405: "method not allowed"}
    message = exc.detail if isinstance(exc.detail, str) and exc.detail else messages.get(exc.status_code, "error")
    if exc.status_code in messages:
        message = messages[exc.status_code]
    return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))


async def _chronik(_request: Request, exc: ChronikError) -> JSONResponse:
    if isinstance(exc, InvalidParameter):
        return error_response(422, str(exc), exc.field)
    if isinstance(exc, NotFoundError):
        return error_response(404, str(exc))
    if isinstance(exc, InputError):
        return error_response(400, str(exc))
    if isinstance(exc, StoreError):
        log.error("database error: %s", exc)
        return error_response(503, "the database cannot be read now; try again later")
    log.error("chronik error: %s", exc)
    return error_response(500, "internal error")


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers above on ``app`` and wrap it in :class:`CatchAll`."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(ChronikError, _chronik)
    app.add_middleware(CatchAll)


class CatchAll:
    """ASGI middleware: an exception nothing else handled becomes a 500 in the error shape (logged with
    its traceback, not sent); if the response had already started, the connection is just closed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:  # the last line of defence: nothing may leak a traceback to the client
            log.exception("unhandled error in %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await error_response(500, "internal error")(scope, receive, send)
