"""Shared helpers: build the real site (or a fixture data set) with MkDocs in a subprocess."""
from __future__ import annotations

import fcntl
import inspect
import json
import os
from pathlib import Path

import pytest

from helpers import PUBLISHED_REPO_URL, PUBLISHED_SITE_URL, ROOT, build_site


def _built_once(tmp_path_factory, name: str, extra_env: dict | None = None) -> tuple[Path, str]:
    """(site folder, build output) of one build shared by every test process.

    Under pytest-xdist (`make test` runs two workers) each worker has its own session fixtures; the first
    worker to get here builds while the others wait on the lock, then all read the same folder -- the
    pattern pytest-xdist documents for session-wide data. Without workers it is a plain session build.
    """
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    folder = root / name
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        record = folder / "result.json"
        if not record.exists():
            folder.mkdir(exist_ok=True)
            result = build_site(folder / "site", extra_env=extra_env)
            record.write_text(json.dumps({"returncode": result.returncode, "stdout": result.stdout,
                                          "stderr": result.stderr}), encoding="utf-8")
        result = json.loads(record.read_text(encoding="utf-8"))
    assert result["returncode"] == 0, result["stderr"]
    return folder / "site", result["stdout"] + result["stderr"]


@pytest.fixture(scope="session")
def real_build(tmp_path_factory):
    """The portal built once from the bundled data: (site folder, build output)."""
    return _built_once(tmp_path_factory, "real-site")


@pytest.fixture(scope="session")
def published(tmp_path_factory):
    """(site folder, build output) of the portal built with SITE_URL and REPO_URL."""
    return _built_once(tmp_path_factory, "published-site",
                       {"SITE_URL": PUBLISHED_SITE_URL, "REPO_URL": PUBLISHED_REPO_URL})


@pytest.fixture(scope="session")
def real_site(real_build) -> Path:
    return real_build[0]


@pytest.fixture(scope="session")
def portal():
    from macros.data.dataset import load_portal
    return load_portal(ROOT / "data")


@pytest.fixture(scope="session")
def paper_text() -> str:
    path = ROOT.parent / "shared" / "sources" / "000_f4d68692b547afed.txt"
    if not path.exists():
        pytest.skip("the paper is not beside the repository (../shared/sources)")
    return path.read_text(encoding="utf-8")


# Markers (pytest.ini): `-m unit` runs in seconds, `-m build` builds sites (MkDocs, git, the HTML
# checker), `-m browser` drives Chromium. Every test gets exactly one, by what it needs.
# A test needs a build when it, or a fixture it uses (directly or through another fixture), builds a site or
# runs a program: the fixtures below by name, any other by what its code calls (a new fixture that builds
# is caught without being listed).
BUILD_FIXTURES = {"real_build", "real_site", "published", "paged_site", "published_site", "hostile_site",
                  "vnu_messages", "repo"}
BUILD_CALLS = ("build_site(", "build_hostile_site(", "subprocess.", "macros.engine.build")


def _calls_a_build(function) -> bool:
    try:
        if not Path(inspect.getsourcefile(function) or "").is_relative_to(ROOT / "tests"):
            return False  # pytest's own fixtures (tmp_path, monkeypatch...)
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return False
    return any(call in source for call in BUILD_CALLS)


def _needs_a_build(item) -> bool:
    if BUILD_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    # Every fixture the test uses, also through other fixtures (pytest has resolved the closure).
    fixtures = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
    if any(_calls_a_build(d.func) for defs in fixtures.values() for d in defs):
        return True
    return _calls_a_build(getattr(item, "function", None))


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "browser" in Path(str(item.path)).relative_to(ROOT / "tests").parts[:1]:
            item.add_marker(pytest.mark.browser)
        elif item.get_closest_marker("build") or _needs_a_build(item):
            item.add_marker(pytest.mark.build)
        else:
            item.add_marker(pytest.mark.unit)
