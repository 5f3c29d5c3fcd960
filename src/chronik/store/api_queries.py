"""Read queries of the REST API over canonical events: filters, sort and keyset pagination, in SQL.

Every filter of docs/api.md becomes a condition on ``events`` that an index
serves (``store/event_index.py`` keeps the indexed columns, ``event_actors``,
``actor_keys`` and the full-text tables in step with the events).  Pages are
keyset pages: the opaque cursor carries the sort, the sort key and the id of
the last event shown, so a deep page costs what the first one costs.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, column, func, literal, literal_column, or_, select, text, tuple_

from chronik.errors import InvalidParameter
from chronik.kb.base import fold
from chronik.store import schema
from chronik.store.event_index import fts_query

Record = dict[str, Any]
e, ea, ak = schema.events, schema.event_actors, schema.actor_keys

# the longest date interval an event can have: its date is one DateClaim, at most a year (model.Precision)
MAX_SPAN = dt.timedelta(days=366)

LIST_MAX = 2000  # an actor, country or text filter matching at most this many events is applied as a list

# sort name -> (key column, descending)
SORTS = {"date": (e.c.date_key, False), "-date": (e.c.date_key_desc, True),
         "confidence": (e.c.confidence, False), "-confidence": (e.c.confidence, True),
         "articles": (e.c.num_articles, False), "-articles": (e.c.num_articles, True)}


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The event filters of docs/api.md; None means any.  Values are already validated."""

    actor: str | None = None
    country: str | None = None
    type: str | None = None
    mode: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    place: str | None = None
    q: str | None = None
    min_confidence: float | None = None


def event_conditions(conn: Connection, query: EventQuery) -> list:
    """SQL conditions on ``events`` for every given filter of ``query`` (raises InvalidParameter
    for a ``q`` without words)."""
    conditions = []
    if query.type:
        conditions.append(e.c.type == query.type.upper())
    if query.mode:
        conditions.append(e.c.mode == query.mode)
    if query.min_confidence is not None:
        conditions.append(e.c.confidence >= query.min_confidence)
    if query.date_from:  # the bounds on the sort keys are implied, and let an ordered index scan start late
        low = query.date_from - MAX_SPAN
        conditions += [e.c.date_end >= query.date_from, e.c.date_key >= low, e.c.date_key_desc >= low]
    if query.date_to:
        conditions += [e.c.date_start <= query.date_to, e.c.date_key <= query.date_to,
                       e.c.date_key_desc <= query.date_to]
    if query.place:
        conditions.append(e.c.place_key.contains(fold(query.place), autoescape=True))
    if query.country:
        conditions.append(_membership(conn, select(ea.c.event_id).where(ea.c.country == query.country.upper())))
    if query.actor:
        named = conn.execute(actor_ids_named(query.actor).limit(LIST_MAX + 1)).scalars().all()
        actors = named if len(named) <= LIST_MAX else actor_ids_named(query.actor)
        conditions.append(_membership(conn, select(ea.c.event_id).where(ea.c.actor_id.in_(actors))))
    if query.q is not None:
        conditions.append(_text_condition(conn, query.q))
    return conditions


def actor_ids_named(name: str):
    """A subquery of actor ids whose id is ``name`` (any case) or whose name or alias contains it
    (case- and accent-insensitive)."""
    return select(ak.c.id).where(or_(ak.c.id == name, func.lower(ak.c.id) == name.lower(),
                                     ak.c.search_key.contains(fold(name), autoescape=True)))


def _membership(conn: Connection, ids: Select):
    """The condition "events.id is among ``ids``" (a select of event ids from event_actors), in the form
    that is fast for its size: up to LIST_MAX events as a list of ids (the query starts from them and
    sorts them), more as a per-row check while an index walks the events in sort order and stops at the
    page's end (SQLite: ``+events.id IN`` keeps the planner off the id index; PostgreSQL: an EXISTS
    with OFFSET 0 stays a per-row subplan)."""
    found = conn.execute(ids.distinct().limit(LIST_MAX + 1)).scalars().all()
    if len(found) <= LIST_MAX:
        return e.c.id.in_(found)
    if conn.dialect.name == "postgresql":
        return ids.where(ea.c.event_id == e.c.id).offset(0).exists()
    return literal_column("+events.id").in_(ids)


def _text_condition(conn: Connection, q: str):
    """Events whose sentences hold the words of ``q``, as a list of ids or a per-row check (see _membership)."""
    if conn.dialect.name == "postgresql":
        if not q.strip():
            raise InvalidParameter("q", "give at least one word")
        found = conn.execute(text("SELECT event_id FROM event_search WHERE tsv @@ plainto_tsquery('german', :q) "
                                  "LIMIT :n"), {"q": q, "n": LIST_MAX + 1}).scalars().all()
        if len(found) <= LIST_MAX:
            return e.c.id.in_(found)
        return text("EXISTS (SELECT 1 FROM event_search s WHERE s.event_id = events.id "
                    "AND s.tsv @@ plainto_tsquery('german', :q) OFFSET 0)").bindparams(q=q)
    match = fts_query(q)
    if match is None:
        raise InvalidParameter("q", "give at least one word")
    found = conn.execute(text("SELECT rowid FROM events_fts WHERE events_fts MATCH :fts LIMIT :n"),
                         {"fts": match, "n": LIST_MAX + 1}).scalars().all()
    if len(found) <= LIST_MAX:
        return literal_column("events.rowid").in_(found)
    return literal_column("+events.rowid").in_(
        text("SELECT rowid FROM events_fts WHERE events_fts MATCH :fts").bindparams(fts=match).columns(column("rowid")))


def event_page(conn: Connection, query: EventQuery, sort: str, limit: int,
               cursor: str | None = None) -> tuple[list[Record], str | None]:
    """One page of event records (with ``label``) in ``sort`` order after ``cursor``, and the cursor
    of the next page (None on the last).  Requires ``sort`` in SORTS and 1 <= limit."""
    key, descending = SORTS[sort]
    statement = select(e.c.id, key.label("sort_key")).where(*event_conditions(conn, query))
    if cursor:
        value, last_id = decode_cursor(cursor, sort)
        after = tuple_(key, e.c.id) < tuple_(literal(value), literal(last_id)) if descending else \
            tuple_(key, e.c.id) > tuple_(literal(value), literal(last_id))
        statement = statement.where(after)
    order = (key.desc(), e.c.id.desc()) if descending else (key.asc(), e.c.id.asc())
    # ids and keys first (the sort carries no JSON), then the records of the page by primary key
    rows = conn.execute(statement.order_by(*order).limit(limit + 1)).all()
    page = [row.id for row in rows[:limit]]
    records = dict(conn.execute(select(e.c.id, e.c.record).where(e.c.id.in_(page))).all()) if page else {}
    items = [with_label(records[i]) for i in page]
    following = None
    if len(rows) > limit:
        last = rows[limit - 1]
        following = encode_cursor(sort, last.sort_key, last.id)
    return items, following


def encode_cursor(sort: str, value: Any, event_id: str) -> str:
    """The opaque cursor after the event ``event_id`` whose sort key is ``value``."""
    if isinstance(value, str) and sort.endswith("date"):
        value = value[:10]
    if isinstance(value, dt.date):
        value = value.isoformat()
    raw = json.dumps([sort, value, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """(sort key value, last id) of ``cursor``; InvalidParameter('cursor') when it was not made by
    :func:`encode_cursor` for ``sort``."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        name, value, last_id = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise InvalidParameter("cursor", "not a cursor given by next_cursor") from None
    if name != sort:
        raise InvalidParameter("cursor", f"this cursor belongs to sort={name!r}, not sort={sort!r}")
    if not isinstance(last_id, str):
        raise InvalidParameter("cursor", "not a cursor given by next_cursor")
    return _cursor_value(sort, value), last_id


def _cursor_value(sort: str, value: Any) -> Any:
    try:
        if sort.endswith("date"):
            return dt.date.fromisoformat(value)
        if sort.endswith("articles") and isinstance(value, int) and not isinstance(value, bool):
            return value
        if sort.endswith("confidence") and isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    except (TypeError, ValueError):
        pass
    raise InvalidParameter("cursor", "not a cursor given by next_cursor")


def event_label(record: Record) -> str:
    """``CONSULT/visit  Wladimir Putin → Baschar al-Assad, Damaskus`` (a timeline line without date and count)."""
    kind = record["type"] + (f"/{record['mode']}" if record.get("mode") else "")
    who = ", ".join(a["name"] for a in record["source"]) or "?"
    whom = ", ".join(a["name"] for a in record["target"])
    where = f", {record['location']['name']}" if record.get("location") else ""
    return f"{kind}  {who}{' → ' + whom if whom else ''}{where}"


def with_label(record: Record) -> Record:
    """``record`` with its ``label`` added."""
    return {**record, "label": event_label(record)}


def timeline_items(conn: Connection, query: EventQuery, limit: int) -> tuple[list[Record], int]:
    """Dated events passing ``query`` in date order (at most ``limit``), and how many undated ones pass."""
    conditions = event_conditions(conn, query)
    rows = conn.execute(select(e.c.record).where(*conditions, e.c.date_start.is_not(None))
                        .order_by(e.c.date_key, e.c.id).limit(limit)).all()
    undated = conn.execute(select(func.count()).select_from(e).where(*conditions, e.c.date_start.is_(None))).scalar_one()
    return [_timeline_item(row.record) for row in rows], undated


def _timeline_item(record: Record) -> Record:
    date = record["date"]
    return {"id": record["id"], "start": date["start"], "end": date["end"], "precision": date["precision"],
            "type": record["type"], "mode": record.get("mode"), "label": event_label(record),
            "num_articles": record["num_articles"], "confidence": record["confidence"]}


def event_records(conn: Connection, query: EventQuery, limit: int) -> list[Record]:
    """At most ``limit`` records passing ``query``, newest first (undated last)."""
    statement = select(e.c.record).where(*event_conditions(conn, query))
    return [row.record for row in conn.execute(statement.order_by(e.c.date_key_desc.desc(), e.c.id.desc()).limit(limit))]


def count_events(conn: Connection, query: EventQuery) -> int:
    """How many events pass ``query``."""
    return conn.execute(select(func.count()).select_from(e).where(*event_conditions(conn, query))).scalar_one()
