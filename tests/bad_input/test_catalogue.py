"""The bad-input catalogue: one broken data set per folder in cases/.

Each folder under cases/ holds

* one or more data files (``districts/kadikoy.yaml``, ``sources.yaml``, ...) that
  replace (or, for a new district, are added to) the files of a copy of
  tests/fixtures/minimal, so that the copy contains exactly one mistake;
* ``expect.yaml``, saying where the validator must report the mistake and what the
  message must say:

  rule         the rule being broken, in one sentence
  file         data file, relative to the data folder (``districts/kadikoy.yaml``)
  line         line number of the mistake
  path         field path (``agreements[0].country``); "" for a file-level problem
  contains     substrings the message must contain: the offending value, what is valid
  problems     how many problems the data set must give in total (default 1)
  max_seconds  optional: load_portal must return within this many seconds
  store_as     optional: {encoding: cp1254} and/or {unicode: NFD}; the case file is
               kept readable (UTF-8, NFC) and converted when copied

Adding a case = adding a folder; nothing here needs to change.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from macros.data.dataset import REFERENCE_FILES as DATA_FILES

CASES = Path(__file__).parent / "cases"
EXPECT_KEYS = {"rule", "file", "line", "path", "contains", "problems", "max_seconds", "store_as"}
REFERENCE_FILES = {name for name, _ in DATA_FILES.values()}  # the loader's own list


def case_names() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if p.is_dir())


def read_expect(case: Path) -> dict:
    return yaml.safe_load((case / "expect.yaml").read_text(encoding="utf-8"))


def data_files(case: Path) -> list[Path]:
    return sorted(p for p in case.rglob("*") if p.is_file() and p.name != "expect.yaml")


def install_case(case: Path, data_dir: Path, store_as: dict) -> None:
    """Copy the case's data files over the minimal data set, converting them if asked."""
    for source in data_files(case):
        text = source.read_text(encoding="utf-8")
        if "unicode" in store_as:
            text = unicodedata.normalize(store_as["unicode"], text)
        target = data_dir / source.relative_to(case)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode(store_as.get("encoding", "utf-8")))


def test_minimal_fixture_is_valid(data_dir):
    """The starting point of every case is valid, so each case fails only for its own mistake."""
    from macros.data.dataset import load_portal

    portal = load_portal(data_dir)
    assert {d.slug for d in portal.districts} == {"adalar", "kadikoy"}


@pytest.mark.parametrize("name", case_names())
def test_case_folder_is_well_formed(name):
    """Every case folder has an expect.yaml with the required keys and at least one data file."""
    case = CASES / name
    assert (case / "expect.yaml").is_file(), f"{name}: expect.yaml is missing"
    expect = read_expect(case)
    assert set(expect) <= EXPECT_KEYS, f"{name}: unknown keys {set(expect) - EXPECT_KEYS}"
    for key in ("rule", "file", "line", "path", "contains"):
        assert key in expect, f"{name}: expect.yaml needs '{key}'"
    assert isinstance(expect["line"], int) and expect["line"] >= 1
    assert isinstance(expect["contains"], list) and expect["contains"]
    files = data_files(case)
    assert files, f"{name}: no data file to put into the data set"
    for path in files:
        rel = path.relative_to(case).as_posix()
        assert rel in REFERENCE_FILES or (rel.startswith("districts/") and rel.endswith(".yaml")
                                          and rel.count("/") == 1), f"{name}: {rel} is not a data file"
    assert expect["file"] in {p.relative_to(case).as_posix() for p in files}, \
        f"{name}: the expected file {expect['file']} is not one of the case's files"


@pytest.mark.parametrize("name", case_names())
def test_bad_input_is_reported(name, data_dir, problems_for, problems_within):
    """The broken data set is refused, and the message names file, line, field path and what is valid."""
    case = CASES / name
    expect = read_expect(case)
    install_case(case, data_dir, expect.get("store_as") or {})

    if "max_seconds" in expect:
        problems = problems_within(data_dir, expect["max_seconds"])
    else:
        problems = problems_for(data_dir)

    file = f"{data_dir.name}/{expect['file']}"
    line, path = expect["line"], expect["path"]
    report = f"rule: {expect['rule']}\nproblems reported:\n" + "\n".join(f"  {p}" for p in problems)

    here = [p for p in problems if (p.file, p.line, p.path) == (file, line, path)]
    assert here, f"expected a problem at {file}:{line} {path or '(file level)'}\n{report}"

    matching = [p for p in here if all(s in p.message for s in expect["contains"])]
    assert matching, f"the message at {file}:{line} must contain {expect['contains']}\n{report}"

    where = f"{file}:{line}: {path}: " if path else f"{file}:{line}: "
    assert str(matching[0]).startswith(where), report

    assert len(problems) == expect.get("problems", 1), \
        f"expected {expect.get('problems', 1)} problem(s), got {len(problems)}\n{report}"
