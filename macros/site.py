"""The one place that turns a data folder into what the site needs, cached per build.

Both the MkDocs hook and the mkdocs-macros module ask for the same object; the
cache key includes every data file's size and modification time, so `mkdocs serve`
picks up an edited file on the next rebuild.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .index import PortalIndex
from .pages import PageSpec, generated_pages
from .portal import load_portal
from .render import Renderer


@dataclass
class SiteData:
    index: PortalIndex
    renderer: Renderer
    pages: list[PageSpec]
    lang: str

    def page_for(self, src_uri: str) -> PageSpec | None:
        return self._by_uri.get(src_uri)

    def __post_init__(self):
        self._by_uri = {p.src_uri: p for p in self.pages}


_cache: dict[tuple, SiteData] = {}


def _fingerprint(data_dir: Path) -> tuple:
    return tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(data_dir.rglob("*.y*ml")))


def site_data(data_dir: Path, lang: str = "tr") -> SiteData:
    data_dir = Path(data_dir).resolve()
    key = (str(data_dir), lang, _fingerprint(data_dir))
    if key not in _cache:
        _cache.clear()
        index = PortalIndex(load_portal(data_dir))
        _cache[key] = SiteData(index, Renderer(index, lang), generated_pages(index, lang), lang)
    return _cache[key]
