"""The language switch in the header stays on the same page, in both directions, on a phone too."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize("path", ["", "municipalities/kadikoy/", "agreements/adalar-nacka/", "countries/se/",
                                  "projects/", "about/"])
def test_switch_goes_to_the_same_page_in_the_other_language_and_back(new_page, device, path):
    page = new_page(device)
    page.goto(page.site(path))
    assert page.locator("html").get_attribute("lang") == "tr"
    page.locator("a.yd-lang[hreflang=en]").click()
    expect(page).to_have_url(re.compile(re.escape(page.site("en/" + path)) + r"(index\.html)?$"))
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator("a.yd-lang[hreflang=tr]").click()
    expect(page).to_have_url(re.compile(re.escape(page.site(path)) + r"(index\.html)?$"))
    assert page.locator("html").get_attribute("lang") == "tr"


def test_english_edition_keeps_turkish_record_text_marked_as_turkish(new_page):
    page = new_page("desktop")
    page.goto(page.site("en/municipalities/beyoglu/"))
    expect(page.locator("h1")).to_contain_text("Beyoğlu Municipality")
    expect(page.get_by_role("heading", name=re.compile("sister cities and agreements", re.I))).to_be_visible()
    turkish = page.locator('.yd-record [lang="tr"]').first
    expect(turkish).to_be_visible()


def test_english_search_has_its_own_index(new_page):
    page = new_page("desktop")
    page.goto(page.site("en/"))
    page.keyboard.press("/")
    page.keyboard.type("sister")
    first = page.locator("a.md-search-result__link").first
    expect(first).to_be_visible()
    assert "/en/" in first.get_attribute("href") or not first.get_attribute("href").startswith("/")
