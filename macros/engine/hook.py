"""The only MkDocs-specific code: validate the data, add one page per record, check the result.

Moving to another engine means rewriting this file (and the mkdocs-macros glue in
__init__.py); the model, validation and rendering do not change.
"""
from __future__ import annotations

import gzip
import html
import logging
import os
import re
import sys
from pathlib import Path

from markupsafe import escape
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from macros.engine.build import WARNED_ENV  # noqa: E402
from macros.history.changes import history, history_gap  # noqa: E402
from macros.engine.completeness import check_site  # noqa: E402
from macros.publish.feed import feed_files  # noqa: E402
from macros.publish.linked_data import description, jsonld, to_script_json  # noqa: E402
from macros.publish.export import export_files  # noqa: E402
from macros.publish.schema import schema_texts  # noqa: E402
from macros.data.problems import DataError, printable  # noqa: E402
from macros.publish.search_index import IndexJob, SearchIndexError, page_doc  # noqa: E402
from macros.engine.site import deferred, site_data  # noqa: E402
from macros.engine.template_cache import bytecode_cache  # noqa: E402

log = logging.getLogger("mkdocs.hooks.portal")


def _settings(config):
    portal = config.extra.get("portal", {})
    base = Path(config.config_file_path).parent
    return base / portal.get("data_dir", "data"), portal.get("lang", "tr"), config.site_url or ""


_current = {}  # the data of the build in progress: loaded once in on_config, not once per page


def _data(config):
    return _current["data"]


def _warn(message: str) -> None:
    """Tell the maintainer what the site leaves out, without failing the strict build (MkDocs counts
    its own warnings). Once per `make site`: the second edition reads the same data and history."""
    if not os.environ.get(WARNED_ENV):
        print(f"Warning: {printable(message)}", file=sys.stderr)


_HISTORY_GAPS = {
    "no-git": "no git history here (not a git checkout, or git is missing): the feeds have no entries, record "
              "pages show no last-changed date and the sitemap no dates. Build from a git clone to have them.",
    "shallow": "this is a shallow git clone: changes older than its first commit cannot be known and are left "
               "out of the feeds. Fetch the full history (git fetch --unshallow; actions/checkout with "
               "fetch-depth: 0).",
}


_NO_SITE_URL = ("SITE_URL is not set: the site's own address is unknown, so pages carry no canonical link or "
                "og:url, the feeds' links are left out, the sitemap lists no pages (nor their hreflang alternates), and "
                "citations take their address from the browser. The publishing workflow sets it "
                "(.github/workflows/pages.yml); set SITE_URL=https://host/path/ to build a site to publish.")


def edition_base(site_url: str, lang: str) -> str:
    """Absolute address of an edition's home ("https://host/path/", ".../en/"), or "" without SITE_URL."""
    if not site_url:
        return ""
    return site_url.rstrip("/") + "/" + ("en/" if lang == "en" else "")


def on_config(config):
    data_dir, lang, site_url = _settings(config)
    _current["search"] = []  # SearchDoc per page, filled in on_page_content, indexed in on_post_build
    _current["history_gap"] = history_gap(_ROOT)
    if _current["history_gap"]:
        _warn(_HISTORY_GAPS[_current["history_gap"]])
    if not site_url:
        _warn(_NO_SITE_URL)
    # Absolute addresses for the page head (overrides/main.html): canonical, og:url, hreflang. Empty
    # without SITE_URL: a relative address there is wrong (search engines, link previews, feed readers).
    config.extra["portal_urls"] = {"tr": edition_base(site_url, "tr"), "en": edition_base(site_url, "en"),
                                   "lang": lang}
    try:
        _current["data"] = site_data(data_dir, lang, site_url, config.repo_url or "")
    except DataError as exc:
        # Fail before anything is written: a partial site must never be published.
        raise PluginError(f"{exc}\nNothing was built. Fix the problems above and build again.") from None
    # Every page's footer says what period the data covers and as of which source date (issue 13: 5).
    config.extra["portal_period"] = _current["data"].renderer.period_line()
    if config.repo_url:
        # Hand-written pages link to their Markdown file, record pages (on_page_markdown) to their YAML.
        docs = Path(config.docs_dir).resolve().relative_to(_ROOT).as_posix()
        config.edit_uri = f"edit/main/{docs}/"
    else:
        config.edit_uri = ""
    return config


def on_env(env, config, files):
    # MkDocs joins site_url and the page's path; the English edition lives under en/ of the same site_url,
    # so every page's canonical address (rel=canonical, og:url, the sitemap, written before the pages) is
    # set here, for both editions; None without SITE_URL.
    base = config.extra["portal_urls"][config.extra["portal_urls"]["lang"]]
    for file in files.documentation_pages():
        if file.page is not None:
            file.page.canonical_url = (base + file.page.url) if base else None
    # The theme's templates (Material's and overrides/) compiled once, not in every build.
    env.bytecode_cache = bytecode_cache()
    # Every page's text is known now: Pagefind indexes on the other core while the pages are written.
    try:
        _current["search_job"] = IndexJob(_current["search"], _data(config).lang)
    except SearchIndexError as exc:
        raise PluginError(str(exc)) from None
    return env


# Material's own search (lunr and its worker) is replaced by Pagefind: 1.2 MB per edition not to publish.
_UNUSED_THEME_FILES = ("assets/javascripts/lunr/", "assets/javascripts/workers/search.")


def on_files(files, config):
    data = _data(config)
    for file in [f for f in files if f.src_uri.startswith(_UNUSED_THEME_FILES)]:
        files.remove(file)
    for spec in data.pages:
        if files.get_file_from_path(spec.src_uri) is not None:
            raise PluginError(f"content/{spec.src_uri} would hide a generated page: remove or rename it")
        file = File.generated(config, spec.src_uri, content=spec.markdown, inclusion=InclusionLevel.NOT_IN_NAV)
        files.append(file)
    # Open data: the data set (JSON), one CSV per kind, one JSON per record, the schema.
    downloads = {f"data/{rel}": text for rel, text in export_files(data.index).items()}
    downloads.update({f"data/schema/{name}": text for name, text in schema_texts().items()})
    downloads.update(_feeds(config, data))
    downloads.update(data.renderer.svg_files())  # the map and the charts, embedded from files
    downloads.update(data.renderer.script_files())
    for src_uri, text in downloads.items():
        files.append(File.generated(config, src_uri, content=text))
    return files


def _feeds(config, data) -> dict[str, str]:
    """Atom feeds of data changes, from git history (none when the data folder is outside the repo)."""
    data_dir, lang, site_url = _settings(config)
    try:
        events = history(_ROOT, data_dir.resolve().relative_to(_ROOT).as_posix(), warn=_warn)
    except ValueError:
        events = []  # data outside the repository: an empty feed, so links to it still work
    # Without SITE_URL the feeds carry no links at all (feed readers cannot follow a relative one).
    base = edition_base(site_url, lang)
    return feed_files(events, lang, base, current_ids=set(data.index.portal.origin),
                      districts={d.slug: d.name for d in data.index.portal.districts})


def on_page_markdown(markdown, page, config, files):
    spec = _data(config).page_for(page.file.src_uri)
    if spec is not None:
        # Generated pages have no Markdown of their own: the renderer's HTML goes in after Markdown.
        markdown = deferred.hold(spec.render(_data(config).renderer, page.url))
        # MkDocs themes print the title without escaping (Jinja autoescape is off there).
        page.meta["title"] = str(escape(spec.title))
        data = _data(config)
        page.meta["description"] = str(escape(description(data.index, spec, data.lang)))
        page.meta["jsonld"] = to_script_json(jsonld(data.index, spec, data.lang, data.site_url))
        if spec.data_file and config.repo_url:
            page.edit_url = f"{config.repo_url.rstrip('/')}/edit/main/{spec.data_file}"
    return markdown


def on_page_content(html_text, page, config, files):
    html_text = deferred.release(html_text)
    data = _data(config)
    spec = data.page_for(page.file.src_uri)
    title = html.unescape(str(page.meta.get("title") or page.title or ""))
    _current["search"].append(page_doc(page.url, title, html.unescape(page.meta.get("description") or ""),
                                       html_text, spec.kind if spec else None, data.lang,
                                       spec.key if spec else ""))
    return html_text


def on_post_build(config):
    data = _data(config)
    job = _current.pop("search_job")
    missing = check_site(Path(config.site_dir), data)
    if missing:
        job.cancel()
        listing = "\n".join(f"  {m}" for m in missing)
        raise PluginError(f"completeness check failed: {len(missing)} record(s) missing from the site:\n{listing}")
    log.info("completeness: all %d records present on their pages", data.index.record_count())
    if _current["history_gap"] == "no-git":
        _drop_sitemap_dates(Path(config.site_dir))
    try:
        count = job.finish(Path(config.site_dir) / "pagefind")
    except SearchIndexError as exc:
        raise PluginError(str(exc)) from None
    log.info("search: %d pages indexed (Pagefind, folded text)", count)


def _drop_sitemap_dates(site_dir: Path) -> None:
    """Without git, SOURCE_DATE_EPOCH is the Makefile's stand-in (1980): a sitemap without dates is
    better than one with false dates. The .gz copy is written again with a fixed time (reproducible)."""
    sitemap = site_dir / "sitemap.xml"
    if not sitemap.is_file():
        return
    text = re.sub(r"\s*<lastmod>[^<]*</lastmod>", "", sitemap.read_text(encoding="utf-8"))
    sitemap.write_text(text, encoding="utf-8")
    with gzip.GzipFile(site_dir / "sitemap.xml.gz", mode="wb", mtime=0) as packed:
        packed.write(text.encode("utf-8"))
