"""The MkDocs plugin (entry point `portal`, mkdocs.yml): validate the data, add one page per record,
check the result. The only MkDocs-specific code with macros/__init__.py (mkdocs-macros glue): moving to
another engine means rewriting this package; the model, the plan and the rendering do not change.

All state of a build lives on a Build created in on_config (MkDocs calls on_config once per build,
`mkdocs serve` rebuilds included), never in a module.
"""
from __future__ import annotations

import gzip
import html
import logging
import os
import re
from urllib.parse import urlsplit
import sys
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import escape
from mkdocs.commands.build import get_context
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from ..data.file_cache import FileCache
from ..data.model import District
from ..data.problems import DataError, printable
from ..plan.pages import PageSpec
from ..history.changes import History
from ..i18n import LABELS, label
from ..publish.export import export_files, leads_files
from ..publish.feed import feed_files
from ..publish.linked_data import description, jsonld, to_script_json
from ..publish.schema import schema_texts
from ..publish.search_index import IndexJob, SearchIndexError, page_doc, record_names
from . import parallel, theme_words
from .build import ROOT, WARNED_ENV
from .completeness import check_site
from . import assets
from .fragments import SharedFragments, folders_of, shared_key, squeeze
from .kept_pages import TEMPLATE as KEPT_TEMPLATE, TEMPLATE_SOURCE as KEPT_TEMPLATE_SOURCE
from .kept_pages import DirtyWarning, KeptPages, files_fingerprint, reference_data
from .. import accountability
from ..plan import urls
from ..publish.requests_feed import requests_feed
from .site import Build, Deferred, Lang, Parked, Settings, site_data
from .template_cache import bytecode_cache

log = logging.getLogger("mkdocs.plugins.portal")


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

# Material's own search (lunr and its worker) is replaced by ours (publish/search_index.py): 1.2 MB per edition saved.
_UNUSED_THEME_FILES = ("assets/javascripts/lunr/", "assets/javascripts/workers/search.")


_NO_SITE_URL = ("SITE_URL is not set: the site's own address is unknown, so pages carry no canonical link or "
                "og:url, the feeds' links are left out, the sitemap lists no pages (nor their hreflang alternates), and "
                "citations take their address from the browser. The publishing workflow sets it "
                "(.github/workflows/pages.yml); set SITE_URL=https://host/path/ to build a site to publish.")


_NO_CORRECTIONS = ("neither REPO_URL nor CONTACT_EMAIL is set: readers have no way to send a correction, so the "
                   "\"report an error\" links lead to the About page, which says so, and promise no form. Set "
                   "REPO_URL (the repository, for its issue forms) and CONTACT_EMAIL (for readers without a GitHub "
                   "account), or the same keys in mkdocs.yml (repo_url, extra.contact_email).")


# The key under which the worker of a parallel build hands over the search index's files (never a page's).
_SEARCH_FILES = "\0search-index"


class PortalConfig(Config):
    """The plugin's options (mkdocs.yml: `plugins: portal: {data_dir: ..., lang: ...}`), checked by MkDocs
    when it loads the configuration: a wrong value is an error, an unknown option a warning (the build is
    strict: it stops)."""
    data_dir = config_options.Type(str, default="data")  # relative to the mkdocs.yml; tests use fixtures
    lang: config_options.Choice[Lang] = config_options.Choice(("tr", "en"), default="tr")  # the edition's language


def theme_labels(lang: str) -> dict[str, str]:
    """The interface text of the theme's templates (overrides/), in the edition's language: the labels
    whose key starts with theme_ (macros/i18n/labels.py), read there as config.extra.portal_labels.<key>."""
    return {key: label(key, lang) for key in LABELS if key.startswith("theme_")}


def settings_of(config: MkDocsConfig, options: PortalConfig, environ=os.environ) -> Settings:
    """The build's settings: the plugin's options (data_dir, lang), site_url, repo_url, PORTAL_PER_PAGE and
    the build date (SOURCE_DATE_EPOCH), read once as the build starts."""
    folder = Path(config.config_file_path).parent
    return Settings(folder / options.data_dir, options.lang, config.site_url or "",
                    Settings.per_page_from(environ), config.repo_url or "",
                    str(config.extra.get("contact_email") or "").strip(),
                    build_date=accountability.build_date(environ))


class GeneratedPage(Page):
    """A page the plan adds (a record, a list page): its HTML comes from the renderer, so Python-Markdown
    is not run on it (a Markdown instance with every extension for each of thousands of pages, only to
    pass one placeholder through, was ~8 % of a build). What Markdown gave such a page before: the HTML
    unchanged, no table of contents, no title of its own (meta["title"] gives it), no anchors."""

    html: str | None = None

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.html is None:
            raise PluginError(f"{self.file.src_uri}: the generated page was not rendered (on_page_markdown)")
        self.content, self.html = self.html, None
        self.toc = get_toc([])
        self._title_from_render = None
        self.present_anchor_ids = set()


class PortalPlugin(BasePlugin[PortalConfig]):
    """The portal's build steps, as MkDocs events. `build` is the state of the build in progress."""

    def __init__(self) -> None:
        super().__init__()
        self._build: Build | None = None
        # Only under `mkdocs serve`: the previous build's generated pages (kept_pages.py). MkDocs keeps a
        # plugin with on_startup alive across the rebuilds of one serve.
        self._kept: KeptPages | None = None
        self._files: FileCache[Any] | None = None  # and each data file read and validated (file_cache.py)
        self._dirty_warning = DirtyWarning()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._kept = KeptPages(dirty) if command == "serve" else None
        self._files = FileCache() if command == "serve" else None
        if self._kept is not None and dirty:  # `make serve`: MkDocs' warning on every dirty build (kept_pages.py)
            logging.getLogger(DirtyWarning.LOGGER).addFilter(self._dirty_warning)

    def on_shutdown(self) -> None:
        self._kept = None
        self._files = None
        logging.getLogger(DirtyWarning.LOGGER).removeFilter(self._dirty_warning)

    @property
    def build(self) -> Build:
        if self._build is None:
            raise PluginError("the portal plugin has not been configured (on_config did not run)")
        return self._build

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._build = None
        settings = settings_of(config, self.config)
        history = History(ROOT, settings.data_dir, warn=_warn)
        if history.gap:
            _warn(_HISTORY_GAPS[history.gap])
        if not settings.site_url:
            _warn(_NO_SITE_URL)
        if not settings.repo_url and not settings.contact_email:
            _warn(_NO_CORRECTIONS)
        # Absolute addresses for the page head (overrides/main.html): canonical, og:url, hreflang. Empty
        # without SITE_URL: a relative address there is wrong (search engines, link previews, feed readers).
        config.extra["portal_urls"] = {"tr": urls.edition_base(settings.site_url, "tr"),
                                       "en": urls.edition_base(settings.site_url, "en"), "lang": settings.lang}
        try:
            self._build = Build(settings, history, site_data(settings, history.last_changed, self._files))
        except DataError as exc:
            # Fail before anything is written: a partial site must never be published.
            raise PluginError(f"{exc}\nNothing was built. Fix the problems above and build again.") from None
        # Every page's footer says what period the data covers and as of which source date (issue 13: 5).
        config.extra["portal_period"] = self._build.data.renderer.period_line()
        # The theme's own interface text (overrides/), from the one place every label lives.
        config.extra["portal_labels"] = theme_labels(settings.lang)
        if config.repo_url:
            # Hand-written pages link to their Markdown file, record pages (on_page_markdown) to their YAML.
            docs = Path(config.docs_dir).resolve().relative_to(ROOT).as_posix()
            config.edit_uri = f"edit/main/{docs}/"
        else:
            config.edit_uri = ""
        return config

    def on_env(self, env, config: MkDocsConfig, files: Files):
        # MkDocs joins site_url and the page's path; the English edition lives under en/ of the same
        # site_url, so every page's canonical address (rel=canonical, og:url, the sitemap, written before
        # the pages) is set here, for both editions; None without SITE_URL.
        base = config.extra["portal_urls"][config.extra["portal_urls"]["lang"]]
        for file in files.documentation_pages():
            if file.page is not None:
                file.page.canonical_url = (base + file.page.url) if base else None
        # The theme's templates (Material's and overrides/) compiled once, not in every build.
        env.bytecode_cache = bytecode_cache()
        # What the theme repeats on every page, rendered once per folder of generated pages (fragments.py).
        env.add_extension(SharedFragments)
        env.globals[theme_words.GLOBAL] = self.build.theme_words
        # Material's <script id="__config"> as compact JSON (Jinja's tojson puts spaces after ':' and ',' and
        # writes "ı" as \u0131, on every page), as safe inside <script> as the JSON-LD.
        env.filters["script_json"] = to_script_json
        taken = folders_of(f.url for f in files if not isinstance(f.page, GeneratedPage))
        self.build.fragment_keys = {
            f.src_uri: key for f in files
            if isinstance(f.page, GeneratedPage) and (key := shared_key(f.page.url, taken)) is not None}
        if self._kept is not None:
            env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({KEPT_TEMPLATE: KEPT_TEMPLATE_SOURCE}), env.loader])
        # Every page is known now: the pages of the search index, written at the end of the build.
        try:
            self.build.search_job = IndexJob(self.build.search, self.build.data.lang,
                                             self._kept.search_terms if self._kept is not None else None)
        except SearchIndexError as exc:
            raise PluginError(str(exc)) from None
        if self.build.drawing.contents is not None:
            self.build.drawing.contents.close()  # every page is read: its worker is done
        generated = [f for f in files.documentation_pages(inclusion=InclusionLevel.is_included)
                     if isinstance(f.page, GeneratedPage)]
        if self._parallel(config, len(generated), "page_context", "post_page"):
            self._share_pages(env, config, files)
        return env

    def on_nav(self, nav, config: MkDocsConfig, files: Files):
        self.build.drawing.nav = nav  # the pages' context, in the worker of a parallel build
        return nav

    def _parallel(self, config: MkDocsConfig, pages: int, *events: str) -> bool:
        """Whether a drawing pass is shared with a worker (parallel.py): a large `mkdocs build` (not serve),
        the portal's the last handler of the pass's events (what the main process does for a page the
        worker drew would otherwise skip a later plugin's)."""
        last = all((handlers := config.plugins.events.get(e)) and getattr(handlers[-1], "__self__", None) is self
                   for e in events)
        return self._kept is None and last and parallel.wanted(pages)

    def _share_pages(self, env, config: MkDocsConfig, files: Files) -> None:
        """Pass 2 of a parallel build: the theme's page of the generated pages drawn by a worker too."""
        drawing = self.build.drawing
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        pages = {f.src_uri: f.page for f in doc_files if isinstance(f.page, GeneratedPage)}
        drawing.env = env
        job = self.build.search_job
        # First the search index's files (written at the end of the build), then pages.
        drawing.pages = parallel.Shared(list(pages),
                                        lambda uri: Parked.pack(_draw_page(pages[uri], config, doc_files, drawing)),
                                        first=(_SEARCH_FILES, job.files) if job is not None else None)
        # In this process only (the worker draws each page with its own template): MkDocs draws TEMPLATE,
        # the page's HTML as on_page_context drew it or took it from the worker.
        drawing.templates = {uri: page.meta.get("template", "main.html") for uri, page in pages.items()}
        for page in pages.values():
            page.meta["template"] = parallel.TEMPLATE
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({parallel.TEMPLATE: parallel.TEMPLATE_SOURCE}), env.loader])

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        data = self.build.data
        for file in [f for f in files if f.src_uri.startswith(_UNUSED_THEME_FILES) or assets.left_out(f.src_uri)]:
            files.remove(file)
        # The portal's scripts and stylesheets as one file each (assets.py), with the edition's words.
        self.build.theme_words = theme_words.ThemeWords(config.theme.get_env(), config.theme["language"])
        words = assets.edition_words(self.build.theme_words,
                                     lambda key: label(key, self.build.settings.lang))
        for src_uri, text in assets.bundled(config.theme.dirs, config.theme.get("icon") or {}, words,
                                            bool(config.theme.get("palette"))).items():
            files.append(File.generated(config, src_uri, content=text))
        for spec in data.pages:
            if files.get_file_from_path(spec.src_uri) is not None:
                raise PluginError(f"content/{spec.src_uri} would hide a generated page: remove or rename it")
            file = File.generated(config, spec.src_uri, content=spec.markdown, inclusion=InclusionLevel.NOT_IN_NAV)
            GeneratedPage(None, file, config)  # MkDocs keeps a page a plugin made (structure/nav.py)
            files.append(file)
        if self._parallel(config, len(data.pages), "page_markdown", "page_content"):
            # Pass 1 of a parallel build: the pages' contents drawn by a worker too, while MkDocs reads the pages.
            self.build.drawing.contents = parallel.Shared([spec.src_uri for spec in data.pages],
                                                          lambda uri: self._draw_contents(files, uri))
        # Open data: the data set (JSON), one CSV per kind, one JSON per record, the schema. Under `mkdocs
        # serve` (for looking at pages) without the per-record files, which `make site` writes.
        downloads = {urls.download(rel): text for rel, text in export_files(
            data.index, self._kept is None, self._kept.exports if self._kept is not None else None).items()}
        downloads.update({urls.download(rel): text
                          for rel, text in leads_files(data.plan.layout.found_leads,
                                                       self.build.settings.build_date).items()})
        downloads.update({urls.download(f"schema/{name}"): text for name, text in schema_texts().items()})
        downloads.update(self._feeds())
        downloads.update(data.renderer.svg_files())  # the map and the charts, embedded from files
        downloads.update(data.renderer.script_files())  # the holiday table of the deadline helper
        downloads.update(data.renderer.list_rows_files())  # every row of a paged list, for its filter
        # The YAML files themselves, at the path a record page names ("data/districts/kadikoy.yaml"): the
        # record's source file is one click away even where no repository is configured.
        data_dir = Path(self.build.settings.data_dir)
        for path in sorted(data_dir.rglob("*.yaml")):
            if path.is_file() and not path.is_symlink():
                downloads[f"data/{path.relative_to(data_dir).as_posix()}"] = path.read_text(encoding="utf-8")
        # Documents received (a municipality's answer on paper, scanned), which sources cite as `file`.
        for source in data.index.portal.sources:
            if source.file:
                files.append(File.generated(config, f"data/{source.file}", content=(data_dir / source.file).read_bytes()))
        downloads["requests/feed.xml"] = requests_feed(data.index.portal, data.lang,
                                                       urls.edition_base(self.build.settings.site_url, data.lang),
                                                       self.build.settings.build_date)
        spool = self.build.spool
        # A parallel build writes them into the site folder at once (MkDocs leaves a file that is its own
        # source as it is): at 100x the data, 31,000 fewer files made, a fifth of the main process' writing.
        direct = self.build.drawing.contents is not None
        for src_uri in list(downloads):
            text = downloads.pop(src_uri)
            if direct:
                file = File.generated(config, src_uri, abs_src_path="")
                file.abs_src_path = spool.write_at(file.abs_dest_path, text)
            else:
                file = (self._download_as_written(config, src_uri, text)
                        or File.generated(config, src_uri, abs_src_path=spool.write(text)))
            files.append(file)
        if self._kept is not None:  # before any page is read (MkDocs reads them all before on_env)
            self._kept.begin(self._serve_state(config))
            if self._kept.dirty:
                self._keep_written(files)
        return files

    def _keep_written(self, files: Files) -> None:
        """`mkdocs serve --dirty` (kept_pages.py): a kept page whose file is on disk is not modified, so
        MkDocs leaves it as written; every other page and every file of ours is modified (written again)."""
        data, kept = self.build.data, self._kept
        assert kept is not None
        for file in files:
            if _kept_as_written(file):  # an open data file as the site has it (_download_as_written)
                continue
            spec = data.page_for(file.src_uri) if isinstance(file.page, GeneratedPage) else None
            page = kept.unchanged(spec, self._district_of(spec), file.abs_dest_path) if spec is not None else None
            if page is not None and page.doc is not None:
                _mark(file, modified=False)
                self.build.search.append(page.doc)
            elif file.is_documentation_page() or file.generated_by is not None:
                _mark(file, modified=True)
            # else: the theme's and content/'s own files, copied when newer than the site's copy
        kept.will_write({file.abs_dest_path for file in files})

    def _download_as_written(self, config: MkDocsConfig, src_uri: str, text: str) -> File | None:
        """`make serve`: an open data file that came out as the site has it, which MkDocs leaves as it is."""
        if self._kept is None or not self._kept.dirty:
            return None
        file = File.generated(config, src_uri, content=text)
        if not self._kept.download_unchanged(src_uri, text, file.abs_dest_path):
            return None
        _mark(file, modified=False)
        return file

    def _feeds(self) -> dict[str, str]:
        """Atom feeds of data changes, from git history (none when the data folder is outside the repo)."""
        data = self.build.data
        site_url = self.build.settings.site_url
        # Without SITE_URL the feeds carry no links at all (feed readers cannot follow a relative one).
        base = urls.edition_base(site_url, data.lang)
        return feed_files(self.build.history.events, data.lang, base, current_ids=set(data.index.portal.origin),
                          districts={d.slug: d.name for d in data.index.portal.districts})

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        data = self.build.data
        spec = data.page_for(page.file.src_uri)
        if spec is not None:
            # Generated pages have no Markdown of their own: the renderer's HTML is their content
            # (GeneratedPage.render), Markdown never sees it.
            if not isinstance(page, GeneratedPage):
                raise PluginError(f"{page.file.src_uri}: a generated page was given a page object of another kind")
            district = self._district_of(spec) if self._kept is not None else None
            kept = self._kept.get(spec, district) if self._kept is not None else None
            if kept is not None:  # under mkdocs serve, made of nothing that changed: written as last time
                page.html = kept.content
                page.meta.update(kept.meta, template=KEPT_TEMPLATE, portal_kept=kept.output)
            else:
                contents = self.build.drawing.contents
                drawn = None if contents is None or contents.mine(spec.src_uri) else contents.take(spec.src_uri)
                if drawn is not None:  # by the worker of a parallel build: parked as it is (on_page_content)
                    packed, meta, doc = drawn
                    page.html = ""
                    self.build.drawing.drawn[spec.src_uri] = (packed, doc)
                else:
                    page.html, meta = self._contents(spec, page.url)
                page.meta.update(meta)
                if self._kept is not None and self._kept.remember(spec, district, page.html, page.meta,
                                                                  page.file.abs_dest_path):
                    _mark(page.file, modified=False)  # its file stays as written
            if spec.data_file and config.repo_url:
                page.edit_url = f"{config.repo_url.rstrip('/')}/edit/main/{spec.data_file}"
        return markdown

    def _contents(self, spec: PageSpec, url: str) -> tuple[str, dict[str, str]]:
        """A generated page's HTML (the renderer's) and its meta: title, description, JSON-LD."""
        data = self.build.data
        html_text = data.renderer.page(spec, url)
        # MkDocs themes print the title without escaping (Jinja autoescape is off there).
        return html_text, {"title": str(escape(spec.title)),
                           "description": str(escape(description(data.index, spec, data.lang))),
                           "jsonld": to_script_json(jsonld(data.index, spec, data.lang, data.site_url))}

    def _draw_contents(self, files: Files, src_uri: str):
        """In the worker of pass 1: what on_page_markdown and on_page_content make of a generated page
        (packed HTML, meta, search entry); None leaves the page to the main process."""
        spec = self.build.data.page_for(src_uri)
        file = files.get_file_from_path(src_uri)
        if spec is None or file is None or not isinstance(file.page, GeneratedPage):
            return None
        html_text, meta = self._contents(spec, file.page.url)
        if not meta["title"] or Deferred.holds(html_text):
            return None  # the title would come from MkDocs; a macro's placeholder (neither happens)
        doc = self._search_doc(spec, file.page.url, html.unescape(meta["title"]), html.unescape(meta["description"]),
                               html_text)
        return Parked.pack(html_text), meta, doc

    def _search_doc(self, spec: PageSpec | None, url: str, title: str, summary: str, html_text: str):
        data = self.build.data
        return page_doc(url, title, summary, html_text, spec.kind if spec else None, data.lang,
                        spec.key if spec else "", record_names(data.index, spec.kind, spec.key) if spec else "")

    def _district_of(self, spec: PageSpec) -> District | None:
        index = self.build.data.index
        if spec.kind in ("agreement", "project"):
            return index.district_of.get(spec.subject)
        return index.districts.get(spec.subject)

    def _serve_state(self, config: MkDocsConfig) -> tuple:
        """Everything besides a municipality's own file that its pages are made of (KeptPages.begin)."""
        build = self.build
        roots = [ROOT / "overrides", ROOT / "macros" / "render" / "templates", Path(config.docs_dir),
                 Path(config.config_file_path), ROOT / "mkdocs.yml"]
        return (files_fingerprint(*roots), build.settings, repr(config.extra), config.site_url,
                build.history.last_changed, reference_data(build.data.index.portal))

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if isinstance(page, GeneratedPage):
            page.content = None  # written now; held until the end of the build, it was a third of the peak
        if page.meta.get("template") in (KEPT_TEMPLATE, parallel.TEMPLATE):
            return output  # written as it was last time, or drawn in on_page_context: already squeezed
        output = squeeze(output)  # the templates' indentation: ~15 % of every page, invisible to readers
        if self._kept is not None:
            self._kept.written(page.file.src_uri, output)
        return output

    def on_build_error(self, error: Exception) -> None:
        if self._build is not None:
            self._build.drawing.close()
            self._build.spool.close()
        # A mistake in the data stops the build in on_config, before anything is read or written: the pages
        # kept from the last build are still the site's, and the fixed data rebuilds only what changed.
        if self._kept is not None and self._build is not None:
            self._kept.end(succeeded=False)

    def on_page_context(self, context, page: Page, config: MkDocsConfig, nav):
        context["portal_key"] = self.build.fragment_keys.get(page.file.src_uri)
        if self.build.drawing.pages is not None and page.meta.get("template") == parallel.TEMPLATE:
            context["portal_drawn"] = self._drawn_page(context, page)
            return context
        page.content = self.build.parked.unpark(page.file.src_uri, page.content)
        return context

    def _drawn_page(self, context, page: Page) -> str:
        """Pass 2 of a parallel build: the page's whole HTML, from the worker, or drawn here (the page's
        template, then what on_post_page does) when this process claims it or the worker did not deliver it."""
        drawing, src_uri = self.build.drawing, page.file.src_uri
        assert drawing.pages is not None
        packed = None if drawing.pages.mine(src_uri) else drawing.pages.take(src_uri)
        if packed is not None:
            self.build.parked.drop(src_uri)
            return Parked.unpack(packed)
        page.content = self.build.parked.unpark(src_uri, page.content)
        return squeeze(drawing.env.get_template(drawing.templates[src_uri]).render(context))

    def on_page_content(self, html_text: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        html_text = self.build.deferred.release(html_text)
        drawn = self.build.drawing.drawn.pop(page.file.src_uri, None)
        if drawn is not None:  # drawn by the worker of a parallel build (on_page_markdown)
            packed, doc = drawn
            self.build.search.append(doc)
            return self.build.parked.park_packed(page.file.src_uri, packed)
        spec = self.build.data.page_for(page.file.src_uri)
        title = html.unescape(str(page.meta.get("title") or page.title or ""))
        doc = self._search_doc(spec, page.url, title, html.unescape(page.meta.get("description") or ""), html_text)
        self.build.search.append(doc)
        if self._kept is not None:
            self._kept.searched(page.file.src_uri, doc)
        if isinstance(page, GeneratedPage):  # until MkDocs writes it, after reading every other page
            return self.build.parked.park(page.file.src_uri, html_text)
        return html_text

    def on_post_build(self, config: MkDocsConfig) -> None:
        build = self.build
        # The search index's files, made by the worker of a parallel build (None: made here, by finish()).
        search_files = build.drawing.pages.take(_SEARCH_FILES) if build.drawing.pages is not None else None
        build.drawing.close()  # every page is written: the workers of a parallel build are done
        build.spool.close()  # MkDocs has copied the open data into the site
        data = build.data
        job, build.search_job = build.search_job, None
        if job is None:  # on_env starts it, or the build has already failed
            raise PluginError("the search index was not started (on_env did not run)")
        if self._kept is not None and self._kept.dirty:
            removed = self._kept.remove_stale(config.site_dir)
            if removed:
                log.info("serve: %d file(s) of the previous build removed (no longer in the site)", removed)
        missing = check_site(Path(config.site_dir), data, self._kept.scans if self._kept is not None else None)
        if missing:
            job.cancel()
            listing = "\n".join(f"  {m}" for m in missing)
            raise PluginError(f"completeness check failed: {len(missing)} record(s) missing from the site:\n{listing}")
        log.info("completeness: all %d records present on their pages", data.index.record_count())
        if build.history.gap == "no-git":
            _drop_sitemap_dates(Path(config.site_dir))
        if data.lang != "tr":
            _edition_404(Path(config.site_dir), config.site_url or "", data.lang)
        try:
            count = job.finish(Path(config.site_dir) / "search-index", search_files)
        except SearchIndexError as exc:
            raise PluginError(str(exc)) from None
        log.info("search: %d pages indexed (folded terms, search-index/)", count)
        if (drawn := build.drawing.summary()) is not None:
            log.info("parallel build: %s", drawn)
        if self._kept is not None:
            self._kept.end(succeeded=True)
            log.info("serve: %d generated pages reused as they were (their data did not change)", self._kept.reused)


def _modified() -> bool:
    return True


def _unmodified() -> bool:
    return False


def _mark(file: File, modified: bool) -> None:
    """`make serve` (mkdocs serve --dirty): what MkDocs asks a file before reading and writing it
    (File.is_modified), decided by the plugin (kept_pages.py)."""
    file.is_modified = _modified if modified else _unmodified  # type: ignore[method-assign]


def _kept_as_written(file: File) -> bool:
    """Whether _mark said the file stays as written (not MkDocs' own answer, which compares times)."""
    return vars(file).get("is_modified") is _unmodified


def _draw_page(page: Page, config: MkDocsConfig, doc_files, drawing: parallel.Drawing) -> str:
    """In the worker of pass 2: what MkDocs' _build_page (mkdocs/commands/build.py) draws for a page,
    up to the HTML it would write."""
    config._current_page = page
    page.active = True
    try:
        context = get_context(drawing.nav, doc_files, config, page)
        template = drawing.env.get_template(page.meta.get("template", "main.html"))
        context = config.plugins.on_page_context(context, page=page, config=config, nav=drawing.nav)
        return config.plugins.on_post_page(template.render(context), page=page, config=config)
    finally:
        page.active = False
        config._current_page = None


def _edition_404(site_dir: Path, site_url: str, lang: str) -> None:
    """MkDocs writes 404.html with addresses from the site's root (a server shows it at any depth), taken
    from site_url: for the edition under /en/ that is the Turkish edition's root, so its menu led to Turkish
    pages and its language switch to "/../". The edition's own prefix is put in front of each address."""
    page = site_dir / "404.html"
    if not page.is_file():
        return
    base = urlsplit(site_url).path.rstrip("/") + "/" if site_url else "/"
    edition = f"{base}{lang}/"
    text = re.sub(rf'((?:href|src)="){re.escape(base)}(?!{lang}/)', rf"\g<1>{edition}", page.read_text(encoding="utf-8"))
    # The switch to the Turkish edition ("../" from /en/) is its root.
    text = text.replace(f'"{edition}../"', f'"{base}"')
    page.write_text(text, encoding="utf-8")


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
