"""`portal new`: a skeleton record appended as text, the rest of the file untouched byte for byte."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from helpers import FIXTURES, ROOT
from macros.cli.commands import main
from macros.data.dataset import load_portal
from macros.data.problems import DataError
from macros.cli.scaffold import ScaffoldError, add_record, existing_ids, insert_record, skeleton

# What a maintainer would write for each required field left as "# TODO".
FILL = {
    "agreement": {"as_written": '"Nacka"', "country": "SE", "kind": "sister_city", "source": "paper"},
    "project": {"title": '"Yeni proje"', "description": '"Kaynakta anlatıldığı gibi."',
                "description_en": '"As the source describes it."', "source": "paper"},
    "activity": {"kind": "festival", "description": '"Bir festival."', "description_en": '"A festival."',
                 "source": "paper"},
    "membership": {"network": "eurocities", "as_written": '"Eurocities"', "source": "paper"},
}
_TODO = re.compile(r"^(?P<lead>[ -]*)(?P<key>\w+):  # TODO: .*$", re.M)


_PLACEHOLDER = re.compile(r"(id: [a-z0-9-]+)-yeni-([a-z]+)(-\d+)?  # TODO: [^\n]*")


def renamed(record_id: str) -> str:
    """The id a maintainer gives the record instead of the placeholder."""
    return record_id.replace("-yeni-", "-ornek-")


def fill(text: str, kind: str) -> str:
    text = _PLACEHOLDER.sub(lambda m: f"{m[1]}-ornek-{m[2]}{m[3] or ''}", text)
    return _TODO.sub(lambda m: f"{m['lead']}{m['key']}: {FILL[kind][m['key']]}", text)


@pytest.fixture
def data(tmp_path):
    """A copy of the real data set: the command must work on the files maintainers actually edit."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def run_new(capsys, data_dir, *args) -> tuple[int, str, str]:
    code = main(["--data", str(data_dir), "new", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _ids(data_dir) -> set[str]:
    portal = load_portal(data_dir)
    return set(portal.origin)


@pytest.mark.parametrize("kind", ["agreement", "project", "activity", "membership"])
def test_new_record_is_appended_and_validates_once_filled(capsys, data, kind):
    path = data / "districts" / "adalar.yaml"
    before = path.read_bytes()
    ids_before = _ids(data)

    code, out, _ = run_new(capsys, data, kind, "--district", "adalar")
    assert code == 0
    match = re.match(r"data/districts/adalar\.yaml:(\d+): added " + kind + r" '([a-z0-9-]+)'", out)
    assert match, out
    line, new_id = int(match[1]), match[2]
    assert new_id.startswith("adalar-yeni-") and new_id not in ids_before

    after = path.read_bytes()
    lines = after.decode().split("\n")
    assert lines[line - 1].lstrip(" -").startswith(f"id: {new_id}")
    # Everything that was there is still there, byte for byte, in front of the new text.
    assert after.startswith(before)
    # Only new lines follow: a blank separator and/or the list key for a new list, then the record.
    added = after[len(before):].decode()
    assert added.count(f"id: {new_id}") == 1 and "# TODO" in added

    # Deliberately invalid until filled in: validate points at exactly the TODO lines.
    todo_lines = {n for n, text in enumerate(lines, 1) if "# TODO" in text}
    with pytest.raises(DataError) as caught:
        load_portal(data)
    assert {p.line for p in caught.value.problems} == todo_lines
    assert all(p.file == "data/districts/adalar.yaml" for p in caught.value.problems)
    assert f"lines {', '.join(str(n) for n in sorted(todo_lines))}" in out

    path.write_text(fill(after.decode(), kind), encoding="utf-8")
    portal = load_portal(data)
    assert portal.origin[renamed(new_id)] == "data/districts/adalar.yaml"
    assert set(portal.origin) == ids_before | {renamed(new_id)}


def test_item_goes_at_the_end_of_its_list_when_other_lists_follow(capsys, data):
    # kadikoy.yaml has projects followed by other lists: the new project must join the projects block.
    path = data / "districts" / "kadikoy.yaml"
    before = path.read_text(encoding="utf-8")
    code, out, _ = run_new(capsys, data, "project", "--district", "kadikoy")
    assert code == 0
    line = int(re.match(r"\S+:(\d+):", out)[1])
    after = path.read_text(encoding="utf-8")
    new_lines = after.split("\n")
    old_lines = before.split("\n")
    count = len(new_lines) - len(old_lines)
    # Removing the inserted block (blank separator + record) gives back the original file exactly.
    assert new_lines[:line - 2] + new_lines[line - 2 + count:] == old_lines
    assert new_lines[line - 2] == ""
    path.write_text(fill(after, "project"), encoding="utf-8")
    portal = load_portal(data)
    kadikoy = next(d for d in portal.districts if d.slug == "kadikoy")
    assert kadikoy.projects[-1].id == "kadikoy-ornek-proje"


def test_ids_are_unique_across_all_files_and_explicit_ids_are_checked(capsys, data):
    assert run_new(capsys, data, "agreement", "--district", "adalar")[0] == 0
    code, out, _ = run_new(capsys, data, "agreement", "--district", "adalar")
    assert code == 0 and "'adalar-yeni-anlasma-2'" in out
    # The placeholder id is taken in *another* file: still made unique.
    code, out, _ = run_new(capsys, data, "agreement", "--district", "kadikoy", "--id", "kadikoy-yeni-anlasma")
    assert code == 0
    assert "kadikoy-yeni-anlasma" in existing_ids(data)

    before = {p: p.read_bytes() for p in (data / "districts").glob("*.yaml")}
    code, _, err = run_new(capsys, data, "agreement", "--district", "kadikoy", "--id", "adalar-nacka")
    assert code == 1 and "already used" in err
    code, _, err = run_new(capsys, data, "activity", "--district", "adalar", "--id", "Adalar Nacka")
    assert code == 1 and "not a valid id" in err
    code, _, err = run_new(capsys, data, "project", "--district", "adalr")
    assert code == 1 and "adalar" in err  # suggests the close match
    assert {p: p.read_bytes() for p in (data / "districts").glob("*.yaml")} == before


def test_only_a_known_district_slug_is_accepted(capsys, data):
    """`--district ../../.yamllint` once appended a record to .yamllint.yaml beside the data folder."""
    outside = data.parent / ".yamllint.yaml"
    outside.write_text("rules: {}\n", encoding="utf-8")
    for district in ("../../.yamllint", "../.yamllint", "/etc/passwd", "adalar/../kadikoy", "Adalar", ""):
        code, out, err = run_new(capsys, data, "agreement", "--district", district)
        assert code == 1 and "is not a known district" in err and out == "", district
    assert outside.read_text(encoding="utf-8") == "rules: {}\n"


def test_new_list_is_added_at_the_end_of_a_minimal_file(tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "minimal", data)
    path = data / "districts" / "adalar.yaml"
    before = path.read_bytes()
    assert b"activities" not in before
    code, out, _ = run_new(capsys, data, "activity", "--district", "adalar")
    assert code == 0
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before.decode())
    assert after[len(before.decode()):].startswith("\nactivities:\n  - id: adalar-yeni-etkinlik  #")
    path.write_text(fill(after, "activity"), encoding="utf-8")
    load_portal(data)


def test_insert_keeps_odd_files_intact():
    item = skeleton("agreement", "x-yeni-anlasma")
    # No newline at the end, comments between and after items, unindented sequence style.
    text = ("slug: x\nname: X\nagreements:\n- id: x-a\n  partner: {as_written: A}\n# a comment about the list\n"
            "- id: x-b\n  partner: {as_written: B}\n# belongs to the next key\nprojects: []")
    new, line = insert_record(text, "agreements", item)
    lines = new.split("\n")
    assert lines[line - 1] == "- id: x-yeni-anlasma" + item[0][len("  - id: x-yeni-anlasma"):]
    assert new.endswith("# belongs to the next key\nprojects: []")
    assert new.replace("\n".join(line[2:] for line in item) + "\n", "") == text
    # A file without a final newline, list at the end.
    text = "slug: x\nname: X\nagreements:\n  - id: x-a\n    partner: {as_written: A}"
    new, line = insert_record(text, "agreements", item)
    assert new.startswith(text + "\n") and new.split("\n")[line - 1].startswith("  - id: x-yeni-anlasma")
    # CRLF files get CRLF lines.
    text = "slug: x\r\nname: X\r\n"
    new, line = insert_record(text, "projects", skeleton("project", "x-p"))
    assert new.startswith(text) and "\n" not in new.replace("\r\n", "") and line == 5
    # Flow style cannot be appended to as text: a clear error, nothing written.
    with pytest.raises(ScaffoldError, match="flow style"):
        insert_record("slug: x\nname: X\nagreements: []\n", "agreements", item)


def test_skeleton_comments_carry_the_model_docs():
    from macros.data import model
    text = "\n".join(skeleton("agreement", "x-y"))
    for name in ("country", "kind", "subdivision", "council_decision", "note_en"):
        doc = model.Agreement.__dataclass_fields__[name].metadata["doc"]
        assert doc in text, name
    assert "# TODO: Kind of tie. One of: sister_city, friendship, cooperation, letter_of_intent, other." in text
    assert "    # status: unknown  #" in text  # optional, with its default, commented out


def test_scaffolded_file_passes_yamllint(capsys, data):
    pytest.importorskip("yamllint")
    for kind in ("agreement", "project", "activity"):
        assert run_new(capsys, data, kind, "--district", "adalar")[0] == 0
    result = subprocess.run([sys.executable, "-m", "yamllint", "-s", "-c", str(ROOT / ".yamllint.yaml"),
                             str(data / "districts" / "adalar.yaml")], capture_output=True, text=True)
    if "No module named yamllint" in result.stderr:
        pytest.skip("yamllint is not installed for this interpreter")
    assert result.returncode == 0, result.stdout + result.stderr


def test_add_record_api_reports_file_line_and_todos(data):
    added = add_record(data, "agreement", "adalar")
    assert added.file == data / "districts" / "adalar.yaml" and added.key == "agreements"
    assert len(added.todo_lines) == 5  # the placeholder id and the four required fields
