"""Two ``chronik run`` processes on the same inputs at once against one database end in the state of one run.

PostgreSQL: batches take an advisory lock, so the second writer sees what the
first wrote.  SQLite: one writer at a time; the other waits on the busy timeout.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from chronik.chronicle import EventFilter
from chronik.store.repository import Store

NEWS = Path(__file__).resolve().parents[1] / "examples" / "news"


def _start(paths: list[str], db: str) -> subprocess.Popen:
    env = {**os.environ, "CHRONIK_BATCH_SIZE": "4"}
    return subprocess.Popen([sys.executable, "-m", "chronik", "run", *paths, "--db", db, "-q", "--workers", "1"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _partition(db: str) -> tuple[int, set]:
    """Stored articles, and the canonical events as sets of (document, trigger, sentence start)."""
    store = Store.open(db, create=False)
    try:
        articles = store.counts()["articles"]
        events = {frozenset((m["doc"], m["trigger"], m["start"]) for m in r["mentions"])
                  for r in store.event_records(EventFilter())}
    finally:
        store.close()
    return articles, events


def test_two_overlapping_runs_at_once_equal_one_run(tmp_path: Path, db_url: str) -> None:
    single = str(tmp_path / "single.db")
    assert _start([str(NEWS)], single).wait(timeout=600) == 0
    first = _start([str(NEWS)], db_url)  # the same inputs, read in the same order: maximal overlap
    second = _start([str(NEWS)], db_url)
    results = [first.wait(timeout=600), second.wait(timeout=600)]
    assert results == [0, 0], (first.stderr.read(), second.stderr.read())
    assert _partition(db_url) == _partition(single)
