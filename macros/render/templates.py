"""The Jinja side of the renderer: the globals every template may use (Globals, declared once), the typed
context each template receives (a TemplateContext subclass, one per template), and the drawing.

Everything from the data is escaped (autoescape); undefined names fail (StrictUndefined). The output is
final HTML: the engine puts it into the page after Markdown has run, so record text is never evaluated as
a template and never parsed as Markdown. What each template receives is listed in README.md (generated
from these classes by template_reference.py, checked by tests/test_template_context.py).
"""
from __future__ import annotations

import typing
from dataclasses import dataclass, fields
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import i18n
from ..data import model
from ..data.index import partner_name, programme_name
from ..data.model import doc
from ..i18n import ENUMS, enum_label, label
from ..plan import urls
from ..plan.pages import record_title
from ..plan.urls import Links
from ..publish.linked_data import apa, bibtex, record_counts
from . import district_page, flags, wording
from .context import RenderContext

TEMPLATES = Path(__file__).parent / "templates"

# An excerpt longer than this is shown on the sources page (linked) rather than under each citation: a tie
# with many long sources would outgrow the 30 KB page budget.
EXCERPT_INLINE = 320

F = typing.Callable[..., typing.Any]


@dataclass(frozen=True)
class Globals:
    """What every template may use besides its own context: the edition's words and the data's look-ups.
    Anything only one page family needs belongs in that page's context instead."""
    t: F = doc('an interface text: t("key", n=3) (i18n/labels.py; counted nouns take CLDR plurals)')
    enum: F = doc('the label of a coded value: enum("agreement_kind", a.kind)')
    enum_labels: F = doc("the labels of every value of a code list, in its order (the filters' options)")
    country_name: F = doc("a country's name from its ISO code")
    subdivision_name: F = doc("a region's name from its ISO 3166-2 code")
    flag: F = doc('the CSS class suffix of a country\'s vendored flag, "" when there is none (flags.py)')
    date: F = doc('"2017-06" -> "Haziran 2017" / "June 2017"')
    number: F = doc("a number as the edition writes it")
    status: F = doc("an agreement's or project's status as of its evidence (wording.status_text)")
    source_labels: F = doc("the names of a record's sources, each once (wording.source_labels)")
    record_counts: F = doc("a municipality's records by kind, in words")
    programme_name: F = doc("a funding programme's name, from its id")
    record_title: F = doc("a record's title in the edition's language, as its page heads it (plan.pages.record_title)")
    partner_name: F = doc("an agreement's partner by its standard name in the edition's language, else as written "
                          "(index.partner_name)")
    district_of: F = doc("the municipality a record belongs to")
    english: F = doc("a text's English twin in the English edition (record.<field>_en), else None")
    local: F = doc('a text we write, in the edition\'s language: local(record, "note") (model.in_language)')
    translation: F = doc("a citation's translation into the edition's language, or None")
    language_name: F = doc("a language's name from its code")
    period: F = doc("when a legal rule is in force, in words (wording.period)")
    trip_rules: F = doc("None unless an activity is a dated trip abroad; else the trip rules of its date")
    activity_page: F = doc("the page of its municipality that lists an activity")
    network_page: F = doc("the page of the networks list where a network's entry is")
    source_page: F = doc("the page of the sources list where a source's entry is")
    rule_page: F = doc("the page of the legal rules list where a rule's entry is")
    request_page: F = doc("a municipality's request page, from its slug (plan/urls.py)")
    source_districts: F = doc("the municipalities whose records cite a source")
    apa: F = doc("a source's APA reference")
    bibtex: F = doc("a source's BibTeX entry, on one physical line")
    sources: typing.Mapping[str, model.Source] = doc("every source by id")
    networks: typing.Mapping[str, model.Network] = doc("every network by id")
    programmes: typing.Mapping[str, model.Programme] = doc("every funding programme by id")
    agreements: typing.Mapping[str, model.Agreement] = doc("every agreement by id")
    lang: str = doc('the edition: "tr" or "en"')
    rl: Markup = doc("' lang=\"tr\"' in the English edition, for an element holding Turkish record text")
    EXCERPT_INLINE: int = doc("a source's excerpt up to this long is shown under its citation; longer, linked")

    @classmethod
    def of(cls, ctx: RenderContext) -> Globals:
        lang, index = ctx.lang, ctx.index
        return cls(
            t=lambda key, **kw: label(key, lang, **kw),
            enum=lambda group, value: enum_label(group, value, lang),
            enum_labels=lambda group: [enum_label(group, value, lang) for value in ENUMS[group]],
            country_name=lambda code: index.countries.name(code, lang),
            subdivision_name=lambda code: index.countries.subdivision_name(code, lang),
            flag=flags.flag_class,
            date=lambda value: wording.format_date(value, lang),
            number=lambda n: i18n.number(n, lang),
            status=lambda record: wording.status_text(ctx, record),
            source_labels=lambda record: wording.source_labels(ctx, record),
            record_counts=lambda district: record_counts(district, lang),
            programme_name=lambda pid: programme_name(index.programmes[pid], lang),
            record_title=lambda record: record_title(index, record, lang),
            partner_name=lambda agreement: partner_name(agreement, lang),
            district_of=lambda record: index.district_of[record.id],
            english=lambda record, field: (getattr(record, f"{field}_en", None) if lang == "en" else None),
            local=lambda record, field: model.in_language(record, field, lang),
            translation=lambda citation: getattr(citation, f"translation_{lang}", None),
            language_name=lambda code: i18n.language_name(code, lang),
            period=lambda rule: wording.period(rule, lang),
            trip_rules=lambda activity: wording.trip_rules(ctx, activity),
            activity_page=lambda record: ctx.layout.activity_page[record.id],
            network_page=lambda network_id: ctx.network_pages[network_id],
            source_page=lambda source_id: ctx.source_pages[source_id],
            rule_page=lambda rule_id: ctx.rule_pages[rule_id],
            request_page=urls.district_request,
            source_districts=lambda source_id: index.source_districts.get(source_id, []),
            apa=apa,
            # One physical line: the drawing strips each line, which would eat the entry's indentation.
            bibtex=lambda source: district_page.one_line(bibtex(source)),
            sources=index.sources, networks=index.networks, programmes=index.programmes,
            agreements=index.agreements,
            lang=lang,
            # Record text is Turkish in both editions: marked so that screen readers pronounce it right.
            rl=Markup(' lang="tr"') if lang != "tr" else Markup(""),
            EXCERPT_INLINE=EXCERPT_INLINE,
        )


# Passed with every drawing, beside the template's own context: links are relative to the page drawn.
PER_PAGE: dict[str, tuple[str, str]] = {
    "link": ("Links", "relative links from the page drawn: link.page(path), link.district(slug), "
                      "link.agreement(id), link.country(code), link.source(source), link.root (plan/urls.py)"),
}

# Template file -> the class of its context (filled as each class is defined, beside its builder).
CONTEXTS: dict[str, type[TemplateContext]] = {}


class TemplateContext:
    """What one template receives besides the globals: subclasses are frozen dataclasses naming their
    template in TEMPLATE, one per template, each documented field by field."""
    TEMPLATE: typing.ClassVar[str]

    def __init_subclass__(cls, **kwargs: typing.Any) -> None:
        super().__init_subclass__(**kwargs)
        CONTEXTS[cls.TEMPLATE] = cls


class _Environment(jinja2.Environment):
    """Its templates read the environment's globals dict itself, not a ChainMap over it (Jinja's default):
    every drawing copies the globals into its context, and every `{% import %}` compares their keys with the
    template's, which over a ChainMap of ~40 names costs ~30 µs each, thousands of times a build. The
    globals are set once, before any template loads, and no template sets its own."""

    def make_globals(self, d: typing.MutableMapping[str, typing.Any] | None) -> typing.MutableMapping[str, typing.Any]:
        return self.globals if not d else super().make_globals(d)


def environment(ctx: RenderContext, bytecode_cache: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    env = _Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,  # templates do not change during a build; skip a stat per render
        bytecode_cache=bytecode_cache,
    )
    env.globals.update(vars_of(Globals.of(ctx)))
    return env


def vars_of(instance: typing.Any) -> dict[str, typing.Any]:
    # Not dataclasses.asdict: that would copy every record inside.
    return {f.name: getattr(instance, f.name) for f in fields(instance)}


def strip_lines(html: str) -> Markup:
    """No blank or indented lines: smaller pages, and the same bytes whatever the templates' indentation."""
    return Markup("\n".join(line.strip() for line in html.splitlines() if line.strip()))


def draw(env: jinja2.Environment, view: TemplateContext, page_url: str) -> Markup:
    """The HTML of a template's context, with links relative to `page_url`."""
    html = env.get_template(view.TEMPLATE).render(link=Links(page_url), **vars_of(view))
    return strip_lines(html)
