"""The legal trail, requests and scorecard as a reader sees them in the built site (both editions)."""
from __future__ import annotations

import html as htmllib
import json
import re
from pathlib import Path

from helpers import build_env

from macros import accountability as acc
from macros.data.index import PortalIndex
from macros.i18n import label


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def _letter(page: str) -> str:
    match = re.search(r'<pre class="yd-request__text" lang="tr"[^>]*>(.*?)</pre>', page, re.S)
    return htmllib.unescape(match.group(1)) if match else ""


def script_words(site: Path, edition: str) -> dict[str, str]:
    """window.ydText: the words yd.js puts on the edition's pages (macros/engine/assets.py edition_words)."""
    script = (site / edition / "assets" / "javascripts" / "yd.js").read_text(encoding="utf-8")
    return json.loads(re.match(r"window\.ydText=(\{.*?\});\n", script).group(1))


def test_a_foreign_tie_without_a_council_decision_offers_a_ready_request(real_site, portal):
    index = PortalIndex(portal)
    tie = next(a for a in index.foreign_agreements if a.council_decision is None)
    district = index.district_of[tie.id]
    for edition in ("", "en/"):
        page = _html(real_site, f"{edition}agreements/{tie.id}")
        letter = _letter(page)
        assert letter.startswith(f"{district.name} Belediye Başkanlığı\nBilgi Edinme Birimi")
        assert (tie.partner.name or tie.partner.as_written) in letter and "4982" in letter
        # Copy, download and print need JavaScript, so requests.js makes the buttons from the words in
        # yd.js: the page holds only the download's file name, and no button that would do nothing.
        assert f'<pre class="yd-request__text" lang="tr" data-file="{tie.id}-belediye.txt">' in page
        assert "<button" not in page.split('class="yd-request"', 1)[1].split("</details>", 1)[0]
        words, lang = script_words(real_site, edition), "en" if edition else "tr"
        for key, name in (("request.copy", "request_copy"), ("request.copied", "request_copied"),
                          ("request.download", "request_download"), ("request.print", "request_print"),
                          ("cite.copy", "copy_citation"), ("cite.copied", "copied"), ("cite.accessed", "accessed_on")):
            word = label(name, lang)
            assert words[key] == word and f">{word}<" not in page and f'="{word}"' not in page
    assert "Başvurduğumuz kaynaklarda belgelenmemiş" in _html(real_site, f"agreements/{tie.id}")


def test_a_domestic_tie_shows_no_article_74_steps_and_says_why(real_site, portal):
    index = PortalIndex(portal)
    tie = index.domestic_agreements[0]
    page = _html(real_site, f"agreements/{tie.id}")
    assert "yd-request" not in page
    assert "74. maddesi" in page and "bakanlık izni gerekmez" in page


def test_a_documented_step_shows_its_source_and_asks_only_for_the_rest(real_site, portal):
    index = PortalIndex(portal)
    tie = next((a for a in index.foreign_agreements if a.council_decision and a.ministry_approval is None), None)
    if tie is None:
        return  # the bundled data documents no such tie today
    page = _html(real_site, f"agreements/{tie.id}")
    letter = _letter(page)
    assert "bakanlık izni yazısının" in letter and "belediye meclisi kararının" not in letter


def test_each_edition_publishes_a_feed_of_request_status_changes(real_site):
    import xml.etree.ElementTree as ET
    for edition in ("", "en/"):
        root = ET.parse(real_site / edition / "requests" / "feed.xml").getroot()
        assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    assert 'href="../../requests/feed.xml"' in _html(real_site, "requests/missing")


def test_requests_and_scorecard_pages_exist_in_both_editions(real_site):
    for page in ("requests", "requests/missing", "requests/objection", "scorecard", "rules", "leads"):
        for edition in ("", "en/"):
            assert (real_site / edition / page / "index.html").exists(), edition + page
    assert 'assets/javascripts/holidays.js"' in _html(real_site, "requests")
    assert (real_site / "assets/javascripts/holidays.js").read_text(encoding="utf-8").count('"2025-03-31"') == 1
    objection = _html(real_site, "requests/objection")
    assert objection.count("Bilgi Edinme Değerlendirme Kurulu Başkanlığına") == 2  # after a refusal; no answer


def test_the_requests_page_states_each_requirement_with_its_text(real_site):
    """Art. 6 asks for name, surname, signature and home or work address (not the identity number); the period
    runs from the day the request reaches the body; each rule links its text and what could not be verified."""
    page = _html(real_site, "requests")
    assert "oturma yeri ya da iş adresinizin" in page and "T.C. kimlik numaranız" not in page
    assert "kuruma ulaştığı tarihten itibaren" in page and "30 iş" in page
    for rule in ("law-4982-art-6", "regulation-4982-art-9-10-14", "regulation-4982-basvuru-tarihi", "law-2429-arife"):
        assert f"#{rule}" in page, rule
    assert "Doğrulayamadıklarımız" in page


def test_scorecard_figures_equal_a_direct_count_from_the_data(real_site, portal):
    page = _html(real_site, "scorecard")
    lines = acc.scorecard(portal, acc.build_date(build_env()))  # the date the site was built against
    rows = re.findall(r'<tr><td><a href="\.\./municipalities/([a-z-]+)/#karne">', page)
    assert sorted(rows) == sorted(line.district.slug for line in lines if line.scorable)
    unscored = re.findall(r'<li><a href="\.\./municipalities/([a-z-]+)/#karne">', page)
    assert sorted(unscored) == sorted(line.district.slug for line in lines if not line.scorable)
    for line in lines:
        if not line.foreign:
            continue
        assert f"({len(line.council)} / {len(line.foreign)})" in page, line.district.slug
        assert f"({len(line.permission)} / {len(line.foreign)})" in page, line.district.slug


def test_each_municipality_page_shows_its_own_scorecard_line(real_site, portal):
    for district in portal.districts:
        page = _html(real_site, f"municipalities/{district.slug}")
        assert 'id="karne"' in page, district.slug
