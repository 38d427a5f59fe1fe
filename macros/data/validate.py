"""Raw YAML nodes -> typed model records, or a list of problems.

The checks are derived from the model's type hints and their ``Annotated`` rules,
so a new field needs no change here: a value with a rule is the rule's to check
(rules.py). Every problem is collected (never only the first) with file, line and
field path, and says what would be valid.
"""
from __future__ import annotations

import dataclasses
import difflib
import functools
import re
import typing
from typing import Annotated, Any, Literal, Union

from . import model
from .countries import Countries
from .load import Node
from .problems import Problem, Problems
from .rules import ENGLISH, Invalid, TextRule, Wording, annotated_rule, mixed_word, yaml_type

_DOCUMENT = re.compile(r"^documents/[A-Za-z0-9][A-Za-z0-9._-]*$")
_DECIMAL = re.compile(r"^[+-]?(?:0|[1-9][0-9]*)$")
MAX_EXCERPT = 5_000


@dataclasses.dataclass
class Reference:
    target: str
    value: str
    node: Node
    path: str


@dataclasses.dataclass
class Context:
    """What validation found so far: the problems, and the references to check across files."""
    countries: Countries
    problems: list[Problem] = dataclasses.field(default_factory=Problems)
    references: list[Reference] = dataclasses.field(default_factory=list)

    def problem(self, node: Node, path: str, message: str) -> None:
        self.problems.append(Problem(node.file, node.line, path, message))

    def refer(self, target: str, value: str, node: Node, path: str) -> None:
        """Note a reference to the record `value` of `target`, checked once every file is read (dataset.py)."""
        self.references.append(Reference(target, value, node, path))


def describe(tp: Any, words: Wording = ENGLISH) -> str:
    """What a value of model type `tp` may be, in the given words: validation messages, and the "allowed
    values" of the field reference (i18n.allowed_values: CONTRIBUTING.md and the site)."""
    origin = typing.get_origin(tp)
    if origin is Annotated:
        base, rule = annotated_rule(tp)
        return (rule.describe(words) if rule else "") or describe(base, words)
    if origin is Union:
        return words.either.join(describe(a, words) for a in typing.get_args(tp) if a is not type(None))
    if origin is Literal:
        return words.one_of + ", ".join(repr(a) for a in typing.get_args(tp))
    if origin is list:
        (item,) = typing.get_args(tp)
        if dataclasses.is_dataclass(item):
            return words.mappings + ", ".join(f.name for f in dataclasses.fields(item))
        return words.list_of + describe(item, words)
    if dataclasses.is_dataclass(tp):
        return words.mapping + ", ".join(f.name for f in dataclasses.fields(tp))
    name = str(getattr(tp, "__name__", tp))
    return dict(words.plain).get(name, name)


def convert(node: Node, tp: Any, path: str, ctx: Context) -> Any:
    """Convert one node to ``tp`` or record a problem and raise Invalid."""
    origin = typing.get_origin(tp)
    if origin is Union:  # Optional[X]
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        if node.value is None:
            return None
        return convert(node, inner, path, ctx)
    if node.value is None:
        ctx.problem(node, path, f"is empty; expected {describe(tp)}")
        raise Invalid
    if origin is Annotated:
        base, rule = annotated_rule(tp)
        return rule.check(node, base, path, ctx) if rule else convert(node, base, path, ctx)
    if origin is Literal:
        options = typing.get_args(tp)
        if node.value not in options:
            ctx.problem(node, path, f"{node.value!r} is not allowed; use one of: {', '.join(options)}")
            raise Invalid
        return node.value
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        if not isinstance(node.value, list):
            ctx.problem(node, path, f"expected a list ('- ' items), found {yaml_type(node.value)}")
            raise Invalid
        out: list[Any] = []
        failed = False
        for i, item in enumerate(node.value):
            try:
                out.append(convert(item, item_tp, f"{path}[{i}]", ctx))
            except Invalid:
                failed = True
        if failed:
            raise Invalid
        return tuple(out)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return convert_record(node, tp, path, ctx)
    if tp is int:
        if isinstance(node.value, bool) or not isinstance(node.value, int):
            ctx.problem(node, path, f"expected a whole number, found {yaml_type(node.value)} {node.value!r:.60}")
            raise Invalid
        if node.raw is not None and not _DECIMAL.match(node.raw):
            # YAML 1.1 reads 017 as 15, 0x1F as 31, 1_000 as 1000 and 1:30 as 90.
            ctx.problem(node, path, f"{node.raw!r:.60} is read by YAML as {node.value}: write the number in plain "
                                    f"decimal digits without a leading zero, e.g. {node.value}")
            raise Invalid
        if node.value < 1:
            ctx.problem(node, path, f"{node.value} must be 1 or more")
            raise Invalid
        return node.value
    if tp is str:
        return TextRule().check(node, str, path, ctx)
    if tp is bool:
        if not isinstance(node.value, bool):
            ctx.problem(node, path, f"expected true or false, found {yaml_type(node.value)} {node.value!r}")
            raise Invalid
        return node.value
    raise TypeError(f"model type not supported by the validator: {tp!r}")


def convert_record(node: Node, cls: type[Any], path: str, ctx: Context) -> Any:
    if not isinstance(node.value, dict):
        ctx.problem(node, path, f"expected a mapping of fields ('name: value'), found {yaml_type(node.value)}")
        raise Invalid
    fields, hints = _shape(cls)  # type: ignore[arg-type]  # mypy false positive: every class is hashable
    values: dict[str, Any] = {}
    failed = False
    for key, child in node.value.items():
        sub = f"{path}.{key}" if path else key
        if key not in fields:
            close = difflib.get_close_matches(key, fields, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            line = node.key_lines.get(key, child.line)
            ctx.problems.append(Problem(child.file, line, sub,
                                        f"unknown field '{key}': {hint}allowed fields here are {', '.join(fields)}"))
            failed = True
            continue
        try:
            values[key] = convert(child, hints[key], sub, ctx)
        except Invalid:
            failed = True
    for name, f in fields.items():
        required = model.is_required(f)
        sub = f"{path}.{name}" if path else name
        if required and name not in node.value:
            ctx.problem(node, sub, f"required field '{name}' is missing ({model.field_doc(f)} "
                                   f"Expected {describe(hints[name])}.)")
            failed = True
        elif required and typing.get_origin(hints[name]) is list and name in values and not values[name]:
            ctx.problem(node.child(name), sub, f"needs at least one entry ({model.field_doc(f)})")
            failed = True
    if failed:
        raise Invalid
    record = cls(**values)
    _check_record(record, node, path, ctx)
    return record


@functools.lru_cache(maxsize=None)
def _shape(cls: Any) -> tuple[dict[str, dataclasses.Field[Any]], dict[str, Any]]:
    """Fields and resolved type hints of a model class (resolving hints is slow: once per class)."""
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    return fields, typing.get_type_hints(cls, include_extras=True)


def _check_translations(record: object, node: Node, path: str, ctx: Context) -> None:
    """A text we write is shown in both editions: its Turkish and English fields come together."""
    for base, english in model.translations(type(record)):
        has_base, has_english = getattr(record, base) is not None, getattr(record, english) is not None
        if has_base and not has_english:
            ctx.problem(node.child(base), f"{path}.{english}",
                        f"'{base}' has no English text: add '{english}' with its translation (both editions show it)")
        elif has_english and not has_base:
            ctx.problem(node.child(english), f"{path}.{base}",
                        f"'{english}' has no Turkish text: add '{base}' with the Turkish wording (both editions show it)")


def _check_record(record: object, node: Node, path: str, ctx: Context) -> None:
    """Rules that involve more than one field of a record."""
    _check_translations(record, node, path, ctx)
    _check_alphabets(record, node, path, ctx)
    if isinstance(record, model.Source):
        _check_source(record, node, path, ctx)
    if isinstance(record, model.Agreement) and record.subdivision:
        sub = ctx.countries.subdivision(record.subdivision)
        if sub is not None and sub.country_code != record.country:
            ctx.problem(node.child("subdivision"), f"{path}.subdivision",
                        f"{record.subdivision!r} belongs to {sub.country_code}, not to the agreement's country "
                        f"{record.country!r}; fix one of them")
    if isinstance(record, model.Agreement):
        _check_agreement(record, node, path, ctx)
    if isinstance(record, model.InformationRequest):
        _check_request(record, node, path, ctx)
    if isinstance(record, model.RequestSubject) and (record.agreement is None) == (record.activity is None):
        ctx.problem(node, path, "name exactly one record: 'agreement: <id>' for a tie or 'activity: <id>' for a trip")
    if isinstance(record, model.RequestSubject) and (record.step == "trip_authorisation") != (record.activity is not None):
        ctx.problem(node, f"{path}.step", f"step {record.step!r} does not fit: 'trip_authorisation' goes with an "
                                          "activity, the other steps with an agreement")
    if isinstance(record, model.Source) and not record.url and not record.file:
        ctx.problem(node, f"{path}.url", "a source needs 'url' (its public address) or 'file' (a document kept in "
                                         "data/documents/, e.g. 'documents/kadikoy-2027-01-cevap.pdf')")
    if isinstance(record, model.Source) and record.file and not _DOCUMENT.match(record.file):
        ctx.problem(node.child("file"), f"{path}.file",
                    f"{record.file!r} is not a document path: write 'documents/<name>' with letters, digits, '.', '_' "
                    "or '-' in the name, for a file in data/documents/")
    if isinstance(record, model.Source) and record.kind not in model.EXCERPT_EXEMPT_KINDS and not record.excerpt:
        ctx.problem(node, f"{path}.excerpt", f"a {record.kind} source needs an 'excerpt': the passage its quotes come "
                                             "from, copied as read on the page, so the evidence survives the page")
    if isinstance(record, model.Project) and record.start and record.end and _before(record.end, record.start):
        ctx.problem(node.child("end"), f"{path}.end",
                    f"end {record.end!r} is before start {record.start!r}; swap them or correct one")


@functools.lru_cache(maxsize=None)
def _one_line_fields(cls: type[Any]) -> tuple[str, ...]:
    """The fields of a model class that hold one line of text (names, titles), alone or in a list."""
    out = []
    for name, hint in _shape(cls)[1].items():  # type: ignore[arg-type]  # as in convert_record
        args = [hint]
        while args and typing.get_origin(args[0]) in (Union, list):
            args = [a for a in typing.get_args(args[0]) if a is not type(None)]
        if args and typing.get_origin(args[0]) is Annotated and any(
                isinstance(r, TextRule) and not r.multiline for r in typing.get_args(args[0])[1:]):
            out.append(name)
    return tuple(out)


def _check_alphabets(record: object, node: Node, path: str, ctx: Context) -> None:
    """Names and titles: no word mixes alphabets ('Kаdıköy' with a Cyrillic а reads as Kadıköy)."""
    for name in _one_line_fields(type(record)):  # type: ignore[arg-type]  # every class is hashable
        value = getattr(record, name)
        for text in value if isinstance(value, tuple) else (value,):
            mixed = mixed_word(text) if isinstance(text, str) else None
            if mixed:
                ctx.problem(node.child(name), f"{path}.{name}" if path else name,
                            f"{mixed}: a look-alike letter from another alphabet; retype the word")


def _check_source(record: model.Source, node: Node, path: str, ctx: Context) -> None:
    at = node.child
    if record.published and _before(record.accessed, record.published):
        ctx.problem(at("accessed"), f"{path}.accessed",
                    f"accessed {record.accessed!r} is before published {record.published!r}: a source cannot be "
                    "read before it was published; correct one of them")
    if record.excerpt and len(record.excerpt) > MAX_EXCERPT:
        ctx.problem(at("excerpt"), f"{path}.excerpt",
                    f"the excerpt is {len(record.excerpt):,} characters long: keep the passage the quotes come "
                    f"from, at most {MAX_EXCERPT:,} characters (the page itself keeps the rest)")


def _check_agreement(record: model.Agreement, node: Node, path: str, ctx: Context) -> None:
    """Status and start date must rest on a cited source: the record says nothing its sources do not."""
    at = node.child
    if record.status != "unknown":
        if not record.status_as_of:
            ctx.problem(at("status"), f"{path}.status_as_of",
                        f"status {record.status!r} needs 'status_as_of': the date of the newest source showing it "
                        "(or set status: unknown)")
        if not any(c.status == record.status for c in record.sources):
            ctx.problem(at("status"), f"{path}.status",
                        f"status {record.status!r} has no evidence: give the citation that shows it "
                        f"'status: {record.status}' (or set status: unknown)")
    if record.since:
        given = [c.since for c in record.sources if c.since]
        if record.since not in given:
            ctx.problem(at("since"), f"{path}.since",
                        f"since {record.since!r} is not given by any citation: add 'since: {record.since!r}' to the "
                        "citation whose source states it" + (f" (the sources give {', '.join(given)})" if given else ""))
    if record.status != "ended":
        for name in ("ended", "end_reason"):
            if getattr(record, name):
                ctx.problem(at(name), f"{path}.{name}", f"'{name}' is only for status 'ended'; remove it or set the status")
    if record.ended and record.since and _before(record.ended, record.since):
        ctx.problem(at("ended"), f"{path}.ended", f"ended {record.ended!r} is before since {record.since!r}")


def _check_request(record: model.InformationRequest, node: Node, path: str, ctx: Context) -> None:
    """A request's dates run in order, and a reply says what came of it."""
    at = node.child
    if record.replied and _before(record.replied, record.filed):
        ctx.problem(at("replied"), f"{path}.replied",
                    f"replied {record.replied!r} is before filed {record.filed!r}; correct one of them")
    if record.replied and not record.outcome:
        ctx.problem(at("replied"), f"{path}.outcome", "a reply needs its 'outcome': answered, partly, refused or no_answer")
    if record.outcome in ("answered", "partly", "refused") and not record.replied:
        ctx.problem(at("outcome"), f"{path}.replied", f"outcome {record.outcome!r} needs the date of the reply ('replied')")
    if record.refusal_reason and record.outcome not in ("refused", "partly"):
        ctx.problem(at("refusal_reason"), f"{path}.refusal_reason", "'refusal_reason' is only for a refused or partly "
                                                                   "answered request")
    if record.documents and record.outcome not in ("answered", "partly"):
        ctx.problem(at("documents"), f"{path}.documents", "documents received go with outcome 'answered' or 'partly'")


def _before(a: str, b: str) -> bool:
    """True when partial date a is certainly before b ('2017' is not before '2017-06')."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]
