"""What the API's queries need beside the events table, kept in step with it (schema version 5).

For every canonical event: its sort keys and folded place name (columns of
``events``), its actors (``event_actors``), the folded names of those actors
(``actor_keys``) and the text of its sentences in a full-text index.  For
every processed article: its title and text in a full-text index.  The
full-text tables differ per dialect and are not in ``schema.metadata``:

- SQLite: FTS5 tables ``events_fts(body)`` and ``articles_fts(title, body)``
  whose rowids are the rowids of ``events`` and ``articles`` (tokenizer
  ``unicode61 remove_diacritics 2``; FTS5 has no German stemmer, so queries
  match word prefixes instead, see :func:`fts_query`).
- PostgreSQL: tables ``event_search(event_id, tsv)`` and
  ``article_search(article_id, tsv)`` with ``to_tsvector('german', …)`` and
  GIN indexes.

:func:`index_events` and :func:`index_articles` run inside the write
transaction of a batch (``event_store._write_events``, ``Repository.write_batch``)
and in migration 0005's backfill, so an upgraded database and a new one hold
the same rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, delete, select, text
from sqlalchemy.dialects import postgresql, sqlite

from chronik.kb.base import fold
from chronik.store import schema

UNDATED_ASC = dt.date(9999, 12, 31)
UNDATED_DESC = dt.date(1, 1, 1)
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
_MAX_TSV_CHARS = 200_000  # a PostgreSQL tsvector holds at most 1 MB
_WORD = re.compile(r"\w+", re.UNICODE)

Record = dict[str, Any]


def index_columns(record: Record) -> dict[str, Any]:
    """The version-5 columns of an events row for contract record ``record``: date_key,
    date_key_desc (ISO start, undated at the end of either order) and place_key (folded, "" if none)."""
    date = record.get("date")
    start = dt.date.fromisoformat(date["start"]) if date else None
    place = (record.get("location") or {}).get("name") or ""
    return {"date_key": start or UNDATED_ASC, "date_key_desc": start or UNDATED_DESC, "place_key": fold(place)}


def actor_rows(record: Record) -> list[dict[str, Any]]:
    """One event_actors row per (actor, side) of ``record`` (duplicates within a side dropped)."""
    rows = {}
    for side in ("source", "target"):
        for actor in record.get(side) or []:
            rows[(actor["id"], side)] = dict(event_id=record["id"], actor_id=actor["id"], side=side,
                                             country=actor.get("country"))
    return list(rows.values())


def actor_key_row(actor: Record) -> dict[str, Any]:
    """The actor_keys row of one contract actor: its name and aliases folded into ``search_key``."""
    names = [actor["name"], *(actor.get("aliases") or [])]
    return dict(id=actor["id"], name=actor["name"], country=actor.get("country"), sector=actor.get("sector"),
                aliases=list(actor.get("aliases") or []), search_key="|".join(fold(n) for n in names))


def event_text(record: Record) -> str:
    """The text the full-text index holds for an event: its mentions' sentences."""
    return "\n".join(m.get("sentence") or "" for m in record.get("mentions") or [])


def index_events(conn: Connection, records: list[Record]) -> None:
    """Refresh event_actors, actor_keys and the event full-text index for ``records`` (their events
    rows must exist).  Idempotent: earlier rows of these events are replaced."""
    if not records:
        return
    ids = [r["id"] for r in records]
    ea = schema.event_actors
    conn.execute(delete(ea).where(ea.c.event_id.in_(ids)))
    rows = [row for r in records for row in actor_rows(r)]
    if rows:
        conn.execute(ea.insert(), rows)
    _upsert_actor_keys(conn, {a["id"]: a for r in records for a in r.get("source", []) + r.get("target", [])})
    if conn.dialect.name == "postgresql":
        _index_events_pg(conn, records)
    else:
        _index_events_sqlite(conn, records)


def _upsert_actor_keys(conn: Connection, actors: dict[str, Record]) -> None:
    if not actors:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(schema.actor_keys)
    columns = ("name", "country", "sector", "aliases", "search_key")
    statement = statement.on_conflict_do_update(index_elements=["id"],
                                                set_={c: getattr(statement.excluded, c) for c in columns})
    conn.execute(statement, [actor_key_row(a) for a in actors.values()])


def _index_events_sqlite(conn: Connection, records: list[Record]) -> None:
    ids = [r["id"] for r in records]
    rowids = dict(conn.execute(select(schema.events.c.id, text("events.rowid")).where(schema.events.c.id.in_(ids))).all())
    present = [(rowids[r["id"]], event_text(r)) for r in records if r["id"] in rowids]
    if not present:
        return
    conn.execute(text("DELETE FROM events_fts WHERE rowid = :rowid"), [{"rowid": rid} for rid, _ in present])
    conn.execute(text("INSERT INTO events_fts(rowid, body) VALUES (:rowid, :body)"),
                 [{"rowid": rid, "body": body} for rid, body in present])


def _index_events_pg(conn: Connection, records: list[Record]) -> None:
    conn.execute(text("INSERT INTO event_search(event_id, tsv) VALUES (:id, to_tsvector('german', :body)) "
                      "ON CONFLICT (event_id) DO UPDATE SET tsv = EXCLUDED.tsv"),
                 [{"id": r["id"], "body": event_text(r)[:_MAX_TSV_CHARS]} for r in records])


def index_articles(conn: Connection, article_ids: Iterable[str]) -> None:
    """Put the title and text of the processed articles among ``article_ids`` into the article
    full-text index (already indexed ones are left as they are; near-duplicates are not indexed)."""
    ids = list(set(article_ids))
    if not ids:
        return
    if conn.dialect.name == "postgresql":
        sql = ("INSERT INTO article_search(article_id, tsv) SELECT id, "
               "setweight(to_tsvector('german', coalesce(title, '')), 'A') || "
               f"to_tsvector('german', left(text, {_MAX_TSV_CHARS})) FROM articles "
               "WHERE id = ANY(:ids) AND status = 'processed' ON CONFLICT (article_id) DO NOTHING")
        conn.execute(text(sql), {"ids": ids})
        return
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        _index_articles_sqlite(conn, chunk)


def _index_articles_sqlite(conn: Connection, ids: list[str]) -> None:
    a = schema.articles
    found = conn.execute(select(text("articles.rowid"), a.c.title, a.c.text)
                         .where(a.c.id.in_(ids), a.c.status == "processed")).all()
    if not found:
        return
    params = {f"r{i}": row[0] for i, row in enumerate(found)}
    known = {r for (r,) in conn.execute(text(f"SELECT rowid FROM articles_fts WHERE rowid IN "
                                             f"({', '.join(':' + k for k in params)})"), params)}
    rows = [{"rowid": rid, "title": title or "", "body": body} for rid, title, body in found if rid not in known]
    if rows:
        conn.execute(text("INSERT INTO articles_fts(rowid, title, body) VALUES (:rowid, :title, :body)"), rows)


def fts_query(q: str) -> str | None:
    """The SQLite FTS5 query for user text ``q``: every word as a quoted prefix term, all required
    (so 'Luftangriff' finds 'Luftangriffe'); None when ``q`` has no word.  Quoting makes FTS5 syntax
    in ``q`` (quotes, NEAR, column filters, *) plain text."""
    words = _WORD.findall(q)[:16]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '') + '"*' for w in words)


def create_search_tables(conn: Connection) -> None:
    """Create the dialect's full-text tables (used by migration 0005)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("CREATE TABLE event_search (event_id VARCHAR(24) PRIMARY KEY "
                          "REFERENCES events(id) ON DELETE CASCADE, tsv TSVECTOR NOT NULL)"))
        conn.execute(text("CREATE INDEX ix_event_search_tsv ON event_search USING GIN (tsv)"))
        conn.execute(text("CREATE TABLE article_search (article_id VARCHAR(32) PRIMARY KEY "
                          "REFERENCES articles(id) ON DELETE CASCADE, tsv TSVECTOR NOT NULL)"))
        conn.execute(text("CREATE INDEX ix_article_search_tsv ON article_search USING GIN (tsv)"))
        return
    conn.execute(text(f"CREATE VIRTUAL TABLE events_fts USING fts5(body, tokenize='{FTS_TOKENIZER}')"))
    conn.execute(text(f"CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize='{FTS_TOKENIZER}')"))


def drop_search_tables(conn: Connection) -> None:
    """Drop the dialect's full-text tables (migration 0005's downgrade)."""
    names = ("event_search", "article_search") if conn.dialect.name == "postgresql" else ("events_fts", "articles_fts")
    for name in names:
        conn.execute(text(f"DROP TABLE IF EXISTS {name}"))
