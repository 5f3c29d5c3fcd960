"""Open a database by path or URL and bring its schema to the newest version.

``chronik.db`` or any path → a SQLite file (created on first use);
``sqlite:///…`` → SQLite; ``postgresql://…`` → PostgreSQL through psycopg 3.
Migrations are Alembic revisions shipped in the package and run
automatically on open, so a database written by an older chronik is upgraded
in place.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError

from chronik.errors import StoreError

_MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(db: str) -> str:
    """Turn a CLI ``--db`` value into a SQLAlchemy URL.

    Plain paths become SQLite URLs; ``postgresql://`` and ``postgres://`` get
    the psycopg 3 driver.  Other URLs pass through unchanged.
    """
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix) :]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def create_db_engine(db: str) -> Engine:
    """An Engine for ``db``; SQLite gets WAL, foreign keys and a busy timeout."""
    url = database_url(db)
    if url.startswith("sqlite:///"):
        _check_sqlite_path(url.removeprefix("sqlite:///"), db)
    try:
        engine = create_engine(url, future=True, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot use database {db!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _check_sqlite_path(path: str, db: str) -> None:
    if path in ("", ":memory:"):
        return
    parent = Path(path).parent
    if not parent.is_dir():
        raise StoreError(f"cannot create database {db!r}: folder {str(parent)!r} does not exist")
    if Path(path).is_dir():
        raise StoreError(f"cannot use database {db!r}: it is a folder; give a file name such as chronik.db")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def alembic_config() -> Config:
    """An Alembic Config pointing at the migrations shipped in the package."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def migrate(engine: Engine) -> str:
    """Upgrade the schema of ``engine``'s database to the newest revision; return it.

    Idempotent: a database already at head is left as it is.  Raises
    :class:`StoreError` when the database cannot be reached or migrated.
    """
    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    try:
        with engine.begin() as connection:
            _lock_for_migration(connection)
            if MigrationContext.configure(connection).get_current_revision() != head:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open or migrate database {engine.url!r}: {_first_line(exc)}") from None
    return head


def _lock_for_migration(connection) -> None:
    """Take the database's write lock so that two processes opening a fresh
    database do not both migrate it; the second waits, then finds it at head."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(7247284)"))
    elif connection.dialect.name == "sqlite":
        # pysqlite begins lazily and not before DDL; an explicit IMMEDIATE
        # transaction takes the write lock now (waiting up to busy_timeout)
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None for a database without chronik's schema)."""
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open database {engine.url!r}: {_first_line(exc)}") from None


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
