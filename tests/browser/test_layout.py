"""Layout on a phone: nothing wider than the screen; tables fit the screen (as cards)."""
from __future__ import annotations

import pytest

from conftest import assert_readable

PHONE_PAGES = [
    "",
    "municipalities/",
    "agreements/",
    "municipalities/beyoglu/",
    "municipalities/cekmekoy/",
    "agreements/esenyurt-dakar-sicap-liberte/",
    "agreements/kucukcekmece-budapeste-jozsefvaros/",
    "projects/kadikoy-butuncul-ve-katilimci-iklim-eylemi/",
    "countries/",
    "activities/",
    "projects/",
    "networks/",
]

# Elements of the header, content and footer sticking out of the screen, outside any box that scrolls or
# clips them (the closed phone drawer waits off screen on purpose and is not looked at).
OVERFLOW = r"""() => {
  const width = document.documentElement.clientWidth;
  const clipped = e => { for (let n = e.parentElement; n && n !== document.body; n = n.parentElement) {
      const o = getComputedStyle(n).overflowX; if (o !== "visible") return true; } return false; };
  const out = [];
  for (const e of document.querySelectorAll(".md-header *, .md-content *, .md-footer *")) {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if ((r.right > width + 1 || r.left < -1) && !clipped(e))
      out.push(`${e.tagName.toLowerCase()}.${[...e.classList].join(".")} [${Math.round(r.left)}..${Math.round(r.right)}] ${(e.textContent || "").replace(/\s+/g, " ").trim().slice(0, 50)}`);
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, out: out.slice(0, 15) };
}"""

TABLES = r"""() => [...document.querySelectorAll("article table")].map(t => {
  const box = t.closest(".yd-table");
  const r = (box || t).getBoundingClientRect();
  return {
    inBox: !!box,
    boxRight: Math.round(r.right),
    boxWidth: box ? box.clientWidth : null,
    tableWidth: t.scrollWidth,
    overflowX: box ? getComputedStyle(box).overflowX : null,
    scrolls: box ? box.scrollWidth > box.clientWidth : false,
  };
})"""


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_no_horizontal_overflow_on_a_phone(new_page, path):
    page = new_page("phone")
    page.goto(page.site(path))
    info = page.evaluate(OVERFLOW)
    assert info["scrollWidth"] <= info["innerWidth"] + 1, (
        f"/{path}: page is {info['scrollWidth']}px wide on a {info['innerWidth']}px screen; sticking out:\n  "
        + "\n  ".join(info["out"])
    )
    assert not info["out"], f"/{path}: content runs off the screen (clipped, unreadable):\n  " + "\n  ".join(info["out"])


@pytest.mark.parametrize("path", ["municipalities/", "agreements/", "projects/", "municipalities/beyoglu/"])
def test_wide_tables_stay_inside_the_screen(new_page, path):
    """Every table sits in its .yd-table box, no wider than the screen; on a phone its rows are cards
    (tests/browser/test_citizen.py), and without JavaScript the box scrolls sideways."""
    page = new_page("phone")
    page.goto(page.site(path))
    tables = page.evaluate(TABLES)
    assert tables, f"/{path}: no tables"
    width = page.evaluate("document.documentElement.clientWidth")
    for t in tables:
        assert t["inBox"], f"/{path}: a table outside a .yd-table box: {t}"
        assert t["boxRight"] <= width + 1, f"/{path}: table box wider than the screen: {t}"
        assert not t["scrolls"], f"/{path}: a table still scrolls sideways on a phone: {t}"
    assert page.evaluate("window.scrollX") == 0


@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize("name,path", [("home", ""), ("beyoglu", "municipalities/beyoglu/"),
                                       ("agreements", "agreements/"), ("adalar-nacka", "agreements/adalar-nacka/")])
def test_screenshots(new_page, screenshots_dir, device, name, path):
    page = new_page(device)
    page.goto(page.site(path))
    page.evaluate("document.fonts.ready")
    target = screenshots_dir / f"{name}-{device}.png"
    page.screenshot(path=str(target), full_page=True)
    assert_readable(page)
    # Basic look: the theme's header bar is coloured and the body text is readable size.
    assert page.locator("header.md-header").evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    size = page.locator("article").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 14, f"body text {size}px on {device}"


def test_phone_drawer_covers_no_content_when_closed(new_page):
    page = new_page("phone")
    page.goto(page.site("municipalities/beyoglu/"))
    drawer = page.locator(".md-sidebar--primary")
    box = drawer.bounding_box()
    assert box is None or box["x"] + box["width"] <= 0, f"closed drawer is on screen: {box}"
