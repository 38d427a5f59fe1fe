"""A reader works out an answer deadline and takes a ready request with them (copy, download, print)."""
from __future__ import annotations

import datetime

import pytest
from playwright.sync_api import expect

from macros import accountability as acc


@pytest.mark.parametrize("filed", ["2025-03-25", "2025-12-24", "2026-05-20"])
def test_the_deadline_helper_counts_like_the_law_and_the_python_code(new_page, filed):
    page = new_page("desktop")
    page.goto(page.site("requests/"))
    page.fill("#yd-filed", filed)
    output = page.locator("form.yd-deadline output")
    expected = acc.answer_due(datetime.date.fromisoformat(filed)).isoformat()
    expect(output).to_have_attribute("data-date", expected)
    page.check("#yd-extended")
    expect(output).to_have_attribute("data-date",
                                     acc.answer_due(datetime.date.fromisoformat(filed), extended=True).isoformat())


def test_a_request_can_be_downloaded_as_plain_text(new_page, portal, tmp_path, screenshots_dir):
    from macros.data.index import PortalIndex
    index = PortalIndex(portal)
    tie = next(a for a in index.foreign_agreements if a.council_decision is None)
    page = new_page("phone")
    page.goto(page.site(f"agreements/{tie.id}/"))
    box = page.locator("details.yd-request").first
    box.locator("summary").click()
    with page.expect_download() as info:
        box.locator("[data-request-download]").click()
    text = open(info.value.path(), encoding="utf-8", newline="").read()  # as written: Windows line ends
    assert "4982 sayılı Bilgi Edinme Hakkı Kanunu" in text and "\r\n" in text
    assert text.replace("\r\n", "\n") == box.locator("pre").inner_text()
    page.screenshot(path=str(screenshots_dir / "request-phone.png"), full_page=False)


@pytest.mark.parametrize("path,lang", [("agreements/adalar-colpon-ata/", "tr"),
                                       ("en/agreements/adalar-colpon-ata/", "en"),
                                       ("municipalities/adalar/request/", "tr")])
def test_each_letter_has_its_buttons_in_the_editions_words_and_copy_says_so(new_page, path, lang):
    """requests.js makes the buttons (the page holds only the file name): in place, in order, working."""
    from macros.i18n import label
    page = new_page("phone")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(page.site(path))
    letters = page.locator("pre.yd-request__text")
    assert letters.count() >= 1
    for i in range(letters.count()):
        letter = letters.nth(i)
        # Right after its letter: the row of three, in reading (and keyboard) order.
        row = letter.locator("xpath=following-sibling::*[1]")
        expect(row).to_have_class("yd-request__actions")
        expect(row.locator("button")).to_have_text([label(k, lang) for k in ("request_copy", "request_download",
                                                                             "request_print")])
        download = row.locator("[data-request-download]")
        expect(download).to_have_attribute("data-request-download", letter.get_attribute("data-file"))
    first = letters.first
    details = page.locator("details.yd-request").first
    if details.count():
        details.locator("summary").click()
    copy = first.locator("xpath=following-sibling::*[1]").locator("[data-request-copy]")
    copy.focus()
    page.keyboard.press("Tab")  # the next stop is the download button, then print
    expect(first.locator("xpath=following-sibling::*[1]").locator("[data-request-download]")).to_be_focused()
    copy.click()
    expect(copy).to_have_text(label("request_copied", lang))
    assert page.evaluate("navigator.clipboard.readText()") == first.inner_text()
    expect(copy).to_have_text(label("request_copy", lang), timeout=5000)  # and back


def test_without_javascript_the_letters_are_there_and_no_dead_buttons(browser, server_url):
    from conftest import DEVICES
    context = browser.new_context(**DEVICES["phone"], java_script_enabled=False)
    try:
        page = context.new_page()
        for path in ("agreements/adalar-colpon-ata/", "municipalities/adalar/request/", "requests/objection/"):
            page.goto(server_url + path)
            assert page.locator("pre.yd-request__text").count() >= 1
            assert "4982" in page.locator("pre.yd-request__text").first.text_content()
            expect(page.locator("article button")).to_have_count(0)
    finally:
        context.close()


def test_printing_a_request_shows_the_letter_alone(new_page, portal):
    from macros.data.index import PortalIndex
    index = PortalIndex(portal)
    tie = next(a for a in index.foreign_agreements if a.council_decision is None)
    page = new_page("desktop")
    page.goto(page.site(f"agreements/{tie.id}/"))
    page.evaluate("window.print = () => {}")  # the dialog itself cannot be driven headless
    box = page.locator("details.yd-request").first
    box.locator("summary").click()
    box.locator("[data-request-print]").click()
    page.emulate_media(media="print")
    assert box.is_visible()
    assert not page.locator("h1").is_visible()
    assert not page.locator("#kaynak").is_visible()
