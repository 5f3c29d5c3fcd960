"""The demo corpus against its own expectations (examples/news/expected.yaml).

What the foundation can check: every document is read once, duplicates are
linked to the right original, and every publication date chronik claims is
right at its precision (dates it cannot see stay unknown).  The events of
expected.yaml are checked by the events issue's tests.
"""

from __future__ import annotations

import pytest
import yaml

from chronik.runner import run
from chronik.store.repository import Store
from tests.conftest import EXAMPLES

EXPECTED = yaml.safe_load((EXAMPLES / "expected.yaml").read_text(encoding="utf-8"))
EXACT_COPIES = {d["doc"] for d in EXPECTED["duplicates"] if d["kind"] == "exact"}
ARTICLES = [a for a in EXPECTED["articles"] if a["doc"] not in EXACT_COPIES]  # copies are not stored again


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, ctx):
    store = Store.open(str(tmp_path_factory.mktemp("demo") / "demo.db"))
    run([str(EXAMPLES)], store, ctx)
    yield store
    store.close()


def _by_doc(store: Store) -> dict[str, dict]:
    """Stored articles keyed as expected.yaml names documents (file path, or the record's URL)."""
    rows = store.list_articles(limit=1000)
    return {(r["url"] if "#" in r["source"] and r["url"] else r["source"]): r for r in rows}


def test_every_expected_document_is_stored_once(demo_store):
    stored = _by_doc(demo_store)
    expected = {a["doc"] for a in ARTICLES}
    assert expected == set(stored)


def test_duplicates_point_to_their_originals(demo_store):
    stored = _by_doc(demo_store)
    for pair in EXPECTED["duplicates"]:
        original_id = stored[pair["original"]]["id"]
        if pair["kind"] == "near":
            assert stored[pair["doc"]]["duplicate_of"] == original_id
        else:
            [record] = demo_store.inputs_named(pair["doc"])
            assert (record.status, record.article_id) == ("duplicate", original_id)


def test_claimed_publication_dates_are_right(demo_store):
    stored = _by_doc(demo_store)
    claimed = 0
    for entry in ARTICLES:
        value = stored[entry["doc"]]["published_value"]
        if value is None:
            continue
        claimed += 1
        assert entry["published"] is not None, f"{entry['doc']}: claims {value}, but no date is knowable"
        truth = str(entry["published"])
        assert truth.startswith(value) or value.startswith(truth), f"{entry['doc']}: {value} vs {truth}"
    assert claimed >= 30  # metadata, headers and datelines date most of the corpus
