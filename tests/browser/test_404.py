"""A missing address gets the site's own "not found" page (status 404), in Turkish, with a way on."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

MISSING = "this-does-not-exist/"


def allow_404_of(path: str) -> tuple[str]:
    """The browser logs the 404 status of the missing page itself; nothing else may fail."""
    return (r"Failed to load resource: the server responded with a status of 404 .*\(http://127\.0\.0\.1:\d+/"
            + re.escape(path) + r"\)$",)


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_missing_page_is_a_helpful_404(new_page, screenshots_dir, device):
    page = new_page(device, allow_console=allow_404_of(MISSING))
    response = page.goto(page.site(MISSING))
    assert response is not None and response.status == 404

    assert page.locator("html").get_attribute("lang") == "tr"
    heading = page.locator("article h1")
    expect(heading).to_have_text("Sayfa bulunamadı")
    body = page.locator("article").inner_text()
    assert "Not found" not in body and "404 -" not in body, body
    assert "Sayfa bulunamadı" in page.title()

    # A search box in the page itself, with a Turkish label.
    box = page.get_by_role("searchbox", name="Sitede ara")
    expect(box).to_be_visible()
    expect(page.locator("article").get_by_role("button", name="Ara")).to_be_visible()

    # A link home that really leads home.
    home = page.locator("article").get_by_role("link", name="Ana sayfaya dön")
    expect(home).to_be_visible()
    page.screenshot(path=str(screenshots_dir / f"404-{device}.png"), full_page=True)
    home.click()
    expect(page).to_have_url(re.compile(re.escape(page.site()) + r"(\.|index\.html)?$"))
    expect(page.locator("article h1")).to_contain_text("İstanbul ilçe belediyelerinin")


def test_404_search_box_opens_site_search(new_page, search_ui):
    page = new_page("phone", allow_console=allow_404_of("agreements/no-such-agreement/"))
    page.goto(page.site("agreements/no-such-agreement/"))
    page.get_by_role("searchbox", name="Sitede ara").fill("Nacka")
    page.keyboard.press("Enter")
    # The query goes to the home page (?q=), where Material opens search with it.
    expect(page.locator(search_ui.INPUT)).to_have_value("Nacka")
    assert search_ui.results(page)[0] == "agreements/adalar-nacka/"


def test_404_assets_load_from_any_depth(new_page):
    """The 404 page is served at any path: its stylesheets and scripts must still load (absolute URLs)."""
    page = new_page("desktop", allow_console=allow_404_of("a/b/c/d/"))
    failed = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 and not r.url.endswith("/a/b/c/d/") else None)
    page.goto(page.site("a/b/c/d/"))
    expect(page.locator("article h1")).to_have_text("Sayfa bulunamadı")
    assert not failed, failed
    # Material's stylesheet applied: the header is the theme's coloured bar, not unstyled text.
    assert page.locator("header.md-header").evaluate("e => getComputedStyle(e).position") in {"sticky", "fixed"}
