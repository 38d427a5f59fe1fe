"""Text from YAML is data: refused by validation, and inert even if it got through."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import FIXTURES, build_hostile_site, build_site

from macros.data.dataset import load_portal
from macros.data.problems import DataError


def test_validation_refuses_markup_and_template_syntax_with_file_line_and_path():
    with pytest.raises(DataError) as caught:
        load_portal(FIXTURES / "hostile")
    text = "\n".join(str(p) for p in caught.value.problems)
    for path in ("name", "agreements[0].partner.as_written", "agreements[0].partner.name", "agreements[0].note",
                 "agreements[0].sources[0].quote", "projects[0].title", "projects[0].description",
                 "activities[0].title", "activities[0].description"):
        assert "hostile/districts/kadikoy.yaml:" in text and f": {path}: " in text, path
    assert "template syntax" in text and "HTML tag" in text and "Markdown link" in text


def test_build_with_hostile_text_fails_and_writes_nothing(tmp_path):
    site = tmp_path / "site"
    result = build_site(site, FIXTURES / "hostile")
    assert result.returncode != 0
    assert "hostile/districts/kadikoy.yaml:" in result.stderr
    assert "Nothing was built" in result.stderr
    assert not site.exists()


def test_valid_text_with_special_characters_is_escaped_in_the_real_build(tmp_path):
    site = tmp_path / "site"
    result = build_site(site, FIXTURES / "tricky")
    assert result.returncode == 0, result.stderr
    page = (site / "agreements" / "kadikoy-nacka" / "index.html").read_text(encoding="utf-8")
    assert "AT&amp;T &lt;3 &#34;Nacka&#34; &amp; &#39;Saltsjö&#39;" in page
    assert "a &lt; b &gt; c &amp; d" in page
    district = (site / "municipalities" / "kadikoy" / "index.html").read_text(encoding="utf-8")
    assert "Süslü { parantez } ve 5 &gt; 3 &amp; 2 &lt; 4" in district


@pytest.fixture
def hostile_site(tmp_path, monkeypatch):
    """The full MkDocs build of the hostile fixture with the markup rule switched off."""
    site = build_hostile_site(tmp_path / "site", monkeypatch)
    yield site
    shutil.rmtree(site, ignore_errors=True)


def _all_html(site: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html")))


def test_hostile_text_is_shown_literally_never_executed(hostile_site):
    html = _all_html(hostile_site)
    # HTML is escaped: no injected element exists.
    assert "<script>alert" not in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(&#39;partner&#39;)&gt;" in html
    assert "<iframe" not in html
    assert "<h1>enjekte</h1>" not in html and "&lt;/li&gt;&lt;/ul&gt;&lt;h1&gt;enjekte&lt;/h1&gt;" in html
    # Jinja is never evaluated: no 49, no site name from config, no loop output.
    assert "{{ 7*7 }}" in html
    assert "{{ config.site_name }}" in html
    assert "{% for x in range(3) %}X{% endfor %}" in html
    assert ">49<" not in html and "XXX" not in html
    # Markdown link syntax with javascript: never becomes a link.
    assert 'href="javascript:' not in html.lower()
    assert "[x](javascript:alert(2))" in html
