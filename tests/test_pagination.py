"""Long lists on numbered pages (macros/plan/paging.py), so that no page grows with the data.

The real data fits every overview but the activities on one page; a build with PORTAL_PER_PAGE=10
forces every list onto several pages, and a generated ×10 data set checks the size budget.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from helpers import ROOT, build_site

from macros.plan import paging
from macros.data.index import PortalIndex

BUDGET = 30 * 1024
ROW_ID = re.compile(r'<tr id="([^"]+)"')
ACTIVITY_ID = re.compile(r'<li id="([^"]+)" class="yd-activity"')


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def _pages(site: Path, section: str) -> list[str]:
    """Addresses of a list's pages in order: the list's own, then page/2, page/3…"""
    numbered = sorted((int(p.name) for p in (site / section / "page").iterdir()) if (site / section / "page").is_dir()
                      else [])
    assert numbered == list(range(2, len(numbered) + 2)), f"{section}: pages {numbered} are not 2..N"
    return [section] + [f"{section}/page/{n}" for n in numbered]


def _pager(html: str) -> str:
    found = re.findall(r'<nav class="yd-pager" aria-label="[^"]+">.*?</nav>', html, re.S)
    assert len(found) == 1, "expected one pager"
    return found[0]


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory) -> Path:
    """The real data with ten rows per page: every list is split."""
    site = tmp_path_factory.mktemp("paged") / "site"
    result = build_site(site, extra_env={"PORTAL_PER_PAGE": "10"})
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def index(portal) -> PortalIndex:
    return PortalIndex(portal)


def test_page_one_keeps_the_old_address_and_later_pages_follow_it(paged_site, index):
    pages = _pages(paged_site, "agreements")
    assert len(pages) == -(-len(index.agreements) // 10)
    assert pages[1] == "agreements/page/2"
    assert "<h1" in _html(paged_site, "agreements") and "Kardeş şehirler ve anlaşmalar" in _html(paged_site, "agreements")


def test_every_record_is_on_exactly_one_page_of_its_list(paged_site, index, portal):
    def ids(section, pattern):
        found = Counter()
        for page in _pages(paged_site, section):
            found.update(pattern.findall(_html(paged_site, page)))
        return found

    agreements, projects = ids("agreements", ROW_ID), ids("projects", ROW_ID)
    activities = ids("activities", ACTIVITY_ID)
    assert agreements == Counter(list(index.agreements)) and projects == Counter(list(index.projects))
    assert activities == Counter(list(index.activities))
    municipalities = Counter()
    for page in _pages(paged_site, "municipalities"):
        municipalities.update(re.findall(r'<tr><td><a href="[./]*municipalities/([^/"]+)/"', _html(paged_site, page)))
    assert municipalities == Counter(d.slug for d in portal.districts)
    countries = Counter()
    for page in _pages(paged_site, "countries"):
        table = _html(paged_site, page).split('<div class="yd-table">', 1)[1]
        countries.update(re.findall(r'<tr><td><a class="yd-country" href="[./]*countries/([a-z]+)/"', table))
    assert countries == Counter(c.lower() for c in index.by_country)


def test_rows_keep_the_order_of_the_single_list(paged_site, portal):
    order = [a.id for d in portal.districts for a in d.agreements]
    shown = [i for page in _pages(paged_site, "agreements") for i in ROW_ID.findall(_html(paged_site, page))]
    assert shown == order


def test_pager_links_go_both_ways_and_mark_the_current_page(paged_site):
    pages = _pages(paged_site, "agreements")
    first, second, last = _pager(_html(paged_site, pages[0])), _pager(_html(paged_site, pages[1])), \
        _pager(_html(paged_site, pages[-1]))
    assert 'rel="prev"' not in first and 'href="../agreements/page/2/" rel="next"' in first
    assert 'href="../../../agreements/" rel="prev"' in second
    assert 'href="../../../agreements/page/3/" rel="next"' in second
    assert 'rel="next"' not in last
    assert re.search(r'<a href="../../../agreements/page/2/" aria-current="page"[^>]*>2</a>', second)
    assert second.count('aria-current="page"') == 1
    assert 'aria-label="Sayfalar"' in second
    # Every number link leads to a page that exists.
    for href in re.findall(r'href="\.\./\.\./\.\./([^"]*)"', second):
        assert (paged_site / href / "index.html").exists(), href


def test_later_pages_are_titled_with_their_number_in_both_editions(paged_site):
    pages = _pages(paged_site, "agreements")
    html = _html(paged_site, pages[1])
    total = len(pages)
    assert f"<title>Kardeş şehirler ve anlaşmalar — sayfa 2 / {total} - Yerel Diplomasi İzleme</title>" in html
    assert f"<h1>Kardeş şehirler ve anlaşmalar — sayfa 2 / {total}</h1>" in html
    english = _html(paged_site, "en/agreements/page/2")
    assert f"<h1>Sister cities and agreements — page 2 of {total}</h1>" in english
    assert 'aria-label="Pages"' in english and "Previous" in english and "Next" in english
    assert _pages(paged_site, "en/activities") == [p.replace("activities", "en/activities", 1)
                                                    for p in _pages(paged_site, "activities")]


def test_later_pages_are_not_in_the_navigation(paged_site):
    home = _html(paged_site, "")
    assert "agreements/page/2/" not in home


def test_a_filtered_table_on_one_of_several_pages_filters_every_row_of_the_list(paged_site, index):
    """The page names a file with every row (filters.js loads it when a filter is set), its links from the
    site's root: the filter's menus and results cover the whole list, not one page of it."""
    for section, count in (("agreements", len(index.agreements)), ("sources", len(index.portal.sources))):
        html = _html(paged_site, f"{section}/page/2")
        assert f'data-rows="../../../{section}/rows.json" data-root="../../../"' in html
        rows = json.loads((paged_site / section / "rows.json").read_text(encoding="utf-8"))["rows"]
        assert len(rows) == count
        assert not any('href="../' in row for row in rows)  # relative to the root: the script prefixes them
    assert "yd-filter-scope" not in _html(paged_site, "agreements/page/2")
    first = json.loads((paged_site / "agreements" / "rows.json").read_text(encoding="utf-8"))["rows"][0]
    assert 'href="municipalities/' in first and 'href="agreements/' in first


def _filter_values(row: str) -> list[list[str]]:
    """Each cell's values as filters.js reads them: data-values split at "|", else the cell's text."""
    import html as htmllib
    cells = re.findall(r'<td( data-values="([^"]*)")?>(.*?)</td>', row, re.S)
    return [(htmllib.unescape(values).split("|") if values else []) if attr else
            [htmllib.unescape(re.sub(r"<[^>]+>", "", text)).strip()] for attr, values, text in cells]


def test_rows_json_holds_each_filter_value_once(paged_site, index):
    """data-values only where it differs from the cell's text (which filters.js reads otherwise), and no
    stray line breaks in the cells: the filter still sees each row's year and status."""
    from macros.i18n import enum_label
    rows = json.loads((paged_site / "agreements" / "rows.json").read_text(encoding="utf-8"))["rows"]
    for row in rows:
        assert "\n" not in row
        for values, text in re.findall(r'<td data-values="([^"]*)">(.*?)</td>', row, re.S):
            assert values != re.sub(r"<[^>]+>", "", text).strip()
        agreement = index.agreements[re.match(r'<tr id="([^"]+)">', row).group(1)]
        cells = _filter_values(row)
        assert cells[4] == [agreement.date[:4] if agreement.date else "—"]
        assert cells[5] == [enum_label("agreement_status", agreement.status, "tr")]


def test_a_filtered_table_on_a_single_page_filters_all_of_it():
    import datetime

    from macros.engine.site import Settings, site_data

    data = site_data(Settings(ROOT / "data", "tr", per_page=1000, build_date=datetime.date(2026, 12, 1)))
    assert data.plan.layout.lists["projects"].count == 1
    assert "yd-filter-scope" not in data.renderer.view("projects", "projects/")
    assert "yd-filter-scope" in site_data(Settings(ROOT / "data", "tr", per_page=5, build_date=datetime.date(
        2026, 12, 1))).renderer.view("projects", "projects/")


def test_every_tie_is_on_a_municipalitys_first_page_and_only_activities_continue():
    """A reader must not conclude from page 1 that a district has one sister city: page 1 holds every tie; a
    district with many memberships, projects and activities continues them on numbered pages."""
    import datetime

    from macros.engine.site import Settings, site_data

    data = site_data(Settings(ROOT / "data", "tr", per_page=4, build_date=datetime.date(2026, 12, 1)))
    beyoglu = data.index.districts["beyoglu"]
    paged = data.plan.layout.municipalities["beyoglu"]
    following = len(beyoglu.memberships) + len(beyoglu.projects) + len(beyoglu.activities)
    assert paged.count == -(-following // 4) > 1
    first = str(data.renderer.view("municipality", "municipalities/beyoglu/", "beyoglu", 1))
    for record in beyoglu.agreements:
        assert f"agreements/{record.id}/" in first, record.id
    later = "\n".join(str(data.renderer.view("municipality", paged.path(n) + "/", "beyoglu", n))
                      for n in range(2, paged.count + 1))
    assert "agreements/" not in later.split('id="etkinlikler"')[0]  # no tie table on later pages
    shown = first + later
    for record in (*beyoglu.activities, *beyoglu.memberships):
        assert shown.count(f'id="{record.id}"') == 1, record.id
    assert "<h1>Beyoğlu Belediyesi — sayfa 2 / " in later


def test_activity_rows_link_to_the_page_that_has_the_full_text(paged_site):
    for page in _pages(paged_site, "activities"):
        for target, anchor in re.findall(r'<a href="([./]*municipalities/[^"#]+)#([^"]+)"', _html(paged_site, page)):
            path = (paged_site / page / target).resolve()
            assert f'id="{anchor}"' in (path / "index.html").read_text(encoding="utf-8"), (page, target, anchor)


def test_country_pages_split_too(paged_site, index):
    code = max(index.by_country, key=lambda c: index.by_country[c].total)
    pages = _pages(paged_site, f"countries/{code.lower()}")
    assert len(pages) == -(-index.by_country[code].total // 10)
    links = Counter()
    for page in pages:
        links.update(re.findall(r'href="[./]*(?:agreements|projects)/([^/"]+)/"', _html(paged_site, page)))
        links.update(ACTIVITY_ID.findall(_html(paged_site, page)))
    ties = index.by_country[code]
    for record in (*ties.agreements, *ties.projects, *ties.activities):
        assert links[record.id] >= 1, record.id


def test_the_real_site_pages_only_the_lists_longer_than_a_page(real_site, portal):
    from macros.plan.paging import PER_PAGE
    from macros.data.index import PortalIndex
    index = PortalIndex(portal)
    sizes = {"agreements": len(index.agreements), "projects": len(index.projects),
             "municipalities": len(portal.districts), "networks": len(portal.networks)}
    for section, n in sizes.items():
        assert (real_site / section / "page").exists() == (n > PER_PAGE[section]), section
    assert ("yd-pager" in _html(real_site, "agreements")) == (sizes["agreements"] > PER_PAGE["agreements"])


def test_every_page_of_the_real_site_is_under_30_kb(real_site):
    big = {p.relative_to(real_site).as_posix(): p.stat().st_size for p in real_site.rglob("*.html")
           if "assets" not in p.parts and p.stat().st_size >= BUDGET}
    assert not big


def test_every_page_of_a_ten_times_larger_data_set_is_under_30_kb(tmp_path):
    data = tmp_path / "x10"
    generated = subprocess.run([sys.executable, "-m", "benchmarks.generate", "--scale", "10", "--out", str(data)],
                               cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert generated.returncode == 0, generated.stderr
    site = tmp_path / "site"
    result = build_site(site, data)
    assert result.returncode == 0, result.stderr
    big = {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*.html")
           if "assets" not in p.parts and p.stat().st_size >= BUDGET}
    assert not big
    assert (site / "agreements" / "page" / "2" / "index.html").exists()


# --- the splitting itself ------------------------------------------------------------------------------

def test_pager_window_shows_ends_and_neighbours_with_gaps():
    assert paging.window(1, 3) == [1, 2, 3]
    assert paging.window(10, 40) == [1, None, 8, 9, 10, 11, 12, None, 40]
    assert paging.window(40, 40) == [1, None, 38, 39, 40]


def test_split_by_weight_starts_a_page_before_the_budget_would_be_passed():
    paged = paging.by_weight("municipality", "municipalities/x", "abcde", [5, 5, 5, 20, 1], budget=10)
    assert [paged.rows_of(n) for n in range(1, paged.count + 1)] == [("a", "b"), ("c",), ("d",), ("e",)]
    assert paged.page_of(3) == 3 and paged.path(1) == "municipalities/x" and paged.path(3) == "municipalities/x/page/3"
    with pytest.raises(ValueError):
        paged.rows_of(5)


def test_an_empty_list_is_one_empty_page():
    paged = paging.by_count("agreements", "agreements", [])
    assert paged.count == 1 and paged.rows_of(1) == ()


def test_a_municipality_with_thousands_of_activities_grows_page_by_page(tmp_path):
    """10,000 records in one district once gave pages of 276 KB (each linked all 626 others): the pager names a few
    neighbours, every page stays small, and the page count grows linearly with the activities."""
    import datetime
    import shutil

    from macros.engine.site import Settings, site_data

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    kadikoy = data / "districts" / "kadikoy.yaml"
    activities = "".join(f"  - id: kadikoy-ziyaret-{i}\n    kind: visit\n    description: \"Bir ziyaret {i}.\"\n"
                         f"    description_en: \"A visit {i}.\"\n    sources:\n      - source: kadikoy-konferans-iclei\n"
                         for i in range(1200))
    kadikoy.write_text(kadikoy.read_text(encoding="utf-8") + "\nactivities:\n" + activities, encoding="utf-8")
    built = site_data(Settings(data, "tr", build_date=datetime.date(2026, 12, 7)))
    paged = built.plan.layout.municipalities["kadikoy"]
    assert 30 < paged.count < 60
    for n in (1, 2, paged.count // 2, paged.count):
        html = str(built.renderer.view("municipality", paged.path(n) + "/", "kadikoy", n))
        assert len(html.encode("utf-8")) < 15_000, n
        assert len(re.findall(r'aria-label="Sayfa \d+"', html)) <= 7, n
