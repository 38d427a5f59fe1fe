"""/scorecard/: each municipality's share of the ties the law asks documents for whose documents are
published, and of decided requests answered in time; its chart ranks the scored municipalities."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from .. import accountability
from ..data.model import doc
from ..data.text import tr_sort_key
from ..i18n import label
from ..plan.urls import Links
from . import charts
from .context import Pager, RenderContext
from .templates import TemplateContext


@dataclass(frozen=True)
class ScoreRow:
    """A scored municipality's line, its shares written out ("%40"; "—" when there is nothing to share)."""
    line: accountability.Line
    council: str
    permission: str
    in_time: str


@dataclass(frozen=True)
class ScorecardPage(TemplateContext):
    TEMPLATE = "scorecard.html"
    chart: Markup = doc('the ranking chart (on page 1; "" on the others)')
    lines: list[ScoreRow] = doc("the scored municipalities on this page, ranked")
    unscored: list[accountability.Line] = doc("the others on this page, alphabetically")
    pager: Pager | None = doc("its numbered pages; None when it fits on one")
    build_date: str = doc("the date the figures are as of (ISO)")


def ranked(ctx: RenderContext) -> list[accountability.Line]:
    """Scored municipalities by their mean share of documented steps, then alphabetically (equal shares,
    the many at 0 %, in the order a reader looks a name up)."""
    return sorted((line for line in ctx.scorecard.values() if line.scorable),
                  key=lambda line: (-((line.council_share or 0) + (line.permission_share or 0)),
                                    tr_sort_key(line.district.name)))


def scorecard_table(ctx: RenderContext, page_url: str, page: int, chart: Markup) -> ScorecardPage:
    """`chart`: the ranking (Figures.embedded), shown on page 1."""
    paged = ctx.layout.lists["scorecard"]
    shown = {d.slug for d in paged.rows_of(page)}
    pct = lambda share: "—" if share is None else charts.fmt_percent(round(100 * share), ctx.lang)
    return ScorecardPage(
        chart=chart if page == 1 else Markup(""),
        lines=[ScoreRow(line, pct(line.council_share), pct(line.permission_share), pct(line.in_time_share))
               for line in ranked(ctx) if line.district.slug in shown],
        unscored=sorted((ctx.scorecard[s] for s in shown if not ctx.scorecard[s].scorable),
                        key=lambda line: tr_sort_key(line.district.name)),
        pager=ctx.pager(paged, page, page_url), build_date=ctx.build_date.isoformat())


def score_chart(ctx: RenderContext, page_url: str, files: dict[str, str]) -> Markup:
    links = Links(page_url)
    rows = [(line.district.name, round(100 * ((line.council_share or 0) + (line.permission_share or 0)) / 2),
             links.district(line.district.slug) + "#karne") for line in ranked(ctx) if line.foreign]
    return charts.bar_chart(rows, title=label("score_chart_title", ctx.lang),
                            caption=label("score_chart_caption", ctx.lang), value_label="%", lang=ctx.lang,
                            max_rows=10, full=(label("score_full_table", ctx.lang), "#karne-tablosu"),
                            table_headers=(label("municipality", ctx.lang), "%"),
                            files=files, file_name="chart-scorecard.svg", fmt=charts.fmt_percent)
