"""Issue 13: 4 -- addresses a reader or a machine copies: absolute (from SITE_URL) or absent, never relative.

The suite's session build has no SITE_URL (real_site): there the head has no canonical link, og:url or
hreflang alternates, the feeds no links, the sitemap no pages, and the build says so once. A build with
SITE_URL (published_site, as the publishing workflow makes it) has them all, absolute, the English
edition's under en/.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import ROOT

from helpers import PUBLISHED_SITE_URL as SITE_URL


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


HEAD_LINKS = re.compile(r'<link rel="(canonical|alternate)" href="([^"]*)"(?: hreflang="([^"]*)")?>')
PAGES = ["", "municipalities/kadikoy/", "agreements/beyoglu-pecs/", "en/", "en/agreements/beyoglu-pecs/",
         "about/", "sources/page/2/"]


@pytest.mark.parametrize("path", PAGES)
def test_unpublished_build_writes_no_relative_address_in_the_head(real_site, path):
    html = _html(real_site, path)
    assert not HEAD_LINKS.findall(html), HEAD_LINKS.findall(html)
    assert 'rel="alternate" href' not in html and "hreflang=\"x-default\"" not in html
    assert 'property="og:url"' not in html


def test_unpublished_build_says_so_once(real_build):
    _, output = real_build
    assert output.count("SITE_URL is not set") == 1, output


def test_unpublished_feeds_have_no_links_and_sitemap_no_pages(real_site):
    for edition in ("", "en/"):
        feed = (real_site / edition / "feed.xml").read_text(encoding="utf-8")
        assert "href=" not in feed and "<content" in feed
        district_feed = (real_site / edition / "municipalities/beyoglu/feed.xml").read_text(encoding="utf-8")
        assert "href=" not in district_feed
        assert "<loc>" not in (real_site / edition / "sitemap.xml").read_text(encoding="utf-8")


def test_json_ld_has_no_relative_url(real_site):
    html = _html(real_site, "agreements/beyoglu-pecs/")
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    assert '"url":"/' not in script and '"url":""' not in script


@pytest.mark.parametrize("path", PAGES)
def test_published_head_addresses_are_absolute_and_right(published, path):
    site, _ = published
    html = _html(site, path)
    links = HEAD_LINKS.findall(html)
    own = SITE_URL + path
    assert links == [("canonical", own, "")], links
    assert f'<meta property="og:url" content="{own}">' in html
    # The hreflang alternates are in the sitemap: Material fetches sitemap.xml beside every <link
    # rel=alternate> of the head, a 404 for a page's own address.
    sitemap = (site / ("en/" if path.startswith("en/") else "") / "sitemap.xml").read_text(encoding="utf-8")
    entry = re.search(rf"<loc>{re.escape(own)}</loc>(.*?)</url>", sitemap, re.S)
    assert entry, own
    tr = SITE_URL + path.removeprefix("en/")
    en = SITE_URL + "en/" + path.removeprefix("en/")
    alternates = re.findall(r'<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/>', entry.group(1))
    assert alternates == [("tr", tr), ("en", en), ("x-default", tr)], alternates


def test_published_build_says_nothing_about_site_url(published):
    assert "SITE_URL" not in published[1]


def test_published_feeds_and_sitemaps_are_absolute(published):
    site, _ = published
    for edition in ("", "en/"):
        feed = (site / edition / "feed.xml").read_text(encoding="utf-8")
        hrefs = re.findall(r'href="([^"]*)"', feed)
        assert hrefs and all(h.startswith(SITE_URL + edition) for h in hrefs), hrefs[:5]
        locs = re.findall(r"<loc>([^<]*)</loc>", (site / edition / "sitemap.xml").read_text(encoding="utf-8"))
        assert SITE_URL + edition in locs
        assert SITE_URL + edition + "agreements/beyoglu-pecs/" in locs
        assert all(loc.startswith(SITE_URL + edition) for loc in locs)


def test_published_citation_is_absolute(published):
    site, _ = published
    for path in ("agreements/beyoglu-pecs/", "en/municipalities/kadikoy/"):
        citation = re.search(r'<p class="yd-citation"[^>]*>(.*?)</p>', _html(site, path)).group(1)
        assert f'<a href="{SITE_URL}{path}">{SITE_URL}{path}</a>' in citation


def test_publishing_workflow_sets_site_url():
    workflow = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    build_step = workflow[workflow.index("make site"):]
    assert re.search(r"SITE_URL: \S+", build_step)
