"""Unit tests of the page plan (macros/plan/), the renderer's dispatch and macro list, and the plugin's
per-build state (macros/engine/): no site is built."""
from __future__ import annotations

import datetime
import re

import pytest
from helpers import ROOT

from macros.data.index import PortalIndex
from macros.plan import urls
from macros.plan.pages import plan
from macros.render.renderer import MACROS, Renderer


@pytest.fixture(scope="module")
def index(portal) -> PortalIndex:
    return PortalIndex(portal)


def test_urls_are_the_one_source_of_addresses():
    assert urls.municipality("kadikoy") == "municipalities/kadikoy"
    assert urls.country("DE") == "countries/de"
    assert urls.list_page("agreements", 1) == "agreements"
    assert urls.list_page("agreements", 3) == "agreements/page/3"
    assert urls.edition("agreements/x", "en") == "en/agreements/x/"
    assert urls.absolute("https://example.org/yd/", "en/agreements/x/") == "https://example.org/yd/en/agreements/x/"
    assert urls.absolute("", "agreements/x/") == ""  # without SITE_URL: no address rather than a relative one
    links = urls.Links("/municipalities/kadikoy/")
    assert links.agreement("a-b") == "../../agreements/a-b/"
    assert urls.Links("").page("") == "./"


def test_the_plan_has_one_page_per_record_and_country_and_every_later_list_page(index):
    site_plan = plan(index, "tr", per_page=5)
    paths = [p.path for p in site_plan.pages]
    assert len(paths) == len(set(paths))
    kinds = {kind: {p.key for p in site_plan.pages if p.kind == kind}
             for kind in ("municipality", "agreement", "project", "country")}
    assert kinds["municipality"] == set(index.districts)
    assert kinds["agreement"] == set(index.agreements)
    assert kinds["project"] == set(index.projects)
    assert kinds["country"] == set(index.country_codes())
    agreements = site_plan.layout.lists["agreements"]
    later = [p for p in site_plan.pages if p.kind == "list_page" and p.shows == "agreements"]
    assert [p.number for p in later] == list(range(2, agreements.count + 1))
    assert all(p.path == urls.list_page("agreements", p.number) for p in later)
    assert site_plan.page_for("agreements/page/2.md") is later[0]


def test_per_page_is_a_setting_not_read_from_the_environment(index, monkeypatch):
    from macros.plan.paging import PER_PAGE

    monkeypatch.setenv("PORTAL_PER_PAGE", "1")  # the engine's to read, once per build: the plan ignores it
    pages = -(-len(index.agreements) // PER_PAGE["agreements"])
    assert plan(index, "tr").layout.lists["agreements"].count == pages
    assert plan(index, "tr", per_page=1).layout.lists["agreements"].count == len(index.agreements)


def test_the_renderer_draws_every_planned_page(index):
    site_plan = plan(index, "en", per_page=7)
    renderer = Renderer(index, site_plan, "en", build_date=datetime.date(2025, 12, 6))
    for spec in site_plan.pages:
        html = str(renderer.page(spec, spec.path + "/"))
        assert html and "\n\n" not in html, spec.path
        if spec.kind in ("agreement", "project"):
            assert f"data/{spec.kind}s/{spec.key}.json" in html, spec.path


def test_every_macro_of_the_hand_written_pages_is_registered_once():
    used = set()
    for page in (ROOT / "content").rglob("*.md"):
        used.update(re.findall(r"\{\{\s*(\w+)\(\)\s*\}\}", page.read_text(encoding="utf-8")))
    assert used and used <= set(MACROS), used - set(MACROS)


def test_the_plugin_starts_every_build_afresh(monkeypatch):
    from mkdocs.config import load_config

    monkeypatch.setenv("PORTAL_PER_PAGE", "4")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764979200")  # 2025-12-06 (UTC)
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["portal"]
    plugin.on_config(config)
    first = plugin.build
    assert first.settings.per_page == 4 and first.settings.lang == "tr"
    assert first.settings.build_date == first.data.renderer.build_date == datetime.date(2025, 12, 6)
    monkeypatch.setenv("PORTAL_PER_PAGE", "6")  # read once per build, at on_config
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    assert len(first.data.plan.layout.lists["agreements"].rows_of(1)) == 4
    assert first.data.renderer.build_date == datetime.date(2025, 12, 6)
    plugin.on_config(config)
    assert plugin.build is not first and plugin.build.settings.per_page == 6
    assert plugin.build.settings.build_date == datetime.date(2026, 1, 1)
    assert plugin.build.deferred is not first.deferred and plugin.build.search == []
