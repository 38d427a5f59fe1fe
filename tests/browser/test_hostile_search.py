"""Search results show hostile record text as text.

Validation refuses markup in records; this test switches that rule off (as tests/test_hostile_text.py
does), builds the hostile fixture and searches it: titles and teasers arrive from the index as
metadata and must be written into the page as text, never as HTML.
"""
from __future__ import annotations

import functools
import shutil
import threading

import pytest

from tests.browser.conftest import LOCAL_HOST, _QuietHandler, _QuietServer
from tests.helpers import build_hostile_site


@pytest.fixture
def hostile_url(tmp_path, monkeypatch):
    site = build_hostile_site(tmp_path / "site", monkeypatch)
    server = _QuietServer((LOCAL_HOST, 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://{LOCAL_HOST}:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    shutil.rmtree(site, ignore_errors=True)


def test_hostile_titles_in_search_results_are_text(browser, hostile_url):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(hostile_url)
    page.keyboard.press("/")
    page.keyboard.type("enjekte", delay=10)
    titles = page.locator(".md-search-result__item article > h1")
    titles.first.wait_for()
    shown = titles.all_inner_texts()
    # "enjekte" is in an activity title on the municipality page, whose name is hostile too.
    assert "Kadıköy <script>alert('name')</script> Belediyesi" in shown, shown
    # No element was created from the text: every heading in the results is one of ours.
    assert page.locator(".md-search-result h1").count() == titles.count()
    page.keyboard.press("Control+A")
    page.keyboard.type("7*7", delay=10)
    page.wait_for_timeout(600)
    assert not dialogs, dialogs
    assert page.locator(".md-search-result iframe, .md-search-result script").count() == 0
    page.close()
