"""Which pages exist: one per municipality, agreement, project and partner country.

Derived from the model only. A generated page's Markdown is nothing but a macro
call with an id, so record text never reaches the template engine.
"""
from __future__ import annotations

from dataclasses import dataclass

from .i18n import label
from .index import PortalIndex
from . import paging


@dataclass(frozen=True)
class PageSpec:
    src_uri: str       # e.g. "municipalities/kadikoy.md"
    markdown: str      # e.g. '{{ municipality("kadikoy") }}'
    title: str         # shown in <title> and search results
    kind: str          # municipality | agreement | project | country | list_page
    key: str           # slug, record id or country code
    data_file: str     # the YAML file a maintainer edits ("" for derived pages)


def generated_pages(index: PortalIndex, lang: str = "tr") -> list[PageSpec]:
    pages = []
    origin = index.portal.origin
    for district in index.portal.districts:
        pages.append(PageSpec(f"municipalities/{district.slug}.md", f'{{{{ municipality("{district.slug}") }}}}',
                              label("municipality_of", lang, name=district.name), "municipality", district.slug,
                              origin.get(district.slug, "")))
    for record_id, agreement in index.agreements.items():
        district = index.district_of[record_id]
        title = label("agreement_title", lang, district=district.name, partner=agreement.partner.as_written,
                      country=index.countries.name(agreement.country, lang))
        pages.append(PageSpec(f"agreements/{record_id}.md", f'{{{{ agreement("{record_id}") }}}}', title,
                              "agreement", record_id, origin.get(record_id, "")))
    for record_id, project in index.projects.items():
        pages.append(PageSpec(f"projects/{record_id}.md", f'{{{{ project("{record_id}") }}}}', project.title,
                              "project", record_id, origin.get(record_id, "")))
    for code in index.country_codes():
        name = index.countries.name(code, lang)
        pages.append(PageSpec(f"countries/{code.lower()}.md", f'{{{{ country("{code}") }}}}',
                              label("country_page_title", lang, name=name), "country", code, ""))
    pages += list_pages(index, lang)
    return pages


def list_pages(index: PortalIndex, lang: str = "tr") -> list[PageSpec]:
    """Pages 2..N of the lists too long for one page (paging.py); page 1 is the list's own page."""
    pages = []
    lists = [(paged, f"{paging.MACROS[name]}({{n}})", label(paging.TITLES[name], lang))
             for name, paged in paging.overview_lists(index).items()]
    lists += [(paging.country_ties(index, code), f'country("{code}", {{n}})',
               label("country_page_title", lang, name=index.countries.name(code, lang)))
              for code in index.country_codes()]
    lists += [(paging.municipality_records(d, lang), f'municipality("{d.slug}", {{n}})',
               label("municipality_of", lang, name=d.name)) for d in index.portal.districts]
    for paged, call, title in lists:
        for n in range(2, paged.count + 1):
            pages.append(PageSpec(f"{paged.path(n)}.md", "{{ " + call.format(n=n) + " }}",
                                  label("page_title", lang, title=title, n=n, total=paged.count),
                                  "list_page", paged.path(n), ""))
    return pages
