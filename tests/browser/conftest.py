"""Real-browser tests for the built portal.

One site build and one Chromium per test session:

* ``site_dir``   -- the built site: ``$PORTAL_SITE_DIR`` if set; else the suite's own session
                    build (``real_site`` from tests/conftest.py); else a fresh strict build of both
                    editions (``python -m macros.engine.build``, as ``make site``) into a temporary folder,
                    with SOURCE_DATE_EPOCH set.
* ``server_url`` -- that folder served by a quiet ``ThreadingHTTPServer`` on
                    127.0.0.1 (random port); missing paths get ``404.html`` with status 404,
                    like a real static host.
* ``browser``    -- Debian's Chromium (Playwright's own download is not available here).
* ``new_page``   -- factory: ``new_page("phone")`` / ``new_page("desktop")`` gives a fresh
                    Playwright page in its own context.  Every request URL, console error and
                    page error is recorded; at teardown the test fails if any request left
                    127.0.0.1 or the browser logged an error.
* ``screenshots_dir`` -- ``tests/browser/screenshots/`` (git-ignored), printed at the end.
* ``search_ui``  -- Material's search used as a person does (tap or "/", type, read results).
* ``overview_path`` / ``overview_pages`` -- the pages of the main navigation, read from mkdocs.yml.

Run: ``.venv/bin/python -m pytest tests/browser -q`` (about 2-3 minutes on 2 cores).
"""
from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect, sync_playwright

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]

DEVICES = {
    "phone": dict(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    ),
    "desktop": dict(viewport={"width": 1280, "height": 900}),
}


def _nav_pages(config: Path = REPO / "mkdocs.yml") -> list[str]:
    """Site paths of the main navigation, in order, from mkdocs.yml ("networks.md" -> "networks/").

    Read from the configuration so that a page added to the navigation is tested without editing
    the tests; the left-nav test checks the built site against this list.
    """
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    # MkDocs-only tags (!ENV, !!python/name:...) are irrelevant to the navigation.
    _Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    nav = yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader).get("nav") or []

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                yield from walk(value)
            elif isinstance(value, str) and value.endswith(".md") and "://" not in value:
                path = value[:-3]
                path = path[: -len("index")] if path == "index" or path.endswith("/index") else path + "/"
                yield path

    return list(walk(nav))


# Pages every overview test walks through (path relative to the site root): the main navigation.
OVERVIEW_PAGES = _nav_pages()

LOCAL_HOST = "127.0.0.1"
# Schemes that never touch the network.
INERT_SCHEMES = {"data", "blob", "about", "chrome-error"}


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in INERT_SCHEMES or parts.hostname == LOCAL_HOST


# --------------------------------------------------------------------------- site


def _source_date_epoch() -> str:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
        return out or "315532800"
    except (OSError, subprocess.CalledProcessError):
        return "315532800"


def _build(out: Path) -> None:
    """Build the portal as `make site` does: both editions (python -m macros.engine.build) when that
    driver exists, else the single MkDocs edition."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=_source_date_epoch(), NO_MKDOCS_2_WARNING="1")
    if (REPO / "macros" / "engine" / "build.py").is_file():
        cmd = [sys.executable, "-m", "macros.engine.build", "--site-dir", str(out)]
    else:
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.exit(f"site build failed ({' '.join(cmd[2:])}):\n{proc.stdout}\n{proc.stderr}", returncode=2)


@pytest.fixture(scope="session")
def site_dir(request, tmp_path_factory) -> Path:
    """The built portal, built once per session.

    ``$PORTAL_SITE_DIR`` if set; else the session build of the rest of the suite
    (``real_site`` in tests/conftest.py) when present; else a fresh strict build here.
    """
    given = os.environ.get("PORTAL_SITE_DIR")
    if given:
        path = Path(given).resolve()
        if not (path / "index.html").is_file():
            pytest.exit(f"PORTAL_SITE_DIR={given} holds no built site (no index.html)", returncode=2)
        return path
    try:
        shared = request.getfixturevalue("real_site")
    except pytest.FixtureLookupError:
        shared = None
    if shared is not None and (Path(shared) / "index.html").is_file():
        return Path(shared)
    out = tmp_path_factory.mktemp("portal-site") / "site"
    _build(out)
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, no access log, and the site's own 404 page for missing paths."""

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".json": "application/json",
        ".woff2": "font/woff2",
        ".svg": "image/svg+xml",
    }

    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404, message)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def handle(self):
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError):
            pass  # the browser closed a connection it no longer needed


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # no tracebacks for connections the browser dropped


@pytest.fixture(scope="session")
def server_url(site_dir) -> str:
    """Base URL (ending in '/') of the built site served on 127.0.0.1."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = _QuietServer((LOCAL_HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="portal-http", daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL_HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.exit(f"Chromium not found at {CHROMIUM} (run `make browser-deps`)", returncode=2)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


_screenshots_used = False


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    """tests/browser/screenshots/ (git-ignored); its path is printed at the end of the run."""
    global _screenshots_used
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    _screenshots_used = True
    print(f"\nscreenshots: {SCREENSHOTS}")
    return SCREENSHOTS


@dataclass
class PageRecord:
    """What one page saw: request URLs, console errors, uncaught page errors."""

    device: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    allowed_console: list[re.Pattern] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if not _is_local(url)]

    def unexpected_console_errors(self) -> list[str]:
        return [m for m in self.console_errors if not any(p.search(m) for p in self.allowed_console)]


@pytest.fixture
def new_page(browser, server_url, request):
    """Factory: ``new_page("phone" | "desktop", allow_console=(regex, ...))`` -> Page.

    Each page gets its own browser context (fresh storage, Turkish locale) and a
    ``page.record`` (:class:`PageRecord`).  ``page.site(path)`` gives the absolute URL
    of a site path.  At teardown the test fails on any request to another host,
    any console error not explicitly allowed, or any uncaught page error.
    """
    opened = []

    def make(device: str = "phone", allow_console=()):
        if device not in DEVICES:
            raise ValueError(f"unknown device {device!r}; use one of {sorted(DEVICES)}")
        context = browser.new_context(
            **DEVICES[device],
            locale="tr-TR",
            timezone_id="Europe/Istanbul",
            reduced_motion="reduce",
            service_workers="block",
        )
        context.set_default_timeout(10_000)
        record = PageRecord(device=device, allowed_console=[re.compile(p) for p in allow_console])
        # Nothing may leave the machine: other hosts are refused (and still recorded as a failure).
        context.route(lambda url: not _is_local(url), lambda route: route.abort("blockedbyclient"))
        page = context.new_page()
        page.on("request", lambda req: record.requests.append(req.url))
        page.on(
            "console",
            lambda msg: record.console_errors.append(f"{msg.text} ({msg.location.get('url', '')})")
            if msg.type == "error"
            else None,
        )
        page.on("pageerror", lambda exc: record.page_errors.append(str(exc)))
        page.record = record
        page.site = lambda path="": server_url + path.lstrip("/")
        opened.append((context, record))
        return page

    yield make

    problems = []
    for context, record in opened:
        context.close()
        foreign = record.foreign_requests()
        if foreign:
            problems.append(f"[{record.device}] requests to another host:\n  " + "\n  ".join(foreign))
        errors = record.unexpected_console_errors()
        if errors:
            problems.append(f"[{record.device}] console errors:\n  " + "\n  ".join(errors))
        if record.page_errors:
            problems.append(f"[{record.device}] page errors:\n  " + "\n  ".join(record.page_errors))
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# --------------------------------------------------------------------------- search helpers


class SearchUI:
    """Material's search box, used the way a person uses it."""

    INPUT = "input.md-search__input"
    ITEMS = ".md-search-result__item"
    META = ".md-search-result__meta"

    def open(self, page: Page, how: str | None = None) -> None:
        """Phone: tap the magnifier in the header.  Desktop: press "/" (Material's shortcut)."""
        how = how or ("tap" if page.record.device == "phone" else "key")
        if how == "tap":
            page.locator("label.md-header__button[for=__search]").click()
        else:
            page.keyboard.press("/")
        expect(page.locator(self.INPUT)).to_be_focused()

    def type(self, page: Page, query: str) -> None:
        page.keyboard.type(query, delay=10)

    def results(self, page: Page, timeout: float = 10.0) -> list[str]:
        """Site paths (e.g. "municipalities/kadikoy/") of the result pages, best first.

        Waits until the result count is shown and the list has stopped changing
        (the worker answers each keystroke; only the last answer counts).
        """
        deadline = time.monotonic() + timeout
        previous = None
        while time.monotonic() < deadline:
            meta = page.locator(self.META).inner_text().strip()
            hrefs = page.eval_on_selector_all(
                f"{self.ITEMS} > a.md-search-result__link", "els => els.map(a => a.href)"
            )
            current = (meta, tuple(hrefs))
            # "N doküman bulundu" / "Eşleşen doküman bulunamadı" (English edition: "... matching document(s)")
            ready = any(w in meta for w in ("bulundu", "bulunamad", "matching document"))
            if ready and current == previous:
                return [self.site_path(h) for h in hrefs]
            previous = current if ready else None
            page.wait_for_timeout(150)
        raise AssertionError(f"search results did not settle within {timeout}s (last: {previous})")

    @staticmethod
    def site_path(href: str) -> str:
        return urlsplit(href).path.lstrip("/")


@pytest.fixture(scope="session")
def search_ui() -> SearchUI:
    return SearchUI()


def pytest_generate_tests(metafunc):
    """``overview_path``: one test per page of the main navigation (OVERVIEW_PAGES)."""
    if "overview_path" in metafunc.fixturenames:
        metafunc.parametrize("overview_path", OVERVIEW_PAGES, ids=[p.strip("/") or "home" for p in OVERVIEW_PAGES])


@pytest.fixture(scope="session")
def overview_pages() -> list[str]:
    return list(OVERVIEW_PAGES)


def pytest_terminal_summary(terminalreporter):
    if _screenshots_used:
        terminalreporter.write_line(f"browser screenshots: {SCREENSHOTS}")


def assert_readable(page) -> None:
    """What a screenshot is for: the page's heading is on screen, within the screen's width, and nothing makes
    the page wider than the screen (a reader would have to scroll sideways)."""
    heading = page.locator("article h1").first.bounding_box()
    width = page.evaluate("window.innerWidth")
    assert heading and heading["x"] >= 0 and heading["x"] + heading["width"] <= width + 1, heading
    assert heading["y"] < page.viewport_size["height"], heading
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
