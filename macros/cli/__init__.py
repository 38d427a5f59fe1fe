"""The `portal` command for maintainers (validate, new, diff, stats, export, schema, fields)."""
from __future__ import annotations


def main(argv=None) -> int:
    """Entry point of the `portal` console script (pyproject.toml)."""
    from .commands import main as run

    return run(argv)
