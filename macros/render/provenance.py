"""Where a reader reports an error or a missing tie, and a record page's provenance (citation, data file,
last change): one helper for every page family.

The routes follow this copy's configuration: a prefilled issue form in its repository (REPO_URL, the forms
in .github/ISSUE_TEMPLATE/ that `portal from-issue` reads), else an e-mail to its contact address, else none
-- then a page offers no link rather than one that goes nowhere.
"""
from __future__ import annotations

import typing
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from ..data import kinds
from ..i18n import label
from ..plan import urls
from ..plan.pages import PageKind
from ..plan.urls import Links
from ..publish.linked_data import citation
from .context import RenderContext
from .wording import source_dates


def issue_url(ctx: RenderContext, form: str, **fields: str) -> str:
    """A new issue from the form, prefilled; without REPO_URL an e-mail with the same fields; with neither ""."""
    if ctx.repo_url:
        return f"{ctx.repo_url}/issues/new?{urlencode({'template': f'{form}.yml', **fields})}"
    return mail_url(ctx, **fields)


def mail_url(ctx: RenderContext, title: str = "", **fields: str) -> str:
    """mailto: the configured contact address, the subject and the fields as the body ("" without one)."""
    if not ctx.contact_email:
        return ""
    body = "\n".join(f"{key}: {value}" for key, value in fields.items())
    query = urlencode({"subject": title or label("report_error", ctx.lang), "body": body}, quote_via=quote)
    return f"mailto:{ctx.contact_email}?{query}"


def report_url(ctx: RenderContext, record_id: str, title: str) -> str:
    return issue_url(ctx, "correction", title=f"Düzeltme / Correction: {title}", record=record_id)


def missing_tie_url(ctx: RenderContext, district: str = "") -> str:
    return issue_url(ctx, "missing-tie", **({"district": district} if district else {}))


@dataclass(frozen=True)
class Provenance:
    """What provenance_section (_parts.html) shows under a record page."""
    citation: dict[str, str]    # {"head", "url", "tail"} (publish/linked_data.citation)
    updated: str | None         # the data file's last commit
    data_file: str
    json: str                   # the record's JSON download, from the site's root
    feed: str | None            # a municipality's Atom feed, beside its page
    as_of: str                  # the years of the sources the record cites
    report: str                 # the correction form (or e-mail); "" when this copy has neither
    report_mail: str            # the e-mail route beside the form, for readers without an account
    data_file_url: str          # the repository's copy where one is configured, else the site's


def provenance(ctx: RenderContext, kind: PageKind, key: str, page_url: str,
               record_kind: str = "municipalities") -> Provenance:
    spec = ctx.plan.spec(kind, key)
    updated = ctx.updated.get(spec.data_file)
    return Provenance(
        citation=citation(ctx.index, spec, ctx.lang, ctx.site_url, updated),
        updated=updated,
        data_file=spec.data_file,
        json=urls.download(urls.record_json(record_kind, key)),
        feed="feed.xml" if kind == "municipality" else None,
        as_of=source_dates(ctx, _records_of(ctx, kind, key)),
        report=report_url(ctx, key, spec.title),
        report_mail=mail_url(ctx, f"Düzeltme / Correction: {spec.title}", record=key) if ctx.repo_url else "",
        data_file_url=(f"{ctx.repo_url}/blob/main/{spec.data_file}" if ctx.repo_url
                       else Links(page_url).root + spec.data_file) if spec.data_file else "")


def _records_of(ctx: RenderContext, kind: str, key: str) -> list[typing.Any]:
    """The records a page shows: a municipality's of every published kind, or the one record of a record page."""
    if kind == "municipality":
        district = ctx.index.districts[key]
        return [r for k in kinds.PUBLISHED for r in getattr(district, k.key)]
    return [ctx.index.records[kinds.BY_NAME[kind].key][key]]
