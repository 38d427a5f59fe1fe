"""Issue 13: 5 and 7 -- counts, numbers and dates through Babel; the field reference in each edition's
language; statuses as of their source's date; the data period on every page."""
from __future__ import annotations

import dataclasses
import re

import pytest

from macros.data import model
from macros import i18n
from macros.i18n import FIELD_DOCS_TR, RULE_DOCS_TR, counted, date, label, number
from macros.plan.paging import FIELD_SECTIONS


@pytest.mark.parametrize("n,en,tr", [(0, "0 agreements", "0 anlaşma"), (1, "1 agreement", "1 anlaşma"),
                                     (2, "2 agreements", "2 anlaşma"), (1234, "1,234 agreements", "1.234 anlaşma")])
def test_counted_nouns_follow_the_language(n, en, tr):
    assert counted("n_agreements", n, "en") == en
    assert counted("n_agreements", n, "tr") == tr


def test_every_plural_label_has_other_and_every_count_label_both_languages():
    for key, texts in i18n.LABELS.items():
        assert set(texts) == {"tr", "en"}, key
        for lang, text in texts.items():
            if isinstance(text, dict):
                assert "other" in text, (key, lang)
                assert set(text) <= {"zero", "one", "two", "few", "many", "other"}, (key, lang)


def test_dates_and_numbers_in_the_editions_style():
    assert date("2017", "tr") == "2017"
    assert date("2017-06", "tr") == "Haziran 2017" and date("2017-06", "en") == "June 2017"
    assert date("2017-06-05", "tr") == "5 Haziran 2017" and date("2017-06-05", "en") == "5 June 2017"
    assert number(12345, "tr") == "12.345" and number(12345, "en") == "12,345"
    assert label("chart_districts_caption", "en", n=1).endswith("1 municipality has none.")


def test_turkish_field_docs_are_complete():
    """Every field the field reference shows has its Turkish description, and nothing is left over."""
    shown = {f"{cls.__name__}.{f.name}" for _, cls in FIELD_SECTIONS for f in dataclasses.fields(cls)}
    assert shown - set(FIELD_DOCS_TR) == set(), "fields without a Turkish description in i18n.FIELD_DOCS_TR"
    assert set(FIELD_DOCS_TR) - shown == set(), "Turkish descriptions of fields that no longer exist"
    assert all(text.strip() and text == text.strip() for text in FIELD_DOCS_TR.values())
    rules = {cls.__name__ for cls in vars(model).values()
             if isinstance(cls, type) and issubclass(cls, model.Rule) and cls not in (model.Rule, model.RefRule)}
    assert rules <= set(RULE_DOCS_TR), rules - set(RULE_DOCS_TR)


def _html(site, path):
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_field_reference_pages_are_each_in_their_language(real_site):
    tr, en = _html(real_site, "data/fields"), _html(real_site, "en/data/fields")
    assert "Ortak belediye ya da şehir." in tr and "The partner municipality or city." not in tr
    assert "The partner municipality or city." in en and "Ortak belediye ya da şehir." not in en
    assert "YYYY, YYYY-AA ya da YYYY-AA-GG; 1900 ile bugün arası" in tr
    assert "YYYY, YYYY-MM or YYYY-MM-DD, between 1900 and today" in en


def test_programme_names_in_english(real_site):
    en = _html(real_site, "en/projects")
    assert "Instrument for Pre-accession Assistance (IPA)" in en
    assert "Seventh Framework Programme (FP7)" in en


def test_no_singular_count_with_a_plural_noun_in_english(real_site):
    wrong = []
    for page in (real_site / "en").rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        wrong += [(page.parent.name, m) for m in
                  re.findall(r"\b1 (agreements|activities|projects|network memberships|municipalities)\b", text)]
    assert not wrong, wrong[:10]


def test_ongoing_project_status_says_as_of_the_source_year(real_site, portal):
    """"Sürüyor (kaynağa göre)" from the 2018 article reads "2018 itibarıyla sürüyor (kaynağa göre)"."""
    from macros.data.index import PortalIndex
    index = PortalIndex(portal)
    ongoing = [p for p in index.projects.values() if p.status == "ongoing"]
    assert ongoing
    for project in ongoing:
        years = [(index.sources[c.source].published or index.sources[c.source].accessed)[:4] for c in project.sources]
        year = max(years)
        tr, en = _html(real_site, f"projects/{project.id}"), _html(real_site, f"en/projects/{project.id}")
        assert f"<dd>{year} itibarıyla sürüyor (kaynağa göre)</dd>" in tr, project.id
        assert f"<dd>ongoing as of {year} (source)</dd>" in en, project.id
        assert "<dd>Sürüyor (kaynağa göre)</dd>" not in tr
    paper = [p for p in ongoing if any(c.source == "paper" for c in p.sources)]
    assert paper and "2018 itibarıyla sürüyor" in _html(real_site, f"projects/{paper[0].id}")


def test_every_page_says_what_period_the_data_covers(real_site):
    for page in [real_site / "index.html", real_site / "about/index.html", real_site / "en/index.html",
                 real_site / "municipalities/kadikoy/index.html", real_site / "sources/page/2/index.html"]:
        html = page.read_text(encoding="utf-8")
        assert re.search(r'<p class="yd-period">(Kapsam|Coverage): [^<]*\d{4}–\d{4}', html), page


# Words of our research work that mean nothing to a reader (waves of searching, "stored pages", the corpus).
JARGON = re.compile(r"\b(?:Dalga \d|Wave \d|saklı (?:sayfa|kopya)|kayıtlı kopya|docs derlemi|pages derlemi|"
                    r"stored (?:web )?pages?|stored cop(?:y|ies)|corpus|kayıt eklenmedi|contact alanı)", re.I)
# Turkish research wording that must not stand in the English edition outside quoted search terms.
TURKISH_RESEARCH = re.compile(r"\b(?:bulunamadı|aramaları|Web araması|adı geçmedi|kaynaklarda görünmüyor)\b")
QUOTED = re.compile(r"'[^'<]*'|‘[^’<]*’|“[^”<]*”|<q[^>]*>.*?</q>|<blockquote.*?</blockquote>|<pre.*?</pre>", re.S)


def _visible(html: str) -> str:
    body = html.split('<article', 1)[-1].split("</article>", 1)[0]
    return re.sub(r"<[^>]+>", " ", QUOTED.sub(" ", body))


def test_no_page_shows_research_jargon(real_site):
    """No reader-facing page says "Dalga 2", "saklı sayfa" or "stored pages" (86 pages once did)."""
    shown = [str(p.relative_to(real_site)) for p in real_site.rglob("*.html")
             if JARGON.search(_visible(p.read_text(encoding="utf-8")))]
    assert shown == []


def test_english_pages_carry_no_turkish_research_text(real_site):
    """What we wrote is in English in the English edition (73 pages once carried Turkish research lines);
    quoted search terms and a source's own words may stay Turkish."""
    shown = [str(p.relative_to(real_site)) for p in (real_site / "en").rglob("*.html")
             if TURKISH_RESEARCH.search(_visible(p.read_text(encoding="utf-8")))]
    assert shown == []
