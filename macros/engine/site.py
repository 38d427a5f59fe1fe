"""What one build knows: its settings, the data, the page plan, the renderer, the history, and the
finished HTML waiting for Markdown to be done. Created afresh for every build (PortalPlugin.on_config)
and shared with the mkdocs-macros side through the plugin, never kept in a module.

Nothing here is cached between builds, so a `mkdocs serve` rebuild sees every edited data file, template
and setting (a cache keyed on the data files alone once served stale template output). Under serve the
plugin reuses finished record pages only when their municipality's data, the shared data, the templates,
the configuration and the settings are all equal to the previous build's (kept_pages.py), and hands
site_data the data files' validation kept by file content (data/file_cache.py), which gives exactly what a
fresh load gives.
"""
from __future__ import annotations

import datetime
import itertools
import os
import re
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Mapping

from ..data.dataset import load_portal
from ..data.file_cache import FileCache
from ..data.index import PortalIndex
from ..history.changes import History
from ..plan.pages import PageSpec, SitePlan, plan
from ..publish.search_index import IndexJob, SearchDoc
from ..render.renderer import Renderer
from .parallel import Drawing
from .template_cache import bytecode_cache
from .theme_words import ThemeWords

Lang = Literal["tr", "en"]


@dataclass(frozen=True)
class Settings:
    """A build's settings, read once when it starts (the portal plugin's options in mkdocs.yml, and the
    environment). The layers below the engine are handed these; they do not read the environment."""
    data_dir: Path
    lang: Lang = "tr"
    site_url: str = ""
    per_page: int | None = None  # PORTAL_PER_PAGE: every list that many rows a page (tests)
    repo_url: str = ""           # REPO_URL: "report an error" and data-file links go there
    contact_email: str = ""      # extra.contact_email (CONTACT_EMAIL): the e-mail route for corrections
    # The day request statuses, the scorecard and the deadline helper are computed against: the last
    # commit's (SOURCE_DATE_EPOCH, accountability.build_date). Keyword-only and required.
    build_date: datetime.date = field(kw_only=True)

    @staticmethod
    def per_page_from(environ: Mapping[str, str]) -> int | None:
        forced = environ.get("PORTAL_PER_PAGE", "").strip()
        return int(forced) if forced else None


@dataclass
class SiteData:
    index: PortalIndex
    plan: SitePlan
    renderer: Renderer
    lang: str
    site_url: str = ""

    @property
    def pages(self) -> list[PageSpec]:
        return self.plan.pages

    def page_for(self, src_uri: str) -> PageSpec | None:
        return self.plan.page_for(src_uri)


def site_data(settings: Settings, updated: dict[str, str] | None = None,
              files: FileCache[Any] | None = None) -> SiteData:
    """Load, validate and plan one edition; raises DataError listing every problem in the data. `files`:
    under `mkdocs serve` only, the data files' results kept from its previous build (data/file_cache.py)."""
    index = PortalIndex(load_portal(Path(settings.data_dir).resolve(), cache=files))
    site_plan = plan(index, settings.lang, settings.per_page, settings.build_date)
    renderer = Renderer(index, site_plan, settings.lang, settings.site_url, updated, bytecode_cache(),
                        repo_url=settings.repo_url, contact_email=settings.contact_email,
                        build_date=settings.build_date)
    return SiteData(index, site_plan, renderer, settings.lang, settings.site_url)


class Deferred:
    """Finished HTML that a macro hands to the engine instead of to Markdown.

    A macro's output is already final HTML; letting Python-Markdown parse it tag by tag only to pass
    it through was a third of the build time (benchmarks/README.md). The macro returns a placeholder,
    and the plugin puts the HTML back after Markdown has run.
    """
    _PLACEHOLDER = re.compile(r'<div data-yd-html="(\d+)"></div>')

    def __init__(self) -> None:
        self._parts: dict[str, str] = {}
        self._count = itertools.count()

    def hold(self, html: str) -> str:
        key = str(next(self._count))
        self._parts[key] = str(html)
        return f'<div data-yd-html="{key}"></div>'

    @classmethod
    def holds(cls, html: str) -> bool:
        """Whether `html` has a placeholder of a macro's HTML in it."""
        return cls._PLACEHOLDER.search(html) is not None

    def release(self, html: str) -> str:
        return self._PLACEHOLDER.sub(lambda m: self._parts.pop(m[1]), html)


class Parked:
    """Generated pages' HTML between the moment MkDocs has read a page and the moment it writes it.

    MkDocs reads every page before it writes any (the navigation needs them all), so a build held the HTML
    of every generated page at once: 460 MB of a 1.2 GB peak at 100x the data. Parked, compressed, it takes
    a tenth of that; it is unpacked just before the page's template is drawn and dropped once the page is
    written. zlib at its fastest level: about one per cent of the build's time.
    """
    _MARK = "<!-- portal: parked -->"

    def __init__(self) -> None:
        self._pages: dict[str, bytes] = {}

    @staticmethod
    def pack(html: str) -> bytes:
        return zlib.compress(html.encode("utf-8"), 1)

    @staticmethod
    def unpack(packed: bytes) -> str:
        return zlib.decompress(packed).decode("utf-8")

    def park(self, src_uri: str, html: str) -> str:
        return self.park_packed(src_uri, self.pack(html))

    def park_packed(self, src_uri: str, packed: bytes) -> str:
        """Park HTML already packed (pack()): drawn by the worker of a parallel build (parallel.py)."""
        self._pages[src_uri] = packed
        return self._MARK

    def drop(self, src_uri: str) -> None:
        """Forget a page's HTML: its whole page was drawn by the worker of a parallel build."""
        self._pages.pop(src_uri, None)

    def unpark(self, src_uri: str, content: str | None) -> str | None:
        if content != self._MARK:
            return content
        return self.unpack(self._pages.pop(src_uri))


class Spool:
    """Files of the open data, written to a folder of their own as they are made, for MkDocs to copy.

    A generated file with its text in memory stays there until MkDocs copies it, after every page has been
    read: the open data of 100x the data (130 MB of JSON and CSV) held as strings was 410 MB of the peak."""

    def __init__(self) -> None:
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._count = itertools.count()

    def write(self, content: str | bytes) -> str:
        """Path of a new spool file holding `content` (text in UTF-8, as MkDocs writes a generated file)."""
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="portal-spool-")
        path = Path(self._folder.name) / str(next(self._count))
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return str(path)

    @staticmethod
    def write_at(path: str, content: str | bytes) -> str:
        """Write `content` at `path` itself (a file of the site folder, which MkDocs then leaves as it is):
        what a parallel build does with the open data (parallel.py), one file made instead of two."""
        os.makedirs(os.path.dirname(path), exist_ok=True)
        Path(path).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    def close(self) -> None:
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


@dataclass
class Build:
    """The state of one build."""
    settings: Settings
    history: History
    data: SiteData
    deferred: Deferred = field(default_factory=Deferred)
    parked: Parked = field(default_factory=Parked)
    spool: Spool = field(default_factory=Spool)
    search: list[SearchDoc] = field(default_factory=list)  # one per page, indexed after the build
    search_job: IndexJob | None = None  # started in on_env, collected in on_post_build
    # The key under which each generated page shares the theme's repeated fragments (fragments.py).
    fragment_keys: dict[str, str] = field(default_factory=dict)
    # A large `mkdocs build` draws its generated pages in two processes (parallel.py).
    drawing: Drawing = field(default_factory=Drawing)
    # Material's interface words (theme_words.py): for the scripts (on_files) and the theme's pages (on_env).
    theme_words: ThemeWords | None = None

