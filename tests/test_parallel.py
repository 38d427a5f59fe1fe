"""A large `mkdocs build` draws its generated pages in two processes (macros/engine/parallel.py).

What that must not change: the site, byte for byte; a template error fails the build with MkDocs' own
message for the page; warnings still count in a strict build; no process outlives the build. Small builds
(tests, today's data) stay in one process unless PORTAL_PARALLEL=1.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import FIXTURES, ROOT, build_env
from macros.engine import parallel
from macros.engine.parallel import Shared


def _gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True  # reaped: not our child any more
    return False


def _claimed_by_worker_down_to(shared: Shared, index: int, timeout: float = 30.0) -> None:
    """Wait until the worker has claimed every key from the back down to `index`."""
    deadline = time.monotonic() + timeout
    while parallel._BOUNDS.unpack_from(shared._bounds)[1] > index:
        assert time.monotonic() < deadline, "the worker claimed nothing"
        time.sleep(0.01)


def _draw_in_order(keys, draw, shared: Shared, pause: float = 0.0) -> tuple[dict, int]:
    """The main process' side: each key in order, drawn here or taken from the worker."""
    out, taken = {}, 0
    for key in keys:
        if shared.mine(key):
            out[key] = draw(key)
            time.sleep(pause)
        else:
            drawn = shared.take(key)
            taken += drawn is not None
            out[key] = drawn if drawn is not None else draw(key)
    return out, taken


def test_a_shared_pass_draws_every_page_once_and_gives_what_one_process_would():
    keys = [f"page-{i}/index.md" for i in range(200)]

    def draw(key):
        return key.upper() * 3

    shared = Shared(keys, draw)
    pid = shared._pid
    _claimed_by_worker_down_to(shared, len(keys) - 1)  # it has started
    out, taken = _draw_in_order(keys, draw, shared, pause=0.001)
    shared.close()
    assert out == {key: draw(key) for key in keys}
    assert taken == shared.delivered and taken > 0  # the worker drew some of them
    assert pid is not None and _gone(pid)


def test_pages_the_worker_fails_on_are_drawn_by_the_main_process_which_meets_the_error_itself():
    keys = [f"p{i}" for i in range(50)]
    bad = "p40"

    def draw(key):
        if key == bad:
            raise ValueError(f"template error on {key}")
        return key

    shared = Shared(keys, draw)
    pid = shared._pid
    _claimed_by_worker_down_to(shared, 40)  # the worker claims from the back and stops at p40
    delivered = {}
    with pytest.raises(ValueError, match="template error on p40"):
        for key in keys:
            if shared.mine(key):
                delivered[key] = draw(key)
            else:
                drawn = shared.take(key)
                delivered[key] = drawn if drawn is not None else draw(key)
    shared.close()
    assert list(delivered) == keys[:40]
    assert pid is not None and _gone(pid)


def test_warnings_logged_in_the_worker_are_logged_again_by_the_main_process(caplog):
    keys = ["a", "b", "c"]

    def draw(key):
        logging.getLogger("mkdocs.plugins.portal").warning("odd page %s", key)
        return key

    shared = Shared(keys, draw)
    _claimed_by_worker_down_to(shared, 0)  # the worker has claimed all three
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        assert [shared.take(key) if not shared.mine(key) else None for key in keys] == keys
    shared.close()
    assert [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.portal"] == [
        "odd page a", "odd page b", "odd page c"]


def test_closing_a_pass_stops_its_worker_at_once():
    shared = Shared([f"k{i}" for i in range(10)], lambda key: time.sleep(30))
    pid = shared._pid
    started = time.monotonic()
    shared.close()
    assert time.monotonic() - started < 5
    assert pid is not None and _gone(pid)
    assert shared.take("k9") is None  # nothing delivered: the main process would draw it


def test_only_large_builds_fork_unless_told():
    assert not parallel.wanted(parallel.THRESHOLD - 1, {})
    assert parallel.wanted(parallel.THRESHOLD - 1, {"PORTAL_PARALLEL": "1"})
    assert not parallel.wanted(10 * parallel.THRESHOLD, {"PORTAL_PARALLEL": "0"})


# --- whole builds ------------------------------------------------------------------------------------

def _mkdocs_build(site: Path, config: Path, data: Path | None, parallel_flag: str) -> subprocess.CompletedProcess:
    env = build_env(data, {"PORTAL_PARALLEL": parallel_flag, "SOURCE_DATE_EPOCH": "1765065600"})
    env.pop("SITE_URL", None)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_build_in_two_processes_writes_the_same_site_byte_for_byte_as_one_process(tmp_path):
    one = _mkdocs_build(tmp_path / "one", ROOT / "mkdocs.yml", None, "0")
    two = _mkdocs_build(tmp_path / "two", ROOT / "mkdocs.yml", None, "1")
    assert one.returncode == 0, one.stderr
    assert two.returncode == 0, two.stderr
    assert "parallel build" not in one.stderr
    assert re.search(r"parallel build: contents: \d+ of \d+ by the worker .*; theme pages: \d+ of \d+", two.stderr)
    a, b = _tree(tmp_path / "one"), _tree(tmp_path / "two")
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []


def _broken_theme(tmp_path: Path) -> Path:
    """mkdocs.yml with a theme whose page template fails on every generated page (they have JSON-LD)."""
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    main = overrides / "main.html"
    main.write_text("{% if page and page.meta.jsonld %}{{ page.meta.portal_missing.boom }}{% endif %}"
                    + main.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "macros").symlink_to(ROOT / "macros")  # mkdocs-macros imports it from beside the config
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {ROOT / 'content'}\n"
                      f"watch: [{ROOT / 'macros'}]\ntheme:\n  custom_dir: {overrides}\n", encoding="utf-8")
    return config


def test_a_template_error_on_a_page_the_worker_draws_fails_the_build_with_mkdocs_message_for_that_page(tmp_path):
    config = _broken_theme(tmp_path)
    one = _mkdocs_build(tmp_path / "one", config, FIXTURES / "tricky", "0")
    two = _mkdocs_build(tmp_path / "two", config, FIXTURES / "tricky", "1")
    errors = [[line for line in run.stderr.splitlines() if "Error building page" in line] for run in (one, two)]
    assert one.returncode != 0 and two.returncode != 0
    assert errors[0] and errors[1] == errors[0]
    assert "'dict object' has no attribute 'portal_missing'" in errors[1][0]
