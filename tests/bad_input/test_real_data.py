"""The catalogue's rules hold on the real data too, with real line numbers."""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from macros.data.dataset import load_portal

DATA = Path(__file__).resolve().parents[2] / "data"


def agreement_line(lines: list[str], agreement_id: str, field: str) -> int:
    """1-based line of `field:` inside the agreement `agreement_id` (up to the next record)."""
    start = next(i for i, text in enumerate(lines) if text.strip() == f"- id: {agreement_id}")
    for i in range(start + 1, len(lines)):
        stripped = lines[i].strip()
        if stripped.startswith("- id:"):
            break
        if stripped.startswith(f"{field}:"):
            return i + 1
    raise AssertionError(f"no '{field}:' in agreement {agreement_id}")


def test_unknown_country_in_real_data_is_reported_at_its_line(tmp_path, problems_for):
    """Changing adalar-nacka's country to XX in the real data gives one problem at that exact line."""
    data_dir = tmp_path / "data"
    shutil.copytree(DATA, data_dir)
    load_portal(data_dir)  # the real data is valid before the change

    adalar = data_dir / "districts" / "adalar.yaml"
    document = yaml.safe_load(adalar.read_text(encoding="utf-8"))
    assert document["agreements"][0]["id"] == "adalar-nacka"

    lines = adalar.read_text(encoding="utf-8").splitlines(keepends=True)
    line = agreement_line(lines, "adalar-nacka", "country")
    assert lines[line - 1].strip() == "country: SE"
    lines[line - 1] = lines[line - 1].replace("country: SE", "country: XX")
    adalar.write_text("".join(lines), encoding="utf-8")

    problems = problems_for(data_dir)
    assert len(problems) == 1, "\n".join(map(str, problems))
    problem = problems[0]
    assert (problem.file, problem.line, problem.path) == ("data/districts/adalar.yaml", line, "agreements[0].country")
    assert str(problem).startswith(f"data/districts/adalar.yaml:{line}: agreements[0].country: 'XX'")
    assert "is not a known country code" in problem.message
    assert "ISO 3166-1 alpha-2" in problem.message
