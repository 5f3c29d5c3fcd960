"""Read queries of the REST API for single items: an event with its mentions, an actor, an article.

Each function takes an open connection and returns JSON-ready dicts in the
shapes of docs/api.md, or raises :class:`NotFoundError` /
:class:`InvalidParameter`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from chronik.errors import InvalidParameter, NotFoundError
from chronik.export import doc_name
from chronik.store import schema
from chronik.store.api_queries import with_label

Record = dict[str, Any]
e, ea, ak, em = schema.events, schema.event_actors, schema.actor_keys, schema.event_mentions
a, mt, tx, st = schema.articles, schema.mentions, schema.timexes, schema.sentences


def event_detail(conn: Connection, event_id: str) -> Record:
    """The event record with label, its mentions carrying article_id, title, url, published and
    sentence-relative highlights.  NotFoundError for an unknown id."""
    record = conn.execute(select(e.c.record).where(e.c.id == event_id)).scalar_one_or_none()
    if record is None:
        raise NotFoundError(f"no event with id {event_id!r}")
    rows = conn.execute(select(em.c.article_id, em.c.seq, em.c.mention, a.c.source, a.c.url, a.c.title,
                               a.c.published_value).join(a, a.c.id == em.c.article_id)
                        .where(em.c.event_id == event_id).order_by(a.c.published_start, em.c.article_id, em.c.seq)).all()
    sides = {side: {x["id"] for x in record[side]} for side in ("source", "target")}
    mentions = [_mention_detail(conn, row, sides) for row in rows]
    return {**with_label(record), "mentions": mentions or record["mentions"]}


def _mention_detail(conn: Connection, row, sides: dict[str, set[str]]) -> Record:
    mention = row.mention
    sentence = mention.get("sentence_text", "")
    offset = conn.execute(select(st.c.start).where(st.c.article_id == row.article_id,
                                                   st.c.idx == mention["sentence"])).scalar_one_or_none()
    highlights = _highlights(conn, row.article_id, mention, offset, len(sentence), sides) if offset is not None else []
    trigger = _find_word(sentence, mention.get("trigger") or "")
    if trigger:
        highlights.append({"start": trigger[0], "end": trigger[1], "kind": "trigger"})
    return {"doc": doc_name(row.source, row.url), "sentence": sentence, "start": mention["start"],
            "end": mention["end"], "trigger": mention.get("trigger"), "article_id": row.article_id,
            "title": row.title, "url": row.url, "published": row.published_value,
            "highlights": sorted(highlights, key=lambda h: (h["start"], h["end"]))}


def _highlights(conn: Connection, article_id: str, mention: Record, offset: int, length: int,
                sides: dict[str, set[str]]) -> list[Record]:
    """Actor, place and date spans inside the sentence (offsets relative to it)."""
    place_id = (mention.get("location") or {}).get("id")
    found = []
    for m in conn.execute(select(mt.c.start, mt.c.end, mt.c.actor_id, mt.c.place_id)
                          .where(mt.c.article_id == article_id, mt.c.sentence == mention["sentence"])):
        kind = next((side for side in ("source", "target") if m.actor_id in sides[side]), None)
        if kind is None and place_id and m.place_id == place_id:
            kind = "place"
        if kind:
            found.append({"start": m.start - offset, "end": m.end - offset, "kind": kind})
    date = (mention.get("date") or {}).get("value")
    if date:
        for t in conn.execute(select(tx.c.start, tx.c.end).where(tx.c.article_id == article_id, tx.c.value == date,
                                                                 tx.c.start >= offset, tx.c.end <= offset + length)):
            found.append({"start": t.start - offset, "end": t.end - offset, "kind": "date"})
    return [h for h in found if 0 <= h["start"] < h["end"] <= length]


def _find_word(sentence: str, word: str) -> tuple[int, int] | None:
    if not word:
        return None
    match = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", sentence) or re.search(re.escape(word), sentence)
    return match.span() if match else None


def article_detail(conn: Connection, id_or_prefix: str) -> Record:
    """An article with text, sentence offsets and the ids of the events it reports; ``id_or_prefix``
    may be a unique prefix of at least 4 characters."""
    if len(id_or_prefix) < 4:
        raise NotFoundError(f"no article with id {id_or_prefix!r} (give at least 4 characters)")
    rows = conn.execute(select(a.c.id, a.c.source, a.c.url, a.c.title, a.c.published_value, a.c.status, a.c.text)
                        .where(a.c.id.startswith(id_or_prefix, autoescape=True)).limit(2)).all()
    if not rows:
        raise NotFoundError(f"no article with id {id_or_prefix!r}")
    if len(rows) > 1:
        raise InvalidParameter("id", f"the prefix {id_or_prefix!r} is ambiguous; give more characters")
    row = rows[0]
    sentences = conn.execute(select(st.c.start, st.c.end).where(st.c.article_id == row.id).order_by(st.c.idx))
    events = conn.execute(select(em.c.event_id).where(em.c.article_id == row.id).distinct().order_by(em.c.event_id))
    return {"id": row.id, "source": row.source, "url": row.url, "title": row.title, "published": row.published_value,
            "status": row.status, "text": row.text, "sentences": [{"start": s, "end": t} for s, t in sentences],
            "events": [i for (i,) in events]}


def actor_page(conn: Connection, q: str | None, country: str | None, limit: int,
               after: tuple[int, str] | None) -> tuple[list[Record], tuple[int, str] | None]:
    """Actors by descending number of events (then id), filtered by name/id ``q`` and ``country``;
    ``after`` is the (events, id) of the last actor of the previous page.  Returns the page and the
    key of its last actor when more follow."""
    from chronik.store.api_queries import actor_ids_named

    events = func.count(func.distinct(ea.c.event_id)).label("events")
    statement = select(ak.c.id, ak.c.name, ak.c.country, ak.c.sector, events).join(ea, ea.c.actor_id == ak.c.id)
    if q:
        statement = statement.where(ak.c.id.in_(actor_ids_named(q)))
    if country:
        statement = statement.where(ak.c.country == country.upper())
    statement = statement.group_by(ak.c.id, ak.c.name, ak.c.country, ak.c.sector)
    if after:
        statement = statement.having(or_(events < after[0], and_(events == after[0], ak.c.id > after[1])))
    rows = conn.execute(statement.order_by(events.desc(), ak.c.id).limit(limit + 1)).all()
    items = [dict(r._mapping) for r in rows[:limit]]
    following = (items[-1]["events"], items[-1]["id"]) if len(rows) > limit else None
    return items, following


def actor_summary(conn: Connection, actor_id: str) -> Record:
    """Name, country, sector, aliases, counts by type, top 20 counterparts and the newest 50 event ids
    of an actor that takes part in stored events (NotFoundError otherwise)."""
    row = conn.execute(select(ak).where(ak.c.id == actor_id)).first()
    if row is None:
        raise NotFoundError(f"no actor with id {actor_id!r} takes part in a stored event")
    mine = select(ea.c.event_id).where(ea.c.actor_id == actor_id)
    by_type = conn.execute(select(e.c.type, func.count()).where(e.c.id.in_(mine)).group_by(e.c.type)
                           .order_by(func.count().desc(), e.c.type)).all()
    newest = conn.execute(select(e.c.id).where(e.c.id.in_(mine)).order_by(e.c.date_key_desc.desc(), e.c.id.desc())
                          .limit(50)).all()
    return {"id": row.id, "name": row.name, "country": row.country, "sector": row.sector,
            "aliases": list(row.aliases or []), "counts_by_type": {t: n for t, n in by_type},
            "counterparts": _counterparts(conn, actor_id), "events": [i for (i,) in newest]}


def _counterparts(conn: Connection, actor_id: str) -> list[Record]:
    other = ea.alias("other")
    events = func.count(func.distinct(other.c.event_id)).label("events")
    statement = (select(other.c.actor_id, ak.c.name, ak.c.country, events)
                 .join(ea, and_(ea.c.event_id == other.c.event_id, ea.c.actor_id == actor_id))
                 .join(ak, ak.c.id == other.c.actor_id).where(other.c.actor_id != actor_id)
                 .group_by(other.c.actor_id, ak.c.name, ak.c.country).order_by(events.desc(), other.c.actor_id).limit(20))
    return [{"id": r.actor_id, "name": r.name, "country": r.country, "events": r.events} for r in conn.execute(statement)]


def actor_series(conn: Connection, actor_id: str, scale: dict[str, float]) -> list[Record]:
    """Per month: mean cooperation–conflict value and number of counted events of the actor (dated, not
    negated, type on the scale), oldest month first; read from columns, not whole records."""
    mine = select(ea.c.event_id).where(ea.c.actor_id == actor_id)
    rows = conn.execute(select(e.c.type, e.c.date_start, e.c.record["modality"].as_string())
                        .where(e.c.id.in_(mine), e.c.date_start.is_not(None), e.c.type.in_(list(scale))))
    months: dict[str, list[float]] = defaultdict(list)
    for kind, start, modality in rows:
        if modality != "negated":
            months[start.isoformat()[:7]].append(scale[kind])
    return [{"month": m, "score": round(sum(v) / len(v), 2), "events": len(v)} for m, v in sorted(months.items())]


def story_inputs(conn: Connection) -> tuple[list[tuple[str, str]], dict[str, Record]]:
    """(event id, article id) links and article records (id, title, published) for chronicle.stories."""
    links = [(i, j) for i, j in conn.execute(select(em.c.event_id, em.c.article_id).distinct())]
    wanted = select(em.c.article_id).distinct()
    rows = conn.execute(select(a.c.id, a.c.title, a.c.published_value, a.c.published_start, a.c.published_end)
                        .where(a.c.id.in_(wanted)))
    articles = {r.id: {"id": r.id, "title": r.title, "published": {
        "value": r.published_value, "start": r.published_start.isoformat(), "end": r.published_end.isoformat()}
        if r.published_value else None} for r in rows}
    return links, articles


def counts(conn: Connection) -> dict[str, int]:
    """How many events, processed articles and actors the database holds."""
    count = lambda table, *where: conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
    return {"events": count(e), "articles": count(a, a.c.status == "processed"), "actors": count(ak)}
