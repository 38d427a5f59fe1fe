"""The district page people read (issue 19), in Chromium: every tie on the first page in both editions, the
answer first, the way to ask, each edition in its own language, the filters over every row. Screenshots of
Beyoğlu, Kadıköy and Bakırköy on a phone, in both editions: tests/browser/screenshots/district-*.png."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

EDITIONS = ("", "en/")


def _foreign(district):
    return [a for a in district.agreements if not a.domestic]


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_tie_of_every_district_is_on_its_first_page(new_page, portal, edition):
    page = new_page("desktop")
    for district in portal.districts:
        page.goto(page.site(f"{edition}municipalities/{district.slug}/"))
        links = page.locator("#anlasmalar + .yd-table a[href*='agreements/'], "
                             "#yurt-ici + .yd-table a[href*='agreements/']")
        hrefs = {h.rstrip("/").rsplit("/", 1)[-1] for h in links.evaluate_all("as => as.map(a => a.href)")}
        assert hrefs == {a.id for a in district.agreements}, district.slug


@pytest.mark.parametrize("edition,none_text", [("", "Başvurduğumuz kaynakların hiçbiri"),
                                               ("en/", "None of the sources we consulted")])
def test_the_page_answers_first_and_says_plainly_when_no_source_names_a_tie(new_page, portal, edition, none_text):
    page = new_page("phone")
    for slug in ("beyoglu", "bakirkoy", "kagithane"):
        district = next(d for d in portal.districts if d.slug == slug)
        page.goto(page.site(f"{edition}municipalities/{slug}/"))
        answer = page.locator("article .yd-answer")
        box = answer.bounding_box()
        assert box and box["y"] + box["height"] < page.viewport_size["height"], slug  # seen without scrolling
        if _foreign(district):
            expect(answer).not_to_contain_text(none_text)
            expect(answer).to_contain_text(str(len(_foreign(district))))
        else:
            expect(answer).to_contain_text(none_text)


def test_the_request_route_leads_to_one_letter_with_every_missing_document(new_page, portal):
    page = new_page("phone")
    page.goto(page.site("municipalities/beyoglu/"))
    page.locator("#sorun ~ p a.md-button").first.click()
    expect(page).to_have_url(re.compile(r"/municipalities/beyoglu/request/$"))
    letter = page.locator("#talep-belediye + pre.yd-request__text")
    expect(letter).to_contain_text("Beyoğlu Belediye Başkanlığı")
    text = letter.inner_text()
    beyoglu = next(d for d in portal.districts if d.slug == "beyoglu")
    for tie in _foreign(beyoglu):
        assert (tie.partner.name or tie.partner.as_written) in text, tie.id
    expect(page.locator("ul.yd-contact, #basvuru-adresi + p")).not_to_have_count(0)
    # The /requests/ list sends a reader to the letter, not back to the district page.
    page.goto(page.site("requests/missing/"))
    page.locator("tr#beyoglu a").click()
    expect(page).to_have_url(re.compile(r"/municipalities/beyoglu/request/$"))


def test_the_english_edition_shows_what_we_wrote_in_english(new_page, portal):
    page = new_page("desktop")
    for district in portal.districts[:12]:
        if not district.coverage:
            continue
        page.goto(page.site(f"en/municipalities/{district.slug}/research/"))
        text = page.locator("article").inner_text()
        for line in district.coverage.consulted:
            assert line.found_en in text, (district.slug, line.found_en)
            if line.found != line.found_en:
                assert line.found not in text, (district.slug, line.found)
        for gap in district.coverage.gaps:
            assert gap.text_en in text and (gap.text == gap.text_en or gap.text not in text), district.slug
    for word in ("Dalga", "saklı", "Wave", "stored page", "corpus"):
        page.goto(page.site("en/municipalities/kadikoy/research/"))
        expect(page.locator("article")).not_to_contain_text(word)


def test_the_sources_filter_sees_every_page(new_page, portal):
    page = new_page("desktop")
    page.goto(page.site("sources/"))
    district = page.get_by_label("Belediyeler", exact=True)
    kadikoy_option = district.locator("option", has_text=re.compile(r"^Kadıköy \("))
    expect(kadikoy_option).to_have_count(1)  # the menu is built once every row of the list has loaded
    district.select_option(label=kadikoy_option.inner_text())
    shown = page.locator("#sources-table tbody tr:not([hidden])")
    expect(shown).not_to_have_count(0)
    kadikoy = next(d for d in portal.districts if d.slug == "kadikoy")
    assert {s.id for s in kadikoy.sources} <= set(shown.evaluate_all("rs => rs.map(r => r.id)"))


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("slug", ["beyoglu", "kadikoy", "bakirkoy"])
def test_district_screenshots_on_a_phone(new_page, screenshots_dir, portal, edition, slug):
    page = new_page("phone")
    page.goto(page.site(f"{edition}municipalities/{slug}/"))
    page.evaluate("document.fonts.ready")
    name = f"district-{slug}-{'en' if edition else 'tr'}-phone"
    page.screenshot(path=str(screenshots_dir / f"{name}.png"), full_page=True)
    # What the screenshot is for: the answer and the heading fit the screen's width, and on a phone every tie
    # is a card inside the viewport's width, none overflowing it.
    width = page.viewport_size["width"]
    for selector in ("article h1", "article .yd-answer"):
        box = page.locator(selector).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, selector
    rows = page.locator("#anlasmalar + .yd-table tbody tr")
    district = next(d for d in portal.districts if d.slug == slug)
    expect(rows).to_have_count(len(_foreign(district)))
    for box in rows.evaluate_all("rs => rs.map(r => r.getBoundingClientRect().right)"):
        assert box <= width + 1
