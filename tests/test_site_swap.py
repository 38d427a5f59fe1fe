"""`make site` replaces the site folder safely: a complete site at every moment, one build at a time,
never into a folder that holds something else."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT, build_env, build_site

from macros.engine import build


def start_build(site: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "macros.engine.build", "--site-dir", str(site)], cwd=ROOT,
                            env=build_env(FIXTURES / "minimal"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def complete(site: Path) -> bool:
    return (site / "index.html").is_file() and (site / "en" / "index.html").is_file()


def test_a_rebuild_keeps_a_complete_site_in_place_at_every_moment(tmp_path):
    site = tmp_path / "site"
    assert build_site(site, FIXTURES / "minimal").returncode == 0
    seen_incomplete = []
    done = threading.Event()

    def watch():
        while not done.is_set():
            if not complete(site):
                seen_incomplete.append(time.monotonic())

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        result = build_site(site, FIXTURES / "minimal")
    finally:
        done.set()
        watcher.join()
    assert result.returncode == 0, result.stderr
    assert seen_incomplete == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no temporary folder left behind


@pytest.mark.build
def test_two_builds_at_once_take_turns_and_both_leave_a_complete_site(tmp_path):
    site = tmp_path / "site"
    first = start_build(site)
    time.sleep(0.3)
    second = start_build(site)
    outputs = [p.communicate(timeout=600) for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert "another build is writing" in outputs[1][1] + outputs[0][1]
    assert complete(site)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_each_build_gets_a_folder_of_its_own(tmp_path):
    site = tmp_path / "site"
    a, b = build._sibling(site, "new"), build._sibling(site, "new")
    assert a != b and a.parent == b.parent == tmp_path and a.name.startswith(".site.new-")
    mask = os.umask(0)
    os.umask(mask)
    assert a.stat().st_mode & 0o777 == 0o777 & ~mask  # as mkdir would make it: the site is published


def test_when_the_new_site_cannot_be_renamed_in_the_old_one_stays(tmp_path, monkeypatch):
    """Nothing is deleted before the new site is in place: a failed rename puts the old one back."""
    site, new = tmp_path / "site", tmp_path / ".site.new-x"
    for folder, text in ((site, "old"), (new, "new")):
        folder.mkdir()
        (folder / "index.html").write_text(text, encoding="utf-8")
    monkeypatch.setattr(build, "_exchange", lambda a, b: False)
    real_rename = Path.rename

    def rename(self, target):
        if self == new:
            raise OSError(16, "Device or resource busy")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OSError):
        build._swap_in(new, site)
    assert (site / "index.html").read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize("exchange", [True, False], ids=["atomic-exchange", "rename-aside"])
def test_the_new_site_replaces_the_old_one_and_the_old_one_is_deleted(tmp_path, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(build, "_exchange", lambda a, b: False)
    site, new = tmp_path / "site", tmp_path / ".site.new-x"
    for folder, text in ((site, "old"), (new, "new")):
        folder.mkdir()
        (folder / "index.html").write_text(text, encoding="utf-8")
    build._swap_in(new, site)
    assert (site / "index.html").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


@pytest.mark.parametrize("where", [".", "..", "data", "/", "~", "macros"])
def test_a_site_folder_that_is_or_holds_something_else_is_refused(where, tmp_path):
    """`make site SITE_DIR=.` once deleted the whole repository and exited 0."""
    site = Path(os.path.expanduser(where)) if where.startswith(("~", "/")) else ROOT / where
    before = sorted(p.name for p in site.iterdir())
    result = subprocess.run([sys.executable, "-m", "macros.engine.build", "--site-dir", str(site)], cwd=ROOT,
                            env=build_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("build: will not build into") and result.stderr.count("\n") == 1
    assert sorted(p.name for p in site.iterdir()) == before


def test_make_clean_removes_the_site_and_leftovers_but_refuses_the_same_folders(tmp_path):
    site = tmp_path / "site"
    (site / "en").mkdir(parents=True)
    (site / "index.html").write_text("site", encoding="utf-8")
    (site / build.MARKER).write_text(build.MARKER_TEXT, encoding="utf-8")  # made by a build
    (tmp_path / ".site.new-killed").mkdir()  # a build killed halfway
    assert build.main(["--clean", "--site-dir", str(site)]) == 0
    assert list(tmp_path.iterdir()) == []
    assert build.main(["--clean", "--site-dir", str(ROOT)]) == 1
    assert (ROOT / "macros" / "engine" / "build.py").is_file()
