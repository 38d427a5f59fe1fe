"""Load the whole data directory into a validated Portal, or raise DataError with every problem."""
from __future__ import annotations

import difflib
import typing
from pathlib import Path

from . import model
from .countries import Countries
from .load import Node, is_editor_file, load_yaml
from .problems import DataError, Problem, Problems
from .text import slugify, tr_sort_key
from .validate import _ID, Context, _Invalid, convert_record

REFERENCE_FILES = {
    "sources": ("sources.yaml", model.SourcesFile),
    "networks": ("networks.yaml", model.NetworksFile),
    "programmes": ("programmes.yaml", model.ProgrammesFile),
    "countries": ("places.yaml", model.PlacesFile),
}


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return path.as_posix()


def _convert_file(node: Node, cls, ctx: Context):
    try:
        return convert_record(node, cls, "", ctx)
    except _Invalid:
        return None


def _convert_entries(node: Node, cls, key: str, ctx: Context) -> tuple:
    """A reference file's list, entry by entry: one bad entry must not hide the good ones
    (otherwise every record citing them would get a false "not defined" error)."""
    item_cls = typing.get_args(typing.get_type_hints(cls)[key])[0]
    if not isinstance(node.value, dict) or key not in node.value:
        _convert_file(node, cls, ctx)  # reports the missing or misplaced key
        return ()
    extra = [k for k in node.value if k != key]
    if extra:
        _convert_file(Node({k: node.value[k] for k in extra}, node.file, node.line, node.key_lines), cls, ctx)
    items = node.value[key]
    if not isinstance(items.value, list):
        ctx.problem(items, key, f"expected a list ('- ' items) of {key}")
        return ()
    good = []
    for i, item in enumerate(items.value):
        try:
            good.append(convert_record(item, item_cls, f"{key}[{i}]", ctx))
        except _Invalid:
            pass
    return tuple(good)


def load_portal(data_dir: Path) -> model.Portal:
    """Read data_dir (the folder holding districts/ and the reference files)."""
    data_dir = Path(data_dir)
    problems: list[Problem] = Problems()

    def read(path: Path) -> Node | None:
        node, found = load_yaml(path, _display(path, data_dir))
        problems.extend(found)
        return node

    # Reference data first: country codes from places.yaml are needed to check districts.
    refs: dict[str, tuple] = {}
    ref_nodes: dict[str, Node] = {}
    places_node = read(data_dir / "places.yaml") if (data_dir / "places.yaml").exists() else None
    bootstrap = Context(Countries())
    refs["countries"] = _convert_entries(places_node, model.PlacesFile, "countries", bootstrap) if places_node else ()
    problems.extend(bootstrap.problems)
    if places_node:
        ref_nodes["countries"] = places_node
    ctx = Context(Countries(refs["countries"]))
    for key, (name, cls) in REFERENCE_FILES.items():
        if key == "countries":
            continue
        path = data_dir / name
        if not path.exists():
            problems.append(Problem(_display(path, data_dir), 0, "", f"missing file: {name} must define '{key}:'"))
            refs[key] = ()
            continue
        node = read(path)
        refs[key] = _convert_entries(node, cls, key, ctx) if node else ()
        if node:
            ref_nodes[key] = node

    districts = []
    origin: dict[str, str] = {}
    district_dir = data_dir / "districts"
    files = _district_files(data_dir, problems)
    if not files:
        problems.append(Problem(_display(district_dir, data_dir), 0, "", "no district files (*.yaml) found"))
    district_nodes: list[Node] = []
    for path in files:
        node = read(path)
        if node is None:
            continue
        if isinstance(node.value, dict):
            district_nodes.append(node)
        district = _convert_file(node, model.District, ctx)
        if district is None:
            continue
        display = _display(path, data_dir)
        if district.slug != path.stem:
            slug_node = node.value["slug"]
            # Suggest only what would be valid: "kadi koy.yaml" cannot become "slug: kadi koy".
            fix = f" or set slug: {path.stem}" if _ID.match(path.stem) else ""
            problems.append(Problem(display, slug_node.line, "slug",
                                    f"slug {district.slug!r} does not match the file name {path.name!r}: rename the "
                                    f"file to {district.slug}.yaml{fix}"))
        districts.append((district, node, display))

    problems.extend(ctx.problems)
    problems.extend(_check_ids_and_references(district_nodes, refs, ref_nodes, ctx))
    if problems:
        raise DataError(problems)

    for district, _, display in districts:
        origin[district.slug] = display
        for kind in model.RECORD_KINDS:
            for record in getattr(district, kind):
                origin[record.id] = display

    ordered = sorted((d for d, _, _ in districts), key=lambda d: tr_sort_key(d.name))
    return model.Portal(
        districts=tuple(ordered),
        sources=tuple(refs["sources"]),
        networks=tuple(refs["networks"]),
        programmes=tuple(refs["programmes"]),
        countries=tuple(refs["countries"]),
        origin=origin,
    )


def _district_files(data_dir: Path, problems: list[Problem]) -> list[Path]:
    """The district files, and a problem for every other file or folder in data/ that would not be read
    (kadikoy.YAML once made a district vanish while validation said OK). Editor files are ignored."""
    expected = {name for name, _ in REFERENCE_FILES.values()} | {"districts"}
    for entry in sorted(data_dir.iterdir()) if data_dir.is_dir() else ():
        if entry.name not in expected and not is_editor_file(entry.name):
            problems.append(Problem(_display(entry, data_dir), 0, "", _not_read(entry, "data/ holds only "
                                    + ", ".join(sorted(expected - {"districts"})) + " and the folder districts/")))
    district_dir = data_dir / "districts"
    files = []
    for entry in sorted(district_dir.iterdir()) if district_dir.is_dir() else ():
        if is_editor_file(entry.name):
            continue
        if entry.suffix in (".yaml", ".yml") and not entry.is_dir():
            files.append(entry)
        else:
            problems.append(Problem(_display(entry, data_dir), 0, "", _not_read(
                entry, "district files sit directly in data/districts/ and are named <slug>.yaml")))
    return sorted(files, key=lambda p: (p.suffix != ".yaml", p.name))


def _not_read(entry: Path, rule: str) -> str:
    if entry.is_dir():
        return f"this folder is not read ({rule}): move its files or remove it"
    if entry.suffix.lower() in (".yaml", ".yml"):
        stem = slugify(entry.stem) or entry.stem
        return f"this file is not read: the extension must be lower case; rename it to {stem}.yaml"
    return f"this file is not read ({rule}): move it out of data/ or delete it"


def _check_ids_and_references(district_nodes, refs, ref_nodes, ctx: Context) -> list[Problem]:
    problems: list[Problem] = Problems()
    known: dict[str, set[str]] = {k: set() for k in ("sources", "networks", "programmes", "agreements")}

    def claim(space: dict, value: str, node: Node, path: str, what: str):
        if value in space:
            first = space[value]
            problems.append(Problem(node.file, node.line, path,
                                    f"id {value!r} is already used by {what} at {first.file}:{first.line}; "
                                    "ids must be unique across all data files: choose another"))
        else:
            space[value] = node

    for key, node in ref_nodes.items():
        id_field = "code" if key == "countries" else "id"
        seen: dict[str, Node] = {}
        for i, id_node in _id_nodes(node, key, id_field):
            claim(seen, id_node.value, id_node, f"{key}[{i}].{id_field}", f"another entry of {key}")
        if key in known:
            known[key].update(seen)

    # Ids are claimed from the YAML nodes, not the converted records, so that a record with
    # some other mistake still takes part in the uniqueness and reference checks.
    record_ids: dict[str, Node] = {}
    slugs: dict[str, Node] = {}
    for node in district_nodes:
        slug = node.value.get("slug")
        if slug is not None and isinstance(slug.value, str):
            claim(slugs, slug.value, slug, "slug", "another district")
        for kind in model.RECORD_KINDS:
            for i, id_node in _id_nodes(node, kind, "id"):
                claim(record_ids, id_node.value, id_node, f"{kind}[{i}].id", "another record")
                if kind == "agreements":
                    known["agreements"].add(id_node.value)
    for ref in ctx.references:
        if ref.value not in known[ref.target]:
            options = sorted(known[ref.target])
            close = difflib.get_close_matches(ref.value, options, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            where = "data/districts/*.yaml" if ref.target == "agreements" else f"data/{ref.target}.yaml"
            problems.append(Problem(ref.node.file, ref.node.line, ref.path,
                                    f"{ref.value!r} is not defined in {where}: {hint}known ids are "
                                    f"{', '.join(options[:12])}{' …' if len(options) > 12 else ''}"))
    return problems


def _id_nodes(node: Node, key: str, id_field: str):
    """(index, id node) of every entry under node[key] that has a textual id, valid or not."""
    items = node.value.get(key) if isinstance(node.value, dict) else None
    if items is None or not isinstance(items.value, list):
        return
    for i, item in enumerate(items.value):
        id_node = item.value.get(id_field) if isinstance(item.value, dict) else None
        if id_node is not None and isinstance(id_node.value, str):
            yield i, id_node
