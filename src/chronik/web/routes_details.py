"""Routes for single items and lists of actors: /api/events/{id}, /api/actors, /api/actors/{id},
/api/articles/{id} (shapes in docs/api.md)."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from chronik.errors import InvalidParameter
from chronik.store.api_details import (
    actor_page,
    actor_series,
    actor_summary,
    article_detail,
    event_detail,
)
from chronik.web.app import ApiState, api_state, reading
from chronik.web.errors import responses
from chronik.web.params import CODE_PATTERN, SHORT, Cursor

router = APIRouter(prefix="/api", tags=["details"], responses=responses(404, 422, 503))

State = Annotated[ApiState, Depends(api_state)]
Json = dict[str, Any]
ItemId = Annotated[str, Path(min_length=1, max_length=SHORT)]


@router.get("/events/{event_id}", summary="One event with every mention: article, sentence, highlights")
def get_event(state: State, event_id: ItemId) -> Json:
    with reading(state) as conn:
        return event_detail(conn, event_id)


@router.get("/actors", summary="Actors that take part in events, by number of events")
def list_actors(state: State, q: Annotated[str | None, Query(max_length=SHORT)] = None,
                country: Annotated[str | None, Query(pattern=CODE_PATTERN)] = None,
                limit: Annotated[int, Query(ge=1, le=500)] = 50, cursor: Cursor = None) -> Json:
    """``{"items": [{"id", "name", "country", "sector", "events"}], "next_cursor"}``."""
    with reading(state) as conn:
        items, following = actor_page(conn, q or None, country, limit, _actor_cursor(cursor) if cursor else None)
    return {"items": items, "next_cursor": _encode_actor_cursor(following) if following else None}


def _encode_actor_cursor(key: tuple[int, str]) -> str:
    raw = json.dumps(["actors", key[0], key[1]], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _actor_cursor(cursor: str) -> tuple[int, str]:
    try:
        name, events, last = json.loads(base64.urlsafe_b64decode((cursor + "=" * (-len(cursor) % 4)).encode("ascii")))
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise InvalidParameter("cursor", "not a cursor given by next_cursor") from None
    if name != "actors" or not isinstance(events, int) or isinstance(events, bool) or not isinstance(last, str):
        raise InvalidParameter("cursor", "not a cursor given by next_cursor")
    return events, last


@router.get("/actors/{actor_id}", summary="An actor: roles over time, counterparts, counts, the series")
def get_actor(state: State, actor_id: ItemId) -> Json:
    """Roles come from the knowledge base ([] for actors it does not know)."""
    with reading(state) as conn:
        summary = actor_summary(conn, actor_id)
        series = actor_series(conn, actor_id, state.scale())
    return {**summary, "roles": _roles(state.kb_entry(actor_id)), "series": series}


def _roles(entry: Any) -> list[Json]:
    if entry is None or entry.kind == "state":
        return []
    return [{"country": r.country or r.org, "sector": r.sector, "title": r.title, "office": r.office,
             "from": r.start.isoformat() if r.start else None, "to": r.end.isoformat() if r.end else None}
            for r in sorted(entry.roles, key=lambda r: str(r.start or ""))]


@router.get("/articles/{article_id}", summary="An article: text, sentence offsets, the events it reports")
def get_article(state: State, article_id: ItemId) -> Json:
    """``article_id`` may be a unique prefix of at least 4 characters."""
    with reading(state) as conn:
        return article_detail(conn, article_id)
