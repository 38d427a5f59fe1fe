"""What is read, what is reported and how much: no file is silently skipped, no report is endless."""
from __future__ import annotations

import os

from macros.data.dataset import load_portal
from macros.data.problems import MAX_PER_FILE, DataError, Problem


def messages(problems) -> dict[str, str]:
    return {p.file: p.message for p in problems}


def test_a_district_file_with_an_upper_case_extension_is_reported_not_skipped(data_dir, problems_for):
    """kadikoy.YAML once made a whole district vanish while validation said OK."""
    (data_dir / "districts" / "kadikoy.yaml").rename(data_dir / "districts" / "kadikoy.YAML")
    found = messages(problems_for(data_dir))
    assert "rename it to kadikoy.yaml" in found["data/districts/kadikoy.YAML"]


def test_stray_files_and_sub_folders_in_data_are_reported(data_dir, problems_for):
    (data_dir / "notes.txt").write_text("notes\n", encoding="utf-8")
    (data_dir / "districts" / "sub").mkdir()
    (data_dir / "districts" / "sub" / "sile.yaml").write_text("slug: sile\nname: Şile\n", encoding="utf-8")
    (data_dir / "districts" / "kadikoy.yaml.bak").write_text("old\n", encoding="utf-8")
    found = messages(problems_for(data_dir))
    assert set(found) == {"data/notes.txt", "data/districts/sub", "data/districts/kadikoy.yaml.bak"}
    assert "this file is not read" in found["data/notes.txt"]
    assert "this folder is not read" in found["data/districts/sub"]
    assert "move it out of data/ or delete it" in found["data/districts/kadikoy.yaml.bak"]


def test_editor_lock_and_backup_files_are_ignored(data_dir):
    """An Emacs lock is a dangling symbolic link; a backup ends in ~; neither is data nor an error."""
    os.symlink("user@host.1234:1700000000", data_dir / "districts" / ".#kadikoy.yaml")
    (data_dir / "districts" / "kadikoy.yaml~").write_text("slug: broken\n", encoding="utf-8")
    (data_dir / "districts" / "#adalar.yaml#").write_text("{{{", encoding="utf-8")
    (data_dir / ".#sources.yaml").write_text("{{{", encoding="utf-8")
    assert {d.slug for d in load_portal(data_dir).districts} == {"adalar", "kadikoy"}


def test_a_slug_mismatch_suggests_only_valid_slugs(data_dir, problems_for):
    """'kadi koy.yaml' cannot be fixed with 'slug: kadi koy': only the valid rename is offered."""
    (data_dir / "districts" / "kadi koy.yaml").write_text("slug: kadikoy-iki\nname: Kadıköy\n", encoding="utf-8")
    [problem] = [p for p in problems_for(data_dir) if p.path == "slug"]
    assert "rename the file to kadikoy-iki.yaml" in problem.message
    assert "set slug" not in problem.message


def test_problems_are_capped_per_file_with_a_count_of_the_rest(data_dir, problems_within):
    """Thousands of broken items give the first MAX_PER_FILE problems and one line counting the others."""
    items = "".join(f"  - id: Bad_{i}\n" for i in range(3000))  # each: bad id + 4 missing fields
    (data_dir / "districts" / "kadikoy.yaml").write_text(f"slug: kadikoy\nname: Kadıköy\nactivities:\n{items}",
                                                         encoding="utf-8")
    problems = problems_within(data_dir, 10)
    assert len([p for p in problems if p.file == "data/districts/kadikoy.yaml"]) == MAX_PER_FILE
    try:
        load_portal(data_dir)
    except DataError as error:
        text = str(error)
    assert text.startswith("15000 problems in the data:")
    assert f"data/districts/kadikoy.yaml: … and {15000 - MAX_PER_FILE} more problems not shown" in text
    assert len(text.splitlines()) == 1 + MAX_PER_FILE + 1


def test_problems_on_one_line_are_sorted_by_number():
    """countries[10] comes after countries[2], not between countries[1] and countries[2]."""
    paths = [f"activities[0].countries[{i}]" for i in (10, 2, 1, 0, 11)]
    error = DataError([Problem("data/districts/kadikoy.yaml", 9, path, "unknown") for path in paths])
    assert [p.path for p in error.problems] == [f"activities[0].countries[{i}]" for i in (0, 1, 2, 10, 11)]
