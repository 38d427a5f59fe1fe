"""Which pages exist: one per municipality, agreement, project and partner country, and the
later pages of long lists.

Derived from the model only, as typed objects: a generated page says what it shows (a record, a
country, or page N of a list) and the Renderer draws it after Markdown (Renderer.page, called by
macros/engine/plugin.py). Record text never passes through a template engine or Markdown as source.
"""
from __future__ import annotations

import datetime
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, Union

from ..data import kinds, model
from ..data.index import PortalIndex, partner_name
from ..i18n import label
from . import paging, urls

PageKind = Literal["municipality", "district_request", "district_research", "agreement", "project", "country",
                   "leads", "list_page"]
# What a page shows: a record page, a municipality's request or research page, a country, or one page of an
# overview list (paging.TITLES' keys).
Shows = Union[Literal["municipality", "district_request", "district_research", "agreement", "project", "country",
                      "leads"], paging.ListName]


@dataclass(frozen=True)
class PageSpec:
    path: str          # e.g. "municipalities/kadikoy", "agreements/page/2"
    title: str         # shown in <title> and search results
    kind: PageKind
    key: str           # slug, record id or country code; the path for list pages
    data_file: str     # the YAML file a maintainer edits ("" for derived pages)
    shows: Shows       # what the Renderer draws on it
    subject: str = ""  # the municipality slug, record id or country code it shows ("" for an overview list)
    number: int = 1    # page number within a paged list

    # The page's source for MkDocs: no body (the plugin supplies the HTML) and no macro rendering,
    # which for thousands of pages was mkdocs-macros compiling each one as a Jinja template.
    markdown = "---\nrender_macros: false\n---\n"

    @property
    def src_uri(self) -> str:
        return f"{self.path}.md"


@dataclass
class SitePlan:
    """Every generated page of one edition, and the paged lists they come from, worked out once."""
    layout: paging.Layout
    pages: list[PageSpec]
    _by_uri: dict[str, PageSpec] = field(init=False, repr=False)
    _by_key: dict[tuple[str, str], PageSpec] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_uri = {p.src_uri: p for p in self.pages}
        self._by_key = {(p.kind, p.key): p for p in self.pages}

    def page_for(self, src_uri: str) -> PageSpec | None:
        return self._by_uri.get(src_uri)

    def spec(self, kind: PageKind, key: str) -> PageSpec:
        return self._by_key[(kind, key)]


def plan(index: PortalIndex, lang: str = "tr", per_page: int | None = None,
         build_date: datetime.date | None = None) -> SitePlan:
    layout = paging.Layout(index, lang, per_page, build_date)
    return SitePlan(layout, generated_pages(index, lang, layout))


def generated_pages(index: PortalIndex, lang: str = "tr", layout: paging.Layout | None = None) -> list[PageSpec]:
    layout = layout or paging.Layout(index, lang)
    pages = []
    origin = index.portal.origin
    for district in index.portal.districts:
        pages.append(PageSpec(urls.municipality(district.slug), label("municipality_of", lang, name=district.name),
                              "municipality", district.slug, origin.get(district.slug, ""), "municipality",
                              district.slug))
        pages.append(PageSpec(urls.district_request(district.slug),
                              label("district_request_title", lang, name=district.name), "district_request",
                              district.slug, origin.get(district.slug, ""), "district_request", district.slug))
        pages.append(PageSpec(urls.district_research(district.slug),
                              label("district_research_title", lang, name=district.name), "district_research",
                              district.slug, origin.get(district.slug, ""), "district_research", district.slug))
    for record_kind in kinds.WITH_PAGE:  # a page per record: agreements, projects
        page_kind, shows = typing.cast(PageKind, record_kind.name), typing.cast(Shows, record_kind.name)
        for record_id, record in index.records[record_kind.key].items():
            pages.append(PageSpec(urls.record_page(record_kind, record_id), record_title(index, record, lang),
                                  page_kind, record_id, origin.get(record_id, ""), shows, record_id))
    for code in index.country_codes():
        name = index.countries.name(code, lang)
        pages.append(PageSpec(urls.country(code), label("country_page_title", lang, name=name), "country", code, "",
                              "country", code))
    for kind, paged in layout.leads.items():
        title = label(f"lead_{kind}_title", lang)
        for n in range(1, paged.count + 1):
            pages.append(PageSpec(paged.path(n), title if n == 1 else label("page_title", lang, title=title, n=n,
                                                                         total=paged.count),
                                  "leads", paged.path(n), "", "leads", kind, n))
    pages += list_pages(index, lang, layout)
    return pages


def record_title(index: PortalIndex, record: Any, lang: str) -> str:
    """A record's title wherever it heads or names the record (its page's title, its H1, lists of records): an
    agreement by its municipality, partner and country; another record by its title, in English in the English
    edition where it has one (as its page's H1 shows it), else as written ("" for an activity without one: the
    templates then head it by its description)."""
    if isinstance(record, model.Agreement):
        return label("agreement_title", lang, district=index.district_of[record.id].name,
                     partner=partner_name(record, lang), country=index.countries.name(record.country, lang))
    return str(model.in_language(record, "title", lang) or record.title or "")


def list_pages(index: PortalIndex, lang: str, layout: paging.Layout) -> list[PageSpec]:
    """Pages 2..N of the lists too long for one page (paging.py); page 1 is the list's own page."""
    lists: list[tuple[paging.Paged[Any], Shows, str, str]] = [
        (paged, name, "", label(paging.TITLES[name], lang)) for name, paged in layout.lists.items()]
    lists += [(paged, "country", code, label("country_page_title", lang, name=index.countries.name(code, lang)))
              for code, paged in layout.countries.items()]
    lists += [(layout.municipalities[d.slug], "municipality", d.slug, label("municipality_of", lang, name=d.name))
              for d in index.portal.districts]
    pages: list[PageSpec] = []
    for paged, shows, subject, title in lists:
        for n in range(2, paged.count + 1):
            path = paged.path(n)
            pages.append(PageSpec(path, label("page_title", lang, title=title, n=n, total=paged.count),
                                  "list_page", path, "", shows, subject, n))
    return pages
