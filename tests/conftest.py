"""Shared helpers: build the real site (or a fixture data set) with MkDocs in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(ROOT))


def build_site(site_dir: Path, data_dir: Path | None = None, extra_env: dict | None = None):
    """Run `mkdocs build --strict` like `make site` does; returns the CompletedProcess."""
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    env["NO_MKDOCS_2_WARNING"] = "1"
    if data_dir is not None:
        env["PORTAL_DATA_DIR"] = str(data_dir)
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture(scope="session")
def real_build(tmp_path_factory):
    """The portal built once from the bundled data: (site folder, build output)."""
    site = tmp_path_factory.mktemp("site") / "site"
    result = build_site(site)
    assert result.returncode == 0, result.stderr
    return site, result.stdout + result.stderr


@pytest.fixture(scope="session")
def real_site(real_build) -> Path:
    return real_build[0]


@pytest.fixture(scope="session")
def portal():
    from macros.portal import load_portal
    return load_portal(ROOT / "data")


@pytest.fixture(scope="session")
def paper_text() -> str:
    path = ROOT.parent / "shared" / "sources" / "000_f4d68692b547afed.txt"
    if not path.exists():
        pytest.skip("the paper is not beside the repository (../shared/sources)")
    return path.read_text(encoding="utf-8")
