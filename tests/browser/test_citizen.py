"""What a phone user and a reader who prints see (issue 13): the way to "my district" from the home
page, tables as cards on a phone, flags that draw everywhere, every status in the filter, print."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import DEVICES, assert_readable

PHONE_HEIGHT = DEVICES["phone"]["viewport"]["height"]

# --- 2. the home page on a phone ----------------------------------------------------------------------


def test_on_a_phone_the_search_field_and_the_municipalities_come_first(new_page):
    page = new_page("phone")
    page.goto(page.site())
    field = page.locator("form.yd-home-search input[type=search]")
    expect(field).to_be_visible()
    assert field.bounding_box()["y"] + field.bounding_box()["height"] <= PHONE_HEIGHT, "search field below the first screen"
    expect(page.get_by_label("Sitede ara: belediye, şehir, ülke, proje")).to_be_visible()
    picker = page.locator("nav.yd-picker")
    assert picker.bounding_box()["y"] < PHONE_HEIGHT, "the municipalities start below the first screen"
    links = picker.locator("a")
    expect(links).to_have_count(39)
    # The numbers come after the way in, not before it.
    assert page.locator(".yd-headline").bounding_box()["y"] > picker.bounding_box()["y"] + picker.bounding_box()["height"]
    # Every name is a comfortable tap target.
    heights = links.evaluate_all("els => els.map(a => a.getBoundingClientRect().height)")
    assert min(heights) >= 24, min(heights)


def test_my_district_is_one_tap_away(new_page):
    page = new_page("phone")
    page.goto(page.site())
    page.locator("nav.yd-picker").get_by_role("link", name="Kadıköy", exact=True).tap()
    expect(page).to_have_url(re.compile(r"/municipalities/kadikoy/$"))
    expect(page.locator("article h1")).to_have_text("Kadıköy Belediyesi")


def test_the_home_search_field_shows_results_at_once(new_page, search_ui):
    page = new_page("phone")
    page.goto(page.site())
    page.locator("form.yd-home-search input").fill("Nacka")
    page.locator("form.yd-home-search button").tap()
    expect(page.locator("#__search")).to_be_checked()
    assert search_ui.results(page)[0] == "agreements/adalar-nacka/"


def test_the_home_search_field_works_without_javascript(browser, server_url):
    context = browser.new_context(**DEVICES["phone"], java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server_url)
        page.locator("form.yd-home-search input").fill("Nacka")
        page.locator("form.yd-home-search button").click()
        expect(page).to_have_url(re.compile(r"\?q=Nacka$"))
    finally:
        context.close()


def test_the_english_home_page_has_the_same_way_in(new_page):
    page = new_page("phone")
    page.goto(page.site("en/"))
    expect(page.locator("form.yd-home-search label")).to_have_text("Search: municipality, city, country, project")
    expect(page.locator("nav.yd-picker h2")).to_have_text("Choose a municipality")
    expect(page.locator("nav.yd-picker a")).to_have_count(39)
    assert page.locator("nav.yd-picker a").first.evaluate("a => a.href").endswith("/en/municipalities/adalar/")


# --- 3. tables on a phone ------------------------------------------------------------------------------

CARD_PAGES = ["municipalities/", "agreements/", "projects/", "municipalities/beyoglu/", "countries/hu/",
              "countries/", "data/fields/", "en/agreements/"]

CARDS = r"""() => [...document.querySelectorAll(".yd-table")].map(box => {
  const table = box.querySelector("table");
  const heads = [...table.tHead.rows[0].cells].map(th => th.textContent.replace(/\s+/g, " ").trim());
  const rows = [...table.tBodies[0].rows].filter(r => !r.hidden);
  return {
    cards: box.classList.contains("yd-table--cards"),
    rowDisplay: rows.length ? getComputedStyle(rows[0]).display : null,
    theadShown: table.tHead.getBoundingClientRect().height > 2,
    scrolls: box.scrollWidth > box.clientWidth + 1 || table.scrollWidth > table.clientWidth + 1,
    boxRight: box.getBoundingClientRect().right,
    cut: rows.flatMap(r => [...r.cells]).filter(td => td.scrollWidth > td.clientWidth + 1).length,
    labels: rows.slice(0, 3).flatMap(r => [...r.cells].slice(1).map((td, i) => ({
      want: heads[i + 1],
      shown: getComputedStyle(td, "::before").content,
    }))),
    tallestLines: Math.max(...rows.flatMap(r => [...r.cells]).map(td => {
      const lh = parseFloat(getComputedStyle(td).lineHeight) || 16;
      return Math.round(td.getBoundingClientRect().height / lh);
    })),
  };
})"""


@pytest.mark.parametrize("path", CARD_PAGES)
def test_on_a_phone_tables_are_cards_with_every_value_named(new_page, path):
    page = new_page("phone")
    page.goto(page.site(path))
    width = page.evaluate("document.documentElement.clientWidth")
    tables = page.evaluate(CARDS)
    assert tables, f"/{path}: no tables"
    for t in tables:
        assert t["cards"] and t["rowDisplay"] == "block", f"/{path}: rows are not cards: {t}"
        assert not t["theadShown"], f"/{path}: the column header row is still shown"
        assert not t["scrolls"] and t["boxRight"] <= width + 1, f"/{path}: a card is wider than the screen: {t}"
        assert not t["cut"], f"/{path}: {t['cut']} cell(s) cut off"
        for label in t["labels"]:
            assert label["shown"] == f'"{label["want"]}: "', f"/{path}: a value without its column's name: {label}"
        # A project title wrapped into a narrow column ran to 12 lines; a card gives it the width.
        assert t["tallestLines"] <= 6, f"/{path}: a cell runs to {t['tallestLines']:.0f} lines"


def test_filtering_still_hides_cards(new_page, portal):
    page = new_page("phone")
    page.goto(page.site("agreements/"))
    page.locator("#agreements-table-filter-0").select_option("Adalar")
    visible = page.locator("#agreements-table tbody tr:visible")
    adalar = next(d for d in portal.districts if d.slug == "adalar")
    expect(visible).to_have_count(len(adalar.agreements))  # Adalar's ties all sit on the list's first page
    assert all(t.startswith("Adalar") for t in visible.all_inner_texts())


def test_on_a_desktop_tables_stay_tables(new_page):
    page = new_page("desktop")
    page.goto(page.site("agreements/"))
    assert page.locator("#agreements-table tbody tr").first.evaluate("r => getComputedStyle(r).display") == "table-row"
    expect(page.locator("#agreements-table thead")).to_be_visible()


def test_without_javascript_a_phone_table_scrolls_in_its_box(browser, server_url):
    context = browser.new_context(**DEVICES["phone"], java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server_url + "agreements/")
        box = page.locator(".yd-table").first
        assert box.evaluate("b => getComputedStyle(b).overflowX") == "auto"
        # Material lets the table itself scroll inside the box.
        assert box.evaluate("b => { const t = b.querySelector('table'); return b.scrollWidth > b.clientWidth || t.scrollWidth > t.clientWidth; }")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    finally:
        context.close()


# --- 9. flags ------------------------------------------------------------------------------------------

def test_flags_are_drawn_from_the_sites_own_svg_files(new_page):
    page = new_page("desktop")
    flag_responses = []
    page.on("response", lambda r: flag_responses.append((r.url, r.status)) if "/assets/flags/" in r.url else None)
    page.goto(page.site("countries/se/"))
    flag = page.locator("article h1 .yd-flag")
    box = flag.bounding_box()
    assert box["width"] > 10 and box["height"] > 8, box
    assert "assets/flags/se.svg" in flag.evaluate("e => getComputedStyle(e).backgroundImage")
    page.wait_for_load_state("networkidle")
    assert flag_responses and all(status == 200 for _, status in flag_responses), flag_responses


def test_northern_cyprus_shows_its_name_without_an_empty_or_coded_box(new_page):
    page = new_page("desktop")
    page.goto(page.site("countries/xc/"))
    expect(page.locator("article h1")).to_have_text("Kuzey Kıbrıs Türk Cumhuriyeti ile ilişkiler")
    expect(page.locator("article h1 .yd-flag")).to_have_count(0)


# --- 10. the status filter -----------------------------------------------------------------------------

def test_the_status_filter_offers_every_status_with_its_count(new_page, portal):
    from macros.data.dataset import load_portal  # noqa: F401  (the portal fixture is the bundled data)
    from macros.plan.paging import PER_PAGE
    page = new_page("desktop")
    page.goto(page.site("agreements/"))
    status = page.get_by_label("Durum", exact=True)
    options = status.locator("option")
    # The filter counts every row of the list, on every page (rows.json), not this page's alone.
    rows = [a for d in portal.districts for a in d.agreements]
    assert len(rows) > PER_PAGE["agreements"]
    counts = {s: sum(1 for a in rows if a.status == s) for s in ("active", "dormant", "ended", "unknown")}
    labels = {"active": "Etkin", "dormant": "Durgun", "ended": "Sona ermiş", "unknown": "Bilinmiyor"}
    expect(options).to_have_text(["Tümü"] + [f"{labels[s]} ({n})" for s, n in counts.items()])
    assert options.evaluate_all("os => os.map(o => o.disabled)") == [False] + [n == 0 for n in counts.values()]
    status.select_option("Bilinmiyor")
    expect(page.locator(".yd-filter-status")).to_have_text(
        f"{len(rows)} kayıttan {counts['unknown']} tanesi gösteriliyor")
    expect(page.locator("#agreements-table tbody tr:not([hidden])")).to_have_count(counts["unknown"])
    expect(page.locator(".yd-pager")).to_be_hidden()
    # Every municipality with a tie is in the municipality filter, not only the first page's.
    district = page.get_by_label("Belediye", exact=True)
    with_ties = {d.name for d in portal.districts if d.agreements}
    assert {re.sub(r" \(\d+\)$", "", t) for t in district.locator("option").all_inner_texts()[1:]} == with_ties
    status.select_option("")
    expect(page.locator(".yd-pager")).to_be_visible()


def test_the_project_status_filter_lists_statuses_in_their_order(new_page):
    page = new_page("desktop")
    page.goto(page.site("projects/"))
    texts = page.get_by_label("Durum", exact=True).locator("option").all_inner_texts()
    assert [re.sub(r" \(\d+\)$", "", t) for t in texts] == ["Tümü", "Planlanan", "Sürüyor (kaynağa göre)",
                                                           "Gerçekleştirildi", "Bilinmiyor"]


# --- 16. print -----------------------------------------------------------------------------------------

def test_a_district_page_prints_without_chrome_and_with_link_addresses(new_page):
    page = new_page("desktop")
    page.goto(page.site("municipalities/beyoglu/"))
    page.emulate_media(media="print")
    for selector in ["header.md-header", ".md-sidebar--primary", "footer.md-footer", ".md-search",
                     ".yd-breadcrumb, .yd-pager"]:
        hidden = page.locator(selector).evaluate_all("els => els.every(e => getComputedStyle(e).display === 'none' "
                                                     "|| !e.getClientRects().length)")
        assert hidden, f"{selector} is printed"
    link = page.locator("article a[href*='agreements/beyoglu-']").first
    target = link.get_attribute("href").split("agreements/", 1)[1]
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert after == f'" <{page.site("agreements/" + target)}>"', after
    # Links to other sites too; in-page anchors not.
    assert page.locator("article a[href^='#']").evaluate_all(
        "els => els.every(a => getComputedStyle(a, '::after').content === 'none')")


def test_a_district_page_prints_on_a4(new_page, screenshots_dir):
    page = new_page("desktop")
    page.goto(page.site("municipalities/beyoglu/"))
    pdf = page.pdf(prefer_css_page_size=True)
    (screenshots_dir / "beyoglu-print.pdf").write_bytes(pdf)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert boxes, "no page in the PDF"
    for w, h in boxes:
        assert abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2, (w, h)   # A4 in points
    assert len(boxes) <= 6, f"{len(boxes)} pages"  # every tie, project and activity of Beyoğlu on one page


# --- screenshots to look at ----------------------------------------------------------------------------

@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize("name,path", [("home", ""), ("en-home", "en/"), ("municipalities", "municipalities/"),
                                       ("projects", "projects/"), ("country-hu", "countries/hu/"),
                                       ("country-xc", "countries/xc/"), ("networks", "networks/"),
                                       ("about", "about/"), ("map", "countries/")])
def test_citizen_screenshots(new_page, screenshots_dir, device, name, path):
    page = new_page(device)
    page.goto(page.site(path))
    page.evaluate("document.fonts.ready")
    target = screenshots_dir / f"citizen-{name}-{device}.png"
    page.screenshot(path=str(target), full_page=True)
    page.screenshot(path=str(screenshots_dir / f"citizen-{name}-{device}-top.png"))
    assert_readable(page)
