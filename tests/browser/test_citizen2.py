"""Issue 13, second round, in a browser: search ranking (1), citations (4), time (5), the English
edition (7) and corrections (13). Screenshots: tests/browser/screenshots/citizen2-*.png."""
from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import expect

from conftest import assert_readable

# --- 1. search ranking --------------------------------------------------------------------------------

# The district's own page first for its name, however it is typed.
NAMES = [("kadikoy", "municipalities/kadikoy/"), ("KADIKÖY", "municipalities/kadikoy/"),
         ("Kadıköy Belediyesi", "municipalities/kadikoy/"), ("beyoglu", "municipalities/beyoglu/"),
         ("BEYOĞLU", "municipalities/beyoglu/"), ("fatih", "municipalities/fatih/"),
         ("eyüpsultan", "municipalities/eyupsultan/")]


@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize("query,expected", NAMES, ids=[q for q, _ in NAMES])
def test_a_district_name_finds_its_own_page_first(new_page, search_ui, device, query, expected):
    page = new_page(device)
    page.goto(page.site())
    search_ui.open(page)
    search_ui.type(page, query)
    results = search_ui.results(page)
    assert results and results[0] == expected, f"{query!r}: {results[:5]}"


def test_english_edition_puts_the_district_first_too(new_page, search_ui):
    page = new_page("desktop")
    page.goto(page.site("en/"))
    search_ui.open(page)
    search_ui.type(page, "beyoglu")
    assert search_ui.results(page)[0] == "en/municipalities/beyoglu/"


@pytest.mark.parametrize("query", ["sayfa", "kaynaklar", "beyoglu", "etkinlik"])
def test_numbered_list_pages_are_never_results(new_page, search_ui, query):
    page = new_page("desktop")
    page.goto(page.site())
    search_ui.open(page)
    search_ui.type(page, query)
    results = search_ui.results(page)
    while page.locator(".yd-search-more").is_visible():
        page.locator(".yd-search-more").click()
        results = search_ui.results(page)
    assert results and not [r for r in results if "/page/" in r], results


def test_agreement_teasers_are_specific(new_page, search_ui, screenshots_dir):
    page = new_page("desktop")
    page.goto(page.site())
    search_ui.open(page)
    search_ui.type(page, "beyoglu")
    search_ui.results(page)
    page.screenshot(path=str(screenshots_dir / "citizen2-search-beyoglu.png"))
    items = page.locator(f"{search_ui.ITEMS} article")
    teasers = {}
    for i in range(items.count()):
        item = items.nth(i)
        if item.locator(".yd-result-kind").inner_text().strip().lower() == "anlaşma":
            teasers[item.locator("h1").inner_text()] = item.locator("p:not(.yd-result-kind)").inner_text()
    assert len(teasers) >= 3
    assert len(set(teasers.values())) == len(teasers), teasers
    # Partner, country and kind, not the boilerplate line every agreement once had.
    for heading, teaser in teasers.items():
        assert "Yasal adımlar" not in teaser, (heading, teaser)
        assert any(k in teaser for k in ("Kardeş şehir", "Dostluk", "İş birliği", "Niyet", "Diğer")), teaser


def test_english_partner_and_programme_names_are_found_and_shown(new_page, search_ui, screenshots_dir):
    page = new_page("desktop")
    page.goto(page.site("en/"))
    search_ui.open(page)
    search_ui.type(page, "Genoa")
    results = search_ui.results(page)
    assert results[0] == "en/agreements/beyoglu-cenova/", results
    expect(page.locator(f"{search_ui.ITEMS} h1").first).to_have_text(re.compile("Genoa"))
    page.goto(page.site("en/"))
    search_ui.open(page)
    search_ui.type(page, "Pre-accession Assistance")
    results = search_ui.results(page)
    page.screenshot(path=str(screenshots_dir / "citizen2-search-en-ipa.png"))
    assert any(r.startswith("en/projects/") for r in results[:3]), results
    page.goto(page.site(results[0]))
    expect(page.locator("dl.yd-facts")).to_contain_text("Instrument for Pre-accession Assistance (IPA)")


# --- 4. citations -------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["agreements/beyoglu-pecs/", "en/projects/sisli-music-beyond-borders/",
                                  "municipalities/kadikoy/"])
def test_citation_has_the_absolute_address_an_access_date_and_copies(new_page, screenshots_dir, path):
    page = new_page("desktop")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(page.site(path))
    cite = page.locator(".yd-citation")
    expect(cite.locator(".yd-permalink a")).to_have_attribute("href", page.site(path))
    expect(cite.locator(".yd-permalink a")).to_have_text(page.site(path))
    # The reader's day: the browser runs in Istanbul's time zone (conftest), which is ahead of UTC.
    from zoneinfo import ZoneInfo
    today = datetime.datetime.now(ZoneInfo("Europe/Istanbul")).date()
    month = {"tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
                    "Kasım", "Aralık"],
             "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"]}
    lang = "en" if path.startswith("en/") else "tr"
    accessed = f"{'Accessed' if lang == 'en' else 'Erişim'}: {today.day} {month[lang][today.month - 1]} {today.year}."
    expect(cite).to_contain_text(accessed)
    button = page.locator(".yd-copy")
    expect(button).to_be_visible()
    button.click()
    expect(page.locator(".yd-copy-status")).to_have_text("Copied" if lang == "en" else "Kopyalandı")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert page.site(path) in copied and accessed in copied and copied.startswith(
        "Local Diplomacy Watch." if lang == "en" else "Yerel Diplomasi İzleme.")
    page.locator("#atif").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots_dir / f"citizen2-cite-{path.strip('/').replace('/', '-')}.png"))


# --- 5. time ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["", "en/", "municipalities/kartal/", "about/", "countries/de/"])
def test_every_page_says_what_period_the_data_covers(new_page, path):
    page = new_page("phone")
    page.goto(page.site(path))
    period = page.locator("footer .yd-period")
    expect(period).to_contain_text(re.compile(r"(Kapsam|Coverage): .*\d{4}–\d{4}"))
    expect(period).to_contain_text(re.compile(r"itibarıyla|as of"))


def test_a_status_from_a_dated_source_says_as_of_when(new_page, screenshots_dir):
    page = new_page("desktop")
    page.goto(page.site("projects/"))
    ongoing = page.locator("#projects-table td", has_text="sürüyor")
    expect(ongoing.first).to_have_text(re.compile(r"^\d{4} itibarıyla sürüyor \(kaynağa göre\)$"))
    page.goto(page.site("en/projects/"))
    expect(page.locator("#projects-table td", has_text="ongoing").first).to_have_text(
        re.compile(r"^ongoing as of \d{4} \(source\)$"))
    # The status filter still offers the statuses themselves, and they still filter.
    select = page.locator("select").nth(3)
    select.select_option(value="Ongoing (per source)")
    rows = page.locator("#projects-table tbody tr:visible")
    assert rows.count() >= 1
    assert all("ongoing as of" in t for t in rows.locator("td:last-child").all_inner_texts())
    page.screenshot(path=str(screenshots_dir / "citizen2-en-projects-ongoing.png"), full_page=True)


# --- 7. English edition -------------------------------------------------------------------------------

def test_english_counts_agree_with_their_number(new_page):
    page = new_page("desktop")
    for path in ["en/", "en/stats/", "en/municipalities/esenler/", "en/municipalities/beylikduzu/"]:
        page.goto(page.site(path))
        text = page.locator("html").inner_text() + page.locator("head").evaluate("h => h.innerHTML")
        wrong = re.findall(r"\b1 (agreements|activities|projects|network memberships|municipalities|countries)\b", text)
        assert not wrong, (path, wrong)


@pytest.mark.parametrize("width", [620, 800, 1280])
@pytest.mark.parametrize("path", ["en/projects/", "en/municipalities/kartal/", "en/agreements/", "projects/",
                                  "en/data/fields/", "data/fields/"])
def test_column_headers_never_break_inside_a_word(browser, server_url, width, path):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(server_url + path)
    broken = page.evaluate("""() => Array.from(document.querySelectorAll('th')).filter(c => c.offsetParent)
      .flatMap(c => { const out = []; const w = document.createTreeWalker(c, NodeFilter.SHOW_TEXT); let n;
        while ((n = w.nextNode())) { const re = /\\S+/g; let m;
          while ((m = re.exec(n.data))) { const r = document.createRange(); r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            const tops = new Set(Array.from(r.getClientRects()).filter(x => x.width > 0).map(x => Math.round(x.top)));
            if (tops.size > 1) out.push(m[0]); } }
        return out; })""")
    context.close()
    assert not broken, f"{path} at {width}px: {broken}"


def test_turkish_field_reference_is_in_turkish(new_page, screenshots_dir):
    page = new_page("desktop")
    page.goto(page.site("data/fields/"))
    table = page.locator(".yd-fields").first
    expect(table).to_contain_text("Ortak belediye ya da şehir.")
    expect(table).not_to_contain_text("The partner municipality or city.")
    page.screenshot(path=str(screenshots_dir / "citizen2-fields-tr.png"))
    page.goto(page.site("en/data/fields/"))
    expect(page.locator(".yd-fields").first).to_contain_text("The partner municipality or city.")


# --- 13. corrections ----------------------------------------------------------------------------------

def test_record_pages_offer_a_way_to_report_an_error(new_page, screenshots_dir):
    """Built with neither REPO_URL nor CONTACT_EMAIL: no page promises a form that is not there; the footer
    leads to the About page's section, which says how things stand (the routes themselves: test_corrections)."""
    page = new_page("phone")
    page.goto(page.site("agreements/beyoglu-pecs/"))
    expect(page.locator(".yd-report")).to_have_count(0)
    contact = page.locator("footer a", has_text="“Kayıtları düzeltmek” bölümüne bakın")
    contact.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots_dir / "citizen2-report-phone.png"))
    contact.click()
    expect(page).to_have_url(re.compile(r"/about/#duzeltme$"))
    expect(page.locator("#duzeltme")).to_be_visible()
    expect(page.locator("article")).to_contain_text("düzeltme göndermenin bir yolu yok")


# --- screenshots to look at ---------------------------------------------------------------------------

@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize("name,path", [("agreement", "agreements/beyoglu-pecs/"),
                                       ("en-project", "en/projects/kadikoy-butuncul-ve-katilimci-iklim-eylemi/"),
                                       ("en-municipality", "en/municipalities/beylikduzu/")])
def test_citizen2_screenshots(new_page, screenshots_dir, device, name, path):
    page = new_page(device)
    page.goto(page.site(path))
    target = screenshots_dir / f"citizen2-{name}-{device}.png"
    page.screenshot(path=str(target), full_page=True)
    assert_readable(page)
