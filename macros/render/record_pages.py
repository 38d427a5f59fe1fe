"""The pages of one record: a municipality (numbered when it has many records), an agreement, a project, and
the ties of one country."""
from __future__ import annotations

import typing
from dataclasses import dataclass

from .. import accountability
from ..accountability.legal_trail import Step
from ..data import kinds, model
from ..data.model import doc
from ..i18n import label
from ..plan import paging, urls
from . import district_page
from .context import Pager, RenderContext, grouped
from .provenance import Provenance, missing_tie_url, provenance
from .templates import TemplateContext


@dataclass(frozen=True)
class MunicipalityPage(TemplateContext):
    """Page 1 shows every tie; memberships, projects and activities follow and may continue on later pages."""
    TEMPLATE = "municipality.html"
    district: model.District = doc("the municipality")
    page: int = doc("which page of the municipality this is, from 1")
    pager: Pager | None = doc("its numbered pages; None when it fits on one")
    answer: str = doc('the first sentence: "does my municipality have ties abroad?" (district_page.answer)')
    has_records: bool = doc("whether any source names a record of it")
    foreign: list[district_page.TieRow] = doc("every foreign tie with its legal trail, dated first by date")
    domestic: list[district_page.TieRow] = doc("every tie within Türkiye, in the same order")
    compact: bool = doc("many ties: their table keeps the columns a reader scans")
    memberships: tuple[model.Membership, ...] = doc("the memberships on this page")
    projects: tuple[model.Project, ...] = doc("the projects on this page")
    grouped_activities: list[tuple[str, list[model.Activity]]] = doc(
        "the activities on this page by kind, in the order the registry declares (kinds: activity.grouped)")
    missing: int = doc("how many documents the municipality's letter asks for")
    request_path: str = doc("its request page")
    research_path: str = doc("its research page (what we searched)")
    score: accountability.Line = doc("its scorecard line (scoreline.html)")
    report: str = doc('where a reader reports a tie we missed; "" when this copy takes no reports')
    cited: list[model.Source] = doc("the sources of this page's records (listed on later pages)")
    provenance: Provenance = doc("citation, data file and last change (provenance_section)")


def municipality(ctx: RenderContext, page_url: str, slug: str, page: int = 1) -> MunicipalityPage:
    district = ctx.index.districts[slug]
    paged = ctx.layout.municipalities[slug]
    shown = paging.Records.of(paged.rows_of(page))
    foreign, domestic = ctx.ties[slug]
    return MunicipalityPage(
        district=district, page=page,
        pager=ctx.pager(paged, page, page_url, label("municipality_of", ctx.lang, name=district.name)),
        answer=district_page.answer(district, foreign, domestic, ctx.lang),
        has_records=ctx.index.has_records(district), foreign=foreign, domestic=domestic,
        compact=len(district.agreements) > paging.COMPACT_TIES,
        memberships=shown.membership, projects=shown.project,
        grouped_activities=grouped(kinds.BY_NAME["activity"], shown.activity),
        missing=district_page.missing_count(foreign),
        request_path=urls.district_request(slug), research_path=urls.district_research(slug),
        score=ctx.scorecard[slug], report=missing_tie_url(ctx, district.name),
        cited=ctx.cited(shown.agreement, shown.membership, shown.project, shown.activity),
        provenance=provenance(ctx, "municipality", slug, page_url))


@dataclass(frozen=True)
class AgreementPage(TemplateContext):
    TEMPLATE = str(kinds.BY_NAME["agreement"].template)
    agreement: model.Agreement = doc("the tie")
    district: model.District = doc("its municipality")
    row: district_page.TieRow = doc("the tie with its evidence (newest dated source, partner's side)")
    steps: tuple[Step, ...] = doc("its legal trail: each step, documented or not, and the rules asking for it")
    predates: model.LegalRule | None = doc("the earliest rule of our data, when the tie is older than it")
    requests: list[district_page.Letter] = doc("the tie's own letter to the municipality, when one is needed")
    ministry_letter: str = doc('the request page holding the ministry letter; "" when none is needed')
    related_projects: list[model.Project] = doc("projects under the tie")
    related_activities: list[model.Activity] = doc("activities under the tie")
    provenance: Provenance = doc("citation, data file and last change (provenance_section)")


def agreement(ctx: RenderContext, page_url: str, record_id: str, page: int = 1) -> AgreementPage:
    agreement = ctx.index.agreements[record_id]
    district = ctx.index.district_of[record_id]
    related = ctx.index.under_agreement.get(record_id, [])
    row = district_page.TieRow(agreement, ctx.index.evidence(agreement),
                               accountability.trail(agreement, ctx.index.portal.rules, district.requests))
    # The tie's own letter to the municipality; the ministry letter is one for all of the municipality's
    # ties, on its request page (a page per tie would repeat it).
    letters = district_page.letters(ctx.index, district, [row], ctx.lang, stem=agreement.id) \
        if not agreement.domestic else []
    return AgreementPage(
        agreement=agreement, district=district, row=row, steps=row.steps,
        predates=accountability.legal_trail.predates_rules(agreement, ctx.index.portal.rules),
        requests=[r for r in letters if r.key == "belediye"],
        ministry_letter=urls.district_request(district.slug) if any(r.key == "bakanlik" for r in letters) else "",
        related_projects=[r for r in related if isinstance(r, model.Project)],
        related_activities=[r for r in related if isinstance(r, model.Activity)],
        provenance=provenance(ctx, "agreement", record_id, page_url, kinds.BY_NAME["agreement"].key))


@dataclass(frozen=True)
class ProjectPage(TemplateContext):
    TEMPLATE = str(kinds.BY_NAME["project"].template)
    project: model.Project = doc("the project")
    district: model.District = doc("its municipality")
    provenance: Provenance = doc("citation, data file and last change (provenance_section)")


def project(ctx: RenderContext, page_url: str, record_id: str, page: int = 1) -> ProjectPage:
    return ProjectPage(project=ctx.index.projects[record_id], district=ctx.index.district_of[record_id],
                       provenance=provenance(ctx, "project", record_id, page_url, kinds.BY_NAME["project"].key))


# The page of one record, by its kind's name (kinds.WITH_PAGE; renderer.SUBJECT_PAGES reads it).
BY_KIND: dict[str, typing.Callable[..., TemplateContext]] = {"agreement": agreement, "project": project}


@dataclass(frozen=True)
class CountryPage(TemplateContext):
    TEMPLATE = "country.html"
    code: str = doc("the country's ISO code")
    name: str = doc("its name in the edition's language")
    page: int = doc("which page of the country's ties this is, from 1")
    pager: Pager | None = doc("its numbered pages; None when it fits on one")
    ties: paging.Records = doc("the agreements, projects and activities on this page")


def country(ctx: RenderContext, page_url: str, code: str, page: int = 1) -> CountryPage:
    name = ctx.index.countries.name(code, ctx.lang)
    paged = ctx.layout.countries[code]
    return CountryPage(code=code, name=name, page=page, ties=paging.Records.of(paged.rows_of(page)),
                       pager=ctx.pager(paged, page, page_url, label("country_page_title", ctx.lang, name=name)))
