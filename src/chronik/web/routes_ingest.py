"""``POST /api/articles``: one article through the same pipeline, store write and merge as ``chronik run``.

Refused (403) unless the app was created with ``allow_ingest``; needs
``Authorization: Bearer TOKEN`` (compared in constant time, else 401); a
JSON body (else 415) of at most ``MAX_BODY`` bytes (else 413, checked on
Content-Length and again while reading); malformed JSON is a 400, a bad
field a 422 naming it.  Ingests run one at a time (the language context and
the SQLite writer are shared).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from chronik.errors import InvalidParameter
from chronik.model import RawDoc
from chronik.runner import run_documents
from chronik.stages.ingest import content_hash, normalise_text, storable
from chronik.stages.ingest_records import short_text
from chronik.store import schema
from chronik.web.app import ApiState, api_state, reading
from chronik.web.errors import responses

MAX_BODY = 1_000_000  # bytes

router = APIRouter(prefix="/api", tags=["ingest"])
State = Annotated[ApiState, Depends(api_state)]


class ArticleIn(BaseModel):
    """The body of ``POST /api/articles``."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_BODY)
    title: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                  description="Publication date: YYYY-MM-DD (or YYYY-MM, YYYY).")
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=500, description="Name of the input (default api/<hash>).")


_BODY_DOC = {"requestBody": {"required": True,
                             "content": {"application/json": {"schema": ArticleIn.model_json_schema()}}}}


@router.post("/articles", status_code=201, summary="Ingest one article (only with --allow-ingest and the token)",
             openapi_extra=_BODY_DOC, responses=responses(400, 401, 403, 413, 415, 422, 503))
async def ingest(request: Request, state: State) -> JSONResponse:
    """``201 {"article_id", "status", "events": [event ids]}``; status is new, unchanged, duplicate or
    near_duplicate (a text the pipeline skips is a 422 on ``text`` with its reason)."""
    if not state.allow_ingest:
        raise HTTPException(403, "ingest is disabled: start chronik serve with --allow-ingest --token TOKEN")
    _authorise(request, state.token or "")
    article = _parse(await _read_body(request))
    result = await run_in_threadpool(ingest_article, state, article)
    return JSONResponse(result, status_code=201)


def _authorise(request: Request, token: str) -> None:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "give the ingest token as 'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})


async def _read_body(request: Request) -> bytes:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json" and not kind.endswith("+json"):
        raise HTTPException(415, "send the article as application/json")
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
        raise HTTPException(413 if length.isdigit() else 400,
                            f"the body may be at most {MAX_BODY} bytes" if length.isdigit() else "bad Content-Length")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise HTTPException(413, f"the body may be at most {MAX_BODY} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(body: bytes) -> ArticleIn:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise HTTPException(400, "the body is not valid JSON") from None
    if not isinstance(data, dict):
        raise InvalidParameter("body", "expected a JSON object with at least 'text'")
    try:
        return ArticleIn.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = next((str(part) for part in first.get("loc", ())), "body")
        raise InvalidParameter(field, str(first.get("msg", "invalid"))[:300]) from None


def ingest_article(state: ApiState, article: ArticleIn) -> dict[str, Any]:
    """Run ``article`` through :func:`chronik.runner.run_documents` (pipeline, store, merge) and report
    what became of it.  Raises InvalidParameter('text') when the pipeline skipped it."""
    short = short_text(article.text, state.settings)  # what chronik run checks for a JSONL record
    if short is not None:
        raise InvalidParameter("text", f"the article was not stored ({short.reason}: {short.detail})")
    digest = content_hash(normalise_text(article.text))
    source = storable(article.source or f"api/{hashlib.sha1(digest.encode()).hexdigest()[:16]}")
    raw = RawDoc(source=source, text=article.text, title=article.title, url=article.url,
                 published=article.published, published_evidence="metadata" if article.published else None)
    with state.ingest_lock:
        report = run_documents([raw], [source], state.store, state.ctx())
    if report.skipped:
        example = report.skipped_examples[-1] if report.skipped_examples else None
        reason = f"{example.reason}: {example.detail}" if example and example.detail else next(iter(report.skipped))
        raise InvalidParameter("text", f"the article was not stored ({reason})"[:300])
    record = state.store.known_inputs([(source, digest)]).get((source, digest))
    article_id = record.article_id if record else digest[:16]
    status = "unchanged" if report.unchanged else (record.status.value if record else "new")
    em = schema.event_mentions
    with reading(state) as conn:
        events = [e for (e,) in conn.execute(select(em.c.event_id).where(em.c.article_id == article_id)
                                             .distinct().order_by(em.c.event_id))]
    return {"article_id": article_id, "status": status, "events": events}
