"""Shared fixtures: the language context, the shared data folder, databases.

Databases: tests that take ``db_url`` run once on SQLite and once on
PostgreSQL.  PostgreSQL needs ``CHRONIK_TEST_PG_URL`` (an admin URL such as
``postgresql://chronik:chronik@127.0.0.1:5432/postgres``; ``.ci/run`` starts
a server and sets it).  Each test gets a fresh database that is dropped
afterwards.  Without the variable the PostgreSQL variants skip, unless
``CHRONIK_REQUIRE_PG=1`` (set in CI) turns that into a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from chronik.context import Context, build_context
from chronik.store.db import database_url

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO.parent / "shared").resolve()
EXAMPLES = REPO / "examples" / "news"


@pytest.fixture(scope="session")
def ctx() -> Context:
    """The bundled language data, loaded once per test session."""
    return build_context()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, ctx) -> str:
    """A SQLite file holding the demo corpus (examples/news) run through the whole pipeline; read-only for tests."""
    from chronik.runner import run
    from chronik.store.repository import Store

    path = str(tmp_path_factory.mktemp("demo") / "demo.db")
    store = Store.open(path)
    run([str(EXAMPLES)], store, ctx)
    store.close()
    return path


@pytest.fixture(scope="session")
def demo_records(demo_db) -> list[dict]:
    """The export-contract records of the demo corpus's canonical events."""
    from chronik.chronicle import EventFilter
    from chronik.store.repository import Store

    store = Store.open(demo_db, create=False)
    try:
        return store.event_records(EventFilter())
    finally:
        store.close()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the shared evaluation data beside the repository")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    """../shared/seeds (the five real seed articles), or skip."""
    return shared_path("seeds")


def _pg_admin_url() -> str | None:
    url = os.environ.get("CHRONIK_TEST_PG_URL")
    if not url and os.environ.get("CHRONIK_REQUIRE_PG") == "1":
        pytest.fail("CHRONIK_REQUIRE_PG=1 but CHRONIK_TEST_PG_URL is not set")
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """A fresh empty database: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    with pg_database("chronik_test") as url:
        yield url


@contextmanager
def pg_database(prefix: str) -> Iterator[str]:
    """A new PostgreSQL database named ``prefix_<random>`` on the test server, dropped afterwards; skips the
    test when CHRONIK_TEST_PG_URL is not set."""
    admin = _pg_admin_url()
    if not admin:
        pytest.skip("CHRONIK_TEST_PG_URL is not set: PostgreSQL variant skipped")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    engine = create_engine(database_url(admin), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{admin.rsplit('/', 1)[0]}/{name}"
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
