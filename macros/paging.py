"""Long lists split into numbered pages, so that no page grows with the data.

One place decides which rows a list has, in which order, and how many go on a page: the page
list (pages.py) and the renderer (render.py) both ask here, so page N always exists exactly when
it has rows. Page 1 keeps the list's old address (``agreements/``); later pages are
``agreements/page/2/``. A list that fits on one page is one page, as before.

Rows per page were chosen by measuring the ×100 benchmark build (benchmarks/generate.py): the
longest rows there still keep a page under 30 KB with Material's chrome (≈15 KB) around them.
``PORTAL_PER_PAGE`` overrides every list's size (tests force pagination on small data with it).
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass

from . import model
from .index import PortalIndex

PER_PAGE = {
    "agreements": 36,
    "projects": 28,
    "municipalities": 80,
    "activities": 30,
    "country": 25,      # agreements, projects and activities of one country together
}

# name -> the macro that renders a page of it (pages.py writes the call for pages 2..N)
MACROS = {
    "agreements": "agreements_table",
    "projects": "projects_table",
    "municipalities": "municipalities_table",
    "activities": "activities_list",
}

# name -> the i18n label of the list's title (the H1 of its first page)
TITLES = {
    "agreements": "agreements",
    "projects": "projects",
    "municipalities": "municipalities",
    "activities": "activities",
}


def per_page(name: str) -> int:
    forced = os.environ.get("PORTAL_PER_PAGE", "").strip()
    return max(1, int(forced)) if forced else PER_PAGE[name]


@dataclass(frozen=True)
class Paged:
    name: str       # key of PER_PAGE
    section: str    # address of page 1 without slashes: "agreements", "countries/de"
    rows: tuple
    size: int

    @property
    def count(self) -> int:
        return max(1, math.ceil(len(self.rows) / self.size))

    def rows_of(self, page: int) -> tuple:
        if not 1 <= page <= self.count:
            raise ValueError(f"{self.section}: no page {page} (pages 1–{self.count})")
        return self.rows[(page - 1) * self.size: page * self.size]

    def path(self, page: int) -> str:
        return self.section if page == 1 else f"{self.section}/page/{page}"

    def page_of(self, position: int) -> int:
        """The page that shows the row at this position (0-based)."""
        return position // self.size + 1


def overview_lists(index: PortalIndex) -> dict[str, Paged]:
    """The overview lists in their page order: by municipality (the data's order), activities by kind."""
    districts = index.portal.districts
    activities = [a for kind in model.ACTIVITY_KINDS for d in districts for a in d.activities if a.kind == kind]
    rows = {
        "agreements": [a for d in districts for a in d.agreements],
        "projects": [p for d in districts for p in d.projects],
        "municipalities": list(districts),
        "activities": activities,
    }
    return {name: Paged(name, name, tuple(items), per_page(name)) for name, items in rows.items()}


def country_ties(index: PortalIndex, code: str) -> Paged:
    """A country's agreements, then projects, then activities, as one list of (kind, record)."""
    ties = index.by_country[code]
    rows = ([("agreement", a) for a in ties.agreements] + [("project", p) for p in ties.projects]
            + [("activity", a) for a in ties.activities])
    return Paged("country", f"countries/{code.lower()}", tuple(rows), per_page("country"))


def window(current: int, count: int, around: int = 2) -> list[int | None]:
    """Page numbers a pager shows: first, last and a few around the current one; None for a gap.

    Every page number on 80 pages would cost more bytes than the rows; any page is still two
    steps away (jump near it, then step).
    """
    shown = {1, count, *range(current - around, current + around + 1)}
    out: list[int | None] = []
    for n in range(1, count + 1):
        if n in shown:
            out.append(n)
        elif out and out[-1] is not None:
            out.append(None)
    return out
