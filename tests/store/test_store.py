"""The store on SQLite and PostgreSQL: migrations, idempotent writes, reads."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from sqlalchemy import inspect

from chronik.errors import InputError, StoreError
from chronik.model import Article, DateClaim, RemovedSpan, Sentence, Status, TimeEx, Token
from chronik.store import schema
from chronik.store.db import create_db_engine, current_revision, database_url, migrate
from chronik.store.repository import Batch, InputRecord, Store


def _article(article_id: str = "abcd000000000001", text: str = "Putin traf Assad. Dann flog er heim.") -> Article:
    return Article(
        id=article_id, source=f"{article_id}.txt", raw_text="Teilen\n" + text, text=text, title="Titel",
        lang="de", published=DateClaim.from_value("2020-01", "header"),
        meta={"content_hash": article_id * 4},
        removed=[RemovedSpan(0, 7, "share", "Teilen\n")],
        timexes=[TimeEx(0, 5, "DATE", "2020-01-07", None)],
        sentences=[Sentence(0, 0, 17, [Token(0, 5), Token(6, 10), Token(11, 16), Token(16, 17)]),
                   Sentence(1, 18, len(text), [Token(18, 22)])],
    )


def _batch(*articles: Article) -> Batch:
    return Batch(articles=[(a, b"\x00" * 256, [1, 2, 3]) for a in articles],
                 inputs=[InputRecord(a.source, Status.NEW, a.id) for a in articles])


@pytest.mark.parametrize("given, expected", [
    ("chronik.db", "sqlite:///chronik.db"),
    ("postgresql://u:p@localhost/db", "postgresql+psycopg://u:p@localhost/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
])
def test_database_url(given, expected):
    assert database_url(given) == expected


def test_migrated_schema_matches_the_tables_queries_use(db_url):
    store = Store.open(db_url)
    inspector = inspect(store.engine)
    for table in schema.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
    assert current_revision(store.engine) == "0005"
    store.close()


def test_migrate_twice_is_a_no_op(db_url):
    engine = create_db_engine(db_url)
    assert migrate(engine) == migrate(engine) == "0005"
    engine.dispose()


def test_writing_the_same_batch_twice_stores_one_copy(db_url):
    store = Store.open(db_url)
    store.write_batch(_batch(_article()))
    store.write_batch(_batch(_article()))
    counts = store.counts()
    assert counts["articles"] == {"processed": 1}
    assert counts["sentences"] == 2
    assert counts["inputs"] == {"new": 1}
    store.close()


def test_article_round_trip(db_url):
    store = Store.open(db_url)
    original = _article()
    store.write_batch(_batch(original))
    loaded = store.get_article("abcd000000000001")
    assert loaded.text == original.text
    assert loaded.raw_text == original.raw_text
    assert loaded.removed == original.removed
    assert [(s.start, s.end, s.tokens) for s in loaded.sentences] == \
        [(s.start, s.end, s.tokens) for s in original.sentences]
    assert loaded.published == original.published
    assert loaded.timexes == original.timexes
    assert loaded.published.start == dt.date(2020, 1, 1)
    store.close()


def test_lookups_by_hash_input_and_band(db_url):
    store = Store.open(db_url)
    store.write_batch(_batch(_article()))
    assert store.articles_by_hash(["abcd000000000001" * 4, "nope"]) == {"abcd000000000001" * 4: "abcd000000000001"}
    key = ("abcd000000000001.txt", "")
    assert store.known_inputs([key, ("other.txt", "")])[key].article_id == "abcd000000000001"
    assert store.band_candidates([3, 99]) == [(3, "abcd000000000001", b"\x00" * 256)]
    assert store.band_candidates([]) == []
    store.close()


@pytest.mark.parametrize("prefix, message", [("ab", "too short"), ("ffff", "no article"), ("abcd", "ambiguous")])
def test_get_article_errors_name_the_problem(db_url, prefix, message):
    store = Store.open(db_url)
    store.write_batch(_batch(_article("abcd000000000001"), _article("abcd000000000002", "Anderer Text hier.")))
    with pytest.raises(InputError, match=message):
        store.get_article(prefix)
    store.close()


def test_skipped_inputs_are_stored_with_reason(db_url):
    store = Store.open(db_url)
    store.write_batch(Batch(inputs=[InputRecord("x.bin", Status.SKIPPED, reason="binary", detail="NUL bytes")]))
    [record] = store.skipped_inputs()
    assert (record.source, record.reason, record.detail) == ("x.bin", "binary", "NUL bytes")
    assert store.counts()["skipped"] == {"binary": 1}
    store.close()


def test_runs_are_recorded(db_url):
    store = Store.open(db_url)
    run_id = store.start_run(["a", "b"])
    store.finish_run(run_id, {"read": 2})
    assert run_id >= 1
    store.close()


def test_sqlite_in_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        create_db_engine(str(tmp_path / "nope" / "x.db"))


def test_unreachable_postgres_is_a_store_error():
    engine = create_db_engine("postgresql://nobody:x@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(StoreError, match="cannot open"):
        migrate(engine)


def test_a_database_failure_while_writing_is_one_store_error(db_url):
    store = Store.open(db_url)
    bad = _batch(_article())
    bad.inputs[0].status = Status.NEW
    bad.articles[0][0].meta["content_hash"] = None  # violates NOT NULL
    with pytest.raises(StoreError, match="could not write a batch"):
        store.write_batch(bad)
    assert store.counts()["articles"] == {}  # nothing half-written
    store.close()


def test_a_version_1_database_is_upgraded_in_place(tmp_path):
    from alembic import command

    from chronik.store.db import alembic_config

    db = str(tmp_path / "v1.db")
    engine = create_db_engine(db)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    assert current_revision(engine) == "0001"
    store = Store.open(db)
    assert current_revision(store.engine) == "0005"
    store.write_batch(_batch(_article()))
    assert store.get_article("abcd").timexes
    store.close()


def test_processes_opening_a_fresh_database_at_once_migrate_it_once(db_url):
    """Several processes open one new database together: each ends at head, none fails on 'table exists'."""
    code = "import sys; from chronik.store.db import create_db_engine, migrate; migrate(create_db_engine(sys.argv[1]))"
    processes = [subprocess.Popen([sys.executable, "-c", code, db_url], stderr=subprocess.PIPE, text=True)
                 for _ in range(5)]
    failures = [p.stderr.read() for p in processes if p.wait(timeout=120) != 0]
    assert failures == []
    assert current_revision(create_db_engine(db_url)) is not None
