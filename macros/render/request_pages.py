"""Asking for what the sources do not show (Law 4982): a municipality's request and research pages,
/requests/missing/ with the log of filed requests, and the about pages' macros (the rules behind a
request, the deadline helper, the objection letters, how this copy takes corrections)."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from .. import accountability
from ..data import model
from ..data.model import doc
from ..publish.linked_data import to_script_json
from . import district_page
from .context import Pager, RenderContext
from .district_page import one_line
from .provenance import issue_url, missing_tie_url
from .templates import TemplateContext


@dataclass(frozen=True)
class DistrictRequestPage(TemplateContext):
    TEMPLATE = "district_request.html"
    district: model.District = doc("the municipality (its published contact: district.contact)")
    foreign: list[district_page.TieRow] = doc("its foreign ties")
    letters: list[district_page.Letter] = doc("the ready letters: to the municipality, to the ministry's body")
    report: str = doc('where a reader reports a request filed or answered; "" when this copy takes none')
    cited: list[model.Source] = doc("the sources of the published contact")


def district_request(ctx: RenderContext, page_url: str, slug: str, page: int = 1) -> DistrictRequestPage:
    district = ctx.index.districts[slug]
    foreign, _ = ctx.ties[slug]
    return DistrictRequestPage(district=district, foreign=foreign,
                               letters=district_page.letters(ctx.index, district, foreign, ctx.lang),
                               report=issue_url(ctx, "request", district=district.name),
                               cited=ctx.cited([district.contact] if district.contact else []))


@dataclass(frozen=True)
class DistrictResearchPage(TemplateContext):
    TEMPLATE = "district_research.html"
    district: model.District = doc("the municipality (what we searched: district.coverage)")
    report: str = doc('where a reader reports a tie we missed; "" when this copy takes no reports')


def district_research(ctx: RenderContext, page_url: str, slug: str, page: int = 1) -> DistrictResearchPage:
    district = ctx.index.districts[slug]
    return DistrictResearchPage(district=district, report=missing_tie_url(ctx, district.name))


@dataclass(frozen=True)
class Filed:
    """A line of the log of filed requests."""
    district: model.District
    request: model.InformationRequest
    status: str                 # accountability.request_status as of the build date
    due: str                    # the answer's due date (ISO)


@dataclass(frozen=True)
class RequestsPage(TemplateContext):
    TEMPLATE = "requests.html"
    page: int = doc("which page of the list this is, from 1")
    pager: Pager | None = doc("its numbered pages; None when it fits on one")
    rows: list[district_page.Missing] = doc("per municipality on this page, how many ties lack each document")
    filed: list[Filed] = doc("every filed request (on page 1 only)")
    build_date: str = doc("the date the statuses are as of (ISO)")


def requests_overview(ctx: RenderContext, page_url: str, page: int = 1) -> RequestsPage:
    """Per municipality, the foreign ties whose documents the sources do not show; then the filed requests."""
    paged = ctx.layout.lists["requests"]
    filed = [Filed(line.district, r, line.status[r.id], accountability.requests.due(r).isoformat())
             for line in ctx.scorecard.values() for r in line.district.requests] if page == 1 else []
    return RequestsPage(page=page, pager=ctx.pager(paged, page, page_url), filed=filed,
                        rows=[district_page.missing_summary(d, ctx.ties[d.slug][0]) for d in paged.rows_of(page)],
                        build_date=ctx.build_date.isoformat())


@dataclass(frozen=True)
class RequestRules(TemplateContext):
    TEMPLATE = "request_rules.html"
    rules: list[model.LegalRule] = doc("the rules on a request's form, deadline and counted days, in that order")


# The subjects of the rules a request follows, in the order a reader needs them.
REQUEST_SUBJECTS = ("request_form", "request_deadline", "information_request", "working_days")


def request_rules(ctx: RenderContext, page_url: str) -> RequestRules:
    """What a request must contain, when its answer period starts and ends, which days count and how to
    object: each rule's text as our data quotes it, what could not be verified, and a link to its sources."""
    return RequestRules(rules=sorted((r for r in ctx.index.portal.rules if r.subject in REQUEST_SUBJECTS),
                                     key=lambda r: (REQUEST_SUBJECTS.index(r.subject), r.in_force_from)))


@dataclass(frozen=True)
class ObjectionLetters(TemplateContext):
    TEMPLATE = "objection.html"
    letters: list[tuple[str, Markup]] = doc('("ret" | "cevapsiz", the letter on one physical line)')


def objection_letter(ctx: RenderContext, page_url: str) -> ObjectionLetters:
    return ObjectionLetters(letters=[(key, one_line(accountability.objection_text(unanswered=key == "cevapsiz")))
                                     for key in ("ret", "cevapsiz")])


@dataclass(frozen=True)
class DeadlineHelper(TemplateContext):
    TEMPLATE = "deadline.html"
    first: str = doc("the earliest filing date the holiday table covers (ISO)")
    last: str = doc("the latest (ISO)")
    next_year: int = doc("the first year whose holidays are an estimate")


def deadline_helper(ctx: RenderContext, page_url: str) -> DeadlineHelper:
    first, last = ctx.holiday_years()
    return DeadlineHelper(first=f"{first}-01-01", last=f"{last}-12-31", next_year=ctx.build_date.year + 1)


def holiday_script(ctx: RenderContext) -> dict[str, str]:
    """The deadline helper's holiday table, by site path (the plugin writes it)."""
    table = accountability.holiday_table(*ctx.holiday_years())
    return {"assets/javascripts/holidays.js":
            "/* Public holidays in Türkiye (from the holidays package, at build time). */\n"
            f"window.YD_HOLIDAYS = {to_script_json(table)};\n"}


@dataclass(frozen=True)
class CorrectionsRoute(TemplateContext):
    """Promises only the routes this copy has: never a form that is not there."""
    TEMPLATE = "corrections.html"
    repo: str = doc('the repository (its issue forms); "" when none is configured')
    email: str = doc('the contact address; "" when none is configured')


def corrections_route(ctx: RenderContext, page_url: str) -> CorrectionsRoute:
    return CorrectionsRoute(repo=ctx.repo_url, email=ctx.contact_email)

