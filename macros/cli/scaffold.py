"""`portal new`: append a skeleton record to a district file, as text.

The file is never round-tripped through a YAML library: the new record is inserted as
text at the end of the right list (or, if the list does not exist yet, at the end of the
file), so every other byte — comments, blank lines, quoting, order — stays as it was.

The skeleton is generated from the model: required fields appear with an empty value and a
``# TODO`` comment, optional fields are commented out, and every line carries the field's
documentation as a trailing comment. The record is deliberately invalid until the TODOs
are filled in, so ``portal validate`` points at exactly the lines still to write.
"""
from __future__ import annotations

import dataclasses
import re
import typing
from dataclasses import MISSING
from pathlib import Path
from typing import Annotated, Literal, Union

from ..data import kinds, model
from ..data.load import YAML_UNREADABLE, load_yaml, not_a_data_file, plain_yaml
from ..data.problems import printable
from ..data.rules import ID

# What a skeleton can be written for, by name (`portal new <name>`, `portal from-issue`): the record kinds with a
# placeholder id (kinds.RecordKind.id_stem) and the source a district file's records cite (kinds.SOURCE).
KINDS: dict[str, kinds.RecordKind] = kinds.SCAFFOLDED

# `id: value` at the start of a line or of a list item (`  - id: x`), optionally quoted: the ids a file holds, read
# even where its YAML does not parse (`portal from-issue` finds a record's file by them too).
ID_LINE = re.compile(r"""^[ \t-]*id:[ \t]*["']?([A-Za-z0-9_.-]+)""", re.M)


class ScaffoldError(Exception):
    """The record could not be added (unknown district, id taken, list in flow style...)."""


@dataclasses.dataclass(frozen=True)
class Added:
    file: Path       # the district file that was changed
    line: int        # 1-based line of the new record's `- id:` line
    id: str
    key: str         # the list it went into: agreements, memberships, projects, activities, requests, sources
    text: str        # the inserted skeleton
    todo_lines: tuple[int, ...] = ()   # lines of the required fields still to fill


# --- ids ------------------------------------------------------------------------------

def _collect_ids(value, out: set[str]) -> None:
    if isinstance(value, dict):
        for key, child in value.items():
            if key in ("id", "slug", "code") and isinstance(child, str):
                out.add(child)
            _collect_ids(child, out)
    elif isinstance(value, list):
        for child in value:
            _collect_ids(child, out)


def existing_ids(data_dir: Path) -> set[str]:
    """Every id, slug and code written in any data file.

    Read twice, tolerantly: as YAML where the file parses (a file with an unfilled skeleton is
    still valid YAML), and with a line pattern that also works on a file with a syntax error.
    """
    ids: set[str] = set()
    for path in sorted(Path(data_dir).rglob("*.y*ml")):
        if not_a_data_file(path):
            continue  # a symbolic link is never followed (validation reports it)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        ids.update(ID_LINE.findall(text))
        try:
            _collect_ids(plain_yaml(text), ids)
        except Exception:  # noqa: BLE001 - a file that does not read still gave its ids to the line pattern
            pass
    return ids


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3` … : the first one no record uses yet."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def fresh_id(slug: str, placeholder: str, taken: set[str]) -> str:
    return unique_id(f"{slug}-{placeholder}", taken)


# --- the skeleton, from the model -----------------------------------------------------------

def _strip_optional(tp):
    if typing.get_origin(tp) is Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def _base(tp):
    """The type without Annotated rules."""
    while typing.get_origin(tp) is Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _comment(f: dataclasses.Field, tp, todo: bool) -> str:
    doc = " ".join(model.field_doc(f).split())
    base = _base(_strip_optional(tp)[0])
    if typing.get_origin(base) is Literal:
        doc = f"{doc} One of: {', '.join(typing.get_args(base))}."
    elif typing.get_origin(base) is list:
        item = _base(typing.get_args(base)[0])
        if typing.get_origin(item) is Literal:
            doc = f"{doc} Each one of: {', '.join(typing.get_args(item))}."
    if f.default is not MISSING and f.default is not None:
        doc = f"{doc} Default: {f.default}."
    return f"# TODO: {doc}" if todo else f"# {doc}"


def _fields(cls):
    hints = typing.get_type_hints(cls, include_extras=True)
    return [(f, hints[f.name]) for f in dataclasses.fields(cls) if f.init]


# What a written value or comment must not carry as it is: what YAML cannot read at all (C0 and C1 controls,
# U+FFFE, U+FFFF: one such character in a reader's issue once made the whole district file unreadable) and
# what YAML reads as a line break (U+0085, U+2028, U+2029: it split a value over two lines).
_UNSAFE = re.compile(f"{YAML_UNREADABLE.pattern}|[\x7f-\x9f\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def yaml_scalar(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML): any text stays one line, and what
    YAML cannot hold is written as an escape (validation then names the character)."""
    import json
    return _UNSAFE.sub(_escape, json.dumps(value, ensure_ascii=False))


def yaml_comment(text: str) -> str:
    """A comment's text on one line, with what YAML cannot hold (and what would mislead a reader) escaped."""
    return _UNSAFE.sub(_escape, printable(" ".join(text.split())))


def _record_lines(cls, indent: int, commented: bool, first_prefix: str | None = None,
                  record_id: str | None = None, values: dict | None = None, path: str = "") -> list[str]:
    """Lines for the fields of ``cls`` at column ``indent``.

    ``first_prefix`` replaces the indentation of the first line (for `- ` list items);
    ``commented`` turns every line into a comment (an optional nested record);
    ``values`` fills fields already known, by dotted path ("partner.as_written", "sources.quote": the one
    item of a list of records): such a line is written out, without TODO.
    """
    values = values or {}
    lines: list[str] = []
    pad = " " * indent
    ordered = sorted(_fields(cls), key=lambda ft: not model.is_required(ft[0]))  # required first, model order kept

    def emit(text: str, comment_out: bool):
        prefix = first_prefix if (first_prefix is not None and not lines) else pad
        if comment_out:
            # Comment marker at the field's column, so uncommenting means deleting "# ".
            lines.append(f"{prefix}# {text}")
        else:
            lines.append(f"{prefix}{text}")

    for f, tp in ordered:
        required = model.is_required(f) and not commented
        inner, _ = _strip_optional(tp)
        base = _base(inner)
        off = commented or not required
        if f.name == "id" and record_id is not None:
            emit(f"id: {record_id}  # TODO: rename this placeholder before the first commit, never after. "
                 f"{' '.join(str(f.metadata.get('doc', '')).split())}", False)
            continue
        key = path + f.name
        known = key in values
        if any(k.startswith(key + ".") for k in values):
            off = False  # an optional record with a known field is written out
        if dataclasses.is_dataclass(base):
            emit(f"{f.name}:  {_comment(f, tp, todo=False)}", off)
            lines.extend(_record_lines(base, indent + 2, off, values=values, path=key + "."))
        elif typing.get_origin(base) is list and dataclasses.is_dataclass(_base(typing.get_args(base)[0])):
            item_cls = _base(typing.get_args(base)[0])
            items = values.get(key)
            if isinstance(items, list) and items and all(isinstance(i, dict) for i in items):
                # Several known items (a request about two ties): each written out with its own fields.
                emit(f"{f.name}:  {_comment(f, tp, todo=False)}", False)
                for item_values in items:
                    lines.extend(_record_lines(item_cls, indent + 4, False, first_prefix=" " * (indent + 2) + "- ",
                                               values=item_values))
                continue
            emit(f"{f.name}:  {_comment(f, tp, todo=False)}", off)
            item_lines = _record_lines(item_cls, indent + 4, off, first_prefix=" " * (indent + 2) + "- ",
                                       values=values, path=key + ".")
            if off:  # "# - name:" reads oddly: put the marker before the dash
                item_lines = [_comment_before_dash(line, indent + 2) for line in item_lines]
            lines.extend(item_lines)
        elif typing.get_origin(base) is list:
            if known:
                emit(f"{f.name}: [{', '.join(yaml_scalar(v) for v in values[key])}]  {_comment(f, tp, todo=False)}",
                     False)
            else:
                emit(f"{f.name}: []  {_comment(f, tp, todo=False)}", off)
        elif known:
            emit(f"{f.name}: {yaml_scalar(values[key])}  {_comment(f, tp, todo=False)}", False)
        else:
            shown = "" if f.default in (MISSING, None) else f" {f.default}"
            if required:
                emit(f"{f.name}:  {_comment(f, tp, todo=True)}", False)
            else:
                emit(f"{f.name}:{shown}  {_comment(f, tp, todo=False)}", True)
    return lines


def _comment_before_dash(line: str, dash_col: int) -> str:
    body = line[dash_col:]
    if body.startswith("- # "):
        return line[:dash_col] + "# - " + body[4:]
    return line


def skeleton(kind: str, record_id: str, item_indent: int = 2, values: dict | None = None) -> list[str]:
    """The lines of a new record (no line endings), its `- ` at column ``item_indent``; ``values`` fills
    the fields already known (see _record_lines)."""
    return _record_lines(KINDS[kind].cls, item_indent + 2, False, first_prefix=" " * item_indent + "- ",
                         record_id=record_id, values=values)


# --- inserting text -----------------------------------------------------------------------

_ITEM = re.compile(r"^-(?:[ \t]|\r?\n|$)")
_TOP_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:(.*)$")


def _lines(text: str) -> list[str]:
    """Split keeping line endings (only \\n counts: no surprise splits on other characters)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def insert_record(text: str, key: str, item: list[str]) -> tuple[str, int]:
    """Return (new text, 1-based line of the item's first line). Everything else is kept byte-for-byte."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = _lines(text)
    key_at = None
    for i, line in enumerate(lines):
        match = _TOP_KEY.match(line.rstrip("\r\n"))
        if match and match.group(1) == key:
            key_at = i
            rest = match.group(2).split("#", 1)[0].strip()
            if rest:
                raise ScaffoldError(f"'{key}: {rest}' is written on one line (flow style); write it as a block list "
                                    f"('{key}:' followed by '- ' items) and run the command again")
            break

    if key_at is None:
        # No such list yet: add it at the end of the file.
        head = text
        if head and not head.endswith("\n"):
            head += newline
        gap = newline if head.strip() else ""
        block = gap + f"{key}:" + newline + "".join(line + newline for line in item)
        line_no = len(_lines(head + gap)) + 2
        return head + block, line_no

    # The list's block: the lines after the key up to the next top-level key. Column-0 comments
    # and blank lines just before that key belong to it, so the item goes after the last indented line.
    end = key_at + 1
    last = key_at
    while end < len(lines):
        line = lines[end]
        inside = line[0].isspace() or _ITEM.match(line)  # `- ` at column 0 is an unindented item
        if _is_content(line) and not inside:
            break
        if line.strip() and inside:
            last = end
        end += 1
    dashes = [i for i in range(key_at + 1, last + 1) if _ITEM.match(lines[i].lstrip(" "))]
    indent = min((len(lines[i]) - len(lines[i].lstrip(" ")) for i in dashes), default=2)
    items = [i for i in dashes if len(lines[i]) - len(lines[i].lstrip(" ")) == indent]
    # Records are separated by a blank line (the house style) unless this list's records are not.
    spaced = bool(items) and (len(items) == 1 or any(not lines[i - 1].strip() for i in items[1:]))
    shifted = skeleton_shift(item, indent)
    before = lines[: last + 1]
    after = lines[last + 1:]
    if before and not before[-1].endswith("\n"):
        before[-1] += newline
    new = ([newline] if spaced else []) + [line + newline for line in shifted]
    line_no = len(before) + (2 if spaced else 1)
    return "".join(before + new + after), line_no


def skeleton_shift(item: list[str], indent: int) -> list[str]:
    """Re-indent a skeleton made for item indent 2 to the file's item indent."""
    if indent == 2:
        return item
    delta = indent - 2
    if delta > 0:
        return [" " * delta + line for line in item]
    return [line[-delta:] if line.startswith(" " * -delta) else line for line in item]


def add_record(data_dir: Path, kind: str, slug: str, record_id: str | None = None,
               values: dict | None = None, comments: tuple[str, ...] = ()) -> Added:
    """Append a skeleton ``kind`` record to data_dir/districts/<slug>.yaml; ``values`` fills known fields,
    ``comments`` go above it as YAML comments (what a reader's issue said)."""
    if kind not in KINDS:
        raise ScaffoldError(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
    key, placeholder = KINDS[kind].key, KINDS[kind].id_stem or ""
    data_dir = Path(data_dir)
    path = data_dir / "districts" / f"{slug}.yaml"
    known = sorted(p.stem for p in (data_dir / "districts").glob("*.yaml")
                   if ID.match(p.stem) and not not_a_data_file(p))
    # Only a known slug names a file: `--district ../../.yamllint` once wrote into .yamllint.yaml.
    if slug not in known or not_a_data_file(path):
        import difflib
        close = difflib.get_close_matches(slug, known, n=3)
        hint = f"did you mean {', '.join(close)}? " if close else ""
        raise ScaffoldError(f"{printable(slug)!r} is not a known district: {hint}give the slug of a file in "
                            f"data/districts/ ({', '.join(known[:6])}{' …' if len(known) > 6 else ''})")
    taken = existing_ids(data_dir)
    if record_id is None:
        record_id = fresh_id(slug, placeholder, taken)
    else:
        if not ID.match(record_id):
            raise ScaffoldError(f"{record_id!r} is not a valid id: use lower-case ASCII letters, digits and single "
                                f"hyphens, e.g. '{slug}-nacka'")
        if record_id in taken:
            raise ScaffoldError(f"id {record_id!r} is already used in {data_dir}: ids must be unique across all "
                                "data files; choose another")
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    broken = _unreadable(path)
    if broken:
        raise ScaffoldError(f"{path.name} does not read as YAML now ({broken}): fix it first (portal validate)")
    notes = ["  # " + yaml_comment(c) for c in comments]
    item = notes + skeleton(kind, record_id, values=values)
    new_text, line = insert_record(text, key, item)
    _replace(path, new_text.encode("utf-8"))
    broken = _unreadable(path)
    if broken:
        # Whatever slipped through, the file is left as it was: the record is not added, nothing is lost.
        _replace(path, raw)
        raise ScaffoldError(f"adding the record would make {path.name} unreadable ({broken}); the file was left "
                            "as it was")
    todo = tuple(line + i for i, text_line in enumerate(item) if "# TODO" in text_line and i >= len(notes))
    return Added(path, line + len(notes), record_id, key, "\n".join(item) + "\n", todo)


def _unreadable(path: Path) -> str | None:
    """Why the file does not read as YAML (a syntax or character problem, a duplicate key), or None. The
    skeleton's TODOs are left for `portal validate`; the YAML itself must read."""
    _, problems = load_yaml(path, path.name)
    return str(problems[0]) if problems else None


def _replace(path: Path, content: bytes) -> None:
    """Write a data file in one step (a new file renamed over it, its mode kept): never half a file, and
    never through a symbolic link put in its place meanwhile (the link itself is replaced)."""
    import os
    import tempfile
    mode = path.stat().st_mode & 0o7777
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(content)
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# --- field reference (CONTRIBUTING.md, `portal fields`) -----------------------------------------

FIELD_SECTIONS: tuple[tuple[str, str, type], ...] = (
    # (heading, where it is written, model class)
    ("District file", "data/districts/<slug>.yaml", model.District),
    ("Coverage", "coverage", model.Coverage),
    ("Consulted", "coverage.consulted[]", model.Consulted),
    ("Contact", "contact", model.Contact),
    # Each record kind's tables (kinds.RecordKind.reference); the citation after the published kinds', which cite.
    *((s.heading, s.where, s.cls) for kind in kinds.PUBLISHED for s in kind.reference),
    ("Citation", "sources[] of every record", model.Citation),
    *((s.heading, s.where, s.cls) for kind in kinds.KINDS if not kind.published for s in kind.reference),
    *((s.heading, s.where, s.cls) for s in kinds.SOURCE.reference),
    ("Network", "data/networks.yaml: networks[]", model.Network),
    ("Programme", "data/programmes.yaml: programmes[]", model.Programme),
    ("Country-like entity", "data/places.yaml: countries[]", model.CountryEntity),
    ("Legal rule", "data/legal_rules.yaml: rules[]", model.LegalRule),
    ("Official count", "data/official_counts.yaml: official_counts[]", model.OfficialCount),
)


def _md(text: str) -> str:
    """Table-cell safe Markdown: no raw HTML, no column breaks."""
    return " ".join(str(text).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace("|", "\\|")


def fields_markdown() -> str:
    """Markdown tables of every data field, from the model (pasted into CONTRIBUTING.md); the allowed values are
    the site's field reference's (i18n.allowed_values)."""
    from ..i18n import allowed_values
    out: list[str] = []
    for heading, where, cls in FIELD_SECTIONS:
        out.append(f"### {heading}: `{where}`")
        out.append("")
        if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
            out.append(_md(cls.__doc__.strip()))
            out.append("")
        out.append("| Field | Required | Meaning | Allowed values |")
        out.append("|---|---|---|---|")
        for f, tp in _fields(cls):
            if model.is_required(f):
                required = "yes"
            elif f.default not in (MISSING, None):
                required = f"no (default `{f.default}`)"
            else:
                required = "no"
            out.append(f"| `{f.name}` | {required} | {_md(model.field_doc(f))} | {_md(allowed_values(tp, 'en'))} |")
        out.append("")
    return "\n".join(out)
