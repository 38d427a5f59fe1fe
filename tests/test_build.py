"""The real build: strict, complete, reproducible, self-contained."""
from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

from helpers import build_site

from macros.data.index import PortalIndex


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_build_is_strict_and_prints_no_warning(real_build):
    _, log = real_build
    assert "WARNING" not in log and "ERROR" not in log, log


def test_every_district_agreement_project_and_country_has_a_page(real_site, portal):
    index = PortalIndex(portal)
    for district in portal.districts:
        assert (real_site / "municipalities" / district.slug / "index.html").exists(), district.slug
    for record_id in index.agreements:
        assert (real_site / "agreements" / record_id / "index.html").exists(), record_id
    for record_id in index.projects:
        assert (real_site / "projects" / record_id / "index.html").exists(), record_id
    for code in index.by_country:
        assert (real_site / "countries" / code.lower() / "index.html").exists(), code


def test_number_of_generated_pages_equals_number_of_records(real_site, portal):
    index = PortalIndex(portal)
    counted = {kind: len([p for p in (real_site / kind).iterdir() if p.is_dir() and p.name != "page"])
               for kind in ("municipalities", "agreements", "projects", "countries")}
    assert counted == {"municipalities": len(portal.districts), "agreements": len(index.agreements),
                       "projects": len(index.projects), "countries": len(index.by_country)}
    assert len(index.agreements) >= 33


def test_every_record_appears_on_its_district_page(real_site, portal):
    for district in portal.districts:
        folder = real_site / "municipalities" / district.slug
        html = "".join(p.read_text(encoding="utf-8") for p in [folder / "index.html", *folder.glob("page/*/index.html")])
        for a in district.agreements:
            assert f"agreements/{a.id}/" in html
        for p in district.projects:
            assert f"projects/{p.id}/" in html
        for record in (*district.activities, *district.memberships):
            assert f'id="{record.id}"' in html


def test_overview_tables_have_one_row_per_record(real_site, portal):
    index = PortalIndex(portal)
    rows = lambda path: len(re.findall(r"<tr id=", "".join(
        p.read_text(encoding="utf-8") for p in [real_site / path / "index.html",
                                                *(real_site / path).glob("page/*/index.html")])))
    assert rows("agreements") == len(index.agreements)
    assert rows("projects") == len(index.projects)
    # The activities are the one real list longer than a page (paging.py): rows counted over its pages.
    activities = "".join(p.read_text(encoding="utf-8") for p in [real_site / "activities" / "index.html",
                                                                  *(real_site / "activities").glob("page/*/index.html")])
    assert len(re.findall(r'<li id="[^"]+" class="yd-activity"', activities)) == len(index.activities)
    municipalities = _html(real_site, "municipalities")
    assert municipalities.count('href="../municipalities/kadikoy/"') == 1
    assert len(re.findall(r"<tr><td><a href=", municipalities)) == len(portal.districts)


def test_a_district_without_foreign_ties_says_it_is_about_our_search_not_the_municipality(real_site, portal):
    for district in portal.districts:
        html = _html(real_site, f"municipalities/{district.slug}")
        foreign = [a for a in district.agreements if not a.domestic]
        answer = re.search(r'<p class="yd-lead yd-answer">(.*?)</p>', html).group(1)
        assert answer.startswith("Başvurduğumuz kaynakların hiçbiri") == (not foreign), district.slug
        if not foreign:
            assert "aramamızın sonucudur" in answer and "sorulacağı aşağıda" in answer
        assert 'id="kapsam"' in html  # every district page says what was searched


def test_a_district_page_answers_first_how_many_foreign_ties_the_sources_name(real_site, portal):
    beyoglu = next(d for d in portal.districts if d.slug == "beyoglu")
    foreign = [a for a in beyoglu.agreements if not a.domestic]
    html = _html(real_site, "municipalities/beyoglu")
    answer = re.search(r'<p class="yd-lead yd-answer">(.*?)</p>', html).group(1)
    assert f"{len(foreign)} ilişki adlandırıyor" in answer
    years = sorted(a.date[:4] for a in foreign if a.date)
    assert f"{years[0]}–{years[-1]}" in answer
    english = re.search(r'<p class="yd-lead yd-answer">(.*?)</p>', _html(real_site, "en/municipalities/beyoglu"))
    assert f"name {len(foreign)} ties between Beyoğlu Municipality" in english.group(1)


def test_agreement_page_shows_legal_steps_as_undocumented_and_links_back(real_site):
    html = _html(real_site, "agreements/adalar-nacka")
    # Start date, council decision and ministry permission: none in the sources.
    assert html.count("Kaynaklarda belgelenmemiş") + html.count("Başvurduğumuz kaynaklarda belgelenmemiş") >= 3
    assert 'href="../../municipalities/adalar/"' in html
    assert 'href="../../countries/se/"' in html
    assert "İsveç" in html and "Tablo 1" in html


def test_record_pages_are_not_in_the_navigation(real_site):
    home = (real_site / "index.html").read_text(encoding="utf-8")
    nav = home.split("md-nav--primary", 1)[1].split("md-sidebar--secondary", 1)[0]
    assert "municipalities/kadikoy/" not in nav
    assert "agreements/adalar-nacka/" not in nav
    assert "municipalities/" in nav


def test_page_titles_come_from_the_model(real_site):
    assert "<title>Kadıköy Belediyesi - Yerel Diplomasi İzleme</title>" in _html(real_site, "municipalities/kadikoy")
    assert "<title>Adalar – Nacka (İsveç) - Yerel Diplomasi İzleme</title>" in _html(real_site, "agreements/adalar-nacka")


def test_pages_carry_no_hidden_search_words(real_site):
    """The search index folds Turkish letters itself (tests/test_search_index.py): pages hold only
    what a reader sees."""
    for path in ("municipalities/kadikoy", "agreements", ""):
        page = _html(real_site, path)
        assert "yd-fold" not in page and " hidden><sub>" not in page, path


def _tree_digest(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(real_site, tmp_path):
    second = tmp_path / "again"
    result = build_site(second)
    assert result.returncode == 0, result.stderr
    first_digest, second_digest = _tree_digest(real_site), _tree_digest(second)
    assert first_digest.keys() == second_digest.keys()
    differing = [k for k in first_digest if first_digest[k] != second_digest[k]]
    assert not differing


def test_sitemap_without_site_url_lists_no_pages(real_site):
    """MkDocs writes page addresses (and their dates) into the sitemap only when site_url is set: the dates
    are tested on a build with one (test_identity.py::test_sitemap_dates_come_from_source_date_epoch)."""
    sitemap = (real_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<url>" not in sitemap and "<lastmod>" not in sitemap


class _Assets(HTMLParser):
    """Collects every URL the browser would load by itself (not links a reader clicks)."""

    def __init__(self):
        super().__init__()
        self.loads: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and attrs.get("src"):
            self.loads.append(attrs["src"])
        if tag == "link" and attrs.get("href") and set((attrs.get("rel") or "").split()) & {
                "stylesheet", "preload", "preconnect", "icon", "modulepreload", "dns-prefetch", "manifest"}:
            self.loads.append(attrs["href"])


def test_the_site_loads_nothing_from_another_host(real_site):
    external = re.compile(r"^(https?:)?//", re.I)
    offenders = []
    for page in real_site.rglob("*.html"):
        parser = _Assets()
        parser.feed(page.read_text(encoding="utf-8"))
        offenders += [f"{page.relative_to(real_site)}: {url}" for url in parser.loads if external.match(url)]
    for sheet in real_site.rglob("*.css"):
        text = sheet.read_text(encoding="utf-8", errors="replace")
        offenders += [f"{sheet.relative_to(real_site)}: {u}" for u in re.findall(r"@import\s+url\(['\"]?(https?://[^)'\"]+)", text)]
        offenders += [f"{sheet.relative_to(real_site)}: {u}" for u in re.findall(r"url\(['\"]?(https?://[^)'\"]+)", text)]
    # Material's own bundle names unpkg.com for a ResizeObserver polyfill (only for browsers without it)
    # and for Mermaid (only on pages with diagrams; we have none); the browser suite records every request.
    for script in real_site.rglob("*.js"):
        if script.name.startswith("bundle.") or "/lunr/" in script.as_posix():
            continue
        text = script.read_text(encoding="utf-8", errors="replace")
        offenders += [f"{script.relative_to(real_site)}: {u}" for u in
                      re.findall(r"https?://(?:fonts\.googleapis|fonts\.gstatic|unpkg|cdn\.jsdelivr|cdnjs)[^\s'\"]*", text)]
    assert not offenders, "\n".join(offenders)


def test_completeness_check_names_a_record_that_a_template_dropped(real_site, tmp_path):
    """If a template branch or filter loses a record, the build's completeness check names it."""
    import shutil

    from macros import accountability
    from macros.engine.completeness import check_site
    from macros.engine.site import Settings, site_data
    from helpers import ROOT, build_env

    site = tmp_path / "site"
    shutil.copytree(real_site, site)
    data = site_data(Settings(ROOT / "data", "tr", build_date=accountability.build_date(build_env())))
    assert check_site(site, data) == []
    activity = data.index.districts["beykoz"].activities[0].id
    shown_on = data.renderer.layout.activity_page[activity].strip("/")  # a long municipality page is numbered
    page = site / shown_on / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace(f'id="{activity}"', 'id="gone"'), encoding="utf-8")
    shutil.rmtree(site / "agreements" / "adalar-nacka")
    missing = check_site(site, data)
    assert f"activity {activity}: not shown on municipalities/beykoz/" in missing
    assert "agreements/adalar-nacka/ : page was not written" in missing


def test_edit_links_point_at_the_yaml_file_that_holds_the_record(tmp_path):
    site = tmp_path / "site"
    result = build_site(site, extra_env={"REPO_URL": "https://github.com/example/yerel-diplomasi"})
    assert result.returncode == 0, result.stderr
    edit = lambda path: re.search(r'<a href="([^"]+)"[^>]*rel="edit"', _html(site, path)).group(1)
    base = "https://github.com/example/yerel-diplomasi/edit/main/"
    assert edit("agreements/adalar-nacka") == base + "data/districts/adalar.yaml"
    assert edit("municipalities/kadikoy") == base + "data/districts/kadikoy.yaml"
    assert edit("en/projects/kartal-r2cities") == base + "data/districts/kartal.yaml"
    assert edit("about") == base + "content/about.md"
    assert edit("en/about") == base + "content/en/about.md"


def test_a_municipality_page_opens_with_its_records_counted_in_words(real_site):
    """"1 anlaşma, 2 ağ üyeliği, …", not bare numbers ("1, 2, 1, 2" once stood there)."""
    turkish = (real_site / "municipalities" / "sisli" / "index.html").read_text(encoding="utf-8")
    english = (real_site / "en" / "municipalities" / "sisli" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<p class="yd-muted">\d+ anlaşma, \d+ ağ üyeliği, \d+ proje, \d+ etkinlik</p>', turkish)
    assert re.search(r'<p class="yd-muted">\d+ agreements?, \d+ network memberships?, \d+ projects?, '
                     r'\d+ activit(?:y|ies)</p>', english)
