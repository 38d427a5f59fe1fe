"""Rules that check themselves: every rule a model field carries checks its values, gives its JSON Schema and
describes itself (macros/data/rules.py), and validation, the editor schema and the field reference ask the rule.
"""
from __future__ import annotations

import ast
import dataclasses
import inspect
import json
import re
import typing
from typing import Annotated, Union

import pytest

from helpers import ROOT
from macros.data import model, rules
from macros.data.countries import Countries
from macros.data.load import Node
from macros.data.rules import ID, ID_PATTERN, ENGLISH, Invalid, Rule
from macros.data.validate import Context, describe
from macros.i18n import FIELD_WORDS_TR, allowed_values, field_rows
from macros.publish.schema import type_schema


def _subclasses(cls: type) -> list[type]:
    out = []
    for sub in cls.__subclasses__():
        out += [sub, *_subclasses(sub)]
    return out


CONCRETE = sorted((c for c in _subclasses(Rule) if not inspect.isabstract(c)), key=lambda c: c.__name__)


def _model_classes() -> list[type]:
    return [c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)
            and c.__module__ == model.__name__]


def _annotated(tp: object):
    """Every Annotated type inside a field's type (Optional[...], list[...])."""
    if typing.get_origin(tp) is Annotated:
        yield tp
    elif typing.get_origin(tp) in (Union, list):
        for arg in typing.get_args(tp):
            yield from _annotated(arg)


FIELD_RULES = {(base, rule) for cls in _model_classes()
               for tp in typing.get_type_hints(cls, include_extras=True).values()
               for base, rule in [rules.annotated_rule(t) for t in _annotated(tp)] if rule is not None}


def test_every_rule_class_is_one_the_model_uses():
    assert {type(rule) for _, rule in FIELD_RULES} == set(CONCRETE)


@pytest.mark.parametrize("base,rule", sorted(FIELD_RULES, key=repr), ids=repr)
def test_each_rule_has_its_own_check_schema_and_description(base, rule):
    # A description in English (validation messages, the field reference) and in Turkish (the site).
    assert rule.describe(ENGLISH) and not rule.describe(ENGLISH).endswith(".")
    assert rule.describe(FIELD_WORDS_TR) and rule.describe(FIELD_WORDS_TR) != rule.describe(ENGLISH)
    # A schema that constrains the value (editors test it while typing; a language once had none: {}).
    assert "type" in rule.schema(base)
    # A check: a value of the wrong kind is a problem, recorded where it was found.
    ctx = Context(Countries())
    with pytest.raises(Invalid):
        rule.check(Node([1, 2], "f.yaml", 7), base, "field", ctx)
    [problem] = ctx.problems
    assert (problem.file, problem.line, problem.path) == ("f.yaml", 7, "field")


def test_the_validator_schema_and_reference_ask_the_rule_not_its_class():
    """No ladder of isinstance over the rule classes outside rules.py. The one question left is validate's: which
    fields of a record hold one line of text (names, titles: no word may mix alphabets), about the field, not
    how to check its value."""
    names = {c.__name__ for c in CONCRETE}
    found = set()
    for path in sorted((ROOT / "macros").rglob("*.py")):
        if path.name == "rules.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "isinstance" and len(node.args) == 2:
                for name in ast.walk(node.args[1]):
                    named = getattr(name, "attr", None) or getattr(name, "id", None)
                    if named in names:
                        found.add((str(path.relative_to(ROOT)), named))
    assert found == {("macros/data/validate.py", "TextRule")}


def test_a_check_returns_the_value_as_the_model_holds_it():
    ctx = Context(Countries())
    assert model.PartialDateRule().check(Node(2016, "f.yaml", 1, raw="2016"), int, "year", ctx) == 2016
    assert model.PartialDateRule().check(Node("2016-05", "f.yaml", 1), str, "date", ctx) == "2016-05"
    assert model.TextRule().check(Node(3.1, "f.yaml", 1, raw="3.10"), str, "pages", ctx) == "3.10"
    assert model.RefRule("sources").check(Node("kadikoy-x", "f.yaml", 1), str, "source", ctx) == "kadikoy-x"
    assert [(r.target, r.value) for r in ctx.references] == [("sources", "kadikoy-x")]
    assert ctx.problems == []


def test_a_rule_is_described_in_validation_messages_in_its_own_words():
    ctx = Context(Countries())
    with pytest.raises(Invalid):
        model.UrlRule().check(Node(12, "f.yaml", 3, raw="12"), str, "url", ctx)
    assert "expected text (An absolute http(s) URL), found a number 12" in ctx.problems[0].message
    assert describe(model.Url) == model.UrlRule().describe() == "An absolute http(s) URL"


def test_a_reference_names_the_files_that_define_its_records():
    assert model.RefRule("sources").describe() == "the id of an entry in data/sources.yaml"
    # Agreements and activities are written in the district files only: there is no data/activities.yaml.
    assert model.RefRule("activities").describe() == "the id of an entry in data/districts/*.yaml"
    assert model.RefRule("agreements").describe() == "the id of an entry in data/districts/*.yaml"


# --- the id pattern, written once ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,valid", [("kadikoy-nacka", True), ("a1-b2-c3", True), ("kadikoy", True),
                                        ("Kadikoy", False), ("kadikoy--nacka", False), ("-kadikoy", False),
                                        ("kadikoy-", False), ("kadıköy", False), ("kadikoy_nacka", False), ("", False)])
def test_the_id_pattern(text, valid):
    assert bool(ID.match(text)) is valid


def test_the_id_pattern_is_written_once():
    """Validation, the editor schema and `portal new` use rules.ID_PATTERN; nobody writes it again."""
    again = re.compile(r"\[a-z0-9\]\+\((?:\?:)?-\[a-z0-9\]\+\)\*")
    written = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "macros").rglob("*.py"))
               if again.search(p.read_text(encoding="utf-8"))]
    assert written == ["macros/data/rules.py"]
    schema = json.loads((ROOT / "schema" / "district.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["agreements"]["items"]["properties"]["id"]["pattern"] == ID_PATTERN


# --- the "allowed values" of the field reference: one text --------------------------------------------------------

def test_contributing_and_the_site_give_the_same_allowed_values():
    from macros.cli.scaffold import FIELD_SECTIONS, fields_markdown

    markdown = fields_markdown()
    for _, _, cls in FIELD_SECTIONS:
        hints = typing.get_type_hints(cls, include_extras=True)
        for row in field_rows(cls, "en"):
            assert row.allowed == allowed_values(hints[row.name], "en") == describe(hints[row.name])
            assert row.allowed.replace("<", "&lt;").replace(">", "&gt;") + " |" in markdown


def test_allowed_values_in_turkish_use_the_turkish_words():
    status = typing.get_type_hints(model.Agreement, include_extras=True)["status"]
    assert allowed_values(status, "tr") == "şunlardan biri: 'active', 'dormant', 'ended', 'unknown'"
    assert allowed_values(model.Text, "tr") == "Düz metin: NFC, baş ve sonda boşluksuz, biçimlendirmesiz; tek satır"


def test_the_field_reference_says_which_texts_may_span_several_lines():
    assert allowed_values(model.Text, "en").endswith("; one line")
    assert allowed_values(model.LongText, "en").endswith("; may span several lines")
    assert allowed_values(model.LongText, "tr").endswith("; birden çok satır olabilir")


def test_the_schema_of_an_annotated_type_is_its_rules():
    for base, rule in FIELD_RULES:
        assert type_schema(Annotated[base, rule], Countries()) == rule.schema(base)


@pytest.mark.parametrize("code,valid", [("tr", True), ("bs", True), ("TR", False), ("tur", False), ("t", False)])
def test_a_language_code_is_refused_alike_by_validation_and_the_editor_schema(code, valid):
    jsonschema = pytest.importorskip("jsonschema")
    rule = model.LanguageRule()
    ctx = Context(Countries())
    try:
        checked = rule.check(Node(code, "f.yaml", 1), str, "language", ctx) == code
    except Invalid:
        checked = False
    assert (checked, jsonschema.Draft202012Validator(rule.schema(str)).is_valid(code)) == (valid, valid)
