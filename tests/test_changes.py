"""`portal diff`, history() and last_commit_dates(): derived from git only, in a throw-away repository."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import FIXTURES
from macros.history.changes import ChangeEvent, diff, history, last_commit_dates
from macros.cli.commands import main

DATES = ["2024-01-10T09:00:00+03:00", "2024-02-20T10:30:00+03:00", "2024-03-05T08:15:00+00:00",
         "2024-04-01T12:00:00+02:00", "2024-05-01T12:00:00+02:00"]


def git(repo: Path, *args: str, date: str | None = None) -> str:
    env = dict(os.environ, GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    result = subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                             "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                            cwd=repo, env=env, capture_output=True, text=True, check=True)
    return result.stdout.strip()


def commit(repo: Path, message: str, date: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date=date)
    return git(repo, "rev-parse", "HEAD")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


NEW_ADALAR = """agreements:
  - id: adalar-nacka
    partner:
      as_written: Nacka
    country: SE
    kind: sister_city
    sources:
      - {source: paper, table: 1, quote: "Nacka – İsveç"}
"""


@pytest.fixture
def repo(tmp_path):
    """Three commits on the minimal fixture: import; edit + add (+ an unrelated file); remove."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    shutil.copytree(FIXTURES / "minimal", root / "data")
    c1 = commit(root, "import", DATES[0])

    kadikoy = root / "data" / "districts" / "kadikoy.yaml"
    edit(kadikoy, "    kind: sister_city\n", "    kind: sister_city\n    status: active\n    signed: \"2015\"\n")
    with (root / "data" / "districts" / "adalar.yaml").open("a", encoding="utf-8") as f:
        f.write(NEW_ADALAR)
    (root / "README.md").write_text("not data\n", encoding="utf-8")
    c2 = commit(root, "edit and add", DATES[1])

    (root / "NOTES.md").write_text("still not data\n", encoding="utf-8")
    commit(root, "docs only", DATES[2])

    text = kadikoy.read_text(encoding="utf-8")
    kadikoy.write_text(text[: text.index("activities:")], encoding="utf-8")
    edit(root / "data" / "sources.yaml", "title: Örnek çalışma", "title: Örnek çalışma (2. baskı)")
    c3 = commit(root, "remove", DATES[3])
    return root, (c1, c2, c3)


def by_kind(result) -> dict[str, list]:
    out = {"added": [], "changed": [], "removed": []}
    for change in result.changes:
        out[change.kind].append(change)
    return out


def test_diff_between_revisions(repo):
    root, (c1, c2, c3) = repo
    result = by_kind(diff(root, c1, c2))
    assert [c.id for c in result["added"]] == ["adalar-nacka"]
    added = result["added"][0]
    assert (added.collection, added.district, added.title, added.file) == \
        ("agreements", "adalar", "Nacka", "data/districts/adalar.yaml")
    assert [(c.id, c.fields) for c in result["changed"]] == [("kadikoy-nacka", ("status", "signed"))]
    assert result["removed"] == []

    result = by_kind(diff(root, c2, c3))
    assert result["added"] == []
    assert [(c.id, c.collection, c.fields) for c in result["changed"]] == [("paper", "sources", ("title",))]
    assert [(c.id, c.collection, c.district) for c in result["removed"]] == \
        [("kadikoy-festival", "activities", "kadikoy")]

    # Across several commits, and the other way round.
    result = by_kind(diff(root, c3, c1))
    assert [c.id for c in result["added"]] == ["kadikoy-festival"]
    assert [c.id for c in result["removed"]] == ["adalar-nacka"]


def test_diff_against_the_working_tree_sees_uncommitted_and_untracked_files(repo):
    root, (c1, c2, c3) = repo
    assert diff(root, "HEAD").changes == ()
    edit(root / "data" / "districts" / "adalar.yaml", "as_written: Nacka", "as_written: Nacka kommun")
    (root / "data" / "districts" / "sile.yaml").write_text("slug: sile\nname: Şile\n", encoding="utf-8")
    result = diff(root, "HEAD")
    assert result.new == "working tree" and result.new_commit is None
    assert [(c.kind, c.id, c.fields) for c in result.changes] == [
        ("added", "sile", ()),
        ("changed", "adalar-nacka", ("partner",)),
    ]


def test_unparsable_file_is_reported_not_shown_as_removals(repo):
    root, _ = repo
    path = root / "data" / "districts" / "kadikoy.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  - : : broken\n", encoding="utf-8")
    result = diff(root, "HEAD")
    assert result.changes == ()
    assert list(result.unreadable) == ["data/districts/kadikoy.yaml"]
    assert "Not compared" in result.as_text()


def test_cli_text_and_json(repo, capsys):
    root, (c1, c2, c3) = repo
    assert main(["--data", str(root / "data"), "diff", c1, c3]) == 0
    text = capsys.readouterr().out
    assert "1 added, 2 changed, 1 removed" in text
    assert "  + adalar-nacka (agreements, data/districts/adalar.yaml): Nacka" in text
    assert "  ~ kadikoy-nacka (agreements, data/districts/kadikoy.yaml): Nacka — fields status, signed" in text
    assert "  - kadikoy-festival (activities, data/districts/kadikoy.yaml): Bir festival." in text

    assert main(["--data", str(root / "data"), "diff", "HEAD~3", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["from"]["commit"] == c1 and payload["to"] == {"rev": "working tree", "commit": None}
    assert payload["summary"] == {"added": 1, "changed": 2, "removed": 1}
    assert {c["id"]: c["fields"] for c in payload["changes"] if c["kind"] == "changed"} == \
        {"kadikoy-nacka": ["status", "signed"], "paper": ["title"]}

    assert main(["--data", str(root / "data"), "diff", "no-such-branch"]) == 2
    assert "not a commit" in capsys.readouterr().err


def test_history_walks_data_commits_oldest_first(repo):
    root, (c1, c2, c3) = repo
    events = list(history(root))
    assert all(isinstance(e, ChangeEvent) for e in events)
    # The docs-only commit does not appear; every event is dated by its commit (never the clock).
    assert [e.commit for e in events] == sorted([e.commit for e in events], key=[c1, c2, c3].index)
    assert {e.commit: e.date for e in events} == {c1: DATES[0], c2: DATES[1], c3: DATES[3]}

    first = [e for e in events if e.commit == c1]
    assert all(e.kind == "added" for e in first)
    assert {e.id for e in first} == {"kadikoy-nacka", "kadikoy-iclei", "kadikoy-climate", "kadikoy-festival",
                                     "adalar", "kadikoy", "paper", "iclei", "erasmus-plus", "XK"}
    nacka = next(e for e in first if e.id == "kadikoy-nacka")
    assert (nacka.district, nacka.district_name, nacka.collection, nacka.title) == \
        ("kadikoy", "Kadıköy", "agreements", "Nacka")

    later = [(e.commit, e.kind, e.id, e.fields) for e in events if e.commit != c1]
    assert later == [
        (c2, "added", "adalar-nacka", ()),
        (c2, "changed", "kadikoy-nacka", ("status", "signed")),
        (c3, "changed", "paper", ("title",)),
        (c3, "removed", "kadikoy-festival", ()),
    ]
    # Deterministic: the same repository gives the same events.
    assert list(history(root)) == events


def test_a_past_version_of_a_file_is_parsed_once_per_process(repo, monkeypatch):
    """`mkdocs serve` reads the history again after every edit: the versions it has read are not parsed again,
    and the events are the same."""
    from macros.history import changes
    root, _ = repo
    first = list(history(root))
    parsed = []
    monkeypatch.setattr(changes, "_records_of_file", lambda *args: parsed.append(args[0]) or [])
    assert list(history(root)) == first
    assert parsed == []


def test_history_counts_a_merge_once_on_the_main_line(repo):
    root, (c1, c2, c3) = repo
    git(root, "checkout", "-q", "-b", "feature")
    edit(root / "data" / "districts" / "adalar.yaml", "country: SE", "country: FI")
    commit(root, "on a branch", DATES[4])
    git(root, "checkout", "-q", "main")
    git(root, "merge", "-q", "--no-ff", "feature", "-m", "merge feature", date=DATES[4].replace("05-01", "05-02"))
    merge = git(root, "rev-parse", "HEAD")
    events = [e for e in history(root) if e.commit not in (c1, c2, c3)]
    assert [(e.commit, e.kind, e.id, e.fields) for e in events] == [(merge, "changed", "adalar-nacka", ("country",))]


def test_last_commit_dates(repo, tmp_path):
    """The date of each data file's last commit (record pages show it), from git only."""
    root, (c1, c2, c3) = repo
    dates = last_commit_dates(root / "data")
    assert dates["data/sources.yaml"] == DATES[3][:10]
    assert dates["data/districts/adalar.yaml"] == DATES[1][:10]
    assert "README.md" not in dates and "data/never-committed.yaml" not in dates
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    assert last_commit_dates(outside) == {}
    assert list(history(outside)) == []


def commit_bad_then_fixed(root: Path, bad: str) -> tuple[str, str]:
    """A commit with `end: <bad>` in kadikoy.yaml, then one that removes it (and renames the partner)."""
    kadikoy = root / "data" / "districts" / "kadikoy.yaml"
    good = kadikoy.read_text(encoding="utf-8")
    edit(kadikoy, '    start: "2017-06"\n', f'    start: "2017-06"\n    end: {bad}\n')
    broken = commit(root, "a bad value", DATES[4])
    kadikoy.write_text(good.replace("as_written: Nacka", "as_written: Nacka kommun"), encoding="utf-8")
    fixed = commit(root, "fixed", DATES[4].replace("05-01", "05-02"))
    return broken, fixed


@pytest.mark.parametrize("bad", ["2017-02-30", "!!bool abc", "!!timestamp abc", "9" * 5000,
                                 "2017-01-01 10:00:00 +99:00"],
                         ids=["feb-30", "bool-abc", "timestamp-abc", "5000-digits", "zone-99"])
def test_a_value_yaml_cannot_construct_is_history_as_written(repo, bad, capsys):
    """History compares what was written: values YAML 1.1 cannot turn into a date, bool or int (they
    crashed every later build) are text there, and validation deals with them in the working tree."""
    root, (c1, c2, c3) = repo
    broken, fixed = commit_bad_then_fixed(root, bad)
    warnings: list[str] = []
    later = [(e.commit, e.id, e.fields) for e in history(root, warn=warnings.append) if e.commit in (broken, fixed)]
    assert later == [(broken, "kadikoy-climate", ("end",)),
                     (fixed, "kadikoy-nacka", ("partner",)), (fixed, "kadikoy-climate", ("end",))]
    assert warnings == []
    assert main(["--data", str(root / "data"), "diff", c1]) == 0
    assert main(["--data", str(root / "data"), "diff", c3, broken]) == 0
    assert main(["--data", str(root / "data"), "new", "activity", "--district", "kadikoy"]) == 0


@pytest.mark.parametrize("bad", ["{" * 500 + "}" * 500, "[unclosed", "&anchor x"],
                         ids=["500-deep", "syntax-error", "anchor"])
def test_a_revision_that_does_not_parse_is_reported_once_and_skipped(repo, bad, capsys):
    root, (c1, c2, c3) = repo
    broken, fixed = commit_bad_then_fixed(root, bad)
    warnings: list[str] = []
    later = [e for e in history(root, warn=warnings.append) if e.commit in (broken, fixed)]
    assert later == []  # the file is compared on neither side of the bad revision: no "removed", no "added"
    assert len(warnings) == 1
    assert broken[:10] in warnings[0] and "data/districts/kadikoy.yaml" in warnings[0], warnings
    assert main(["--data", str(root / "data"), "diff", c3, broken]) == 0
    assert "Not compared" in capsys.readouterr().out
    assert main(["--data", str(root / "data"), "new", "activity", "--district", "kadikoy"]) == 0


def test_unquoted_numbers_are_compared_as_written(repo):
    """YAML 1.1 reads an unquoted nan as a float that is not equal to itself: no false "changed" entries."""
    root, (c1, c2, c3) = repo
    edit(root / "data" / "districts" / "kadikoy.yaml", "title: İklim Eylemi", "title: .nan")
    nan = commit(root, "a title YAML reads as a number", DATES[4])
    (root / "NOTES.md").write_text("touch\n", encoding="utf-8")
    edit(root / "data" / "districts" / "adalar.yaml", "as_written: Nacka", "as_written: 3.10")
    later = commit(root, "another edit", DATES[4].replace("05-01", "05-02"))
    events = [e for e in history(root) if e.commit in (nan, later)]
    assert [(e.commit, e.id, e.title) for e in events] == [(nan, "kadikoy-climate", ".nan"),
                                                           (later, "adalar-nacka", "3.10")]


def test_diff_output_is_escaped_so_no_id_can_break_the_summary(repo, capsys):
    """Ids and titles cannot end the PR summary's code fence, forge a workflow command or send an escape."""
    root, _ = repo
    edit(root / "data" / "districts" / "adalar.yaml", "as_written: Nacka",
         'as_written: "Nacka\\n```\\n::warning::forged\\e[31m"')
    with (root / "data" / "districts" / "adalar.yaml").open("a", encoding="utf-8") as f:
        f.write('  - id: "x\\n```\\n::error::forged"\n')
    text = diff(root, "HEAD").as_text()
    assert not any(line.startswith(("```", "::")) for line in text.splitlines()), text
    assert "\x1b" not in text and "\\x1b[31m" in text and "x\\n```\\n::error::forged" in text


def test_a_shallow_clone_does_not_claim_that_its_first_commit_added_everything(repo, tmp_path):
    root, (c1, c2, c3) = repo
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{root}", str(clone))
    warnings: list[str] = []
    assert list(history(clone, warn=warnings.append)) == []
    assert len(warnings) == 1 and "shallow clone" in warnings[0]
    assert "data/districts/adalar.yaml" not in last_commit_dates(clone / "data")  # not its real date
