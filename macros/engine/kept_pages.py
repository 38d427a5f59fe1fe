"""`mkdocs serve` only: the generated pages of the previous build, reused when nothing they are made of changed.

A serve rebuild after a one-record edit used to render every page again (thousands at 10× the data). A
record page (agreement, project) and a municipality's own pages are made of their municipality's file,
the reference data every file shares (sources, networks, programmes, countries, rules), the templates,
the configuration, the settings and the history's dates. When all of those are equal to the previous
build's, the page's content and its whole written HTML are the previous build's: the renderer and the
theme's template are skipped and the kept HTML is written again. Everything else (lists, countries,
overview pages, hand-written pages, the open data) is built as usual. `tests/test_serve.py` holds
that a serve rebuild after edits writes the same site as a fresh build.

`make serve` runs `mkdocs serve --dirty`: MkDocs then neither empties the site folder nor reads, renders
or writes a page whose file says it is not modified. The plugin says so of a kept page whose HTML is
still on disk (KeptPages.unchanged; its search entry is kept too), and of a generated page rendered again
whose content and meta came out as the previous build's (KeptPages.remember: most overview list and
country pages after a one-record edit; it is read, not written). Every other page, the hand-written ones
included (their macros read the data), is built as usual. The files of the
previous build that this one no longer has (a record removed) are deleted (KeptPages.remove_stale), so
the folder holds what a fresh build writes. MkDocs warns on every dirty build that its navigation may be
stale; for the portal it is not, and the strict build would stop on it: DirtyWarning drops that one
message under our serve only.

`make site` and `mkdocs build` never use this: they build everything.
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping

from ..data.model import District
from ..plan.pages import PageSpec
from ..publish.export import ExportCache
from ..publish.search_index import SearchDoc
from .completeness import Scans

# Pages made of their municipality's file and the shared reference data only (kinds of PageSpec).
REUSABLE = frozenset({"agreement", "project", "municipality", "district_request", "district_research"})
TEMPLATE = "portal-kept.html"  # the theme's page template for a kept page: its HTML as written last time
TEMPLATE_SOURCE = "{{ page.meta.portal_kept }}"


@dataclass
class _Page:
    spec: PageSpec
    district: District | None  # None: a page kept only as written, never reused without rendering it
    content: str
    meta: dict[str, Any]
    output: str | None = None
    doc: SearchDoc | None = None  # its search entry (dirty serve: the page is not read again)


def files_fingerprint(*roots: Path) -> str:
    """A digest of every file under the roots (templates, hand-written pages, configuration files)."""
    digest = hashlib.blake2b(digest_size=16)
    for root in roots:
        paths = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in paths:
            if path.suffix in (".pyc",) or not path.exists():
                continue
            digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class KeptPages:
    """The pages of the last successful serve build, and the state they were built from."""

    def __init__(self, dirty: bool = False) -> None:
        self.dirty = dirty  # `mkdocs serve --dirty`: unchanged pages stay on disk as written
        self._dests: set[str] = set()  # every file a build since the last successful one meant to write
        self._pages: dict[str, _Page] = {}
        self._next: dict[str, _Page] = {}
        self._current: set[str] = set()
        self._downloads: dict[str, bytes] = {}  # the open data files' digests, as the site holds them
        self._next_downloads: dict[str, bytes] = {}
        self.search_terms: dict[SearchDoc, dict[str, int]] = {}  # the search bundle's, by page (bundle)
        self.scans: Scans = {}  # the completeness check's reading of the written pages (check_site)
        self.exports = ExportCache()  # the open data's part of each municipality and record
        self._state: Any = None
        self._same_state = False
        self.reused = 0

    def begin(self, state: Any) -> None:
        """A build starts; `state` is everything but the municipality files that the reusable pages are made
        of (compared by equality with the previous build's)."""
        self._same_state = self._state is not None and state == self._state
        self._state = state
        self._next = {}
        self.reused = 0

    def _reusable(self, spec: PageSpec, district: District | None) -> _Page | None:
        if district is None or spec.kind not in REUSABLE or not self._same_state:
            return None
        kept = self._pages.get(spec.src_uri)
        if kept is None or kept.output is None or kept.spec != spec or kept.district != district:
            return None
        return kept

    def _reuse(self, kept: _Page) -> _Page:
        self._next[kept.spec.src_uri] = kept
        self.reused += 1
        return kept

    def get(self, spec: PageSpec, district: District | None) -> _Page | None:
        """The kept page for spec, if it can be reused as it is; it is then kept for the next build too."""
        kept = self._reusable(spec, district)
        return self._reuse(kept) if kept is not None else None

    def unchanged(self, spec: PageSpec, district: District | None, dest: str) -> _Page | None:
        """Dirty serve: the kept page for spec if its written file at `dest` can stay as it is (MkDocs then
        does not read, render or write it); it is then kept for the next build too."""
        kept = self._reusable(spec, district)
        if kept is None or kept.doc is None or not os.path.isfile(dest):
            return None
        return self._reuse(kept)

    def download_unchanged(self, src_uri: str, text: str, dest: str) -> bool:
        """Dirty serve: True when a file of the open data (feeds, CSV, JSON, ...) is what the last successful
        build wrote at `dest` (by digest) and is still there, so MkDocs need not write it again."""
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=20).digest()
        self._next_downloads[src_uri] = digest
        return self._downloads.get(src_uri) == digest and os.path.isfile(dest)

    def searched(self, src_uri: str, doc: SearchDoc) -> None:
        page = self._next.get(src_uri)
        if page is not None:
            page.doc = doc

    def will_write(self, dests: set[str]) -> None:
        """Dirty serve: the files this build writes (before it writes any). remove_stale deletes the others."""
        self._current = dests
        self._dests |= dests

    def remove_stale(self, site_dir: str) -> int:
        """Dirty serve, after a build: delete what earlier builds wrote and this one does not (a removed
        record's page), and the folders left empty. Returns the number of files deleted."""
        root = os.path.realpath(site_dir)
        removed = 0
        for path in sorted(os.path.realpath(p) for p in self._dests - self._current):
            if path.startswith(root + os.sep) and os.path.isfile(path):
                os.remove(path)
                removed += 1
                folder = os.path.dirname(path)
                while folder != root and os.path.isdir(folder) and not os.listdir(folder):
                    os.rmdir(folder)
                    folder = os.path.dirname(folder)
        self._dests = set(self._current)
        return removed

    def remember(self, spec: PageSpec, district: District | None, content: str, meta: Mapping[str, Any],
                 dest: str) -> bool:
        """A page rendered in this build. Dirty serve: True when its content and meta are the previous
        build's and its file (at `dest`) is on disk, so the file can stay as written (an overview list
        or a country page that the edit did not reach); every generated page is remembered then."""
        reusable = district is not None and spec.kind in REUSABLE
        if not (reusable or self.dirty):
            return False
        page = _Page(spec, district if reusable else None, content, dict(meta))
        self._next[spec.src_uri] = page
        last = self._pages.get(spec.src_uri)
        if (not self.dirty or not self._same_state or last is None or last.output is None or last.doc is None
                or last.content != content or last.meta != page.meta or not os.path.isfile(dest)):
            return False
        page.output = last.output
        return True

    def written(self, src_uri: str, output: str) -> None:
        page = self._next.get(src_uri)
        if page is not None and page.output is None:
            page.output = output

    def end(self, succeeded: bool) -> None:
        """Keep this build's pages, or none after a failed build (the next one builds everything)."""
        self._pages = self._next if succeeded else {}
        # A failed build may have written some files and not others: all are written again next time.
        self._downloads = self._next_downloads if succeeded else {}
        self._next_downloads = {}
        if not succeeded:
            self._state = None
        self._next = {}


def reference_data(portal: Any) -> Any:
    """The data every municipality's pages may read besides their own file: the portal without its districts.
    District files may hold sources that other files' records cite: those are in portal.sources."""
    return replace(portal, districts=())


class DirtyWarning(logging.Filter):
    """Drops MkDocs' warning on every dirty build (logged by mkdocs.commands.build), which the strict build
    counts and stops on; installed by the portal plugin under `mkdocs serve --dirty` only, where the pages
    that could be stale are built again (the module's docstring). Every other message passes."""
    LOGGER = "mkdocs.commands.build"
    MESSAGE = "A 'dirty' build is being performed"

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno == logging.WARNING and str(record.msg).startswith(self.MESSAGE))
