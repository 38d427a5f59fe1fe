"""An independent identity: the public name, and a footer on every page that says who publishes the
portal, that it is independent, how to reach its publishers, the data licence and the repository.
Also: the hand-written pages show no raw Markdown (the about page's "!!! note" box)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from helpers import ROOT, build_site

from macros.i18n import label
from macros.publish.linked_data import SITE_NAME

REPO_URL = "https://github.com/example/yerel-diplomasi"


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _config(name: str) -> dict:
    return yaml.load((ROOT / name).read_text(encoding="utf-8"), Loader=_Loader)


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def _footer(html: str) -> str:
    found = re.search(r'<div class="md-copyright yd-identity">(.*?)</div>', html, re.S)
    assert found, "no identity footer"
    return found[1]


@pytest.fixture(scope="module")
def published_site(tmp_path_factory) -> Path:
    """Built as the publishing workflow builds it: with the repository's address."""
    site = tmp_path_factory.mktemp("published") / "site"
    result = build_site(site, extra_env={"REPO_URL": REPO_URL, "SITE_URL": "https://example.org/yd/"})
    assert result.returncode == 0, result.stderr
    return site


def test_the_site_is_called_yerel_diplomasi_izleme_and_local_diplomacy_watch_everywhere():
    assert _config("mkdocs.yml")["site_name"] == "Yerel Diplomasi İzleme" == label("site_name", "tr")
    assert _config("mkdocs.en.yml")["site_name"] == "Local Diplomacy Watch" == label("site_name", "en")
    assert SITE_NAME == {"tr": "Yerel Diplomasi İzleme", "en": "Local Diplomacy Watch"}
    assert (ROOT / "README.md").read_text(encoding="utf-8").startswith("# Yerel Diplomasi İzleme · Local Diplomacy Watch")


def test_pages_and_feeds_carry_the_new_name(real_site):
    assert "<title>Kadıköy Belediyesi - Yerel Diplomasi İzleme</title>" in _html(real_site, "municipalities/kadikoy")
    assert "<title>Kadıköy Municipality - Local Diplomacy Watch</title>" in _html(real_site, "en/municipalities/kadikoy")
    feed = (real_site / "feed.xml").read_text(encoding="utf-8")
    assert "<name>Yerel Diplomasi İzleme</name>" in feed and "Yerel Diplomasi İzleme — veri değişiklikleri" in feed
    assert "<name>Local Diplomacy Watch</name>" in (real_site / "en" / "feed.xml").read_text(encoding="utf-8")
    # The old bare name survives nowhere as the site's name.
    for path in ["", "about", "en", "en/about", "municipalities/kadikoy", "agreements/adalar-nacka"]:
        html = _html(real_site, path)
        assert not re.search(r"Yerel Diplomasi(?! İzleme)|Local Diplomacy Istanbul", html), path


@pytest.mark.parametrize("path", ["", "about", "municipalities/beyoglu", "agreements/beyoglu-pecs",
                                  "projects/uskudar-cities-4-people", "countries/se", "activities/page/2"])
def test_every_page_says_it_is_independent_and_who_publishes_it(published_site, path):
    footer = _footer(_html(published_site, path))
    assert "<strong>Yerel Diplomasi İzleme</strong> bağımsız bir projedir" in footer
    assert "Hiçbir bakanlık, belediye ya da başka bir kamu kurumuyla bağlantısı yoktur" in footer
    assert re.search(r'Yayımlayan: <a href="(\.\./)*(about/)?\.?/?#yayimlayan">Yerel Diplomasi İzleme gönüllüleri</a>', footer)
    assert f'Düzeltme ve sorular: <a href="{REPO_URL}/issues">' in footer
    assert re.search(r'Veri lisansı: <a href="(\.\./)*(data/)?\.?/?#lisans">CC BY 4.0</a>', footer)
    assert f'Kaynak kod ve veri: <a href="{REPO_URL}">github.com/example/yerel-diplomasi</a>' in footer


def test_the_english_footer_says_the_same_in_english(published_site):
    footer = _footer(_html(published_site, "en/municipalities/beyoglu"))
    assert "<strong>Local Diplomacy Watch</strong> is an independent project" in footer
    assert "not affiliated with any ministry, municipality or other public body" in footer
    assert "Local Diplomacy Watch volunteers" in footer and 'about/#publisher"' in footer
    assert f'<a href="{REPO_URL}/issues">the issue tracker</a>' in footer
    assert re.search(r'Data licence: <a href="[./]*data/#licence">CC BY 4.0</a>', footer)
    assert f'<a href="{REPO_URL}">' in footer


def test_without_a_repository_the_footer_points_to_the_corrections_section(real_site):
    footer = _footer(_html(real_site, "municipalities/beyoglu"))
    assert re.search(r'Düzeltme ve sorular: <a href="\.\./\.\./about/#duzeltme">', footer)
    assert "Kaynak kod ve veri" not in footer and 'href=""' not in footer
    footer = _footer((real_site / "404.html").read_text(encoding="utf-8"))
    assert "bağımsız bir projedir" in footer


def test_the_footer_links_reach_their_sections(real_site):
    assert 'id="yayimlayan"' in _html(real_site, "about") and 'id="duzeltme"' in _html(real_site, "about")
    assert 'id="publisher"' in _html(real_site, "en/about") and 'id="corrections"' in _html(real_site, "en/about")
    assert 'id="lisans"' in _html(real_site, "data") and 'id="licence"' in _html(real_site, "en/data")
    assert "CC BY 4.0" in _html(real_site, "data")


@pytest.mark.parametrize("path", ["about", "en/about", "", "en", "data", "en/data", "sources", "stats"])
def test_hand_written_pages_show_no_raw_markdown(real_site, path):
    html = _html(real_site, path)
    text = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    text = re.sub(r"<[^>]+>", "", text)
    assert "!!!" not in text and "???" not in text, path
    assert not re.search(r"\{ ?[#.][\w-]+ ?\}", text), f"{path}: an attribute list shown as text"
    assert not re.search(r"(?m)^\s*\[[^\]]+\]\([^)]+\)", text), f"{path}: a Markdown link shown as text"
    assert "**" not in text, path


def test_the_about_page_note_is_an_admonition_box(real_site):
    html = _html(real_site, "about")
    assert re.search(r'<div class="admonition note">\s*<p class="admonition-title">İzin makamı', html)
    assert re.search(r'<div class="admonition note">\s*<p class="admonition-title">The approving ministry',
                     _html(real_site, "en/about"))


def test_sitemap_dates_come_from_source_date_epoch(published_site):
    """Every page's date is SOURCE_DATE_EPOCH's (the Makefile's last commit, or tests/helpers.py's
    1700000000), never the day of the build."""
    import datetime
    import os

    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "1700000000"))
    day = datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).date().isoformat()
    sitemap = (published_site / "sitemap.xml").read_text(encoding="utf-8")
    urls = sitemap.count("<url>")
    assert urls > 100
    assert sitemap.count(f"<lastmod>{day}</lastmod>") == urls
