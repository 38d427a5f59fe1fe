"""Leads for journalists: questions the data raises, never findings.

Each lead is derived from the validated model and the date the data was last changed (the build date): a tie
named by one side only (the Istanbul side's sources or the partner's), a tie no source has named for years, a
tie whose legal documents no source shows, a letter of intent with no follow-up, a municipality whose own figure
is larger than what the sources name. The wording of each kind is a question (i18n labels lead_*), and every
line links the record, its sources and its ready letter.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..data import model
from ..data.index import partner_name
from .legal_trail import trail

# What each kind of lead is, in the order the page shows them.
KINDS = ("home_only", "partner_only", "not_named_since", "no_documents", "intent_no_follow_up", "claims_more")
# A tie whose newest dated source is from this year or earlier has "not been named since".
STALE_AFTER = 2016
# A letter of intent this many years old without a tie with the same partner has had no follow-up.
INTENT_YEARS = 2


@dataclass(frozen=True)
class Lead:
    kind: str                        # one of KINDS
    district: model.District
    agreement: model.Agreement | None = None
    claim: model.Claim | None = None
    named: int = 0                   # claims_more: the foreign ties the sources name
    detail: str = ""                 # a year or a count the label shows


def _home_side(source: model.Source) -> bool:
    # The Istanbul side: the municipality's own documents, or Turkish-language reporting.
    return source.kind in ("municipal_page", "council_decision", "activity_report") or source.language == "tr"


def _newest(sources: list[model.Source]) -> str | None:
    return max((s.published for s in sources if s.published), default=None)


def leads(portal: model.Portal, today: datetime.date) -> list[Lead]:
    sources = {s.id: s for s in portal.sources}
    out: list[Lead] = []
    for district in portal.districts:
        foreign = [a for a in district.agreements if not a.domestic]
        for a in foreign:
            cited = [sources[c.source] for c in a.sources]
            partner = any(s.kind == "partner_page" for s in cited)
            home = any(_home_side(s) for s in cited)
            if partner != home:
                out.append(Lead("partner_only" if partner else "home_only", district, a))
            newest = _newest(cited)
            if newest is None or int(newest[:4]) <= STALE_AFTER:
                out.append(Lead("not_named_since", district, a, detail=newest[:4] if newest else ""))
            steps = trail(a, portal.rules, district.requests)
            if a.under_article_74 and any(s.required and not s.documented for s in steps):
                out.append(Lead("no_documents", district, a))
            if a.kind == "letter_of_intent" and a.date and today.year - int(a.date[:4]) >= INTENT_YEARS:
                same = [b for b in foreign if b is not a and b.under_article_74
                        and partner_name(b) == partner_name(a)]
                if not same:
                    out.append(Lead("intent_no_follow_up", district, a, detail=a.date[:4]))
        for claim in district.claims:
            named = len(foreign) if claim.abroad else len(district.agreements)
            if claim.count is None or claim.count > named:
                out.append(Lead("claims_more", district, claim=claim, named=named))
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(out, key=lambda lead: order[lead.kind])  # stable: the data's order within a kind
