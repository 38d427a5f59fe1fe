"""Load the whole data directory into a validated Portal, or raise DataError with every problem."""
from __future__ import annotations

import dataclasses
import difflib
import functools
import os
import typing
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from . import kinds, model, rules
from .countries import Countries
from .load import Node, is_editor_file, load_yaml, not_a_data_file
from .problems import DataError, Problem, Problems, printable
from .text import lookalike_key, slugify, tr_sort_key
from .rules import ID, Invalid
from .file_cache import FileCache
from .validate import Context, Reference, convert_record

REFERENCE_FILES = {
    "sources": ("sources.yaml", model.SourcesFile),
    "networks": ("networks.yaml", model.NetworksFile),
    "programmes": ("programmes.yaml", model.ProgrammesFile),
    "countries": ("places.yaml", model.PlacesFile),
    "official_counts": ("official_counts.yaml", model.OfficialCountsFile),
    "rules": ("legal_rules.yaml", model.LegalRulesFile),
}


# A data set may have no official count to compare with (a city copying the portal, a test).
OPTIONAL_FILES = ("official_counts", "rules")

# İstanbul's 39 district municipalities: this repository's data/ has a file for each, and a missing one is
# an error (`.catalca.yaml` once gave "OK: 38 districts"). Other data sets (tests, benchmarks, a city
# copying the portal) have their own districts.
ISTANBUL_DISTRICTS = (
    "adalar", "arnavutkoy", "atasehir", "avcilar", "bagcilar", "bahcelievler", "bakirkoy", "basaksehir", "bayrampasa",
    "besiktas", "beykoz", "beylikduzu", "beyoglu", "buyukcekmece", "catalca", "cekmekoy", "esenler", "esenyurt",
    "eyupsultan", "fatih", "gaziosmanpasa", "gungoren", "kadikoy", "kagithane", "kartal", "kucukcekmece", "maltepe",
    "pendik", "sancaktepe", "sariyer", "sile", "silivri", "sisli", "sultanbeyli", "sultangazi", "tuzla", "umraniye",
    "uskudar", "zeytinburnu")
PROJECT_DATA = Path(__file__).resolve().parents[2] / "data"


def expected_districts(data_dir: Path) -> tuple[str, ...] | None:
    """The districts a data folder must hold: İstanbul's 39 for this repository's data/, else not known."""
    return ISTANBUL_DISTRICTS if Path(data_dir).resolve() == PROJECT_DATA.resolve() else None


_T = TypeVar("_T")


def _guarded(display: str, problems: list[Problem], work: Callable[..., _T], *args: Any) -> _T | None:
    """work(*args), or None after a problem naming the file: an exception nobody foresaw in validating a
    file (`http://[::1/x` once raised ValueError) is reported with the file, never a traceback."""
    try:
        return work(*args)
    except Exception as exc:  # noqa: BLE001 - the point: whatever it is, it becomes a problem with the file
        problems.append(Problem(display, 0, "", f"could not be checked: {type(exc).__name__}: {printable(exc):.200} "
                                                "-- a mistake in the validator, not only in the file: report it "
                                                "with this file"))
        return None


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return path.as_posix()


def _convert_file(node: Node, cls: type[Any], ctx: Context) -> Any:
    try:
        return convert_record(node, cls, "", ctx)
    except Invalid:
        return None


def _convert_entries(node: Node, cls: type[Any], key: str, ctx: Context) -> tuple[Any, ...]:
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
    good: list[Any] = []
    for i, item in enumerate(items.value):
        try:
            good.append(convert_record(item, item_cls, f"{key}[{i}]", ctx))
        except Invalid:
            pass
    return tuple(good)


@dataclasses.dataclass(frozen=True)
class _FileResult:
    """One data file read and validated on its own: what load_portal merges into the whole load."""
    node: Node | None
    value: Any
    problems: list[Problem]  # reading it, and any unforeseen error in validating it
    checked: list[Problem]  # its values' problems (Context.problems)
    references: list[Reference]  # to other files' records, checked on the whole set


def _read_file(path: Path, data_dir: Path, countries: Countries,
               convert: Callable[[Node, Context], Any]) -> _FileResult:
    problems: list[Problem] = Problems()
    display = _display(path, data_dir)
    found = _guarded(display, problems, load_yaml, path, display)
    node = None
    if found is not None:
        problems.extend(found[1])
        node = found[0]
    ctx = Context(countries)
    value = _guarded(node.file, problems, convert, node, ctx) if node is not None else None
    return _FileResult(node, value, problems, ctx.problems, ctx.references)


def _convert_reference(node: Node, ctx: Context, *, cls: type[Any], key: str) -> tuple[Any, ...]:
    return _convert_entries(node, cls, key, ctx)


def load_portal(data_dir: Path, expected: Collection[str] | None = None,
                cache: FileCache[Any] | None = None) -> model.Portal:
    """Read data_dir (the folder holding districts/ and the reference files). `expected`: the district
    slugs that must all have a file (default: expected_districts(data_dir)). `cache`: `mkdocs serve`'s
    results of the files unchanged since its last build (file_cache.py); never for a build to publish."""
    data_dir = Path(data_dir)
    expected = expected if expected is not None else expected_districts(data_dir)
    problems: list[Problem] = Problems()
    day = rules.today()  # a cached file's dates were checked against the day it was read
    if cache is not None:
        cache.begin()

    lookups: dict[tuple[Any, ...], Countries] = {}  # built once per load: a Countries is costly to make

    def lookup(countries: tuple[Any, ...]) -> Countries:
        if countries not in lookups:
            lookups[countries] = Countries(countries)
        return lookups[countries]

    def read(path: Path, step: str, countries: tuple[Any, ...], convert: Callable[[Node, Context], Any]) -> _FileResult:
        """The file's own result, merged into the load's problems; its values' problems into ctx's."""
        def compute() -> _FileResult:
            return _read_file(path, data_dir, lookup(countries), convert)
        result = cache.result(path, step, (countries, day), compute) if cache is not None else compute()
        problems.extend(result.problems)
        return result

    # Reference data first: country codes from places.yaml are needed to check districts.
    refs: dict[str, tuple[Any, ...]] = {}
    ref_nodes: dict[str, Node] = {}
    if os.path.lexists(data_dir / "places.yaml"):
        places = read(data_dir / "places.yaml", "countries", (),
                      lambda node, c: _convert_entries(node, model.PlacesFile, "countries", c))
        refs["countries"] = places.value or ()
        problems.extend(places.checked)
        if places.node:
            ref_nodes["countries"] = places.node
    else:
        refs["countries"] = ()
    countries = tuple(refs["countries"])
    ctx = Context(lookup(countries))

    def merge(result: _FileResult) -> None:
        ctx.problems.extend(result.checked)
        ctx.references.extend(result.references)

    for key, (name, cls) in REFERENCE_FILES.items():
        if key == "countries":
            continue
        path = data_dir / name
        if not os.path.lexists(path) and key in OPTIONAL_FILES:
            refs[key] = ()
            continue
        if not os.path.lexists(path):
            problems.append(Problem(_display(path, data_dir), 0, "", f"missing file: {name} must define '{key}:'"))
            refs[key] = ()
            continue
        result = read(path, key, countries, functools.partial(_convert_reference, cls=cls, key=key))
        merge(result)
        refs[key] = result.value or ()
        if result.node:
            ref_nodes[key] = result.node

    districts: list[tuple[model.District, Node, str]] = []
    origin: dict[str, str] = {}
    district_dir = data_dir / "districts"
    files = _district_files(data_dir, problems, expected)
    if not files and not district_dir.is_symlink():  # a link is reported as such
        problems.append(Problem(_display(district_dir, data_dir), 0, "", "no district files (*.yaml) found"))
    district_nodes: list[Node] = []
    for path in files:
        result = read(path, "district", countries, lambda node, c: _convert_file(node, model.District, c))
        merge(result)
        node = result.node
        if node is None:
            continue
        if isinstance(node.value, dict):
            district_nodes.append(node)
        display = _display(path, data_dir)
        district = result.value
        if district is None:
            continue
        if district.slug != path.stem:
            slug_node = node.child("slug")
            # Suggest only what would be valid: "kadi koy.yaml" cannot become "slug: kadi koy".
            fix = f" or set slug: {path.stem}" if ID.match(path.stem) else ""
            problems.append(Problem(display, slug_node.line, "slug",
                                    f"slug {district.slug!r} does not match the file name {path.name!r}: rename the "
                                    f"file to {district.slug}.yaml{fix}"))
        districts.append((district, node, display))
    if cache is not None:
        cache.end()

    problems.extend(ctx.problems)
    all_sources = tuple(refs["sources"]) + tuple(s for d, _, _ in districts for s in d.sources)
    whole = _display(data_dir, data_dir) + "/"
    checks: tuple[Callable[[], list[Problem]], ...] = (
        lambda: _check_ids_and_references(district_nodes, refs, ref_nodes, ctx),
        lambda: _check_quotes(district_nodes + [n for k, n in ref_nodes.items() if k != "sources"],
                              {s.id: s for s in all_sources}),
        lambda: _check_same_document(all_sources, ref_nodes.get("sources"), district_nodes),
        lambda: _check_unique_names(district_nodes, ref_nodes),
        lambda: _check_documents(all_sources, data_dir, ref_nodes.get("sources"), district_nodes))
    for check in checks:
        problems.extend(_guarded(whole, problems, check) or ())
    if problems:
        raise DataError(problems)

    for district, _, display in districts:
        origin[district.slug] = display
        for kind in kinds.PUBLISHED:
            for record in getattr(district, kind.key):
                origin[record.id] = display

    ordered = sorted((d for d, _, _ in districts), key=lambda d: tr_sort_key(d.name))
    return model.Portal(
        districts=tuple(ordered),
        sources=all_sources,
        networks=tuple(refs["networks"]),
        programmes=tuple(refs["programmes"]),
        countries=tuple(refs["countries"]),
        official_counts=tuple(refs["official_counts"]),
        rules=tuple(refs["rules"]),
        origin=origin,
    )


def _district_files(data_dir: Path, problems: list[Problem], districts: Collection[str] | None = None) -> list[Path]:
    """The district files, and a problem for every other file or folder in data/ that would not be read
    (kadikoy.YAML once made a district vanish while validation said OK), for every symbolic link (never
    followed), and for every district of `districts` without its file. Editor files are ignored while
    the file they belong to is there (an editor is open on it)."""
    expected = {name for name, _ in REFERENCE_FILES.values()} | {"districts", "documents"}
    for entry in sorted(data_dir.iterdir()) if data_dir.is_dir() else ():
        if entry.name not in expected and not is_editor_file(entry.name):
            problems.append(Problem(_display(entry, data_dir), 0, "", _not_read(entry, "data/ holds only "
                                    + ", ".join(sorted(expected - {"districts", "documents"}))
                                    + ", the folder districts/ and the folder documents/ (documents received)")))
    district_dir = data_dir / "districts"
    if district_dir.is_symlink():
        problems.append(Problem(_display(district_dir, data_dir), 0, "", "is a symbolic link: districts/ must be a "
                                "folder inside data/ holding the district files themselves"))
        return []
    entries = sorted(district_dir.iterdir()) if district_dir.is_dir() else []
    names = {entry.name for entry in entries}
    files: list[Path] = []
    for entry in entries:
        if is_editor_file(entry.name):
            original = _edited_file(entry.name)
            if original and original not in names:
                problems.append(Problem(_display(entry, data_dir), 0, "", f"this hidden or backup file is not read, "
                                        f"and there is no {original}: if it holds the district's data, rename it "
                                        f"to {original}"))
            continue
        if entry.suffix in (".yaml", ".yml") and not entry.is_dir() and not entry.is_symlink():
            files.append(entry)
        elif entry.is_symlink():
            problems.append(Problem(_display(entry, data_dir), 0, "", not_a_data_file(entry) or "is a symbolic link"))
        else:
            problems.append(Problem(_display(entry, data_dir), 0, "", _not_read(
                entry, "district files sit directly in data/districts/ and are named <slug>.yaml")))
    if districts is not None:
        present = {e.stem for e in entries if e.suffix in (".yaml", ".yml") and not is_editor_file(e.name)}
        for slug in sorted(set(districts) - present):
            problems.append(Problem(_display(district_dir / f"{slug}.yaml", data_dir), 0, "",
                                    f"missing file: the district municipality {slug!r} has no file; each of the "
                                    f"{len(districts)} has one (restore data/districts/{slug}.yaml)"))
        for entry in files:
            if entry.stem not in districts:
                problems.append(Problem(_display(entry, data_dir), 0, "", f"{entry.stem!r} is not one of the "
                                        f"{len(districts)} district municipalities: rename the file to the slug of "
                                        "one of them, or move it out of data/districts/"))
    return sorted(files, key=lambda p: (p.suffix != ".yaml", p.name))


def _edited_file(name: str) -> str | None:
    """The data file an editor file belongs to ('.#catalca.yaml', '#catalca.yaml#', 'catalca.yaml~',
    '.catalca.yaml.swp' -> 'catalca.yaml'), or None for other hidden files (.gitkeep, .DS_Store)."""
    core = name.lstrip(".#").rstrip("#~")
    for suffix in (".swp", ".swo", ".swx"):
        core = core.removesuffix(suffix)
    return core if core.endswith((".yaml", ".yml")) and core != name else None


def _not_read(entry: Path, rule: str) -> str:
    if entry.is_dir():
        return f"this folder is not read ({rule}): move its files or remove it"
    if entry.suffix.lower() in (".yaml", ".yml"):
        stem = slugify(entry.stem) or entry.stem
        return f"this file is not read: the extension must be lower case; rename it to {stem}.yaml"
    return f"this file is not read ({rule}): move it out of data/ or delete it"


def _check_unique_names(district_nodes: list[Node], ref_nodes: dict[str, Node]) -> list[Problem]:
    """Two districts (networks, programmes) whose names look the same to a reader are one mistake:
    "Kadıköy" and "Kаdıköy" (a Cyrillic а) once both passed."""
    groups = {"districts": [("name", n.child("name")) for n in district_nodes if n.child("name") is not n]}
    for key in ("networks", "programmes"):
        node = ref_nodes.get(key)
        items = node.value.get(key) if node is not None and isinstance(node.value, dict) else None
        if items is not None and isinstance(items.value, list):
            groups[key] = [(f"{key}[{i}].name", item.value["name"]) for i, item in enumerate(items.value)
                           if isinstance(item.value, dict) and "name" in item.value]
    problems: list[Problem] = []
    for key, names in groups.items():
        seen: dict[str, Node] = {}
        for path, name in names:
            if not isinstance(name.value, str):
                continue
            first = seen.setdefault(lookalike_key(name.value), name)
            if first is not name:
                problems.append(Problem(name.file, name.line, path,
                                        f"{name.value!r} looks the same as {first.value!r} ({first.file}:{first.line}): "
                                        f"two {key} must not share a name (check for a look-alike letter)"))
    return problems


def _check_ids_and_references(district_nodes: list[Node], refs: dict[str, tuple[Any, ...]],
                              ref_nodes: dict[str, Node], ctx: Context) -> list[Problem]:
    problems: list[Problem] = Problems()
    # Ids by collection, for the references (model.RefRule's targets): the reference files' and the record kinds'.
    known: dict[str, set[str]] = {k: set() for k in ("sources", "networks", "programmes", *kinds.BY_KEY)}

    def claim(space: dict[str, Node], value: str, node: Node, path: str, what: str) -> None:
        if value in space:
            first = space[value]
            problems.append(Problem(node.file, node.line, path,
                                    f"id {value!r} is already used by {what} at {first.file}:{first.line}; "
                                    "ids must be unique across all data files: choose another"))
        else:
            space[value] = node

    seen_by_key: dict[str, dict[str, Node]] = {}
    for key, node in ref_nodes.items():
        id_field = "code" if key == "countries" else "id"
        seen = seen_by_key.setdefault(key, {})
        for i, value, id_node in _id_nodes(node, key, id_field):
            claim(seen, value, id_node, f"{key}[{i}].{id_field}", f"another entry of {key}")
    # Sources may also be defined in a district file, next to the records citing them; ids stay global.
    source_ids = seen_by_key.setdefault("sources", {})
    for node in district_nodes:
        for i, value, id_node in _id_nodes(node, "sources", "id"):
            claim(source_ids, value, id_node, f"sources[{i}].id", "another source")
    for key, seen in seen_by_key.items():
        if key in known:
            known[key].update(seen)

    # Ids are claimed from the YAML nodes, not the converted records, so that a record with
    # some other mistake still takes part in the uniqueness and reference checks.
    record_ids: dict[str, Node] = {}
    slugs: dict[str, Node] = {}
    for node in district_nodes:
        slug = node.child("slug")
        if slug is not node and isinstance(slug.value, str):
            claim(slugs, slug.value, slug, "slug", "another district")
        for kind in kinds.KINDS:
            if not any(f.name == "id" for f in dataclasses.fields(kind.cls)):
                continue  # a claim has no id
            for i, value, id_node in _id_nodes(node, kind.key, "id"):
                claim(record_ids, value, id_node, f"{kind.key}[{i}].id", "another record")
                known[kind.key].add(value)
    for ref in ctx.references:
        if ref.value not in known[ref.target]:
            options = sorted(known[ref.target])
            close = difflib.get_close_matches(ref.value, options, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            where = ("data/districts/*.yaml" if ref.target in kinds.BY_KEY
                     else {"sources": "data/sources.yaml or a district file's 'sources'"}.get(ref.target,
                                                                                           f"data/{ref.target}.yaml"))
            problems.append(Problem(ref.node.file, ref.node.line, ref.path,
                                    f"{ref.value!r} is not defined in {where}: {hint}known ids are "
                                    f"{', '.join(options[:12])}{' …' if len(options) > 12 else ''}"))
    return problems


def _id_nodes(node: Node, key: str, id_field: str) -> Iterator[tuple[int, str, Node]]:
    """(index, id, id node) of every entry under node[key] that has a textual id, valid or not."""
    items = node.value.get(key) if isinstance(node.value, dict) else None
    if items is None or not isinstance(items.value, list):
        return
    for i, item in enumerate(items.value):
        id_node = item.value.get(id_field) if isinstance(item.value, dict) else None
        if id_node is not None and isinstance(id_node.value, str):
            yield i, id_node.value, id_node


QUOTE_MAX_WORDS = 40


def _normalise(text: str) -> str:
    """Line breaks and runs of spaces in YAML block text are not part of the wording."""
    return " ".join(text.split())


def _citation_nodes(node: Node, path: str = "") -> Iterator[tuple[str, Node]]:
    """(path, node) of every citation (a mapping with 'source' and 'quote') anywhere in a district file."""
    if isinstance(node.value, dict):
        if "source" in node.value and "quote" in node.value:
            yield path, node
        for key, child in node.value.items():
            yield from _citation_nodes(child, f"{path}.{key}" if path else key)
    elif isinstance(node.value, list):
        for i, child in enumerate(node.value):
            yield from _citation_nodes(child, f"{path}[{i}]")


def _check_quotes(district_nodes: list[Node], sources: dict[str, model.Source]) -> list[Problem]:
    """A quote from a source we keep an excerpt of must lie inside that excerpt, verbatim, and stay short."""
    problems: list[Problem] = []
    for file_node in district_nodes:
        for path, node in _citation_nodes(file_node):
            quote_node = node.child("quote")
            source_id, quote = node.child("source").value, quote_node.value
            source = sources.get(source_id) if isinstance(source_id, str) else None
            if source is None or not source.excerpt or not isinstance(quote, str):
                continue
            if _normalise(quote) not in _normalise(source.excerpt):
                problems.append(Problem(quote_node.file, quote_node.line, f"{path}.quote",
                                        f"the quote is not in the excerpt kept for source {source_id!r}: copy it "
                                        "verbatim from the page, or add the passage it comes from to the excerpt"))
            elif len(quote.split()) > QUOTE_MAX_WORDS:
                problems.append(Problem(quote_node.file, quote_node.line, f"{path}.quote",
                                        f"the quote has {len(quote.split())} words; keep it to {QUOTE_MAX_WORDS} "
                                        "or fewer (the excerpt keeps the context)"))
    return problems


def _source_lines(ref_node: Node | None, district_nodes: list[Node]) -> dict[str, Node]:
    """Source id -> the node of its `id:` line (sources.yaml first, then the district files)."""
    lines: dict[str, Node] = {}
    for file_node in ([ref_node] if ref_node else []) + list(district_nodes):
        for _, value, id_node in _id_nodes(file_node, "sources", "id"):
            lines.setdefault(value, id_node)
    return lines


def _check_documents(sources: Iterable[model.Source], data_dir: Path, ref_node: Node | None,
                     district_nodes: list[Node]) -> list[Problem]:
    """A document kept in the repository (Source.file) is a regular file in data/documents/, never a link."""
    lines = _source_lines(ref_node, district_nodes)
    problems: list[Problem] = []
    for source in sources:
        if not source.file:
            continue
        path = data_dir / source.file
        node = lines.get(source.id)
        where = (node.file, node.line) if node else ("", 0)
        if path.is_symlink() or (path.exists() and not path.is_file()):
            problems.append(Problem(*where, "sources", f"source {source.id!r}: data/{source.file} must be a file kept "
                                    "in the repository, not a link or a folder"))
        elif not path.is_file():
            problems.append(Problem(*where, "sources", f"source {source.id!r}: data/{source.file} does not exist: add "
                                    "the document to data/documents/ or correct the path"))
    return problems


def _check_same_document(sources: Iterable[model.Source], ref_node: Node | None,
                         district_nodes: list[Node]) -> list[Problem]:
    """One document, one source record: two ids for the same address split its citations."""
    lines = _source_lines(ref_node, district_nodes)
    problems: list[Problem] = []
    first: dict[str, str] = {}
    for source in sources:
        key = (source.url.rstrip("/").split("://", 1)[-1].removeprefix("www.") if source.url
               else f"file:{source.file}")
        if key in first:
            node = lines.get(source.id)
            problems.append(Problem(node.file if node else "", node.line if node else 0, "sources",
                                    f"source {source.id!r} has the same address as {first[key]!r}: keep one record "
                                    f"and cite {first[key]!r}"))
        else:
            first[key] = source.id
    return problems
