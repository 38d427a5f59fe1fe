"""`portal` on bad data or a bad argument: a one-line message or file:line problems and exit status 1,
never a traceback; nothing it prints can forge a line of its own."""
from __future__ import annotations

import shutil

import pytest
from helpers import FIXTURES

from macros.cli.commands import main


@pytest.fixture
def bad_data(tmp_path):
    """The minimal data set with a key that tries to send a terminal escape and forge workflow commands."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "minimal", data)
    path = data / "districts" / "kadikoy.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    kind: sister_city\n",
                                 '    kind: sister_city\n    "x\\e[2J\\n::warning file=a,line=1::forged%0A": 1\n'),
                    encoding="utf-8")
    return data


@pytest.mark.parametrize("command", [["validate"], ["stats"], ["export", "--out", "OUT"]])
def test_commands_on_invalid_data_print_the_problems_and_exit_1(bad_data, tmp_path, command, capsys):
    command = [str(tmp_path / "out") if part == "OUT" else part for part in command]
    assert main(["--data", str(bad_data), *command]) == 1
    err = capsys.readouterr().err
    assert "data/districts/kadikoy.yaml:14: agreements[0]." in err
    assert "Traceback" not in err and not (tmp_path / "out").exists()


def test_nothing_printed_from_the_data_can_start_a_line_or_send_an_escape(bad_data, capsys):
    assert main(["--data", str(bad_data), "validate", "--github"]) == 1
    out, err = capsys.readouterr()
    for text in (out, err):
        assert "\x1b" not in text
        assert not any(line.lstrip().startswith("::warning") for line in text.splitlines()), text
    [annotation] = out.splitlines()
    assert annotation.startswith("::error file=data/districts/kadikoy.yaml,line=14::")
    # GitHub's own escaping for the message: the literal %0A stays text, never becomes a line break.
    assert "\\x1b[2J\\n::warning file=a,line=1::forged%250A" in annotation
    assert "\\x1b[2J\\n::warning file=a,line=1::forged%0A" in err


def test_export_onto_an_existing_file_is_refused_with_one_line(tmp_path, capsys):
    target = tmp_path / "notes.txt"
    target.write_text("keep me\n", encoding="utf-8")
    assert main(["--data", str(FIXTURES / "minimal"), "export", "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a file, not a folder" in err
    assert target.read_text(encoding="utf-8") == "keep me\n"
