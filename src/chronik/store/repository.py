"""Repository functions: everything chronik reads from and writes to the store.

Writes are idempotent: articles and their children are inserted with
"on conflict do nothing" (keyed by id and content hash), so writing the same
batch twice, or two processes writing overlapping batches, leaves one copy.
Each batch is written in one transaction: a crash loses at most the batch in
flight, never half an article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from chronik.errors import InputError, StoreError
from chronik.model import Article, DateClaim, Precision, RemovedSpan, Sentence, Skipped, Status, TimeEx, Token
from chronik.store import schema
from chronik.store.actor_rows import load_mentions, mention_rows
from chronik.store.db import create_db_engine, current_revision, migrate
from chronik.store.event_index import index_articles
from chronik.store.event_store import merge_batch, query_records


@dataclass(slots=True)
class InputRecord:
    """What became of one input (a source name with a given content) in a run.

    ``content_hash`` is empty for a skipped input (its content was not read).
    """

    source: str
    status: Status
    article_id: str | None = None
    reason: str | None = None
    detail: str | None = None
    content_hash: str = ""


@dataclass(slots=True)
class Batch:
    """Everything one batch writes: processed articles, near-duplicates, input records."""

    articles: list[tuple[Article, bytes | None, list[int]]] = field(default_factory=list)
    inputs: list[InputRecord] = field(default_factory=list)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Store:
    """A chronik database (SQLite or PostgreSQL) at the newest schema version."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str, create: bool = True) -> Store:
        """Open the database at path or URL ``db``, migrating its schema to the newest version.

        With ``create=False`` a database without chronik's schema is an
        :class:`InputError` instead of being given one (for read-only commands).
        """
        engine = create_db_engine(db)
        if not create and current_revision(engine) is None:
            engine.dispose()
            raise InputError(f"{db!r} is not a chronik database (no chronik tables); "
                             f"create one with `chronik run PATH --db {db}`")
        migrate(engine)
        return cls(engine)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    # ---- runs -----------------------------------------------------------------
    def start_run(self, inputs: list[str]) -> int:
        """Record the start of a run over ``inputs``; return its id."""
        with _store_errors("start a run"), self.engine.begin() as conn:
            result = conn.execute(insert(schema.runs).values(started_at=_now(), inputs=inputs))
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        """Record the end of run ``run_id`` and its summary counts."""
        with _store_errors("finish the run"), self.engine.begin() as conn:
            conn.execute(
                update(schema.runs).where(schema.runs.c.id == run_id).values(finished_at=_now(), counts=counts)
            )

    # ---- lookups used while ingesting --------------------------------------------
    def articles_by_hash(self, hashes: Iterable[str]) -> dict[str, str]:
        """Map each known content hash among ``hashes`` to its article id."""
        hashes = list(set(hashes))
        if not hashes:
            return {}
        query = select(schema.articles.c.content_hash, schema.articles.c.id).where(
            schema.articles.c.content_hash.in_(hashes)
        )
        with self.engine.connect() as conn:
            return {h: i for h, i in conn.execute(query)}

    def known_inputs(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], InputRecord]:
        """The stored record of each already-seen (source, content hash) among ``keys``."""
        wanted = set(keys)
        if not wanted:
            return {}
        t = schema.inputs
        query = select(t).where(t.c.source.in_({source for source, _ in wanted}))
        with self.engine.connect() as conn:
            records = [_input_record(r) for r in conn.execute(query)]
        return {(r.source, r.content_hash): r for r in records if (r.source, r.content_hash) in wanted}

    def inputs_named(self, source: str) -> list[InputRecord]:
        """Every stored record of inputs named ``source`` (one per content seen under that name)."""
        t = schema.inputs
        with self.engine.connect() as conn:
            return [_input_record(r) for r in conn.execute(select(t).where(t.c.source == source))]

    def band_candidates(self, band_keys: Iterable[int]) -> list[tuple[int, str, bytes]]:
        """(band key, article id, signature) of every stored article sharing one of ``band_keys``."""
        keys = list(set(band_keys))
        if not keys:
            return []
        a, b = schema.articles, schema.minhash_bands
        query = (select(b.c.band_key, a.c.id, a.c.minhash).join(a, b.c.article_id == a.c.id)
                 .where(b.c.band_key.in_(keys)))
        with self.engine.connect() as conn:
            return [(k, i, bytes(m)) for k, i, m in conn.execute(query) if m is not None]

    # ---- writing ---------------------------------------------------------------
    def write_batch(self, batch: Batch, run_id: int | None = None) -> None:
        """Write a batch in one transaction; rows that already exist are left alone."""
        rows: dict[str, list[dict[str, Any]]] = {"articles": [], "removed": [], "sentences": [], "timexes": [],
                                                 "bands": [], "mentions": [], "actors": [], "places": []}
        for article, signature, bands in batch.articles:
            _article_rows(article, signature, bands, run_id, rows)
        with _store_errors("write a batch"), self.engine.begin() as conn:
            _serialise_writers(conn)
            _insert_ignore(conn, schema.articles, rows["articles"])
            _insert_ignore(conn, schema.removed_spans, rows["removed"])
            _insert_ignore(conn, schema.sentences, rows["sentences"])
            _insert_ignore(conn, schema.timexes, rows["timexes"])
            _insert_ignore(conn, schema.minhash_bands, rows["bands"])
            _insert_ignore(conn, schema.actors, _unique_by_id(rows["actors"]))
            _insert_ignore(conn, schema.places, _unique_by_id(rows["places"]))
            _insert_ignore(conn, schema.mentions, rows["mentions"])
            index_articles(conn, [r["id"] for r in rows["articles"]])
            merge_batch(conn, [a for a, _, _ in batch.articles], _dialect(conn).insert, _now())
            _upsert_inputs(conn, batch.inputs, run_id)

    # ---- reading ---------------------------------------------------------------
    def list_articles(self, limit: int = 50, offset: int = 0, status: str | None = None) -> list[dict[str, Any]]:
        """Articles ordered by publication date then id, as plain dicts (no texts)."""
        a = schema.articles
        cols = [a.c.id, a.c.source, a.c.title, a.c.lang, a.c.status, a.c.duplicate_of,
                a.c.published_value, a.c.published_precision, a.c.outlet, a.c.url]
        query = select(*cols).order_by(a.c.published_start.is_(None), a.c.published_start, a.c.id)
        if status:
            query = query.where(a.c.status == status)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]

    def get_article(self, id_or_prefix: str) -> Article:
        """Load one article with its removed spans and sentences.

        Accepts a unique id prefix (at least 4 characters).  Raises
        :class:`InputError` when nothing or more than one article matches.
        """
        with self.engine.connect() as conn:
            row = _find_article_row(conn, id_or_prefix)
            removed = conn.execute(
                select(schema.removed_spans).where(schema.removed_spans.c.article_id == row.id)
                .order_by(schema.removed_spans.c.seq)
            )
            sents = conn.execute(
                select(schema.sentences).where(schema.sentences.c.article_id == row.id)
                .order_by(schema.sentences.c.idx)
            )
            article = _article_from_rows(row, removed, sents)
            times = conn.execute(select(schema.timexes).where(schema.timexes.c.article_id == row.id)
                                 .order_by(schema.timexes.c.seq))
            article.timexes = [TimeEx(t.start, t.end, t.type, t.value, t.mod) for t in times]
            load_mentions(conn, article)
            return article

    def event_records(self, flt) -> list[dict[str, Any]]:
        """Canonical events (export-contract records) passing ``flt`` (a chronicle.EventFilter)."""
        with _store_errors("read events"), self.engine.connect() as conn:
            return query_records(conn, flt)

    def event_article_links(self) -> list[tuple[str, str]]:
        """(event id, article id) for every stored event mention."""
        em = schema.event_mentions
        with _store_errors("read events"), self.engine.connect() as conn:
            return [(e, a) for e, a in conn.execute(select(em.c.event_id, em.c.article_id).distinct())]

    def article_records(self) -> list[dict[str, Any]]:
        """Every stored article as an export record: id, source, url, title, published."""
        a = schema.articles
        query = select(a.c.id, a.c.source, a.c.url, a.c.title, a.c.status, a.c.published_value, a.c.published_start,
                       a.c.published_end, a.c.published_precision, a.c.published_evidence).order_by(a.c.source)
        with _store_errors("read articles"), self.engine.connect() as conn:
            return [_article_record(r) for r in conn.execute(query)]

    def counts(self) -> dict[str, Any]:
        """Totals: articles by status, inputs by status, skipped inputs by reason, sentences."""
        with self.engine.connect() as conn:
            return {
                "articles": _group_count(conn, schema.articles.c.status),
                "inputs": _group_count(conn, schema.inputs.c.status),
                "skipped": _group_count(conn, schema.inputs.c.reason, schema.inputs.c.status == "skipped"),
                "sentences": conn.execute(select(func.count()).select_from(schema.sentences)).scalar_one(),
            }

    def skipped_inputs(self) -> list[InputRecord]:
        """Every input that was skipped, with its reason and detail."""
        t = schema.inputs
        query = select(t).where(t.c.status == "skipped").order_by(t.c.source)
        with self.engine.connect() as conn:
            return [_input_record(r) for r in conn.execute(query)]


@contextmanager
def _store_errors(doing: str) -> Iterator[None]:
    """Turn a database failure into one StoreError line (the transaction is rolled back)."""
    try:
        yield
    except SQLAlchemyError as exc:
        first = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
        raise StoreError(f"could not {doing}: {first[0] if first else type(exc).__name__}") from None


def _group_count(conn: Connection, column, where=None) -> dict[str, int]:
    query = select(column, func.count()).group_by(column)
    if where is not None:
        query = query.where(where)
    return {str(k): n for k, n in conn.execute(query)}


def _article_record(row) -> dict[str, Any]:
    published = None
    if row.published_value:
        published = {"value": row.published_value, "start": row.published_start.isoformat(),
                     "end": row.published_end.isoformat(), "precision": row.published_precision,
                     "evidence": row.published_evidence}
    return {"id": row.id, "source": row.source, "url": row.url, "title": row.title, "status": row.status,
            "published": published}


_WRITE_LOCK = 7247285  # PostgreSQL advisory lock held by a batch's transaction (migrations use 7247284)


def _serialise_writers(conn: Connection) -> None:
    """On PostgreSQL, let one batch at a time write: concurrent runs on overlapping inputs then see each
    other's articles and events instead of merging the same mentions twice.  (SQLite allows one writer
    anyway; a second waits on its busy timeout.)"""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK})


def _dialect(conn: Connection):
    """The SQLAlchemy dialect module of ``conn`` (for INSERT … ON CONFLICT)."""
    return postgresql if conn.dialect.name == "postgresql" else sqlite


def _insert_ignore(conn: Connection, table, rows: list[dict[str, Any]]) -> None:
    """INSERT rows, silently skipping those whose keys already exist."""
    if not rows:
        return
    conn.execute(_dialect(conn).insert(table).on_conflict_do_nothing(), rows)


def _article_rows(article: Article, signature: bytes | None, bands: list[int], run_id: int | None,
                  rows: dict[str, list[dict[str, Any]]]) -> None:
    """Append the rows of one article and its children to ``rows`` (one list per table)."""
    rows["articles"].append(_article_row(article, signature, run_id))
    rows["removed"] += [dict(article_id=article.id, seq=i, start=r.start, end=r.end, reason=r.reason, text=r.text)
                        for i, r in enumerate(article.removed)]
    # a Token is a (start, end) tuple, stored as a JSON pair as it is
    rows["sentences"] += [dict(article_id=article.id, idx=s.index, start=s.start, end=s.end, tokens=s.tokens)
                          for s in article.sentences]
    rows["timexes"] += [dict(article_id=article.id, seq=i, start=t.start, end=t.end, type=t.type, value=t.value,
                             mod=t.mod) for i, t in enumerate(article.timexes)]
    rows["bands"] += [dict(band_key=k, article_id=article.id) for k in set(bands)]
    for table, table_rows in mention_rows(article).items():
        rows[table] += table_rows


def _unique_by_id(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per id (the first): a batch may resolve the same actor in many articles."""
    return list({r["id"]: r for r in reversed(rows)}.values())


def _article_row(article: Article, signature: bytes | None, run_id: int | None) -> dict[str, Any]:
    p = article.published
    return dict(
        id=article.id, content_hash=article.meta.get("content_hash", article.id), source=article.source,
        status="near_duplicate" if article.status == Status.NEAR_DUPLICATE else "processed",
        duplicate_of=article.duplicate_of, similarity=article.meta.get("similarity"),
        url=article.url, title=article.title, outlet=article.outlet, lang=article.lang,
        published_value=p.value if p else None, published_start=p.start if p else None,
        published_end=p.end if p else None, published_precision=p.precision.value if p else None,
        published_evidence=p.evidence if p else None, published_confidence=p.confidence if p else None,
        dateline=article.dateline, raw_text=article.raw_text, text=article.text, meta=article.meta,
        minhash=signature, run_id=run_id, created_at=_now(),
    )


def _input_record(row) -> InputRecord:
    return InputRecord(row.source, Status(row.status), row.article_id, row.reason, row.detail, row.content_hash)


def _upsert_inputs(conn: Connection, records: list[InputRecord], run_id: int | None) -> None:
    """Insert or update one row per input; a row whose outcome did not change is left alone."""
    if not records:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    now = _now()
    latest = {(r.source, r.content_hash): r for r in records}  # a statement may not touch a row twice
    values = [dict(source=r.source, content_hash=r.content_hash, status=r.status.value, article_id=r.article_id,
                   reason=r.reason, detail=r.detail, run_id=run_id, updated_at=now) for r in latest.values()]
    statement = dialect.insert(schema.inputs)
    outcome = ("status", "article_id", "reason", "detail")
    changed = or_(*(schema.inputs.c[k].is_distinct_from(statement.excluded[k]) for k in outcome))
    updates = {k: statement.excluded[k] for k in (*outcome, "run_id", "updated_at")}
    conn.execute(statement.on_conflict_do_update(index_elements=["source", "content_hash"], set_=updates,
                                                 where=changed), values)


def _find_article_row(conn: Connection, id_or_prefix: str):
    a = schema.articles
    if len(id_or_prefix) < 4:
        raise InputError(f"article id {id_or_prefix!r} is too short: give at least 4 characters")
    rows = conn.execute(select(a).where(a.c.id.startswith(id_or_prefix, autoescape=True)).limit(2)).all()
    if not rows:
        raise InputError(f"no article with id {id_or_prefix!r}; list them with `chronik articles`")
    if len(rows) > 1:
        raise InputError(f"article id prefix {id_or_prefix!r} is ambiguous; give more characters")
    return rows[0]


def _article_from_rows(row, removed_rows, sentence_rows) -> Article:
    published = None
    if row.published_value:
        published = DateClaim(row.published_value, row.published_start, row.published_end,
                              Precision(row.published_precision), row.published_evidence or "",
                              row.published_confidence if row.published_confidence is not None else 1.0)
    status = Status.NEAR_DUPLICATE if row.status == "near_duplicate" else Status.NEW
    return Article(
        id=row.id, source=row.source, raw_text=row.raw_text, text=row.text, title=row.title, url=row.url,
        outlet=row.outlet, lang=row.lang, published=published, dateline=row.dateline, meta=dict(row.meta or {}),
        removed=[RemovedSpan(r.start, r.end, r.reason, r.text) for r in removed_rows],
        sentences=[Sentence(s.idx, s.start, s.end, [Token(a, b) for a, b in s.tokens]) for s in sentence_rows],
        status=status, duplicate_of=row.duplicate_of,
    )


def skipped_record(skipped: Skipped) -> InputRecord:
    """The input record of a skipped input."""
    return InputRecord(skipped.source, Status.SKIPPED, None, skipped.reason, skipped.detail)
