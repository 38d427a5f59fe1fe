"""Issue 22 (the second reliability probe), build side: a build replaces only a folder it made, dates never
come from the wrong history, BibTeX cannot be forged, `python -m macros.cli` works, workflows are pinned.
(The data side is in tests/bad_input/test_second_probe.py.)"""
from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from helpers import FIXTURES, ROOT, build_env, build_site

from macros.engine import build
from macros.history.changes import PROJECT_START, History, history_gap
from macros.publish.linked_data import bibtex

GIT = ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]


def git_env(date: str | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    return env


def copy_of_the_repository(target: Path) -> Path:
    """The repository's files as `git archive` gives them (the work tree's, so uncommitted edits count), no .git."""
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True).stdout
    for name in files.decode().split("\0"):
        source = ROOT / name
        if name and source.is_file() and not source.is_symlink():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


# --- 1. a build replaces only a folder it made --------------------------------------------------------------

def test_another_git_repository_or_an_unrelated_folder_is_never_replaced(tmp_path):
    """`make site SITE_DIR=<a Pages checkout>` once replaced it, .git and all, and exited 0."""
    checkout = tmp_path / "pages"
    (checkout / ".git").mkdir(parents=True)
    (checkout / "index.html").write_text("theirs", encoding="utf-8")
    (checkout / build.MARKER).write_text("even with a marker", encoding="utf-8")
    unrelated = tmp_path / "photos"
    unrelated.mkdir()
    (unrelated / "index.html").write_text("an index.html of something else", encoding="utf-8")
    for folder, why in ((checkout, "it is a git repository"), (unrelated, "was not made by a build")):
        assert why in build.refuse_site_dir(folder)
        assert build.main(["--clean", "--site-dir", str(folder)]) == 1
        assert build.build(folder) == 1
    assert (checkout / ".git").is_dir() and (unrelated / "index.html").is_file()


def test_a_folder_made_by_a_build_an_empty_one_or_a_new_one_may_be_replaced(tmp_path):
    made = tmp_path / "made"
    made.mkdir()
    (made / build.MARKER).write_text(build.MARKER_TEXT, encoding="utf-8")
    (made / "index.html").write_text("old site", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    for folder in (made, tmp_path / "empty", tmp_path / "new"):
        assert build.refuse_site_dir(folder) is None
    assert build.main(["--clean", "--site-dir", str(made)]) == 0 and not made.exists()


def test_a_marker_that_is_a_symbolic_link_does_not_count(tmp_path):
    elsewhere = tmp_path / "marker"
    elsewhere.write_text(build.MARKER_TEXT, encoding="utf-8")
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    (folder / build.MARKER).symlink_to(elsewhere)
    assert "was not made by a build" in build.refuse_site_dir(folder)


def test_a_build_writes_the_marker_and_can_then_rebuild_the_folder(tmp_path):
    site = tmp_path / "site"
    for _ in range(2):
        result = build_site(site, FIXTURES / "minimal")
        assert result.returncode == 0, result.stderr
    assert (site / build.MARKER).read_text(encoding="utf-8") == build.MARKER_TEXT


# --- 3. dates never come from the wrong history -------------------------------------------------------------

def test_the_build_date_is_today_or_a_plausible_source_date_epoch_never_a_commits():
    now = int(time.time())
    assert abs(int(build.build_epoch({})[0]) - now) < 5 and build.build_epoch({})[1] is None
    assert build.build_epoch({"SOURCE_DATE_EPOCH": "1700000000"}) == ("1700000000", None)  # a reproducible build
    for wrong in ("4070908800", "yesterday"):  # 2099; not a number
        epoch, warning = build.build_epoch({"SOURCE_DATE_EPOCH": wrong})
        assert abs(int(epoch) - now) < 5 and "not a time up to today" in warning
    assert "git log" not in (ROOT / "Makefile").read_text(encoding="utf-8").split("SITE_DIR ?=")[1].split("\n.PHONY")[0]


def no_git_variables(monkeypatch) -> None:
    for key in [k for k in os.environ if k.startswith("GIT_")]:
        monkeypatch.delenv(key)


def test_a_copy_inside_another_repository_takes_no_dates_from_it(tmp_path, monkeypatch):
    outer = tmp_path / "outer"
    (outer / "inner" / "data").mkdir(parents=True)
    (outer / "README").write_text("another project\n", encoding="utf-8")
    shutil.copytree(FIXTURES / "minimal", outer / "inner" / "data", dirs_exist_ok=True)
    subprocess.run([*GIT, "init", "-q"], cwd=outer, env=git_env(), check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=outer, env=git_env(), check=True)
    subprocess.run([*GIT, "commit", "-qm", "old"], cwd=outer, env=git_env("2001-01-01T00:00:00Z"), check=True)
    no_git_variables(monkeypatch)
    assert history_gap(outer / "inner") == "no-git" and history_gap(outer) is None
    history = History(outer / "inner", outer / "inner" / "data")
    assert history.events == [] and history.last_changed == {}


def test_commit_dates_outside_the_projects_lifetime_are_left_out_with_one_warning(tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "minimal", repo / "data")
    subprocess.run([*GIT, "init", "-q"], cwd=repo, env=git_env(), check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=repo, env=git_env(), check=True)
    subprocess.run([*GIT, "commit", "-qm", "a"], cwd=repo, env=git_env(f"{PROJECT_START}T12:00:00Z"), check=True)
    adalar = repo / "data" / "districts" / "adalar.yaml"
    adalar.write_text(adalar.read_text(encoding="utf-8").replace("name: Adalar", "name: Adalar İlçesi"),
                      encoding="utf-8")
    subprocess.run([*GIT, "commit", "-qam", "b"], cwd=repo, env=git_env("2099-01-01T00:00:00Z"), check=True)
    warnings: list[str] = []
    no_git_variables(monkeypatch)
    history = History(repo, repo / "data", warn=warnings.append)
    events, dates = history.events, history.last_changed
    assert events and all(e.date.startswith(PROJECT_START) for e in events)
    assert "data/districts/adalar.yaml" not in dates and dates["data/sources.yaml"] == PROJECT_START
    assert len(warnings) == 1 and "2099-01-01" in warnings[0]


def test_a_copy_without_git_builds_with_todays_date_and_the_holiday_table(tmp_path):
    """A `git archive` copy once said "computed from the data of 1 January 1980", had no holidays and a
    date input with min="2004-01-01" max="1983-12-31"."""
    copy = copy_of_the_repository(tmp_path / "copy")
    env = build_env(copy / "tests" / "fixtures" / "minimal", {"GIT_CEILING_DIRECTORIES": str(tmp_path)})
    env.pop("SOURCE_DATE_EPOCH")
    for key in [k for k in env if k.startswith("GIT_") and k != "GIT_CEILING_DIRECTORIES"]:
        env.pop(key)
    result = subprocess.run([sys.executable, "-m", "macros.engine.build", "--site-dir", str(tmp_path / "site")],
                            cwd=copy, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("no git history here") == 1
    year = datetime.date.today().year
    holidays = (tmp_path / "site" / "assets" / "javascripts" / "holidays.js").read_text(encoding="utf-8")
    assert f'"{year}-01-01"' in holidays and f'"{year + 1}-' in holidays
    dates = set(re.findall(r'max="(\d{4})-', "".join(p.read_text(encoding="utf-8")
                                                    for p in (tmp_path / "site").rglob("index.html"))))
    assert dates and all(int(d) >= year for d in dates)
    assert "1980" not in (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")


# --- 8. BibTeX values cannot close their field -----------------------------------------------------------------

def test_bibtex_values_are_escaped_and_cannot_forge_a_field():
    source = SimpleNamespace(
        id="kadikoy-x", kind="academic_article", title="Relations}, note = {FORGED NOTE}, x = {",
        authors=["O_Brien & Sons", "Back\\slash"], journal="50% #1 $ ~ ^", volume=3, issue=None, pages="1-2",
        published="2020", publisher=None, doi="10.1/a}b", url="https://example.org/a_b?q={x}\\", accessed="2021-01-01")
    entry = bibtex(source)
    assert "FORGED" in entry and re.search(r"^\s*note\s*=", entry, re.M) is None
    fields = dict(re.findall(r"^  (\w+) = \{(.*)\},?$", entry, re.M))
    for name, value in fields.items():  # every field's braces balance: none ends early
        depth = 0
        for char in value:
            depth += {"{": 1, "}": -1}.get(char, 0)
            assert depth >= 0, (name, value)
        assert depth == 0, (name, value)
    assert r"\textbraceright{}, note = \textbraceleft{}FORGED" in fields["title"]
    assert fields["author"] == r"O\_Brien \& Sons and Back\textbackslash{}slash"
    assert fields["journal"] == r"50\% \#1 \$ \textasciitilde{} \textasciicircum{}"
    assert fields["url"] == "https://example.org/a_b?q=%7Bx%7D%5C" and fields["doi"] == "10.1/a%7Db"


# --- 11. `python -m macros.cli` is `portal` -----------------------------------------------------------------------

def test_python_m_macros_cli_works_like_portal():
    result = subprocess.run([sys.executable, "-m", "macros.cli", "--data", str(FIXTURES / "minimal"), "validate"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 2 districts")


# --- 13. workflows ------------------------------------------------------------------------------------------------

def test_every_action_is_pinned_to_a_commit_with_its_version_in_a_comment():
    uses = []
    for workflow in sorted((ROOT / ".github" / "workflows").glob("*.yml")):
        uses += re.findall(r"^\s*(?:-\s+)?uses:\s*(.+)$", workflow.read_text(encoding="utf-8"), re.M)
    assert uses
    for use in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", use.strip()), use


def test_dependabot_keeps_the_pinned_actions_up_to_date():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert any(u["package-ecosystem"] == "github-actions" and u["directory"] == "/" for u in config["updates"])


@pytest.mark.parametrize("where", ["pages", "photos"])
def test_the_build_command_refuses_with_one_line_and_touches_nothing(where, tmp_path):
    folder = tmp_path / where
    (folder / (".git" if where == "pages" else "album")).mkdir(parents=True)
    result = subprocess.run([sys.executable, "-m", "macros.engine.build", "--site-dir", str(folder)], cwd=ROOT,
                            env=build_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and result.stderr.startswith("build: will not build into")
    assert result.stderr.count("\n") == 1 and [p.name for p in folder.iterdir()] == [".git" if where == "pages"
                                                                                   else "album"]
