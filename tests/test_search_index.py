"""The search index: what text each page contributes, and the Pagefind bundle each edition ships.

How people search with it (typing with and without Turkish letters, the keyboard) is in
tests/browser/test_search.py; here is what goes into the index and what comes out of the build.
"""
from __future__ import annotations

import gzip
import json
import re

from macros.publish.search_index import SearchDoc, document, page_text, shorten, teaser


def test_page_text_keeps_what_a_reader_sees_and_separates_cells():
    text, first = page_text("<h1>Kadıköy</h1><p>Kardeş <b>şehir</b>.</p><table><tr><td>Nacka</td><td>İsveç</td></tr></table>")
    assert text == "Kadıköy Kardeş şehir. Nacka İsveç"
    assert first == "Kardeş şehir."


def test_page_text_leaves_out_boilerplate_scripts_charts_and_hidden_text():
    html = ('<p data-search-exclude>Bu sayfaya atıf</p><script>var x = "kod";</script>'
            '<svg><text>Almanya 12</text></svg><p hidden>gizli</p><div data-search-exclude><ul><li>kaynak'
            '<br>satırı</li></ul></div><p>Görünen metin</p>')
    text, first = page_text(html)
    assert text == "Görünen metin"
    assert first == "Görünen metin"


def test_teaser_does_not_repeat_the_title_and_stays_short():
    title = "Çekmeköy – Bilma (Nijer)"
    assert teaser(title, f"{title}: Kardeş şehir. Yasal adımlar; kaynaklar.", "") == "Kardeş şehir. Yasal adımlar; kaynaklar."
    assert teaser("Ülkeler", "", "Anlaşmalarda adı geçen ülkeler.") == "Anlaşmalarda adı geçen ülkeler."
    long = "kelime " * 100
    cut = shorten(long, 40)
    assert len(cut) <= 41 and cut.endswith("…") and not cut.endswith(" …")


def test_indexed_document_holds_folded_words_and_the_original_text_as_escaped_metadata():
    doc = SearchDoc(url="municipalities/kadikoy/", title='Kadıköy "<b>" Belediyesi', teaser="İSTANBUL & Moda",
                    text="Kardeş şehir: Nacka", kind="Belediye", title_weight=10)
    html = document(doc, "tr")
    assert '<html lang="tr">' in html
    assert '<h1 data-pagefind-weight="10">kadikoy &quot;&lt;b&gt;&quot; belediyesi</h1>' in html
    assert "<p>kardes sehir: nacka</p>" in html
    assert 'data-v="Kadıköy &quot;&lt;b&gt;&quot; Belediyesi"' in html
    assert 'data-v="İSTANBUL &amp; Moda"' in html
    assert "<b>" not in html


def _entry(site, edition=""):
    return json.loads((site / edition / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))


def _pages(site, english: bool) -> int:
    """Pages of an edition, numbered list pages (…/page/N/) left out: they are indexed under page 1; so are a
    municipality's request and research pages (under the municipality) and the leads of each kind (under /leads/)."""
    root = site / "en" if english else site

    def merged(parts: tuple[str, ...]) -> bool:
        return ("page" in parts or (parts[:1] == ("municipalities",) and parts[2:3] in (("request",), ("research",)))
                or (parts[:1] == ("leads",) and len(parts) > 2))

    return sum(1 for p in root.rglob("index.html") if (english or "en" not in p.relative_to(site).parts[:1])
               and not merged(p.relative_to(root).parts))


def test_each_edition_has_its_own_index_of_every_page(real_site):
    tr, en = _entry(real_site), _entry(real_site, "en")
    assert list(tr["languages"]) == ["tr"]
    assert list(en["languages"]) == ["en"]
    assert tr["languages"]["tr"]["page_count"] == _pages(real_site, english=False)
    assert en["languages"]["en"]["page_count"] == _pages(real_site, english=True)


def test_the_bundle_ships_only_what_the_search_box_uses(real_site):
    bundle = {p.name for p in (real_site / "pagefind").iterdir() if p.is_file()}
    assert {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.tr.pagefind"} <= bundle
    assert not {n for n in bundle if "-ui" in n or "highlight" in n or n == "wasm.unknown.pagefind"}, bundle
    # Material's lunr search is gone, index and scripts: one search, not two.
    assert not (real_site / "search" / "search_index.json").exists()
    assert not list((real_site / "assets" / "javascripts").glob("**/lunr*"))
    assert not list((real_site / "assets" / "javascripts").glob("workers/search*"))


def _fragments(site):
    for path in sorted((site / "pagefind" / "fragment").iterdir()):
        raw = gzip.decompress(path.read_bytes())
        yield json.loads(raw[raw.index(b"{"):])


def test_index_text_is_folded_and_result_text_is_as_written(real_site):
    kadikoy = next(f for f in _fragments(real_site) if f["url"] == "/municipalities/kadikoy/")
    assert kadikoy["meta"]["title"] == "Kadıköy Belediyesi"
    assert kadikoy["meta"]["kind"] == "Belediye"
    assert "kadikoy" in kadikoy["content"]
    assert not re.search(r"[^\x00-\x7f]", kadikoy["content"]), "index text must be ASCII-folded"


def test_citation_boilerplate_and_overview_tables_are_not_indexed(real_site):
    agreements = next(f for f in _fragments(real_site) if f["url"] == "/agreements/")
    # The overview's table repeats the agreement pages; only its heading and intro are indexed.
    assert "nacka" not in agreements["content"]
    nacka = next(f for f in _fragments(real_site) if f["url"] == "/agreements/adalar-nacka/")
    assert "atif ve kalici baglanti" not in nacka["content"]


def test_page_entries_say_what_kind_of_page_and_weigh_a_municipality_name_most():
    from macros.publish.search_index import page_doc

    municipality = page_doc("municipalities/kadikoy/", "Kadıköy Belediyesi", "Kadıköy Belediyesi: 3 anlaşma.",
                            "<h1>Kadıköy Belediyesi</h1><p>Metin.</p>", "municipality", "tr")
    agreement = page_doc("agreements/x/", "Adalar – Nacka (İsveç)", "", "<p>Kardeş şehir.</p>", "agreement", "en")
    second_page = page_doc("agreements/page/2/", "Anlaşmalar — sayfa 2 / 3", "", "<p>x</p>", "list_page", "tr")
    hand_written = page_doc("about/", "Hakkında", "", "<p>Portal hakkında.</p>", None, "tr")
    assert (municipality.kind, agreement.kind, second_page.kind, hand_written.kind) == (
        "Belediye", "Agreement", "Sayfa", "Sayfa")
    assert municipality.title_weight > hand_written.title_weight > agreement.title_weight
    assert municipality.teaser == "3 anlaşma."
    assert hand_written.teaser == "Portal hakkında."


def test_a_missing_pagefind_binary_is_a_clear_error(monkeypatch):
    import pytest
    import pagefind_bin

    from macros.publish.search_index import IndexJob, SearchIndexError

    def missing():
        raise FileNotFoundError("Could not find any of [...]")

    monkeypatch.setattr(pagefind_bin, "get_executable", missing)
    with pytest.raises(SearchIndexError, match="requirements.txt"):
        IndexJob([], "tr")


# --- issue 13: 1 -------------------------------------------------------------------------------------

def test_numbered_pages_are_never_results_but_their_words_are_found_on_page_one():
    from macros.publish.search_index import merge_numbered, page_doc
    docs = [page_doc("sources/", "Kaynaklar", "", "<p>ilk sayfa</p>", None, "tr"),
            page_doc("sources/page/2/", "Kaynaklar — sayfa 2 / 2", "", "<p>Pécs kaynağı</p>", "list_page", "tr"),
            page_doc("municipalities/beyoglu/", "Beyoğlu Belediyesi", "", "<p>a</p>", "municipality", "tr", "beyoglu"),
            page_doc("municipalities/beyoglu/page/2/", "Beyoğlu Belediyesi — sayfa 2 / 2", "", "<p>Genova</p>",
                     "list_page", "tr")]
    merged = merge_numbered(docs)
    assert [d.url for d in merged] == ["sources/", "municipalities/beyoglu/"]
    assert merged[0].text == "ilk sayfa Pécs kaynağı" and merged[1].text.endswith("Genova")


def test_municipality_pages_are_listed_by_name_for_the_search_box_and_carry_no_pagefind_filter(tmp_path):
    """search.js puts a municipality's own page first from pagefind/districts.json; a Pagefind filter would
    make the index differ from build to build (its filter files are not reproducible)."""
    import json
    from macros.publish.search_index import IndexJob, page_doc
    doc = page_doc("municipalities/kadikoy/", "Kadıköy Belediyesi", "", "<p>x</p>", "municipality", "tr", "kadikoy")
    other = page_doc("agreements/kadikoy-konak/", "Kadıköy – Konak", "", "<p>x</p>", "agreement", "tr",
                     "kadikoy-konak")
    assert "data-pagefind-filter" not in document(doc, "tr") + document(other, "tr")
    job = IndexJob([doc, other], "tr")
    job.finish(tmp_path / "pagefind")
    listed = json.loads((tmp_path / "pagefind" / "districts.json").read_text(encoding="utf-8"))
    assert listed == {"kadikoy": {"path": "municipalities/kadikoy/", "meta": {
        "title": "Kadıköy Belediyesi", "teaser": doc.teaser, "kind": doc.kind}}}


def test_no_numbered_page_in_the_built_index(real_site):
    urls = [f["url"] for f in _fragments(real_site)]
    assert urls and not [u for u in urls if "/page/" in u]


def test_agreement_teasers_say_something_specific(real_site):
    teasers = {f["url"]: f["meta"].get("teaser", "") for f in _fragments(real_site) if f["url"].startswith("/agreements/")}
    assert len(teasers) > 20
    # Not one boilerplate line: (nearly) every agreement has its own.
    assert len(set(teasers.values())) > 0.9 * len(teasers), sorted(teasers.values())[:5]
    pecs = teasers["/agreements/beyoglu-pecs/"]
    assert "Pécs" in pecs and "Macaristan" in pecs and "Kardeş şehir" in pecs, pecs
    assert "Yasal adımlar" not in pecs
