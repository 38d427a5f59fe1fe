"""CONTRIBUTING.md cannot drift: field tables, skeleton and error messages are checked against the code."""
from __future__ import annotations

import re
import shutil

import pytest
import yaml

from helpers import FIXTURES, ROOT
from macros.cli.commands import main
from macros.data.dataset import load_portal
from macros.cli.scaffold import fields_markdown, skeleton

DOC = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def between(begin: str, end: str = "<!-- END") -> str:
    start = DOC.index(begin)
    start = DOC.index("\n", start) + 1
    return DOC[start: DOC.index(end, start)]


def code_block(text: str) -> str:
    match = re.search(r"```[a-z]*\n(.*?)```", text, re.S)
    assert match, text
    return match.group(1)


def normalise(line: str) -> str:
    """Line numbers and list positions depend on the data of the day; the messages must not."""
    return re.sub(r"\[\d+\]", "[N]", re.sub(r":\d+:", ":N:", line.strip()))


def test_two_languages():
    assert "\n## Türkçe\n" in DOC and "\n## English\n" in DOC
    for heading in ("Kardeş şehir eklemek", "Adding a sister city", "Yasal belgeler", "legal documents",
                    "Kaynak nasıl gösterilir", "How sources are cited", "İnceleme listesi", "Review checklist",
                    "Hatalar nasıl görünür", "How errors look"):
        assert heading in DOC, heading


def test_field_tables_match_portal_fields(capsys):
    assert main(["fields"]) == 0
    printed = capsys.readouterr().out
    assert printed == fields_markdown()
    pasted = between("<!-- BEGIN portal fields -->")
    assert pasted == printed, "CONTRIBUTING.md field tables are out of date: paste the output of `portal fields`"


def test_skeleton_shown_is_the_real_one():
    shown = code_block(DOC[DOC.index("```yaml\n  - id: adalar-yeni"):])
    real = skeleton("agreement", "adalar-yeni-anlasma")
    lines = [line for line in shown.splitlines() if line.strip() != "…"]
    assert lines == real[: len(lines)] and len(lines) >= 10


def test_filled_example_is_valid(tmp_path):
    filled = code_block(DOC[DOC.index("```yaml\n  - id: adalar-nacka"):])
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "minimal", data)
    path = data / "districts" / "adalar.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "agreements:\n" + filled, encoding="utf-8")
    portal = load_portal(data)
    adalar = next(d for d in portal.districts if d.slug == "adalar")
    assert [(a.id, a.partner.as_written, a.country, a.kind, a.sources[0].quote) for a in adalar.agreements] == \
        [("adalar-nacka", "Nacka", "SE", "sister_city", "Nacka – İsveç")]


@pytest.fixture
def scaffolded(tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    assert main(["--data", str(data), "new", "agreement", "--district", "adalar"]) == 0
    capsys.readouterr()
    return data


def _validate(capsys, data) -> list[str]:
    assert main(["--data", str(data), "validate"]) == 1
    return [normalise(line) for line in capsys.readouterr().err.splitlines() if line.strip()]


def test_error_examples_are_real_portal_output(scaffolded, capsys):
    shown = [normalise(line) for line in code_block(between("<!-- BEGIN validate example")).splitlines()]
    assert _validate(capsys, scaffolded) == shown

    path = scaffolded / "districts" / "adalar.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    country:  # TODO", "    country: SW  # TODO"),
                    encoding="utf-8")
    shown = [normalise(line) for line in code_block(between("<!-- BEGIN country example")).splitlines()]
    assert set(shown) <= set(_validate(capsys, scaffolded))


def test_commands_named_in_the_guide_exist():
    import argparse
    from macros.cli import commands as cli
    parser_commands = set()
    original = argparse.ArgumentParser.parse_args

    def capture(self, args=None, namespace=None):
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                parser_commands.update(action.choices)
        raise SystemExit(0)

    argparse.ArgumentParser.parse_args = capture
    try:
        with pytest.raises(SystemExit):
            cli.main([])
    finally:
        argparse.ArgumentParser.parse_args = original
    named = set(re.findall(r"(?:`|bin/)portal (?:--\S+ )*([a-z][a-z-]*[a-z])", DOC))
    assert {"new", "validate", "diff", "fields", "schema"} <= named
    assert named <= parser_commands, named - parser_commands
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"make ([a-z]+)", DOC)):
        assert re.search(rf"^{target}:", makefile, re.M), target
    for path in ("data/sources.yaml", "data/places.yaml", "macros/data/model.py"):
        assert path in DOC and (ROOT / path).exists()


def test_hooks_and_workflows_run_the_documented_commands():
    hooks = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    entries = " ".join(h.get("entry", h["id"]) for repo in hooks["repos"] for h in repo["hooks"])
    assert "yamllint" in entries and "portal --data data validate" in entries and "portal schema --check" in entries
    assert all(repo["rev"] for repo in hooks["repos"] if repo["repo"] != "local")  # pinned
    pr = (ROOT / ".github" / "workflows" / "pr.yml").read_text(encoding="utf-8")
    for command in ("fetch-depth: 0", "make deps", "portal validate --github", "make site", "make test",
                    "portal diff", "GITHUB_STEP_SUMMARY"):
        assert command in pr, command
    pages = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = [s.get("uses", s.get("run", "")) for job in pages["jobs"].values() for s in job["steps"]]
    assert "make site" in steps and any(s.startswith("actions/upload-pages-artifact@") for s in steps)
    assert any(s.startswith("actions/deploy-pages@") for s in steps)
    assert pages["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
