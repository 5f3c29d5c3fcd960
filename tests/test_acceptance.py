"""The foundation issue's acceptance checks, end to end through the runner and store."""

from __future__ import annotations

import json

import pytest

from chronik.model import Precision
from chronik.runner import run
from chronik.store.repository import Store
from tests.conftest import EXAMPLES, shared_path
from tests.test_runner import STORY


def test_seeds_are_stored_once_and_dated_from_the_header(tmp_path, db_url, ctx):
    seeds = shared_path("seeds")
    store = Store.open(db_url)
    first = run([str(seeds)], store, ctx)
    assert (first.read, first.new) == (5, 5)
    rows = {r["source"]: r for r in store.list_articles()}
    header_dated = store.get_article(rows["000_584398fe5e48996b.txt"]["id"])
    assert header_dated.published.value == "2020-01"
    assert header_dated.published.precision == Precision.MONTH
    assert not header_dated.text.startswith(" date")
    assert all(store.get_article(r["id"]).sentences for r in rows.values())
    second = run([str(seeds)], store, ctx)
    assert (second.new, second.unchanged) == (0, 5)
    store.close()


def test_bad_files_are_skipped_with_reasons_and_the_rest_is_kept(tmp_path, db_url, ctx):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(("Die Bürger in Köln und Düsseldorf wählten am Sonntag einen neuen "
                                         "Oberbürgermeister; die Beteiligung lag über dem Durchschnitt.").encode("latin-1"))
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: never read
    lines = [json.dumps({"id": "ok1", "text": STORY.replace("Dienstag", "Mittwoch") + " Erste Meldung."}),
             '{"id": "broken", "text": "unterminated',
             json.dumps({"id": "ok2", "text": "Der Bundestag hat am Donnerstag ein Gesetz zur Energiepolitik "
                                               "beschlossen; die Opposition will dagegen klagen."})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = Store.open(db_url)
    report = run([str(folder)], store, ctx)
    assert dict(report.skipped) == {"binary": 1, "empty": 1, "too_large": 1, "malformed": 1}
    sources = {r["source"] for r in store.list_articles()}
    assert {"good.txt", "latin1.txt", "feed.jsonl#ok2"} <= sources
    latin = next(r for r in store.list_articles() if r["source"] == "latin1.txt")
    assert "Bürger in Köln und Düsseldorf" in store.get_article(latin["id"]).text
    stored_skips = {r.source: r.reason for r in store.skipped_inputs()}
    assert stored_skips["huge.txt"] == "too_large"
    assert stored_skips["binary.txt"] == "binary"
    store.close()


def test_demo_corpus_runs_with_its_duplicates_recognised(tmp_path, ctx):
    store = Store.open(str(tmp_path / "demo.db"))
    report = run([str(EXAMPLES)], store, ctx)
    assert report.new >= 30
    assert report.duplicate == 1 and report.near_duplicate == 1
    assert dict(report.skipped) == {"unknown_format": 1}  # expected.yaml
    store.close()


@pytest.mark.slow
def test_10kgnad_csv_gives_1028_articles(tmp_path, ctx):
    csv_path = shared_path("data", "10kgnad", "test.csv")
    store = Store.open(str(tmp_path / "gnad.db"))
    report = run([str(csv_path)], store, ctx)
    assert report.read == 1028
    assert report.new + report.duplicate + report.near_duplicate == 1028
    assert not report.skipped
    store.close()
