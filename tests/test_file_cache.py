"""`mkdocs serve`'s data file cache (macros/data/file_cache.py): a load that reuses the unchanged files'
results gives exactly what a fresh load gives, the same portal or the same problems, after every kind of
edit: a record changed, a mistake made and fixed, a file added and removed, a shared reference file
changed (places.yaml: every file is checked against its countries)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import FIXTURES

from macros.data import rules
from macros.data.dataset import load_portal
from macros.data.file_cache import FileCache
from macros.data.problems import DataError

pytestmark = pytest.mark.unit


def _outcome(data: Path, cache: FileCache | None = None):
    try:
        return load_portal(data, cache=cache)
    except DataError as exc:
        return ("DataError", str(exc), exc.count)


@pytest.fixture
def data(tmp_path) -> Path:
    shutil.copytree(FIXTURES / "minimal", tmp_path / "data")
    return tmp_path / "data"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_cached_loads_equal_fresh_loads_after_each_edit(data):
    cache: FileCache = FileCache()
    kadikoy, adalar, places = data / "districts/kadikoy.yaml", data / "districts/adalar.yaml", data / "places.yaml"
    steps = [
        lambda: None,
        lambda: _edit(kadikoy, "description: Bir proje.", "description: Bir proje, düzeltildi."),
        # A mistake in one file, then a second one made by an unchanged file's record (duplicate id).
        lambda: _edit(kadikoy, "country: SE", "country: QQ"),
        lambda: _edit(kadikoy, "country: QQ", "country: SE"),
        lambda: _edit(adalar, "name: Adalar", "name: Adalar\nagreements:\n  - id: kadikoy-nacka\n"
                      "    partner: {as_written: Nacka, name: Nacka}\n    country: SE\n    kind: sister_city\n"
                      "    sources:\n      - {source: paper, table: 1}"),
        lambda: _edit(adalar, "id: kadikoy-nacka", "id: adalar-nacka"),
        # A reference to another file's record, then that record renamed there: the unchanged file's
        # reference is no longer defined.
        lambda: _edit(kadikoy, "agreements: [kadikoy-nacka]", "agreements: [kadikoy-nacka, adalar-nacka]"),
        lambda: _edit(adalar, "id: adalar-nacka", "id: adalar-nacka-2"),
        lambda: _edit(adalar, "id: adalar-nacka-2", "id: adalar-nacka"),
        # A file added, then removed; a file broken beyond reading, then repaired.
        lambda: (data / "districts/beykoz.yaml").write_text(adalar.read_text(encoding="utf-8")
                                                            .replace("adalar", "beykoz").replace("Adalar", "Beykoz"),
                                                            encoding="utf-8"),
        lambda: (data / "districts/beykoz.yaml").unlink(),
        lambda: _edit(adalar, "name: Adalar", "name: [Adalar"),
        lambda: _edit(adalar, "name: [Adalar", "name: Adalar"),
        # The shared country list: kadikoy's activity names XK, which places.yaml defines.
        lambda: _edit(places, "code: XK", "code: XJ"),
        lambda: _edit(places, "code: XJ", "code: XK"),
    ]
    reused = 0
    for number, step in enumerate(steps):
        step()
        assert _outcome(data, cache) == _outcome(data), f"step {number}"
        reused += cache.reused
    assert reused > len(steps)  # the unchanged files were not read again


def test_a_cached_file_is_checked_again_on_another_day(data, monkeypatch):
    _edit(data / "districts/kadikoy.yaml", 'start: "2017-06"', 'start: "2027-06"')
    cache: FileCache = FileCache()
    import datetime
    monkeypatch.setattr(rules, "today", lambda: datetime.date(2027, 5, 1))
    assert isinstance(_outcome(data, cache), tuple)
    monkeypatch.setattr(rules, "today", lambda: datetime.date(2027, 7, 1))
    assert _outcome(data, cache) == _outcome(data)
    assert not isinstance(_outcome(data, cache), tuple)


def test_the_open_data_from_the_parts_kept_by_mkdocs_serve_is_the_same(data):
    """ExportCache (publish/export.py): portal.json and the CSVs assembled from the kept parts of unchanged
    municipalities and records are the files made from nothing, after an edit too."""
    from macros.data.index import PortalIndex
    from macros.publish.export import ExportCache, export_files

    files: FileCache = FileCache()
    cache = ExportCache()
    for step in (lambda: None, lambda: _edit(data / "districts/kadikoy.yaml", "description: Bir proje.",
                                             'description: "Bir proje,\\nsatır"'), lambda: None):
        step()
        index = PortalIndex(load_portal(data, cache=files))
        assert export_files(index, False, cache) == export_files(index, False)
        assert export_files(index, False, cache)["portal.json"] == export_files(index, True)["portal.json"]


def test_only_mkdocs_dirty_warning_is_dropped():
    import logging

    from macros.engine.kept_pages import DirtyWarning

    make = lambda msg, level=logging.WARNING: logging.LogRecord(DirtyWarning.LOGGER, level, __file__, 1, msg, None, None)
    assert not DirtyWarning().filter(make("A 'dirty' build is being performed, this will likely lead to ..."))
    assert DirtyWarning().filter(make("Doc file 'x.md' contains a link to 'y.md', which is not found"))
    assert DirtyWarning().filter(make("A 'dirty' build is being performed", logging.ERROR))
