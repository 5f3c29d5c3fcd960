"""Routes over many events: /api/events, /api/timeline, /api/network, /api/map, /api/dyad, /api/search,
/api/stories, /api/meta (shapes in docs/api.md)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from sqlalchemy import or_, select

from chronik import __version__
from chronik.chronicle import dyad_series, stories
from chronik.store import schema
from chronik.store.api_details import counts, story_inputs
from chronik.store.api_queries import EventQuery, actor_ids_named, event_page, event_records, timeline_items
from chronik.store.api_search import search
from chronik.web.app import ApiState, api_state, reading
from chronik.web.errors import responses
from chronik.web.params import SHORT, Cursor, Sort, event_filters

router = APIRouter(prefix="/api", tags=["events"], responses=responses(422, 503))

State = Annotated[ApiState, Depends(api_state)]
Filters = Annotated[EventQuery, Depends(event_filters)]
Json = dict[str, Any]


@router.get("/events", summary="Canonical events, filtered, sorted, one page at a time")
def list_events(state: State, filters: Filters, sort: Sort = "date",
                limit: Annotated[int, Query(ge=1, le=500)] = 50, cursor: Cursor = None) -> Json:
    """``{"items": [EVENT], "next_cursor": str | null}``; EVENT is the export record plus ``label``."""
    with reading(state) as conn:
        items, following = event_page(conn, filters, sort, limit, cursor or None)
    return {"items": items, "next_cursor": following}


@router.get("/timeline", summary="Dated events in date order, with how many undated ones pass the filters")
def timeline(state: State, filters: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> Json:
    with reading(state) as conn:
        items, undated = timeline_items(conn, filters, limit)
    return {"items": items, "undated": undated}


@router.get("/network", summary="The actor network of the filtered events (chronik.network.actor_network)")
def network(state: State, filters: Filters, limit: Annotated[int, Query(ge=1, le=20000)] = 5000) -> Json:
    """Built from at most ``limit`` matching events, newest first."""
    from chronik.network import actor_network

    with reading(state) as conn:
        records = event_records(conn, filters, limit)
    return actor_network(records, state.scale())


@router.get("/map", summary="The filtered events with coordinates as GeoJSON (chronik.geo_export)",
            response_class=JSONResponse, responses={200: {"content": {"application/geo+json": {}}}})
def event_map(state: State, filters: Filters, limit: Annotated[int, Query(ge=1, le=20000)] = 5000) -> JSONResponse:
    """A FeatureCollection of Point features, from at most ``limit`` matching events, newest first."""
    from chronik.geo_export import events_geojson

    with reading(state) as conn:
        records = event_records(conn, filters, limit)
    return JSONResponse(events_geojson(records), media_type="application/geo+json")


@router.get("/dyad", summary="Cooperation–conflict per month between two actors or countries")
def dyad(state: State, a: Annotated[str, Query(min_length=1, max_length=SHORT)],
         b: Annotated[str, Query(min_length=1, max_length=SHORT)]) -> Json:
    """``{"a", "b", "series": [{"month", "score", "events"}]}`` (chronik.chronicle.dyad_series)."""
    with reading(state) as conn:
        records = _dyad_records(conn, a, b)
    series = dyad_series(records, a, b, state.scale())
    return {"a": a, "b": b, "series": [{"month": m, "score": s, "events": n} for m, s, n in series]}


def _dyad_records(conn, a: str, b: str) -> list[Json]:
    """Records of events in which both ``a`` and ``b`` (a country code or an actor name/id) take part."""
    e, ea = schema.events, schema.event_actors

    def involving(who: str):
        return e.c.id.in_(select(ea.c.event_id).where(or_(ea.c.country == who.upper(),
                                                          ea.c.actor_id.in_(actor_ids_named(who)))))

    return [r for (r,) in conn.execute(select(e.c.record).where(involving(a), involving(b)).limit(100_000))]


@router.get("/search", summary="Full text over articles and events (FTS5 / tsvector 'german')")
def full_text(state: State, q: Annotated[str, Query(min_length=1, max_length=500)],
              limit: Annotated[int, Query(ge=1, le=100)] = 20) -> Json:
    """``{"articles": [{"id", "title", "published", "snippet", "marks"}], "events": [{"id", "label",
    "snippet", "marks"}]}``; ``marks`` are [start, end] offsets of matching words in ``snippet``."""
    with reading(state) as conn:
        return search(conn, q, limit)


@router.get("/stories", summary="Articles grouped into stories (chronik.chronicle.stories)")
def list_stories(state: State, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> Json:
    with reading(state) as conn:
        links, articles = story_inputs(conn)
    items = []
    for story in stories(links, articles)[:limit]:
        members = {x["id"] for x in story["articles"]}
        items.append({"id": story["id"], "start": story["start"], "end": story["end"], "title": story["title"],
                      "articles": [{"id": x["id"], "title": x["title"],
                                    "published": (x.get("published") or {}).get("value")} for x in story["articles"]],
                      "events": sorted({event for event, article in links if article in members})})
    return {"items": items}


@router.get("/meta", summary="Version, counts, the PLOVER types, whether ingest is enabled")
def meta(state: State) -> Json:
    with reading(state) as conn:
        totals = counts(conn)
    return {"version": __version__, "counts": totals, "types": sorted(state.scale()), "ingest": state.allow_ingest}

