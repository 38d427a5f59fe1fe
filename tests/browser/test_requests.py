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
