"""Mentions, actors and places survive the store unchanged (SQLite and PostgreSQL)."""

from __future__ import annotations

from chronik.api import process
from chronik.context import Context
from chronik.store.repository import Batch, Store

TEXT = ("Russlands Präsident Wladimir Putin ist am Dienstag in Damaskus mit Baschar al-Assad zusammengetroffen. "
        "Das teilte Kremlsprecher Dmitri Peskow mit. Er sagte, die syrische Armee habe Idlib erreicht.")


def test_mentions_round_trip(db_url: str, ctx: Context) -> None:
    article = process(TEXT, "2020-01-07", ctx=ctx)
    article.id = "a" * 32
    store = Store.open(db_url)
    store.write_batch(Batch(articles=[(article, None, [])]))
    store.write_batch(Batch(articles=[(article, None, [])]))  # idempotent
    loaded = store.get_article(article.id)
    store.close()
    assert loaded.mentions == article.mentions
    assert loaded.places == article.places
    assert {k: (a.name, a.kind) for k, a in loaded.actors.items()} == {k: (a.name, a.kind) for k, a in article.actors.items()}
    assert {"Q7747", "Q44329"} <= set(loaded.actors)
