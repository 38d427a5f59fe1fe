"""`portal`: the maintainers' command line (validate, stats, export, schema, new, diff, fields)."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from ..data import kinds
from ..data.index import PortalIndex
from ..data.dataset import load_portal
from ..data.problems import DataError, printable

ROOT = Path(__file__).resolve().parents[2]
# GitHub shows a handful of annotations per step anyway; 20,000 broken files once printed 20,000.
MAX_ANNOTATIONS = 50


def _load(data_dir: Path) -> PortalIndex:
    return PortalIndex(load_portal(data_dir))


def _github_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's toolkit does, after the unprintable characters:
    a key or value from the data cannot end the command or start another (`::warning::`)."""
    return printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def _load_or_report(args) -> PortalIndex | None:
    """The validated data, or None after printing every problem (a command never shows a traceback)."""
    try:
        return _load(args.data)
    except DataError as exc:
        print(exc, file=sys.stderr)
        if getattr(args, "github", False):
            for p in exc.problems[:MAX_ANNOTATIONS]:
                where = f"file={_github_property(p.file)},line={p.line or 1}"
                print(f"::error {where}::{_github_data((p.path + ': ' if p.path else '') + p.message)}")
            if exc.count > MAX_ANNOTATIONS:
                print(f"::error::{exc.count - MAX_ANNOTATIONS} more problems are not annotated (at most "
                      f"{MAX_ANNOTATIONS} are): the log of this step lists them, or run portal validate")
        return None


def cmd_validate(args) -> int:
    index = _load_or_report(args)
    if index is None:
        return 1
    print(f"OK: {len(index.portal.districts)} districts, {index.record_count()} records, no problems")
    return 0


def cmd_stats(args) -> int:
    index = _load_or_report(args)
    if index is None:
        return 1
    # A column per published record kind, as wide as its name.
    print(f"{'district':<16} " + " ".join(kind.key for kind in kinds.PUBLISHED))
    for d in index.portal.districts:
        print(f"{d.slug:<16} " + " ".join(f"{len(getattr(d, kind.key)):>{len(kind.key)}}"
                                         for kind in kinds.PUBLISHED))
    print()
    by_kind = Counter(a.kind for a in index.activities.values())
    print("activities by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
    print("ties by country:    " + ", ".join(f"{c} {index.by_country[c].total}" for c in index.country_codes()))
    return 0


def cmd_export(args) -> int:
    from ..publish.export import export_files
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        print(f"portal export: {printable(out)} is a file, not a folder: give --out a folder", file=sys.stderr)
        return 1
    index = _load_or_report(args)
    if index is None:
        return 1
    try:
        for rel, text in export_files(index).items():
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"portal export: cannot write {printable(exc.filename or out)}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"wrote open data to {printable(out)}/")
    return 0


def cmd_schema(args) -> int:
    from ..publish.schema import schema_texts
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        print(f"portal schema: {printable(out)} is a file, not a folder: give --out a folder", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    stale = []
    for name, text in schema_texts().items():
        target = out / name
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target))
        else:
            target.write_text(text, encoding="utf-8")
    if stale:
        print("out of date (run `portal schema`): " + ", ".join(stale), file=sys.stderr)
        return 1
    print(f"schema {'up to date' if args.check else 'written'} in {out}/")
    return 0


def _display(path: Path, data_dir: Path) -> str:
    """A data file's name as `portal validate` prints it (relative to the data folder's parent)."""
    try:
        return Path(path).resolve().relative_to(Path(data_dir).resolve().parent).as_posix()
    except ValueError:
        return Path(path).as_posix()


def cmd_new(args) -> int:
    from .scaffold import ScaffoldError, add_record
    try:
        added = add_record(args.data, args.kind, args.district, args.id)
    except ScaffoldError as exc:
        print(f"portal new: {printable(exc)}", file=sys.stderr)
        return 1
    where = _display(added.file, args.data)
    print(printable(f"{where}:{added.line}: added {args.kind} '{added.id}'"))
    todo = ", ".join(str(n) for n in added.todo_lines)
    print(f"Next: fill in the required fields marked TODO (lines {todo}), uncomment the optional fields the "
          f"source documents, give the record its final id, then run: portal validate")
    return 0


def cmd_from_issue(args) -> int:
    """A reader's issue (the body GitHub renders from .github/ISSUE_TEMPLATE/) -> skeletons in the data."""
    from .issue_form import from_issue
    from .scaffold import ScaffoldError
    from .issue_form import MAX_BODY
    try:
        # One character more than an issue can hold tells the body is too long (from_issue says so).
        if args.file == "-":
            body = sys.stdin.read(MAX_BODY + 1)
        else:
            with open(args.file, encoding="utf-8") as file:
                body = file.read(MAX_BODY + 1)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"portal from-issue: cannot read {printable(args.file)}: {exc}", file=sys.stderr)
        return 1
    try:
        added = from_issue(args.data, body, issue=args.issue)
    except ScaffoldError as exc:
        print(f"portal from-issue: {printable(exc)}", file=sys.stderr)
        return 1
    for item in added:
        kind = next(k.name for k in kinds.SCAFFOLDED.values() if k.key == item.key)
        print(printable(f"{_display(item.file, args.data)}:{item.line}: added {kind} '{item.id}'"))
    # The skeleton is incomplete on purpose: validation lists what is left (the TODO lines).
    try:
        load_portal(args.data)
        print("portal validate: no problems")
    except DataError as exc:
        files = {_display(item.file, args.data) for item in added}
        left = [p for p in exc.problems if any(p.file.endswith(f) or f.endswith(p.file) for f in files)]
        print(f"Left to do before the pull request ({len(left)} problems `portal validate` reports):")
        for p in left:
            print(f"  {p}")
    print("Next: open the source, fill in the TODO lines from what it says (and nothing else), run "
          "portal validate, and open a pull request that says 'Closes #<issue>'.")
    return 0


def cmd_diff(args) -> int:
    from ..history.changes import GitError, diff, repo_root_of
    data = Path(args.data).resolve()
    try:
        root = repo_root_of(data)
        data_rel = data.relative_to(root.resolve()).as_posix()
        result = diff(root, args.rev1, args.rev2, data_rel or ".")
    except (GitError, ValueError) as exc:
        print(f"portal diff: {printable(exc)}", file=sys.stderr)
        return 2
    sys.stdout.write(result.as_json() if args.json else result.as_text())
    return 0


def cmd_fields(args) -> int:
    from .scaffold import fields_markdown
    sys.stdout.write(fields_markdown())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="portal", description="Yerel Diplomasi İzleme data tools")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="data folder (default: data/)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help="check every data file; exit status 1 on any problem")
    p.add_argument("--github", action="store_true", help="also print GitHub Actions annotations")
    p.set_defaults(func=cmd_validate)
    sub.add_parser("stats", help="counts by district, kind and country").set_defaults(func=cmd_stats)
    p = sub.add_parser("export", help="write the open data files (JSON, CSV)")
    p.add_argument("--out", default="export")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("schema", help="write the JSON Schema files for editors")
    p.add_argument("--out", default=str(ROOT / "schema"))
    p.add_argument("--check", action="store_true", help="fail if the committed schema is out of date")
    p.set_defaults(func=cmd_schema)
    p = sub.add_parser("new", help="append a skeleton record (with TODOs) to a district file")
    p.add_argument("kind", choices=[k.name for k in kinds.SCAFFOLDED.values() if k.new_command])
    p.add_argument("--district", required=True, help="district slug, e.g. adalar (the file data/districts/<slug>.yaml)")
    p.add_argument("--id", help="the record's id (default: '<district>-yeni-...', made unique)")
    p.set_defaults(func=cmd_new)
    p = sub.add_parser("from-issue", help="turn a reader's issue (saved issue-form body) into record skeletons")
    p.add_argument("file", help="the issue's body as GitHub renders it, saved to a file ('-': standard input)")
    p.add_argument("--issue", help="the issue's number, noted in the comments above the skeleton")
    p.set_defaults(func=cmd_from_issue)
    p = sub.add_parser("diff", help="records added, changed and removed between two git revisions")
    p.add_argument("rev1", help="the old revision, e.g. origin/main or HEAD~3")
    p.add_argument("rev2", nargs="?", default=None, help="the new revision (default: the working tree)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=cmd_diff)
    sub.add_parser("fields", help="print the field reference (Markdown tables) from the model") \
        .set_defaults(func=cmd_fields)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
