"""Provenance and sharing: sources, citation, permanent link, last change, JSON-LD and link previews."""
import json
import re


def _page(site, path):
    return (site / path / "index.html").read_text(encoding="utf-8")


def _jsonld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def test_record_pages_offer_a_citation_with_permanent_link_and_sources(real_site, portal):
    """Built without SITE_URL: the citation has no address written into it (cite.js takes it from the
    browser; tests/test_addresses.py has the absolute one of a published build), never a relative one."""
    # What each page must cite, in its list of sources: an agreement its table in the paper (in its
    # edition's language), a municipality the sources of its records.
    for path, permalink, sources, cited in [
            ("agreements/adalar-nacka", "/agreements/adalar-nacka/", "yd-citations", "Tablo 1"),
            ("en/agreements/adalar-nacka", "/en/agreements/adalar-nacka/", "yd-citations", "Table 1")]:
        html = _page(real_site, path)
        citation = re.search(r"<p class=\"yd-citation\"[^>]*>(.*?)</p>", html).group(1)
        assert permalink not in citation
        assert '<span class="yd-permalink"></span>' in citation
        listed = re.search(rf'<ul class="{sources}">(.*?)</ul>', html, re.S)
        assert listed and cited in listed.group(1), (path, cited)


def test_last_change_comes_from_git_not_the_clock(real_site):
    html = _page(real_site, "agreements/adalar-nacka")
    match = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})">', html)
    assert match, "no last-changed date"
    import subprocess
    from helpers import ROOT
    expected = subprocess.run(["git", "log", "-1", "--format=%cs", "--", "data/districts/adalar.yaml"],
                              cwd=ROOT, capture_output=True, text=True).stdout.strip()
    assert expected, "the tests run in a git checkout (CI clones with its history)"
    assert match.group(1) == expected


def test_schema_org_types_for_municipality_agreement_and_project(real_site, portal):
    municipality = _jsonld(_page(real_site, "municipalities/kartal"))
    assert municipality["@type"] == "GovernmentOrganization" and municipality["name"] == "Kartal Belediyesi"
    assert municipality["memberOf"][0]["name"]
    agreement = _jsonld(_page(real_site, "agreements/adalar-nacka"))
    assert agreement["about"][0]["@type"] == "GovernmentOrganization"
    assert agreement["about"][1]["containedInPlace"]["identifier"] == "SE"
    project_id = next(p.id for d in portal.districts for p in d.projects if p.programme == "horizon-2020")
    project = _jsonld(_page(real_site, f"projects/{project_id}"))
    assert project["@type"] == "Project" and project["funder"]["name"]


def test_link_previews_have_title_and_description(real_site):
    html = _page(real_site, "municipalities/beyoglu")
    assert '<meta property="og:title" content="Beyoğlu Belediyesi">' in html
    assert re.search(r'<meta property="og:description" content="[^"]+">', html)
    assert '<meta name="twitter:card" content="summary">' in html


def test_json_ld_cannot_break_out_of_its_script_element():
    from macros.publish.linked_data import to_script_json
    text = to_script_json({"name": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["name"].startswith("</script>")


def test_a_source_quoted_twice_is_named_once_in_a_records_source_line():
    import datetime

    from helpers import ROOT

    from macros.engine.site import Settings, site_data

    data = site_data(Settings(ROOT / "data", "tr", build_date=datetime.date(2026, 12, 1)))
    membership = data.index.memberships["atasehir-covenant-of-mayors"]
    assert len(membership.sources) == 2 and membership.sources[0].source == membership.sources[1].source
    assert data.renderer.source_labels(membership) == [data.index.sources[membership.sources[0].source].title]
