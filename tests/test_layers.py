"""The package's layers, and which way they may depend on each other.

Data flows one way: YAML -> validated model (data) -> which pages exist (plan) -> HTML (render) and
open data (publish) -> the MkDocs build (engine). A layer imports only the layers listed for it here;
a new import across layers has to be added to this table on purpose, in review.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

MACROS = Path(__file__).resolve().parent.parent / "macros"

# layer -> the layers it may import (its own modules always)
ALLOWED: dict[str, set[str]] = {
    "data": set(),
    "i18n": {"data"},
    "accountability": {"data"},
    "history": {"data"},
    "plan": {"data", "i18n", "accountability"},  # the leads pages: one per kind of lead
    "publish": {"data", "i18n", "plan", "accountability"},
    "render": {"data", "i18n", "plan", "publish", "accountability"},
    "cli": {"data", "i18n", "history", "publish"},
    "engine": {"data", "i18n", "plan", "render", "publish", "history", "accountability"},
    "": {"render"},  # macros/__init__.py: mkdocs-macros' define_env, over the renderer's macros
}


def _layer_of(path: Path) -> str:
    parts = path.relative_to(MACROS).parts
    return parts[0] if len(parts) > 1 else ""


def _imported_layers(source: str, package: tuple[str, ...]) -> set[tuple[int, str]]:
    """(line, layer) of every import of another part of macros/, at any depth of the module;
    `package` is the module's folder under macros/ (("data",) for macros/data/load.py)."""
    tree = ast.parse(source)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            target = [*base, *(node.module.split(".") if node.module else [])]
            if not target and node.names:  # `from .. import render`
                target = [node.names[0].name]
            if target:
                found.add((node.lineno, target[0]))
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module == "macros":
            for alias in node.names:  # `from macros import render`
                found.add((node.lineno, alias.name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)) and not getattr(node, "level", 0):
            names = [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            for name in names:
                if name and name.split(".")[0] == "macros" and "." in name:
                    found.add((node.lineno, name.split(".")[1]))
    return found


MODULES = sorted(p for p in MACROS.rglob("*.py") if "geo" not in p.relative_to(MACROS).parts[:-1])


def test_every_module_belongs_to_a_known_layer():
    assert {_layer_of(p) for p in MODULES} <= set(ALLOWED)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(MACROS).as_posix())
def test_a_module_imports_only_the_layers_below_it(path):
    layer = _layer_of(path)
    wrong = sorted(f"line {line}: imports {target}" for line, target in _imported_layers(
        path.read_text(encoding="utf-8"), path.relative_to(MACROS).parent.parts)
                   if target != layer and target in ALLOWED and target not in ALLOWED[layer])
    assert wrong == [], f"{path.relative_to(MACROS)} ({layer or 'macros'}) must not depend on: {wrong}"


# The engine modules that talk to MkDocs; every other module, in the engine or not, must not import it.
MKDOCS_MODULES = {"engine/plugin.py"}
# Run by the system Python before the venv exists (`make clean`, the two-edition build's driver, the engine
# check's comparison): they import nothing outside the standard library, not even the rest of macros/.
STANDARD_LIBRARY_ONLY = {"engine/build.py", "engine/compare.py"}


def _top_level_imports(path: Path) -> set[tuple[int, str]]:
    """(line, top-level package) of every absolute import in the module, at any depth."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {(node.lineno, a.name.split(".")[0]) for a in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add((node.lineno, node.module.split(".")[0]))
        elif isinstance(node, ast.ImportFrom) and node.level:
            found.add((node.lineno, "macros"))
    return found


def _rel(path: Path) -> str:
    return path.relative_to(MACROS).as_posix()


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_only_the_engines_plugin_imports_mkdocs(path):
    lines = sorted(line for line, package in _top_level_imports(path) if package in ("mkdocs", "properdocs"))
    if _rel(path) in MKDOCS_MODULES:
        assert lines, f"{_rel(path)} is listed as the engine's MkDocs module but imports no MkDocs"
    else:
        assert lines == [], f"{_rel(path)} imports MkDocs on lines {lines}: only {sorted(MKDOCS_MODULES)} may"


@pytest.mark.parametrize("name", sorted(STANDARD_LIBRARY_ONLY))
def test_the_build_driver_needs_only_the_standard_library(name):
    import sys

    path = MACROS / name
    outside = sorted(f"line {line}: {package}" for line, package in _top_level_imports(path)
                     if package not in sys.stdlib_module_names and package != "__future__")
    assert outside == [], f"{name} runs before the venv exists, so it must not import {outside}"


def test_the_import_scanner_reads_every_spelling():
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.py"
        path.write_text("import mkdocs.config\ndef f():\n    from properdocs import x\nfrom . import y\n")
        assert _top_level_imports(path) == {(1, "mkdocs"), (3, "properdocs"), (4, "macros")}


def test_the_checker_sees_imports_at_any_depth_and_in_every_spelling():
    """An import inside a function counts (the CLI's lazy imports are real edges), as do the absolute
    and the `from .. import x` spellings."""
    source = ("def f():\n    from ..render import renderer\n"
              "from .. import publish\nimport macros.history.changes\nfrom . import model\n")
    assert _imported_layers(source, ("data",)) == {(2, "render"), (3, "publish"), (4, "history"), (5, "data")}


def test_the_layer_check_sees_every_way_of_importing_a_layer():
    for source in ("from macros import render", "from macros.render import renderer", "import macros.render.charts",
                   "from ..render import charts", "from .. import render"):
        assert (1, "render") in _imported_layers(source, ("data",)), source
