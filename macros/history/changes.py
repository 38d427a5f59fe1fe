"""What changed in the data between two git revisions, and the history of every record.

Everything here is derived from git (``git ls-tree``, ``git cat-file``, ``git log``), never from
the clock, so the same repository state always gives the same answer. Files are parsed with
PyYAML's safe loader (aliases refused); line numbers are not needed here, and a file that does
not parse at some revision is reported and left out of the comparison rather than shown as
"every record removed".

- ``diff(repo_root, rev1, rev2=None)``: records added, changed (with the fields) and removed.
- ``history(repo_root)``: change events along the first-parent history, oldest first (for feeds).
- ``last_commit_dates(data_dir)``: the date of the last commit of every data file (record pages).
"""
from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

import yaml

from ..data import kinds, model
from ..data.load import is_editor_file, plain_yaml
from ..data.dataset import REFERENCE_FILES as DATA_FILES
from ..data.problems import printable

# The published record kinds (data/kinds.py): agreements, memberships, projects, activities.
RECORD_COLLECTIONS = tuple(kind.key for kind in kinds.PUBLISHED)
# The reference files whose records have a change history (feeds, `portal diff`), by file name ->
# (collection, field holding the id); the file names are the loader's (data.dataset.REFERENCE_FILES).
TRACKED_REFERENCES = ("sources", "networks", "programmes", "countries")
REFERENCE_FILES = {DATA_FILES[key][0]: (key, "code" if key == "countries" else "id") for key in TRACKED_REFERENCES}
CHANGE_KINDS = ("added", "changed", "removed")
# The day of this repository's first commit: no date of its history can be earlier.
PROJECT_START = "2026-11-25"
_FIELD_ORDER = {
    "districts": [f.name for f in dataclasses.fields(model.District) if f.name not in RECORD_COLLECTIONS],
    "sources": [f.name for f in dataclasses.fields(model.Source)],
    "networks": [f.name for f in dataclasses.fields(model.Network)],
    "programmes": [f.name for f in dataclasses.fields(model.Programme)],
    "countries": [f.name for f in dataclasses.fields(model.CountryEntity)],
    **{kind.key: [f.name for f in dataclasses.fields(kind.cls)] for kind in kinds.PUBLISHED},
}


class GitError(Exception):
    """git failed or is not available (message says what to do)."""


# --- records -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Record:
    """One record (or reference entry) as found in a data file at some revision."""
    id: str
    collection: str               # agreements | memberships | projects | activities | districts | sources | ...
    file: str                     # repository-relative path, e.g. data/districts/adalar.yaml
    data: dict = field(compare=False, hash=False)
    district: str | None = None   # slug, for district records (and for the district itself)
    district_name: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """Records share one id space; each reference collection has its own."""
        return ("record" if self.collection in RECORD_COLLECTIONS else self.collection, self.id)


def _one_line(value, limit: int = 90) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def record_title(collection: str, data: dict) -> str | None:
    """The record's name as a reader would recognise it (partner, title, ...), on one line."""
    def get(*keys):
        for key in keys:
            value = data.get(key)
            if isinstance(value, dict):
                # A partner by its standard name, as the pages head it (data.index.partner_name), then as written.
                value = value.get("name") or value.get("as_written")
            if value not in (None, ""):
                return value
        return None
    by_kind = {
        "agreements": ("partner",),
        "memberships": ("as_written", "network"),
        "projects": ("title",),
        "activities": ("title", "description"),
        "districts": ("name",),
        "sources": ("title",),
        "networks": ("name", "short_name"),
        "programmes": ("name",),
        "countries": ("name_tr", "name_en"),
    }
    return _one_line(get(*by_kind.get(collection, ("title", "name"))))


def record_title_en(collection: str, data: dict) -> str | None:
    keys = {"projects": "title_en", "activities": "title_en", "networks": "name_en", "programmes": "name_en",
            "countries": "name_en"}.get(collection)
    if keys and data.get(keys):
        return _one_line(data[keys])
    if collection == "agreements" and isinstance(data.get("partner"), dict):
        partner = data["partner"]
        return _one_line(partner.get("name_en") or partner.get("name") or partner.get("as_written"))
    return None


def _records_of_file(rel: str, data_rel: str, text: str) -> list[Record]:
    """Records in one data file; raises yaml.YAMLError if it does not parse."""
    data = plain_yaml(text)
    if not isinstance(data, dict):
        return []
    path = PurePosixPath(rel)
    out: list[Record] = []
    if path.parent == PurePosixPath(data_rel) / "districts":
        slug_value, name_value = data.get("slug"), data.get("name")
        slug = slug_value if isinstance(slug_value, str) else path.stem
        name = name_value if isinstance(name_value, str) else None
        own = {k: v for k, v in data.items() if k not in RECORD_COLLECTIONS}
        out.append(Record(slug, "districts", rel, own, slug, name))
        for collection in RECORD_COLLECTIONS:
            items = data.get(collection)
            if not isinstance(items, list):
                continue
            for item in items:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    out.append(Record(item["id"], collection, rel, item, slug, name))
        return out
    collection, id_field = REFERENCE_FILES[path.name]
    items = data.get(collection)
    for item in items if isinstance(items, list) else ():
        if isinstance(item, dict) and isinstance(item.get(id_field), str):
            out.append(Record(item[id_field], collection, rel, item))
    return out


def _is_data_file(rel: str, data_rel: str) -> bool:
    path = PurePosixPath(rel)
    base = PurePosixPath(data_rel)
    if is_editor_file(path.name):
        return False
    if path.parent == base / "districts" and path.suffix in (".yaml", ".yml"):
        return True
    return path.parent == base and path.name in REFERENCE_FILES


@dataclass
class Snapshot:
    """Every record of the data folder at one revision."""
    records: dict[tuple[str, str], Record]
    unreadable: dict[str, str]            # file -> why it could not be read


# --- git ---------------------------------------------------------------------------------------

def _git(repo_root: Path, *args: str, input_bytes: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(["git", "-C", str(repo_root), *args], input=input_bytes,
                                capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH)") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        raise GitError(f"git {' '.join(args)} failed: {message}")
    return result.stdout


def repo_root_of(path: Path) -> Path:
    """The top folder of the git work tree holding path (GitError outside a repository)."""
    path = Path(path).resolve()
    start = path if path.is_dir() else path.parent
    return Path(_git(start, "rev-parse", "--show-toplevel").decode().strip())


def resolve(repo_root: Path, rev: str) -> str:
    """Full commit hash of rev (GitError with a readable message if it does not exist)."""
    try:
        out = _git(repo_root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
        return out.decode().strip()
    except GitError:
        raise GitError(f"{rev!r} is not a commit in {repo_root} (for origin/<branch>, fetch it first: "
                       "git fetch origin; in GitHub Actions, check out with fetch-depth: 0)") from None


_Parsed = dict[tuple[str, str], tuple[list[Record] | None, str | None]]  # (blob, path) -> records or why not
_PARSED: dict[str, _Parsed] = {}  # by the data folder's path in the repository (records carry their path)


class _Reader:
    """Reads data files at revisions; parsed blobs are cached by their hash (cheap history walks)."""

    def __init__(self, repo_root: Path, data_rel: str):
        self.repo_root = Path(repo_root)
        self.data_rel = PurePosixPath(data_rel).as_posix().strip("/") or "."
        # Shared by every reader of the process: a blob's records never change, and `mkdocs serve` builds
        # again after each edit in the same process, where parsing every past version of the data anew was
        # half of a one-record rebuild (2 of 4 s with today's history).
        self._parsed = _PARSED.setdefault(self.data_rel, {})

    def _parse(self, rel: str, text: str) -> tuple[list[Record] | None, str | None]:
        # History is read-only evidence: whatever an old revision holds, it is reported and left out,
        # never a crash (a ValueError from one bad commit once failed every later build).
        try:
            return _records_of_file(rel, self.data_rel, text), None
        except yaml.YAMLError as exc:
            return None, " ".join(str(exc).split())
        except Exception as exc:  # noqa: BLE001 - ValueError, OverflowError, RecursionError, ...
            return None, f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"

    def files_at(self, commit: str | None) -> dict[str, str]:
        """path -> blob hash of the data files at commit (None: empty)."""
        if commit is None:
            return {}
        raw = _git(self.repo_root, "ls-tree", "-r", "-z", "--full-tree", commit, "--", self.data_rel)
        out = {}
        for entry in raw.split(b"\0"):
            if not entry:
                continue
            meta, _, path = entry.partition(b"\t")
            mode, kind, sha = meta.decode().split()
            rel = path.decode("utf-8", "surrogateescape")
            if kind == "blob" and _is_data_file(rel, self.data_rel):
                out[rel] = sha
        return out

    def _cat(self, shas: list[str]) -> dict[str, bytes]:
        """Contents of many blobs with one `git cat-file --batch`."""
        if not shas:
            return {}
        raw = _git(self.repo_root, "cat-file", "--batch", input_bytes=("\n".join(shas) + "\n").encode())
        out, pos = {}, 0
        for sha in shas:
            header_end = raw.index(b"\n", pos)
            size = int(raw[pos:header_end].split()[2])
            out[sha] = raw[header_end + 1: header_end + 1 + size]
            pos = header_end + 1 + size + 1
        return out

    def snapshot(self, commit: str | None) -> Snapshot:
        """The data at commit (None: no data at all, the "before" of a root commit)."""
        files = sorted(self.files_at(commit).items())
        # Records carry their path, so parsed results are cached per (blob, path).
        texts = self._cat(sorted({sha for rel, sha in files if (sha, rel) not in self._parsed}))
        records: dict[tuple[str, str], Record] = {}
        unreadable: dict[str, str] = {}
        for rel, sha in files:
            if (sha, rel) not in self._parsed:
                try:
                    text = texts[sha].decode("utf-8").lstrip("\ufeff")
                except UnicodeDecodeError:
                    self._parsed[(sha, rel)] = (None, "the file is not UTF-8")
                else:
                    self._parsed[(sha, rel)] = self._parse(rel, text)
            parsed, error = self._parsed[(sha, rel)]
            _add(records, unreadable, rel, parsed, error)
        return Snapshot(records, unreadable)

    def working_tree(self) -> Snapshot:
        records: dict[tuple[str, str], Record] = {}
        unreadable: dict[str, str] = {}
        base = self.repo_root / self.data_rel
        paths = []
        for name in sorted(REFERENCE_FILES):
            if (base / name).is_file():
                paths.append(base / name)
        districts = base / "districts"
        if districts.is_dir():
            paths.extend(sorted(p for p in districts.iterdir()
                                if p.suffix in (".yaml", ".yml") and p.is_file() and not is_editor_file(p.name)))
        for path in paths:
            rel = path.relative_to(self.repo_root).as_posix()
            try:
                text = path.read_bytes().decode("utf-8").lstrip("\ufeff")
            except (OSError, UnicodeDecodeError) as exc:
                _add(records, unreadable, rel, None, f"cannot read: {exc}")
                continue
            parsed, error = self._parse(rel, text)
            _add(records, unreadable, rel, parsed, error)
        return Snapshot(records, unreadable)


def _add(records, unreadable, rel, parsed, error):
    if parsed is None:
        unreadable[rel] = error or "unreadable"
        return
    for record in parsed:
        records.setdefault(record.key, record)  # a duplicate id is validate's business: keep the first


# --- comparing -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RecordChange:
    kind: str                    # added | changed | removed
    id: str
    collection: str              # agreements | memberships | projects | activities | districts | sources | ...
    file: str                    # where the record is (was, if removed)
    district: str | None = None
    district_name: str | None = None
    title: str | None = None     # partner / title / name, on one line
    title_en: str | None = None
    fields: tuple[str, ...] = ()  # for "changed": the fields whose value differs
    moved_from: str | None = None  # for "changed": the file it was in before, if it moved

    def as_dict(self) -> dict:
        return dataclasses.asdict(self) | {"fields": list(self.fields)}


def _changed_fields(collection: str, old: dict, new: dict) -> tuple[str, ...]:
    keys = set(old) | set(new)
    differing = [k for k in keys if old.get(k) != new.get(k) or (k in old) != (k in new)]
    order = _FIELD_ORDER.get(collection, [])
    return tuple(sorted(differing, key=lambda k: (order.index(k) if k in order else len(order), str(k))))


def compare(old: Snapshot, new: Snapshot) -> list[RecordChange]:
    """Changes from old to new, sorted by kind (added, changed, removed), collection and id.

    Records in a file that cannot be read on either side are left out: a syntax error must not
    look like "every record of the district was removed".
    """
    skip = set(old.unreadable) | set(new.unreadable)
    changes: list[RecordChange] = []
    for key in sorted(set(old.records) | set(new.records)):
        a, b = old.records.get(key), new.records.get(key)
        if (a and a.file in skip) or (b and b.file in skip):
            continue
        if a is None:
            if b is None:  # cannot happen: the key comes from one of the two snapshots
                raise AssertionError(f"record {key} is in neither snapshot")
            changes.append(_change("added", b))
        elif b is None:
            changes.append(_change("removed", a))
        else:
            fields = _changed_fields(b.collection, a.data, b.data)
            moved = a.file if a.file != b.file else None
            if a.collection != b.collection:
                fields = ("(kind)",) + fields
            if fields or moved:
                changes.append(_change("changed", b, fields, moved))
    order = {k: i for i, k in enumerate(CHANGE_KINDS)}
    collections = list(RECORD_COLLECTIONS) + ["districts"] + [c for c, _ in REFERENCE_FILES.values()]
    changes.sort(key=lambda c: (order[c.kind], collections.index(c.collection), c.district or "", c.id))
    return changes


def _change(kind: str, record: Record, fields: tuple[str, ...] = (), moved: str | None = None) -> RecordChange:
    return RecordChange(kind, record.id, record.collection, record.file, record.district, record.district_name,
                        record_title(record.collection, record.data), record_title_en(record.collection, record.data),
                        tuple(fields), moved)


@dataclass(frozen=True)
class Diff:
    old: str                         # the revision as given
    new: str                         # the revision as given, or "working tree"
    old_commit: str
    new_commit: str | None           # None for the working tree
    changes: tuple[RecordChange, ...]
    unreadable: dict                 # file -> reason (either side)

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    def as_json(self) -> str:
        return json.dumps({
            "from": {"rev": self.old, "commit": self.old_commit},
            "to": {"rev": self.new, "commit": self.new_commit},
            "summary": {k: self.count(k) for k in CHANGE_KINDS},
            "changes": [c.as_dict() for c in self.changes],
            "unreadable": self.unreadable,
        }, ensure_ascii=False, indent=2, sort_keys=False) + "\n"

    def as_text(self) -> str:
        """Plain text for terminals and the pull-request summary. Ids, titles, file names and revisions
        come from the data or the command line: every one is printed escaped, so none can start a
        line of its own (a code fence, a workflow command) or send a terminal escape."""
        new = self.new if self.new_commit is None else f"{self.new} ({self.new_commit[:10]})"
        lines = [printable(f"Data changes from {self.old} ({self.old_commit[:10]}) to {new}: ")
                 + ", ".join(f"{self.count(k)} {k}" for k in CHANGE_KINDS)]
        headings = {"added": "Added", "changed": "Changed", "removed": "Removed"}
        marks = {"added": "+", "changed": "~", "removed": "-"}
        for kind in CHANGE_KINDS:
            group = [c for c in self.changes if c.kind == kind]
            if not group:
                continue
            lines.append("")
            lines.append(f"{headings[kind]} ({len(group)}):")
            for c in group:
                where = f"{c.collection}, {c.file}"
                text = f"  {marks[kind]} {c.id} ({where})"
                if c.title:
                    text += f": {c.title}"
                if kind == "changed":
                    details = []
                    if c.fields:
                        details.append("fields " + ", ".join(c.fields))
                    if c.moved_from:
                        details.append(f"moved from {c.moved_from}")
                    text += f" — {'; '.join(details)}"
                lines.append(printable(text))
        if self.unreadable:
            lines.append("")
            lines.append("Not compared (the file does not parse as YAML on one side; run `portal validate`):")
            for file, reason in sorted(self.unreadable.items()):
                lines.append(printable(f"  ! {file}: {_one_line(reason, 160)}"))
        if not self.changes and not self.unreadable:
            lines.append("")
            lines.append("No records added, changed or removed.")
        return "\n".join(lines) + "\n"


def diff(repo_root: Path, rev1: str, rev2: str | None = None, data_dir_rel: str = "data") -> Diff:
    """Records added, changed and removed from rev1 to rev2 (None: the working tree, uncommitted edits included)."""
    repo_root = Path(repo_root)
    reader = _Reader(repo_root, data_dir_rel)
    old_commit = resolve(repo_root, rev1)
    new_commit = resolve(repo_root, rev2) if rev2 is not None else None
    old = reader.snapshot(old_commit)
    new = reader.snapshot(new_commit) if new_commit else reader.working_tree()
    unreadable = {**{f: f"at {rev1}: {r}" for f, r in old.unreadable.items()},
                  **{f: f"at {rev2 or 'working tree'}: {r}" for f, r in new.unreadable.items()}}
    return Diff(rev1, rev2 or "working tree", old_commit, new_commit, tuple(compare(old, new)),
                dict(sorted(unreadable.items())))


# --- history ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChangeEvent:
    """One record changed by one commit."""
    date: str                    # committer date, strict ISO 8601 (git %cI), e.g. 2024-05-01T12:00:00+03:00
    commit: str                  # full hash
    id: str
    district: str | None         # slug (None for reference entries such as sources)
    kind: str                    # added | changed | removed
    collection: str              # agreements | memberships | projects | activities | districts | sources | ...
    title: str | None            # partner / title / name as written
    title_en: str | None = None
    district_name: str | None = None
    fields: tuple[str, ...] = ()
    file: str = ""


def shallow_commits(repo_root: Path) -> set[str]:
    """The commits whose parents a shallow clone does not have (empty in a full clone)."""
    try:
        if _git(repo_root, "rev-parse", "--is-shallow-repository").decode().strip() != "true":
            return set()
        where = Path(_git(repo_root, "rev-parse", "--git-path", "shallow").decode().strip())
        return set((where if where.is_absolute() else Path(repo_root) / where).read_text().split())
    except (GitError, OSError):
        return set()


def own_repository(repo_root: Path) -> bool:
    """repo_root is the top of a git work tree of its own with a commit: not a `git archive` copy, and not
    a copy inside another repository (whose commits are not this project's history)."""
    try:
        _git(repo_root, "rev-parse", "--verify", "--quiet", "HEAD")
        top = Path(_git(repo_root, "rev-parse", "--show-toplevel").decode().strip())
    except GitError:
        return False
    return top.resolve() == Path(repo_root).resolve()


def history_gap(repo_root: Path) -> str | None:
    """What keeps the history from being known here: "no-git" (not a checkout of its own -- none at all,
    or only an enclosing repository's --, no commit or no git at all), "shallow" (a shallow clone: the
    history before its first commit is missing), or None."""
    if not own_repository(repo_root):
        return "no-git"
    return "shallow" if shallow_commits(repo_root) else None


def history(repo_root: Path, data_dir_rel: str = "data", rev: str = "HEAD",
            warn: Callable[[str], None] | None = None) -> Iterator[ChangeEvent]:
    """Change events along rev's first-parent history, oldest commit first.

    Only commits touching data_dir_rel are read (a merge counts once, as the change it brought to
    the main line). Within a commit, events come in ``compare`` order. Outside git, or in a repository
    without commits, nothing is yielded. What cannot be known is left out, never made up, and told to
    ``warn`` once: a revision of a file that does not parse, the first commit of a shallow clone (its
    parent is missing: it is not "everything added").
    """
    repo_root = Path(repo_root)
    warn = warn or (lambda message: None)
    try:
        log = _git(repo_root, "log", "--first-parent", "--reverse", "-z", "--format=%H%x1f%P%x1f%cI",
                   "--end-of-options", rev, "--", data_dir_rel)
    except GitError:
        return
    reader = _Reader(repo_root, data_dir_rel)
    shallow = shallow_commits(repo_root)
    warned: set[tuple[str, str]] = set()
    cache: dict[str | None, Snapshot] = {}

    def snap(commit: str | None) -> Snapshot:
        if commit not in cache:
            if len(cache) > 4:
                cache.clear()
            cache[commit] = reader.snapshot(commit)
        return cache[commit]

    for entry in log.decode("utf-8").split("\0"):
        entry = entry.strip("\n")
        if not entry:
            continue
        commit, parents, date = entry.split("\x1f")
        parent = parents.split()[0] if parents.split() else None
        if commit in shallow:
            warn(f"commit {commit[:10]} is the first of a shallow clone: what it changed cannot be known and "
                 "is left out of the feeds (fetch the full history: git fetch --unshallow)")
            continue
        try:
            before = snap(parent)
        except GitError:  # parent missing: what this commit changed cannot be known
            warn(f"commit {commit[:10]}: its parent is not in the repository; its changes are left out of the feeds")
            continue
        after = snap(commit)
        for rel, reason in sorted(after.unreadable.items()):
            if (rel, reason) not in warned:
                warned.add((rel, reason))
                warn(f"{printable(rel)} at commit {commit[:10]} does not parse ({printable(reason)}): its records "
                     "are left out of the feeds until a later commit fixes it")
        for c in compare(before, after):
            yield ChangeEvent(date, commit, c.id, c.district, c.kind, c.collection, c.title, c.title_en,
                              c.district_name, c.fields, c.file)


def last_commit_dates(data_dir: Path, repo_root: Path | None = None) -> dict[str, str]:
    """Data file (as shown in messages, e.g. data/districts/adalar.yaml) -> date (YYYY-MM-DD) of its
    last commit, from one `git log` for the whole folder; empty outside a git checkout, and outside
    repo_root's own repository when it is given."""
    data_dir = Path(data_dir).resolve()
    try:
        top = repo_root_of(data_dir)
        if repo_root is not None and top.resolve() != Path(repo_root).resolve():
            return {}
        log = _git(top, "log", "--format=%x00%H %cs", "--name-only", "--", str(data_dir)).decode("utf-8")
    except GitError:
        return {}
    # In a shallow clone the first fetched commit seems to add every file: its date is not when they changed.
    shallow = shallow_commits(top)
    dates: dict[str, str] = {}
    for block in log.split("\0")[1:]:
        head, *names = block.strip().splitlines()
        commit, date = head.split()
        if commit in shallow:
            continue
        for name in names:
            try:
                shown = (top / name).resolve().relative_to(data_dir.parent).as_posix()
            except ValueError:
                continue
            dates.setdefault(shown, date)
    return dates


class History:
    """The data's git history as one build needs it, each part read from git at most once: what keeps
    it from being known (gap), the change events (feeds) and each data file's last commit date (record
    pages). Created per build (macros/engine/site.py), never kept between builds."""

    def __init__(self, repo_root: Path, data_dir: Path, warn: Callable[[str], None] | None = None):
        self.repo_root = Path(repo_root)
        self.data_dir = Path(data_dir).resolve()
        self._warn = warn or (lambda message: None)
        self._implausible: list[str] = []

    @functools.cached_property
    def gap(self) -> str | None:
        return history_gap(self.repo_root)

    @functools.cached_property
    def events(self) -> list[ChangeEvent]:
        """Change events of the data folder, oldest first; none when the folder is outside the repository
        or the repository is not this project's own (gap "no-git": the build warns once)."""
        try:
            data_rel = self.data_dir.relative_to(self.repo_root.resolve()).as_posix()
        except ValueError:
            return []  # data outside the repository: an empty feed, so links to it still work
        if self.gap == "no-git":
            return []
        return [e for e in history(self.repo_root, data_rel, warn=self._warn) if self._plausible(e.date, e.commit)]

    @functools.cached_property
    def last_changed(self) -> dict[str, str]:
        """Data file (data/districts/adalar.yaml) -> date of its last commit (plausible dates only)."""
        if self.gap == "no-git":
            return {}
        dates = last_commit_dates(self.data_dir, self.repo_root)
        return {file: date for file, date in dates.items() if self._plausible(date, file)}

    def _plausible(self, date: str, what: str) -> bool:
        """A commit date is shown only between the project's start and today; one warning for all others
        (a commit made with a wrong clock once dated every "as of" line 2099)."""
        day = date[:10]
        if PROJECT_START <= day <= datetime.date.today().isoformat():
            return True
        if not self._implausible:
            self._warn(f"the git history has commit dates outside {PROJECT_START} (the project's start) to today, "
                       f"e.g. {day} ({what[:40]}): such dates are left out of the feeds and pages (a commit made "
                       "with a wrong clock?)")
        self._implausible.append(day)
        return False
