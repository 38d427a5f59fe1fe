"""The one place that turns a data folder into what the site needs, cached per build.

Both the MkDocs hook and the mkdocs-macros module ask for the same object; the
cache key includes every data file's size and modification time, so `mkdocs serve`
picks up an edited file on the next rebuild.
"""
from __future__ import annotations

import itertools
import re
import subprocess
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
    return tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(data_dir.rglob("*.y*ml")))


def site_data(data_dir: Path, lang: str = "tr", site_url: str = "") -> SiteData:
    data_dir = Path(data_dir).resolve()
    key = (str(data_dir), lang, site_url, _fingerprint(data_dir))
    if key not in _cache:
        _cache.clear()
        index = PortalIndex(load_portal(data_dir))
        renderer = Renderer(index, lang, site_url, last_commit_dates(data_dir))
        _cache[key] = SiteData(index, renderer, generated_pages(index, lang), lang, site_url)
    return _cache[key]


def last_commit_dates(data_dir: Path) -> dict[str, str]:
    """Data file (as shown in messages, e.g. data/districts/adalar.yaml) -> date of its last commit.

    From git history, never the clock, so builds stay reproducible; empty outside a git checkout.
    """
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=data_dir, capture_output=True,
                             text=True, check=True).stdout.strip()
        log = subprocess.run(["git", "log", "--format=%x00%cs", "--name-only", "--", "."], cwd=data_dir,
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[str, str] = {}
    base = data_dir.parent
    for block in log.split("\0")[1:]:
        date, *names = block.strip().splitlines()
        for name in names:
            path = (Path(top) / name).resolve()
            try:
                shown = path.relative_to(base).as_posix()
            except ValueError:
                continue
            dates.setdefault(shown, date)
    return dates
