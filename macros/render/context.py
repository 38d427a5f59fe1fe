"""What every page builder receives: one edition's data, plan and settings (RenderContext), and the look-ups
several page families share, worked out once per build.

A builder is a function ``(ctx, page_url, ...) -> <its template's context>``: it reads what it needs from
``ctx`` and hands its template only what the template lays out (templates.py draws it).
"""
from __future__ import annotations

import datetime
import functools
import typing
from dataclasses import dataclass, field

from .. import accountability
from ..data import kinds, model
from ..data.index import PortalIndex
from ..data.model import doc
from ..i18n import label
from ..plan import paging
from ..plan.pages import SitePlan
from ..plan.urls import Links
from . import district_page


@dataclass(frozen=True, eq=False)
class RenderContext:
    """One edition being built. Frozen: a builder reads it and never changes it; the look-ups below are
    derived from it once (cached on first use) because several pages read each."""
    index: PortalIndex = doc("the validated data and its look-ups (data/index.py)")
    plan: SitePlan = doc("which pages exist and how each list is split (plan/pages.py, plan/paging.py)")
    lang: str = doc('the edition: "tr" or "en"')
    build_date: datetime.date = doc("the day statuses, the scorecard and deadlines are computed against")
    site_url: str = doc('the site\'s absolute address (SITE_URL), for citations; "" when unknown')
    repo_url: str = doc('the repository (REPO_URL), where corrections are filed; "" when none')
    contact_email: str = doc('the e-mail route for corrections (extra.contact_email); "" when none')
    updated: typing.Mapping[str, str] = doc("data file -> date of its last commit",
                                            default_factory=dict)

    @property
    def layout(self) -> paging.Layout:
        return self.plan.layout

    @functools.cached_property
    def ties(self) -> dict[str, tuple[list[district_page.TieRow], list[district_page.TieRow]]]:
        """Municipality slug -> (foreign, domestic) tie rows with their legal trails: every page of a
        municipality, its request page and /requests/ read them."""
        return {d.slug: (district_page.tie_rows(self.index, d, domestic=False),
                         district_page.tie_rows(self.index, d, domestic=True)) for d in self.index.portal.districts}

    @functools.cached_property
    def scorecard(self) -> dict[str, accountability.Line]:
        """Municipality slug -> its scorecard line, in the data's order."""
        lines = accountability.scorecard(self.index.portal, self.build_date)
        return {line.district.slug: line for line in lines}

    # Where a thing's entry is on a paged list: records link to that page and its anchor.
    @functools.cached_property
    def network_pages(self) -> dict[str, str]:
        return self.layout.lists["networks"].pages_by(lambda row: row[0].id)

    @functools.cached_property
    def rule_pages(self) -> dict[str, str]:
        return self.layout.lists["rules"].pages_by(lambda rule: rule.id)

    @functools.cached_property
    def source_pages(self) -> dict[str, str]:
        return self.layout.lists["sources"].pages_by(lambda source: source.id)

    def holiday_years(self) -> tuple[int, int]:
        # From Law 4982's first year to three years past the data's date: every request the log can hold.
        return 2004, self.build_date.year + 3

    def cited(self, *groups: typing.Iterable[typing.Any]) -> list[model.Source]:
        """Sources cited by the given records, in order of first citation."""
        ids: list[str] = []
        for group in groups:
            for record in group:
                ids.extend(c.source for c in record.sources)
        return [self.index.sources[i] for i in dict.fromkeys(ids)]

    def list_page(self, name: paging.ListName, page: int, page_url: str) -> tuple[tuple[typing.Any, ...], Pager | None]:
        """The rows of page `page` of overview list `name`, and its pager."""
        paged = self.layout.lists[name]
        return paged.rows_of(page), self.pager(paged, page, page_url)

    def pager(self, paged: paging.Paged, page: int, page_url: str, title: str | None = None) -> Pager | None:
        """What list_head and pager (_parts.html) show; None when the list is one page."""
        if paged.count == 1:
            return None
        links = Links(page_url)
        href = lambda n: links.page(paged.path(n))
        title = title or label(paging.TITLES[paged.name], self.lang)
        return Pager(
            n=page, count=paged.count, total=len(paged.rows),
            first=paged.first(page) + 1, last=paged.first(page) + len(paged.rows_of(page)),
            title=label("page_title", self.lang, title=title, n=page, total=paged.count),
            start=href(1), prev=href(page - 1) if page > 1 else None,
            next=href(page + 1) if page < paged.count else None,
            numbers=[(n, href(n) if n else None) for n in paging.window(page, paged.count)])


@dataclass(frozen=True)
class Pager:
    """Page `n` of a list split over `count` pages (plan/paging.py), with its links relative to that page."""
    n: int
    count: int
    total: int                  # rows in the whole list
    first: int                  # this page's first and last row, counted from 1
    last: int
    title: str                  # "Anlaşmalar — sayfa 2 / 5": the heading of every page but the first
    start: str
    prev: str | None
    next: str | None
    numbers: list[tuple[int | None, str | None]] = field(default_factory=list)  # None: the gap "…"


def grouped(kind: kinds.RecordKind, records: typing.Iterable[typing.Any]) -> list[tuple[str, list[typing.Any]]]:
    """Records of a kind listed by a field's values (RecordKind.grouped: activities by kind), in the order the
    kind declares (paging.in_order): (value, its records) for each value that has any."""
    assert kind.grouped is not None, f"{kind.name} is not listed in groups"
    field_name = kind.grouped[0]
    out: list[tuple[str, list[typing.Any]]] = []
    for record in paging.in_order(kind, records):
        value = getattr(record, field_name)
        if not out or out[-1][0] != value:
            out.append((value, []))
        out[-1][1].append(record)
    return out
