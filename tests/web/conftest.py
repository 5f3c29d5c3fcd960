"""Fixtures of the API tests: the demo corpus run once per session into SQLite (and PostgreSQL when
``CHRONIK_TEST_PG_URL`` is set), and TestClients over them.

``api`` is parametrised over both databases; ``sqlite_api`` is the SQLite
one alone (for tests whose answer does not depend on the dialect).  Both are
read-only views of a shared database: tests that write use ``writable_db``,
a copy of the SQLite file, or the ``db_url`` fixture of tests/conftest.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chronik.runner import run
from chronik.store.repository import Store
from chronik.web.app import create_app
from tests.conftest import EXAMPLES, pg_database


def _fill(db: str, ctx) -> None:
    """Run the demo corpus into ``db`` in-process (the session context: one worker, no pool)."""
    store = Store.open(db)
    try:
        run([str(EXAMPLES)], store, ctx)
    finally:
        store.close()


@pytest.fixture(scope="session")
def demo_sqlite(demo_db) -> str:
    """A SQLite file holding the demo corpus (the session's one demo database, tests/conftest.py)."""
    return demo_db


@pytest.fixture(scope="session")
def demo_pg(ctx) -> str:
    """A PostgreSQL database holding the demo corpus (skips without CHRONIK_TEST_PG_URL); dropped at the end."""
    with pg_database("chronik_web") as url:
        _fill(url, ctx)
        yield url


def _client(db: str, **options) -> TestClient:
    return TestClient(create_app(db, **options), raise_server_exceptions=False)


@pytest.fixture(scope="session")
def sqlite_api(demo_sqlite) -> TestClient:
    """A TestClient of the app over the SQLite demo database."""
    with _client(demo_sqlite) as client:
        yield client


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def api(request) -> TestClient:
    """A TestClient of the app over the demo database, once per dialect."""
    db = request.getfixturevalue("demo_sqlite" if request.param == "sqlite" else "demo_pg")
    with _client(db) as client:
        client.dialect = request.param
        yield client


@pytest.fixture
def writable_db(demo_sqlite, tmp_path) -> str:
    """A private copy of the SQLite demo database (tests may write to it)."""
    copy = tmp_path / "copy.db"
    shutil.copy(demo_sqlite, copy)
    return str(copy)


@pytest.fixture
def make_client():
    """``make_client(db, allow_ingest=…, token=…)`` → a TestClient (closed after the test)."""
    clients = []

    def make(db: str, **options) -> TestClient:
        client = _client(db, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
        client.app.state.api.store.close()


def error_of(response) -> dict:
    """The ``error`` object of an error response, after checking the shape every error must have."""
    assert response.headers["content-type"].startswith("application/json"), response.text[:200]
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == {"status", "code", "message", "field"}, error
    assert error["status"] == response.status_code
    assert isinstance(error["message"], str) and error["message"]
    return error


REPO = Path(__file__).resolve().parents[2]
