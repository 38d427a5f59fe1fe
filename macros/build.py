"""Build both editions into one folder and swap it in only when everything passed.

`python -m macros.build [--site-dir site]`: Turkish at the root, English under en/.
A failed build leaves the previous site untouched: a partial site is never published.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDITIONS = (("mkdocs.yml", ""), ("mkdocs.en.yml", "en"))


def build(site_dir: Path, env: dict | None = None) -> int:
    site_dir = Path(site_dir).resolve()
    tmp = site_dir.with_name(site_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    for config, sub in EDITIONS:
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
                                 "--config-file", str(ROOT / config), "--site-dir", str(tmp / sub)],
                                cwd=ROOT, env=env)
        if result.returncode != 0:
            shutil.rmtree(tmp, ignore_errors=True)
            print(f"build failed ({config}); {site_dir} was left as it was", file=sys.stderr)
            return result.returncode
    shutil.rmtree(site_dir, ignore_errors=True)
    tmp.rename(site_dir)
    print(f"Built {site_dir}/ (Türkçe) and {site_dir}/en/ (English)")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", default=str(ROOT / "site"))
    args = parser.parse_args(argv)
    return build(Path(args.site_dir))


if __name__ == "__main__":
    sys.exit(main())
