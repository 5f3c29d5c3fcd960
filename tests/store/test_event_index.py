"""The API's indexes beside the events (schema version 5): kept in step on write, backfilled on upgrade."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import select, text

from chronik.store import schema
from chronik.store.api_queries import EventQuery, event_page
from chronik.store.db import alembic_config, current_revision
from chronik.store.event_index import actor_key_row, fts_query, index_articles, index_columns, index_events
from chronik.store.repository import Store


def _record(n: int, country: str = "RUS", sentence: str = "Putin besuchte Damaskus.") -> dict:
    return {"id": f"ev_{n:016x}", "type": "CONSULT", "mode": "visit", "context": [],
            "source": [{"id": "Q7747", "name": "Wladimir Putin", "country": country, "sector": "GOV",
                        "aliases": ["Putin", "Kremlchef"]}],
            "target": [{"id": "Q44329", "name": "Baschar al-Assad", "country": "SYR", "sector": "GOV", "aliases": []}],
            "date": {"value": f"2020-01-{n + 1:02d}", "start": f"2020-01-{n + 1:02d}", "end": f"2020-01-{n + 1:02d}",
                     "precision": "day"} if n % 3 else None,
            "location": {"name": "Damaskus", "geonames_id": 170654, "lat": 33.51, "lon": 36.29, "country": "SYR"},
            "modality": "asserted", "attribution": None, "confidence": 0.5 + n / 100,
            "mentions": [{"doc": "a.txt", "sentence": sentence, "start": 0, "end": 20, "trigger": "besuchte"}],
            "num_articles": 1}


def _write(store: Store, records: list[dict]) -> None:
    now = dt.datetime.now(dt.UTC)
    with store.engine.begin() as conn:
        for r in records:
            date = r["date"]
            conn.execute(schema.events.insert().values(
                id=r["id"], type=r["type"], mode=r["mode"], num_articles=1, confidence=r["confidence"], record=r,
                updated_at=now, date_start=dt.date.fromisoformat(date["start"]) if date else None,
                date_end=dt.date.fromisoformat(date["end"]) if date else None, **index_columns(r)))
        index_events(conn, records)


def _snapshot(store: Store) -> dict:
    e, ea = schema.events, schema.event_actors
    with store.engine.connect() as conn:
        return {"columns": sorted(conn.execute(select(e.c.id, e.c.date_key, e.c.date_key_desc, e.c.place_key)).all()),
                "actors": sorted(conn.execute(select(ea)).all()),
                "keys": sorted(conn.execute(select(schema.actor_keys.c.id, schema.actor_keys.c.search_key)).all()),
                "text": [i["id"] for i in event_page(conn, EventQuery(q="Damaskus"), "date", 100)[0]]}


def test_undated_events_sort_last_both_ways():
    assert index_columns(_record(0))["date_key"] == dt.date(9999, 12, 31)
    assert index_columns(_record(0))["date_key_desc"] == dt.date(1, 1, 1)
    assert index_columns(_record(1))["place_key"] == "damaskus"
    assert actor_key_row(_record(0)["source"][0])["search_key"] == "wladimir putin|putin|kremlchef"


def test_fts_query_makes_user_text_plain_terms():
    assert fts_query("Luftangriffe auf Aleppo") == '"Luftangriffe"* "auf"* "Aleppo"*'
    assert fts_query('a" OR NEAR(b) col:c *') == '"a"* "OR"* "NEAR"* "b"* "col"* "c"*'
    assert fts_query("?! --") is None


def test_reindexing_replaces_the_rows_of_an_event(db_url):
    store = Store.open(db_url)
    _write(store, [_record(1)])
    changed = _record(1, country="UKR", sentence="Selenskyj reiste nach Kiew.")
    with store.engine.begin() as conn:
        index_events(conn, [changed])
        index_events(conn, [changed])
    with store.engine.connect() as conn:
        countries = sorted(c for (c,) in conn.execute(select(schema.event_actors.c.country)))
        assert countries == ["SYR", "UKR"]
        assert event_page(conn, EventQuery(q="Damaskus"), "date", 10)[0] == []
        assert len(event_page(conn, EventQuery(q="Kiew"), "date", 10)[0]) == 1
    store.close()


def test_a_version_4_database_is_backfilled_on_upgrade(db_url):
    store = Store.open(db_url)
    _write(store, [_record(n) for n in range(12)])
    before = _snapshot(store)
    assert len(before["actors"]) == 24 and len(before["text"]) == 12
    config = alembic_config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    assert current_revision(store.engine) == "0004"
    store.close()
    store = Store.open(db_url)  # upgrades in place
    assert current_revision(store.engine) == "0005"
    assert _snapshot(store) == before
    store.close()


def test_articles_are_indexed_once(db_url):
    from tests.store.test_store import _article, _batch

    store = Store.open(db_url)
    store.write_batch(_batch(_article()))
    with store.engine.begin() as conn:
        index_articles(conn, ["abcd000000000001", "nope"])
        table = "article_search" if conn.dialect.name == "postgresql" else "articles_fts"
        assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 1
    store.close()
