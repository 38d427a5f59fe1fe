"""One value, one place: what is worked out from a record (its date, title, partner's name, countries, whether it is
abroad, whether art. 74 asks it for documents) is a property or function of the model, and every part reads it: the
renderer too, its Python and its templates (which receive the values through their context or a global)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from helpers import FIXTURES, ROOT
from macros.accountability import legal_trail
from macros.data import model
from macros.data.dataset import load_portal
from macros.data.index import PortalIndex, partner_name
from macros.plan.pages import record_title

PAPER = [model.Citation(source="paper")]


def tie(country: str = "SE", kind: str = "sister_city", since: str | None = "2010",
        name: str | None = None, name_en: str | None = None) -> model.Agreement:
    return model.Agreement(id="x-y", partner=model.Partner(as_written="Nacka kommun", name=name, name_en=name_en),
                           country=country, kind=kind, sources=PAPER, since=since)


def project(**kw) -> model.Project:
    return model.Project(id="x-p", title="Proje", description="…", description_en="…", sources=PAPER, **kw)


def activity(**kw) -> model.Activity:
    return model.Activity(id="x-a", kind="visit", description="…", description_en="…", sources=PAPER, **kw)


def test_every_published_kind_has_a_date():
    assert tie(since="2010-05").date == "2010-05"
    assert project(start="2017-06", end="2019").date == "2017-06"
    assert activity(date="2018").date == "2018"
    assert model.Membership(id="x-m", network="iclei", as_written="ICLEI", sources=PAPER, since="2004").date == "2004"


def test_a_partner_is_named_by_its_standard_name_then_as_written():
    assert partner_name(tie()) == "Nacka kommun"
    assert partner_name(tie(name="Nacka")) == "Nacka"
    assert partner_name(tie(name="Köln", name_en="Cologne"), "en") == "Cologne"
    assert partner_name(tie(name="Köln", name_en="Cologne"), "tr") == "Köln"


def test_the_countries_of_a_record_once_each_in_order():
    assert tie(country="DE").country_codes == ("DE",)
    partners = [model.ProjectPartner(name="A", country="BE"), model.ProjectPartner(name="B"),
                model.ProjectPartner(name="C", country="NL")]
    assert project(partners=partners, countries=["NL", "GR"]).country_codes == ("BE", "NL", "GR")
    assert activity(countries=["DE", "TR", "DE"]).country_codes == ("DE", "TR")


def test_foreign_and_abroad_mean_a_country_other_than_turkiye():
    assert tie(country="TR").domestic and not tie(country="DE").domestic
    assert activity(countries=["TR", "DE"]).abroad
    assert not activity(countries=["TR"]).abroad and not activity().abroad


def test_article_74_asks_documents_of_a_foreign_tie_that_is_not_a_letter_of_intent():
    assert tie().under_article_74
    assert not tie(country="TR").under_article_74
    assert not tie(kind="letter_of_intent").under_article_74


def test_the_scorecard_counts_only_ties_under_article_74_dated_while_a_rule_was_in_force():
    rules = load_portal(ROOT / "data").rules
    assert legal_trail.scored(tie(since="2010"), rules)
    assert not legal_trail.scored(tie(since="2010", kind="letter_of_intent"), rules)
    assert not legal_trail.scored(tie(since="2010", country="TR"), rules)
    assert not legal_trail.scored(tie(since=None), rules)


@pytest.fixture(scope="module")
def index() -> PortalIndex:
    return PortalIndex(load_portal(FIXTURES / "minimal"))


def test_a_record_is_titled_in_the_editions_language(index):
    agreement = next(iter(index.agreements.values()))
    district = index.district_of[agreement.id].name
    assert record_title(index, agreement, "tr") == (
        f"{district} – {partner_name(agreement, 'tr')} ({index.countries.name(agreement.country, 'tr')})")
    titled = project(title_en="The project")
    assert record_title(index, titled, "en") == "The project" and record_title(index, titled, "tr") == "Proje"
    assert record_title(index, project(), "en") == "Proje"  # no English title: as written


# Nothing compares a country with Türkiye's code but the model (HOME_COUNTRY, Agreement.domestic, Activity.abroad):
# a new place doing so recomputes them.
LAYERS = ["data", "accountability", "plan", "publish", "engine", "cli", "history", "i18n", "render"]


def _python_files(layer: str) -> list[Path]:
    return [path for path in sorted((ROOT / "macros" / layer).rglob("*.py")) if path.name != "model.py"]


@pytest.mark.parametrize("layer", LAYERS)
def test_no_layer_recomputes_whether_a_record_is_foreign(layer):
    found = []
    for path in _python_files(layer):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and any(isinstance(c, ast.Constant) and c.value == "TR"
                                                     for c in (node.left, *node.comparators)):
                found.append(f"{Path(path).relative_to(ROOT)}:{node.lineno}")
    assert found == []


# --- the renderer: its Python and its templates read the values, never work them out again -----------------------

RENDER = ROOT / "macros" / "render"
TEMPLATES = RENDER / "templates"

# What a template may not write: each pattern is a value the model (or the Python behind a global) works out.
TEMPLATE_RECOMPUTING = {
    "whether a country is Türkiye (model.HOME_COUNTRY, Agreement.domestic, Activity.abroad)": r"""["']TR["']""",
    "a record's date (its `date`: Project.date is its start)": r"\.(start|since) or\b",
    "a record's title (the global record_title: plan.pages.record_title)":
        r"""english\(\s*\w+\s*,\s*["']title["']\s*\)\s*or\b|\(\s*english\(\s*\w+\s*,\s*["']title["']|["']agreement_title["']""",
    "a partner's name (the global partner_name: index.partner_name)":
        r"""partner\.name(_en)?\s+(or|if)\b[^}]*as_written|partner\.name_en\s+if|english\(\s*[\w.]*partner\s*,""",
    "whether art. 74 asks a tie for documents (Agreement.under_article_74)": r"""==\s*["']letter_of_intent["']""",
    "a project's countries (its country_codes)": r"project_countries|\.partners\s*\|\s*map",
    "the kinds of records (the registry: kinds.PUBLISHED, RecordKind.grouped)": r"ACTIVITY_KINDS|RECORD_KINDS",
}


def _template_lines():
    for path in sorted(TEMPLATES.glob("*.html")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{path.name}:{number}", line


@pytest.mark.parametrize("what", TEMPLATE_RECOMPUTING)
def test_no_template_recomputes_a_derived_value(what):
    pattern = re.compile(TEMPLATE_RECOMPUTING[what])
    assert [where for where, line in _template_lines() if pattern.search(line)] == [], what


def _attribute_chain(node: ast.AST) -> str:
    """`a.partner.name` -> "a.partner.name"; anything else in the chain -> "?"."""
    if isinstance(node, ast.Attribute):
        return f"{_attribute_chain(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else "?"


def _render_recomputing(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
            chains = [_attribute_chain(value) for value in node.values]
            if any(chain.endswith((".as_written", ".name_en")) for chain in chains):
                found.append((node.lineno, "a partner's name: index.partner_name"))
            if any(chain.endswith(".title") for chain in chains[1:]):
                found.append((node.lineno, "a record's title: plan.pages.record_title"))
        if isinstance(node, ast.Attribute) and node.attr in ("start", "since") and not isinstance(node.ctx, ast.Store):
            found.append((node.lineno, "a record's date: its `date`"))
        if isinstance(node, ast.Attribute) and node.attr in ("ACTIVITY_KINDS", "RECORD_KINDS"):
            found.append((node.lineno, "the record kinds: the registry (data/kinds.py)"))
        if isinstance(node, ast.Name) and node.id == "project_countries":
            found.append((node.lineno, "a project's countries: its country_codes"))
        if isinstance(node, ast.Compare) and "'letter_of_intent'" in ast.unparse(node):
            found.append((node.lineno, "whether art. 74 asks a tie for documents: Agreement.under_article_74"))
        if isinstance(node, ast.Constant) and node.value == "agreement_title":
            found.append((node.lineno, "an agreement's title: plan.pages.record_title"))
        if isinstance(node, ast.Call) and _attribute_chain(node.func).endswith("any"):
            if any(isinstance(c, ast.Compare) and "HOME_COUNTRY" in ast.unparse(c) for c in ast.walk(node)):
                found.append((node.lineno, "whether an activity is abroad: Activity.abroad"))
    return found


def test_the_renderer_recomputes_no_derived_value():
    found = [f"{path.relative_to(ROOT)}:{line}: {what}" for path in _python_files("render")
             for line, what in _render_recomputing(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []


@pytest.mark.parametrize("code, what", [
    ('name = a.partner.name or a.partner.as_written', "partner"),
    ('when = p.start or p.end', "date"),
    ('t = english or p.title', "title"),
    ('n = label("agreement_title", lang)', "agreement's title"),
    ('x = any(c != model.HOME_COUNTRY for c in a.countries)', "abroad"),
    ('order = model.ACTIVITY_KINDS', "kinds"),
    ('codes = project_countries(p)', "countries"),
    ('asked = a.kind != "letter_of_intent"', "art. 74"),
])
def test_the_scan_finds_a_recomputed_value(code, what):
    """The scan above would catch each of the ways render/ used to recompute a value."""
    assert [w for _, w in _render_recomputing(ast.parse(code)) if what in w]


@pytest.mark.parametrize("line", [
    '{{ english(p, "title") or p.title }}', '{{ (english(p, "title") or p.title)|truncate(90) }}',
    '{% if project.start or project.end %}', '{{ a.partner.name or a.partner.as_written }}',
    '{{ english(a.partner, "name") or a.partner.name }}', '{% if code != "TR" %}',
    '{% for code in project_countries(p) %}', '{{ t("agreement_title", district=d) }}',
    '{% if agreement.kind == "letter_of_intent" %}',
])
def test_the_template_scan_finds_a_recomputed_value(line):
    assert any(re.search(pattern, line) for pattern in TEMPLATE_RECOMPUTING.values())
