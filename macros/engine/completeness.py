"""After a build: every record in the data appears on the pages where it belongs.

A record lost by a template branch or a filter fails the build and is named.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..plan import urls
from .site import SiteData

_ID_ATTR = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'\bhref="([^"]+)"')


def _page(site_dir: Path, path: str) -> str | None:
    file = site_dir / path / "index.html"
    return file.read_text(encoding="utf-8") if file.exists() else None


def _anchors(html: str) -> set[str]:
    return set(_ID_ATTR.findall(html))


def _links(html: str) -> set[str]:
    # Normalise "../../agreements/x/" to "agreements/x".
    out = set()
    for href in _HREF.findall(html):
        out.add(href.split("#")[0].lstrip("./").rstrip("/"))
    return out


def check_site(site_dir: Path, data: SiteData) -> list[str]:
    missing: list[str] = []
    expected_pages = {spec.src_uri[:-3] for spec in data.pages}
    for path in sorted(expected_pages):
        if _page(site_dir, path) is None:
            missing.append(f"{path}/ : page was not written")
    index = data.index
    # Sets of anchors, not substring searches: list pages grow with the data (quadratic otherwise).
    # A long list is split into numbered pages (paging.py): a record may be on any of them, once.
    overview = {}
    for name in ("agreements", "projects", "activities"):
        paged = data.plan.layout.lists[name]
        overview[name] = set().union(*(_anchors(_page(site_dir, paged.path(n)) or "")
                                       for n in range(1, paged.count + 1)))
    for district in index.portal.districts:
        paged = data.plan.layout.municipalities[district.slug]
        pages = [_page(site_dir, paged.path(n)) for n in range(1, paged.count + 1)]
        written = [html for html in pages if html is not None]
        if len(written) != len(pages):
            continue
        html = "\n".join(written)
        anchors, links = _anchors(html), _links(html)
        for a in district.agreements:
            if urls.agreement(a.id) not in links:
                missing.append(f"agreement {a.id}: not linked from municipalities/{district.slug}/")
            if a.id not in overview["agreements"]:
                missing.append(f"agreement {a.id}: no row in agreements/")
        for p in district.projects:
            if urls.project(p.id) not in links:
                missing.append(f"project {p.id}: not linked from municipalities/{district.slug}/")
            if p.id not in overview["projects"]:
                missing.append(f"project {p.id}: no row in projects/")
        for m in district.memberships:
            if m.id not in anchors:
                missing.append(f"membership {m.id}: not shown on municipalities/{district.slug}/")
        for act in district.activities:
            if act.id not in anchors:
                missing.append(f"activity {act.id}: not shown on municipalities/{district.slug}/")
            if act.id not in overview["activities"]:
                missing.append(f"activity {act.id}: not listed in activities/")
    return missing
