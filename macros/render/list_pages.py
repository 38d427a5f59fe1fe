"""The overview lists (plan/paging.overview_lists), each a page or numbered pages: municipalities,
agreements, projects, activities, countries, networks, sources, legal rules and the field reference; and
every row of the filtered lists, for their filter."""
from __future__ import annotations

import json
import typing
from collections import Counter
from dataclasses import dataclass

import jinja2

from .. import i18n
from ..data import kinds, model
from ..data.index import CountryTies
from ..data.model import doc
from ..plan import paging
from ..plan.urls import Links
from .context import Pager, RenderContext, grouped
from .templates import TemplateContext, strip_lines

PAGER = "its numbered pages; None when the list fits on one"


@dataclass(frozen=True)
class MunicipalitiesList(TemplateContext):
    TEMPLATE = "municipalities.html"
    districts: tuple[model.District, ...] = doc("the municipalities on this page")
    has_records: typing.Callable[[model.District], bool] = doc("whether any source names a record of one")
    pager: Pager | None = doc(PAGER)


def municipalities_table(ctx: RenderContext, page_url: str, page: int = 1) -> MunicipalitiesList:
    districts, pager = ctx.list_page("municipalities", page, page_url)
    return MunicipalitiesList(districts=districts, has_records=ctx.index.has_records, pager=pager)


@dataclass(frozen=True)
class AgreementsList(TemplateContext):
    """Its `row` macro also draws rows.json (list_rows_files), with `link` alone."""
    TEMPLATE = "agreements.html"
    rows: tuple[model.Agreement, ...] = doc("the agreements on this page")
    pager: Pager | None = doc(PAGER)


def agreements_table(ctx: RenderContext, page_url: str, page: int = 1) -> AgreementsList:
    rows, pager = ctx.list_page("agreements", page, page_url)
    return AgreementsList(rows=rows, pager=pager)


@dataclass(frozen=True)
class ProjectsList(TemplateContext):
    TEMPLATE = "projects.html"
    rows: tuple[model.Project, ...] = doc("the projects on this page")
    pager: Pager | None = doc(PAGER)


def projects_table(ctx: RenderContext, page_url: str, page: int = 1) -> ProjectsList:
    rows, pager = ctx.list_page("projects", page, page_url)
    return ProjectsList(rows=rows, pager=pager)


@dataclass(frozen=True)
class ActivitiesList(TemplateContext):
    TEMPLATE = "activities.html"
    grouped: list[tuple[str, list[model.Activity]]] = doc("the activities on this page, by kind")
    totals: Counter[str] = doc("activity kind -> how many in the whole list")
    pager: Pager | None = doc(PAGER)


def activities_list(ctx: RenderContext, page_url: str, page: int = 1) -> ActivitiesList:
    paged = ctx.layout.lists["activities"]
    return ActivitiesList(grouped=grouped(kinds.BY_NAME["activity"], paged.rows_of(page)),
                          totals=Counter(a.kind for a in paged.rows), pager=ctx.pager(paged, page, page_url))


# The overview list of a record kind (RecordKind.overview), by its name: renderer.LIST_PAGES reads it.
BY_KIND: dict[str, typing.Callable[..., TemplateContext]] = {
    "agreement": agreements_table, "project": projects_table, "activity": activities_list}


@dataclass(frozen=True)
class CountriesList(TemplateContext):
    TEMPLATE = "countries.html"
    codes: tuple[str, ...] = doc("the countries on this page, by their ties")
    ties: typing.Mapping[str, CountryTies] = doc("country code -> its agreements, projects and activities")
    pager: Pager | None = doc(PAGER)


def countries_table(ctx: RenderContext, page_url: str, page: int = 1) -> CountriesList:
    codes, pager = ctx.list_page("countries", page, page_url)
    return CountriesList(codes=codes, ties=ctx.index.by_country, pager=pager)


@dataclass(frozen=True)
class NetworksList(TemplateContext):
    TEMPLATE = "networks.html"
    grouped: list[tuple[model.Network, list[model.Membership], bool, list[model.Activity]]] = doc(
        "(network, its members on this page, whether its entry (id, details) is on this page, "
        "activities naming it)")
    members: typing.Mapping[str, list[model.Membership]] = doc("network id -> every membership of it")
    pager: Pager | None = doc(PAGER)


def networks_table(ctx: RenderContext, page_url: str, page: int = 1) -> NetworksList:
    paged = ctx.layout.lists["networks"]
    grouped: list[tuple[model.Network, list[model.Membership], bool, list[model.Activity]]] = []
    for network, record in paged.rows_of(page):
        if not grouped or grouped[-1][0] is not network:
            grouped.append((network, [], ctx.network_pages[network.id] == paged.path(page), []))
        if isinstance(record, model.Membership):
            grouped[-1][1].append(record)
        elif record is not None:
            grouped[-1][3].append(record)  # an activity naming the network
    return NetworksList(grouped=grouped, members=ctx.index.members, pager=ctx.pager(paged, page, page_url))


@dataclass(frozen=True)
class SourcesList(TemplateContext):
    """Its `row` macro also draws rows.json (list_rows_files), with `link` alone."""
    TEMPLATE = "sources.html"
    all_sources: tuple[model.Source, ...] = doc("the sources on this page")
    pager: Pager | None = doc(PAGER)


def sources_list(ctx: RenderContext, page_url: str, page: int = 1) -> SourcesList:
    rows, pager = ctx.list_page("sources", page, page_url)
    return SourcesList(all_sources=rows, pager=pager)


@dataclass(frozen=True)
class LegalRulesList(TemplateContext):
    TEMPLATE = "legal_rules.html"
    rules: tuple[model.LegalRule, ...] = doc("the rules on this page")
    pager: Pager | None = doc(PAGER)


def legal_rules_list(ctx: RenderContext, page_url: str, page: int = 1) -> LegalRulesList:
    rows, pager = ctx.list_page("rules", page, page_url)
    return LegalRulesList(rules=rows, pager=pager)


@dataclass(frozen=True)
class FieldReference(TemplateContext):
    TEMPLATE = "fields.html"
    sections: list[tuple[str, list[i18n.FieldRow]]] = doc("(record kind, its fields) on this page")
    pager: Pager | None = doc(PAGER)


def field_reference(ctx: RenderContext, page_url: str, page: int = 1) -> FieldReference:
    """Every field of every record kind, with its meaning and what is allowed: from the model, in the
    edition's language (the Turkish texts: i18n.FIELD_DOCS_TR, RULE_DOCS_TR)."""
    paged = ctx.layout.lists["fields"]
    return FieldReference(sections=[(title, i18n.field_rows(cls, ctx.lang)) for title, cls in paged.rows_of(page)],
                          pager=ctx.pager(paged, page, page_url))


# Paged lists whose filter sees every row (their template has a `row` macro and names rows.json).
FILTERED_LISTS: tuple[paging.ListName, ...] = ("agreements", "sources")


def list_rows_files(ctx: RenderContext, env: jinja2.Environment) -> dict[str, str]:
    """Every row of a paged, filtered list as HTML with links from the site's root, by site path: the
    filter (filters.js) loads them so that it sees the whole list, not one page of it."""
    out = {}
    for name in FILTERED_LISTS:
        paged = ctx.layout.lists[name]
        if paged.count == 1:
            continue
        module = env.get_template(f"{name}.html").make_module({"link": Links("")})
        row = module.row  # type: ignore[attr-defined]  # the template's macro: the page's rows are drawn alike
        # A file that filters.js fetches and parses, never put inside a <script>: "<" as itself, not as \u003c
        # (six bytes for one, ~35 % of the file).
        rows = {"rows": [str(strip_lines(str(row(r)))) for r in paged.rows]}
        out[f"{paged.section}/rows.json"] = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return out
