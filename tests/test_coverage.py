"""Coverage of the bundled data: every tie rests on sources a reader can open, and no absence is stated as fact.

These read the real data set (data/) and the site built from it.
"""
from __future__ import annotations

import re
from pathlib import Path

from macros.data import model
from macros.data.index import PortalIndex


def test_every_district_says_what_was_searched_and_when(portal):
    for district in portal.districts:
        assert district.coverage is not None, district.slug
        assert district.coverage.searched, district.slug
        assert district.coverage.consulted, district.slug


def test_every_agreement_has_a_source_and_every_source_can_be_opened(portal):
    sources = {s.id: s for s in portal.sources}
    for district in portal.districts:
        for agreement in district.agreements:
            assert agreement.sources, agreement.id
    for source in sources.values():
        assert source.url.startswith(("http://", "https://")), source.id
        assert source.accessed, source.id
        assert not source.url.startswith("file:") and "shared/" not in source.url, source.id


def test_every_web_quote_lies_in_the_excerpt_kept_in_the_repository(portal):
    squash = lambda s: " ".join(s.split())
    sources = {s.id: s for s in portal.sources}
    checked = 0
    for district in portal.districts:
        for agreement in district.agreements:
            steps = [agreement.council_decision, agreement.ministry_approval]
            citations = list(agreement.sources) + [c for step in steps if step for c in step.sources]
            for citation in citations:
                source = sources[citation.source]
                if source.kind in model.EXCERPT_EXEMPT_KINDS:
                    continue
                assert source.excerpt, source.id
                if citation.quote:
                    assert squash(citation.quote) in squash(source.excerpt), (agreement.id, citation.quote)
                    assert len(citation.quote.split()) <= 40, agreement.id
                    checked += 1
    assert checked > 0


def test_a_status_other_than_unknown_says_as_of_when_and_rests_on_a_citation(portal):
    for district in portal.districts:
        for a in district.agreements:
            if a.status != "unknown":
                assert a.status_as_of, a.id
                assert any(c.status == a.status for c in a.sources), a.id


def test_domestic_ties_are_those_with_a_partner_in_turkiye(portal):
    index = PortalIndex(portal)
    assert all(a.country == "TR" for a in index.domestic_agreements)
    assert all(a.country != "TR" for a in index.foreign_agreements)
    assert len(index.domestic_agreements) + len(index.foreign_agreements) == len(index.agreements)


def test_the_article_is_cited_by_its_public_address_and_publication_details(portal):
    paper = next(s for s in portal.sources if s.id == "paper")
    assert paper.url.startswith("https://dergipark.org.tr/")
    assert (paper.volume, paper.issue, paper.pages, paper.published) == (1, 3, "303-316", "2018-12-30")
    assert "title not given" not in paper.title and "verilmemiş" not in paper.title


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_home_page_counts_foreign_and_domestic_ties_apart_and_against_the_official_count(real_site, portal):
    index = PortalIndex(portal)
    for edition, words in (("", ("yurt dışı kardeş şehir", "yurt içi kardeş belediye", "Resmî sayım (2016)")),
                           ("en/", ("foreign sister cities", "domestic sister municipalities", "Official count (2016)"))):
        html = _html(real_site, edition.rstrip("/") or ".")
        numbers = dict((label, int(n)) for n, label in
                       re.findall(r"<strong>(\d+)</strong> <span>([^<]+)</span>", html))
        assert numbers[next(k for k in numbers if k.startswith(words[0]))] == len(index.foreign_agreements)
        assert numbers[next(k for k in numbers if k.startswith(words[1]))] == len(index.domestic_agreements)
        assert words[2] in html and "228" in html
    # Like with like: the foreign ties that began by the end of 2016, later, or at an unknown date.
    dates = [a.date for a in index.foreign_agreements]
    by_2016 = sum(1 for d in dates if d and int(d[:4]) <= 2016)
    after = sum(1 for d in dates if d and int(d[:4]) > 2016)
    undated = sum(1 for d in dates if not d)
    assert (f"{len(dates)} yurt dışı ilişkiden {by_2016} tanesi 2016 yılı bitmeden başlamış; {after} tanesi daha "
            f"sonra başlamış, {undated} tanesinin") in _html(real_site, ".")
    assert "0 " + "kaynaklarımızın" not in _html(real_site, ".")  # no card for a count of zero


def test_no_page_states_an_absence_as_a_fact(real_site):
    for page in real_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "uluslararası bir etkinlik bildirilmemiştir" not in text, page
        assert "report no international activity" not in text, page
        assert "başlığı kaynak metinde verilmemiş" not in text, page


def test_agreement_page_shows_since_status_as_of_and_translation_marked_as_ours(real_site, portal):
    index = PortalIndex(portal)
    dated = next(a for a in index.foreign_agreements if a.status_as_of and any(c.translation_tr for c in a.sources))
    html = _html(real_site, f"agreements/{dated.id}")
    assert "itibarıyla" in html and "Çeviri bizim" in html and "erişim" in html
