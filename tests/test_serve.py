"""`make serve` (mkdocs serve): an edit to a data file shows on the page after the rebuild, and the pages a
rebuild reuses from the previous build (macros/engine/kept_pages.py) are the pages a fresh build writes."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import ROOT
from mkdocs.commands.build import build
from mkdocs.config import load_config

SERVE_URL = "http://127.0.0.1:8000/"
EDIT = "districts/kadikoy.yaml"
MARK = "Canlı düzenleme sınaması"


def _config(site: Path):
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(site))
    config.site_url = SERVE_URL
    return config


def _pages(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}


@pytest.mark.build
def test_an_edit_shows_after_a_serve_rebuild_and_reused_pages_equal_a_fresh_build(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    monkeypatch.setenv("PORTAL_DATA_DIR", str(data))
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.chdir(ROOT)
    served = tmp_path / "served"

    # As mkdocs serve: one start-up, then a freshly loaded configuration for every build, in one process.
    config = _config(served)
    config.plugins.on_startup(command="serve", dirty=False)
    plugin = config.plugins["portal"]
    try:
        build(config, serve_url=SERVE_URL, dirty=False)
        edited = data / EDIT
        text = edited.read_text(encoding="utf-8")
        new = re.sub(r'description: "', f'description: "{MARK}: ', text, count=1)
        assert new != text
        edited.write_text(new, encoding="utf-8")
        config = _config(served)
        assert config.plugins["portal"] is plugin  # MkDocs keeps a plugin with on_startup across rebuilds
        build(config, serve_url=SERVE_URL, dirty=False)
        assert plugin._kept is not None and plugin._kept.reused > 100  # most record pages were reused
    finally:
        plugin.on_shutdown()

    pages = _pages(served)
    showing = [path for path, html in pages.items() if MARK in html.decode()]
    assert any(path.startswith(("agreements/", "projects/", "municipalities/kadikoy/")) for path in showing), showing

    # The same edited data built from scratch, as `mkdocs build` does: every page the same.
    fresh = tmp_path / "fresh"
    config = _config(fresh)
    build(config, serve_url=SERVE_URL, dirty=False)
    expected = _pages(fresh)
    assert sorted(pages) == sorted(expected)
    differ = [path for path in expected if pages[path] != expected[path]]
    assert differ == []
