"""The benchmark's comparison site (benchmarks/baseline.py) has the portal's pages: a page the portal
generates that the plain site lacks would make the comparison flatter the portal, and a list view the
plain writer does not know crashed `make bench` after the accountability pages were added."""
from __future__ import annotations

import re

from helpers import ROOT

from benchmarks import baseline
from macros.data.dataset import load_portal
from macros.data.index import PortalIndex
from macros.plan.pages import generated_pages
from macros.render.renderer import MACROS


def test_every_generated_page_has_a_plain_counterpart_with_text():
    index = PortalIndex(load_portal(ROOT / "data"))
    plain = {page.path: page for page in baseline.markdown_pages(ROOT / "data", ROOT / "content")}
    generated = [spec.src_uri for spec in generated_pages(index, "tr")]
    assert set(generated) <= set(plain)
    empty = [path for path in generated if len(plain[path].markdown.strip().splitlines()) < 2]
    assert empty == []


def test_every_overview_macro_of_the_turkish_pages_has_a_plain_writer():
    content = ROOT / "content"
    called = {name for path in content.rglob("*.md") if path.relative_to(content).parts[0] != "en"
              for name in re.findall(r"\{\{\s*(\w+)\(", path.read_text(encoding="utf-8"))}
    assert called <= set(MACROS)
    # Charts, the map and the interactive forms have no Markdown counterpart; every list and table has one.
    drawn_only = {"countries_chart", "districts_chart", "kinds_chart", "years_chart", "timeline_list", "partner_map",
                  "district_picker", "deadline_helper", "objection_letter"}
    missing = sorted(name for name in called - drawn_only if not hasattr(baseline._Writer, name))
    assert missing == []
