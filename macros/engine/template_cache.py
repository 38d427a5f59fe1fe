"""Compiled Jinja templates kept on disk between builds.

Compiling templates is the largest fixed cost of a small build: MkDocs compiles Material's ~200
templates and we compile ours, in every build and in every `mkdocs serve` rebuild (~0.4 s of a
~1.9 s build of today's data). Jinja's own bytecode cache stores the compiled code, keyed by the
template's source checksum and the Python version, so a changed template is compiled afresh and the
output is the same with or without the cache.
"""
from __future__ import annotations

import os
from pathlib import Path

import jinja2

# Outside the repository's tracked files (.gitignore); PORTAL_TEMPLATE_CACHE="" turns it off.
_DEFAULT = Path(__file__).resolve().parents[2] / ".cache" / "jinja"


def bytecode_cache() -> jinja2.BytecodeCache | None:
    directory = os.environ.get("PORTAL_TEMPLATE_CACHE", str(_DEFAULT))
    if not directory:
        return None
    try:
        Path(directory).mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only checkout builds as before, only slower
    return jinja2.FileSystemBytecodeCache(directory)
