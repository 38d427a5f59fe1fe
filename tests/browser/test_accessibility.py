"""Accessibility: axe-core on every kind of page, plus the page language, table headers and icon names."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

RECORD_PAGES = [
    "municipalities/kadikoy/",
    "municipalities/beyoglu/",
    "municipalities/arnavutkoy/",  # a district with no records
    "agreements/adalar-nacka/",
    "projects/uskudar-cities-4-people/",
    "countries/se/",
    "activities/page/2/",  # a numbered page of a long list, with its pager
]
BLOCKING = {"serious", "critical"}

_axe = Axe()


def _report(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:8]:
            lines.append(f"    {' '.join(node['target']) if isinstance(node['target'][0], str) else node['target']}")
            lines.append(f"      {node['html'][:200]}")
            if node.get("failureSummary"):
                lines.append("      " + node["failureSummary"].replace("\n", "\n      ")[:400])
        if len(v["nodes"]) > 8:
            lines.append(f"    … and {len(v['nodes']) - 8} more")
    return "\n".join(lines)


def _axe_check(page, path: str) -> None:
    page.goto(page.site(path))
    results = _axe.run(page)
    violations = results.response["violations"]
    if violations:
        print(f"\naxe on /{path} ({page.record.device}):\n{_report(violations)}")
    blocking = [v for v in violations if v.get("impact") in BLOCKING]
    assert not blocking, f"axe: serious/critical problems on /{path} ({page.record.device}):\n{_report(blocking)}"


def test_axe_overview_pages(new_page, overview_path):
    _axe_check(new_page("desktop"), overview_path)


@pytest.mark.parametrize("path", RECORD_PAGES)
def test_axe_record_pages(new_page, path):
    _axe_check(new_page("desktop"), path)


@pytest.mark.parametrize("path", ["", "municipalities/beyoglu/", "agreements/"])
def test_axe_on_a_phone(new_page, path):
    _axe_check(new_page("phone"), path)


def test_axe_search_open(new_page, search_ui):
    """The search dialog with results, as a screen-reader user meets it."""
    page = new_page("desktop")
    page.goto(page.site())
    search_ui.open(page)
    search_ui.type(page, "kardes sehir")
    search_ui.results(page)
    violations = _axe.run(page).response["violations"]
    blocking = [v for v in violations if v.get("impact") in BLOCKING]
    assert not blocking, _report(blocking)


# --- checks of our own, over every page above --------------------------------------------------

STRUCTURE = r"""() => {
  const out = { lang: document.documentElement.getAttribute("lang"), tables: [], unnamed: [], h1: [] };
  out.h1 = [...document.querySelectorAll("article h1")].map(h => h.textContent.trim());
  for (const t of document.querySelectorAll("article table")) {
    const heads = t.querySelectorAll("thead th, tr > th");
    out.tables.push({ heads: heads.length, scoped: [...heads].every(th => th.hasAttribute("scope") || th.closest("thead")),
                      html: t.outerHTML.slice(0, 120) });
  }
  const visible = e => { const r = e.getBoundingClientRect(); const cs = getComputedStyle(e);
                         return r.width > 0 && r.height > 0 && cs.visibility !== "hidden"; };
  const hiddenFromAT = e => !!e.closest('[aria-hidden="true"]');
  const name = e => (e.getAttribute("aria-label") || "").trim() || (e.getAttribute("title") || "").trim()
                     || (e.getAttribute("aria-labelledby") ? "labelledby" : "")
                     || (e.querySelector && e.querySelector("title") ? e.querySelector("title").textContent.trim() : "");
  const text = e => (e.innerText || "").trim();
  // Images: every <img> needs an alt attribute (empty for decoration).
  for (const img of document.querySelectorAll("img")) {
    if (!img.hasAttribute("alt") && !hiddenFromAT(img)) out.unnamed.push("img " + img.outerHTML.slice(0, 120));
  }
  // Icons: an <svg> that is the only content of a link, button or clickable label conveys its meaning
  // alone, so something must name it: the control's aria-label/title, or the svg's own.
  for (const svg of document.querySelectorAll("svg")) {
    if (hiddenFromAT(svg) || !visible(svg)) continue;
    const control = svg.closest("a, button, label, [role=button]");
    if (control) {
      if (text(control) || name(control) || name(svg)) continue;
      out.unnamed.push(control.tagName.toLowerCase() + " " + control.outerHTML.replace(/<svg[\s\S]*<\/svg>/, "<svg/>").slice(0, 160));
    } else if (svg.getAttribute("role") === "img" && !name(svg)) {
      out.unnamed.push("svg role=img " + svg.outerHTML.slice(0, 120));
    }
  }
  return out;
}"""


def test_language_tables_and_icon_names(new_page, overview_pages):
    problems = []
    for device in ("phone", "desktop"):
        page = new_page(device)
        for path in overview_pages + RECORD_PAGES:
            page.goto(page.site(path))
            info = page.evaluate(STRUCTURE)
            where = f"/{path} ({device})"
            if info["lang"] != "tr":
                problems.append(f"{where}: <html lang={info['lang']!r}>, expected 'tr'")
            if len(info["h1"]) != 1:
                problems.append(f"{where}: {len(info['h1'])} <h1> in the content: {info['h1']}")
            for t in info["tables"]:
                if not t["heads"]:
                    problems.append(f"{where}: table without <th> headers: {t['html']}")
                elif not t["scoped"]:
                    problems.append(f"{where}: row/column headers without scope: {t['html']}")
            for item in info["unnamed"]:
                problems.append(f"{where}: no accessible name: {item}")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_overview_tables_have_column_headers(new_page):
    page = new_page("desktop")
    for path, columns in {
        "municipalities/": ["Belediye", "Yurt dışı ilişki", "Yurt içi ilişki", "Ağlar", "Projeler", "Etkinlikler"],
        "agreements/": ["Belediye", "Ortak", "Ülke", "Tür", "Başlangıç", "Durum", "Kaynaklar"],
    }.items():
        page.goto(page.site(path))
        heads = page.locator(".yd-table table").first.locator("thead th")
        assert heads.all_inner_texts() == columns, (path, heads.all_inner_texts())
        assert all(h == "col" for h in heads.evaluate_all("els => els.map(e => e.getAttribute('scope'))"))


@pytest.mark.parametrize("path", ["en/", "en/municipalities/beyoglu/"])
def test_english_edition(new_page, path):
    """The English edition shares the templates: its own language, and icon names in English."""
    page = new_page("phone")
    _axe_check(page, path)
    assert page.locator("html").get_attribute("lang") == "en"
    # Named by their (visually hidden) text: HTML allows no aria-label on a <label> (test_valid_html.py).
    assert page.locator("label.md-header__button[for=__drawer]").inner_text().strip() == "Open the menu"
    assert page.locator("label.md-header__button[for=__search]").inner_text().strip() == "Open search"
