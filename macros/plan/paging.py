"""Long lists split into numbered pages, so that no page grows with the data.

One place decides which rows a list has, in which order, and how many go on a page: the page
list (pages.py) and the renderer (render/renderer.py) both ask here, so page N always exists exactly when
it has rows. Page 1 keeps the list's old address (``agreements/``); later pages are
``agreements/page/2/``. A list that fits on one page is one page, as before.

Rows per page were chosen by measuring the ×100 benchmark build (benchmarks/generate.py): the
longest rows there still keep a page under 30 KB with Material's chrome (≈15 KB) around them.
``PORTAL_PER_PAGE`` overrides every list's size (tests force pagination on small data with it); the
engine reads it once when a build starts and passes it to Layout.
"""
from __future__ import annotations

import bisect
import datetime
import typing
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, Union

from ..accountability.leads import KINDS as LEAD_KINDS, Lead
from ..accountability.leads import leads as find_leads
from ..data import kinds, model
from ..data.index import PortalIndex
from ..data.text import tr_sort_key
from . import urls

PER_PAGE = {
    **{kind.key: kind.per_page for kind in kinds.KINDS if kind.per_page},  # agreements, projects, activities
    "municipalities": 80,
    "countries": 55,
    "networks": 40,     # memberships, then activities naming the network, under the heading of their network
    "country": 23,      # agreements, projects and activities of one country together
    "sources": 7,
    "rules": 2,         # legal rules, each with its cited sources and what could not be verified
    "scorecard": 40,    # municipalities, one line each
    "requests": 40,     # municipalities with foreign ties and their undocumented steps
    "fields": 3,        # record kinds of the field reference, one table each
}

# A municipality's activities are split by estimated bytes, not by rows: they carry their full text (they
# have no page of their own), so one long description weighs as much as several table rows. Page 1 carries
# every tie besides; this is what the activities of one page may add.
MUNICIPALITY_BUDGET = 9_500

# The overview lists (each one page or more), as TITLES names them: those of the record kinds with one
# (kinds.RecordKind.per_page) and the others.
ListName = Literal["agreements", "projects", "municipalities", "activities", "countries", "networks", "sources",
                   "rules", "scorecard", "requests", "fields"]

# What the sources of one page may weigh (each with its kept passage and its municipalities).
SOURCES_BUDGET = 13_000

# A list whose first page is not at its own name: the missing documents are a page of the requests section
# (/requests/ explains how to ask; /requests/missing/ lists what is missing).
SECTIONS: dict[str, str] = {"requests": "requests/missing"}

# name -> the i18n label of the list's title (the H1 of its first page)
TITLES: dict[str, str] = {
    **{kind.key: kind.title for kind in kinds.KINDS if kind.overview and kind.title},
    "municipalities": "municipalities",
    "countries": "countries",
    "networks": "networks_title",
    "sources": "sources",
    "rules": "rules_title",
    "scorecard": "score_heading",
    "requests": "requests_missing_heading",
    "fields": "fields_title",
}


# The field reference (/data/fields/), in page order: a table of the model's fields per record kind
# (kinds.RecordKind.site_reference), the citation every record carries after the first of them.
_REFERENCED: list[tuple[str, type[Any]]] = [(kind.key, kind.cls) for kind in kinds.KINDS if kind.site_reference]
FIELD_SECTIONS: tuple[tuple[str, type[Any]], ...] = (*_REFERENCED[:1], ("sources", model.Citation),
                                                     *_REFERENCED[1:])


def per_page(name: str, forced: int | None = None) -> int:
    """Rows per page of a list; `forced` (PORTAL_PER_PAGE, read once when the build starts) overrides it."""
    return max(1, forced) if forced else PER_PAGE[name]


# A row of a municipality's or a country's page: the record itself (its class says what it is).
Record = Union[model.Agreement, model.Membership, model.Project, model.Activity]

Row = TypeVar("Row")
Key = TypeVar("Key", bound=Hashable)


@dataclass(frozen=True)
class Records:
    """The records of one page, by kind (a field per kinds.PUBLISHED, named as the kind), in page order (what a
    municipality or country page shows)."""
    agreement: tuple[model.Agreement, ...] = ()
    membership: tuple[model.Membership, ...] = ()
    project: tuple[model.Project, ...] = ()
    activity: tuple[model.Activity, ...] = ()

    @classmethod
    def of(cls, rows: Iterable[Record]) -> Records:
        rows = tuple(rows)
        return cls(**{kind.name: tuple(r for r in rows if isinstance(r, kind.cls)) for kind in kinds.PUBLISHED})


@dataclass(frozen=True)
class Paged(Generic[Row]):
    name: str                 # key of PER_PAGE, or "municipality"
    section: str              # address of page 1 without slashes: "agreements", "countries/de"
    rows: tuple[Row, ...]
    starts: tuple[int, ...]   # position of each page's first row; (0,) for one page

    @property
    def count(self) -> int:
        return len(self.starts)

    def first(self, page: int) -> int:
        """Position (0-based) of the page's first row."""
        return self.starts[page - 1]

    def rows_of(self, page: int) -> tuple[Row, ...]:
        if not 1 <= page <= self.count:
            raise ValueError(f"{self.section}: no page {page} (pages 1–{self.count})")
        end = self.starts[page] if page < self.count else len(self.rows)
        return self.rows[self.starts[page - 1]:end]

    def path(self, page: int) -> str:
        return urls.list_page(self.section, page)

    def page_of(self, position: int) -> int:
        """The page that shows the row at this position (0-based)."""
        return bisect.bisect_right(self.starts, position)

    def pages_by(self, key: Callable[[Row], Key]) -> dict[Key, str]:
        """key(row) -> the path of the page that shows the first row with that key (for links into the list)."""
        out: dict[Key, str] = {}
        for position, row in enumerate(self.rows):
            out.setdefault(key(row), self.path(self.page_of(position)))
        return out


def by_count(name: str, section: str, rows: Iterable[Row], forced: int | None = None) -> Paged[Row]:
    kept, size = tuple(rows), per_page(name, forced)
    return Paged(name, section, kept, tuple(range(0, len(kept), size)) or (0,))


def by_weight(name: str, section: str, rows: Iterable[Row], weights: Iterable[int], budget: int) -> Paged[Row]:
    """Greedy: a page takes rows until the next would pass the budget (a page has at least one row)."""
    kept, starts, used = tuple(rows), [0], 0
    for position, weight in enumerate(weights):
        if used and used + weight > budget:
            starts.append(position)
            used = 0
        used += weight
    return Paged(name, section, kept, tuple(starts))


def in_order(kind: kinds.RecordKind, records: Iterable[Any]) -> list[Any]:
    """Records of one kind in list order: as given (the data's order), or grouped by a field's values in the
    order the kind declares (activities by kind)."""
    records = list(records)
    if kind.grouped is None:
        return records
    field, order = kind.grouped
    return sorted(records, key=lambda record: order.index(getattr(record, field)))  # stable: data order kept


def overview_lists(index: PortalIndex, forced: int | None = None) -> dict[ListName, Paged[Any]]:
    """The overview lists in their page order: by municipality (the data's order), activities by kind."""
    districts = index.portal.districts
    networks = sorted(index.portal.networks, key=lambda n: tr_sort_key(n.short_name or n.name))
    rows: dict[ListName, list[Any]] = {
        **{typing.cast(ListName, kind.key): in_order(kind, (r for d in districts for r in getattr(d, kind.key)))
           for kind in kinds.KINDS if kind.overview},
        "countries": index.country_codes(),
        # A network with neither members nor activities is a row of its own: the page says it has none.
        "networks": [(n, r) for n in networks
                     for r in ([*index.members.get(n.id, []), *index.network_activities.get(n.id, [])] or [None])],
        "municipalities": list(districts),
        "sources": list(index.portal.sources),
        "rules": list(index.portal.rules),
        "scorecard": list(districts),
        "requests": [d for d in districts if any(not a.domestic for a in d.agreements)],
    }
    lists: dict[ListName, Paged[Any]] = {name: by_count(name, SECTIONS.get(name, name), items, forced)
                                         for name, items in rows.items()}
    if not forced:
        # Sources carry their kept passage, from a line to a long paragraph: split by weight, not by count.
        lists["sources"] = by_weight("sources", "sources", rows["sources"],
                                     (700 + 2 * _bytes(s.excerpt, s.note, s.note_en, s.title) for s in rows["sources"]),
                                     SOURCES_BUDGET)
    # The field reference: one table per record kind, under data/ (FIELD_SECTIONS).
    lists["fields"] = by_count("fields", "data/fields", FIELD_SECTIONS, forced)
    return lists


def country_ties(index: PortalIndex, code: str, forced: int | None = None) -> Paged[Record]:
    """A country's agreements, then projects, then activities (kinds.PUBLISHED), as one list."""
    ties = index.by_country[code]
    rows: list[Record] = [r for kind in kinds.PUBLISHED for r in getattr(ties, kind.key, ())]
    return by_count("country", urls.country(code), rows, forced)


def _bytes(*texts: str | None) -> int:
    return sum(len((t or "").encode("utf-8")) for t in texts)


def _membership_weight(record: model.Membership, lang: str) -> int:
    return 300 + 60 * len(record.sources)


def _project_weight(record: model.Project, lang: str) -> int:
    return 250 + 2 * _bytes(record.title) + 120 * len(record.countries) + 120 * len(record.partners)


def _activity_weight(record: model.Activity, lang: str) -> int:
    english = (record.title_en, record.description_en) if lang == "en" else ()
    return (300 + _bytes(record.title, record.description, *english)
            + 120 * len(record.countries) + 120 * len(record.agreements) + 60 * len(record.networks))


# The estimated HTML of one record on its municipality's page, by kind (kinds.PUBLISHED but the ties of page 1):
# activities carry their full text, having no page of their own.
WEIGHTS: dict[str, Callable[[Any, str], int]] = {
    "membership": _membership_weight, "project": _project_weight, "activity": _activity_weight}


def municipality_records(district: model.District, lang: str = "tr", forced: int | None = None) -> Paged[Record]:
    """A municipality's records in page order (kinds.PUBLISHED: agreements, memberships, projects, activities by
    kind).

    Page 1 holds every tie (RecordKind.first_page): a reader must see all of a district's ties at once. The other
    kinds follow, and continue on later pages, split by an estimate of each one's HTML size (WEIGHTS), when a
    district has more than a page can hold."""
    fixed: list[Record] = [r for kind in kinds.PUBLISHED if kind.first_page for r in getattr(district, kind.key)]
    flowing: list[tuple[kinds.RecordKind, Record]] = [
        (kind, r) for kind in kinds.PUBLISHED if not kind.first_page
        for r in in_order(kind, getattr(district, kind.key))]
    # The ties take their share of page 1, all of it on the first row, so that a split can only fall among
    # the records that follow them.
    ties = min(tie_row_bytes(len(fixed)) * len(fixed), MUNICIPALITY_BUDGET)
    weights = [ties] + [0] * (len(fixed) - 1) if fixed else []
    weights += [WEIGHTS[kind.name](record, lang) for kind, record in flowing]
    budget = MUNICIPALITY_BUDGET
    if forced:
        # Forced by a test: that many projects and activities per page, like the other lists.
        weights, budget = [0] * len(fixed) + [1] * len(flowing), per_page("municipality", forced)
    return by_weight("municipality", urls.municipality(district.slug), [*fixed, *(r for _, r in flowing)], weights,
                     budget)


# A municipality with many ties shows them in a compact table (partner, country, start, status): every tie
# stays on page 1 and the page within its budget; each tie's page has the rest.
COMPACT_TIES = 20


def tie_row_bytes(ties: int) -> int:
    """The estimated HTML of one tie's row on a municipality page with that many ties."""
    return 170 if ties > COMPACT_TIES else 420


# What the leads of one kind may weigh on a page (a municipality's line: its name, each tie a link and a note).
LEADS_BUDGET = 12_000


def leads_pages(index: PortalIndex, found: list[Lead], forced: int | None = None) -> dict[str, Paged[Any]]:
    """Each kind of lead (accountability.leads.KINDS), its municipalities' lines on numbered pages."""
    out: dict[str, Paged[Any]] = {}
    for kind in LEAD_KINDS:
        by_district: dict[str, list[Lead]] = {}
        for lead in found:
            if lead.kind == kind:
                by_district.setdefault(lead.district.slug, []).append(lead)
        rows = [(index.districts[slug], items) for slug, items in by_district.items()]
        if forced:
            out[kind] = by_count("leads", urls.leads(kind), rows, forced)
        else:
            out[kind] = by_weight("leads", urls.leads(kind), rows, (200 + 130 * len(items) for _, items in rows),
                                  LEADS_BUDGET)
    return out


class Layout:
    """Every paged list of one data set, worked out once: the page list (pages.py), the renderer and
    the completeness check read the same object instead of each splitting the lists again."""

    def __init__(self, index: PortalIndex, lang: str = "tr", per_page: int | None = None,
                 build_date: datetime.date | None = None):
        self.lists = overview_lists(index, per_page)
        # The leads depend on the day (a letter of intent without follow-up after two years): the build's date.
        self.found_leads = find_leads(index.portal, build_date or datetime.date.today())
        self.leads = leads_pages(index, self.found_leads, per_page)
        self.municipalities = {d.slug: municipality_records(d, lang, per_page) for d in index.portal.districts}
        self.countries = {code: country_ties(index, code, per_page) for code in index.country_codes()}
        # Activity id -> the municipality page (path) that shows its full text.
        self.activity_page = {
            record.id: paged.path(paged.page_of(position))
            for paged in self.municipalities.values()
            for position, record in enumerate(paged.rows) if isinstance(record, model.Activity)}


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
