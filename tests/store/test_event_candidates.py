"""Which stored canonical events a batch's new event mentions are merged against (store/event_store.py)."""

from __future__ import annotations

import datetime as dt

from chronik.merge import Reported
from chronik.model import DateClaim, EventMention, Precision, RawDoc
from chronik.pipeline import process_article
from chronik.stages.ingest import make_article
from chronik.store.event_store import _load_candidates
from chronik.store.repository import Batch, Store
from tests.test_runner import STORY


def _reported(event_type: str, date: DateClaim | None, seq: int = 0) -> Reported:
    return Reported("other", "other.txt", seq, EventMention(event_type, 0, 0, 5, "traf", date=date))


def test_only_dated_events_near_dated_mentions_are_candidates(tmp_path, ctx):
    """An undated mention joins no event of another article, and no mention joins an undated event of
    another article (merge_into), so neither is loaded: the merge's work per batch must not grow with the
    number of stored undated events (memory and time of long runs)."""
    store = Store.open(str(tmp_path / "c.db"))
    article = process_article(make_article(RawDoc(source="a.txt", text=STORY), ctx), ctx)
    undated = [e for e in article.events if e.date is None]
    assert undated, "the story without a publication date has undated events"
    store.write_batch(Batch(articles=[(article, None, [])]))
    day = dt.date(2020, 1, 7)
    dated = DateClaim("2020-01-07", day, day, Precision.DAY, "text")
    with store.engine.connect() as conn:
        assert _load_candidates(conn, [_reported(undated[0].type, None)]) == []
        assert _load_candidates(conn, [_reported(undated[0].type, dated)]) == []
    store.close()
