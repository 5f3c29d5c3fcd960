"""Full-text search of the REST API over articles (title and text) and events (their sentences).

SQLite: FTS5 (``articles_fts``, ``events_fts``), every word of the query a
required prefix term, ranked by bm25.  PostgreSQL: ``plainto_tsquery('german', q)``
against the tsvector tables (German stemming), ranked by ``ts_rank``.  The
snippet is plain text cut around the first matching word, with ``marks``:
[start, end] offsets of the words that match a query word (folded prefix
match, so it also marks inflected forms the stemmer matched).
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import Connection, text

from chronik.errors import InvalidParameter
from chronik.kb.base import fold
from chronik.store.api_queries import event_label
from chronik.store.event_index import event_text, fts_query

Record = dict[str, Any]
_WORD = re.compile(r"\w+")
_WINDOW = 90  # characters of context either side of the first match

_SQLITE_ARTICLES = ("SELECT a.id, a.title, a.published_value, a.text FROM articles_fts f "
                    "JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH :q ORDER BY f.rank LIMIT :n")
_SQLITE_EVENTS = ("SELECT e.record FROM events_fts f JOIN events e ON e.rowid = f.rowid "
                  "WHERE events_fts MATCH :q ORDER BY f.rank LIMIT :n")
_PG_ARTICLES = ("SELECT a.id, a.title, a.published_value, left(a.text, 200000) AS text "
                "FROM article_search s JOIN articles a ON a.id = s.article_id, plainto_tsquery('german', :q) query "
                "WHERE s.tsv @@ query ORDER BY ts_rank(s.tsv, query) DESC, a.id LIMIT :n")
_PG_EVENTS = ("SELECT e.record FROM event_search s JOIN events e ON e.id = s.event_id, "
              "plainto_tsquery('german', :q) query WHERE s.tsv @@ query "
              "ORDER BY ts_rank(s.tsv, query) DESC, e.id LIMIT :n")


def search(conn: Connection, q: str, limit: int) -> Record:
    """``{"articles": [{id, title, published, snippet, marks}], "events": [{id, label, snippet, marks}]}``,
    best matches first, at most ``limit`` of each.  InvalidParameter('q') for a query without words."""
    words = _WORD.findall(q)
    if not words:
        raise InvalidParameter("q", "give at least one word")
    if conn.dialect.name == "postgresql":
        params, sql = {"q": q, "n": limit}, (_PG_ARTICLES, _PG_EVENTS)
    else:
        params, sql = {"q": fts_query(q), "n": limit}, (_SQLITE_ARTICLES, _SQLITE_EVENTS)
    articles = [{"id": r.id, "title": r.title, "published": r.published_value, **snippet(r.text, words)}
                for r in conn.execute(text(sql[0]), params)]
    records = [json.loads(r) if isinstance(r, str) else r for (r,) in conn.execute(text(sql[1]), params)]
    events = [{"id": r["id"], "label": event_label(r), **snippet(event_text(r), words)} for r in records]
    return {"articles": articles, "events": events}


def snippet(body: str, words: list[str]) -> Record:
    """``{"snippet": str, "marks": [[start, end], …]}``: plain text around the first word of ``body``
    that matches one of ``words``, with the matching words' offsets inside the snippet."""
    stems = [fold(w)[:max(3, len(w) - 2)] for w in words]
    hits = [m.span() for m in _WORD.finditer(body) if any(fold(m.group()).startswith(s) for s in stems)]
    if not hits:
        cut = body[:2 * _WINDOW]
        return {"snippet": cut + ("…" if len(body) > len(cut) else ""), "marks": []}
    start = max(0, hits[0][0] - _WINDOW)
    end = min(len(body), hits[0][1] + _WINDOW)
    prefix = "…" if start > 0 else ""
    cut = prefix + body[start:end].replace("\n", " ") + ("…" if end < len(body) else "")
    shift = len(prefix) - start
    marks = [[s + shift, t + shift] for s, t in hits if s >= start and t <= end]
    return {"snippet": cut, "marks": marks}
