"""The benchmark's synthetic data generator: valid for the real loader, the right size, deterministic."""
from __future__ import annotations

import sys
from pathlib import Path

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


def test_scale_two_is_valid_twice_the_size_and_deterministic(tmp_path):
    first = generate(tmp_path / "a", 2, seed=7)
    portal = load_portal(tmp_path / "a")  # the real loader and validator, nothing bypassed
    real = _records(load_portal(ROOT / "data"))
    assert _records(portal) == first["records"]
    assert 1.9 * real <= _records(portal) <= 2.1 * real
    assert len(portal.districts) == first["districts"] > 39
    for path in (tmp_path / "a" / "districts").glob("*.yaml"):
        assert path.read_text(encoding="utf-8").count(f"\nslug: {path.stem}\n") == 1  # file name = slug

    generate(tmp_path / "b", 2, seed=7)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")

    generate(tmp_path / "c", 2, seed=8)
    assert _files(tmp_path / "a") != _files(tmp_path / "c")
