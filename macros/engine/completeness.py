"""After a build: every record in the data appears on the pages where it belongs.

A record lost by a template branch or a filter fails the build and is named. Which pages a record belongs on is
declared with its kind (data/kinds.py: RecordKind.completeness names the checks of CHECKS).
"""
from __future__ import annotations

import re
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

from ..data import kinds
from ..plan import urls
from ..plan.paging import ListName
from .site import SiteData

_ID_ATTR = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'\bhref="([^"]+)"')


# `mkdocs serve` only: each page's anchors and links, kept while its file is not written again (by the
# file's modification time, size and inode); a page MkDocs leaves as written is not read again.
Scans = dict[str, tuple[tuple[int, int, int], set[str], set[str]]]


def _scan(site_dir: Path, path: str, scans: Scans | None) -> tuple[set[str], set[str]] | None:
    """The anchors and links of the page at path, or None if it was not written."""
    file = site_dir / path / "index.html"
    try:
        stat = file.stat()
    except FileNotFoundError:
        return None
    key = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    known = scans.get(path) if scans is not None else None
    if known is not None and known[0] == key:
        return known[1], known[2]
    html = file.read_text(encoding="utf-8")
    anchors, links = _anchors(html), _links(html)
    if scans is not None:
        scans[path] = (key, anchors, links)
    return anchors, links


def _anchors(html: str) -> set[str]:
    return set(_ID_ATTR.findall(html))


def _links(html: str) -> set[str]:
    # Normalise "../../agreements/x/" to "agreements/x".
    out = set()
    for href in _HREF.findall(html):
        out.add(href.split("#")[0].lstrip("./").rstrip("/"))
    return out


# The checks a record kind names (data/kinds.py, RecordKind.completeness), each given the record, its kind, the
# municipality's pages (their anchors and links) and the overview lists' anchors; a problem, or None.
Check = Callable[[Any, kinds.RecordKind, str, set[str], set[str], dict[str, set[str]]], Optional[str]]


def _linked_from_municipality(record: Any, kind: kinds.RecordKind, slug: str, anchors: set[str], links: set[str],
                              overview: dict[str, set[str]]) -> str | None:
    """Its own page is linked from its municipality's page."""
    if urls.record_page(kind, record.id) not in links:
        return f"{kind.name} {record.id}: not linked from municipalities/{slug}/"
    return None


def _on_municipality_page(record: Any, kind: kinds.RecordKind, slug: str, anchors: set[str], links: set[str],
                          overview: dict[str, set[str]]) -> str | None:
    """It is shown on its municipality's page (an element with its id)."""
    if record.id not in anchors:
        return f"{kind.name} {record.id}: not shown on municipalities/{slug}/"
    return None


def _listed(record: Any, kind: kinds.RecordKind, slug: str, anchors: set[str], links: set[str],
            overview: dict[str, set[str]]) -> str | None:
    """It has a row in its kind's overview list (on one of its pages)."""
    if record.id not in overview[kind.key]:
        return f"{kind.name} {record.id}: no row in {kind.key}/"
    return None


CHECKS: dict[str, Check] = {"linked_from_municipality": _linked_from_municipality,
                            "on_municipality_page": _on_municipality_page, "listed": _listed}


def check_site(site_dir: Path, data: SiteData, scans: Scans | None = None) -> list[str]:
    missing: list[str] = []
    expected_pages = {spec.src_uri[:-3] for spec in data.pages}
    for path in sorted(expected_pages):
        if not (site_dir / path / "index.html").is_file():
            missing.append(f"{path}/ : page was not written")
    index = data.index
    # Sets of anchors, not substring searches: list pages grow with the data (quadratic otherwise).
    # A long list is split into numbered pages (paging.py): a record may be on any of them, once.
    overview = {}
    for kind in kinds.PUBLISHED:
        if kind.overview:
            paged = data.plan.layout.lists[typing.cast(ListName, kind.key)]
            overview[kind.key] = set().union(*((_scan(site_dir, paged.path(n), scans) or (set(), set()))[0]
                                               for n in range(1, paged.count + 1)))
    for district in index.portal.districts:
        paged = data.plan.layout.municipalities[district.slug]
        pages = [_scan(site_dir, paged.path(n), scans) for n in range(1, paged.count + 1)]
        written = [scan for scan in pages if scan is not None]
        if len(written) != len(pages):
            continue
        anchors: set[str] = set().union(*(scan[0] for scan in written))
        links: set[str] = set().union(*(scan[1] for scan in written))
        for kind in kinds.PUBLISHED:
            for record in getattr(district, kind.key):
                for name in kind.completeness:
                    problem = CHECKS[name](record, kind, district.slug, anchors, links, overview)
                    if problem:
                        missing.append(problem)
    return missing
