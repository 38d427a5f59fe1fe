"""The record kinds of a district file, each declared once.

A district file lists its municipality's records by kind (``agreements:``, ``memberships:`` …). What the
portal does with a kind — whether it has pages of its own, an overview list, open data, which checks the
build runs on it, what `portal new` writes, how a reader's issue becomes one, where its fields are documented —
is declared here, in one `RecordKind`, and every other part reads the declaration: the plan (pages.py,
paging.py, urls.py), the open data (publish/export.py), the completeness check (engine/completeness.py), the
command line (cli/scaffold.py, cli/commands.py, cli/issue_form.py), validation (validate.py, dataset.py), the
index, the history and the renderer (render/renderer.py draws a kind's page and overview list by its builder in
record_pages.BY_KIND / list_pages.BY_KIND; provenance.py and stats.py read PUBLISHED). The way Pelican lists its
generators in one place.

A declaration is plain data: the model class, names, and the names of what the layers above define (a check of
engine/completeness.py, a template of render/templates/, a label of i18n/labels.py). The data layer imports
nothing above it; the layers above look a kind up here and fail a test when a name has nothing behind it
(tests/test_kinds.py).

Adding a kind: its dataclass and list field on `District` (model.py), one `RecordKind` in `KINDS`; if it has its
own page, a template and its builder (render/record_pages.BY_KIND; an overview list's in render/list_pages.BY_KIND);
its labels, its Turkish field texts (i18n/fields.py), how much of a municipality page one record takes
(plan/paging.WEIGHTS) and a record of it in tests/fixtures/minimal. tests/test_kinds.py names whatever is still
missing.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from . import model


@dataclass(frozen=True)
class FieldSection:
    """One table of the field reference (`portal fields`, pasted into CONTRIBUTING.md)."""
    heading: str           # "Agreement"
    where: str             # where it is written: "agreements[]", "agreements[].partner"
    cls: type[Any]         # the model class whose fields the table lists


@dataclass(frozen=True)
class MissingTie:
    """How the missing-tie issue form (.github/ISSUE_TEMPLATE/missing-tie.yml) fills a skeleton of this kind:
    the form's kind option naming it (matched by the kind's name, e.g. "… / Sister city or agreement"), the field
    the reader's partner goes into (None: it goes into a comment above the record), and the field of the country."""
    partner: Optional[str]     # dotted path of the partner's name as written, e.g. "partner.as_written"
    country: str               # the field of the country the reader names
    country_list: bool = False   # that field is a list (an activity's countries): it gets a list of the one code


@dataclass(frozen=True)
class RecordKind:
    """Everything the portal does with one kind of record, declared once."""
    name: str          # singular, one word: `portal new <name>`, "record_type" in its JSON, its page's kind
    key: str           # the list in the district file (a field of model.District); also the folder of its JSON
    #                    files, its CSV (data/<key>.csv), its collection in the history and the feeds
    cls: type[Any]     # the model class of one record
    reference: tuple[FieldSection, ...]   # its tables in `portal fields`: its own, then those of records inside it
    # --- on the site and in the open data
    title: Optional[str] = None     # label (i18n LABELS) of its heading on the site: its overview list's H1, its
    #                                 section of a municipality page
    published: bool = False         # shown on its municipality's page (engine/completeness.py checks it is), with a
    #                                 CSV and one JSON per record; always a list in portal.json (others: when any)
    page: Optional[str] = None      # its own page at <page>/<id>/ (plan/urls.record_page), drawn by `template`
    template: Optional[str] = None  # the template of that page (render/templates/)
    per_page: Optional[int] = None  # its overview list at /<key>/ (paging.overview_lists): rows per page
    grouped: Optional[tuple[str, tuple[str, ...]]] = None  # listed by this field's values, in this order
    first_page: bool = False        # all on page 1 of the municipality's page (the ties); other kinds follow
    #                                 and may continue on later pages
    completeness: tuple[str, ...] = ()   # checks (engine/completeness.CHECKS) the build runs on every record
    site_reference: bool = False    # a table in the site's field reference (/data/fields/: paging.FIELD_SECTIONS)
    # --- the command line
    id_stem: Optional[str] = None   # `portal new`: the skeleton's placeholder id, '<district>-<id_stem>'
    new_command: bool = True        # offered by `portal new` (else only `portal from-issue` writes one)
    missing_tie: Optional[MissingTie] = None   # reported through the missing-tie issue form (`portal from-issue`)

    @property
    def overview(self) -> bool:
        """It has an overview list of its own, at /<key>/."""
        return self.per_page is not None


# In page order: a municipality's page, its JSON and the stats list them in this order.
KINDS: tuple[RecordKind, ...] = (
    RecordKind(
        "agreement", "agreements", model.Agreement,
        reference=(FieldSection("Agreement", "agreements[]", model.Agreement),
                   FieldSection("Partner", "agreements[].partner", model.Partner),
                   FieldSection("Legal step", "agreements[].council_decision, agreements[].ministry_approval",
                                model.LegalStep)),
        published=True, title="agreements", page="agreements", template="agreement.html", per_page=25,
        first_page=True, completeness=("linked_from_municipality", "listed"), site_reference=True,
        id_stem="yeni-anlasma", missing_tie=MissingTie(partner="partner.as_written", country="country")),
    RecordKind(
        "membership", "memberships", model.Membership,
        reference=(FieldSection("Membership", "memberships[]", model.Membership),),
        # Listed by network on /networks/, not in a list of their own.
        published=True, title="memberships", completeness=("on_municipality_page",), site_reference=True,
        id_stem="yeni-uyelik"),
    RecordKind(
        "project", "projects", model.Project,
        reference=(FieldSection("Project", "projects[]", model.Project),
                   FieldSection("Project partner", "projects[].partners[]", model.ProjectPartner)),
        published=True, title="projects", page="projects", template="project.html", per_page=20,
        completeness=("linked_from_municipality", "listed"), site_reference=True,
        id_stem="yeni-proje", missing_tie=MissingTie(partner=None, country="countries", country_list=True)),
    RecordKind(
        "activity", "activities", model.Activity,
        reference=(FieldSection("Activity", "activities[]", model.Activity),),
        # No page of their own: their full text is on the municipality's page.
        published=True, title="activities", per_page=27, grouped=("kind", model.ACTIVITY_KINDS),
        completeness=("on_municipality_page", "listed"), site_reference=True,
        id_stem="yeni-etkinlik", missing_tie=MissingTie(partner=None, country="countries", country_list=True)),
    RecordKind(
        "request", "requests", model.InformationRequest,
        reference=(FieldSection("Information request", "requests[]", model.InformationRequest),
                   FieldSection("Document asked for", "requests[].about[]", model.RequestSubject)),
        # Shown through the ties they ask about (their legal trail, the scorecard); a reader reports one through
        # the request issue form, whose answers cli/issue_form._request turns into its fields.
        id_stem="yeni-basvuru"),
    RecordKind(
        # Set against the ties the sources name, on the leads page; no id, so no skeleton.
        "claim", "claims", model.Claim,
        reference=(FieldSection("Claim", "claims[]", model.Claim),)),
)

# The sources a district file's records cite: a skeleton like a record's (`portal from-issue` adds the reader's
# source with it) and a table in the field reference, but not a record kind of a municipality: sources are shared
# by every file (data/sources.yaml), listed and published as one collection.
SOURCE = RecordKind(
    "source", "sources", model.Source,
    reference=(FieldSection("Source", "data/sources.yaml or a district file: sources[]", model.Source),),
    id_stem="yeni-kaynak", new_command=False)

BY_NAME: dict[str, RecordKind] = {k.name: k for k in KINDS}
BY_KEY: dict[str, RecordKind] = {k.key: k for k in KINDS}

# The kinds with pages and open data, in page order.
PUBLISHED: tuple[RecordKind, ...] = tuple(k for k in KINDS if k.published)
# The same as list name -> model class.
RECORD_KINDS: dict[str, type[Any]] = {k.key: k.cls for k in PUBLISHED}
# What a skeleton can be written for (`portal new`, `portal from-issue`), by name.
SCAFFOLDED: dict[str, RecordKind] = {k.name: k for k in (*KINDS, SOURCE) if k.id_stem}
# The kinds with a page of their own.
WITH_PAGE: tuple[RecordKind, ...] = tuple(k for k in KINDS if k.page)


def of_record(record: object) -> RecordKind:
    """The kind of a record, by its class."""
    for kind in KINDS:
        if isinstance(record, kind.cls):
            return kind
    raise KeyError(f"{type(record).__name__} is not a record kind of a district file")

