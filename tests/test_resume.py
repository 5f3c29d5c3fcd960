"""A run killed mid-way (SIGKILL) and started again ends with exactly the result of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from chronik.chronicle import EventFilter
from chronik.store.db import database_url
from chronik.store.repository import Store

NEWS = Path(__file__).resolve().parents[1] / "examples" / "news"


def _run(db: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "chronik", "run", str(NEWS), "--db", db, "-q", "--workers", "1"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _state(db: str) -> tuple:
    store = Store.open(str(db), create=False)
    try:
        counts = store.counts()
        events = store.event_records(EventFilter())
    finally:
        store.close()
    return counts, events


def _stored_articles(db: str) -> int:
    engine = create_engine(database_url(db))
    try:
        with engine.connect() as conn:
            return conn.execute(text("select count(*) from articles")).scalar_one()
    except SQLAlchemyError:
        return 0  # not created yet
    finally:
        engine.dispose()


def test_kill_mid_run_then_rerun_equals_an_uninterrupted_run(tmp_path: Path, db_url: str) -> None:
    """SIGKILL after a few batches, run again: the same articles and canonical events as one whole run
    (on SQLite; on PostgreSQL compared with the whole run on SQLite, which must agree too)."""
    env = {**os.environ, "CHRONIK_BATCH_SIZE": "4"}
    whole = str(tmp_path / "whole.db")
    assert _run(whole, env).wait(timeout=600) == 0
    killed = db_url
    process = _run(killed, env)
    deadline = time.time() + 300
    while _stored_articles(killed) < 8 and process.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert 0 < _stored_articles(killed) < _stored_articles(whole), "the kill did not land mid-run"
    assert _run(killed, env).wait(timeout=600) == 0
    whole_counts, whole_events = _state(whole)
    killed_counts, killed_events = _state(killed)
    assert killed_counts["articles"] == whole_counts["articles"]
    assert [(e["id"], e["type"], e["num_articles"], len(e["mentions"])) for e in killed_events] == \
        [(e["id"], e["type"], e["num_articles"], len(e["mentions"])) for e in whole_events]
