"""One value, one place: what is worked out from a record (its date, title, partner's name, countries, whether it is
abroad, whether art. 74 asks it for documents) is a property or function of the model, and every part reads it."""
from __future__ import annotations

import ast
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


# Outside the templates and the renderer (another change wires those), nothing compares a country with Türkiye's
# code but the model (HOME_COUNTRY, Agreement.domestic, Activity.abroad): a new place doing so recomputes them.
LAYERS = ["data", "accountability", "plan", "publish", "engine", "cli", "history", "i18n"]


@pytest.mark.parametrize("layer", LAYERS)
def test_no_layer_recomputes_whether_a_record_is_foreign(layer):
    found = []
    for path in sorted((ROOT / "macros" / layer).rglob("*.py")):
        if path.name == "model.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and any(isinstance(c, ast.Constant) and c.value == "TR"
                                                     for c in (node.left, *node.comparators)):
                found.append(f"{Path(path).relative_to(ROOT)}:{node.lineno}")
    assert found == []
