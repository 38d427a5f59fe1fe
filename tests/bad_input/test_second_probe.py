"""Issue 22 (the second reliability probe), data side: what is read (regular files only, every district),
what text may hold (no invisible or look-alike characters), how much (field, file and report limits),
and what `portal new` / `portal from-issue` may write. Each test starts from tests/fixtures/minimal."""
from __future__ import annotations

import os
import sys
import unicodedata
from pathlib import Path

import pytest

import macros.data.rules
from macros.cli.commands import main as portal
from macros.cli.issue_form import MAX_BODY, IssueError, from_issue
from macros.cli.scaffold import ScaffoldError, add_record
from macros.data.dataset import ISTANBUL_DISTRICTS, expected_districts, load_portal
from macros.data.load import MAX_FILE_BYTES, load_yaml
from macros.data.problems import MAX_REPORT, DataError
from macros.data.rules import MAX_LONG_TEXT, MAX_TEXT
from macros.data.validate import MAX_EXCERPT

ROOT = Path(__file__).resolve().parents[2]


def by_file(problems) -> dict[str, str]:
    return {p.file: p.message for p in problems}


def district(data_dir: Path, slug: str, name: str, extra: str = "") -> Path:
    path = data_dir / "districts" / f"{slug}.yaml"
    path.write_text(f"slug: {slug}\nname: {name}\n{extra}", encoding="utf-8")
    return path


# --- 2. symbolic links are never followed -----------------------------------------------------------------

def test_a_district_file_that_is_a_symbolic_link_is_an_error_and_its_target_is_not_read(data_dir, tmp_path,
                                                                                          problems_for):
    outside = tmp_path / "outside.yaml"
    outside.write_text((data_dir / "districts" / "kadikoy.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (data_dir / "districts" / "kadikoy.yaml").unlink()
    (data_dir / "districts" / "kadikoy.yaml").symlink_to(outside)
    found = by_file(problems_for(data_dir))
    assert "is a symbolic link (to " in found["data/districts/kadikoy.yaml"]
    assert "replace the link with the file itself" in found["data/districts/kadikoy.yaml"]


def test_a_reference_file_or_the_districts_folder_as_a_symbolic_link_is_an_error(data_dir, tmp_path, problems_for):
    (tmp_path / "sources.yaml").write_bytes((data_dir / "sources.yaml").read_bytes())
    (data_dir / "sources.yaml").unlink()
    (data_dir / "sources.yaml").symlink_to(tmp_path / "sources.yaml")
    assert "is a symbolic link" in by_file(problems_for(data_dir))["data/sources.yaml"]
    (data_dir / "sources.yaml").unlink()
    (data_dir / "sources.yaml").write_bytes((tmp_path / "sources.yaml").read_bytes())
    (data_dir / "districts").rename(tmp_path / "districts")
    (data_dir / "districts").symlink_to(tmp_path / "districts")
    assert "is a symbolic link" in by_file(problems_for(data_dir))["data/districts"]


def test_portal_new_and_from_issue_never_write_through_a_symbolic_link(data_dir, tmp_path, capsys):
    """`evil.yaml -> ../../Makefile` once had a record skeleton appended to the Makefile."""
    victim = tmp_path / "Makefile"
    victim.write_text("all:\n\ttrue\n", encoding="utf-8")
    (data_dir / "districts" / "evil.yaml").symlink_to(victim)
    assert portal(["--data", str(data_dir), "new", "agreement", "--district", "evil"]) == 1
    assert "not a known district" in capsys.readouterr().err
    with pytest.raises(ScaffoldError):
        add_record(data_dir, "agreement", "evil")
    kadikoy = data_dir / "districts" / "kadikoy.yaml"
    kadikoy.rename(tmp_path / "kadikoy.yaml")
    kadikoy.symlink_to(tmp_path / "kadikoy.yaml")
    before = (tmp_path / "kadikoy.yaml").read_bytes()
    with pytest.raises(IssueError):
        from_issue(data_dir, issue_body())
    assert victim.read_text(encoding="utf-8") == "all:\n\ttrue\n"
    assert (tmp_path / "kadikoy.yaml").read_bytes() == before


# --- 6. every district is there, and nothing in districts/ goes unread ------------------------------------

def test_the_39_districts_of_this_repository_are_known():
    assert len(ISTANBUL_DISTRICTS) == len(set(ISTANBUL_DISTRICTS)) == 39
    assert expected_districts(ROOT / "data") == ISTANBUL_DISTRICTS
    assert {p.stem for p in (ROOT / "data" / "districts").glob("*.yaml")} == set(ISTANBUL_DISTRICTS)
    assert expected_districts(ROOT / "tests" / "fixtures" / "minimal") is None


@pytest.mark.parametrize("hidden", [".adalar.yaml", "#adalar.yaml#", "adalar.yaml~", ".#adalar.yaml"])
def test_a_district_hidden_or_renamed_away_is_named_as_missing(data_dir, hidden):
    """Renaming catalca.yaml to .catalca.yaml once gave "OK: 38 districts"."""
    (data_dir / "districts" / "adalar.yaml").rename(data_dir / "districts" / hidden)
    with pytest.raises(DataError) as error:
        load_portal(data_dir, expected=("adalar", "kadikoy"))
    found = by_file(error.value.problems)
    assert "the district municipality 'adalar' has no file" in found["data/districts/adalar.yaml"]
    assert "there is no adalar.yaml: if it holds the district's data, rename it to adalar.yaml" in \
        found[f"data/districts/{hidden}"]
    # Without a list of districts (a test's or a city's data set), the hidden file alone is reported.
    with pytest.raises(DataError) as error:
        load_portal(data_dir)
    assert set(by_file(error.value.problems)) == {f"data/districts/{hidden}"}


def test_a_district_that_is_not_one_of_the_known_is_reported(data_dir):
    district(data_dir, "ankara", "Ankara")
    with pytest.raises(DataError) as error:
        load_portal(data_dir, expected=("adalar", "kadikoy"))
    assert "'ankara' is not one of the 2 district municipalities" in by_file(error.value.problems)[
        "data/districts/ankara.yaml"]


def test_editor_files_beside_their_district_are_still_ignored(data_dir):
    (data_dir / "districts" / "kadikoy.yaml~").write_text("old\n", encoding="utf-8")
    (data_dir / "districts" / ".kadikoy.yaml.swp").write_bytes(b"\0")
    (data_dir / "districts" / ".gitkeep").write_text("", encoding="utf-8")
    assert {d.slug for d in load_portal(data_dir, expected=("adalar", "kadikoy")).districts} == {"adalar", "kadikoy"}


# --- 4. nothing raised by validation escapes as a traceback --------------------------------------------------

@pytest.mark.parametrize("url,message", [("http://[::1/x", "Invalid IPv6 URL"), ("https://example.org:99999/", "Port out of range"),
                                         ("https://exаmple.org/", "look-alike host name"),
                                         ("https://example.org/a\tb", "a blank character (U+0009)")])
def test_every_url_field_is_parsed_defensively(data_dir, problems_for, url, message):
    district(data_dir, "sile", "Şile", f'website: "{url}"\n')
    [problem] = problems_for(data_dir)
    assert (problem.file, problem.line, problem.path) == ("data/districts/sile.yaml", 3, "website")
    assert message in problem.message


def test_an_unforeseen_exception_while_checking_a_file_is_a_problem_with_that_file(data_dir, monkeypatch,
                                                                                  problems_for):
    def broken(*args, **kwargs):
        raise RuntimeError("unforeseen")

    monkeypatch.setattr(macros.data.rules, "url_problem", broken)
    found = by_file(problems_for(data_dir))
    assert "could not be checked: RuntimeError: unforeseen" in found["data/sources.yaml"]


def test_validate_github_gives_an_annotation_not_a_traceback_for_an_unparseable_url(data_dir, capsys):
    district(data_dir, "sile", "Şile", 'website: "http://[::1/x"\n')
    assert portal(["--data", str(data_dir), "validate", "--github"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=data/districts/sile.yaml,line=3::website")


# --- 5. invisible characters ---------------------------------------------------------------------------------

INVISIBLE = ["\u200e", "\u200f", "\u061c", "\u2060", "\u2061", "\u2062", "\u00ad", "\u3164", "\u180e", "\u034f",
             "\U000e0041", "\u115f", "\u1160", "\uffa0", "\ufeff", "\u2066"]


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_and_format_characters_are_refused_in_names(data_dir, problems_for, char):
    district(data_dir, "sile", f"Şi{char}le")
    [problem] = problems_for(data_dir)
    assert problem.path == "name" and f"U+{ord(char):04X}" in problem.message and "invisible" in problem.message


@pytest.mark.parametrize("char", ["\u200b", "\u00ad", "\u3164", "\ufffe"], ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_characters_are_refused_in_urls_and_long_text(data_dir, problems_for, char):
    escaped = f"\\u{ord(char):04x}"  # as a YAML escape: a raw U+FFFE is not even YAML
    district(data_dir, "sile", "Şile", f'website: "https://example.org/a{escaped}b"\n'
                                         f'sources:\n  - id: sile-kaynak\n    title: Kaynak\n    kind: other\n'
                                         f'    url: https://example.org/sile\n    accessed: "2026-01-15"\n'
                                         f'    note: "Bir{escaped} not."\n')
    assert {p.path for p in problems_for(data_dir)} == {"website", "sources[0].note"}


def test_every_format_character_of_this_unicode_version_is_refused():
    """The list in rules.py is Unicode 15's: a newer Python's unicodedata must not know one more."""
    missed = [hex(c) for c in range(sys.maxunicode + 1)
              if unicodedata.category(chr(c)) == "Cf" and not macros.data.rules.INVISIBLE.match(chr(c))]
    assert missed == []


# --- 9. limits ---------------------------------------------------------------------------------------------

def test_text_and_excerpt_lengths_are_limited(data_dir, problems_for):
    def source(i: int, extra: str) -> str:
        return (f"  - id: kaynak-{i}\n    title: Kaynak {i}\n    kind: news\n    url: https://example.org/{i}\n"
                f"    accessed: \"2026-01-15\"\n{extra}")

    (data_dir / "sources.yaml").write_text(
        "sources:\n  - id: paper\n    title: Örnek çalışma\n    kind: academic_article\n"
        "    url: https://example.org/calisma\n    accessed: \"2026-01-15\"\n"
        + source(1, f"    excerpt: Kısa.\n    publisher: {'Uzun ' * (MAX_TEXT // 5 + 1)}\n")
        + source(2, f"    excerpt: {'Söz. ' * (MAX_EXCERPT // 5 + 1)}\n")
        + source(3, f"    excerpt: {'Not. ' * (MAX_LONG_TEXT // 5 + 1)}\n"), encoding="utf-8")
    found = {p.path: p.message for p in problems_for(data_dir)}
    assert f"this field holds at most {MAX_TEXT:,}" in found["sources[1].publisher"]
    assert f"at most {MAX_EXCERPT:,} characters" in found["sources[2].excerpt"]
    assert f"this field holds at most {MAX_LONG_TEXT:,}" in found["sources[3].excerpt"]
    assert len(found) == 3


def test_a_data_file_larger_than_the_limit_is_refused_unread(data_dir, problems_for):
    path = data_dir / "districts" / "kadikoy.yaml"
    path.write_bytes(path.read_bytes() + b"#" * MAX_FILE_BYTES)
    assert "the file is larger than 10 MB" in by_file(problems_for(data_dir))["data/districts/kadikoy.yaml"]


def test_the_whole_report_is_capped_not_only_each_file(data_dir, capsys):
    """20,000 broken files once printed 20,003 lines and 20,000 ::error annotations."""
    for i in range(MAX_REPORT + 300):
        (data_dir / "districts" / f"bozuk-{i:04}.yaml").write_text("slug: [\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_portal(data_dir)
    lines = str(error.value).splitlines()
    assert lines[0] == f"{MAX_REPORT + 300} problems in the data:"
    assert len(lines) == 1 + MAX_REPORT + 1
    assert lines[-1].startswith("  … and 300 more problems in 300 other files not shown")
    assert portal(["--data", str(data_dir), "validate", "--github"]) == 1
    captured = capsys.readouterr()
    annotations = [line for line in captured.out.splitlines() if line.startswith("::error")]
    assert len(annotations) == 51 and "more problems are not annotated" in annotations[-1]
    assert len(captured.err.splitlines()) == 1 + MAX_REPORT + 1


# --- 7. YAML that cannot be read, and what from-issue writes ----------------------------------------------

def test_a_character_yaml_cannot_hold_is_reported_with_line_and_column(tmp_path):
    path = tmp_path / "kadikoy.yaml"
    path.write_text("slug: kadikoy\nname: \"Kadı\x80köy\"\n", encoding="utf-8")
    root, [problem] = load_yaml(path, "data/districts/kadikoy.yaml")
    assert root is None and problem.line == 2
    assert problem.message.startswith("column 12: the character U+0080") and "\\n" not in str(problem)


MISSING = {
    "Belediye / Municipality": "Kadıköy",
    "Tür / Kind": "Kardeş şehir ya da anlaşma / Sister city or agreement",
    "Ortak / Partner": "Yalta",
    "Ülke / Country": "Ukrayna",
    "Kaynak adresi / Source URL": "https://example.org/kadikoy-yalta",
    "Kaynaktaki ifade / Quote": "Kadıköy ile Yalta kardeş şehir oldu.",
    "Ayrıntılar / Details": "",
}


def issue_body(**change: str) -> str:
    answers = {**MISSING, **change}
    return "\n\n".join(f"### {label}\n\n{value or '_No response_'}" for label, value in answers.items()) + "\n"


@pytest.mark.parametrize("char", ["\x80", "\x9b", "\ufffe", "\x85", "\u2028", "\x7f"], ids=lambda c: f"U+{ord(c):04X}")
def test_from_issue_never_writes_what_yaml_cannot_hold(data_dir, char):
    """A U+0080 in an issue field once made the whole kadikoy.yaml unreadable; U+0085 split a line. What YAML
    cannot hold is written as an escape (line breaks become spaces), so the file reads and validation names it."""
    from_issue(data_dir, issue_body(**{"Ortak / Partner": f"Yal{char}ta", "Ayrıntılar / Details": f"bir{char}iki"}))
    path = data_dir / "districts" / "kadikoy.yaml"
    root, problems = load_yaml(path, "data/districts/kadikoy.yaml")
    assert root is not None and problems == []
    assert char not in path.read_text(encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_portal(data_dir)
    partner = [p.message for p in error.value.problems if p.path.endswith("partner.as_written")]
    if char in "\x85\u2028":
        assert partner == []  # read as a space between words
    else:
        assert len(partner) == 1 and ("control character" in partner[0] or f"U+{ord(char):04X}" in partner[0])


def test_from_issue_refuses_a_body_longer_than_github_keeps(data_dir, tmp_path, capsys):
    before = (data_dir / "districts" / "kadikoy.yaml").read_bytes()
    with pytest.raises(IssueError, match="longer than the 65,536 characters"):
        from_issue(data_dir, issue_body(**{"Ayrıntılar / Details": "x" * MAX_BODY}))
    issue = tmp_path / "issue.md"
    issue.write_text(issue_body(**{"Ayrıntılar / Details": "x" * (15 * MAX_BODY)}), encoding="utf-8")
    assert portal(["--data", str(data_dir), "from-issue", str(issue)]) == 1
    assert "longer than the 65,536 characters" in capsys.readouterr().err
    assert (data_dir / "districts" / "kadikoy.yaml").read_bytes() == before


def test_a_file_the_insertion_would_break_is_restored(data_dir, monkeypatch):
    """Whatever slips through, the district file is re-read after writing and put back if it does not read."""
    path = data_dir / "districts" / "kadikoy.yaml"
    before = path.read_bytes()
    monkeypatch.setattr("macros.cli.scaffold.insert_record", lambda text, key, item: (text + "\tbroken: [\n", 1))
    with pytest.raises(ScaffoldError, match="the file was left as it was"):
        add_record(data_dir, "agreement", "kadikoy")
    assert path.read_bytes() == before
    assert sorted(os.listdir(path.parent)) == ["adalar.yaml", "kadikoy.yaml"]  # no temporary file left


def test_from_issue_refuses_an_unparseable_source_address_with_a_message(data_dir):
    with pytest.raises(IssueError, match="is not a valid address"):
        from_issue(data_dir, issue_body(**{"Kaynak adresi / Source URL": "http://[::1/x"}))
    with pytest.raises(IssueError, match="contains a space"):
        from_issue(data_dir, issue_body(**{"Kaynak adresi / Source URL": "https://example.org/a b"}))


# --- 10. look-alikes ---------------------------------------------------------------------------------------

def test_a_district_named_with_a_cyrillic_letter_is_a_look_alike_of_another(data_dir, problems_for):
    """Two districts both named "Kadıköy", one with a Cyrillic "а", once both passed."""
    district(data_dir, "sile", "Kаdıköy")
    messages = [p.message for p in problems_for(data_dir) if p.file == "data/districts/sile.yaml"]
    assert any("mixes Latin and Cyrillic" in m for m in messages)
    assert any("looks the same as 'Kadıköy'" in m for m in messages)
