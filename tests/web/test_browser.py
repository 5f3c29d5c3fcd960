"""End-to-end tests of the web app in a real headless Chromium.

They start ``chronik serve`` on a free port against the demo corpus (a fresh
database built with ``chronik run examples/news``), drive Debian's
``chromium`` with Playwright (``executable_path``; no ``playwright install``),
and walk through the app as an analyst would: the timeline, a filter by actor,
an event with its highlighted sentence, the article, the actor page, the
network, the map with its markers, search and the language toggle.  Every test
asserts that the page logged no console error and that no request left
localhost (requests elsewhere are also blocked, so the tests never go online).

Screenshots go to ``tests/artifacts/browser/`` (or ``$CHRONIK_TEST_ARTIFACTS``);
the path is printed.  Without chromium or Playwright the tests skip with the
reason, unless ``CHRONIK_REQUIRE_BROWSER=1`` (set by ``.ci/run``), which turns
the skip into a failure.  ``CHRONIK_TEST_WEB_URL`` points the tests at a server
that is already running instead of starting one (for working on the front end).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "news"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
READY = "#view[data-state=ready]"

pytestmark = pytest.mark.browser


def _unavailable(reason: str) -> None:
    """Skip with reason, or fail when CHRONIK_REQUIRE_BROWSER=1 (CI)."""
    if os.environ.get("CHRONIK_REQUIRE_BROWSER") == "1":
        pytest.fail(f"CHRONIK_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def chromium() -> str:
    """The path of a Chromium binary, or skip/fail."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        _unavailable("no chromium on PATH (Debian: apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install -e '.[dev]')")
    return path


@pytest.fixture(scope="module")
def artifacts() -> Path:
    """The folder for screenshots (created; printed once)."""
    folder = Path(os.environ.get("CHRONIK_TEST_ARTIFACTS") or REPO / "tests" / "artifacts") / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nbrowser screenshots: {folder}")
    return folder


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Returns once url answers 200; fails with the server's output if it dies or times out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"chronik serve exited with {proc.returncode}: {proc.stdout.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"chronik serve did not answer {url} within {timeout} s")


@pytest.fixture(scope="module")
def base_url(chromium, tmp_path_factory) -> str:
    """The URL of a running web app over the demo corpus."""
    given = os.environ.get("CHRONIK_TEST_WEB_URL")
    if given:
        yield given.rstrip("/") + "/"
        return
    db = tmp_path_factory.mktemp("web") / "demo.db"
    chronik = [sys.executable, "-m", "chronik"]
    subprocess.run([*chronik, "run", str(EXAMPLES), "--db", str(db)], check=True, capture_output=True, cwd=REPO)
    port = _free_port()
    proc = subprocess.Popen([*chronik, "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_for(url + "api/meta", proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser(chromium):
    """One headless Chromium for the module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=chromium, headless=True)
        yield instance
        instance.close()


class Watch:
    """Records what a page does: console errors, uncaught errors, failed and outside requests."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(f"console: {msg.text}"))
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        page.on("requestfailed", lambda req: self.errors.append(f"request failed: {req.url} {req.failure}"))
        page.on("request", self._request)

    def _request(self, request) -> None:
        self.requests.append(request.url)
        parts = urlsplit(request.url)
        if parts.scheme not in ("data", "blob") and parts.hostname not in LOCAL_HOSTS:
            self.outside.append(request.url)

    def check(self) -> None:
        """Fails on any console error, page error, failed request or request that left localhost."""
        assert self.requests, "the page made no request at all"
        assert not self.outside, f"requests left localhost: {self.outside}"
        assert not self.errors, "\n".join(self.errors)


@pytest.fixture
def page(browser, base_url):
    """A fresh page (German UI) with a Watch at page.watch; requests off localhost are blocked."""
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900}, base_url=base_url)
    context.route(lambda url: urlsplit(url).hostname not in LOCAL_HOSTS, lambda route: route.abort())
    page = context.new_page()
    page.watch = Watch(page)
    page.set_default_timeout(20_000)
    yield page
    context.close()


def goto(page, hash_route: str, route: str):
    """Opens #hash_route and waits until the view named route has rendered."""
    page.goto("/" + hash_route)
    page.wait_for_selector(f"{READY}[data-route={route}]")


def shot(page, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def event_rows(page) -> list[str]:
    return page.locator("table.events tbody tr .event-link").all_inner_texts()


def test_timeline_shows_the_demo_corpus(page, artifacts):
    goto(page, "#/timeline", "timeline")
    page.wait_for_selector(".vis-timeline .vis-item")
    assert page.locator(".vis-item").count() >= 10
    assert len(event_rows(page)) >= 10
    assert page.locator("#nav a.active").inner_text() == "Zeitleiste"
    shot(page, artifacts, "01-timeline")
    page.watch.check()


def test_filter_by_actor_then_event_article_and_actor(page, artifacts):
    goto(page, "#/timeline", "timeline")
    everything = len(event_rows(page))
    page.fill("#filters input[name=actor]", "Putin")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**#/timeline?actor=Putin")
    page.wait_for_selector(f"{READY}[data-route=timeline]")
    rows = event_rows(page)
    assert 0 < len(rows) < everything
    assert any("Putin" in row for row in rows)
    shot(page, artifacts, "02-timeline-putin")

    page.locator("table.events .event-link", has_text="Putin").first.click()
    page.wait_for_selector(f"{READY}[data-route=event]")
    trigger = page.locator("ol.mentions .sentence mark.hl-trigger").first
    trigger.wait_for()
    sentence = page.locator("ol.mentions .sentence").first.inner_text()
    assert trigger.inner_text() and trigger.inner_text() in sentence
    shot(page, artifacts, "03-event")

    page.locator("ol.mentions .article-link").first.click()
    page.wait_for_selector(f"{READY}[data-route=article]")
    hit = page.locator(".article-text .sent-hit").first
    assert hit.is_visible()
    assert sentence.strip()[:40] in page.locator(".article-text").inner_text()
    shot(page, artifacts, "04-article")

    page.go_back()
    page.wait_for_selector(f"{READY}[data-route=event]")
    page.locator("dl.facts a.actor", has_text="Putin").first.click()
    page.wait_for_selector(f"{READY}[data-route=actor]")
    assert "Putin" in page.locator("h1").inner_text()
    page.wait_for_selector("#actor-series .uplot canvas")
    assert page.locator("table.events tbody tr").count() > 0
    shot(page, artifacts, "05-actor")
    page.watch.check()


def test_network_draws_actors_and_relations(page, artifacts):
    goto(page, "#/network", "network")
    page.wait_for_selector("#network canvas")
    assert int(page.get_attribute("#network", "data-nodes")) >= 5
    assert int(page.get_attribute("#network", "data-edges")) >= 3
    shot(page, artifacts, "06-network")
    goto(page, "#/network?from=2015-01-01&to=2015-12-31", "network")
    page.wait_for_selector("#network canvas")
    page.watch.check()


def test_map_shows_outlines_and_markers(page, artifacts):
    goto(page, "#/map", "map")
    page.wait_for_selector("path.event-marker")
    assert page.locator("path.event-marker").count() >= 3
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # the country outlines
    page.locator("path.event-marker").first.click(force=True)
    page.wait_for_selector(".leaflet-popup .event-link")
    shot(page, artifacts, "07-map")
    page.watch.check()


def test_search_finds_articles_and_events(page, artifacts):
    goto(page, "#/timeline", "timeline")
    page.fill("#quick-q", "Minsk")
    page.press("#quick-q", "Enter")
    page.wait_for_selector(f"{READY}[data-route=search]")
    assert page.locator("ol.results li").count() > 0
    assert page.locator("ol.results .article-link").count() > 0
    marked = page.locator("ol.results mark.match").all_inner_texts()
    assert marked and all("minsk" in m.lower() for m in marked)  # the API's match offsets are highlighted
    shot(page, artifacts, "08-search")
    page.watch.check()


def test_language_toggle_switches_labels(page, artifacts):
    goto(page, "#/timeline", "timeline")
    assert page.locator("#nav a[data-route=map]").inner_text() == "Karte"
    page.click("#lang-toggle")
    page.wait_for_function("document.querySelector('#nav a[data-route=map]').textContent === 'Map'")
    page.wait_for_selector(f"{READY}[data-route=timeline]")
    assert page.locator("h1").first.inner_text() == "Timeline"
    shot(page, artifacts, "09-english")
    page.watch.check()


def test_unknown_event_shows_an_error_not_a_crash(page):
    page.goto("/#/event/ev_does_not_exist")
    page.wait_for_selector("#view[data-state=error] [role=alert]")
    # the 404 answer itself is logged by Chromium; anything else is not expected
    page.watch.errors = [e for e in page.watch.errors if "404" not in e]
    page.watch.check()


def test_highlight_segments_cover_the_sentence(page):
    goto(page, "#/search", "search")
    result = page.evaluate("""async () => {
        const { segments } = await import('./js/highlight.js');
        const text = 'Putin traf Assad in Damaskus.';
        const segs = segments(text, [{start: 0, end: 5, kind: 'source'}, {start: 6, end: 10, kind: 'trigger'},
                                     {start: 0, end: 10, kind: 'date'}, {start: 20, end: 99, kind: 'place'}]);
        return { joined: segs.map((s) => s.text).join(''), segs };
    }""")
    assert result["joined"] == "Putin traf Assad in Damaskus."
    kinds = {s["text"]: s["kinds"] for s in result["segs"]}
    assert kinds["Putin"] == ["date", "source"]
    assert kinds["traf"] == ["date", "trigger"]
    assert kinds["Damaskus."] == ["place"]
    page.watch.check()
