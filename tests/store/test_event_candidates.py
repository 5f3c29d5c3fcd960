"""Which stored canonical events a batch's new event mentions are merged against (store/event_store.py)."""

from __future__ import annotations

import datetime as dt

from chronik.merge import Reported
from chronik.model import Actor, DateClaim, EventMention, Precision, RawDoc
from chronik.pipeline import process_article
from chronik.stages.ingest import make_article
from chronik.store.event_store import _load_candidates
from chronik.store.repository import Batch, Store
from tests.test_runner import STORY

PUTIN = Actor("Q7747", "Wladimir Putin", "RUS", "GOV")


def _reported(event_type: str, date: DateClaim | None, seq: int = 0, published: dt.date | None = None,
              source: tuple[Actor, ...] = ()) -> Reported:
    return Reported("other", "other.txt", seq, EventMention(event_type, 0, 0, 5, "traf", source=list(source), date=date),
                    published)


def test_only_dated_events_near_dated_mentions_are_candidates(tmp_path, ctx):
    """No mention joins an undated event of another article, and an undated mention of an article without
    publication date joins no event of another article (merge_into), so neither is loaded: the merge's work
    per batch must not grow with the number of stored undated events (memory and time of long runs)."""
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


def test_an_undated_mention_loads_the_dated_events_naming_its_actor_up_to_its_publication(tmp_path, ctx):
    """An undated mention may join the one known event it can only mean (merge._only_known_match): the dated
    events of its type that name one of its named actors and began by its article's publication day."""
    store = Store.open(str(tmp_path / "c.db"))
    raw = RawDoc(source="a.txt", text=STORY, published="2020-01-08")
    article = process_article(make_article(raw, ctx), ctx)
    [visit] = [e for e in article.events if e.type == "CONSULT" and e.date]
    store.write_batch(Batch(articles=[(article, None, [])]))
    later, earlier = dt.date(2020, 2, 1), dt.date(2019, 12, 1)
    with store.engine.connect() as conn:
        [event] = _load_candidates(conn, [_reported("CONSULT", None, published=later, source=(PUTIN,))])
        assert visit.trigger in [r.event.trigger for r in event.mentions]
        assert _load_candidates(conn, [_reported("CONSULT", None, published=earlier, source=(PUTIN,))]) == []
        assert _load_candidates(conn, [_reported("CONSULT", None, published=None, source=(PUTIN,))]) == []
        assert _load_candidates(conn, [_reported("SANCTION", None, published=later, source=(PUTIN,))]) == []
        lavrov = Actor("Q80137", "Sergej Lawrow", "RUS", "GOV")  # another named actor of the same state
        assert _load_candidates(conn, [_reported("CONSULT", None, published=later, source=(lavrov,))])
        rebels = Actor.group("RUS", "REB")  # an unnamed group anchors nothing
        assert _load_candidates(conn, [_reported("CONSULT", None, published=later, source=(rebels,))]) == []
    store.close()
