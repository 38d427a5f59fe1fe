"""How a record's facts are put in words, the same on every page that shows them: its status as of its
evidence, the names of its sources, the years those sources cover, the footer's period line."""
from __future__ import annotations

import typing

from .. import accountability, i18n
from ..data import model
from ..i18n import enum_label, label
from .context import RenderContext

# Activities that may be official trips abroad: the trip rules of their date are shown with them.
TRIP_KINDS = ("visit", "study_trip")


def format_date(value: str | None, lang: str) -> str:
    """'2017-06' -> 'Haziran 2017' / 'June 2017'; '2017-06-05' -> '5 Haziran 2017' (Babel, i18n.date)."""
    return i18n.date(value, lang)


def source_labels(ctx: RenderContext, record: typing.Any) -> list[str]:
    """How a record's citations are named in one line ("Tablo 1; <title>"): each name once, though a
    record may quote one source twice or cite two pages that share a headline."""
    labels: list[str] = []
    for c in record.sources:
        text = label("table_n", ctx.lang, n=c.table) if c.table else ctx.index.sources[c.source].title
        if text not in labels:
            labels.append(text)
    return labels


def status_text(ctx: RenderContext, record: typing.Any) -> str:
    """A status as of the date of its evidence: "Etkin, 2024 itibarıyla"; a project's "ongoing" from a
    2018 article reads "2018 itibarıyla sürüyor (kaynağa göre)", never as if it were said today."""
    if isinstance(record, model.Agreement):
        text = enum_label("agreement_status", record.status, ctx.lang)
        if record.status != "unknown" and record.status_as_of:
            return label("status_as_of", ctx.lang, status=text, date=record.status_as_of[:4])
        return text
    year = evidence_year(ctx, record)
    if record.status in ("ongoing", "planned") and year:
        return label(f"project_{record.status}_as_of", ctx.lang, year=year)
    return enum_label("project_status", record.status, ctx.lang)


def period_line(ctx: RenderContext) -> str:
    """One sentence for every page's footer: the years the data covers and as of which source date."""
    p = ctx.index.period()
    if p["first"] is None:
        return ""
    return label("period_line", ctx.lang, first=p["first"], last=p["last"],
                 newest=format_date(p["newest_source"], ctx.lang), searched=format_date(p["searched"], ctx.lang))


def source_dates(ctx: RenderContext, records: typing.Iterable[typing.Any]) -> str:
    """ "2018–2024" (or "2018"): the years of the sources a page's records cite."""
    years = sorted({y for r in records for y in [evidence_year_of(ctx, c) for c in r.sources] if y})
    if not years:
        return ""
    dates = years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
    return label("source_dates", ctx.lang, dates=dates)


def evidence_year_of(ctx: RenderContext, citation: model.Citation) -> str:
    source = ctx.index.sources[citation.source]
    return (source.published or source.accessed or "")[:4]


def evidence_year(ctx: RenderContext, record: typing.Any) -> str:
    """Year of the newest cited source: its publication date, else the date we read it."""
    return max((year for year in (evidence_year_of(ctx, c) for c in record.sources) if year), default="")


def period(rule: model.LegalRule, lang: str) -> str:
    """When a legal rule was in force: "1 Ocak 2005 – 3 Mart 2020", or "since ..." while it is."""
    if rule.in_force_until:
        return f"{format_date(rule.in_force_from, lang)} – {format_date(rule.in_force_until, lang)}"
    return label("since_date", lang, date=format_date(rule.in_force_from, lang))


def trip_rules(ctx: RenderContext, activity: model.Activity) -> tuple[model.LegalRule, ...] | None:
    """None when the activity is not a dated trip abroad; else the trip rules in force on its date (maybe none)."""
    if activity.kind not in TRIP_KINDS or not activity.date or not activity.abroad:
        return None
    return accountability.legal_trail.trip_rules(activity, ctx.index.portal.rules)
