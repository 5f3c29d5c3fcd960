"""One error shape for every error; 422 names the parameter; hostile input never gives a 500 or leaks."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from chronik.web.errors import install_error_handlers
from tests.web.conftest import error_of

HOSTILE = [
    "' OR 1=1 --", "\"; DROP TABLE events; --", "%' UNION SELECT record FROM events --", "\\", "%", "_", "*",
    "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "\x00", "NEAR(a b)", "a OR b", "\"unbalanced", "col:word",
    "ü" * 150, "😀", "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"), "<script>alert(1)</script>",
]
STRING_PARAMS = ["actor", "country", "type", "mode", "from", "to", "place", "q", "min_confidence", "sort", "limit",
                 "cursor"]


def test_the_error_shape_is_pinned(sqlite_api):
    response = sqlite_api.get("/api/events", params={"min_confidence": "2"})
    assert response.status_code == 422
    assert response.json() == {"error": {"status": 422, "code": "invalid_parameter",
                                         "message": "min_confidence: Input should be less than or equal to 1",
                                         "field": "min_confidence"}}


@pytest.mark.parametrize("path, params, field", [
    ("/api/events", {"limit": "0"}, "limit"),
    ("/api/events", {"limit": "501"}, "limit"),
    ("/api/events", {"limit": "ten"}, "limit"),
    ("/api/events", {"sort": "name"}, "sort"),
    ("/api/events", {"from": "2020-02-30"}, "from"),
    ("/api/events", {"from": "2020-02-01", "to": "2020-01-01"}, "to"),
    ("/api/events", {"country": "RUSSIA"}, "country"),
    ("/api/events", {"min_confidence": "nan"}, "min_confidence"),
    ("/api/events", {"cursor": "not-a-cursor"}, "cursor"),
    ("/api/events", {"q": "!!!"}, "q"),
    ("/api/timeline", {"limit": "5001"}, "limit"),
    ("/api/dyad", {"a": "RUS"}, "b"),
    ("/api/search", {}, "q"),
    ("/api/search", {"q": "?!"}, "q"),
    ("/api/actors", {"country": "1"}, "country"),
    ("/api/actors", {"cursor": "eyJ4Ijox"}, "cursor"),
])
def test_invalid_parameters_are_422_naming_the_field(sqlite_api, path, params, field):
    response = sqlite_api.get(path, params=params)
    assert response.status_code == 422, response.text
    error = error_of(response)
    assert error["code"] == "invalid_parameter" and error["field"] == field


def test_a_cursor_of_another_sort_is_refused(sqlite_api):
    cursor = sqlite_api.get("/api/events", params={"limit": 1}).json()["next_cursor"]
    error = error_of(sqlite_api.get("/api/events", params={"limit": 1, "cursor": cursor, "sort": "-confidence"}))
    assert error["field"] == "cursor"


@pytest.mark.parametrize("method, path, status, code", [
    ("GET", "/api/nothing-here", 404, "not_found"),
    ("GET", "/api/events/ev_0000000000000000", 404, "not_found"),
    ("GET", "/api/actors/Q0", 404, "not_found"),
    ("GET", "/api/articles/ffffffffffff", 404, "not_found"),
    ("GET", "/api/articles/ab", 404, "not_found"),
    ("DELETE", "/api/events", 405, "method_not_allowed"),
    ("PUT", "/api/meta", 405, "method_not_allowed"),
    ("POST", "/api/articles", 403, "forbidden"),
])
def test_http_errors_have_the_shape(sqlite_api, method, path, status, code):
    response = sqlite_api.request(method, path)
    assert response.status_code == status
    assert error_of(response)["code"] == code


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_in_every_parameter_never_give_a_server_error(sqlite_api, value):
    for name in STRING_PARAMS:
        response = sqlite_api.get("/api/events", params={name: value})
        assert response.status_code in (200, 422), (name, value, response.status_code, response.text[:200])
        if response.status_code == 422:
            assert error_of(response)["field"] == name
        _no_leak(response.text)
    for path, name in (("/api/search", "q"), ("/api/actors", "q"), ("/api/dyad", "a"), ("/api/timeline", "actor"),
                       ("/api/network", "place"), ("/api/map", "q")):
        params = {name: value, **({"b": "SYR"} if path == "/api/dyad" else {})}
        response = sqlite_api.get(path, params=params)
        assert response.status_code in (200, 422), (path, value, response.text[:200])
        _no_leak(response.text)


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_ids_in_paths(sqlite_api, value):
    from urllib.parse import quote

    for prefix in ("/api/events/", "/api/actors/", "/api/articles/"):
        response = sqlite_api.get(prefix + quote(value, safe=""))
        assert response.status_code in (404, 422), (prefix, value, response.status_code)
        _no_leak(error_of(response)["message"])


def test_sql_injection_does_not_change_the_answer_or_the_data(sqlite_api):
    total = sqlite_api.get("/api/meta").json()["counts"]["events"]
    assert sqlite_api.get("/api/events", params={"actor": "x' OR '1'='1"}).json()["items"] == []
    assert sqlite_api.get("/api/events", params={"place": "%"}).json()["items"] == []  # a literal percent sign
    assert sqlite_api.get("/api/events", params={"actor": "_"}).json()["items"] == []
    sqlite_api.get("/api/events", params={"q": "x'); DELETE FROM events; --"})
    assert sqlite_api.get("/api/meta").json()["counts"]["events"] == total


@pytest.mark.parametrize("path", ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                                  "/js/../../../../pyproject.toml", "/%00", "/static/..%5c..%5capp.py",
                                  "/docs-assets/../../../etc/passwd", "/app.py", "/../app.py"])
def test_no_path_traversal_out_of_the_static_folder(sqlite_api, path):
    response = sqlite_api.get(path)
    assert response.status_code in (200, 404)
    assert "root:" not in response.text and "[build-system]" not in response.text
    assert "create_app" not in response.text
    if response.status_code == 200:
        assert response.headers["content-type"].startswith("text/html")


def test_unknown_web_paths_fall_back_to_the_web_app(sqlite_api):
    root = sqlite_api.get("/")
    assert root.status_code == 200 and root.headers["content-type"].startswith("text/html")
    assert sqlite_api.get("/timeline/some/route").text == root.text


def test_huge_query_strings_are_clear_4xx(sqlite_api):
    for name in ("actor", "q", "place", "cursor", "country", "mode"):
        response = sqlite_api.get("/api/events", params={name: "a" * 60_000})  # httpx allows 64 KiB URLs
        assert response.status_code == 422 and error_of(response)["field"] == name
    response = sqlite_api.get("/api/events?" + "&".join(f"x{i}=1" for i in range(5000)))
    assert response.status_code == 200  # unknown parameters are ignored


def test_openapi_and_offline_docs(sqlite_api):
    spec = sqlite_api.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/articles" in spec["paths"]
    docs = sqlite_api.get("/docs")
    assert docs.status_code == 200
    assert "http://" not in docs.text and "https://" not in docs.text  # no CDN
    assert sqlite_api.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_an_unexpected_exception_is_a_500_in_the_shape_without_details():
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret connection string postgresql://u:p@host/db")

    from fastapi.testclient import TestClient

    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    error = error_of(response)
    assert error["code"] == "internal" and "secret" not in response.text


def _no_leak(text: str) -> None:
    for marker in ("Traceback", "sqlalchemy", "[SQL:", "sqlite3.", "psycopg", "File \"/", "OperationalError"):
        assert marker not in text, text[:300]
