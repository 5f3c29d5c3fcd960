"""``chronik run --dask``: a LocalCluster of worker processes writing to PostgreSQL ends in the state of a
single-process run on the same input (same articles, inputs, counts and canonical events)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronik.chronicle import EventFilter
from chronik.cli import app
from chronik.runner import run
from chronik.stages.ingest import iter_inputs
from chronik.store.repository import Store

NEWS = Path(__file__).resolve().parents[1] / "examples" / "news"


def _state(db: str) -> tuple[dict, set]:
    """Counts (articles, inputs, skipped, sentences), and the canonical events as sets of
    (document, trigger, sentence start) per event, as in tests/test_concurrency.py."""
    store = Store.open(db, create=False)
    try:
        counts = store.counts()
        events = {frozenset((m["doc"], m["trigger"], m["start"]) for m in r["mentions"])
                  for r in store.event_records(EventFilter())}
    finally:
        store.close()
    return counts, events


def _dask_run(ctx, db: str, client):
    from chronik.distributed import run_on_dask

    settings = ctx.settings
    store = Store.open(db)
    try:
        return run_on_dask(iter_inputs([str(NEWS)], settings), [str(NEWS)], store, ctx, client)
    finally:
        store.close()


@pytest.mark.postgres
@pytest.mark.slow
def test_local_cluster_run_equals_single_process_run(tmp_path, db_url, ctx):
    """Batches of 4 articles: several chunks in flight at once on two worker processes, written in order."""
    if not db_url.startswith("postgresql"):
        pytest.skip("--dask writes to PostgreSQL only (the SQLite case is test_dask_refuses_sqlite)")
    distributed = pytest.importorskip("distributed")
    single = str(tmp_path / "single.db")
    small = replace(ctx, settings=replace(ctx.settings, batch_size=4, db=single, workers=1))
    store = Store.open(single)
    expected = run([str(NEWS)], store, small)
    store.close()
    on_dask = replace(small, settings=replace(small.settings, db=db_url))
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        report = _dask_run(on_dask, db_url, client)
        assert report.as_dict() == expected.as_dict()
        assert _state(db_url) == _state(single)
        assert _state(db_url)[1], "the demo corpus has canonical events"
        again = _dask_run(on_dask, db_url, client)  # a rerun changes nothing
    assert (again.new, again.unchanged) == (0, expected.new + expected.near_duplicate + expected.duplicate)
    assert _state(db_url) == _state(single)


def test_dask_refuses_sqlite(tmp_path):
    result = CliRunner().invoke(app, ["run", str(NEWS), "--db", str(tmp_path / "x.db"), "--dask", "local:1"])
    assert result.exit_code == 2
    assert "--dask needs a PostgreSQL database" in result.output
    assert not (tmp_path / "x.db").exists()


def test_local_address_is_checked():
    from chronik.distributed import _local_workers
    from chronik.errors import InputError

    assert _local_workers("local") is None
    assert _local_workers("local:3") == 3
    with pytest.raises(InputError, match="local:N"):
        _local_workers("local:zero")


def test_copies_of_an_article_that_failed_in_an_earlier_chunk_are_skipped_with_it(ctx):
    """A write on a worker learns which articles of earlier chunks failed: their near-duplicates and exact
    copies, decided before the failure was known, cannot point at an article that is never written."""
    from chronik import dedup
    from chronik.model import Article, Status
    from chronik.parallel import Analyser
    from chronik.runner import CorpusRun, PreparedChunk
    from chronik.store.repository import Batch, InputRecord

    copy = Article(id="c1", source="copy.txt", raw_text="x", text="x", status=Status.NEAR_DUPLICATE,
                   duplicate_of="failed1", meta={"content_hash": "hc"})
    batch = Batch(articles=[(copy, None, [])],
                  inputs=[InputRecord("copy.txt", Status.NEAR_DUPLICATE, "c1", content_hash="hc"),
                          InputRecord("same.txt", Status.DUPLICATE, "failed1", content_hash="hf"),
                          InputRecord("other.txt", Status.DUPLICATE, "stored1", content_hash="hs")])
    corpus_run = CorpusRun(None, ctx, dedup.NearDuplicateIndex(), Analyser(ctx, 1))
    written = corpus_run.finish_chunk(PreparedChunk(batch, []), [], failed_before={"failed1"})
    assert written.articles == []
    assert {(r.source, r.status, r.reason) for r in written.inputs} == {
        ("copy.txt", Status.SKIPPED, "processing_error"), ("same.txt", Status.SKIPPED, "processing_error"),
        ("other.txt", Status.DUPLICATE, None)}
    assert (corpus_run.report.near_duplicate, corpus_run.report.duplicate) == (-1, -1)


def test_a_retried_write_task_changes_nothing(tmp_path, ctx):
    """Dask may run a write task twice (its worker died after the commit): the second run writes nothing
    new and reports the same counts (tasks run here in-process, on SQLite, without a cluster)."""
    from chronik import dedup
    from chronik.distributed import analyse_partition, write_chunk
    from chronik.parallel import Analyser
    from chronik.runner import CorpusRun, chunks
    from tests.test_runner import _corpus

    settings = replace(ctx.settings, db=str(tmp_path / "retry.db"))
    store = Store.open(settings.db)
    corpus = _corpus(tmp_path / "news")
    [chunk] = chunks(iter_inputs([str(corpus)], settings), 100)
    prepared = CorpusRun(store, ctx, dedup.NearDuplicateIndex(), Analyser(ctx, 1)).prepare_chunk(chunk)
    parts = [analyse_partition(prepared, 0, len(prepared.pending), settings)]
    decided = (list(prepared.batch.articles), list(prepared.batch.inputs))
    first = write_chunk(prepared, parts, None, settings, None)
    counts = store.counts()
    second = write_chunk(prepared, parts, None, settings, None)
    assert (prepared.batch.articles, prepared.batch.inputs) == decided, "a task must not change its input"
    assert (first.report.new, second.report.new) == (2, 2)
    assert store.counts() == counts
    assert counts["articles"] == {"processed": 2, "near_duplicate": 1}
    store.close()
