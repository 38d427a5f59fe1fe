"""A municipality's ties worked out once for its pages: the answer first, each tie's legal trail, and the ready
letters asking for what is missing.

Its page (record_pages.municipality), its request page and /requests/ read these:

- ``answer``: one sentence answering "does my municipality have ties abroad?" (how many foreign ties the
  sources name, the years they began, how many the partner's own side names), or saying plainly that no source
  we consulted names one, and that this is a statement about our search;
- ``tie_rows``: every tie of the municipality, dated ones first by date, each a ``TieRow`` (never split over
  pages: a reader must not conclude from page 1 that a district has one sister city);
- ``letters``: one ready Law 4982 letter to the municipality asking for every missing document of every foreign
  tie at once, and one to the body that holds the ministry permissions today, when any is missing.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from .. import accountability
from ..accountability.legal_trail import Step
from ..accountability.requests import Asked
from ..data import model
from ..data.index import Evidence, PortalIndex, partner_name
from ..data.text import tr_sort_key
from ..i18n import counted, label


@dataclass(frozen=True)
class TieRow:
    """A tie with its evidence (newest dated source, partner's side) and its legal trail."""
    agreement: model.Agreement
    evidence: Evidence
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Letter:
    """A ready information request, shown in full and offered as a file."""
    key: str          # "belediye" | "bakanlik": the anchor and the file name's end
    title: str
    file: str
    text: Markup      # one physical line (&#10; for line breaks): the renderer strips each line


def _order(agreement: model.Agreement) -> tuple:
    # Dated ties by date, then the undated; within a date by the partner's name.
    return (agreement.date is None, agreement.date or "", tr_sort_key(partner_name(agreement)))


def tie_rows(index: PortalIndex, district: model.District, domestic: bool) -> list[TieRow]:
    rules = index.portal.rules
    return [TieRow(a, index.evidence(a), accountability.trail(a, rules, district.requests))
            for a in sorted((a for a in district.agreements if a.domestic == domestic), key=_order)]


def answer(district: model.District, foreign: list[TieRow], domestic: list[TieRow], lang: str) -> str:
    """The page's first sentence."""
    name = label("municipality_of", lang, name=district.name)
    if not foreign:
        text = label("answer_none", lang, name=name)
        if domestic:
            text += " " + label("answer_domestic_only", lang, ties=counted("n_ties", len(domestic), lang))
        return text
    years = sorted(row.agreement.date[:4] for row in foreign if row.agreement.date)
    sister = sum(1 for row in foreign if row.agreement.kind == "sister_city")
    both_sides = sum(1 for row in foreign if row.evidence.partner_side)
    parts = [label("answer_ties", lang, name=name, ties=counted("n_ties", len(foreign), lang))]
    if sister and sister != len(foreign):
        parts.append(label("answer_sister", lang, count=sister))
    if years:
        span = years[0] if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
        parts.append(label("answer_years", lang, years=span, count=len(years)))
    parts.append(label("answer_partner_side", lang, count=both_sides, total=len(foreign)))
    return " ".join(parts)


@dataclass(frozen=True)
class Missing:
    """A municipality's line on /requests/: its foreign ties and how many lack each document."""
    district: model.District
    ties: int
    council: int       # ties whose council decision the sources do not show
    permission: int    # ties whose ministry permission (asked for by the law of their date) they do not show


def missing_summary(district: model.District, rows: list[TieRow]) -> Missing:
    """From the municipality's foreign tie rows (tie_rows)."""
    lacking = lambda key: sum(1 for row in rows for s in row.steps if s.key == key and not s.documented
                              and (s.required or key == "council_decision"))
    return Missing(district, len(rows), lacking("council_decision"), lacking("ministry_approval"))


def missing_count(foreign: list[TieRow]) -> int:
    """How many documents the municipality letter asks for."""
    return sum(1 for row in foreign for step in row.steps if not step.documented)


def letters(index: PortalIndex, district: model.District, foreign: list[TieRow], lang: str,
            stem: str | None = None) -> list[Letter]:
    """One letter to the municipality for every missing document of every foreign tie, and one to the body
    that holds the ministry permissions today (the `letters_to` of the permission rules in force on the ties'
    dates) for the missing permissions the law of their date asked for."""
    to_municipality: list[Asked] = []
    to_ministry: dict[str, list[Asked]] = {}
    for row in foreign:
        country = index.countries.name(row.agreement.country, "tr")
        for step in row.steps:
            if step.documented:
                continue
            to_municipality.append(Asked(row.agreement, country, step.key, step.required))
            holders = {r.letters_to for r in step.rules if r.letters_to}
            if step.key == "ministry_approval" and step.required and len(holders) == 1:
                to_ministry.setdefault(holders.pop(), []).append(Asked(row.agreement, country, step.key))
    out: list[Letter] = []
    if not foreign:
        # No source names a foreign tie: the letter asks the municipality for its list and their documents.
        return [Letter("belediye", label("request_to_municipality", lang, name=district.name),
                       f"{stem or district.slug}-belediye.txt",
                       one_line(accountability.requests.list_letter(district, published_address(index, district))))]
    if to_municipality:
        out.append(Letter("belediye", label("request_to_municipality", lang, name=district.name),
                          f"{stem or district.slug}-belediye.txt",
                          one_line(accountability.requests.letter(district, to_municipality,
                                                                   address=published_address(index, district)))))
    for holder, asked in to_ministry.items():
        out.append(Letter("bakanlik", label("request_to_ministry", lang, name=holder), f"{stem or district.slug}-bakanlik.txt",
                          one_line(accountability.requests.letter(district, asked, authority=holder))))
    return out


def published_address(index: PortalIndex, district: model.District) -> str | None:
    """The postal address for a letter: only one the municipality publishes itself goes into a ready letter."""
    contact = district.contact
    if contact and contact.address and any(index.sources[c.source].kind == "municipal_page"
                                           for c in contact.sources):
        return contact.address
    return None


def one_line(text: str) -> Markup:
    """A text shown in a <pre>, its line breaks as &#10;: the drawing strips every line it writes."""
    return Markup("&#10;").join(text.splitlines())
