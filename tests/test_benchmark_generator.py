"""The benchmark's synthetic data generator: valid for the real loader, the right size, deterministic."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402
from macros.data.dataset import load_portal  # noqa: E402


def _records(portal) -> int:
    return sum(len(getattr(d, kind)) for d in portal.districts
               for kind in ("agreements", "memberships", "projects", "activities"))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def scale_two(tmp_path_factory) -> tuple[Path, dict]:
    """×2 with seed 7 (check=False: the tests load the folder themselves; generate's own check is that load)."""
    folder = tmp_path_factory.mktemp("x2") / "a"
    return folder, generate(folder, 2, seed=7, check=False)


def test_scale_two_is_valid_and_twice_the_size(scale_two, portal):
    folder, stats = scale_two
    generated = load_portal(folder)  # the real loader and validator, nothing bypassed
    real = _records(portal)  # the bundled data (tests/conftest.py)
    assert _records(generated) == stats["records"]
    assert 1.9 * real <= _records(generated) <= 2.1 * real
    assert len(generated.districts) == stats["districts"] > 39
    for path in (folder / "districts").glob("*.yaml"):
        assert path.read_text(encoding="utf-8").count(f"\nslug: {path.stem}\n") == 1  # file name = slug


def test_the_same_seed_gives_the_same_files_and_another_seed_other_ones(scale_two, tmp_path):
    folder, _ = scale_two
    generate(tmp_path / "b", 2, seed=7, check=False)
    assert _files(folder) == _files(tmp_path / "b")
    generate(tmp_path / "c", 2, seed=8, check=False)
    assert _files(folder) != _files(tmp_path / "c")
