"""Corpus runs: new, unchanged on rerun, exact and near duplicates, skipped inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.runner import run
from chronik.store.repository import Store

STORY = (
    "Der russische Präsident Wladimir Putin hat am Dienstag überraschend die syrische Hauptstadt Damaskus "
    "besucht und dort Machthaber Baschar al-Assad getroffen. Nach Angaben des Kremls sprachen beide über die "
    "Lage im Nordwesten des Landes, wo die letzten Rebellen Widerstand leisten. Es war Putins erster Besuch in "
    "Damaskus seit Beginn des russischen Militäreinsatzes im Herbst 2015. Bei einer Fahrt durch die Stadt habe "
    "sich Putin ein Bild von der Lage gemacht, teilte sein Sprecher mit. Assad dankte den russischen Soldaten "
    "für ihre Opfer, berichtete die staatliche Nachrichtenagentur Sana am Abend."
)
OTHER = (
    "Bundeskanzler Olaf Scholz hat in Paris den französischen Präsidenten Emmanuel Macron getroffen. Beide "
    "sprachen nach Angaben eines Regierungssprechers über die Energiepreise in Europa und über die weitere "
    "Unterstützung der Ukraine. Macron sagte, Frankreich und Deutschland stünden eng zusammen."
)


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2020-01-07\n" + STORY, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "z-copy.txt").write_text(STORY.replace(". ", ".  ") + "\n\n", encoding="utf-8")
    (folder / "z-repost.txt").write_text(STORY.replace("überraschend", "unangekündigt"), encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    return folder


def test_first_run_then_rerun_changes_nothing(tmp_path, db_url, ctx):
    corpus = _corpus(tmp_path / "news")
    store = Store.open(db_url)
    first = run([str(corpus)], store, ctx)
    assert (first.read, first.new, first.duplicate, first.near_duplicate) == (6, 2, 1, 1)
    assert first.skipped == {"empty": 1, "binary": 1}
    before = store.counts()
    second = run([str(corpus)], store, ctx)
    assert (second.new, second.unchanged, second.duplicate, second.near_duplicate) == (0, 4, 0, 0)
    assert store.counts() == before
    store.close()


def test_near_duplicate_is_linked_to_its_original_and_not_segmented(tmp_path, db_url, ctx):
    corpus = _corpus(tmp_path / "news")
    store = Store.open(db_url)
    run([str(corpus)], store, ctx)
    rows = {r["source"]: r for r in store.list_articles()}
    original = rows["a.txt"]["id"]
    assert rows["z-repost.txt"]["status"] == "near_duplicate"
    assert rows["z-repost.txt"]["duplicate_of"] == original
    assert store.get_article(rows["z-repost.txt"]["id"]).sentences == []
    assert rows["a.txt"]["published_value"] == "2020-01-07"
    store.close()


def test_missing_path_fails_before_writing(tmp_path, ctx):
    from chronik.errors import InputError

    store = Store.open(str(tmp_path / "x.db"))
    with pytest.raises(InputError, match="nope"):
        run([str(tmp_path / "nope")], store, ctx)
    assert store.counts()["articles"] == {}
    store.close()


def test_small_batches_give_the_same_result(tmp_path, ctx):
    from dataclasses import replace

    corpus = _corpus(tmp_path / "news")
    small = replace(ctx, settings=replace(ctx.settings, batch_size=1))
    one, many = Store.open(str(tmp_path / "one.db")), Store.open(str(tmp_path / "many.db"))
    report_one, report_many = run([str(corpus)], one, small), run([str(corpus)], many, ctx)
    assert report_one.as_dict() == report_many.as_dict()
    assert one.counts() == many.counts()


def test_a_failing_stage_skips_that_article_and_keeps_the_rest(tmp_path, ctx, monkeypatch):
    import chronik.runner as runner_module

    corpus = _corpus(tmp_path / "news")
    real = runner_module.process_article

    def flaky(article, context, stages):
        if article.source == "b.txt":
            raise RuntimeError("boom")
        return real(article, context, stages)

    monkeypatch.setattr(runner_module, "process_article", flaky)
    store = Store.open(str(tmp_path / "x.db"))
    report = run([str(corpus)], store, ctx)
    assert report.skipped["processing_error"] == 1
    assert report.new == 1
    assert {r.source: r.detail for r in store.skipped_inputs()}["b.txt"] == "RuntimeError: boom"
    store.close()


def test_same_names_in_two_folders_are_two_inputs_and_reruns_change_nothing(tmp_path, db_url, ctx):
    for folder, text in (("A", STORY), ("B", OTHER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "1.txt").write_text(text, encoding="utf-8")
    store = Store.open(db_url)
    first = [run([str(tmp_path / f)], store, ctx) for f in ("A", "B")]
    assert [r.new for r in first] == [1, 1]
    snapshot = _tables(store)
    again = [run([str(tmp_path / f)], store, ctx) for f in ("A", "B", "A")]
    assert [(r.new, r.unchanged, r.duplicate) for r in again] == [(0, 1, 0)] * 3
    assert _tables(store) == snapshot
    store.close()


def test_rerun_leaves_every_row_as_it_was(tmp_path, db_url, ctx):
    corpus = _corpus(tmp_path / "news")
    store = Store.open(db_url)
    run([str(corpus)], store, ctx)
    snapshot = _tables(store)
    run([str(corpus)], store, ctx)
    assert _tables(store) == snapshot
    store.close()


def test_the_same_file_twice_in_one_run_is_read_once(tmp_path, ctx):
    corpus = _corpus(tmp_path / "news")
    store = Store.open(str(tmp_path / "x.db"))
    report = run([str(corpus / "a.txt"), str(corpus / "a.txt")], store, ctx)
    assert (report.new, report.unchanged, report.duplicate) == (1, 1, 0)
    store.close()


def _tables(store: Store) -> dict[str, list]:
    """Every row of every table except the run log, for before/after comparisons."""
    from sqlalchemy import select

    from chronik.store import schema

    with store.engine.connect() as conn:
        return {t.name: sorted(map(repr, conn.execute(select(t)).all()))
                for t in schema.metadata.sorted_tables if t.name != "runs"}


def test_a_copy_of_an_article_that_failed_is_not_linked_to_it(tmp_path, db_url, ctx, monkeypatch):
    """The copy of a failed article is processed (or fails) in its own right; nothing points at a row
    that was never written (this was a foreign-key error that stopped the run)."""
    import chronik.runner as runner_module

    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    (corpus / "a-kopie.txt").write_text(STORY, encoding="utf-8")
    real = runner_module.process_article

    def flaky(article, context, stages):
        if article.source == "a-kopie.txt":
            raise RuntimeError("boom")
        return real(article, context, stages)

    monkeypatch.setattr(runner_module, "process_article", flaky)
    store = Store.open(db_url)
    report = run([str(corpus)], store, ctx)
    store.close()
    assert report.skipped["processing_error"] == 1 and report.new == 1 and report.duplicate == 0


def test_two_workers_give_the_same_result_as_one(tmp_path, ctx):
    """The analysis stages over a process pool (chronik run --workers 2) store exactly what one process stores."""
    import dataclasses

    from chronik.chronicle import EventFilter
    from chronik.context import Context as _Context

    news = Path(__file__).resolve().parents[1] / "examples" / "news"
    results = []
    for workers in (1, 2):
        parallel_ctx = _Context(dataclasses.replace(ctx.settings, workers=workers), ctx.languages)
        store = Store.open(str(tmp_path / f"w{workers}.db"))
        report = run([str(news)], store, parallel_ctx)
        results.append((report.as_dict(), store.counts(), store.event_records(EventFilter())))
        store.close()
    assert results[0] == results[1]


@pytest.mark.parametrize("failing", [None, "a.txt"])
def test_a_pipelined_pool_run_equals_a_run_in_one_process(tmp_path, ctx, monkeypatch, failing):
    """With a pool, chunks are prepared while earlier ones are still analysed (chronik.runner._Pipeline):
    copies of an article in flight are still recognised, and copies of one whose analysis failed are skipped
    with it, exactly as in a one-process run that writes each chunk first."""
    import dataclasses

    import chronik.parallel as parallel_module
    from chronik.chronicle import EventFilter
    from chronik.context import Context as _Context

    corpus = _corpus(tmp_path / "news")  # a, b, blob, empty | z-copy, z-repost: copies of a, two chunks later
    real = parallel_module.process_article

    def flaky(article, context, stages):
        if article.source == failing:
            raise RuntimeError("boom")
        return real(article, context, stages)

    monkeypatch.setattr(parallel_module, "process_article", flaky)
    monkeypatch.setattr(parallel_module, "_MIN_PARALLEL", 1)  # even these small chunks go to the pool
    results = []
    for workers in (1, 2):
        settings = dataclasses.replace(ctx.settings, workers=workers, batch_size=2)
        store = Store.open(str(tmp_path / f"w{workers}.db"))
        report = run([str(corpus)], store, _Context(settings, ctx.languages))
        inputs = store.skipped_inputs()
        results.append((report.as_dict(), store.counts(), sorted((r.source, r.reason, r.detail) for r in inputs),
                        store.event_records(EventFilter())))
        store.close()
    assert results[0] == results[1]
    assert results[0][0]["near_duplicate"] + results[0][0]["duplicate"] == (0 if failing else 2)
