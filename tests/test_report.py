"""`chronik report`: one self-contained HTML file of the demo corpus that makes no request, shows the events
with their sentences and respects the timeline filters."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronik.chronicle import EventFilter
from chronik.cli import app
from chronik.report import highlight, render_report, vendor_assets
from chronik.store.repository import Store
from tests.conftest import EXAMPLES

EXTERNAL = re.compile(r"""<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?\b(?:src|href|data)\s*=\s*["']?\s*(?:https?:)?//""",
                      re.IGNORECASE)
ANY_SRC = re.compile(r"""<(?:script|img|iframe|source|embed)\b[^>]*?\bsrc\s*=""", re.IGNORECASE)
STYLESHEET_LINK = re.compile(r"""<link\b[^>]*\bhref\s*=""", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*["']?(?!data:|#)[^)"']+""", re.IGNORECASE)
SCALE = {"CONSULT": 2.0, "ASSAULT": -10.0}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    result = CliRunner().invoke(app, ["run", str(EXAMPLES), "--db", db, "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def demo_report(demo_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(app, ["report", "--out", str(out), "--db", demo_db])
    assert result.exit_code == 0, result.output
    return out


def _records(db: str, flt: EventFilter) -> list[dict]:
    store = Store.open(db, create=False)
    try:
        return store.event_records(flt)
    finally:
        store.close()


def test_report_is_one_file_without_external_references(demo_report):
    assert [p.name for p in demo_report.parent.iterdir()] == ["report.html"]
    html = demo_report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert not EXTERNAL.findall(html)
    assert not ANY_SRC.findall(html), "every script and image is inlined"
    assert not STYLESHEET_LINK.findall(html)
    assert not CSS_URL.findall("".join(re.findall(r"<style>(.*?)</style>", html, re.DOTALL)))


def test_report_inlines_the_libraries_and_the_base_map(demo_report):
    html = demo_report.read_text(encoding="utf-8")
    for marker in ('id="timeline"', 'id="network"', 'id="map"', 'id="world-data"', "vis.Timeline", "cytoscape(",
                   "L.map(", "topojson.feature("):
        assert marker in html


def test_report_contains_every_event_with_its_sentences(demo_report, demo_db):
    html = demo_report.read_text(encoding="utf-8")
    records = _records(demo_db, EventFilter())
    assert len(records) > 20
    for record in records:
        assert f'<tr id="{record["id"]}"' in html
    assert "<mark>" in html
    assert "Waffenruhe" in html or "Minsk" in html
    assert f"<b>{len(records)}</b>Ereignisse" in html
    assert html.count('<figure class="dyad">') >= 1


def test_report_respects_filters(demo_db, tmp_path):
    out = tmp_path / "putin.html"
    result = CliRunner().invoke(app, ["report", "--out", str(out), "--actor", "Putin", "--from", "2015-10-01",
                                      "--db", demo_db])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    kept = {r["id"] for r in _records(demo_db, EventFilter(actor="Putin", date_from=__import__("datetime").date(2015, 10, 1)))}
    shown = set(re.findall(r'<tr id="(ev_[0-9a-f]+)"', html))
    assert shown == kept and 0 < len(kept) < len(_records(demo_db, EventFilter()))
    assert "actor = Putin" in html


def test_bad_out_folder_and_bad_filter_are_clear_errors(demo_db, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["report", "--out", str(tmp_path / "no" / "r.html"), "--db", demo_db])
    assert result.exit_code == 2 and "does not exist" in result.output
    result = runner.invoke(app, ["report", "--out", str(tmp_path / "r.html"), "--from", "gestern", "--db", demo_db])
    assert result.exit_code == 2 and "--from" in result.output


def _record(name: str) -> dict:
    actor = {"id": "Q1", "name": name, "country": "RUS", "sector": "GOV", "aliases": []}
    other = {"id": "Q2", "name": "Assad", "country": "SYR", "sector": "GOV", "aliases": []}
    return {"id": "ev_1", "type": "CONSULT", "mode": None, "context": [], "source": [actor], "target": [other],
            "date": {"value": "2020-01", "start": "2020-01-01", "end": "2020-01-31", "precision": "month"},
            "location": {"name": "Damaskus", "geonames_id": 1, "lat": 33.5, "lon": 36.3, "country": "SYR"},
            "modality": "asserted", "attribution": None, "confidence": 0.8, "num_articles": 1,
            "mentions": [{"doc": "a.txt", "sentence": f"{name} trifft Assad.", "start": 0, "end": 9, "trigger": "trifft"}]}


def test_hostile_text_is_escaped_everywhere():
    evil = "</script><script>alert(1)</script><img src=x>"
    html = render_report([_record(evil)], SCALE, {"actor": evil}, assets={}, generated="2020-01-01")
    assert "<script>alert(1)" not in html
    assert "<img src=x>" not in html
    assert "&lt;/script&gt;" in html


def test_without_vendored_libraries_the_report_still_has_its_tables():
    html = render_report([_record("Putin")], SCALE, {}, assets={}, generated="2020-01-01")
    assert "fehlt in dieser Installation" in html
    assert '<tr id="ev_1"' in html and "<svg" in html
    assert not ANY_SRC.findall(html)


def test_empty_selection_renders():
    html = render_report([], SCALE, {"type": "SANCTION"}, assets={}, generated="2020-01-01")
    assert "<b>0</b>Ereignisse" in html and "type = SANCTION" in html


def test_the_reference_patterns_catch_what_they_should():
    assert EXTERNAL.findall('<script defer src="https://cdn.example/x.js">')
    assert EXTERNAL.findall("<link rel=stylesheet href=//cdn.example/x.css>")
    assert not EXTERNAL.findall('<a href="https://leafletjs.com">Leaflet</a>')
    assert CSS_URL.findall("a{background:url(images/x.png)}") and not CSS_URL.findall("a{b:url(data:image/png;base64,AA)}")


def test_highlight_marks_the_trigger_and_escapes():
    assert highlight("A <b> trifft B", "trifft") == "A &lt;b&gt; <mark>trifft</mark> B"
    assert highlight("A & B", "fehlt") == "A &amp; B"


def test_vendored_assets_are_present():
    assets = vendor_assets()
    assert {"js_leaflet", "js_topojson", "js_timeline", "js_cytoscape", "css_leaflet", "world"} <= set(assets)
    assert "url(images/" not in assets["css_leaflet"]


@pytest.mark.slow
def test_report_opens_offline_in_a_browser(demo_report, demo_db):
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("no chromium on PATH")
    located = [r for r in _records(demo_db, EventFilter()) if r.get("location") and r["location"].get("lat") is not None]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        errors, requests = [], []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else requests.append(r.url))
        page.goto(demo_report.as_uri())
        page.wait_for_selector("#map path.leaflet-interactive", timeout=10_000)
        markers = page.locator("#map path.leaflet-interactive").count()
        page.wait_for_selector("#timeline .vis-item", timeout=10_000)
        canvases = page.locator("#network canvas").count()
        browser.close()
    assert errors == [] and requests == []
    assert markers == len(located)
    assert canvases > 0
