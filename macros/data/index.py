"""Look-ups derived from a validated Portal: who refers to whom, what involves which country."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, TypedDict, Union

from . import kinds, model
from .countries import Countries
from .text import tr_sort_key


# What can come under an agreement (a project or an activity it frames).
UnderAgreement = Union[model.Project, model.Activity]


class Period(TypedDict):
    """What the data covers in time (PortalIndex.period)."""
    first: int | None
    last: int | None
    newest_source: str
    searched: str


@dataclass(frozen=True)
class Evidence:
    """What a tie's sources say about how fresh and how two-sided its evidence is (PortalIndex.evidence)."""
    last_named: str | None      # publication date of the newest source naming it (None: no source is dated)
    partner_side: bool          # a source from the partner's side (kind partner_page) names it


@dataclass
class CountryTies:
    """A country's records: of each published kind whose records name countries (country_codes), a list."""
    agreements: list[model.Agreement] = field(default_factory=list)
    projects: list[model.Project] = field(default_factory=list)
    activities: list[model.Activity] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.agreements) + len(self.projects) + len(self.activities)


class PortalIndex:
    def __init__(self, portal: model.Portal):
        self.portal = portal
        self.countries = Countries(portal.countries)
        self.districts = {d.slug: d for d in portal.districts}
        self.sources = {s.id: s for s in portal.sources}
        self.networks = {n.id: n for n in portal.networks}
        self.programmes = {p.id: p for p in portal.programmes}
        self.district_of: dict[str, model.District] = {}
        # Published record kind (kinds.PUBLISHED, by list name) -> id -> record.
        self.records: dict[str, dict[str, Any]] = {kind.key: {} for kind in kinds.PUBLISHED}
        for district in portal.districts:
            for kind in kinds.PUBLISHED:
                for record in getattr(district, kind.key):
                    self.records[kind.key][record.id] = record
                    self.district_of[record.id] = district
        self.agreements: dict[str, model.Agreement] = self.records["agreements"]
        self.memberships: dict[str, model.Membership] = self.records["memberships"]
        self.projects: dict[str, model.Project] = self.records["projects"]
        self.activities: dict[str, model.Activity] = self.records["activities"]
        self.foreign_agreements = [a for a in self.agreements.values() if not a.domestic]
        self.domestic_agreements = [a for a in self.agreements.values() if a.domestic]

        self.under_agreement: dict[str, list[UnderAgreement]] = defaultdict(list)
        records: list[UnderAgreement] = [*self.projects.values(), *self.activities.values()]
        for record in records:
            for agreement_id in record.agreements:
                self.under_agreement[agreement_id].append(record)

        self.by_country: dict[str, CountryTies] = defaultdict(CountryTies)
        for kind in kinds.PUBLISHED:
            for record in self.records[kind.key].values():
                for code in getattr(record, "country_codes", ()):  # a membership names no country
                    getattr(self.by_country[code], kind.key).append(record)
        self.by_country = dict(self.by_country)

        # Source id -> the municipalities whose records, contact or claims cite it (in the data's order).
        self.source_districts: dict[str, list[model.District]] = defaultdict(list)
        for district in portal.districts:
            cited = {c.source for kind in kinds.PUBLISHED for r in getattr(district, kind.key) for c in r.sources}
            cited |= {c.source for c in (district.contact.sources if district.contact else ())}
            cited |= {c.source for claim in district.claims for c in claim.sources}
            cited |= {c.source for r in district.agreements for step in (r.council_decision, r.ministry_approval)
                      if step for c in step.sources}
            for source_id in sorted(cited):
                self.source_districts[source_id].append(district)

        self.members: dict[str, list[model.Membership]] = defaultdict(list)
        for membership in self.memberships.values():
            self.members[membership.network].append(membership)
        # An activity that names a network (a WEGO board meeting) is a record of that network too,
        # whether or not the municipality is listed as a member.
        self.network_activities: dict[str, list[model.Activity]] = defaultdict(list)
        for activity in self.activities.values():
            for network_id in dict.fromkeys(activity.networks):
                self.network_activities[network_id].append(activity)

    def evidence(self, record: model.Agreement) -> Evidence:
        """How a tie's evidence ages, from its sources: the newest dated source naming it, and whether the
        partner's own side (its municipality's page or press) names it."""
        sources = [self.sources[c.source] for c in record.sources]
        dated = [s.published for s in sources if s.published]
        return Evidence(last_named=max(dated, default=None),
                        partner_side=any(s.kind == "partner_page" for s in sources))

    def has_records(self, district: model.District) -> bool:
        return any(getattr(district, kind.key) for kind in kinds.PUBLISHED)

    def country_codes(self) -> list[str]:
        """Countries with any tie, most ties first, then by Turkish name."""
        return sorted(self.by_country, key=lambda c: (-self.by_country[c].total,
                                                        tr_sort_key(self.countries.name(c, "tr"))))

    def agreement_countries(self) -> set[str]:
        """Countries of foreign agreement partners."""
        return {a.country for a in self.foreign_agreements}

    def partner_countries(self) -> set[str]:
        """Countries of agreement partners, projects and activities abroad (Türkiye itself excluded)."""
        return {code for code in self.by_country if code != model.HOME_COUNTRY}

    def period(self) -> Period:
        """What the data covers in time: the first and last year a record is dated, the newest date of a
        source that gives a publication date and the latest search of sources (coverage.searched)."""
        years = [int(d[:4]) for d in (
            *(r.date for records in self.records.values() for r in records.values()),
            *(p.end for p in self.projects.values())) if d]
        newest = max((s.published for s in self.sources.values() if s.published), default="")
        searched = max((d.coverage.searched for d in self.portal.districts if d.coverage), default="")
        return {"first": min(years, default=None), "last": max(years, default=None),
                "newest_source": newest, "searched": searched}

    def record_count(self) -> int:
        return sum(len(v) for v in self.records.values())


def partner_name(agreement: model.Agreement, lang: str = "tr") -> str:
    """What an agreement is headed by: the partner's standard name where the data has one (its English
    name in the English edition), else the source's spelling ("Pécs", not the source's "Pecs")."""
    partner = agreement.partner
    return (partner.name_en if lang == "en" else None) or partner.name or partner.as_written


def programme_name(programme: model.Programme, lang: str = "tr") -> str:
    """A programme's name in the edition's language: its English name in the English edition."""
    return (programme.name_en if lang == "en" else None) or programme.name
