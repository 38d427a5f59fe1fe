"""Keyboard only: Tab order from page load, visible focus, the skip link, and search by keyboard."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import expect

DESCRIBE = """e => ({
  tag: e.tagName,
  cls: (typeof e.className === "string" ? e.className : "").replace(/\\s*focus-visible\\s*/g, " ").trim(),
  href: e.getAttribute("href") || "",
  text: (e.innerText || e.value || e.getAttribute("aria-label") || "").trim().replace(/\\s+/g, " ").slice(0, 40),
  inArticle: !!e.closest("article"),
  inMenu: !!e.closest("nav.md-nav--primary .md-nav__list"),
})"""

# Styles that can show focus without relying on colour alone, for an element and the boxes around it
# (Material shows a focused search box by opening it: the form behind the input turns white).
STYLE = """e => { const out = [];
  for (let n = e, i = 0; n && n.nodeType === 1 && i < 3; n = n.parentElement, i++) {
    const cs = getComputedStyle(n);
    out.push({
      outlineStyle: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth) || 0, outlineColor: cs.outlineColor,
      boxShadow: cs.boxShadow, background: cs.backgroundColor, decoration: cs.textDecorationLine,
      border: cs.borderTopColor + " " + cs.borderTopWidth + " " + cs.borderBottomColor + " " + cs.borderBottomWidth,
    });
  }
  return out;
}"""

# The unfocused look of everything focusable, as loaded (before the first Tab).
FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]"
REMEMBER_UNFOCUSED = """([sel, style]) => {
  const f = eval(style);
  window.__unfocused = new Map();
  for (const e of document.querySelectorAll(sel)) window.__unfocused.set(e, f(e));
}"""
UNFOCUSED = "e => window.__unfocused && window.__unfocused.get(e) || null"


# Let transitions end (Material fades the skip link in, for example), then: can the element be seen?
VISIBLE = """async e => {
  await Promise.race([
    Promise.all(document.getAnimations().map(a => a.finished.catch(() => null))),
    new Promise(r => setTimeout(r, 800)),
  ]);
  const r = e.getBoundingClientRect();
  let opacity = 1;
  for (let n = e; n && n.nodeType === 1; n = n.parentElement) opacity *= +getComputedStyle(n).opacity;
  const onScreen = r.width >= 1 && r.height >= 1 && r.bottom > 0 && r.right > 0
                   && r.top < innerHeight && r.left < innerWidth;
  return { onScreen, opacity, visibility: getComputedStyle(e).visibility,
           rect: [r.x, r.y, r.width, r.height].map(Math.round) };
}"""


@dataclass
class Stop:
    desc: dict
    focused: list
    visible: dict
    unfocused: list | None = field(default_factory=list)

    def label(self) -> str:
        d = self.desc
        return f"<{d['tag'].lower()} class={d['cls']!r} href={d['href']!r}> {d['text']!r}"

    def is_seen(self) -> bool:
        v = self.visible
        return v["onScreen"] and v["opacity"] > 0.1 and v["visibility"] == "visible"

    def indicator(self) -> str | None:
        """What shows focus, other than a colour change alone; None if nothing does."""
        for level, (f, u) in enumerate(zip(self.focused, self.unfocused)):
            where = ["element", "parent", "grandparent"][level]
            if f["outlineStyle"] != "none" and f["outlineWidth"] > 0 and (
                u["outlineStyle"] == "none" or u["outlineWidth"] == 0 or u["outlineColor"] != f["outlineColor"]
            ):
                return f"{where}: outline {f['outlineStyle']} {f['outlineWidth']}px"
            for key in ("boxShadow", "background", "decoration", "border"):
                if f[key] != u[key]:
                    return f"{where}: {key} {u[key]} -> {f[key]}"
        return None


def tab_through(page, limit: int = 90) -> list[Stop]:
    """Press Tab from page load until focus comes back round; describe every stop.

    Each stop's focused look is compared with its look as loaded, before anything had focus.
    """
    page.evaluate(REMEMBER_UNFOCUSED, [FOCUSABLE, STYLE])
    stops: list[Stop] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        handle = page.evaluate_handle("document.activeElement")
        desc = handle.evaluate(DESCRIBE)
        if desc["tag"] == "BODY" or (stops and desc == stops[0].desc):
            break
        visible = handle.evaluate(VISIBLE)
        stops.append(Stop(desc=desc, focused=handle.evaluate(STYLE), visible=visible,
                          unfocused=handle.evaluate(UNFOCUSED)))
    return stops


def test_tab_reaches_search_navigation_and_content(new_page, overview_pages):
    page = new_page("desktop")
    page.goto(page.site())
    stops = tab_through(page)
    labels = [s.label() for s in stops]
    assert stops, "Tab never focused anything"
    assert "md-skip" in stops[0].desc["cls"], f"first Tab stop should be the skip link, got {labels[0]}"
    assert stops[0].desc["text"] == "Ana içeriğe geç"

    assert any("md-search__input" in s.desc["cls"] for s in stops), "Tab never reaches the search box:\n" + "\n".join(labels)
    # The menu's links: its plain links have no class (overrides/partials/nav.html), the page shown has Material's.
    nav_targets = {s.desc["href"] for s in stops if s.desc["inMenu"]}
    missing = [p for p in overview_pages if (p or ".") not in nav_targets]
    assert not missing, f"Tab never reaches the navigation links to {missing}"
    content = [s for s in stops if s.desc["inArticle"] and s.desc["href"] in {"municipalities/", "agreements/"}]
    assert content, "Tab never reaches the links in the page content"


def test_every_tab_stop_can_be_seen_and_shows_focus(new_page):
    """No focus on invisible things, and each focused thing looks focused (not by colour alone)."""
    problems = []
    for path in ["", "municipalities/beyoglu/"]:
        page = new_page("desktop")
        page.goto(page.site(path))
        for stop in tab_through(page):
            print(f"/{path} Tab: {stop.label()} -> {stop.indicator() if stop.unfocused else '?'}")
            if not stop.is_seen():
                problems.append(f"/{path}: focus lands on something that cannot be seen: {stop.label()} {stop.visible}")
            elif stop.unfocused is None:
                problems.append(f"/{path}: {stop.label()} was not on the page as loaded; cannot compare its focus look")
            elif stop.indicator() is None:
                problems.append(f"/{path}: no visible focus indicator on {stop.label()}: "
                                f"focused {stop.focused} / unfocused {stop.unfocused}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", ["agreements/", "municipalities/beyoglu/", "agreements/adalar-nacka/", "countries/se/"])
def test_skip_link_moves_to_the_content(new_page, path):
    """The first Tab stop on every kind of page is "Ana içeriğe geç", and it skips header and navigation."""
    page = new_page("desktop")
    page.goto(page.site(path))
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    expect(skip).to_be_focused()
    expect(skip).to_have_text("Ana içeriğe geç")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(path) + "#"))
    # The next Tab continues inside the page content, past header and navigation.
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('article')"), page.evaluate(
        "document.activeElement.outerHTML.slice(0, 200)"
    )


def test_search_by_keyboard_opens_a_result(new_page, search_ui):
    page = new_page("desktop")
    page.goto(page.site())
    page.keyboard.press("/")
    expect(page.locator(search_ui.INPUT)).to_be_focused()
    search_ui.type(page, "Nacka")
    results = search_ui.results(page)
    assert results and results[0] == "agreements/adalar-nacka/", results
    page.keyboard.press("ArrowDown")
    first = page.locator(f"{search_ui.ITEMS} > a.md-search-result__link").first
    expect(first).to_be_focused()
    stop = Stop(desc={}, focused=first.evaluate(STYLE), visible={})
    page.keyboard.press("ArrowDown")
    stop.unfocused = first.evaluate(STYLE)
    assert stop.indicator(), f"the focused search result does not look focused: {stop.focused} / {stop.unfocused}"
    page.keyboard.press("ArrowUp")
    expect(first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/agreements/adalar-nacka/"))
    expect(page.locator("article h1")).to_contain_text("Nacka")


def test_escape_closes_search_and_keeps_the_page(new_page, search_ui):
    page = new_page("desktop")
    page.goto(page.site("countries/"))
    page.keyboard.press("/")
    search_ui.type(page, "Nacka")
    search_ui.results(page)
    page.keyboard.press("Escape")
    expect(page.locator("#__search")).not_to_be_checked()
    expect(page).to_have_url(re.compile(r"/countries/$"))


@pytest.mark.parametrize("width", [390, 1024])
def test_menu_and_search_icons_work_from_the_keyboard(new_page, search_ui, width):
    """Where the navigation sits behind the menu icon (phones, tablets), a keyboard reaches and opens it."""
    page = new_page("phone" if width < 600 else "desktop")
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(page.site("agreements/"))
    menu = page.locator("label.md-header__button[for=__drawer]")
    expect(menu).to_be_visible()
    expect(menu).to_have_text("Menüyü aç")
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('for') === '__drawer'"):
            break
    expect(menu).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#__drawer")).to_be_checked()
    expect(page.locator("nav.md-nav--primary .md-nav__list a").first).to_be_in_viewport()
    if width < 600:
        page.keyboard.press("Tab")  # into the menu
        page.keyboard.press("Escape")
        expect(page.locator("#__drawer")).not_to_be_checked()
        expect(menu).to_be_focused()
        icon = page.locator("label.md-header__button[for=__search]")
        expect(icon).to_have_text("Aramayı aç")
        icon.focus()
        page.keyboard.press(" ")
        expect(page.locator(search_ui.INPUT)).to_be_focused()
        search_ui.type(page, "Nacka")
        assert search_ui.results(page)[0] == "agreements/adalar-nacka/"
