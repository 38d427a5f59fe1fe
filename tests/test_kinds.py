"""A record kind is declared once (macros/data/kinds.py), and every part of the portal reads the declaration.

Each test takes every declared kind and asserts the part it is about knows it: the model, the plan (pages, lists,
a municipality's pages), the open data, the completeness check, `portal new` and `portal from-issue`, the field
references and the labels. A kind added to the registry and missing somewhere fails here, by name.
"""
from __future__ import annotations

import dataclasses
import datetime
import json
import typing

import pytest

from helpers import FIXTURES, ROOT
from macros.cli import commands, issue_form, scaffold
from macros.data import kinds, model, rules
from macros.data.dataset import load_portal
from macros.data.index import PortalIndex
from macros.engine import completeness
from macros.i18n import ENUMS, FIELD_DOCS_TR, LABELS
from macros.plan import pages, paging, urls
from macros.publish import export

TEMPLATES = ROOT / "macros" / "render" / "templates"
BY_NAME = [pytest.param(kind, id=kind.name) for kind in kinds.KINDS]
PUBLISHED = [pytest.param(kind, id=kind.name) for kind in kinds.PUBLISHED]
SCAFFOLDED = [pytest.param(kind, id=kind.name) for kind in kinds.SCAFFOLDED.values()]


@pytest.fixture(scope="module")
def index() -> PortalIndex:
    """The small fixture: a municipality with one record of each published kind, and one with none."""
    return PortalIndex(load_portal(FIXTURES / "minimal"))


@pytest.fixture(scope="module")
def layout(index) -> paging.Layout:
    return paging.Layout(index, "tr", build_date=datetime.date(2026, 12, 7))


def _list_fields(cls: type) -> dict[str, type]:
    """A class's list fields of records: field name -> the record class."""
    hints = typing.get_type_hints(cls)
    out = {}
    for f in dataclasses.fields(cls):
        if typing.get_origin(hints[f.name]) is list:
            item = typing.get_args(hints[f.name])[0]
            if dataclasses.is_dataclass(item):
                out[f.name] = item
    return out


# --- the declaration itself ----------------------------------------------------------------------------------

def test_every_list_of_records_in_a_district_file_is_a_declared_kind():
    """A list added to District without a declaration would have no pages, no open data, no skeleton."""
    declared = {kind.key: kind.cls for kind in (*kinds.KINDS, kinds.SOURCE)}
    assert _list_fields(model.District) == declared


def test_names_keys_and_placeholders_are_unique():
    every = (*kinds.KINDS, kinds.SOURCE)
    for attribute in ("name", "key", "cls"):
        values = [getattr(kind, attribute) for kind in every]
        assert len(values) == len(set(values)), attribute
    stems = [kind.id_stem for kind in kinds.SCAFFOLDED.values()]
    assert len(stems) == len(set(stems))


def test_a_record_is_of_the_kind_of_its_class():
    for kind in kinds.KINDS:
        assert kinds.of_record(object.__new__(kind.cls)) is kind
    with pytest.raises(KeyError):
        kinds.of_record(object.__new__(model.Source))


def test_the_published_kinds_are_declared_only_in_the_registry():
    """model.RECORD_KINDS is gone: every layer, the renderer too, reads kinds.PUBLISHED."""
    assert kinds.RECORD_KINDS == {kind.key: kind.cls for kind in kinds.PUBLISHED}
    assert not hasattr(model, "RECORD_KINDS")


@pytest.mark.parametrize("kind", BY_NAME)
def test_a_kind_with_pages_or_a_list_is_published(kind):
    if kind.page or kind.overview or kind.first_page or kind.completeness or kind.site_reference:
        assert kind.published
    assert bool(kind.page) == bool(kind.template)


# --- the renderer ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", BY_NAME)
def test_the_renderer_draws_a_kinds_page_and_list_from_the_registry(kind, index, layout):
    """A kind's page is drawn by its builder (record_pages.BY_KIND) with its declared template; its overview
    list by list_pages.BY_KIND, under its key."""
    from macros.render import renderer

    if kind.page:
        builder = renderer.SUBJECT_PAGES[kind.name]
        build_date = datetime.date(2026, 12, 7)
        ctx = renderer.Renderer(index, pages.plan(index, "tr", build_date=build_date), "tr", build_date=build_date).ctx
        record_id = next(iter(index.records[kind.key]))
        assert builder(ctx, f"{kind.page}/{record_id}/", record_id).TEMPLATE == kind.template
    else:
        assert kind.name not in renderer.SUBJECT_PAGES
    assert (kind.key in renderer.LIST_PAGES) == kind.overview or kind.key == "requests"


# --- the plan ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", BY_NAME)
def test_a_kind_with_its_own_page_has_a_page_per_record_and_a_template(kind, index, layout):
    specs = {(p.kind, p.key): p for p in pages.generated_pages(index, "tr", layout)}
    records = index.records.get(kind.key, {})
    if kind.page:
        assert records, f"the fixture has no {kind.key}: add one to tests/fixtures/minimal"
        assert (TEMPLATES / str(kind.template)).is_file()
        assert kind.name in typing.get_args(pages.PageKind)
        for record_id, record in records.items():
            spec = specs[(kind.name, record_id)]
            assert spec.path == f"{kind.page}/{record_id}" and spec.shows == kind.name
            assert spec.title == pages.record_title(index, record, "tr")
    else:
        assert not any(page_kind == kind.name for page_kind, _ in specs)


@pytest.mark.parametrize("kind", BY_NAME)
def test_a_kind_with_an_overview_list_is_listed_there_in_its_order(kind, index, layout):
    if not kind.overview:
        assert kind.key not in layout.lists or kind.key == "requests"  # /requests/missing/ lists municipalities
        return
    assert kind.key in typing.get_args(paging.ListName)
    assert paging.PER_PAGE[kind.key] == kind.per_page and paging.TITLES[kind.key] == kind.title
    listed = layout.lists[kind.key].rows
    assert sorted(r.id for r in listed) == sorted(index.records[kind.key])
    if kind.grouped:
        field, order = kind.grouped
        assert [order.index(getattr(r, field)) for r in listed] == sorted(order.index(getattr(r, field))
                                                                          for r in listed)


@pytest.mark.parametrize("kind", PUBLISHED)
def test_a_published_kind_is_on_its_municipality_pages(kind, index, layout):
    assert kind.name in {f.name for f in dataclasses.fields(paging.Records)}
    if not kind.first_page:
        assert kind.name in paging.WEIGHTS  # how much of a page one record takes
    for district in index.portal.districts:
        shown = paging.Records.of(layout.municipalities[district.slug].rows)
        assert getattr(shown, kind.name) == tuple(paging.in_order(kind, getattr(district, kind.key)))


@pytest.mark.parametrize("kind", PUBLISHED)
def test_a_published_kind_naming_countries_is_on_their_pages(kind, index, layout):
    if not hasattr(kind.cls, "country_codes"):
        return  # a membership names no country
    for record in index.records[kind.key].values():
        for code in record.country_codes:
            assert record in getattr(index.by_country[code], kind.key)
            assert record in layout.countries[code].rows


def test_the_ties_come_first_on_a_municipality_page(index, layout):
    rows = layout.municipalities["kadikoy"].rows
    first = [kinds.of_record(r).first_page for r in rows]
    assert first == sorted(first, reverse=True) and any(first)


@pytest.mark.parametrize("kind", BY_NAME)
def test_a_change_to_a_record_links_to_where_it_is_shown(kind):
    class Event:
        kind, id, district, collection = "changed", "x-1", "kadikoy", ""

    event = Event()
    event.collection = kind.key
    link = urls.change_link(event, "/")
    if kind.page:
        assert link == f"/{kind.page}/x-1/"
    elif kind.published:
        assert link == "/municipalities/kadikoy/#x-1"


# --- open data -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", BY_NAME)
def test_a_published_kind_has_a_csv_and_a_json_per_record(kind, index):
    files = export.export_files(index)
    records = index.records.get(kind.key, {})
    if not kind.published:
        assert f"{kind.key}.csv" not in files
        return
    assert records, f"the fixture has no {kind.key}: add one to tests/fixtures/minimal"
    header = files[f"{kind.key}.csv"].lstrip(export.BOM).splitlines()[0].split(",")
    assert header[0] == "district" and "id" in header
    assert len(files[f"{kind.key}.csv"].splitlines()) == len(records) + 1
    for record_id in records:
        assert json.loads(files[urls.record_json(kind.key, record_id)])["record_type"] == kind.name


@pytest.mark.parametrize("kind", BY_NAME)
def test_every_kind_is_in_the_whole_data_set(kind, index):
    """portal.json: a published kind's list always (empty too), another kind's where a municipality has any."""
    for district, written in zip(index.portal.districts, export.dataset(index)["districts"]):
        if kind.published or getattr(district, kind.key):
            assert len(written[kind.key]) == len(getattr(district, kind.key))
        else:
            assert kind.key not in written


def test_portal_json_and_each_municipalitys_file_are_the_whole_data_set(index):
    """portal.json is assembled from each municipality's dump (each made once, also its own file)."""
    files, whole = export.export_files(index), export.dataset(index)
    assert files["portal.json"] == json.dumps(whole, ensure_ascii=False, separators=(",", ":")) + "\n"
    for district in whole["districts"]:
        assert json.loads(files[urls.record_json("municipalities", district["slug"])]) == district


# --- the completeness check ----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", PUBLISHED)
def test_the_build_checks_every_published_record_is_shown(kind):
    assert kind.completeness and set(kind.completeness) <= set(completeness.CHECKS)
    # Shown on its municipality's page, or on its own page linked from there.
    assert {"on_municipality_page", "linked_from_municipality"} & set(kind.completeness)
    assert ("linked_from_municipality" in kind.completeness) == bool(kind.page)
    assert ("listed" in kind.completeness) == kind.overview


# --- the command line ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", SCAFFOLDED)
def test_portal_new_and_from_issue_write_a_skeleton_of_the_kind(kind, capsys):
    assert scaffold.KINDS[kind.name] is kind
    lines = scaffold.skeleton(kind.name, f"adalar-{kind.id_stem}")
    assert lines[0] == f"  - id: adalar-{kind.id_stem}" + lines[0].split(f"adalar-{kind.id_stem}", 1)[1]
    # The placeholder is refused by validation until renamed (made unique or not).
    placeholder = rules._placeholder_id()
    assert placeholder.search(f"adalar-{kind.id_stem}") and placeholder.search(f"adalar-{kind.id_stem}-2")
    with pytest.raises(SystemExit):
        commands.main(["new", "--help"])
    offered = capsys.readouterr().out
    assert (kind.name in offered) == kind.new_command


def test_the_missing_tie_form_offers_each_kind_it_reports():
    form = issue_form.load_forms()["missing-tie"]
    options = form.options["kind"]
    assert len(options) == len(issue_form.MISSING_TIE_KINDS)
    for option, kind in zip(options, issue_form.MISSING_TIE_KINDS):
        assert kind.name in option.lower()
        assert issue_form._kind(option, form) is kind
        wiring = kind.missing_tie
        fields = {f.name: f for f in dataclasses.fields(kind.cls)}
        assert wiring.country in fields and (wiring.partner is None or wiring.partner.split(".")[0] in fields)
        assert (typing.get_origin(typing.get_type_hints(kind.cls)[wiring.country]) is list) == wiring.country_list


# --- field references and labels -----------------------------------------------------------------------------

def _nested(cls: type) -> set[type]:
    """The record classes written inside a class (a partner, a citation...), at any depth."""
    out: set[type] = set()
    for tp in typing.get_type_hints(cls).values():
        for arg in (tp, *typing.get_args(tp)):
            if dataclasses.is_dataclass(arg) and arg not in out:
                out |= {arg, *_nested(arg)}
    return out


@pytest.mark.parametrize("kind", [*BY_NAME, pytest.param(kinds.SOURCE, id="source")])
def test_every_field_of_a_kind_is_in_the_field_references(kind):
    documented = {cls for _, _, cls in scaffold.FIELD_SECTIONS}
    assert {s.cls for s in kind.reference} <= documented
    assert kind.reference[0].cls is kind.cls
    assert {kind.cls, *_nested(kind.cls)} <= documented, "a class written inside it has no table in `portal fields`"
    on_site = dict(paging.FIELD_SECTIONS)
    if kind.site_reference:
        assert on_site[kind.key] is kind.cls
        assert all(f"{kind.cls.__name__}.{f.name}" in FIELD_DOCS_TR for f in dataclasses.fields(kind.cls))
    else:
        assert kind.key not in on_site or kind.key == "sources"  # "sources": the citation's table


@pytest.mark.parametrize("kind", BY_NAME)
def test_a_kind_shown_on_the_site_has_its_labels(kind):
    if kind.overview:
        assert kind.title in LABELS
    if kind.published:
        assert kind.title in LABELS  # its section of a municipality page
        assert kind.key in ENUMS["collection"]  # what changed, in the feeds

