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


def _data_copy(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the real data that the build reads (an edit must not touch data/), with a fixed date."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    monkeypatch.setenv("PORTAL_DATA_DIR", str(data))
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.chdir(ROOT)
    return data


@pytest.mark.build
def test_an_edit_shows_after_a_serve_rebuild_and_reused_pages_equal_a_fresh_build(tmp_path, monkeypatch):
    data = _data_copy(tmp_path, monkeypatch)
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


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


NEW_AGREEMENT = """agreements:
  - id: adalar-sinama-yeni
    partner:
      as_written: "Sınamaköy"
      name: "Sınamaköy"
    country: SE
    kind: sister_city
    status: unknown
    sources:
      - {source: paper, table: 1}

"""
REMOVED = """  - id: adalar-veles
    partner:
      as_written: "Veles"
      name: "Veles"
    country: MK
    kind: sister_city
    status: unknown
    sources:
      - {source: paper, table: 1, quote: "Veles – Makedonya"}

"""


@pytest.mark.build
def test_a_dirty_serve_rebuild_leaves_the_site_a_fresh_build_writes(tmp_path, monkeypatch, caplog):
    """`make serve` (mkdocs serve --dirty): unchanged pages are not written again, removed ones are deleted;
    after each edit (a record changed, added and removed; a mistake made and fixed; a shared reference
    file changed) the served folder holds exactly what a fresh serve build writes, file for file."""
    from mkdocs.exceptions import Abort

    data = _data_copy(tmp_path, monkeypatch)
    served = tmp_path / "served"
    adalar, kadikoy = data / "districts/adalar.yaml", data / EDIT

    def fresh() -> dict[str, bytes]:
        """A serve's first build (nothing kept) of the same data. MkDocs has one instance of the plugin per
        process: the served one's state is put back afterwards."""
        site = tmp_path / "fresh"
        shutil.rmtree(site, ignore_errors=True)
        state = plugin._kept, plugin._files
        config = _config(site)
        config.plugins.on_startup(command="serve", dirty=False)
        try:
            build(config, serve_url=SERVE_URL, dirty=False)
        finally:
            plugin._kept, plugin._files = state
        return _tree(site)

    def serve_build() -> None:
        build(_config(served), serve_url=SERVE_URL, dirty=True)

    config = _config(served)
    config.plugins.on_startup(command="serve", dirty=True)
    plugin = config.plugins["portal"]
    try:
        build(config, serve_url=SERVE_URL, dirty=True)
        # One record changed, one added, one removed.
        _edit(kadikoy, 'description: "', f'description: "{MARK}: ')
        _edit(adalar, "agreements:\n", NEW_AGREEMENT)
        _edit(adalar, REMOVED, "")
        before = (served / "agreements/adalar-veles/index.html")
        assert before.is_file()
        mtimes = {p: p.stat().st_mtime_ns for p in served.rglob("*.html")}
        serve_build()
        assert plugin._kept is not None and plugin._kept.reused > 100
        # Pages the edits did not reach are not written again: the kept record pages, and the overview
        # and country pages rendered again as they were.
        rewritten = sorted(p.relative_to(served).as_posix() for p, t in mtimes.items()
                           if p.exists() and p.stat().st_mtime_ns != t)
        assert not any("besiktas" in p for p in rewritten), rewritten
        assert "countries/jp/index.html" not in rewritten
        assert any(p.startswith("projects/kadikoy-") for p in rewritten), rewritten
        assert len(rewritten) < len(mtimes) / 4, rewritten
        assert not before.exists() and (served / "agreements/adalar-sinama-yeni/index.html").is_file()
        site = _tree(served)
        assert any(MARK in html.decode() for path, html in site.items() if path.endswith(".html"))
        expected = fresh()
        assert sorted(site) == sorted(expected)
        assert [path for path in expected if site[path] != expected[path]] == []

        # A mistake: the rebuild stops with the problem, then the fix builds the same site again.
        _edit(kadikoy, "country: DE", "country: QQ")
        caplog.clear()
        with pytest.raises(Abort):
            serve_build()
        assert "'QQ' is not a known country code" in caplog.text
        _edit(kadikoy, "country: QQ", "country: DE")
        serve_build()
        assert _tree(served) == expected

        # A shared reference file: every page naming the network shows its new name.
        _edit(data / "networks.yaml", 'short_name: "ICLEI"', 'short_name: "ICLEI-S"')
        serve_build()
        site = _tree(served)
        expected = fresh()
        assert sorted(site) == sorted(expected)
        assert [path for path in expected if site[path] != expected[path]] == []
        assert any(b"ICLEI-S" in html for path, html in site.items() if path.startswith("municipalities/"))
    finally:
        plugin.on_shutdown()
