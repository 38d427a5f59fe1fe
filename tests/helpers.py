"""Shared test helpers (imported by tests; fixtures live in conftest.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# A build as the publishing workflow makes it (SITE_URL and REPO_URL set): the `published` fixture.
PUBLISHED_SITE_URL = "https://example.org/izleme/"
PUBLISHED_REPO_URL = "https://github.com/example/yerel-diplomasi"


def build_env(data_dir: Path | None = None, extra_env: dict | None = None) -> dict:
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    env["NO_MKDOCS_2_WARNING"] = "1"
    if data_dir is not None:
        env["PORTAL_DATA_DIR"] = str(data_dir)
    env.update(extra_env or {})
    return env


def build_site(site_dir: Path, data_dir: Path | None = None, extra_env: dict | None = None):
    """Build both editions exactly as `make site` does (python -m macros.engine.build); returns CompletedProcess."""
    return subprocess.run(
        [sys.executable, "-m", "macros.engine.build", "--site-dir", str(site_dir)],
        cwd=ROOT, env=build_env(data_dir, extra_env), capture_output=True, text=True, timeout=900,
    )


def build_hostile_site(site_dir: Path, monkeypatch) -> Path:
    """The Turkish edition of the hostile fixture, built in this process by MkDocs with validation's
    markup rule switched off: what the templates and the search do if hostile text got through."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import macros.data.rules
    monkeypatch.setattr(macros.data.rules, "_MARKUP", [])
    monkeypatch.setenv("PORTAL_DATA_DIR", str(FIXTURES / "hostile"))
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.chdir(ROOT)
    build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=False))
    return site_dir
