"""The one place that turns a data folder into what the site needs, cached per build.

Both the MkDocs hook and the mkdocs-macros module ask for the same object; the
cache key includes every data file's size and modification time, so `mkdocs serve`
picks up an edited file on the next rebuild.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from ..history.changes import last_commit_dates
from ..data.index import PortalIndex
from ..data.load import is_editor_file
from ..plan.pages import PageSpec
from ..data.dataset import load_portal
from ..render.renderer import Renderer


@dataclass
class SiteData:
    index: PortalIndex
    renderer: Renderer
    pages: list[PageSpec]
    lang: str
    site_url: str = ""

    def page_for(self, src_uri: str) -> PageSpec | None:
        return self._by_uri.get(src_uri)

    def __post_init__(self):
        self._by_uri = {p.src_uri: p for p in self.pages}


_cache: dict[tuple, SiteData] = {}


class Deferred:
    """Finished HTML that a macro hands to the hook instead of to Markdown.

    A macro's output is already final HTML; letting Python-Markdown parse it tag by tag only to pass
    it through was a third of the build time (benchmarks/README.md). The macro returns a placeholder,
    and the hook puts the HTML back after Markdown has run.
    """
    _PLACEHOLDER = re.compile(r'<div data-yd-html="(\d+)"></div>')

    def __init__(self):
        self._parts: dict[str, str] = {}
        self._count = itertools.count()

    def hold(self, html: str) -> str:
        key = str(next(self._count))
        self._parts[key] = str(html)
        return f'<div data-yd-html="{key}"></div>'

    def release(self, html: str) -> str:
        return self._PLACEHOLDER.sub(lambda m: self._parts.pop(m[1]), html)


deferred = Deferred()


def _fingerprint(data_dir: Path) -> tuple:
    # Editor lock files are skipped: an Emacs lock (.#x.yaml) is a dangling link that cannot be stat'ed.
    return tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(data_dir.rglob("*.y*ml"))
                 if not is_editor_file(p.name))


def site_data(data_dir: Path, lang: str = "tr", site_url: str = "", repo_url: str = "") -> SiteData:
    data_dir = Path(data_dir).resolve()
    key = (str(data_dir), lang, site_url, repo_url, _fingerprint(data_dir))
    if key not in _cache:
        _cache.clear()
        index = PortalIndex(load_portal(data_dir))
        renderer = Renderer(index, lang, site_url, last_commit_dates(data_dir), repo_url=repo_url)
        _cache[key] = SiteData(index, renderer, renderer.pages, lang, site_url)
    return _cache[key]
