"""The renderer the engine holds: one edition's page builders behind the calls the engine and the
hand-written pages make.

Each page family has its own module (record_pages, list_pages, request_pages, scorecard_page, lead_pages,
stats, home); a builder takes the build's RenderContext and returns its template's typed context, which
is drawn here (templates.draw). README.md says what every template receives.
"""
from __future__ import annotations

import datetime
import typing

import jinja2
from markupsafe import Markup

from ..data import kinds
from ..data.index import PortalIndex
from ..plan import paging
from ..plan.pages import PageSpec, SitePlan
from . import home, lead_pages, list_pages, record_pages, request_pages, scorecard_page, stats, templates, wording
from .context import RenderContext
from .request_pages import holiday_script
from .templates import TemplateContext

View = typing.Union[TemplateContext, Markup]

# PageSpec.shows -> the builder of a page about one subject (a slug, an id, a country code, a lead kind).
# A record kind with a page of its own (kinds.WITH_PAGE) is shown by its name, drawn by its builder in
# record_pages.BY_KIND (a kind declared without one fails here, at import).
SUBJECT_PAGES: dict[str, typing.Callable[..., TemplateContext]] = {
    "municipality": record_pages.municipality,
    **{kind.name: record_pages.BY_KIND[kind.name] for kind in kinds.WITH_PAGE},
    "country": record_pages.country,
    "district_request": request_pages.district_request, "district_research": request_pages.district_research,
    "leads": lead_pages.leads_of_kind,
}

# Paged overview list (paging.overview_lists) -> the builder of one of its pages; each is also a macro of
# the hand-written page that shows its first page. A record kind's overview list (RecordKind.overview) is
# named by its key, drawn by its builder in list_pages.BY_KIND.
LIST_PAGES: dict[str, typing.Callable[..., View]] = {
    "municipalities": list_pages.municipalities_table,
    **{kind.key: list_pages.BY_KIND[kind.name] for kind in kinds.KINDS if kind.overview},
    "countries": list_pages.countries_table, "networks": list_pages.networks_table,
    "sources": list_pages.sources_list, "rules": list_pages.legal_rules_list,
    "requests": request_pages.requests_overview, "fields": list_pages.field_reference,
}

# The hand-written pages' other macros (``{{ headline() }}``): builders of one page, no numbering.
SINGLE_MACROS: tuple[typing.Callable[..., View], ...] = (
    stats.headline, stats.timeline_list, home.district_picker, lead_pages.leads_list,
    request_pages.request_rules, request_pages.corrections_route, request_pages.objection_letter,
    request_pages.deadline_helper)


class Renderer:
    """Draws the pages that the plan (macros/plan/pages.py) lists, and the hand-written pages' macros."""

    def __init__(self, index: PortalIndex, plan: SitePlan, lang: str = "tr", site_url: str = "",
                 updated: dict[str, str] | None = None, bytecode_cache: jinja2.BytecodeCache | None = None,
                 repo_url: str = "", contact_email: str = "", *, build_date: datetime.date):
        self.ctx = RenderContext(index=index, plan=plan, lang=lang, build_date=build_date, site_url=site_url,
                                 repo_url=repo_url.rstrip("/"), contact_email=contact_email, updated=updated or {})
        self.env = templates.environment(self.ctx, bytecode_cache)
        self.figures = stats.Figures(self.ctx)

    # What the engine and the tests read of the build.
    @property
    def layout(self) -> paging.Layout:
        return self.ctx.layout

    @property
    def build_date(self) -> datetime.date:
        return self.ctx.build_date

    def draw(self, view: View, page_url: str) -> Markup:
        return view if isinstance(view, Markup) else templates.draw(self.env, view, page_url)

    # --- what the engine calls ------------------------------------------------------------

    def page(self, spec: PageSpec, page_url: str) -> Markup:
        """The HTML of a generated page (the plan's PageSpec)."""
        return self.view(spec.shows, page_url, spec.subject, spec.number)

    def view(self, shows: str, page_url: str, subject: str = "", page: int = 1) -> Markup:
        """Page `page` of what a PageSpec shows: a subject's page, or an overview list's."""
        if shows in SUBJECT_PAGES:
            return self.draw(SUBJECT_PAGES[shows](self.ctx, page_url, subject, page), page_url)
        if shows == "scorecard":  # its builder also takes the chart, drawn once per build (self.figures)
            return self.scorecard_table(page_url, page)
        return self.draw(LIST_PAGES[shows](self.ctx, page_url, page), page_url)

    def scorecard_table(self, page_url: str, page: int = 1) -> Markup:
        chart = self.figures.embedded("score_chart", page_url) if page == 1 else Markup("")
        return self.draw(scorecard_page.scorecard_table(self.ctx, page_url, page, chart), page_url)

    def period_line(self) -> str:
        """The footer's sentence on the years the data covers."""
        return wording.period_line(self.ctx)

    def source_labels(self, record: typing.Any) -> list[str]:
        return wording.source_labels(self.ctx, record)

    def svg_files(self) -> dict[str, str]:
        """The map's and the charts' SVG files, by site path (the plugin writes them into the site)."""
        return self.figures.files()

    def script_files(self) -> dict[str, str]:
        """Scripts generated from data, by site path (the plugin writes them): the deadline helper's holidays."""
        return holiday_script(self.ctx)

    def list_rows_files(self) -> dict[str, str]:
        """Every row of a paged, filtered list, by site path: the filter (filters.js) loads them."""
        return list_pages.list_rows_files(self.ctx, self.env)


# The hand-written pages' macros by the name they are called with (``{{ agreements_table() }}``): the one
# list of them (macros/__init__.py registers each with mkdocs-macros). Each is called with the renderer.
MACROS: dict[str, typing.Callable[..., Markup]] = {}


def _macro(name: str, view: typing.Callable[..., Markup]) -> None:
    view.__name__ = name
    MACROS[name] = view


def _list_macro(name: str) -> typing.Callable[..., Markup]:
    return lambda renderer, page_url, page=1: renderer.view(name, page_url, page=page)


def _single_macro(builder: typing.Callable[..., View]) -> typing.Callable[..., Markup]:
    return lambda renderer, page_url: renderer.draw(builder(renderer.ctx, page_url), page_url)


def _figure_macro(name: str) -> typing.Callable[..., Markup]:
    return lambda renderer, page_url: renderer.figures.embedded(name, page_url)


for _name, _builder in LIST_PAGES.items():
    _macro(_builder.__name__, _list_macro(_name))
_macro("scorecard_table", Renderer.scorecard_table)
for _builder in SINGLE_MACROS:
    _macro(_builder.__name__, _single_macro(_builder))
for _name in stats.FIGURES:
    _macro(_name, _figure_macro(_name))
