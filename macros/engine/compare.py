"""Compare two built sites file by file: `python -m macros.engine.compare SITE_A SITE_B`.

Used by `make engine-check` to show that ProperDocs (the maintained fork of MkDocs 1.x) builds the
same site as MkDocs. The one line allowed to differ is the theme's <meta name="generator">, which names
the engine. Standard library only.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def differences(a: Path, b: Path) -> list[str]:
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    out = [f"only in {a}: {rel}" for rel in sorted(files_a - files_b)]
    out += [f"only in {b}: {rel}" for rel in sorted(files_b - files_a)]
    for rel in sorted(files_a & files_b):
        one, two = (a / rel).read_bytes(), (b / rel).read_bytes()
        if one != two and _GENERATOR.sub(b"", one) != _GENERATOR.sub(b"", two):
            out.append(f"differs: {rel}")
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    found = differences(Path(args[0]), Path(args[1]))
    for line in found:
        print(line)
    print(f"{len(found)} difference(s) besides the generator tag" if found else
          f"identical besides the generator tag: {args[0]} and {args[1]}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
