"""Records -> HTML fragments. Everything from the data is escaped (Jinja autoescape).

The output is final HTML: the engine puts it into the page after Markdown has run (a generated
page's whole body, a macro's placeholder on a hand-written page), so it is never evaluated as a
template again and never parsed as Markdown.
"""
from __future__ import annotations

import datetime
import functools
from urllib.parse import quote, urlencode
import typing
from collections import Counter
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..data import model
from ..data.index import PortalIndex, partner_name, programme_name, project_countries
from ..plan import paging
from ..plan.pages import PageKind, PageSpec, SitePlan
from ..plan import urls
from ..plan.urls import Links
from ..publish.linked_data import apa, bibtex, citation, record_counts, to_script_json
from ..data.text import tr_sort_key
from .. import accountability
from . import charts, district_page, flags, home
from .. import i18n
from ..i18n import ENUMS, enum_label, label

TEMPLATES = Path(__file__).parent / "templates"

def format_date(value: str | None, lang: str) -> str:
    """'2017-06' -> 'Haziran 2017' / 'June 2017'; '2017-06-05' -> '5 Haziran 2017' (Babel, i18n.date)."""
    return i18n.date(value, lang)


# An excerpt longer than this is shown on the sources page (linked) rather than under each citation: a tie
# with many long sources would outgrow the 30 KB page budget.
EXCERPT_INLINE = 320

# Activities that may be official trips abroad: the trip rules of their date are shown with them.
TRIP_KINDS = ("visit", "study_trip")

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
                 updated: dict[str, str] | None = None, bytecode_cache: jinja2.BytecodeCache | None = None,
                 repo_url: str = "", contact_email: str = "", *, build_date: datetime.date):
        self.index = index
        self.build_date = build_date  # statuses, the scorecard and the deadline helper are computed against it
        self.plan = plan
        self.lang = lang
        self.site_url = site_url
        self.repo_url = repo_url.rstrip("/")
        self.contact_email = contact_email
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
            flag=flags.flag_class,
            subdivision_name=lambda code: index.countries.subdivision_name(code, lang),
            date=lambda value: format_date(value, lang),
            number=lambda n: i18n.number(n, lang),
            status=self.status_text,
            source_labels=self.source_labels,
            record_counts=lambda district: record_counts(district, lang),
            missing_tie=self.missing_tie_url,
            request_report=lambda links, district: self._issue_url("request", links, district=district),
            programme_name=lambda pid: programme_name(index.programmes[pid], lang),
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
            # A text we write, in the edition's language (model.in_language: field or field_en).
            local=lambda record, field: model.in_language(record, field, lang),
            activity_page=lambda record: self.layout.activity_page[record.id],
            network_page=lambda network_id: self._network_pages[network_id],
            apa=apa,
            # One physical line: the renderer strips each line, which would eat the entry's indentation.
            bibtex=lambda source: Markup("&#10;").join(bibtex(source).splitlines()),
            period=lambda rule: f"{format_date(rule.in_force_from, lang)} – {format_date(rule.in_force_until, lang)}"
            if rule.in_force_until else label("since_date", lang, date=format_date(rule.in_force_from, lang)),
            trip_rules=self._trip_rules,
            source_page=lambda source_id: self._source_pages[source_id],
            rule_page=lambda rule_id: self._rule_pages[rule_id],
            request_page=urls.district_request,
            EXCERPT_INLINE=EXCERPT_INLINE,
            translation=lambda citation: getattr(citation, f"translation_{lang}", None),
            language_name=lambda code: i18n.language_name(code, lang),
            source_districts=lambda source_id: index.source_districts.get(source_id, []),
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
        if spec.shows == "district_request":
            return self.district_request(spec.subject, page_url)
        if spec.shows == "district_research":
            return self.district_research(spec.subject, page_url)
        if spec.shows == "agreement":
            return self.agreement(spec.subject, page_url)
        if spec.shows == "project":
            return self.project(spec.subject, page_url)
        if spec.shows == "country":
            return self.country(spec.subject, page_url, spec.number)
        if spec.shows == "leads":
            return self.leads_of_kind(spec.subject, page_url, spec.number)
        return self.list_views()[spec.shows](page_url, spec.number)

    def list_views(self) -> dict[str, typing.Callable[[str, int], Markup]]:
        """Paged overview list (paging.overview_lists) -> the view of one of its pages."""
        return {"municipalities": self.municipalities_table, "agreements": self.agreements_table,
                "projects": self.projects_table, "activities": self.activities_list,
                "countries": self.countries_table, "networks": self.networks_table, "sources": self.sources_list,
                "rules": self.legal_rules_list, "scorecard": self.scorecard_table,
                "requests": self.requests_overview, "fields": self.field_reference}

    # --- record pages --------------------------------------------------------------------

    def municipality(self, slug: str, page_url: str, page: int = 1) -> Markup:
        district = self.index.districts[slug]
        paged = self.layout.municipalities[slug]
        shown = paging.Records.of(paged.rows_of(page))
        activities: dict[str, list[model.Activity]] = {}
        for activity in shown.activity:
            activities.setdefault(activity.kind, []).append(activity)
        grouped = [(kind, activities[kind]) for kind in model.ACTIVITY_KINDS if kind in activities]
        foreign, domestic = self._ties[slug]
        return self._render(
            "municipality.html", page_url, district=district, grouped_activities=grouped,
            has_records=self.index.has_records(district), page=page,
            foreign=foreign, domestic=domestic, memberships=shown.membership, projects=shown.project,
            compact=len(district.agreements) > paging.COMPACT_TIES,
            answer=district_page.answer(district, foreign, domestic, self.lang),
            missing=district_page.missing_count(foreign),
            request_path=urls.district_request(slug), research_path=urls.district_research(slug),
            pager=self._pager(paged, page, page_url, label("municipality_of", self.lang, name=district.name)),
            provenance=self._provenance("municipality", slug, page_url=page_url), score=self._scorecard[slug],
            cited=self._cited(shown.agreement, shown.membership, shown.project, shown.activity),
        )

    @functools.cached_property
    def _ties(self) -> dict[str, tuple[list[district_page.TieRow], list[district_page.TieRow]]]:
        """Municipality slug -> (foreign, domestic) tie rows with their legal trails, worked out once per build:
        every page of a municipality, its request page and /requests/missing/ read them."""
        return {d.slug: (district_page.tie_rows(self.index, d, domestic=False),
                         district_page.tie_rows(self.index, d, domestic=True)) for d in self.index.portal.districts}

    def district_request(self, slug: str, page_url: str) -> Markup:
        district = self.index.districts[slug]
        foreign, _ = self._ties[slug]
        return self._render("district_request.html", page_url, district=district, foreign=foreign,
                            letters=district_page.letters(self.index, district, foreign, self.lang),
                            cited=self._cited([district.contact] if district.contact else []))

    def district_research(self, slug: str, page_url: str) -> Markup:
        district = self.index.districts[slug]
        return self._render("district_research.html", page_url, district=district)

    def agreement(self, record_id: str, page_url: str) -> Markup:
        agreement = self.index.agreements[record_id]
        district = self.index.district_of[record_id]
        related = self.index.under_agreement.get(record_id, [])
        row = district_page.TieRow(agreement, self.index.evidence(agreement),
                                   accountability.trail(agreement, self.index.portal.rules, district.requests))
        # The tie's own letter to the municipality; the ministry letter is one for all of the municipality's
        # ties, on its request page (a page per tie would repeat it).
        letters = district_page.letters(self.index, district, [row], self.lang, stem=agreement.id) \
            if not agreement.domestic else []
        return self._render(
            "agreement.html", page_url, agreement=agreement, district=district, row=row,
            related_projects=[r for r in related if isinstance(r, model.Project)],
            related_activities=[r for r in related if isinstance(r, model.Activity)],
            provenance=self._provenance("agreement", record_id, "agreements", page_url),
            cited=self._cited([agreement]), steps=row.steps,
            requests=[r for r in letters if r.key == "belediye"],
            ministry_letter=urls.district_request(district.slug) if any(r.key == "bakanlik" for r in letters) else "",
            predates=accountability.legal_trail.predates_rules(agreement, self.index.portal.rules),
        )

    def project(self, record_id: str, page_url: str) -> Markup:
        project = self.index.projects[record_id]
        district = self.index.district_of[record_id]
        return self._render("project.html", page_url, project=project, district=district,
                            cited=self._cited([project]),
                            provenance=self._provenance("project", record_id, "projects", page_url))

    def country(self, code: str, page_url: str, page: int = 1) -> Markup:
        name = self.index.countries.name(code, self.lang)
        paged = self.layout.countries[code]
        ties = paging.Records.of(paged.rows_of(page))
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
        compared = {count.id: self._compared_with(count.year) for count in self.index.portal.official_counts}
        return self._render("headline.html", page_url, numbers=numbers, compared=compared,
                            official=self.index.portal.official_counts)

    def _compared_with(self, year: int) -> dict[str, int]:
        """The foreign ties as an official count of `year` could have counted them: begun by its end, later, or
        of unknown start."""
        dates = [a.date for a in self.index.foreign_agreements]
        return {"by_year": sum(1 for d in dates if d and int(d[:4]) <= year),
                "after": sum(1 for d in dates if d and int(d[:4]) > year),
                "undated": sum(1 for d in dates if not d)}

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
        grouped: list[tuple[str, list[model.Activity]]] = []
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
        # (network, its members, whether this page is the network's first, activities naming it)
        grouped: list[tuple[model.Network, list[model.Membership], bool, list[model.Activity]]] = []
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
        return self.layout.lists["networks"].pages_by(lambda row: row[0].id)

    # --- accountability: requests and scorecard -------------------------------------------------

    @functools.cached_property
    def _scorecard(self) -> dict:
        """Municipality slug -> its scorecard line, in the data's order (computed once per build)."""
        lines = accountability.scorecard(self.index.portal, self.build_date)
        return {line.district.slug: line for line in lines}

    @macro
    def requests_overview(self, page_url: str, page: int = 1) -> Markup:
        """Per municipality, the foreign ties whose documents the sources do not show; then the filed requests."""
        paged = self.layout.lists["requests"]
        rows = [district_page.missing_summary(d, self._ties[d.slug][0]) for d in paged.rows_of(page)]
        filed = [(line.district, r, line.status[r.id]) for line in self._scorecard.values()
                 for r in line.district.requests]
        return self._render("requests.html", page_url, rows=rows, filed=filed if page == 1 else [], page=page,
                            pager=self._pager(paged, page, page_url),
                            due=lambda r: accountability.requests.due(r).isoformat(),
                            build_date=self.build_date.isoformat())

    @macro
    def leads_list(self, page_url: str) -> Markup:
        """The kinds of question the data raises, each with how many and a link to its pages."""
        kinds = [(kind, sum(len(items) for _, items in paged.rows), paged.path(1))
                 for kind, paged in self.layout.leads.items()]
        return self._render("leads.html", page_url, kinds=kinds, build_date=self.build_date.isoformat())

    def leads_of_kind(self, kind: str, page_url: str, page: int = 1) -> Markup:
        """One kind of question, by municipality: each tie links its page (sources, legal trail, letter)."""
        paged = self.layout.leads[kind]
        return self._render("leads_kind.html", page_url, kind=kind, by_district=paged.rows_of(page), page=page,
                            pager=self._pager(paged, page, page_url, label(f"lead_{kind}_title", self.lang)),
                            build_date=self.build_date.isoformat())

    @macro
    def request_rules(self, page_url: str) -> Markup:
        """What a request must contain, when its answer period starts and ends, which days count and how to
        object: each rule's text as our data quotes it, what could not be verified, and a link to its sources."""
        order = ("request_form", "request_deadline", "information_request", "working_days")
        rules = sorted((r for r in self.index.portal.rules if r.subject in order),
                       key=lambda r: (order.index(r.subject), r.in_force_from))
        return self._render("request_rules.html", page_url, rules=rules)

    @macro
    def corrections_route(self, page_url: str) -> Markup:
        """How this copy of the portal takes corrections: its repository's forms, its e-mail address, or
        (neither configured) a plain statement that it has none, never a promise of a form that is not there."""
        return self._render("corrections.html", page_url, repo=self.repo_url, email=self.contact_email,
                            missing=self.missing_tie_url(Links(page_url)))

    @macro
    def objection_letter(self, page_url: str) -> Markup:
        letters = [(key, Markup("&#10;").join(accountability.objection_text(unanswered=key == "cevapsiz").splitlines()))
                   for key in ("ret", "cevapsiz")]
        return self._render("objection.html", page_url, letters=letters)

    @macro
    def legal_rules_list(self, page_url: str, page: int = 1) -> Markup:
        paged = self.layout.lists["rules"]
        return self._render("legal_rules.html", page_url, rules=paged.rows_of(page),
                            pager=self._pager(paged, page, page_url))

    @functools.cached_property
    def _rule_pages(self) -> dict[str, str]:
        return self.layout.lists["rules"].pages_by(lambda rule: rule.id)

    def _holiday_years(self) -> tuple[int, int]:
        # From Law 4982's first year to three years past the data's date: every request the log can hold.
        return 2004, self.build_date.year + 3

    @macro
    def deadline_helper(self, page_url: str) -> Markup:
        first, last = self._holiday_years()
        return self._render("deadline.html", page_url, first=f"{first}-01-01", last=f"{last}-12-31",
                            next_year=self.build_date.year + 1)

    # Paged lists whose filter sees every row (their template has a `row` macro and names rows.json).
    FILTERED_LISTS: tuple[paging.ListName, ...] = ("agreements", "sources")

    def list_rows_files(self) -> dict[str, str]:
        """Every row of a paged, filtered list as HTML with links from the site's root, by site path: the
        filter (filters.js) loads them so that it sees the whole list, not one page of it."""
        out = {}
        for name in self.FILTERED_LISTS:
            paged = self.layout.lists[name]
            if paged.count == 1:
                continue
            module = self.env.get_template(f"{name}.html").make_module({"link": Links("")})
            row = module.row  # type: ignore[attr-defined]  # the template's macro: the page's rows are drawn alike
            rows = ["\n".join(line.strip() for line in str(row(r)).splitlines() if line.strip()) for r in paged.rows]
            out[f"{paged.section}/rows.json"] = to_script_json({"rows": rows})
        return out

    def script_files(self) -> dict[str, str]:
        """Scripts generated from data, by site path (the plugin writes them): the holiday table of the deadline helper."""
        table = accountability.holiday_table(*self._holiday_years())
        return {"assets/javascripts/holidays.js":
                "/* Public holidays in Türkiye (from the holidays package, at build time). */\n"
                f"window.YD_HOLIDAYS = {to_script_json(table)};\n"}

    def _ranked(self) -> list:
        """Scored municipalities by their mean share of documented steps, then alphabetically (equal shares,
        the many at 0 %, in the order a reader looks a name up)."""
        return sorted((line for line in self._scorecard.values() if line.scorable),
                      key=lambda line: (-((line.council_share or 0) + (line.permission_share or 0)),
                                        tr_sort_key(line.district.name)))

    @macro
    def scorecard_table(self, page_url: str, page: int = 1) -> Markup:
        paged = self.layout.lists["scorecard"]
        shown = {d.slug for d in paged.rows_of(page)}
        ranked = [line for line in self._ranked() if line.district.slug in shown]
        unscored = sorted((self._scorecard[s] for s in shown if not self._scorecard[s].scorable),
                          key=lambda line: tr_sort_key(line.district.name))
        return self._render("scorecard.html", page_url, lines=ranked, unscored=unscored,
                            chart=self._embedded("score_chart", page_url) if page == 1 else "",
                            pager=self._pager(paged, page, page_url),
                            build_date=self.build_date.isoformat(),
                            pct=lambda share: "—" if share is None else charts.fmt_percent(round(100 * share),
                                                                                           self.lang))

    def _score_chart(self, page_url: str, files: dict) -> Markup:
        links = Links(page_url)
        rows = [(line.district.name, round(100 * ((line.council_share or 0) + (line.permission_share or 0)) / 2),
                 links.district(line.district.slug) + "#karne") for line in self._ranked() if line.foreign]
        return charts.bar_chart(rows, title=label("score_chart_title", self.lang),
                                caption=label("score_chart_caption", self.lang), value_label="%", lang=self.lang,
                                max_rows=10, full=(label("score_full_table", self.lang), "#karne-tablosu"),
                                table_headers=(label("municipality", self.lang), "%"),
                                files=files, file_name="chart-scorecard.svg", fmt=charts.fmt_percent)

    @functools.cached_property
    def _source_pages(self) -> dict[str, str]:
        """Source id -> the page of the sources list that shows it with its excerpt."""
        return self.layout.lists["sources"].pages_by(lambda source: source.id)

    def _trip_rules(self, activity: model.Activity):
        """None when the activity is not a dated trip abroad; else the trip rules in force on its date (maybe none)."""
        abroad = any(code != model.HOME_COUNTRY for code in activity.countries)
        if activity.kind not in TRIP_KINDS or not activity.date or not abroad:
            return None
        return accountability.legal_trail.trip_rules(activity, self.index.portal.rules)

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
        starts: dict[str, str] = {}
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
        dated: Counter[int] = Counter()
        undated = 0
        records = [*((a, a.date) for a in self.index.agreements.values()),
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
        "years_chart": ("stats", _years_chart), "score_chart": ("scorecard", _score_chart)}

    @macro
    def district_picker(self, page_url: str) -> Markup:
        return home.district_picker(self, page_url)

    @macro
    def timeline_list(self, page_url: str) -> Markup:
        """Agreements and projects by year (latest first, undated last), each linked to its page."""
        links = Links(page_url)
        items = [(int(a.date[:4]) if a.date else None,
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
    def field_reference(self, page_url: str, page: int = 1) -> Markup:
        """Every field of every record kind, with its meaning and what is allowed: from the model, in the
        edition's language (the Turkish texts: i18n.FIELD_DOCS_TR, RULE_DOCS_TR)."""
        paged = self.layout.lists["fields"]
        sections = [(title, i18n.field_rows(cls, self.lang)) for title, cls in paged.rows_of(page)]
        return self._render("fields.html", page_url, sections=sections, pager=self._pager(paged, page, page_url))

    # --- helpers -------------------------------------------------------------------------

    def source_labels(self, record: typing.Any) -> list[str]:
        """How a record's citations are named in one line ("Tablo 1; <title>"): each name once, though a
        record may quote one source twice or cite two pages that share a headline."""
        labels: list[str] = []
        for c in record.sources:
            text = label("table_n", self.lang, n=c.table) if c.table else self.index.sources[c.source].title
            if text not in labels:
                labels.append(text)
        return labels

    def status_text(self, record) -> str:
        """A status as of the date of its evidence: "Etkin, 2024 itibarıyla"; a project's "ongoing" from a
        2018 article reads "2018 itibarıyla sürüyor (kaynağa göre)", never as if it were said today."""
        if isinstance(record, model.Agreement):
            text = enum_label("agreement_status", record.status, self.lang)
            if record.status != "unknown" and record.status_as_of:
                return label("status_as_of", self.lang, status=text, date=record.status_as_of[:4])
            return text
        year = self.evidence_year(record)
        if record.status in ("ongoing", "planned") and year:
            return label(f"project_{record.status}_as_of", self.lang, year=year)
        return enum_label("project_status", record.status, self.lang)

    def period_line(self) -> str:
        """One sentence for every page's footer: the years the data covers and as of which source date."""
        p = self.index.period()
        if p["first"] is None:
            return ""
        return label("period_line", self.lang, first=p["first"], last=p["last"],
                     newest=format_date(p["newest_source"], self.lang), searched=format_date(p["searched"], self.lang))

    def source_dates(self, records) -> str:
        """ "2018–2024" (or "2018"): the years of the sources a page's records cite."""
        years = sorted({y for r in records for y in [self.evidence_year_of(c) for c in r.sources] if y})
        if not years:
            return ""
        dates = years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
        return label("source_dates", self.lang, dates=dates)

    def evidence_year_of(self, citation) -> str:
        source = self.index.sources[citation.source]
        return (source.published or source.accessed or "")[:4]

    def evidence_year(self, record) -> str:
        """Year of the newest cited source: its publication date, else the date we read it."""
        dates = [(self.index.sources[c.source].published or self.index.sources[c.source].accessed or "")
                 for c in record.sources]
        return max((d[:4] for d in dates if d), default="")

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

    def _provenance(self, kind: PageKind, key: str, record_kind: str | None = None, page_url: str = "") -> dict:
        """Citation, permanent link, data download and last change of a record page."""
        spec = self.plan.spec(kind, key)
        updated = self.updated.get(spec.data_file)
        return {
            "citation": citation(self.index, spec, self.lang, self.site_url, updated),
            "updated": updated,
            "data_file": spec.data_file,
            "json": urls.download(urls.record_json(record_kind or "municipalities", key)),
            "feed": "feed.xml" if kind == "municipality" else None,
            "as_of": self.source_dates(self._records_of(kind, key)),
            "report": self.report_url(key, spec.title, Links(page_url)),
            # Beside the repository's form, the e-mail route for readers without an account.
            "report_mail": self.mail_url(f"Düzeltme / Correction: {spec.title}", record=key) if self.repo_url else "",
            # The repository's copy where one is configured, else the copy the site publishes beside its pages.
            "data_file_url": (f"{self.repo_url}/blob/main/{spec.data_file}" if self.repo_url
                              else Links(page_url).root + spec.data_file) if spec.data_file else "",
        }

    # --- corrections from readers (issue forms in .github/ISSUE_TEMPLATE/, `portal from-issue`) ----------

    def _issue_url(self, form: str, links: "Links", **fields) -> str:
        """A new issue from the form, prefilled; without REPO_URL an e-mail with the same fields; with neither
        "": the page then offers no link (the about page says this copy has no address for corrections)."""
        if self.repo_url:
            return f"{self.repo_url}/issues/new?{urlencode({'template': f'{form}.yml', **fields})}"
        return self.mail_url(**fields)

    def mail_url(self, title: str = "", **fields) -> str:
        """mailto: the configured contact address, the subject and the fields as the body ("" without one)."""
        if not self.contact_email:
            return ""
        body = "\n".join(f"{key}: {value}" for key, value in fields.items())
        query = urlencode({"subject": title or label("report_error", self.lang), "body": body},
                          quote_via=quote)
        return f"mailto:{self.contact_email}?{query}"

    def report_url(self, record_id: str, title: str, links: "Links") -> str:
        return self._issue_url("correction", links, title=f"Düzeltme / Correction: {title}", record=record_id)

    def missing_tie_url(self, links: "Links", district: str = "") -> str:
        fields = {"district": district} if district else {}
        return self._issue_url("missing-tie", links, **fields)

    def _records_of(self, kind: str, key: str) -> list:
        if kind == "municipality":
            district = self.index.districts[key]
            return [r for k in model.RECORD_KINDS for r in getattr(district, k)]
        return [self.index.agreements[key] if kind == "agreement" else self.index.projects[key]]

    def _cited(self, *groups) -> list[model.Source]:
        """Sources cited by the given records, in order of first citation."""
        ids: list[str] = []
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
