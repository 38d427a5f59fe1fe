"""The portal plugin's build events (macros/engine/plugin.py) after on_config, driven as `mkdocs build` drives
them: mkdocs.yml loaded by MkDocs, every plugin's events run through MkDocs' own plugin collection
(mkdocs-macros first, as listed), MkDocs' own File, Files and Page, and Python-Markdown with the site's
extensions. Small fixture data sets (tests/fixtures/); nothing is written and no program is run.
"""
from __future__ import annotations

import json
from pathlib import Path
import re

import pytest
from helpers import FIXTURES, ROOT
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError
from mkdocs.structure.files import File, Files, InclusionLevel, get_files
from mkdocs.structure.pages import Page

from macros.engine.plugin import GeneratedPage
from macros.i18n import label
from macros.render.renderer import MACROS

# A hand-written page (content/ would hold it) that calls an overview macro between Markdown text.
HAND_WRITTEN = "notes.md", "# Notlar\n\nÖnce *vurgulu* bir cümle.\n\n{{ agreements_table() }}\n\nSonra bir cümle.\n"


@pytest.fixture
def configure(monkeypatch):
    """mkdocs.yml for one fixture data set, after every plugin's on_config (as a build starts)."""
    def configured(data_set: str = "tricky", config_file: str = "mkdocs.yml", **environ: str):
        monkeypatch.setenv("PORTAL_DATA_DIR", str(FIXTURES / data_set))
        monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
        for name in ("SITE_URL", "REPO_URL"):
            monkeypatch.delenv(name, raising=False)
        for name, value in environ.items():
            monkeypatch.setenv(name, value)
        config = load_config(config_file=str(ROOT / config_file))
        return config.plugins.on_config(config)
    return configured


@pytest.fixture
def hostile(monkeypatch):
    """The hostile fixture with validation's markup rule switched off: what the plugin does with record text
    full of template syntax and HTML if some got through (tests/test_hostile_text.py has the full build)."""
    import macros.data.rules
    monkeypatch.setattr(macros.data.rules, "_MARKUP", [])
    return "hostile"


def _files(config, *extra: File) -> Files:
    """content/ (and any extra hand-written file), after the plugins' on_files."""
    files = get_files(config)
    for file in extra:
        files.append(file)
    return config.plugins.on_files(files, config=config)


def _render(config, files: Files, src_uri: str) -> tuple[Page, str, str]:
    """One page through the events as MkDocs builds it: (page, Markdown after on_page_markdown, final HTML)."""
    file = files.get_file_from_path(src_uri)
    page = file.page or Page(None, file, config)  # as MkDocs: a page the plugin made (GeneratedPage) is kept
    page.read_source(config)
    page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
    markdown = page.markdown
    page.render(config, files)
    page.content = config.plugins.on_page_content(page.content, page=page, config=config, files=files)
    # A generated page's HTML is parked until its template is drawn, as MkDocs does after reading every page.
    config.plugins.on_page_context({}, page=page, config=config, nav=None)
    return page, markdown, page.content


def _hand_written(config) -> File:
    return File.generated(config, HAND_WRITTEN[0], content=HAND_WRITTEN[1])


# --- the plugin's options and on_config ----------------------------------------------------------------

def _load(**overrides):
    return load_config(config_file=str(ROOT / "mkdocs.yml"), **overrides)


def test_the_plugin_options_are_checked_by_mkdocs_and_a_wrong_language_stops_the_build(monkeypatch, caplog):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    with pytest.raises(Abort, match="configuration error"):
        _load(plugins={"portal": {"lang": "xx"}})
    assert "Plugin 'portal' option 'lang': Expected one of: ('tr', 'en') but received: 'xx'" in caplog.text


def test_an_unknown_plugin_option_stops_the_strict_build(monkeypatch, caplog):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    with pytest.raises(Abort, match="strict"):
        _load(plugins={"portal": {"language": "en"}})
    assert "Plugin 'portal' option 'language': Unrecognised configuration name: language" in caplog.text


@pytest.mark.parametrize("config_file,lang", [("mkdocs.yml", "tr"), ("mkdocs.en.yml", "en")])
def test_each_edition_sets_its_language_and_shares_the_data_folder(monkeypatch, config_file, lang):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.delenv("PORTAL_DATA_DIR", raising=False)
    config = load_config(config_file=str(ROOT / config_file))
    assert list(config.plugins) == ["macros", "portal"]  # mkdocs-macros first, also in the English edition
    assert dict(config.plugins["portal"].config) == {"data_dir": "data", "lang": lang}
    assert "portal" not in config.extra


@pytest.mark.parametrize("config_file,lang", [("mkdocs.yml", "tr"), ("mkdocs.en.yml", "en")])
def test_the_theme_gets_every_word_its_templates_use_in_the_editions_language(configure, config_file, lang):
    config = configure(config_file=config_file)
    words = config.extra["portal_labels"]
    used = {key for path in (ROOT / "overrides").rglob("*.html")
            for key in re.findall(r"\.(theme_\w+)", path.read_text(encoding="utf-8"))}
    # The words the scripts put on the page reach them through yd.js (macros/engine/assets.py).
    used |= set(re.findall(r"label\(\"(theme_\w+)\"\)", (ROOT / "macros" / "engine" / "assets.py").read_text(encoding="utf-8")))
    assert used and used == set(words), "theme_ labels the templates use, and no others"
    assert all(text and words[key] == label(key, lang) for key, text in words.items())


# --- on_files ------------------------------------------------------------------------------------------

def test_every_planned_page_is_added_as_a_generated_page_outside_the_nav(configure):
    config = configure()
    build = config.plugins["portal"].build
    files = _files(config)
    assert build.data.pages
    for spec in build.data.pages:
        file = files.get_file_from_path(spec.src_uri)
        assert file is not None, spec.src_uri
        assert file.generated_by == "portal" and file.inclusion == InclusionLevel.NOT_IN_NAV, spec.src_uri
        assert file.content_string == spec.markdown
    hand_written = {f.src_uri for f in get_files(config).documentation_pages()}
    assert {f.src_uri for f in files.documentation_pages()} == hand_written | {s.src_uri for s in build.data.pages}


def test_the_open_data_and_the_requests_feed_are_published_beside_the_pages(configure):
    config = configure()
    files = _files(config)
    dataset = json.loads(files.get_file_from_path("data/portal.json").content_string)
    assert [d["slug"] for d in dataset["districts"]] == ["adalar", "kadikoy"]
    record = json.loads(files.get_file_from_path("data/agreements/kadikoy-nacka.json").content_string)
    assert record["id"] == "kadikoy-nacka"
    assert files.get_file_from_path("data/agreements.csv").content_bytes.startswith("\ufeff".encode())
    assert files.get_file_from_path("requests/feed.xml").content_string.startswith("<?xml")
    assert any(f.src_uri.startswith("data/schema/") for f in files)


def test_a_hand_written_page_that_would_hide_a_generated_one_stops_the_build(configure):
    config = configure()
    clash = File.generated(config, "agreements/kadikoy-nacka.md", content="# Elle yazılmış\n")
    with pytest.raises(PluginError, match=r"content/agreements/kadikoy-nacka\.md would hide a generated page"):
        config.plugins["portal"].on_files(Files([clash]), config)


def test_materials_own_search_is_not_published(configure):
    config = configure()
    theme = [File.generated(config, uri, content="")
             for uri in ("assets/javascripts/lunr/min/lunr.tr.min.js", "assets/javascripts/workers/search.1e.min.js",
                         "assets/javascripts/bundle.5a.min.js")]
    files = config.plugins["portal"].on_files(Files(theme), config)
    assert files.get_file_from_path("assets/javascripts/lunr/min/lunr.tr.min.js") is None
    assert files.get_file_from_path("assets/javascripts/workers/search.1e.min.js") is None
    assert files.get_file_from_path("assets/javascripts/bundle.5a.min.js") is not None


# --- on_page_markdown and on_page_content ------------------------------------------------------------------

def test_a_generated_page_gets_the_renderers_html(configure):
    config = configure()
    data = config.plugins["portal"].build.data
    files = _files(config)
    spec = data.page_for("agreements/kadikoy-nacka.md")
    page, markdown, html = _render(config, files, spec.src_uri)
    # No Markdown of its own and no macro rendering: the renderer's HTML, never given to Markdown.
    assert page.meta["render_macros"] is False
    assert isinstance(page, GeneratedPage) and markdown == ""
    assert page.toc.items == [] and page.present_anchor_ids == set()
    assert html == str(data.renderer.page(spec, page.url))
    assert "AT&amp;T &lt;3 &#34;Nacka&#34; &amp; &#39;Saltsjö&#39;" in html  # the partner, as in the data
    jsonld = json.loads(page.meta["jsonld"])
    assert jsonld["@type"] and jsonld["about"]


def test_a_generated_pages_html_is_parked_while_other_pages_are_read_and_dropped_once_written(configure):
    """MkDocs reads every page before it writes any: holding each page's HTML meanwhile was a third of the
    build's memory at 100x the data."""
    config = configure()
    plugin = config.plugins["portal"]
    files = _files(config)
    spec = plugin.build.data.page_for("agreements/kadikoy-nacka.md")
    file = files.get_file_from_path(spec.src_uri)
    page = file.page
    page.read_source(config)
    page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
    page.render(config, files)
    page.content = config.plugins.on_page_content(page.content, page=page, config=config, files=files)
    assert "kadikoy" not in page.content.lower() and len(page.content) < 40  # only a mark while others are read
    config.plugins.on_page_context({}, page=page, config=config, nav=None)
    assert page.content == str(plugin.build.data.renderer.page(spec, page.url))
    config.plugins.on_post_page("<html></html>", page=page, config=config)
    assert page.content is None


def test_the_open_data_is_spooled_to_files_that_mkdocs_copies_and_removed_after_the_build(configure):
    config = configure()
    plugin = config.plugins["portal"]
    files = _files(config)
    portal_json = files.get_file_from_path("data/portal.json")
    assert portal_json.abs_src_path and Path(portal_json.abs_src_path).is_file()
    assert json.loads(portal_json.content_bytes)["districts"]
    plugin.build.spool.close()
    assert not Path(portal_json.abs_src_path).exists()


def test_every_rendered_page_goes_to_the_search_index_with_its_kind(configure):
    config = configure()
    build = config.plugins["portal"].build
    files = _files(config, _hand_written(config))
    _render(config, files, "municipalities/kadikoy.md")
    _render(config, files, HAND_WRITTEN[0])
    municipality, hand_written = build.search
    assert municipality.url == "municipalities/kadikoy/" and municipality.district == "kadikoy"
    assert municipality.kind == "Belediye" and municipality.title == "Kadıköy Belediyesi"
    assert hand_written.url == "notes/" and hand_written.title == "Notlar" and hand_written.district == ""
    assert hand_written.kind == "Sayfa"
    assert "Sonra bir cümle" in hand_written.text


def test_a_macro_placeholder_from_a_hand_written_page_is_put_back_after_markdown(configure):
    config = configure()
    renderer = config.plugins["portal"].build.data.renderer
    files = _files(config, _hand_written(config))
    page, markdown, html = _render(config, files, HAND_WRITTEN[0])
    table = str(MACROS["agreements_table"](renderer, page.url))
    # mkdocs-macros left a placeholder where the macro was: Markdown never saw the table's HTML...
    assert "agreements_table" not in markdown and "<table" not in markdown
    assert len(re.findall(r'<div data-yd-html="\d+"></div>', markdown)) == 1
    # ...which is back, as the renderer wrote it, between the paragraphs Markdown made of the rest.
    assert "data-yd-html" not in html
    before, after = html.split(table)
    assert "<em>vurgulu</em>" in before and "<p>Sonra bir cümle.</p>" in after


def test_a_record_page_links_edit_to_its_data_file_only_when_the_repository_is_known(configure):
    config = configure(REPO_URL="https://github.com/example/yerel-diplomasi")
    page, _, _ = _render(config, _files(config), "agreements/kadikoy-nacka.md")
    # The district file the record is in (data/districts/... for the bundled data), not a Markdown file.
    assert page.edit_url == "https://github.com/example/yerel-diplomasi/edit/main/tricky/districts/kadikoy.yaml"
    config = configure()
    page, _, _ = _render(config, _files(config), "agreements/kadikoy-nacka.md")
    assert page.edit_url is None


@pytest.mark.parametrize("src_uri", ["agreements/kadikoy-nacka.md", HAND_WRITTEN[0]])
def test_record_text_with_template_syntax_or_markup_stays_escaped_data(configure, hostile, src_uri):
    config = configure(hostile)
    files = _files(config, _hand_written(config))
    page, _, html = _render(config, files, src_uri)
    # The partner's name is "{{ config.site_name }}", as_written "<img src=x onerror=alert('partner')>".
    assert "{{ config.site_name }}" in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(&#39;partner&#39;)&gt;" in html
    if src_uri.startswith("agreements/"):
        # The source's quote "{{ 7*7 }} <b>kalın</b>" is neither evaluated nor bold.
        assert "{{ 7*7 }} &lt;b&gt;kalın&lt;/b&gt;" in html and ">49<" not in html
        # MkDocs prints the title unescaped: the plugin hands it over escaped.
        assert page.meta["title"] == "Kadıköy &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; – {{ config.site_name }} (İsveç)"


def test_a_municipality_named_with_a_script_gets_an_escaped_title_and_page(configure, hostile):
    config = configure(hostile)
    files = _files(config)
    page, _, html = _render(config, files, "municipalities/kadikoy.md")
    assert page.meta["title"] == "Kadıköy &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; Belediyesi"
    assert "<script" not in html and "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;" in html
    # An activity's "[x](javascript:alert(2))" is text, not a Markdown link.
    assert "[x](javascript:alert(2))" in html and 'href="javascript:' not in html.lower()
    # The search index gets the title as the reader sees it, as text.
    assert config.plugins["portal"].build.search[-1].title == "Kadıköy <script>alert('name')</script> Belediyesi"


# --- on_post_build ---------------------------------------------------------------------------------------

class _SearchJob:
    """Stands in for the search index job on_env starts (publish.search_index.IndexJob), recording the calls."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def cancel(self) -> None:
        self.calls.append("cancel")

    def finish(self, out_dir) -> int:
        self.calls.append("finish")
        return 0


def test_a_site_without_its_record_pages_fails_the_completeness_check_and_stops_the_search_index(
        configure, tmp_path):
    config = configure()
    config.site_dir = str(tmp_path)  # nothing written: every generated page is missing
    plugin = config.plugins["portal"]
    job = plugin.build.search_job = _SearchJob()
    with pytest.raises(PluginError, match="completeness check failed") as failed:
        plugin.on_post_build(config)
    assert "agreements/kadikoy-nacka/ : page was not written" in str(failed.value)
    assert "municipalities/kadikoy/ : page was not written" in str(failed.value)
    assert job.calls == ["cancel"] and plugin.build.search_job is None


def test_post_build_without_a_started_search_index_is_an_error_not_a_crash(configure, tmp_path):
    config = configure()
    config.site_dir = str(tmp_path)
    with pytest.raises(PluginError, match="search index was not started"):
        config.plugins["portal"].on_post_build(config)
