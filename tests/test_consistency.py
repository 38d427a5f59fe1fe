"""What a reader must not find contradicting itself (issue 13, item 10): a network with activities
is not "no records"; a partner is named once, by its standard name, with the source's spelling marked."""
from __future__ import annotations

import re
from pathlib import Path

from macros.data.index import PortalIndex, partner_name


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def _all_pages(site: Path, path: str) -> str:
    """A list and its numbered pages (paging.py), as one text."""
    folder = site / path
    return "".join(p.read_text(encoding="utf-8") for p in [folder / "index.html", *folder.glob("page/*/index.html")])


def _section(html: str, anchor: str) -> str:
    start = html.index(f'<h2 id="{anchor}">')
    end = html.find("<h2", start + 1)
    return html[start:end if end > 0 else None]


def test_an_activity_naming_a_network_counts_for_that_network(portal):
    index = PortalIndex(portal)
    assert "beyoglu-wego-2016-yonetim-kurulu-toplantisi" in [a.id for a in index.network_activities["wego"]]
    for network_id, activities in index.network_activities.items():
        assert all(network_id in a.networks for a in activities)


def test_the_networks_page_lists_wegos_board_meeting_instead_of_no_records(real_site):
    wego = _section(_html(real_site, "networks"), "wego")
    assert "Kayıt yok" not in wego
    assert "Kaynaklarda üyelik kaydı yok." in wego
    assert "Bu ağla ilgili etkinlikler" in wego
    # The link goes to the page of Beyoğlu's list that shows the activity (a long list is numbered).
    assert re.search(r'href="\.\./municipalities/beyoglu/(page/\d+/)?#beyoglu-wego-2016-yonetim-kurulu-toplantisi"', wego)
    english = _section(_html(real_site, "en/networks"), "wego")
    assert "Nothing recorded" not in english and "Activities with this network" in english


def test_every_network_with_a_record_says_so(real_site, portal):
    index = PortalIndex(portal)
    html = _html(real_site, "networks")
    for network in portal.networks:
        section = _section(html, network.id)
        recorded = index.members.get(network.id) or index.network_activities.get(network.id)
        assert ("Kayıt yok" in section) == (not recorded), network.id


def test_an_activitys_network_links_to_the_network(real_site):
    html = _all_pages(real_site, "municipalities/beyoglu")
    assert re.search(r'Ağlar: <a href="(\.\./)+networks/#wego">WEGO</a>', html)


def test_ids_on_the_networks_page_are_unique(real_site):
    ids = re.findall(r'\sid="([^"]+)"', _html(real_site, "networks"))
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


def test_agreements_are_headed_by_the_standard_name(real_site, portal):
    index = PortalIndex(portal)
    assert partner_name(index.agreements["beyoglu-pecs"]) == "Pécs"
    assert partner_name(index.agreements["beyoglu-ayadomoun"]) == "Ayadomoun"   # no standard name: the source's
    html = _html(real_site, "agreements/beyoglu-pecs")
    assert "<h1>Beyoğlu – Pécs (Macaristan)</h1>" in html
    assert "<title>Beyoğlu – Pécs (Macaristan) - Yerel Diplomasi İzleme</title>" in html
    # The source's spelling is still there, and said to be the source's.
    assert re.search(r"<dt>Kaynaktaki yazılışı</dt><dd>Pecs</dd>", html)


def test_lists_show_the_standard_name_with_the_sources_spelling_marked(real_site):
    for path in ["agreements", "municipalities/beyoglu", "countries/hu"]:
        html = _all_pages(real_site, path)
        assert 'Pécs <span class="yd-muted">(kaynakta: Pecs)</span>' in html, path
    assert re.search(r'Pécs <span class="yd-muted">\(in the source: <span lang="tr">Pecs</span>\)</span>',
                     _all_pages(real_site, "en/agreements"))
    # Same spelling: said once.
    assert ">Nacka</a>" in _html(real_site, "agreements") and "kaynakta: Nacka" not in _html(real_site, "agreements")


def test_no_partner_is_named_twice_inside_itself(real_site):
    html = _all_pages(real_site, "agreements")
    assert "Budapeşte Józsefváros (Józsefváros (Budapest))" not in re.sub(r"<[^>]+>", "", html)
    assert 'Józsefváros (Budapest) <span class="yd-muted">(kaynakta: Budapeşte Józsefváros)</span>' in html


def test_status_filters_declare_every_status(real_site):
    agreements = _html(real_site, "agreements")
    assert 'data-options="Etkin|Durgun|Sona ermiş|Bilinmiyor"' in agreements
    projects = _html(real_site, "en/projects")
    assert 'data-options="Planned|Ongoing (per source)|Completed|Unknown"' in projects
