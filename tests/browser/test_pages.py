"""Numbered pages and the maps and charts embedded from SVG files, in a browser."""
from __future__ import annotations

import re

from playwright.sync_api import expect


def _at(page, path: str):
    expect(page).to_have_url(re.compile(re.escape(page.site(path)) + r"(index\.html)?(#.*)?$"))


def _frame(page, name: str):
    page.wait_for_function(f"""() => [...document.querySelectorAll('object[data$="{name}"]')]
                                      .every(o => o.contentDocument && o.contentDocument.querySelector('svg'))""")
    return next(f for f in page.frames if f.url.endswith(name))


def test_a_country_on_the_embedded_map_opens_its_page_in_the_whole_window(new_page):
    page = new_page("desktop")
    page.goto(page.site("countries/"))
    box = page.locator("object.yd-map__inset").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 150, box
    _frame(page, "map-inset.svg").locator('a[href$="countries/de/"]').click()
    _at(page, "countries/de/")
    expect(page.locator("h1")).to_contain_text("Almanya")


def test_a_bar_in_an_embedded_chart_opens_its_page_in_the_whole_window(new_page):
    page = new_page("phone")
    page.goto(page.site("stats/"))
    _frame(page, "chart-districts.svg").locator('a[href$="municipalities/beyoglu/"]').click()
    _at(page, "municipalities/beyoglu/")


def test_the_activities_pager_steps_back_and_forth(new_page):
    page = new_page("phone")
    page.goto(page.site("activities/"))
    pager = page.get_by_role("navigation", name="Sayfalar")
    expect(pager.locator('[aria-current="page"]')).to_have_text("1")
    pager.get_by_role("link", name=re.compile("Sonraki")).click()
    _at(page, "activities/page/2/")
    expect(page.locator("h1")).to_contain_text("sayfa 2 /")
    page.get_by_role("navigation", name="Sayfalar").get_by_role("link", name=re.compile("Önceki")).click()
    _at(page, "activities/")
