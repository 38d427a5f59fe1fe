"""JSON Schema for the data files, generated from the model (editors use it while typing)."""
from __future__ import annotations

import dataclasses
import json
import typing
from typing import Annotated, Literal, Union

from ..data import model
from ..data.countries import Countries
from ..data.rules import annotated_rule

FILES = {
    "district": model.District,
    "sources": model.SourcesFile,
    "networks": model.NetworksFile,
    "programmes": model.ProgrammesFile,
    "places": model.PlacesFile,
    "official_counts": model.OfficialCountsFile,
    "legal_rules": model.LegalRulesFile,
}


def type_schema(tp, countries: Countries) -> dict:
    origin = typing.get_origin(tp)
    if origin is Union:
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [type_schema(inner, countries), {"type": "null"}]}
    if origin is Annotated:
        base, rule = annotated_rule(tp)
        return rule.schema(base) if rule else type_schema(base, countries)
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
