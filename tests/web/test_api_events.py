"""The read API over the demo corpus, on SQLite and PostgreSQL: shapes, filters (checked against the
chronicle's own filter), sort and cursor pagination, details, search, network, map, dyad."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from chronik.chronicle import EventFilter, dyad_series
from chronik.context import build_context
from chronik.export import EVENT_KEYS
from chronik.kb.base import fold
from chronik.stages.event_lexicon import build_event_lexicon
from chronik.store.repository import Store


def all_pages(api, params: dict, limit: int = 7) -> list[dict]:
    """Every item of /api/events for ``params``, following next_cursor."""
    items, cursor = [], None
    for _ in range(1000):
        response = api.get("/api/events", params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("pagination does not end")


@pytest.fixture(scope="module")
def records(demo_sqlite) -> list[dict]:
    store = Store.open(demo_sqlite)
    try:
        return store.event_records(EventFilter())
    finally:
        store.close()


def test_an_event_is_the_export_record_plus_its_label(api):
    body = api.get("/api/events", params={"limit": 3}).json()
    assert set(body) == {"items", "next_cursor"}
    assert len(body["items"]) == 3 and body["next_cursor"]
    for item in body["items"]:
        assert list(item) == [*EVENT_KEYS, "label"]
        assert item["label"].startswith(item["type"])


FILTERS = [
    ({"actor": "putin"}, EventFilter(actor="putin")),
    ({"actor": "Q7747"}, EventFilter(actor="Q7747")),
    ({"actor": "ERDOGAN"}, EventFilter(actor="ERDOGAN")),
    ({"country": "rus", "type": "consult"}, EventFilter(country="RUS", type="CONSULT")),
    ({"from": "2015-10-01", "to": "2015-12-31"}, EventFilter(date_from=dt.date(2015, 10, 1), date_to=dt.date(2015, 12, 31))),
    ({"place": "moskau"}, EventFilter(place="moskau")),
    ({"min_confidence": 0.8}, EventFilter(min_confidence=0.8)),
    ({"country": "SYR", "from": "2016-01-01"}, EventFilter(country="SYR", date_from=dt.date(2016, 1, 1))),
]


@pytest.mark.parametrize("params, expected", FILTERS, ids=[str(p) for p, _ in FILTERS])
def test_sql_filters_keep_what_the_chronicle_filter_keeps(api, records, params, expected):
    found = {item["id"] for item in all_pages(api, params, limit=50)}
    wanted = {r["id"] for r in records if expected.keeps(r)}
    assert wanted, "the demo corpus should have events for this filter"
    assert found == wanted


def test_mode_filter(api, records):
    found = all_pages(api, {"type": "CONSULT", "mode": "visit"}, limit=100)
    assert found and {(e["type"], e["mode"]) for e in found} == {("CONSULT", "visit")}
    assert len(found) == sum(1 for r in records if r["type"] == "CONSULT" and r["mode"] == "visit")


@pytest.mark.parametrize("sort", ["date", "-date", "confidence", "-confidence", "articles", "-articles"])
def test_the_cursor_walks_every_event_once_in_sort_order(api, records, sort):
    items = all_pages(api, {"sort": sort}, limit=9)
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)) == len(records)
    field = sort.lstrip("-")
    if field == "date":
        keys = [(i["date"] or {}).get("start") for i in items]
        dated = [k for k in keys if k]
        assert keys[:len(dated)] == dated, "undated events come last"
        assert dated == sorted(dated, reverse=sort.startswith("-"))
    else:
        keys = [i["confidence" if field == "confidence" else "num_articles"] for i in items]
        assert keys == sorted(keys, reverse=sort.startswith("-"))


def test_full_text_filter_finds_the_word_in_the_sentences(api):
    items = all_pages(api, {"q": "Luftangriffe"}, limit=50)
    assert items
    for item in items:
        assert any("luftangriff" in fold(m["sentence"]) for m in item["mentions"]), item["id"]


def test_filters_combine_with_text(api):
    both = {i["id"] for i in all_pages(api, {"q": "Luftangriffe", "country": "RUS"}, limit=50)}
    text_only = {i["id"] for i in all_pages(api, {"q": "Luftangriffe"}, limit=50)}
    assert both and both <= text_only


def test_an_event_with_its_mentions_and_highlights(api, records):
    record = next(r for r in records if r["source"] and r["target"] and r["date"] and r["num_articles"] >= 2)
    body = api.get(f"/api/events/{record['id']}").json()
    assert body["id"] == record["id"] and body["label"]
    assert len(body["mentions"]) >= 2
    for mention in body["mentions"]:
        assert {"doc", "sentence", "start", "end", "trigger", "article_id", "title", "url", "published",
                "highlights"} <= set(mention)
        kinds = {h["kind"] for h in mention["highlights"]}
        assert kinds <= {"trigger", "source", "target", "place", "date"}
        for h in mention["highlights"]:
            assert 0 <= h["start"] < h["end"] <= len(mention["sentence"])
        trigger = [h for h in mention["highlights"] if h["kind"] == "trigger"]
        assert trigger and mention["sentence"][trigger[0]["start"]:trigger[0]["end"]] == mention["trigger"]
    assert any(h["kind"] in ("source", "target") for m in body["mentions"] for h in m["highlights"])
    article = api.get(f"/api/articles/{body['mentions'][0]['article_id']}").json()
    assert record["id"] in article["events"]


def test_timeline_is_dated_and_in_order(api, records):
    body = api.get("/api/timeline").json()
    starts = [i["start"] for i in body["items"]]
    assert starts == sorted(starts) and len(starts) == sum(1 for r in records if r["date"])
    assert body["undated"] == sum(1 for r in records if not r["date"])
    assert set(body["items"][0]) == {"id", "start", "end", "precision", "type", "mode", "label", "num_articles",
                                     "confidence"}
    assert api.get("/api/timeline", params={"from": "2015-10-01"}).json()["undated"] == 0


def test_network_map_and_dyad(api, records):
    network = api.get("/api/network", params={"actor": "putin"}).json()
    assert any(n["id"] == "Q7747" for n in network["nodes"])
    assert all({"source", "target", "events", "types", "score"} <= set(e) for e in network["edges"])
    geo = api.get("/api/map")
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    assert features and all(f["geometry"]["type"] == "Point" for f in features)
    dyad = api.get("/api/dyad", params={"a": "RUS", "b": "SYR"}).json()
    ctx = build_context()
    scale = build_event_lexicon(ctx.lang("de")).scale
    expected = [{"month": m, "score": s, "events": n} for m, s, n in dyad_series(records, "RUS", "SYR", scale)]
    assert dyad["series"] == expected and expected


def test_search_over_articles_and_events(api):
    body = api.get("/api/search", params={"q": "Putin Kreml", "limit": 5}).json()
    assert body["articles"] and body["events"] is not None
    for hit in body["articles"]:
        assert {"id", "title", "published", "snippet", "marks"} == set(hit)
        words = [fold(hit["snippet"][s:e]) for s, e in hit["marks"]]
        assert words and all(w.startswith(("put", "kre")) for w in words)
    assert api.get("/api/search", params={"q": "Luftangriffe"}).json()["events"]


def test_german_stemming_or_prefixes_find_inflected_forms(api):
    """'Luftangriff' finds 'Luftangriffe'/'Luftangriffen' (FTS5 prefix terms; PostgreSQL german stemmer)."""
    body = api.get("/api/search", params={"q": "Luftangriff"}).json()
    assert any("luftangriffe" in fold(a["snippet"]) for a in body["articles"])


def test_actors_list_detail_and_pages(api):
    first = api.get("/api/actors", params={"limit": 5}).json()
    counts = [a["events"] for a in first["items"]]
    assert counts == sorted(counts, reverse=True) and first["next_cursor"]
    second = api.get("/api/actors", params={"limit": 5, "cursor": first["next_cursor"]}).json()
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    assert second["items"][0]["events"] <= counts[-1]
    found = api.get("/api/actors", params={"q": "putin"}).json()["items"]
    assert [a["id"] for a in found] == ["Q7747"]
    putin = api.get("/api/actors/Q7747").json()
    assert putin["name"] == "Wladimir Putin" and putin["country"] == "RUS"
    assert any(r["office"] == "head_of_state" and r["country"] == "RUS" for r in putin["roles"])
    assert putin["counterparts"] and putin["series"] and putin["events"]
    assert sum(putin["counts_by_type"].values()) == found[0]["events"]


def test_article_by_prefix(api):
    ids = [i["mentions"][0]["article_id"] for i in [api.get(f"/api/events/{e['id']}").json()
                                                    for e in api.get("/api/events", params={"limit": 1}).json()["items"]]]
    article = api.get(f"/api/articles/{ids[0][:6]}").json()
    assert article["id"] == ids[0] and article["text"] and article["sentences"]
    assert all(0 <= s["start"] < s["end"] <= len(article["text"]) for s in article["sentences"])


def test_stories_and_meta(api, records):
    stories = api.get("/api/stories").json()["items"]
    assert stories and all(len(s["articles"]) >= 2 and s["events"] for s in stories)
    meta = api.get("/api/meta").json()
    assert meta["counts"]["events"] == len(records) and meta["ingest"] is False
    assert "CONSULT" in meta["types"] and re.match(r"\d+\.\d+", meta["version"])
