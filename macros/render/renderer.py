"""Records -> HTML fragments. Everything from the data is escaped (Jinja autoescape).

The output is final HTML: the engine puts it into the page after Markdown has run (a generated
page's whole body, a macro's placeholder on a hand-written page), so it is never evaluated as a
template again and never parsed as Markdown.
"""
from __future__ import annotations

import dataclasses
import functools
import typing
from collections import Counter
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..data import model
from ..data.index import PortalIndex, partner_name, project_countries
from ..plan import paging
from ..plan.pages import PageSpec, SitePlan
from ..plan.urls import Links
from ..publish.linked_data import apa, bibtex, citation
from . import charts, home
from .i18n import ENUMS, enum_label, format_date, label

TEMPLATES = Path(__file__).parent / "templates"

# The stats page lists the latest this many agreements and projects; the lists have them all.
TIMELINE_ITEMS = 20


def _embedded_from(figure: Markup, page_url: str, folder: str) -> Markup:
    """A figure whose <object> files sit in `folder`, with their address relative to this page."""
    return Markup(str(figure).replace(' data="', f' data="{Links(page_url).page(folder)}'))


# The hand-written pages' macros by the name they are called with (``{{ agreements_table() }}``),
# filled by @macro below: the one list of them (macros/__init__.py registers each with mkdocs-macros).
MACROS: dict[str, typing.Callable[..., Markup]] = {}


def macro(view: typing.Callable[..., Markup]) -> typing.Callable[..., Markup]:
    MACROS[view.__name__] = view
    return view


class Renderer:
    """Draws the pages that the plan (macros/plan/pages.py) lists, and the hand-written pages' macros."""

    def __init__(self, index: PortalIndex, plan: SitePlan, lang: str = "tr", site_url: str = "",
                 updated: dict[str, str] | None = None, bytecode_cache: jinja2.BytecodeCache | None = None):
        self.index = index
        self.plan = plan
        self.lang = lang
        self.site_url = site_url
        self.updated = updated or {}  # data file -> date of its last commit
        self.layout = plan.layout
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            auto_reload=False,  # templates do not change during a build; skip a stat per render
            bytecode_cache=bytecode_cache,
        )
        self.env.globals.update(
            t=lambda key, **kw: label(key, lang, **kw),
            enum=lambda group, value: enum_label(group, value, lang),
            enum_labels=lambda group: [enum_label(group, value, lang) for value in ENUMS[group]],
            country_name=lambda code: index.countries.name(code, lang),
            flag=index.countries.flag,
            subdivision_name=lambda code: index.countries.subdivision_name(code, lang),
            date=lambda value: format_date(value, lang),
            district_of=lambda record: index.district_of[record.id],
            sources=index.sources,
            networks=index.networks,
            programmes=index.programmes,
            agreements=index.agreements,
            project_countries=project_countries,
            lang=lang,
            # Record text is Turkish in both editions: mark it so screen readers pronounce it right.
            rl=Markup(' lang="tr"') if lang != "tr" else Markup(""),
            english=lambda record, field: (getattr(record, f"{field}_en", None) if lang == "en" else None),
            activity_page=lambda record: self.layout.activity_page[record.id],
            network_page=lambda network_id: self._network_pages[network_id],
            apa=apa,
            # One physical line: the renderer strips each line, which would eat the entry's indentation.
            bibtex=lambda source: Markup("&#10;").join(bibtex(source).splitlines()),
            translation=lambda citation: getattr(citation, f"translation_{lang}", None),
        )

    def _render(self, template: str, page_url: str, **context) -> Markup:
        html = self.env.get_template(template).render(link=Links(page_url), **context)
        # No blank or indented lines: smaller pages, and the same bytes whatever the templates' indentation.
        return Markup("\n".join(line.strip() for line in html.splitlines() if line.strip()))

    # --- what the engine calls ------------------------------------------------------------

    def page(self, spec: PageSpec, page_url: str) -> Markup:
        """The HTML of a generated page (the plan's PageSpec)."""
        if spec.shows == "municipality":
            return self.municipality(spec.subject, page_url, spec.number)
        if spec.shows == "agreement":
            return self.agreement(spec.subject, page_url)
        if spec.shows == "project":
            return self.project(spec.subject, page_url)
        if spec.shows == "country":
            return self.country(spec.subject, page_url, spec.number)
        return self.list_views()[spec.shows](page_url, spec.number)

    def list_views(self) -> dict[str, typing.Callable[[str, int], Markup]]:
        """Paged overview list (paging.overview_lists) -> the view of one of its pages."""
        return {"municipalities": self.municipalities_table, "agreements": self.agreements_table,
                "projects": self.projects_table, "activities": self.activities_list,
                "countries": self.countries_table, "networks": self.networks_table, "sources": self.sources_list}

    # --- record pages --------------------------------------------------------------------

    def municipality(self, slug: str, page_url: str, page: int = 1) -> Markup:
        district = self.index.districts[slug]
        paged = self.layout.municipalities[slug]
        shown = {kind: [r for k, r in paged.rows_of(page) if k == kind]
                 for kind in ("agreement", "membership", "project", "activity")}
        activities = {}
        for activity in shown["activity"]:
            activities.setdefault(activity.kind, []).append(activity)
        grouped = [(kind, activities[kind]) for kind in model.ACTIVITY_KINDS if kind in activities]
        return self._render(
            "municipality.html", page_url, district=district, grouped_activities=grouped,
            has_records=self.index.has_records(district), page=page,
            shown_agreements=shown["agreement"], shown_memberships=shown["membership"],
            shown_projects=shown["project"],
            pager=self._pager(paged, page, page_url, label("municipality_of", self.lang, name=district.name)),
            provenance=self._provenance("municipality", slug),
            cited=self._cited(shown["agreement"], shown["membership"], shown["project"], shown["activity"]),
        )

    def agreement(self, record_id: str, page_url: str) -> Markup:
        agreement = self.index.agreements[record_id]
        district = self.index.district_of[record_id]
        related = self.index.under_agreement.get(record_id, [])
        return self._render(
            "agreement.html", page_url, agreement=agreement, district=district,
            related_projects=[r for r in related if isinstance(r, model.Project)],
            related_activities=[r for r in related if isinstance(r, model.Activity)],
            provenance=self._provenance("agreement", record_id, "agreements"),
            cited=self._cited([agreement]),
        )

    def project(self, record_id: str, page_url: str) -> Markup:
        project = self.index.projects[record_id]
        district = self.index.district_of[record_id]
        return self._render("project.html", page_url, project=project, district=district,
                            cited=self._cited([project]),
                            provenance=self._provenance("project", record_id, "projects"))

    def country(self, code: str, page_url: str, page: int = 1) -> Markup:
        name = self.index.countries.name(code, self.lang)
        paged = self.layout.countries[code]
        rows = paged.rows_of(page)
        ties = {kind: [r for k, r in rows if k == kind] for kind in ("agreement", "project", "activity")}
        return self._render("country.html", page_url, code=code, name=name, ties=ties, page=page,
                            pager=self._pager(paged, page, page_url, label("country_page_title", self.lang, name=name)))

    # --- overview pages ------------------------------------------------------------------

    @macro
    def headline(self, page_url: str) -> Markup:
        with_records = [d for d in self.index.portal.districts if self.index.has_records(d)]
        numbers = {
            "agreements": len(self.index.foreign_agreements),
            "domestic": len(self.index.domestic_agreements),
            "countries": len(self.index.agreement_countries()),
            "other_countries": len(self.index.partner_countries() - self.index.agreement_countries()),
            "projects": len(self.index.projects),
            "activities": len(self.index.activities),
            "with": len(with_records),
            "without": len(self.index.portal.districts) - len(with_records),
        }
        return self._render("headline.html", page_url, numbers=numbers,
                            official=self.index.portal.official_counts)

    @macro
    def municipalities_table(self, page_url: str, page: int = 1) -> Markup:
        paged = self.layout.lists["municipalities"]
        return self._render("municipalities.html", page_url, districts=paged.rows_of(page),
                            has_records=self.index.has_records, pager=self._pager(paged, page, page_url))

    @macro
    def agreements_table(self, page_url: str, page: int = 1) -> Markup:
        paged = self.layout.lists["agreements"]
        return self._render("agreements.html", page_url, rows=paged.rows_of(page),
                            pager=self._pager(paged, page, page_url))

    @macro
    def projects_table(self, page_url: str, page: int = 1) -> Markup:
        paged = self.layout.lists["projects"]
        return self._render("projects.html", page_url, rows=paged.rows_of(page),
                            pager=self._pager(paged, page, page_url))

    @macro
    def activities_list(self, page_url: str, page: int = 1) -> Markup:
        paged = self.layout.lists["activities"]
        grouped = []
        for activity in paged.rows_of(page):
            if not grouped or grouped[-1][0] != activity.kind:
                grouped.append((activity.kind, []))
            grouped[-1][1].append(activity)
        totals = Counter(a.kind for a in paged.rows)
        return self._render("activities.html", page_url, grouped=grouped, totals=totals,
                            pager=self._pager(paged, page, page_url))

    @macro
    def countries_table(self, page_url: str, page: int = 1) -> Markup:
        paged = self.layout.lists["countries"]
        return self._render("countries.html", page_url, codes=paged.rows_of(page), ties=self.index.by_country,
                            pager=self._pager(paged, page, page_url))

    @macro
    def networks_table(self, page_url: str, page: int = 1) -> Markup:
        paged = self.layout.lists["networks"]
        grouped = []
        for network, record in paged.rows_of(page):
            if not grouped or grouped[-1][0] is not network:
                grouped.append((network, [], self._network_pages[network.id] == paged.path(page), []))
            if isinstance(record, model.Membership):
                grouped[-1][1].append(record)
            elif record is not None:
                grouped[-1][3].append(record)  # an activity naming the network
        return self._render("networks.html", page_url, grouped=grouped, members=self.index.members,
                            pager=self._pager(paged, page, page_url))

    @functools.cached_property
    def _network_pages(self) -> dict[str, str]:
        """Network id -> the page of the networks list where its heading (and its details) are."""
        paged, out = self.layout.lists["networks"], {}
        for position, (network, _) in enumerate(paged.rows):
            out.setdefault(network.id, paged.path(paged.page_of(position)))
        return out

    @macro
    def sources_list(self, page_url: str, page: int = 1) -> Markup:
        paged = self.layout.lists["sources"]
        return self._render("sources.html", page_url, all_sources=paged.rows_of(page),
                            pager=self._pager(paged, page, page_url))

    # --- charts (SVG drawn here and served from the site itself; nothing is loaded from elsewhere) ----

    def _country_rows(self, links: Links):
        codes = [c for c in self.index.country_codes()]
        return codes, {c: self.index.by_country[c].total for c in codes}, {c: links.country(c) for c in codes}

    # The map (countries page) and the bar charts (stats page) embed their SVG from files beside that
    # page (svg_files), so the links inside them are relative to it. Each is drawn once per build: the
    # figure for the page and the files for the plugin come from the same drawing.
    @functools.cached_property
    def _figures(self) -> dict[str, tuple[str, Markup, dict[str, str]]]:
        """macro name -> (folder, figure, SVG files)."""
        out = {}
        for name, (folder, draw) in self._FIGURES.items():
            files: dict[str, str] = {}
            out[name] = (folder, draw(self, f"{folder}/", files), files)
        return out

    def _embedded(self, name: str, page_url: str) -> Markup:
        folder, figure, _ = self._figures[name]
        return _embedded_from(figure, page_url, folder)

    def svg_files(self) -> dict[str, str]:
        """The map's and the charts' SVG files, by site path (the plugin writes them into the site)."""
        return {f"{folder}/{file}": text for folder, _, files in self._figures.values() for file, text in files.items()}

    def _partner_map(self, page_url: str, files: dict) -> Markup:
        codes, counts, hrefs = self._country_rows(Links(page_url))
        caption = label("chart_map_caption", self.lang) + " " + label("chart_map_table_below", self.lang)
        return charts.world_map(
            counts, names={c: self.index.countries.name(c, self.lang) for c in codes}, hrefs=hrefs,
            title=label("chart_map_title", self.lang), caption=caption, files=files, with_table=False,
            lang=self.lang, table_headers=(label("country", self.lang), label("chart_ties", self.lang)))

    def _countries_chart(self, page_url: str, files: dict) -> Markup:
        links = Links(page_url)
        codes, counts, hrefs = self._country_rows(links)
        rows = [(self.index.countries.name(c, self.lang), counts[c], hrefs[c]) for c in codes if c != "TR"]
        return charts.bar_chart(rows, title=label("chart_countries_title", self.lang),
                                caption=label("chart_countries_caption", self.lang),
                                value_label=label("chart_ties", self.lang),
                                table_headers=(label("country", self.lang), label("chart_ties", self.lang)),
                                lang=self.lang, max_rows=12, files=files, file_name="chart-countries.svg",
                                full=(label("all_countries", self.lang), links.page("countries")))

    def _kinds_chart(self, page_url: str, files: dict) -> Markup:
        links = Links(page_url)
        counts = Counter(a.kind for a in self.index.activities.values())
        paged = self.layout.lists["activities"]
        starts = {}
        for position, activity in enumerate(paged.rows):
            starts.setdefault(activity.kind, paged.path(paged.page_of(position)))
        rows = [(enum_label("activity_kind", kind, self.lang), counts[kind], links.page(starts[kind]) + f"#{kind}")
                for kind in sorted(counts, key=lambda k: (-counts[k], model.ACTIVITY_KINDS.index(k)))]
        return charts.bar_chart(rows, title=label("chart_kinds_title", self.lang),
                                value_label=label("activities", self.lang).lower(),
                                table_headers=(label("kind", self.lang), label("activities", self.lang)),
                                lang=self.lang, files=files, file_name="chart-kinds.svg")

    def _districts_chart(self, page_url: str, files: dict) -> Markup:
        links = Links(page_url)
        totals = [(d, sum(len(getattr(d, k)) for k in model.RECORD_KINDS)) for d in self.index.portal.districts]
        rows = [(d.name, n, links.district(d.slug)) for d, n in sorted(totals, key=lambda x: -x[1]) if n]
        return charts.bar_chart(rows, title=label("chart_districts_title", self.lang),
                                caption=label("chart_districts_caption", self.lang,
                                              n=sum(1 for _, n in totals if not n)),
                                value_label=label("record", self.lang).lower(),
                                table_headers=(label("municipality", self.lang), label("record", self.lang)),
                                lang=self.lang, max_rows=15, files=files, file_name="chart-districts.svg",
                                full=(label("all_municipalities", self.lang), links.page("municipalities")))

    def _years_chart(self, page_url: str, files: dict) -> Markup:
        dated, undated = Counter(), 0
        records = [*((a, a.signed) for a in self.index.agreements.values()),
                   *((p, p.start) for p in self.index.projects.values()),
                   *((a, a.date) for a in self.index.activities.values())]
        for _, when in records:
            if when:
                dated[int(when[:4])] += 1
            else:
                undated += 1
        return charts.timeline(sorted(dated.items()), title=label("chart_years_title", self.lang),
                               caption=label("chart_years_caption", self.lang), lang=self.lang,
                               table_headers=(label("year", self.lang), label("record", self.lang)),
                               undated=undated, files=files, file_name="chart-years.svg")

    # macro name -> (the folder of the page that shows it, what draws it)
    _FIGURES: dict[str, tuple[str, typing.Callable[..., Markup]]] = {
        "partner_map": ("countries", _partner_map), "countries_chart": ("stats", _countries_chart),
        "kinds_chart": ("stats", _kinds_chart), "districts_chart": ("stats", _districts_chart),
        "years_chart": ("stats", _years_chart)}

    @macro
    def district_picker(self, page_url: str) -> Markup:
        return home.district_picker(self, page_url)

    @macro
    def timeline_list(self, page_url: str) -> Markup:
        """Agreements and projects by year (latest first, undated last), each linked to its page."""
        links = Links(page_url)
        items = [(int(a.signed[:4]) if a.signed else None,
                  label("agreement_title", self.lang, district=self.index.district_of[a.id].name,
                        partner=partner_name(a, self.lang), country=self.index.countries.name(a.country, self.lang)),
                  links.agreement(a.id)) for a in self.index.agreements.values()]
        items += [(int(p.start[:4]) if p.start else None, f"{self.index.district_of[p.id].name}: {p.title}",
                   links.project(p.id)) for p in self.index.projects.values()]
        rest = Markup("{} · {}").format(
            Markup('<a href="{}">{}</a>').format(links.page("agreements"), label("all_agreements", self.lang)),
            Markup('<a href="{}">{}</a>').format(links.page("projects"), label("all_projects", self.lang)))
        return charts.year_list(items, title=label("chart_timeline_title", self.lang), lang=self.lang,
                                caption=label("chart_timeline_caption", self.lang), limit=TIMELINE_ITEMS,
                                rest=rest)

    @macro
    def field_reference(self, page_url: str) -> Markup:
        """Every field of every record kind, with its meaning and what is allowed: from the model."""
        from ..data.validate import _describe
        sections = []
        for title, cls in [("agreements", model.Agreement), ("memberships", model.Membership),
                           ("projects", model.Project), ("activities", model.Activity),
                           ("sources", model.Citation)]:
            hints = typing.get_type_hints(cls, include_extras=True)
            rows = []
            for f in dataclasses.fields(cls):
                required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                rows.append((f.name, required, f.metadata.get("doc", ""), _describe(hints[f.name])))
            sections.append((title, rows))
        return self._render("fields.html", page_url, sections=sections)

    # --- helpers -------------------------------------------------------------------------

    def _pager(self, paged: paging.Paged, page: int, page_url: str, title: str | None = None) -> dict | None:
        """What list_head and pager (_parts.html) show; None when the list is one page."""
        if paged.count == 1:
            return None
        links = Links(page_url)
        href = lambda n: links.page(paged.path(n))
        title = title or label(paging.TITLES[paged.name], self.lang)
        return {
            "n": page, "count": paged.count, "total": len(paged.rows),
            "first": paged.first(page) + 1, "last": paged.first(page) + len(paged.rows_of(page)),
            "title": label("page_title", self.lang, title=title, n=page, total=paged.count),
            "start": href(1), "prev": href(page - 1) if page > 1 else None,
            "next": href(page + 1) if page < paged.count else None,
            "numbers": [(n, href(n) if n else None) for n in paging.window(page, paged.count)],
        }

    def _provenance(self, kind: str, key: str, record_kind: str | None = None) -> dict:
        """Citation, permanent link, data download and last change of a record page."""
        spec = self.plan.spec(kind, key)
        updated = self.updated.get(spec.data_file)
        return {
            "citation": citation(self.index, spec, self.lang, self.site_url, updated),
            "updated": updated,
            "data_file": spec.data_file,
            "json": f"data/{record_kind or 'municipalities'}/{key}.json",
            "feed": "feed.xml" if kind == "municipality" else None,
        }

    def _cited(self, *groups) -> list[model.Source]:
        """Sources cited by the given records, in order of first citation."""
        ids = []
        for group in groups:
            for record in group:
                ids.extend(c.source for c in record.sources)
        return [self.index.sources[i] for i in dict.fromkeys(ids)]


def _figure_macro(name: str) -> typing.Callable[..., Markup]:
    def view(renderer: Renderer, page_url: str) -> Markup:
        return renderer._embedded(name, page_url)
    view.__name__ = name
    return view


for _name in Renderer._FIGURES:
    macro(_figure_macro(_name))
