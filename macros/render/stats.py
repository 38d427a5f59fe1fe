"""The numbers: the home page's headline, the map and the charts (SVG drawn here, served from the site itself,
nothing loaded from elsewhere), and the timeline of agreements and projects."""
from __future__ import annotations

import functools
import typing
from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup

from ..data import kinds, model
from ..data.model import doc
from ..i18n import enum_label, label
from ..plan.pages import record_title
from ..plan.urls import Links
from . import charts, scorecard_page
from .context import RenderContext, grouped
from .templates import TemplateContext

# The stats page lists the latest this many agreements and projects; the lists have them all.
TIMELINE_ITEMS = 20


@dataclass(frozen=True)
class Headline(TemplateContext):
    TEMPLATE = "headline.html"
    numbers: dict[str, int] = doc("agreements, domestic, countries, other_countries, projects, activities, "
                                  "with, without (municipalities with and without records)")
    official: tuple[model.OfficialCount, ...] = doc("the official counts our data is compared with")
    compared: dict[str, dict[str, int]] = doc("official count id -> our foreign ties begun by its year "
                                              "(by_year), after it, or undated")


def headline(ctx: RenderContext, page_url: str) -> Headline:
    index = ctx.index
    with_records = [d for d in index.portal.districts if index.has_records(d)]
    numbers = {
        "agreements": len(index.foreign_agreements),
        "domestic": len(index.domestic_agreements),
        "countries": len(index.agreement_countries()),
        "other_countries": len(index.partner_countries() - index.agreement_countries()),
        "projects": len(index.projects),
        "activities": len(index.activities),
        "with": len(with_records),
        "without": len(index.portal.districts) - len(with_records),
    }
    return Headline(numbers=numbers, official=index.portal.official_counts,
                    compared={count.id: _compared_with(ctx, count.year) for count in index.portal.official_counts})


def _compared_with(ctx: RenderContext, year: int) -> dict[str, int]:
    """The foreign ties as an official count of `year` could have counted them: begun by its end, later, or
    of unknown start."""
    dates = [a.date for a in ctx.index.foreign_agreements]
    return {"by_year": sum(1 for d in dates if d and int(d[:4]) <= year),
            "after": sum(1 for d in dates if d and int(d[:4]) > year),
            "undated": sum(1 for d in dates if not d)}


def timeline_list(ctx: RenderContext, page_url: str) -> Markup:
    """Agreements and projects by year (latest first, undated last), each linked to its page."""
    links, lang, index = Links(page_url), ctx.lang, ctx.index
    items = [(int(a.date[:4]) if a.date else None, record_title(index, a, lang), links.agreement(a.id))
             for a in index.agreements.values()]
    items += [(int(p.date[:4]) if p.date else None, f"{index.district_of[p.id].name}: {record_title(index, p, lang)}",
               links.project(p.id)) for p in index.projects.values()]
    rest = Markup("{} · {}").format(
        Markup('<a href="{}">{}</a>').format(links.page("agreements"), label("all_agreements", lang)),
        Markup('<a href="{}">{}</a>').format(links.page("projects"), label("all_projects", lang)))
    return charts.year_list(items, title=label("chart_timeline_title", lang), lang=lang,
                            caption=label("chart_timeline_caption", lang), limit=TIMELINE_ITEMS, rest=rest)


# --- the map and the charts ------------------------------------------------------------------------

def _country_rows(ctx: RenderContext, links: Links) -> tuple[list[str], dict[str, int], dict[str, str]]:
    codes = list(ctx.index.country_codes())
    return codes, {c: ctx.index.by_country[c].total for c in codes}, {c: links.country(c) for c in codes}


def partner_map(ctx: RenderContext, page_url: str, files: dict[str, str]) -> Markup:
    lang = ctx.lang
    codes, counts, hrefs = _country_rows(ctx, Links(page_url))
    caption = label("chart_map_caption", lang) + " " + label("chart_map_table_below", lang)
    return charts.world_map(
        counts, names={c: ctx.index.countries.name(c, lang) for c in codes}, hrefs=hrefs,
        title=label("chart_map_title", lang), caption=caption, files=files, with_table=False,
        lang=lang, table_headers=(label("country", lang), label("chart_ties", lang)))


def countries_chart(ctx: RenderContext, page_url: str, files: dict[str, str]) -> Markup:
    lang, links = ctx.lang, Links(page_url)
    codes, counts, hrefs = _country_rows(ctx, links)
    rows = [(ctx.index.countries.name(c, lang), counts[c], hrefs[c]) for c in codes if c != model.HOME_COUNTRY]
    return charts.bar_chart(rows, title=label("chart_countries_title", lang),
                            caption=label("chart_countries_caption", lang), value_label=label("chart_ties", lang),
                            table_headers=(label("country", lang), label("chart_ties", lang)),
                            lang=lang, max_rows=12, files=files, file_name="chart-countries.svg",
                            full=(label("all_countries", lang), links.page("countries")))


def kinds_chart(ctx: RenderContext, page_url: str, files: dict[str, str]) -> Markup:
    lang, links = ctx.lang, Links(page_url)
    counts = Counter(a.kind for a in ctx.index.activities.values())
    paged = ctx.layout.lists["activities"]
    starts: dict[str, str] = {}
    for position, activity in enumerate(paged.rows):
        starts.setdefault(activity.kind, paged.path(paged.page_of(position)))
    # The kinds in the registry's order (RecordKind.grouped), where counts tie.
    order = [kind for kind, _ in grouped(kinds.BY_NAME["activity"], ctx.index.activities.values())]
    rows = [(enum_label("activity_kind", kind, lang), counts[kind], links.page(starts[kind]) + f"#{kind}")
            for kind in sorted(counts, key=lambda k: (-counts[k], order.index(k)))]
    return charts.bar_chart(rows, title=label("chart_kinds_title", lang),
                            value_label=label("activities", lang).lower(),
                            table_headers=(label("kind", lang), label("activities", lang)),
                            lang=lang, files=files, file_name="chart-kinds.svg")


def districts_chart(ctx: RenderContext, page_url: str, files: dict[str, str]) -> Markup:
    lang, links = ctx.lang, Links(page_url)
    totals = [(d, sum(len(getattr(d, k.key)) for k in kinds.PUBLISHED)) for d in ctx.index.portal.districts]
    rows = [(d.name, n, links.district(d.slug)) for d, n in sorted(totals, key=lambda x: -x[1]) if n]
    return charts.bar_chart(rows, title=label("chart_districts_title", lang),
                            caption=label("chart_districts_caption", lang, n=sum(1 for _, n in totals if not n)),
                            value_label=label("record", lang).lower(),
                            table_headers=(label("municipality", lang), label("record", lang)),
                            lang=lang, max_rows=15, files=files, file_name="chart-districts.svg",
                            full=(label("all_municipalities", lang), links.page("municipalities")))


def years_chart(ctx: RenderContext, page_url: str, files: dict[str, str]) -> Markup:
    dated: Counter[int] = Counter()
    undated = 0
    index = ctx.index
    for when in [*(a.date for a in index.agreements.values()), *(p.date for p in index.projects.values()),
                 *(a.date for a in index.activities.values())]:
        if when:
            dated[int(when[:4])] += 1
        else:
            undated += 1
    return charts.timeline(sorted(dated.items()), title=label("chart_years_title", ctx.lang),
                           caption=label("chart_years_caption", ctx.lang), lang=ctx.lang,
                           table_headers=(label("year", ctx.lang), label("record", ctx.lang)),
                           undated=undated, files=files, file_name="chart-years.svg")


Draw = typing.Callable[[RenderContext, str, dict[str, str]], Markup]

# macro name -> (the folder of the page that shows it, what draws it)
FIGURES: dict[str, tuple[str, Draw]] = {
    "partner_map": ("countries", partner_map), "countries_chart": ("stats", countries_chart),
    "kinds_chart": ("stats", kinds_chart), "districts_chart": ("stats", districts_chart),
    "years_chart": ("stats", years_chart), "score_chart": ("scorecard", scorecard_page.score_chart)}


class Figures:
    """The map and the charts embed their SVG from files beside the page that shows them (files()), so the
    links inside are relative to that page. Each is drawn once per build: the figure for the page and the
    file for the plugin come from the same drawing."""

    def __init__(self, ctx: RenderContext):
        self.ctx = ctx

    @functools.cached_property
    def _drawn(self) -> dict[str, tuple[str, Markup, dict[str, str]]]:
        """macro name -> (folder, figure, SVG files)."""
        out = {}
        for name, (folder, draw) in FIGURES.items():
            files: dict[str, str] = {}
            out[name] = (folder, draw(self.ctx, f"{folder}/", files), files)
        return out

    def embedded(self, name: str, page_url: str) -> Markup:
        """The figure with its <object> files' address relative to `page_url`."""
        folder, figure, _ = self._drawn[name]
        return Markup(str(figure).replace(' data="', f' data="{Links(page_url).page(folder)}'))

    def files(self) -> dict[str, str]:
        """The map's and the charts' SVG files, by site path (the plugin writes them into the site)."""
        return {f"{folder}/{file}": text for folder, _, files in self._drawn.values() for file, text in files.items()}
