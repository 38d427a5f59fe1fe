"""A module's private names (`_name`) are its own: another module that needs one gets a public name for it
(rules.url_problem, rules.ID, scaffold.ID_LINE, publish/atom.py), never `from x import _name`."""
from __future__ import annotations

import ast
from pathlib import Path

MACROS = Path(__file__).resolve().parent.parent / "macros"


def _private_imports(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            found += [(node.lineno, f"{'.' * node.level}{node.module or ''}: {a.name}") for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if any(p.startswith("_") and not p.startswith("__")
                                                                         for p in a.name.split("."))]
    return found


def test_no_module_imports_another_modules_private_names():
    found = [f"{path.relative_to(MACROS.parent)}:{line}: {what}" for path in sorted(MACROS.rglob("*.py"))
             for line, what in _private_imports(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_check_finds_a_private_import():
    assert _private_imports("from .validate import _url_problem, Context\nimport os\n") == [
        (1, ".validate: _url_problem")]
