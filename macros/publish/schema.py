"""JSON Schema for the data files, generated from the model (editors use it while typing)."""
from __future__ import annotations

import dataclasses
import json
import re
import typing
from typing import Annotated, Literal, Union

from ..data import model
from ..data.countries import Countries

FILES = {
    "district": model.District,
    "sources": model.SourcesFile,
    "networks": model.NetworksFile,
    "programmes": model.ProgrammesFile,
    "places": model.PlacesFile,
    "official_counts": model.OfficialCountsFile,
    "legal_rules": model.LegalRulesFile,
}



def _ecma(markup: model.Markup) -> str:
    """Validation's pattern for JSON Schema, whose patterns (ECMA-262) have no flags: a caseless one
    spells each letter both ways ("[jJ][aA]…"). Escapes (\\s, \\t) are kept as they are."""
    if not markup.caseless:
        return markup.pattern
    return re.sub(r"(?<!\\)[a-z]", lambda m: f"[{m.group()}{m.group().upper()}]", markup.pattern)


# Text fields must not match any of validation's markup patterns (model.MARKUP).
_MARKUP = "|".join(f"(?:{_ecma(m)})" for m in model.MARKUP)

_DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


def _rule_schema(base, rule, countries: Countries) -> dict:
    if isinstance(rule, model.PartialDateRule):
        if base is int:
            return {"type": "integer", "minimum": 1900}
        return {"type": ["string", "integer"], "pattern": _DATE_PATTERN,
                "description": "YYYY, YYYY-MM or YYYY-MM-DD"}
    if isinstance(rule, model.TextRule):
        schema = {"type": "string", "minLength": 1, "not": {"pattern": _MARKUP}}
        if not rule.multiline:
            schema["pattern"] = r"^[^\n]*$"
        return schema
    if isinstance(rule, model.IdRule):
        return {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"}
    if isinstance(rule, model.NewCountryCodeRule):
        return {"type": "string", "pattern": r"^X[A-Z]$"}
    if isinstance(rule, model.CountryRule):
        return {"type": "string", "pattern": r"^[A-Z]{2}$",
                "examples": ["SE", "BA", "MK", "XK"]}
    if isinstance(rule, model.SubdivisionRule):
        return {"type": "string", "pattern": r"^[A-Z]{2}-[A-Z0-9]{1,3}$"}
    if isinstance(rule, model.UrlRule):
        return {"type": "string", "format": "uri", "pattern": r"^https?://"}
    if isinstance(rule, model.RefRule):
        return {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$",
                "description": f"id of an entry in {rule.target}"}
    return {}


def type_schema(tp, countries: Countries) -> dict:
    origin = typing.get_origin(tp)
    if origin is Union:
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [type_schema(inner, countries), {"type": "null"}]}
    if origin is Annotated:
        base, *rules = typing.get_args(tp)
        rule = next((r for r in rules if isinstance(r, model.Rule)), None)
        return _rule_schema(base, rule, countries)
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin is list:
        return {"type": "array", "items": type_schema(typing.get_args(tp)[0], countries)}
    if dataclasses.is_dataclass(tp):
        return record_schema(tp, countries)
    if tp is int:
        return {"type": "integer", "minimum": 1}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    raise TypeError(tp)


def record_schema(cls, countries: Countries) -> dict:
    hints = typing.get_type_hints(cls, include_extras=True)
    properties, required = {}, []
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        schema = type_schema(hints[f.name], countries)
        if description := model.field_doc(f):
            schema = {"description": description, **schema}
        properties[f.name] = schema
        if model.is_required(f):
            required.append(f.name)
            if typing.get_origin(hints[f.name]) is list:
                schema["minItems"] = 1
    out = {"type": "object", "properties": properties, "additionalProperties": False}
    if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
        out["description"] = " ".join(cls.__doc__.split())
    if required:
        out["required"] = required
    return out


def file_schema(name: str, countries: Countries | None = None) -> dict:
    schema = record_schema(FILES[name], countries or Countries())
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"{name}.schema.json", "title": f"Yerel Diplomasi İzleme: {name} data file", **schema}


def schema_texts() -> dict[str, str]:
    """File name -> JSON text, stable (sorted keys, trailing newline) so the committed copy can be checked."""
    return {f"{name}.schema.json": json.dumps(file_schema(name), ensure_ascii=False, indent=2) + "\n"
            for name in FILES}
