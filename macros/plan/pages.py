"""Which pages exist: one per municipality, agreement, project and partner country, and the
later pages of long lists.

Derived from the model only. A generated page names the Renderer method that draws it and that
method's ids and page number; the hook calls it after Markdown (macros/engine/hook.py). Record text never
passes through a template engine or Markdown as source.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..render.i18n import label
from ..data.index import PortalIndex, partner_name
from . import paging


@dataclass(frozen=True)
class PageSpec:
    src_uri: str       # e.g. "municipalities/kadikoy.md"
    call: tuple        # Renderer method and its arguments: ("municipality", "kadikoy"), ("country", "DE", 2),
                       # ("agreements_table", 2)
    title: str         # shown in <title> and search results
    kind: str          # municipality | agreement | project | country | list_page
    key: str           # slug, record id or country code
    data_file: str     # the YAML file a maintainer edits ("" for derived pages)

    # The page's source for MkDocs: no body (the hook supplies the HTML) and no macro rendering,
    # which for thousands of pages was mkdocs-macros compiling each one as a Jinja template.
    markdown = "---\nrender_macros: false\n---\n"

    def render(self, renderer, page_url: str):
        """The page's HTML: renderer.<method>(id, page_url, page) or renderer.<method>(page_url, page)."""
        name, *args = self.call
        if args and isinstance(args[0], str):
            return getattr(renderer, name)(args[0], page_url, *args[1:])
        return getattr(renderer, name)(page_url, *args)


def generated_pages(index: PortalIndex, lang: str = "tr", layout: paging.Layout | None = None) -> list[PageSpec]:
    layout = layout or paging.Layout(index, lang)
    pages = []
    origin = index.portal.origin
    for district in index.portal.districts:
        pages.append(PageSpec(f"municipalities/{district.slug}.md", ("municipality", district.slug),
                              label("municipality_of", lang, name=district.name), "municipality", district.slug,
                              origin.get(district.slug, "")))
    for record_id, agreement in index.agreements.items():
        district = index.district_of[record_id]
        title = label("agreement_title", lang, district=district.name, partner=partner_name(agreement, lang),
                      country=index.countries.name(agreement.country, lang))
        pages.append(PageSpec(f"agreements/{record_id}.md", ("agreement", record_id), title,
                              "agreement", record_id, origin.get(record_id, "")))
    for record_id, project in index.projects.items():
        pages.append(PageSpec(f"projects/{record_id}.md", ("project", record_id), project.title,
                              "project", record_id, origin.get(record_id, "")))
    for code in index.country_codes():
        name = index.countries.name(code, lang)
        pages.append(PageSpec(f"countries/{code.lower()}.md", ("country", code),
                              label("country_page_title", lang, name=name), "country", code, ""))
    pages += list_pages(index, lang, layout)
    return pages


def list_pages(index: PortalIndex, lang: str, layout: paging.Layout) -> list[PageSpec]:
    """Pages 2..N of the lists too long for one page (paging.py); page 1 is the list's own page."""
    pages = []
    lists = [(paged, (paging.MACROS[name],), label(paging.TITLES[name], lang))
             for name, paged in layout.lists.items()]
    lists += [(paged, ("country", code), label("country_page_title", lang, name=index.countries.name(code, lang)))
              for code, paged in layout.countries.items()]
    lists += [(layout.municipalities[d.slug], ("municipality", d.slug),
               label("municipality_of", lang, name=d.name)) for d in index.portal.districts]
    for paged, call, title in lists:
        for n in range(2, paged.count + 1):
            pages.append(PageSpec(f"{paged.path(n)}.md", (*call, n),
                                  label("page_title", lang, title=title, n=n, total=paged.count),
                                  "list_page", paged.path(n), ""))
    return pages
