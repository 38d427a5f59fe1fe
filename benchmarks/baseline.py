"""The comparison sites: the same pages as plain, pre-written Markdown.

`markdown_pages(data_dir)` writes out, for a data folder, one Markdown page for every page
the portal generates (municipality, agreement, project, country: the list comes from
`macros.plan.pages.generated_pages`, so the count is the same) plus the hand-written pages of
content/ with their macro calls replaced by the same tables and lists written as Markdown. Long
lists are split into the same numbered pages with the same rows (`macros.plan.paging`).
The text volume is that of the portal's pages: the same record text, tables, citations and
quotes. Nothing is computed at build time.

`write_mkdocs_project` builds those pages into a project with the same theme, palette,
features and Markdown extensions as mkdocs.yml, Material's search plugin (tr + en), only the
section index pages in the navigation, and no macros plugin and no hook.

`write_hugo_project` puts the same pages into a Hugo project with a tiny theme of its own
(baseof/single/list templates, a ten-link navigation like the portal's) and a JSON index of
every page's text, the counterpart of Material's search index.
"""
from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from macros import accountability
from macros.data import model
from macros.i18n import enum_label, field_rows, format_date, label
from macros.data.index import PortalIndex
from macros.render.flags import flag_class
from macros.plan import paging
from macros.plan.pages import generated_pages
from macros.publish.linked_data import record_counts
from macros.data.dataset import load_portal

LANG = "tr"
NAV = [
    ("Ana sayfa", "index.md"), ("Belediyeler", "municipalities/index.md"),
    ("Kardeş şehirler", "agreements/index.md"), ("Ülkeler", "countries/index.md"),
    ("Projeler", "projects/index.md"), ("Etkinlikler", "activities/index.md"),
    ("Uluslararası ağlar", "networks.md"), ("Kaynaklar", "sources.md"), ("Açık veri", "data.md"),
    ("Hakkında", "about.md"),
]
_MACRO = re.compile(r"\{\{\s*(\w+)\(\)\s*\}\}")
_DOWNLOAD_LINK = re.compile(r"\[([^\]]+)\]\(data/[^)]*\)")  # open-data files: not part of a plain site


@dataclass
class Page:
    path: str       # docs-relative, e.g. "municipalities/kadikoy.md"
    title: str
    markdown: str


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _rel(from_path: str, to_path: str) -> str:
    """Relative .md link between two docs-relative paths."""
    depth = from_path.count("/")
    return "../" * depth + to_path


class _Writer:
    def __init__(self, index: PortalIndex):
        self.index = index
        self.c = index.countries
        self.layout = paging.Layout(index, LANG)
        self.lists = self.layout.lists
        # The scorecard and the requests list, as the portal works them out (statuses as of the build date).
        self.scorecard = {line.district.slug: line
                          for line in accountability.scorecard(index.portal, accountability.build_date())}

    # -- pieces -----------------------------------------------------------------------------

    def country(self, here: str, code: str) -> str:
        flag = flag_class(code)
        return f"[{flag + ' ' if flag else ''}{self.c.name(code, LANG)}]({_rel(here, f'countries/{code.lower()}.md')})"

    def district(self, here: str, d: model.District) -> str:
        return f"[{d.name}]({_rel(here, f'municipalities/{d.slug}.md')})"

    def partner(self, a: model.Agreement) -> str:
        extra = f" ({a.partner.name})" if a.partner.name and a.partner.name != a.partner.as_written else ""
        return a.partner.as_written + extra

    def source_refs(self, record) -> str:
        return "; ".join(label("table_n", LANG, n=c.table) if c.table else self.index.sources[c.source].title
                         for c in record.sources)

    def citations(self, record) -> str:
        lines = []
        for c in record.sources:
            s = self.index.sources[c.source]
            title = f"[{s.title}]({s.url})" if s.url else s.title
            table = f", {label('table_n', LANG, n=c.table)}" if c.table else ""
            quote = f": “{c.quote}”" if c.quote else ""
            lines.append(f"- {title}{table}{quote}")
        return "\n".join(lines)

    def activity(self, here: str, a: model.Activity, with_district=False) -> str:
        head = f"**{self.district(here, self.index.district_of[a.id])}** — " if with_district else ""
        if a.title:
            head += f"**{a.title}**" + (f" ({format_date(a.date, LANG)})" if a.date else "") + ": "
        meta = []
        if a.countries:
            meta.append(f"{label('countries', LANG)}: " + ", ".join(self.country(here, c) for c in a.countries))
        if a.agreements:
            meta.append(f"{label('agreements_short', LANG)}: " + ", ".join(
                f"[{self.index.agreements[i].partner.as_written}]({_rel(here, f'agreements/{i}.md')})"
                for i in a.agreements))
        if a.networks:
            meta.append(f"{label('networks', LANG)}: " + ", ".join(
                self.index.networks[n].short_name or self.index.networks[n].name for n in a.networks))
        meta.append(f"{label('sources', LANG)}: {self.source_refs(a)}")
        return f"- {head}{a.description}  \n  " + " · ".join(meta)

    def activity_line(self, here: str, a: model.Activity, skip_country: str | None = None) -> str:
        """An activity as one line of a list (the portal's lists link to the full text)."""
        text = a.title or a.description
        text = text if len(text) <= 90 else text[:89].rsplit(" ", 1)[0] + "…"
        countries = ", ".join(self.country(here, c) for c in a.countries if c != skip_country)
        return (f"- {self.district(here, self.index.district_of[a.id])} — [{text}]"
                f"({_rel(here, self.layout.activity_page[a.id] + '.md')})"
                + (f" ({format_date(a.date, LANG)})" if a.date else "") + (f" · {countries}" if countries else ""))

    def provenance(self, data_file: str, json_path: str | None) -> str:
        lines = [f"## {label('record_file', LANG)}", "", f"- `{data_file}`"]
        if json_path:
            lines.append(f"- `{json_path}`")
        return "\n".join(lines)

    # -- record pages -------------------------------------------------------------------------

    def municipality(self, here: str, d: model.District, data_file: str, page: int = 1) -> str:
        rows = self.layout.municipalities[d.slug].rows_of(page)
        shown = paging.Records.of(rows)
        out = [f"# {label('municipality_of', LANG, name=d.name)}", ""]
        if self.index.has_records(d):
            out += [record_counts(d, LANG), ""]
        else:
            out += [label("none_recorded", LANG), ""]
        if shown.agreement:
            out += [f"## {label('agreements', LANG)}", "",
                    "| Ortak | Ülke | Tür | Başlangıç | Durum |", "|---|---|---|---|---|"]
            for a in shown.agreement:
                out.append(f"| [{_cell(self.partner(a))}]({_rel(here, f'agreements/{a.id}.md')}) | "
                           f"{self.country(here, a.country)} | {enum_label('agreement_kind', a.kind, LANG)} | "
                           f"{format_date(a.date, LANG) or '—'} | {enum_label('agreement_status', a.status, LANG)} |")
            out.append("")
        if shown.membership:
            out += [f"## {label('memberships', LANG)}", ""]
            for m in shown.membership:
                n = self.index.networks[m.network]
                since = f", {format_date(m.since, LANG)}" if m.since else ""
                out.append(f"- [{n.name}]({_rel(here, 'networks.md')}) — {m.as_written}{since} "
                           f"({label('sources', LANG)}: {self.source_refs(m)})")
            out.append("")
        if shown.project:
            out += [f"## {label('projects', LANG)}", "", "| Proje | Program | Ülkeler | Durum |", "|---|---|---|---|"]
            for p in shown.project:
                programme = self.index.programmes[p.programme].name if p.programme else (p.funder or "—")
                codes = ", ".join(self.country(here, c) for c in p.country_codes) or "—"
                out.append(f"| [{_cell(p.title)}]({_rel(here, f'projects/{p.id}.md')}) | {_cell(programme)} | "
                           f"{codes} | {enum_label('project_status', p.status, LANG)} |")
            out.append("")
        if shown.activity:
            out += [f"## {label('activities', LANG)}", ""]
            for kind in model.ACTIVITY_KINDS:
                items = [a for a in shown.activity if a.kind == kind]
                if items:
                    out += [f"### {enum_label('activity_kind', kind, LANG)}", ""]
                    out += [self.activity(here, a) for a in items] + [""]
        out += [self.provenance(data_file, None), ""]
        return "\n".join(out)

    def agreement(self, here: str, a: model.Agreement, data_file: str) -> str:
        d = self.index.district_of[a.id]
        country = self.c.name(a.country, LANG)
        nd = label("not_documented", LANG)
        out = [f"{self.district(here, d)} › [{label('all_agreements', LANG)}]({_rel(here, 'agreements/index.md')})",
               "", f"# {label('agreement_title', LANG, district=d.name, partner=a.partner.as_written, country=country)}",
               "", "| | |", "|---|---|",
               f"| {label('municipality', LANG)} | {self.district(here, d)} |",
               f"| {label('partner_as_written', LANG)} | {_cell(a.partner.as_written)} |",
               f"| {label('partner_standard', LANG)} | {_cell(a.partner.name or nd)} |",
               f"| {label('country', LANG)} | {self.country(here, a.country)} |",
               f"| {label('kind', LANG)} | {enum_label('agreement_kind', a.kind, LANG)} |",
               f"| {label('status', LANG)} | {enum_label('agreement_status', a.status, LANG)} |"]
        if a.note:
            out.append(f"| {label('note', LANG)} | {_cell(a.note)} |")
        out += ["", f"## {label('legal_steps', LANG)}", "", label("legal_steps_help", LANG), ""]
        for key in ("council_decision", "ministry_approval"):
            step = getattr(a, key)
            value = ", ".join(x for x in (format_date(step.date, LANG) if step and step.date else "",
                                         step.number if step and step.number else "") if x) or nd
            out.append(f"- {label(key, LANG)}: {value}")
        out += [f"- {label('since', LANG)}: {format_date(a.date, LANG) or nd}", "",
                f"## {label('joint_activities', LANG)}", ""]
        related = self.index.under_agreement.get(a.id, [])
        if related:
            for r in related:
                if isinstance(r, model.Project):
                    out.append(f"- [{r.title}]({_rel(here, f'projects/{r.id}.md')})")
                else:
                    out.append(self.activity(here, r))
        else:
            out.append(label("no_joint_activities", LANG))
        out += ["", f"## {label('sources', LANG)}", "", self.citations(a), "",
                self.provenance(data_file, f"data/agreements/{a.id}.json"), ""]
        return "\n".join(out)

    def project(self, here: str, p: model.Project, data_file: str) -> str:
        d = self.index.district_of[p.id]
        nd = label("not_documented", LANG)
        programme = nd
        if p.programme:
            prog = self.index.programmes[p.programme]
            programme = prog.name + (f" ({prog.funder})" if prog.funder else "")
        period = (f"{format_date(p.start, LANG) or '…'} – {format_date(p.end, LANG) or '…'}"
                  if p.start or p.end else nd)
        out = [f"{self.district(here, d)} › [{label('all_projects', LANG)}]({_rel(here, 'projects/index.md')})", "",
               f"# {p.title}", "", "| | |", "|---|---|",
               f"| {label('municipality', LANG)} | {self.district(here, d)} |",
               f"| {label('programme', LANG)} | {_cell(programme)} |"]
        if p.funder:
            out.append(f"| {label('funder', LANG)} | {_cell(p.funder)} |")
        partners = "<br>".join(_cell(x.name) + (f" — {self.country(here, x.country)}" if x.country else "")
                               for x in p.partners) or nd
        out.append(f"| {label('partners', LANG)} | {partners} |")
        if p.countries:
            out.append(f"| {label('countries', LANG)} | {', '.join(self.country(here, c) for c in p.countries)} |")
        out += [f"| {label('period', LANG)} | {period} |",
                f"| {label('status', LANG)} | {enum_label('project_status', p.status, LANG)} |"]
        if p.agreements:
            out.append(f"| {label('agreements_short', LANG)} | " + ", ".join(
                f"[{_cell(self.index.agreements[i].partner.as_written)}]({_rel(here, f'agreements/{i}.md')})"
                for i in p.agreements) + " |")
        out += ["", f"## {label('description', LANG)}", "", p.description, "",
                f"## {label('sources', LANG)}", "", self.citations(p), "",
                self.provenance(data_file, f"data/projects/{p.id}.json"), ""]
        return "\n".join(out)

    def country_page(self, here: str, code: str, page: int = 1) -> str:
        rows = self.layout.countries[code].rows_of(page)
        ties = paging.Records.of(rows)
        name = self.c.name(code, LANG)
        flag = flag_class(code)
        out = [f"[{label('all_countries', LANG)}]({_rel(here, 'countries/index.md')})", "",
               f"# {flag + ' ' if flag else ''}{label('country_page_title', LANG, name=name)}", "",
               label("country_intro", LANG, name=name), ""]
        if ties.agreement:
            out += [f"## {label('agreements', LANG)}", "", "| Belediye | Ortak | Tür | Durum |", "|---|---|---|---|"]
            for a in ties.agreement:
                out.append(f"| {self.district(here, self.index.district_of[a.id])} | "
                           f"[{_cell(self.partner(a))}]({_rel(here, f'agreements/{a.id}.md')}) | "
                           f"{enum_label('agreement_kind', a.kind, LANG)} | "
                           f"{enum_label('agreement_status', a.status, LANG)} |")
            out.append("")
        if ties.project:
            out += [f"## {label('projects', LANG)}", ""]
            out += [f"- {self.district(here, self.index.district_of[p.id])}: "
                    f"[{p.title}]({_rel(here, f'projects/{p.id}.md')})" for p in ties.project] + [""]
        if ties.activity:
            out += [f"## {label('activities', LANG)}", ""]
            out += [self.activity_line(here, a, skip_country=code) for a in ties.activity] + [""]
        return "\n".join(out)

    # -- overview macros, as Markdown ---------------------------------------------------------

    def headline(self, here: str) -> str:
        i = self.index
        with_records = sum(1 for d in i.portal.districts if i.has_records(d))
        return "\n".join([
            f"- **{len(i.agreements)}** {label('headline_agreements', LANG)}",
            f"- **{len(i.partner_countries())}** {label('headline_countries', LANG)}",
            f"- **{len(i.projects)}** {label('headline_projects', LANG)}",
            f"- **{len(i.activities)}** {label('headline_activities', LANG)}",
            f"- **{with_records}** {label('headline_with', LANG)}",
            f"- **{len(i.portal.districts) - with_records}** {label('headline_without', LANG)}",
        ])

    def municipalities_table(self, here: str, page: int = 1) -> str:
        out = ["| Belediye | Anlaşmalar | Ağlar | Projeler | Etkinlikler |", "|---|---|---|---|---|"]
        for d in self.lists["municipalities"].rows_of(page):
            none = f" ({label('no_records', LANG)})" if not self.index.has_records(d) else ""
            out.append(f"| {self.district(here, d)}{none} | {len(d.agreements)} | {len(d.memberships)} | "
                       f"{len(d.projects)} | {len(d.activities)} |")
        return "\n".join(out)

    def agreements_table(self, here: str, page: int = 1) -> str:
        out = ["| Belediye | Ortak | Ülke | Tür | Durum | Kaynaklar |", "|---|---|---|---|---|---|"]
        for a in self.lists["agreements"].rows_of(page):
            d = self.index.district_of[a.id]
            out.append(f"| {self.district(here, d)} | [{_cell(self.partner(a))}]({_rel(here, f'agreements/{a.id}.md')})"
                       f" | {self.country(here, a.country)} | {enum_label('agreement_kind', a.kind, LANG)} | "
                       f"{enum_label('agreement_status', a.status, LANG)} | {_cell(self.source_refs(a))} |")
        return "\n".join(out)

    def projects_table(self, here: str, page: int = 1) -> str:
        out = ["| Belediye | Proje | Program | Ülkeler | Durum |", "|---|---|---|---|---|"]
        for p in self.lists["projects"].rows_of(page):
            d = self.index.district_of[p.id]
            programme = self.index.programmes[p.programme].name if p.programme else (p.funder or "—")
            codes = ", ".join(self.country(here, c) for c in p.country_codes) or "—"
            out.append(f"| {self.district(here, d)} | [{_cell(p.title)}]({_rel(here, f'projects/{p.id}.md')}) | "
                       f"{_cell(programme)} | {codes} | {enum_label('project_status', p.status, LANG)} |")
        return "\n".join(out)

    def activities_list(self, here: str, page: int = 1) -> str:
        out = []
        rows = self.lists["activities"].rows_of(page)
        for kind in model.ACTIVITY_KINDS:
            items = [a for a in rows if a.kind == kind]
            if items:
                out += [f"## {enum_label('activity_kind', kind, LANG)} ({len(items)})", ""]
                out += [self.activity_line(here, a) for a in items] + [""]
        return "\n".join(out)

    def countries_table(self, here: str, page: int = 1) -> str:
        out = ["| Ülke | Anlaşmalar | Projeler | Etkinlikler | Toplam |", "|---|---|---|---|---|"]
        for code in self.lists["countries"].rows_of(page):
            t = self.index.by_country[code]
            out.append(f"| {self.country(here, code)} | {len(t.agreements)} | {len(t.projects)} | "
                       f"{len(t.activities)} | {t.total} |")
        return "\n".join(out)

    def networks_table(self, here: str, page: int = 1) -> str:
        out, current = [], None
        for n, m in self.lists["networks"].rows_of(page):
            if n is not current:
                current = n
                out += ["", f"## {n.name}" + (f" ({n.short_name})" if n.short_name else ""), ""]
            if isinstance(m, model.Activity):
                out.append(self.activity_line(here, m))
            else:
                out.append(f"- {self.district(here, self.index.district_of[m.id])} — {m.as_written}" if m
                           else label("no_records", LANG))
        return "\n".join(out)

    def sources_list(self, here: str, page: int = 1) -> str:
        # The portal's list shows each source with its address and the excerpt kept as evidence.
        out = []
        for s in self.lists["sources"].rows_of(page):
            out.append(f"- [{_cell(s.title)}]({s.url})" + (f", {s.publisher}" if s.publisher else "")
                       + (f" ({format_date(s.published, LANG)})" if s.published else "")
                       + f". Erişim: {format_date(s.accessed, LANG)}." + (f" {' '.join(s.note.split())}" if s.note else ""))
            if s.excerpt:
                out.append(f"    > {' '.join(s.excerpt.split())}")
        return "\n".join(out)

    def legal_rules_list(self, here: str, page: int = 1) -> str:
        out = []
        for r in self.lists["rules"].rows_of(page):
            period = f"{format_date(r.in_force_from, LANG)} – {format_date(r.in_force_until, LANG) or '…'}"
            out += [f"## {r.title}", "", f"{period}. {' '.join(r.requires.split())}", "", self.citations(r), ""]
        return "\n".join(out)

    def scorecard_table(self, here: str, page: int = 1) -> str:
        out = ["| Belediye | Yurt dışı bağ | Meclis kararı | Bakanlık izni | Başvuru |", "|---|---|---|---|---|"]
        for d in self.lists["scorecard"].rows_of(page):
            line = self.scorecard[d.slug]
            out.append(f"| {self.district(here, d)} | {len(line.foreign)} | {len(line.council)}/{len(line.foreign)} "
                       f"| {len(line.permission)}/{len(line.foreign)} | {len(line.filed)} |")
        return "\n".join(out)

    def requests_overview(self, here: str, page: int = 1) -> str:
        out = []
        for d in self.lists["requests"].rows_of(page):
            line = self.scorecard[d.slug]
            out += [f"## {d.name}", ""]
            for tie in line.foreign:
                a = self.index.agreements[tie]
                missing = [name for name, done in (("meclis kararı", tie in line.council),
                                                   ("bakanlık izni", tie in line.permission)) if not done]
                if missing:
                    out.append(f"- [{_cell(self.partner(a))}]({_rel(here, f'agreements/{a.id}.md')}): "
                               + ", ".join(missing))
            out.append("")
        return "\n".join(out)

    def district_request(self, here: str, d: model.District) -> str:
        """The municipality's request page: its published contact and one letter for every missing document."""
        out = [f"# {label('district_request_title', LANG, name=d.name)}", ""]
        if d.contact and d.contact.address:
            out += [f"{label('contact_address', LANG)}: {' '.join(d.contact.address.split())}", ""]
        asked = [accountability.requests.Asked(a, self.c.name(a.country, "tr"), s.key, s.required)
                 for a in d.agreements if not a.domestic
                 for s in accountability.trail(a, self.index.portal.rules, d.requests) if not s.documented]
        text = (accountability.requests.letter(d, asked) if asked
                else accountability.requests.list_letter(d) if not any(not a.domestic for a in d.agreements) else "")
        out += ["```", text, "```", ""] if text else [label("ask_nothing_missing", LANG), ""]
        return "\n".join(out)

    def district_research(self, here: str, d: model.District) -> str:
        out = [f"# {label('district_research_title', LANG, name=d.name)}", ""]
        if d.coverage:
            out += [f"- {c.what} — {c.found}" for c in d.coverage.consulted] + [""]
            out += [f"- {g.text}" for g in d.coverage.gaps] + [""]
        return "\n".join(out)

    def leads_page(self, here: str, kind: str, page: int = 1) -> str:
        out = [f"# {label(f'lead_{kind}_title', LANG)}", "", label(f"lead_{kind}_question", LANG), ""]
        for d, items in self.layout.leads[kind].rows_of(page):
            names = [self.partner(lead.agreement) if lead.agreement else (lead.claim.what if lead.claim else "")
                     for lead in items]
            out.append(f"- {self.district(here, d)}: {'; '.join(_cell(n) for n in names)}")
        return "\n".join(out)

    def leads_list(self, here: str) -> str:
        return "\n".join(f"- [{label(f'lead_{kind}_title', LANG)}]({_rel(here, paged.path(1) + '/index.md')})"
                         for kind, paged in self.layout.leads.items())

    def request_rules(self, here: str) -> str:
        subjects = ("request_form", "request_deadline", "information_request", "working_days")
        return "\n".join(f"- **{r.title}**: {' '.join(r.requires.split())}"
                         for r in self.index.portal.rules if r.subject in subjects)

    def corrections_route(self, here: str) -> str:
        return label("corrections_none", LANG)

    def field_reference(self, here: str, page: int = 1) -> str:
        out = []
        for title, cls in self.lists["fields"].rows_of(page):
            out += [f"## {title}", "", "| Alan | Zorunlu | Anlamı | İzin verilen |", "|---|---|---|---|"]
            out += [f"| `{row.name}` | {'evet' if row.required else 'hayır'} | {_cell(row.meaning)} | "
                    f"{_cell(row.allowed)} |" for row in field_rows(cls, LANG)]
            out.append("")
        return "\n".join(out)


def markdown_pages(data_dir: Path, content_dir: Path) -> list[Page]:
    """Every page of the Turkish edition, as plain Markdown."""
    index = PortalIndex(load_portal(data_dir))
    w = _Writer(index)
    pages = []
    for spec in generated_pages(index, LANG, w.layout):
        here = spec.src_uri
        if spec.kind == "municipality":
            text = w.municipality(here, index.districts[spec.key], spec.data_file)
        elif spec.kind == "agreement":
            text = w.agreement(here, index.agreements[spec.key], spec.data_file)
        elif spec.kind == "project":
            text = w.project(here, index.projects[spec.key], spec.data_file)
        elif spec.kind == "country":
            text = w.country_page(here, spec.key)
        elif spec.kind == "district_request":
            text = w.district_request(here, index.districts[spec.key])
        elif spec.kind == "district_research":
            text = w.district_research(here, index.districts[spec.key])
        elif spec.kind == "leads":
            text = w.leads_page(here, spec.subject, spec.number)
        else:
            text = _later_page(w, index, spec)
        pages.append(Page(here, spec.title, text))
    for path in sorted(content_dir.rglob("*.md")):
        rel = path.relative_to(content_dir).as_posix()
        if rel.startswith("en/"):
            continue
        text = path.read_text(encoding="utf-8")
        text = _MACRO.sub(lambda m: getattr(w, m.group(1))(rel) if hasattr(w, m.group(1)) else "", text)  # noqa: B023
        text = _DOWNLOAD_LINK.sub(r"\1", text)
        title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), rel)
        pages.append(Page(rel, title, text))
    return pages


# The portal's overview lists (PageSpec.shows) -> this writer's method for one of their pages.
_LIST_VIEWS = {"municipalities": "municipalities_table", "agreements": "agreements_table",
               "projects": "projects_table", "activities": "activities_list", "countries": "countries_table",
               "networks": "networks_table", "sources": "sources_list", "rules": "legal_rules_list",
               "scorecard": "scorecard_table", "requests": "requests_overview", "fields": "field_reference"}


def _later_page(w: _Writer, index: PortalIndex, spec) -> str:
    """Page 2..N of a long list, with the rows the portal puts there (spec.shows and spec.number)."""
    here, page = spec.src_uri, spec.number
    if spec.shows == "municipality":
        return w.municipality(here, index.districts[spec.subject], "", page)
    if spec.shows == "country":
        return w.country_page(here, spec.subject, page)
    return f"# {spec.title}\n\n" + getattr(w, _LIST_VIEWS[spec.shows])(here, page)


class _PythonName(str):
    """A `!!python/name:` value of mkdocs.yml (e.g. a custom toc slugify): left out of the plain project."""


def _plain_extensions(extensions: list) -> list:
    out = []
    for ext in extensions:
        if isinstance(ext, dict):
            ext = {name: ({k: v for k, v in (cfg or {}).items() if not isinstance(v, _PythonName)}
                          if isinstance(cfg, dict) else cfg) for name, cfg in ext.items()}
        out.append(ext)
    return out


def _mkdocs_config(source: dict) -> dict:
    return {
        "site_name": source["site_name"],
        "site_description": source.get("site_description", ""),
        "docs_dir": "docs",
        "use_directory_urls": True,
        "strict": True,
        "theme": {k: v for k, v in source["theme"].items() if k != "custom_dir"},
        # Material's own search, as a plain MkDocs site has it (the portal writes its own index instead).
        "plugins": [{"search": {"lang": ["tr", "en"]}}],
        "markdown_extensions": _plain_extensions(source["markdown_extensions"]),
        "nav": [{title: path} for title, path in NAV],
        "validation": source.get("validation", {}),
    }


def _load_mkdocs_yml(path: Path) -> dict:
    class _Loader(yaml.SafeLoader):
        pass
    _Loader.add_constructor("!ENV", lambda loader, node: None)
    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: _PythonName(suffix))
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def write_mkdocs_project(pages: list[Page], out_dir: Path, mkdocs_yml: Path) -> Path:
    """A plain MkDocs project (same theme and search, no macros, no hook). Returns its config file."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    docs = out_dir / "docs"
    for page in pages:
        target = docs / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        front = "" if page.markdown.startswith("---") else f"---\ntitle: {json.dumps(page.title, ensure_ascii=False)}\n---\n"
        target.write_text(front + page.markdown, encoding="utf-8")
    config = out_dir / "mkdocs.yml"
    config.write_text(yaml.safe_dump(_mkdocs_config(_load_mkdocs_yml(mkdocs_yml)), allow_unicode=True,
                                     sort_keys=False), encoding="utf-8")
    return config


HUGO_BASEOF = """<!doctype html>
<html lang="tr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ site.Title }}</title>
<meta name="description" content="{{ site.Params.description }}">
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
<nav><ul>
{{- range site.Params.nav }}<li><a href="{{ .url | relURL }}">{{ .title }}</a></li>{{ end -}}
</ul></nav>
<main>{{ block "main" . }}{{ end }}</main>
<aside>{{ .TableOfContents }}</aside>
<footer>{{ site.Title }}</footer>
</body>
</html>
"""
HUGO_SINGLE = """{{ define "main" }}<article>{{ .Content }}</article>{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<article>{{ .Content }}</article>{{ end }}
"""
# The counterpart of Material's search_index.json: every page's title and text.
HUGO_INDEX_JSON = """{"docs":[{{ range $i, $p := site.Pages }}{{ if $i }},{{ end }}{{ dict "location" $p.RelPermalink "title" $p.Title "text" $p.Plain | jsonify }}{{ end }}]}
"""  # noqa: E501 - one Hugo template line


def write_hugo_project(pages: list[Page], out_dir: Path, site_name: str) -> Path:
    if out_dir.exists():
        shutil.rmtree(out_dir)
    content = out_dir / "content"
    for page in pages:
        rel = page.path
        if rel == "index.md" or rel.endswith("/index.md"):
            rel = rel[: -len("index.md")] + "_index.md"
        target = content / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        body = page.markdown
        if body.startswith("---"):  # MkDocs front matter (hide: toc): drop it
            body = body.split("---", 2)[2]
        target.write_text(f"---\ntitle: {json.dumps(page.title, ensure_ascii=False)}\n---\n{body}", encoding="utf-8")
    layouts = out_dir / "layouts"
    layouts.mkdir(parents=True)
    (layouts / "baseof.html").write_text(HUGO_BASEOF, encoding="utf-8")
    (layouts / "single.html").write_text(HUGO_SINGLE, encoding="utf-8")
    (layouts / "list.html").write_text(HUGO_LIST, encoding="utf-8")
    (layouts / "home.json").write_text(HUGO_INDEX_JSON, encoding="utf-8")
    nav = [{"title": t, "url": "/" + (p[:-len("index.md")] if p.endswith("index.md") else p[:-3] + "/")}
           for t, p in NAV]
    config = {
        "baseURL": "https://example.org/", "languageCode": "tr", "title": site_name,
        "disableKinds": ["taxonomy", "term", "rss"],
        "outputs": {"home": ["html", "json"]},
        "params": {"description": site_name, "nav": nav},
        "markup": {"tableOfContents": {"startLevel": 2, "endLevel": 3}},
    }
    (out_dir / "hugo.json").write_text(json.dumps(config, ensure_ascii=False, indent=2), encoding="utf-8")
    return out_dir
