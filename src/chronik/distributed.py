"""Corpus runs on a Dask cluster (``chronik run PATH… --dask tcp://host:8786 --db postgresql://…``).

The driver (the ``chronik run`` process) reads the inputs and makes every
corpus-level decision chunk by chunk, exactly as :func:`chronik.runner.run_documents`
does: exact duplicates, cleaning, near-duplicates, skipped inputs.  What is
left of a chunk, the articles to analyse, is mapped over the cluster in
partitions: each Dask task runs the same pure ``ANALYSIS_STAGES``
(:mod:`chronik.pipeline`).  A second task per chunk, run on a worker, turns the
outcomes into the chunk's batch and writes it to PostgreSQL itself (each
worker opens the store once); that write merges the chunk's event mentions
into canonical events inside the database, in the same transaction.

The write tasks are chained: chunk k is written after chunk k-1, so the
database passes through exactly the states of a single-process run with the
same batch size, and the canonical events equal its events.  Writes are
idempotent (unique keys, insert-or-ignore, known mentions are not merged
twice), so a retried task, a lost worker or a killed driver followed by a
rerun leave one copy of everything.  At most ``window`` chunks are in flight;
their decisions are kept in memory (:class:`chronik.inflight.InFlight`) so that the next
chunks see them before they are written.  Memory stays bounded by the window,
not the corpus.
"""

from __future__ import annotations

import pickle
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from chronik import dedup
from chronik.context import Context, build_context
from chronik.errors import InputError
from chronik.inflight import InFlight, with_failures
from chronik.model import RawDoc, Skipped
from chronik.parallel import Analyser
from chronik.runner import CorpusRun, PreparedChunk, Progress, RunReport, chunks
from chronik.settings import Settings
from chronik.store.db import database_url
from chronik.store.repository import Batch, Store

#: Articles per analysis task: small enough to spread a chunk over several workers.
PARTITION = 50
_LOCAL = "local"


def require_postgresql(db: str) -> None:
    """Raise :class:`InputError` unless ``db`` is a PostgreSQL URL (workers on other machines write to it)."""
    if not database_url(db).startswith("postgresql"):
        raise InputError(f"--dask needs a PostgreSQL database (--db postgresql://user:pass@host/db), not {db!r}: "
                         "every Dask worker writes to the database itself, and a SQLite file has one writer "
                         "on one machine")


@contextmanager
def dask_client(address: str) -> Iterator[Any]:
    """A ``dask.distributed.Client`` for ``address``: a scheduler (``tcp://host:8786``) or ``local[:N]``
    (a LocalCluster of N single-threaded worker processes, default: all cores).

    Raises :class:`InputError` when dask is not installed or the scheduler cannot be reached.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--dask needs Dask: pip install 'chronik[dask]'") from None
    if address == _LOCAL or address.startswith(_LOCAL + ":"):
        with LocalCluster(n_workers=_local_workers(address), threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="30s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"--dask {address}: cannot reach the Dask scheduler ({exc})") from None
    with client:
        yield client


def _local_workers(address: str) -> int | None:
    """N of ``local:N`` (None for ``local``: Dask picks one process per core)."""
    _, _, count = address.partition(":")
    if not count:
        return None
    if not count.isdigit() or int(count) < 1:
        raise InputError(f"--dask {address}: expected local or local:N with N ≥ 1")
    return int(count)


def run_on_dask(documents: Iterable[RawDoc | Skipped], paths: list[str], store: Store, ctx: Context,
                client: Any, progress: Progress | None = None) -> RunReport:
    """Store ``documents`` (from :func:`iter_inputs` over ``paths``) through the cluster of ``client``.

    Requires a PostgreSQL ``store`` that every worker can reach at
    ``ctx.settings.db``.  Guarantees the articles, inputs and canonical
    events of :func:`chronik.runner.run_documents` with the same batch size,
    and returns the same report.  A task's error (StoreError …) is raised here.
    """
    require_postgresql(ctx.settings.db)
    window = _window(client, ctx.settings.batch_size)
    in_flight = InFlight(store)
    corpus_run = CorpusRun(in_flight, ctx, dedup.NearDuplicateIndex(), Analyser(ctx, 1))
    run_id = store.start_run(paths)
    writes: deque[Any] = deque()
    previous = None
    for chunk in chunks(documents, ctx.settings.batch_size):
        prepared = corpus_run.prepare_chunk(chunk)
        in_flight.add(prepared)
        previous = _submit_chunk(client, prepared, previous, ctx.settings, run_id)
        writes.append(previous)
        while len(writes) >= window:
            _collect(writes.popleft(), corpus_run.report, in_flight)
        if progress:
            progress(len(chunk))
    while writes:
        _collect(writes.popleft(), corpus_run.report, in_flight)
    store.finish_run(run_id, corpus_run.report.as_dict())
    return corpus_run.report


def _window(client: Any, batch_size: int) -> int:
    """Chunks in flight: enough analysis tasks for about twice the cluster's threads (at least 2)."""
    threads = sum(client.nthreads().values()) or 1
    per_chunk = max(1, -(-batch_size // PARTITION))
    return max(2, -(-2 * threads // per_chunk) + 1)


def _submit_chunk(client: Any, prepared: PreparedChunk, previous: Any, settings: Settings, run_id: int) -> Any:
    """Scatter ``prepared``, submit its analysis partitions and its write (after ``previous``); return the
    write's future."""
    [data] = client.scatter([prepared], hash=False)
    size = len(prepared.pending)
    parts = [client.submit(analyse_partition, data, start, min(start + PARTITION, size), settings,
                           pure=False, retries=2) for start in range(0, size, PARTITION)]
    return client.submit(write_chunk, data, parts, previous, settings, run_id, pure=False, retries=2, priority=10)


def _collect(future: Any, report: RunReport, in_flight: InFlight) -> None:
    """Wait for the write ``future`` (the oldest in flight), fold its counts into ``report``, forget its chunk."""
    written: Written = future.result()
    report.new += written.report.new
    report.near_duplicate += written.report.near_duplicate
    report.duplicate += written.report.duplicate
    report.skipped.update(written.report.skipped)
    report.skipped_examples.extend(written.report.skipped_examples[:max(0, 1000 - len(report.skipped_examples))])
    in_flight.forget_oldest(written.failed)


# ---- what runs on the workers ---------------------------------------------------------------------------

@dataclass(slots=True)
class Written:
    """A write task's result: its chunk's counts, the articles of the chunk whose analysis failed, and every
    failed article the run remembers so far (:func:`chronik.inflight.with_failures`)."""

    report: RunReport
    failed: frozenset[str]
    failed_so_far: frozenset[str]


_WORKER_LOCK = threading.Lock()
_WORKER_STATE: dict[tuple[str, Any], Any] = {}


def _worker_context(settings: Settings) -> Context:
    """This worker process's Context for ``settings``, built on first use."""
    with _WORKER_LOCK:
        if ("ctx", settings) not in _WORKER_STATE:
            _WORKER_STATE[("ctx", settings)] = build_context(settings)
        return _WORKER_STATE[("ctx", settings)]


def _worker_store(db: str) -> Store:
    """This worker process's Store for ``db``, opened on first use."""
    with _WORKER_LOCK:
        if ("store", db) not in _WORKER_STATE:
            _WORKER_STATE[("store", db)] = Store.open(db)
        return _WORKER_STATE[("store", db)]


def analyse_partition(prepared: PreparedChunk, start: int, stop: int, settings: Settings) -> list:
    """Analyse ``prepared.pending[start:stop]`` (a Dask task): each article analysed, or the exception its
    stages raised (made picklable), in order."""
    ctx = _worker_context(settings)
    outcomes = Analyser(ctx, 1).analyse(prepared.articles()[start:stop])
    return [_portable(o) if isinstance(o, Exception) else o for o in outcomes]


def write_chunk(prepared: PreparedChunk, parts: list[list], previous: Written | None, settings: Settings,
                run_id: int) -> Written:
    """Build the chunk's batch from its analysed ``parts`` and write it (a Dask task, run after the write of
    the previous chunk, whose result is ``previous``).  The write merges its events in the database."""
    ctx = _worker_context(settings)
    store = _worker_store(settings.db)
    corpus_run = CorpusRun(store, ctx, dedup.NearDuplicateIndex(), Analyser(ctx, 1))
    outcomes = [outcome for part in parts for outcome in part]
    failed_before = previous.failed_so_far if previous else frozenset()
    # finish_chunk changes the batch's lists: work on copies, so that a retried task starts afresh
    fresh = PreparedChunk(Batch(list(prepared.batch.articles), list(prepared.batch.inputs)), prepared.pending)
    batch = corpus_run.finish_chunk(fresh, outcomes, failed_before)
    store.write_batch(batch, run_id)
    failed = prepared.failed_ids(outcomes)
    return Written(corpus_run.report, failed, with_failures(failed_before, failed))


def _portable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling (it travels back to the driver), else a RuntimeError with its text."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any pickling failure
        return RuntimeError(f"{type(exc).__name__}: {exc}")
