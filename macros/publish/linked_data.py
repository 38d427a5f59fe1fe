"""What a shared link says about a page: schema.org JSON-LD, a meta description, a citation.

Derived from the model only; the portal plugin places the results in the page head.
"""
from __future__ import annotations

import json

from ..i18n import LABELS, counted, enum_label, label
from ..i18n import date as i18n_date
from ..data import model
from ..data.index import PortalIndex, partner_name, programme_name
from ..plan import urls
from ..plan.pages import PageSpec

SITE_NAME = LABELS["site_name"]


def _without_empty_urls(data):
    """JSON-LD without "url" members that have no value (built without SITE_URL)."""
    if isinstance(data, dict):
        return {k: _without_empty_urls(v) for k, v in data.items() if not (k == "url" and not v)}
    if isinstance(data, list):
        return [_without_empty_urls(v) for v in data]
    return data


def to_script_json(data: dict) -> str:
    """JSON safe inside <script>: no '</script>' or '<!--' can be formed from the data."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _country(index: PortalIndex, code: str, lang: str) -> dict:
    return {"@type": "Country", "name": index.countries.name(code, lang), "identifier": code}


def _municipality(index: PortalIndex, slug: str, lang: str, url: str) -> dict:
    district = index.districts[slug]
    return {
        "@type": "GovernmentOrganization",
        "name": label("municipality_of", lang, name=district.name),
        "url": url,
        "address": {"@type": "PostalAddress", "addressLocality": district.name, "addressRegion": "İstanbul",
                    "addressCountry": "TR"},
    }


def jsonld(index: PortalIndex, spec: PageSpec, lang: str, site_url: str) -> dict:
    url = urls.absolute(site_url, urls.edition(spec.path, lang))
    link = lambda path: urls.absolute(site_url, urls.edition(path, lang))
    if spec.kind == "municipality":
        district = index.districts[spec.key]
        data = _municipality(index, spec.key, lang, url)
        networks = [index.networks[m.network] for m in district.memberships]
        if networks:
            data["memberOf"] = [{"@type": "Organization", "name": n.name, **({"url": n.url} if n.url else {})}
                                for n in networks]
        if district.agreements:
            data["subjectOf"] = [{"@type": "CreativeWork", "url": link(urls.agreement(a.id))}
                                 for a in district.agreements]
    elif spec.kind == "agreement":
        agreement = index.agreements[spec.key]
        district = index.district_of[spec.key]
        # The city by its standard name in either edition (partner_name's Turkish form), for machines.
        partner = {"@type": "City", "name": partner_name(agreement),
                   "containedInPlace": _country(index, agreement.country, lang)}
        data = {
            "@type": "CreativeWork",
            "name": spec.title,
            "url": url,
            "genre": enum_label("agreement_kind", agreement.kind, lang),
            "about": [_municipality(index, district.slug, lang, link(urls.municipality(district.slug))), partner],
        }
    elif spec.kind == "project":
        project = index.projects[spec.key]
        district = index.district_of[spec.key]
        data = {
            "@type": "Project",
            "name": spec.title,
            "url": url,
            "description": model.in_language(project, "description", lang),
            "member": [_municipality(index, district.slug, lang, link(urls.municipality(district.slug)))]
            + [{"@type": "Organization", "name": p.name} for p in project.partners],
        }
        if project.programme:
            data["funder"] = {"@type": "Organization", "name": programme_name(index.programmes[project.programme], lang)}
        countries = project.country_codes
        if countries:
            data["location"] = [_country(index, c, lang) for c in countries]
    elif spec.kind in ("list_page", "leads"):
        data = {"@type": "CollectionPage", "name": spec.title, "url": url}
    elif spec.kind in ("district_request", "district_research"):
        data = {"@type": "WebPage", "name": spec.title, "url": url,
                "about": _municipality(index, spec.key, lang, link(urls.municipality(spec.key)))}
    else:
        data = {"@type": "WebPage", "name": spec.title, "url": url,
                "about": _country(index, spec.key, lang)}
    data["@context"] = "https://schema.org"
    data["isPartOf"] = {"@type": "WebSite", "name": SITE_NAME[lang]}
    return _without_empty_urls(data)


def record_counts(district: model.District, lang: str) -> str:
    """"3 anlaşma, 1 ağ üyeliği, 0 proje, 2 etkinlik": a municipality's records by kind, in words."""
    return label("summary_counts", lang, agreements=counted("n_agreements", len(district.agreements), lang),
                 memberships=counted("n_memberships", len(district.memberships), lang),
                 projects=counted("n_projects", len(district.projects), lang),
                 activities=counted("n_activities", len(district.activities), lang))


def description(index: PortalIndex, spec: PageSpec, lang: str) -> str:
    """One sentence for search engines and link previews."""
    if spec.kind == "municipality":
        d = index.districts[spec.key]
        if not index.has_records(d):
            return label("none_recorded", lang).split(".")[0] + "."
        return f"{label('municipality_of', lang, name=d.name)}: {record_counts(d, lang)}."
    if spec.kind == "agreement":
        # Specific to the agreement (partner, country, year, status), not one line for every agreement:
        # it is the search result's teaser and the link preview.
        a = index.agreements[spec.key]
        parts = [enum_label("agreement_kind", a.kind, lang),
                 f"{partner_name(a, lang)}, {index.countries.name(a.country, lang)}"]
        year = (a.date or "")[:4]
        parts.append(label("teaser_since", lang, year=year) if year else label("teaser_undated", lang))
        if a.status != "unknown" and a.status_as_of:
            parts.append(label("status_as_of", lang, status=enum_label("agreement_status", a.status, lang).lower(),
                               date=a.status_as_of[:4]))
        return f"{spec.title}: {' · '.join(parts)}."
    if spec.kind == "project":
        p = index.projects[spec.key]
        text = model.in_language(p, "description", lang)
        return text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "…"
    if spec.kind in ("list_page", "leads", "district_request", "district_research"):
        return f"{spec.title}."
    return label("country_intro", lang, name=index.countries.name(spec.key, lang))


def citation(index: PortalIndex, spec: PageSpec, lang: str, site_url: str, updated: str | None) -> dict:
    """A ready citation of the page: {"head", "url", "tail"}. The permanent address is absolute (from
    SITE_URL) or "" -- then the page's script takes it from the browser's address bar (cite.js), which
    also adds the reader's access date; a relative address is never written."""
    # The date as the reader's access date beside it is written (cite.js): "6 Aralık 2026", not "2026-12-06".
    tail = f" {label('last_changed', lang)}: {i18n_date(updated, lang)}." if updated else ""
    return {"head": f"{SITE_NAME[lang]}. “{spec.title}”.",
            "url": urls.absolute(site_url, urls.edition(spec.path, lang)), "tail": tail}


def apa(source) -> str:
    """APA 7 reference of a source, from its fields; parts the source does not give are left out."""
    authors = ", ".join(source.authors[:-1]) + (", & " if len(source.authors) > 1 else "") + (
        source.authors[-1] if source.authors else "")
    year = source.published[:4] if source.published else "n.d."
    head = f"{authors} ({year}). {source.title}." if authors else f"{source.title}. ({year})."
    parts = [head]
    if source.journal:
        where = source.journal
        if source.volume:
            where += f", {source.volume}"
            if source.issue:
                where += f"({source.issue})"
        if source.pages:
            where += f", {source.pages.replace('-', '–')}"
        parts.append(where + ".")
    elif source.publisher:
        parts.append(f"{source.publisher}.")
    parts.append(f"https://doi.org/{source.doi}" if source.doi else source.url or f"data/{source.file}")
    return " ".join(parts)


# TeX's special characters, each written so that it prints as itself: a title "Relations}, note = {FORGED"
# once closed its field and forged another. Braces become commands, not \{ and \}: BibTeX counts every
# brace, escaped or not, to find where a field ends; what is written here leaves them balanced.
_BIBTEX_ESCAPES = str.maketrans({"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
                                 "&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_", "$": r"\$",
                                 "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"})
# url and doi are read verbatim (biblatex, the url package): percent-encoding, not TeX escapes, keeps their
# braces and backslashes from closing the field while the address still works.
_VERBATIM_ESCAPES = str.maketrans({"{": "%7B", "}": "%7D", "\\": "%5C"})


def bibtex_value(value: object, verbatim: bool = False) -> str:
    """A BibTeX field's value, safe inside its braces; on one line (a line break ends nothing, but reads badly)."""
    text = " ".join(str(value).split())
    return text.translate(_VERBATIM_ESCAPES if verbatim else _BIBTEX_ESCAPES)


def bibtex(source) -> str:
    """BibTeX entry of a source (an article when it has a journal or is an academic article)."""
    kind = "article" if source.kind == "academic_article" else "misc"
    fields = [("title", source.title), ("author", " and ".join(source.authors)), ("journal", source.journal),
              ("volume", source.volume), ("number", source.issue), ("pages", (source.pages or "").replace("-", "--")),
              ("year", source.published[:4] if source.published else None), ("publisher", source.publisher),
              ("doi", source.doi), ("url", source.url), ("urldate", source.accessed), ("note", None)]
    body = ",\n".join(f"  {name} = {{{bibtex_value(value, verbatim=name in ('url', 'doi'))}}}"
                       for name, value in fields if value)
    return f"@{kind}{{{bibtex_value(source.id)},\n{body}\n}}"
