"""The current database schema, as SQLAlchemy Core tables.

These Table objects are what queries are written against.  The DDL that
creates them lives in versioned Alembic migrations
(``store/migrations/versions/``); ``tests/store/test_store.py`` checks
that a database migrated to head has exactly these tables and columns.

Schema version 1 holds the foundation: inputs (what every run read and what
became of it), articles (with duplicate links), removed boilerplate spans,
sentences, MinHash band keys for near-duplicate lookup, and runs.  Version 2
adds TIMEX3 time expressions.  Version 3 adds actor and place mentions and
the actors and places they resolve to.  Version 4 adds event mentions and the
canonical events they are merged into.  Version 5 adds what the REST API
queries need (``store/event_index.py``): sort keys and a folded place name on
events, the actors of every event (``event_actors``), one row per actor with
its folded names (``actor_keys``), and full-text indexes that live outside
this metadata because they differ per dialect (SQLite FTS5 tables
``events_fts``/``articles_fts``; PostgreSQL ``event_search``/``article_search``
with tsvector columns and GIN indexes).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("inputs", JSON, nullable=False),
    Column("counts", JSON),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("status", String(20), nullable=False),  # processed | near_duplicate
    Column("duplicate_of", String(32), ForeignKey("articles.id")),
    Column("similarity", Float),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("lang", String(8)),
    Column("published_value", String(16)),
    Column("published_start", Date),
    Column("published_end", Date),
    Column("published_precision", String(8)),
    Column("published_evidence", Text),
    Column("published_confidence", Float),
    Column("dateline", Text),
    Column("raw_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("meta", JSON, nullable=False),
    Column("minhash", LargeBinary),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_articles_published_start", "published_start"),
)

inputs = Table(
    "inputs",
    metadata,
    Column("source", Text, primary_key=True),
    # "" for a skipped input; one row per (source, content): the same name with other text is another input
    Column("content_hash", String(64), primary_key=True),
    Column("status", String(20), nullable=False),  # new | duplicate | near_duplicate | skipped
    Column("reason", String(40)),
    Column("detail", Text),
    Column("article_id", String(32), ForeignKey("articles.id")),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

removed_spans = Table(
    "removed_spans",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("reason", String(40), nullable=False),
    Column("text", Text, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("tokens", JSON, nullable=False),  # [[start, end], ...] into articles.text
)

timexes = Table(
    "timexes",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", String(10), nullable=False),  # DATE, TIME, DURATION, SET
    Column("value", String(40), nullable=False),  # TIMEX3 value: 2015-10-20, P3D, PRESENT_REF …
    Column("mod", String(10)),  # START, MID, END, APPROX, BEFORE, AFTER
)

minhash_bands = Table(
    "minhash_bands",
    metadata,
    Column("band_key", BigInteger, primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)


mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(8), nullable=False),  # PER ORG STATE LOC DESC GROUP PRON
    Column("text", Text, nullable=False),
    Column("how", String(40), nullable=False),
    Column("candidates", JSON, nullable=False),
    Column("actor_id", String(200)),
    Column("place_id", String(64)),
    Column("country", String(3)),
    Column("sector", String(8)),
    Column("office", String(40)),
    Column("title", Text),
    Index("ix_mentions_actor", "actor_id"),
    Index("ix_mentions_place", "place_id"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(200), primary_key=True),  # Wikidata QID, kb:<slug>, per:/org:/grp:<slug>
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("country", String(3)),
    Column("sector", String(8)),
    Column("title", Text),
    Column("aliases", JSON, nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("id", String(64), primary_key=True),  # gn:<geonameid> or kb:<slug>
    Column("name", Text, nullable=False),
    Column("geonames_id", BigInteger),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(3)),
)

events = Table(
    "events",
    metadata,
    Column("id", String(24), primary_key=True),
    Column("type", String(12), nullable=False),
    Column("mode", String(24)),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("num_articles", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("record", JSON, nullable=False),  # the export-contract record (chronik.export)
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("date_key", Date),  # date_start, undated = 9999-12-31 (ascending sort: undated last)
    Column("date_key_desc", Date),  # date_start, undated = 0001-01-01 (descending sort: undated last)
    Column("place_key", Text),  # folded place name (chronik.kb.base.fold), "" without a place
    Index("ix_events_type_date", "type", "date_start"),
    Index("ix_events_date_key", "date_key", "id"),
    Index("ix_events_date_key_desc", "date_key_desc", "id"),
    Index("ix_events_type_key", "type", "date_key", "id"),
    Index("ix_events_confidence", "confidence", "id"),
    Index("ix_events_articles", "num_articles", "id"),
    # covering index: filtering events found through event_actors or full text reads no JSON row
    Index("ix_events_cover", "id", "type", "date_key", "date_key_desc", "confidence", "num_articles", "date_start",
          "date_end", "mode", "place_key"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(24), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", String(200), primary_key=True),
    Column("side", String(6), primary_key=True),  # source | target
    Column("country", String(3)),
    Index("ix_event_actors_actor", "actor_id", "event_id"),
    Index("ix_event_actors_country", "country", "event_id"),
)

actor_keys = Table(
    "actor_keys",
    metadata,
    Column("id", String(200), primary_key=True),  # the actor id of event records
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("sector", String(8)),
    Column("aliases", JSON, nullable=False),
    Column("search_key", Text, nullable=False),  # folded name and aliases, joined by "|"
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("event_id", String(24), ForeignKey("events.id"), nullable=False),
    Column("type", String(12), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("mention", JSON, nullable=False),  # the EventMention (chronik.export.mention_to_dict)
    Index("ix_event_mentions_event", "event_id"),
    Index("ix_event_mentions_type", "type", "date_start"),
)
