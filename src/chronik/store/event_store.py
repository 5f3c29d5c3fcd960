"""Event mentions and canonical events in the store: incremental merge inside a batch's transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Select, extract, or_, select

from chronik.export import doc_name, event_record, mention_from_dict, mention_to_dict
from chronik.merge import Canonical, Reported, joinable_types, merge_into
from chronik.model import Article, Status
from chronik.store import schema
from chronik.store.event_index import index_columns, index_events

_WINDOW = dt.timedelta(days=31)  # existing events farther from every new date cannot merge
_UNDATED_CAP = 8  # more fitting events than this: an undated mention is ambiguous, load none


def merge_batch(conn: Connection, articles: list[Article], dialect_insert, now: dt.datetime) -> None:
    """Store the event mentions of ``articles`` and merge them into canonical events (same transaction)."""
    reported = [Reported(a.id, doc_name(a.source, a.url), i, e, a.published.end if a.published else None)
                for a in articles if a.status != Status.NEAR_DUPLICATE for i, e in enumerate(a.events)]
    known = _known_mentions(conn, {r.article_id for r in reported})
    reported = [r for r in reported if (r.article_id, r.seq) not in known]
    if not reported:
        return
    sentences = {(a.id, s.index): s.text_in(a.text) for a in articles for s in a.sentences}
    existing = _load_candidates(conn, reported)
    touched = merge_into(existing, reported)
    if not touched:
        return  # only references that joined no known act
    event_of = {(r.article_id, r.seq): e.id for e in touched for r in e.mentions}
    _write_events(conn, touched, sentences, dialect_insert, now)
    conn.execute(dialect_insert(schema.event_mentions).on_conflict_do_nothing(), [
        dict(article_id=r.article_id, seq=r.seq, event_id=event_of[(r.article_id, r.seq)], type=r.event.type,
             date_start=r.event.date.start if r.event.date else None,
             date_end=r.event.date.end if r.event.date else None,
             mention={**mention_to_dict(r.event), "sentence_text": sentences.get((r.article_id, r.event.sentence), "")})
        for r in reported if (r.article_id, r.seq) in event_of])  # a reference that joined nothing is dropped


def _known_mentions(conn: Connection, article_ids: set[str]) -> set[tuple[str, int]]:
    if not article_ids:
        return set()
    em = schema.event_mentions
    return {(a, s) for a, s in conn.execute(select(em.c.article_id, em.c.seq).where(em.c.article_id.in_(article_ids)))}


def _load_candidates(conn: Connection, reported: list[Reported]) -> list[Canonical]:
    """Existing canonical events a new mention can join (``merge_into``), each with all its mentions."""
    return _load_events(conn, _dated_candidates(reported), _undated_candidates(conn, reported))


def _dated_candidates(reported: list[Reported]) -> Select | None:
    """Existing events a new dated mention can join.

    Only dated events can be joined by another article's mention (``merge_into``;
    an article's mentions are stored together, so no existing event is of a new
    mention's own article).  So: events of the dated mentions' types with a
    dated mention within ``_WINDOW`` of their dates.  Undated events are never
    loaded, so the work per batch does not grow with the store.  Returns the
    query of their ids (None without dated mentions).
    """
    em = schema.event_mentions
    dated = [r for r in reported if r.event.date]
    if not dated:
        return None
    low = min(r.event.date.start for r in dated) - _WINDOW
    high = max(r.event.date.end for r in dated) + _WINDOW
    types = set().union(*(joinable_types(r.event.type) for r in dated))
    return select(em.c.event_id).where(em.c.type.in_(types), em.c.date_start <= high,
                                       em.c.date_end >= low)


def _undated_candidates(conn: Connection, reported: list[Reported]) -> set[str]:
    """Existing events a new undated mention may mean: dated, of its type, begun by the day its article
    appeared, naming one of its named actors, or, where none does, an actor of their countries.

    An undated mention joins only an unambiguous event (``merge._only_known_match``), so where more than
    ``_UNDATED_CAP`` events fit a query none is loaded: the work per mention stays bounded, and in a large
    store a mention naming only a much-reported country's leader finds no event to join.
    """
    found: set[str] = set()
    for r in reported:
        named = [a for a in (*r.event.source, *r.event.target) if a.kind != "group"]
        if r.event.date or not named:
            continue
        if r.published is None:
            found |= _same_day_events(conn, r, {a.id for a in named}) if r.event.partial_date else set()
            continue
        hits = _fitting_events(conn, r, schema.event_actors.c.actor_id.in_({a.id for a in named}))
        if hits == set():  # no event names them: one of their country's actors may stand for them
            hits = _fitting_events(conn, r, schema.event_actors.c.country.in_({a.country for a in named if a.country}))
        found |= hits or set()
    return found


def _fitting_events(conn: Connection, r: Reported, actor_clause) -> set[str] | None:
    """Dated events of ``r``'s joinable types, begun by its publication day, with an actor row that
    ``actor_clause`` selects; None when more than ``_UNDATED_CAP`` fit."""
    e, ea = schema.events, schema.event_actors
    query = select(ea.c.event_id).join(e, e.c.id == ea.c.event_id).where(
        actor_clause, e.c.type.in_(joinable_types(r.event.type)), e.c.date_start <= r.published).distinct().limit(
        _UNDATED_CAP + 1)
    hits = {row.event_id for row in conn.execute(query)}
    return hits if len(hits) <= _UNDATED_CAP else None


def _same_day_events(conn: Connection, r: Reported, named: set[str]) -> set[str]:
    """Events of ``r``'s joinable types dated to one day of the month and day of its ``partial_date``
    ("XXXX-12-08", any year) with an actor row of one of the ids ``named``; none when more than
    ``_UNDATED_CAP`` fit (``merge._only_same_day`` joins only an unambiguous one)."""
    e, ea = schema.events, schema.event_actors
    month, day = int(r.event.partial_date[5:7]), int(r.event.partial_date[8:10])
    query = select(ea.c.event_id).join(e, e.c.id == ea.c.event_id).where(
        ea.c.actor_id.in_(named), e.c.type.in_(joinable_types(r.event.type)), e.c.date_start == e.c.date_end,
        extract("month", e.c.date_start) == month, extract("day", e.c.date_start) == day).distinct().limit(
        _UNDATED_CAP + 1)
    hits = {row.event_id for row in conn.execute(query)}
    return hits if len(hits) <= _UNDATED_CAP else set()


def _load_events(conn: Connection, near: Select | None, event_ids: set[str]) -> list[Canonical]:
    """The events whose ids the query ``near`` selects or ``event_ids`` lists, each with all its mentions,
    ordered by id."""
    em, a = schema.event_mentions, schema.articles
    wanted = [em.c.event_id.in_(near)] if near is not None else []
    wanted += [em.c.event_id.in_(sorted(event_ids))] if event_ids else []
    if not wanted:
        return []
    query = select(em.c.event_id, em.c.article_id, em.c.seq, em.c.mention, a.c.source, a.c.url).join(
        a, a.c.id == em.c.article_id).where(or_(*wanted))
    events: dict[str, Canonical] = {}
    for row in conn.execute(query.order_by(em.c.event_id, em.c.article_id, em.c.seq)):
        event = events.setdefault(row.event_id, Canonical(row.event_id))
        event.mentions.append(Reported(row.article_id, doc_name(row.source, row.url), row.seq,
                                       mention_from_dict(row.mention)))
    return list(events.values())


def _write_events(conn: Connection, touched: list[Canonical], sentences: dict, dialect_insert, now: dt.datetime) -> None:
    em = schema.event_mentions
    old = [(r.article_id, r.event.sentence) for e in touched for r in e.mentions if (r.article_id, r.event.sentence) not in sentences]
    if old:
        rows = conn.execute(select(em.c.article_id, em.c.mention).where(em.c.event_id.in_([e.id for e in touched])))
        for article_id, mention in rows:
            sentences.setdefault((article_id, mention["sentence"]), mention.get("sentence_text", ""))
    statement = dialect_insert(schema.events)
    columns = ("type", "mode", "date_start", "date_end", "num_articles", "confidence", "record", "updated_at",
               "date_key", "date_key_desc", "place_key")
    statement = statement.on_conflict_do_update(index_elements=["id"],
                                                set_={c: getattr(statement.excluded, c) for c in columns})
    rows = [_event_row(e, sentences, now) for e in touched]
    conn.execute(statement, rows)
    index_events(conn, [row["record"] for row in rows])  # the API's actor, sort and full-text indexes


def _event_row(event: Canonical, sentences: dict, now: dt.datetime) -> dict[str, Any]:
    record = event_record(event, sentences)
    date = event.date()
    return dict(id=event.id, type=record["type"], mode=record["mode"], date_start=date.start if date else None,
                date_end=date.end if date else None, num_articles=record["num_articles"],
                confidence=record["confidence"], record=record, updated_at=now, **index_columns(record))


def query_records(conn: Connection, flt) -> list[dict[str, Any]]:
    """Export-contract records of the canonical events that pass ``flt`` (an EventFilter), chronologically."""
    from chronik.chronicle import sort_key

    e = schema.events
    query = select(e.c.record)
    if flt.type:
        query = query.where(e.c.type == flt.type.upper())
    if flt.min_confidence is not None:
        query = query.where(e.c.confidence >= flt.min_confidence)
    if flt.date_from:
        query = query.where(e.c.date_end >= flt.date_from)
    if flt.date_to:
        query = query.where(e.c.date_start <= flt.date_to)
    records = [row.record for row in conn.execute(query)]
    return sorted((r for r in records if flt.keeps(r)), key=sort_key)
