"""POST /api/articles: disabled by default, token in constant time, JSON only, 1 MB, the pipeline and merge."""

from __future__ import annotations

import json

import pytest

from chronik.web.routes_ingest import MAX_BODY
from tests.web.conftest import error_of

TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("Moskau, 21.10.2015. Der syrische Präsident Baschar al-Assad hat am Dienstagabend Moskau besucht und "
        "Russlands Präsidenten Wladimir Putin im Kreml getroffen. Putin sagte Assad weitere Hilfe zu. "
        "Es war Assads erste Auslandsreise seit Beginn des Krieges.")


@pytest.fixture
def ingest_api(writable_db, make_client):
    return make_client(writable_db, allow_ingest=True, token=TOKEN)


def test_ingest_is_forbidden_unless_enabled(make_client, writable_db):
    response = make_client(writable_db).post("/api/articles", json={"text": TEXT}, headers=AUTH)
    assert response.status_code == 403 and error_of(response)["code"] == "forbidden"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                                     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": f"Bearer {TOKEN}x"},
                                     {"Authorization": "Bearer "}])
def test_a_missing_or_wrong_token_is_401(ingest_api, headers):
    response = ingest_api.post("/api/articles", json={"text": TEXT}, headers=headers)
    assert response.status_code == 401 and error_of(response)["code"] == "unauthorized"
    assert response.headers["www-authenticate"] == "Bearer"


def test_only_json_bodies(ingest_api):
    response = ingest_api.post("/api/articles", content=TEXT.encode(), headers={**AUTH, "Content-Type": "text/plain"})
    assert response.status_code == 415 and error_of(response)["code"] == "unsupported_media_type"
    response = ingest_api.post("/api/articles", data={"text": TEXT}, headers=AUTH)
    assert response.status_code == 415


def test_bodies_over_one_megabyte_are_413(ingest_api):
    big = json.dumps({"text": "a" * (MAX_BODY + 10)})
    response = ingest_api.post("/api/articles", content=big, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 413 and error_of(response)["code"] == "payload_too_large"

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(20):
            yield b"a" * 100_000

    response = ingest_api.post("/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 413


@pytest.mark.parametrize("body, status, field", [
    (b"{not json", 400, None),
    (b"[" * 100_000 + b"]" * 100_000, 400, None),
    (b"\xff\xfe\x00garbage", 400, None),
    (b'"just a string"', 422, "body"),
    (b"[]", 422, "body"),
    (b"{}", 422, "text"),
    (b'{"text": ""}', 422, "text"),
    (b'{"text": 5}', 422, "text"),
    (b'{"text": "ok text here", "published": "yesterday"}', 422, "published"),
    (b'{"text": "ok text here", "evil": 1}', 422, "evil"),
    (b'{"text": "zu kurz"}', 422, "text"),
    (b'{"text": "   \\n   "}', 422, "text"),
])
def test_malformed_bodies_are_clear_4xx(ingest_api, body, status, field):
    response = ingest_api.post("/api/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == status, response.text
    assert error_of(response)["field"] == field


def test_an_article_runs_through_the_pipeline_and_the_merge(ingest_api):
    before = ingest_api.get("/api/meta").json()["counts"]
    response = ingest_api.post("/api/articles", json={"text": TEXT, "title": "Assad in Moskau",
                                                      "published": "2015-10-21", "source": "wire/assad.txt"},
                               headers=AUTH)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "new" and body["events"]
    article = ingest_api.get(f"/api/articles/{body['article_id']}").json()
    assert article["title"] == "Assad in Moskau" and article["published"] == "2015-10-21"
    assert set(body["events"]) == set(article["events"])
    after = ingest_api.get("/api/meta").json()["counts"]
    assert after["articles"] == before["articles"] + 1
    assert after["events"] - before["events"] < len(body["events"]), "the demo corpus reports this visit: merged"
    again = ingest_api.post("/api/articles", json={"text": TEXT, "source": "wire/assad.txt"}, headers=AUTH).json()
    assert again["status"] == "unchanged" and again["article_id"] == body["article_id"]
    assert ingest_api.get("/api/meta").json()["counts"] == after
    found = ingest_api.get("/api/search", params={"q": "Auslandsreise"}).json()["articles"]
    assert body["article_id"] in {a["id"] for a in found}


def test_ingest_on_each_database(db_url, make_client):
    api = make_client(db_url, allow_ingest=True, token=TOKEN)
    response = api.post("/api/articles", json={"text": TEXT, "published": "2015-10-21"}, headers=AUTH)
    assert response.status_code == 201, response.text
    events = api.get("/api/events", params={"actor": "assad"}).json()["items"]
    assert {e["id"] for e in events} <= set(response.json()["events"]) and events
    assert api.get("/api/search", params={"q": "Kreml"}).json()["articles"]
    assert api.get("/api/events", params={"q": "Kreml"}).json()["items"]


def test_serve_refuses_ingest_without_a_token(demo_sqlite):
    from chronik.cli_web import build_app
    from chronik.errors import InputError

    with pytest.raises(InputError, match="--token"):
        build_app(demo_sqlite, allow_ingest=True, token=None)
    with pytest.raises(InputError, match="8 characters"):
        build_app(demo_sqlite, allow_ingest=True, token="short")
