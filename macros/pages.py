"""Which pages exist: one per municipality, agreement, project and partner country.

Derived from the model only. A generated page's Markdown is nothing but a macro
call with an id, so record text never reaches the template engine.
"""
from __future__ import annotations

from dataclasses import dataclass

from .i18n import label
from .index import PortalIndex


@dataclass(frozen=True)
class PageSpec:
    src_uri: str       # e.g. "municipalities/kadikoy.md"
    markdown: str      # e.g. '{{ municipality("kadikoy") }}'
    title: str         # shown in <title> and search results
    kind: str          # municipality | agreement | project | country
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
    return pages
