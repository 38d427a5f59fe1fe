"""Getting around: the phone menu, the tables, record-to-record links, the back button, the desktop nav."""
from __future__ import annotations

import re

from playwright.sync_api import expect


def _h1(text: str):
    """An h1's text; overview headings end in Material's "¶" permalink."""
    return re.compile(r"^\s*" + re.escape(text) + r"\s*¶?\s*$")


def _at(page, path: str):
    expect(page).to_have_url(re.compile(re.escape(page.site(path)) + r"(index\.html)?(#.*)?$"))


def test_phone_walk_from_home_to_a_partner_country_and_back(new_page):
    page = new_page("phone")
    page.goto(page.site())

    # The drawer is closed: its links are off screen until the hamburger is tapped.
    drawer_link = page.locator("nav.md-nav--primary .md-nav__list a", has_text=re.compile(r"^\s*Belediyeler\s*$"))
    expect(drawer_link).not_to_be_in_viewport()
    page.locator("label.md-header__button[for=__drawer]").click()
    expect(drawer_link).to_be_in_viewport()
    drawer_link.click()
    _at(page, "municipalities/")
    expect(page.locator("h1")).to_have_text(_h1("Belediyeler"))

    page.locator(".yd-table").get_by_role("link", name="Adalar", exact=True).click()
    _at(page, "municipalities/adalar/")
    expect(page.locator("h1")).to_have_text(_h1("Adalar Belediyesi"))

    page.locator("article").get_by_role("link", name="Nacka", exact=True).first.click()
    _at(page, "agreements/adalar-nacka/")
    expect(page.locator("h1")).to_contain_text("Nacka")

    page.locator("article a.yd-country", has_text="İsveç").first.click()
    _at(page, "countries/se/")
    expect(page.locator("h1")).to_contain_text("İsveç")

    page.go_back()
    _at(page, "agreements/adalar-nacka/")
    expect(page.locator("h1")).to_contain_text("Nacka")
    page.go_back()
    _at(page, "municipalities/adalar/")
    expect(page.locator("h1")).to_have_text(_h1("Adalar Belediyesi"))


def test_phone_menu_closes_again(new_page):
    page = new_page("phone")
    page.goto(page.site("agreements/"))
    first = page.locator("nav.md-nav--primary .md-nav__list a").first
    page.locator("label.md-header__button[for=__drawer]").click()
    expect(first).to_be_in_viewport()
    # Tapping the dimmed page beside the drawer closes it.
    page.mouse.click(page.viewport_size["width"] - 10, page.viewport_size["height"] // 2)
    expect(first).not_to_be_in_viewport()


def test_record_pages_lead_back_to_their_overview(new_page, site_dir):
    """Breadcrumbs on an agreement page go to the district and to the list of all agreements."""
    agreement_pages = [d for d in (site_dir / "agreements").iterdir()
                       if (d / "index.html").is_file() and d.name != "page"]
    page = new_page("phone")
    page.goto(page.site("agreements/adalar-nacka/"))
    crumbs = page.locator(".yd-breadcrumb a")
    expect(crumbs).to_have_count(2)
    crumbs.nth(1).click()
    _at(page, "agreements/")
    # One row per agreement page, on the list's numbered pages (paging.py).
    from macros.plan.paging import PER_PAGE
    expect(page.locator(".yd-table tbody tr")).to_have_count(min(len(agreement_pages), PER_PAGE["agreements"]))


def test_desktop_left_nav_reaches_every_overview(new_page, overview_pages):
    page = new_page("desktop")
    page.goto(page.site())
    nav = page.locator(".md-sidebar--primary nav.md-nav--primary")
    expect(nav).to_be_visible()
    # Site pages only: the current page's table of contents (#anchors) is folded into this nav.
    hrefs = nav.locator(".md-nav__list a:not([href*='#'])").evaluate_all("els => els.map(a => a.href)")
    targets = [h.replace(page.site(), "") for h in hrefs]
    assert targets == overview_pages, f"left nav lists {targets}, the tests expect {overview_pages}"

    for path in overview_pages[1:]:
        link = nav.locator(".md-nav__list a:not([href*='#'])").nth(overview_pages.index(path))
        title = link.inner_text().strip()
        link.click()
        _at(page, path)
        expect(page.locator("article h1").first).to_be_visible()
        active = page.locator(".md-sidebar--primary a.md-nav__link--active")
        expect(active).to_have_count(1)
        expect(active).to_have_text(title)
        expect(page.locator(".md-header__topic").last).to_contain_text(title)

    # Footer "previous/next" links chain the overview pages in nav order.
    page.goto(page.site("municipalities/"))
    page.locator("a.md-footer__link--next").click()
    _at(page, overview_pages[2])
