"""/leads/ for journalists: the kinds of question the data raises (accountability/leads.py), and a page (or
numbered pages) per kind, by municipality. A lead is a question, never a finding."""
from __future__ import annotations

from dataclasses import dataclass

from ..accountability.leads import Lead
from ..data import model
from ..data.model import doc
from ..i18n import label
from .context import Pager, RenderContext
from .templates import TemplateContext


@dataclass(frozen=True)
class LeadKinds(TemplateContext):
    TEMPLATE = "leads.html"
    kinds: list[tuple[str, int, str]] = doc("(kind, how many leads, the path of its first page)")
    build_date: str = doc("the date the leads are as of (ISO)")


def leads_list(ctx: RenderContext, page_url: str) -> LeadKinds:
    """The kinds of question the data raises, each with how many and a link to its pages."""
    return LeadKinds(kinds=[(kind, sum(len(items) for _, items in paged.rows), paged.path(1))
                            for kind, paged in ctx.layout.leads.items()],
                     build_date=ctx.build_date.isoformat())


@dataclass(frozen=True)
class LeadsOfKind(TemplateContext):
    """Each tie links its page (sources, legal trail, letter); each municipality its request page."""
    TEMPLATE = "leads_kind.html"
    kind: str = doc("one of accountability.leads.KINDS")
    by_district: tuple[tuple[model.District, list[Lead]], ...] = doc("the municipalities on this page, "
                                                                     "with their leads")
    page: int = doc("which page of the kind this is, from 1")
    pager: Pager | None = doc("its numbered pages; None when it fits on one")
    build_date: str = doc("the date the leads are as of (ISO)")


def leads_of_kind(ctx: RenderContext, page_url: str, kind: str, page: int = 1) -> LeadsOfKind:
    paged = ctx.layout.leads[kind]
    return LeadsOfKind(kind=kind, by_district=paged.rows_of(page), page=page,
                       pager=ctx.pager(paged, page, page_url, label(f"lead_{kind}_title", ctx.lang)),
                       build_date=ctx.build_date.isoformat())
