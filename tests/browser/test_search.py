"""Site search (Material's lunr search) as a person uses it, on a phone and on a desktop.

The portal adds hidden ASCII-folded words to every page so that a query typed without
Turkish letters ("kadikoy") finds the page written with them ("Kadıköy").
"""
from __future__ import annotations

import re

import pytest

DEVICES = ["phone", "desktop"]

# (query, acceptable pages); a case passes when one of them is among the first three results.
CASES = [
    ("Kadıköy", {"municipalities/kadikoy/"}),
    ("kadikoy", {"municipalities/kadikoy/"}),
    ("Çekmeköy", {"municipalities/cekmekoy/"}),
    ("cekmekoy", {"municipalities/cekmekoy/"}),
    # Both spellings rank the agreements overview ("Kardeş şehirler ve anlaşmalar") first.
    ("kardeş şehir", {"agreements/"}),
    ("kardes sehir", {"agreements/"}),
    ("Nacka", {"agreements/adalar-nacka/", "municipalities/adalar/"}),
    ("ICLEI", {"networks/", "municipalities/kartal/"}),
]
TOP = 3


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("query,expected", CASES, ids=[c[0] for c in CASES])
def test_query_finds_the_right_page(new_page, search_ui, device, query, expected):
    page = new_page(device)
    page.goto(page.site())
    search_ui.open(page)
    search_ui.type(page, query)
    results = search_ui.results(page)
    assert results, f"{query!r}: no results"
    top = results[:TOP]
    assert expected & set(top), (
        f"{query!r} on {device}: expected one of {sorted(expected)} in the first {TOP} results, got\n  "
        + "\n  ".join(f"{i + 1}. {r}" for i, r in enumerate(results[:8]))
    )


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("query", ["İSTANBUL", "ISTANBUL"])
def test_capitals_find_something(new_page, search_ui, device, query):
    page = new_page(device)
    page.goto(page.site())
    search_ui.open(page)
    search_ui.type(page, query)
    assert search_ui.results(page), f"{query!r} on {device}: no results"


@pytest.mark.parametrize("device", DEVICES)
def test_results_are_readable(new_page, search_ui, screenshots_dir, device):
    """Each result is a title and a short excerpt, not the whole text of a table.

    Material shows the full indexed text of a matching section; an overview page whose
    first section is a 39-row table would otherwise fill several phone screens.
    """
    page = new_page(device)
    page.goto(page.site())
    search_ui.open(page)
    search_ui.type(page, "cekmekoy")
    results = search_ui.results(page)
    assert results
    page.screenshot(path=str(screenshots_dir / f"search-{device}.png"))
    viewport_h = page.viewport_size["height"]
    heights = page.eval_on_selector_all(
        ".md-search-result__item > a.md-search-result__link > article",
        "els => els.map(e => e.getBoundingClientRect().height)",
    )
    too_tall = [(r, round(h)) for r, h in zip(results, heights) if h > viewport_h * 0.35]
    assert not too_tall, f"search results taller than 35% of the screen on {device}: {too_tall}"


@pytest.mark.parametrize("device", DEVICES)
def test_excerpts_do_not_show_the_hidden_words(new_page, search_ui, device):
    """The ASCII-folded words each page carries for search (<p class="yd-fold" hidden>) are for
    the index only: a reader must not see "cekmekoy guzelyurt vogosca kibris turk ..." under a result."""
    page = new_page(device)
    html = page.request.get(page.site("municipalities/cekmekoy/")).text()
    match = re.search(r'<p class="yd-fold" hidden>(.*?)</p>', html, re.S)
    assert match, "municipalities/cekmekoy/ carries no hidden search words"
    hidden_words = " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split())
    page.goto(page.site())
    search_ui.open(page)
    search_ui.type(page, "cekmekoy")
    assert "municipalities/cekmekoy/" in search_ui.results(page)
    shown = " ".join(page.locator(".md-search-result__list").inner_text().split())
    assert hidden_words not in shown, (
        f"search results on {device} show the hidden search words {hidden_words!r}"
    )


def test_search_opens_with_slash_on_phone_too(new_page, search_ui):
    """The "/" shortcut also works with a hardware keyboard on a small screen."""
    page = new_page("phone")
    page.goto(page.site("agreements/"))
    search_ui.open(page, how="key")
    search_ui.type(page, "Nacka")
    assert search_ui.results(page)[0] == "agreements/adalar-nacka/"
