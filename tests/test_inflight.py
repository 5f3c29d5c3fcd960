"""The in-flight lookups: chunks prepared but not written, and articles whose analysis failed."""

from __future__ import annotations

from types import SimpleNamespace

from chronik import inflight
from chronik.inflight import InFlight, with_failures
from chronik.runner import PreparedChunk
from chronik.store.repository import Batch


class _EmptyStore:
    def known_inputs(self, keys):
        return {}

    def articles_by_hash(self, hashes):
        return {}

    def band_candidates(self, keys):
        return []


def _chunk(*ids: str) -> PreparedChunk:
    fingerprint = SimpleNamespace(band_keys=(7,), to_bytes=lambda: b"sig")
    articles = [SimpleNamespace(id=i, source=f"{i}.txt", meta={"content_hash": f"h-{i}"}) for i in ids]
    return PreparedChunk(Batch([], []), [(a, fingerprint) for a in articles])


def test_a_failed_article_stays_a_copy_candidate_after_its_chunk_is_written() -> None:
    lookups = InFlight(_EmptyStore())
    lookups.add(_chunk("a", "b"))
    lookups.forget_oldest({"a"})
    assert lookups.failed_ids == {"a"}
    assert lookups.articles_by_hash(["h-a", "h-b"]) == {"h-a": "a"}  # b is in the store now, not here
    assert lookups.band_candidates([7]) == [(7, "a", b"sig")]
    assert lookups.known_inputs([("a.txt", "h-a")]) == {}  # a failed input is read again, not "unchanged"


def test_failures_are_remembered_up_to_the_bound(monkeypatch) -> None:
    monkeypatch.setattr(inflight, "MAX_FAILED", 2)
    known = with_failures(with_failures(frozenset(), {"a"}), {"b", "c"})
    assert known == {"a", "b", "c"}  # added while under the bound
    assert with_failures(known, {"d"}) == known
    lookups = InFlight(_EmptyStore(), failed_ids=known)
    lookups.add(_chunk("d"))
    lookups.forget_oldest({"d"})
    assert lookups.failed_ids == known and lookups.articles_by_hash(["h-d"]) == {}
