"""Build both editions into one folder and swap it in only when everything passed.

`python -m macros.engine.build [--site-dir site]`: Turkish at the root, English under en/.
A failed build leaves the previous site untouched: a partial site is never published.
The new site is built in a sibling folder of its own and swapped in by renames, so the site folder
always holds one complete site; two builds at once take turns (a lock), never share a folder.
"""
from __future__ import annotations

import argparse
import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EDITIONS = (("mkdocs.yml", ""), ("mkdocs.en.yml", "en"))
# The MkDocs 1.x engine that builds the editions: mkdocs (pinned in requirements.txt) or its maintained
# drop-in fork properdocs (`make engine-check` builds with it and compares the output).
ENGINES = ("mkdocs", "properdocs")
# Set for every edition after the first: both read the same data and history, one set of warnings is enough.
WARNED_ENV = "PORTAL_WARNINGS_SHOWN"
# Written into every site a build makes: a build replaces only a folder holding it. `make site
# SITE_DIR=<another git repository>` once replaced that repository, its .git and all.
MARKER = ".portal-site"
MARKER_TEXT = ("This folder is a Local Diplomacy Watch site written by `python -m macros.engine.build`.\n"
               "Every build replaces the whole folder; nothing else should be kept in it.\n")
# The site folder of this repository before builds wrote the marker (ignored by git, written only by builds).
_LEGACY_SITE = ROOT / "site"


def engine() -> str:
    chosen = os.environ.get("PORTAL_ENGINE", "mkdocs")
    if chosen not in ENGINES:
        raise SystemExit(f"build: PORTAL_ENGINE={chosen!r}: expected one of {', '.join(ENGINES)}")
    return chosen


def build(site_dir: Path, env: dict | None = None) -> int:
    site_dir = Path(site_dir).resolve()
    refused = refuse_site_dir(site_dir, env)
    if refused:
        print(f"build: will not build into {site_dir}: {refused}", file=sys.stderr)
        return 1
    # One build date for both editions (a build that runs past midnight must not give two), never from git.
    epoch, warning = build_epoch({**os.environ, **(env or {})})
    if warning:
        print(f"build: {warning}", file=sys.stderr)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    with _lock(site_dir):
        refused = refuse_site_dir(site_dir, env)  # again: another build may have changed it while we waited
        if refused:
            print(f"build: will not build into {site_dir}: {refused}", file=sys.stderr)
            return 1
        _remove_leftovers(site_dir)
        # Each edition in a folder of its own (MkDocs' --clean empties its site folder: the Turkish
        # edition's must not hold the English one while both are built), put together once both passed.
        folders = [_sibling(site_dir, "new") for _ in EDITIONS]
        try:
            failed = _build_editions(folders, env, epoch)
            if failed:
                config, code = failed
                print(f"build failed ({config}); {site_dir} was left as it was", file=sys.stderr)
                return code
            new = folders[0]
            for folder, (_config, sub) in zip(folders[1:], EDITIONS[1:]):
                folder.rename(new / sub)
            (new / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
            _swap_in(new, site_dir)
        except OSError as exc:
            print(f"build: could not put the new site in place ({exc}); {site_dir} was left as it was",
                  file=sys.stderr)
            return 1
        finally:
            for folder in folders:
                shutil.rmtree(folder, ignore_errors=True)
    print(f"Built {site_dir}/ (Türkçe) and {site_dir}/en/ (English)")
    return 0


def _build_editions(folders: list[Path], env: dict | None, epoch: str) -> tuple[str, int] | None:
    """Build the editions at once, one process each (MkDocs uses one core; the machine has more), each
    into its folder. Returns the first failure's (config, exit code), or None. The first edition's output
    goes straight to the terminal; the others' is held back and printed after it, not interleaved."""
    procs = []
    for i, ((config, _sub), folder) in enumerate(zip(EDITIONS, folders)):
        edition_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {}), "SOURCE_DATE_EPOCH": epoch,
                       **({WARNED_ENV: "1"} if i else {})}
        held = subprocess.PIPE if i else None
        procs.append((config, subprocess.Popen([sys.executable, "-m", engine(), "build", "--strict", "--clean",
                                                "--config-file", str(ROOT / config), "--site-dir", str(folder)],
                                               cwd=ROOT, env=edition_env, stdout=held,
                                               stderr=subprocess.STDOUT if i else None)))
    failed = None
    for config, proc in procs:
        output = proc.communicate()[0]
        if output:
            sys.stderr.write(output.decode("utf-8", errors="replace"))
            sys.stderr.flush()
        if proc.returncode != 0 and failed is None:
            failed = (config, proc.returncode)
            for _other, rest in procs:  # no use finishing the other edition
                if rest.poll() is None:
                    rest.terminate()
    return failed


# --- where the site may go ----------------------------------------------------------------------

def refuse_site_dir(site_dir: Path, env: dict | None = None) -> str | None:
    """Why site_dir must not be replaced by a build, or None. The folder is deleted and replaced as a
    whole: `make site SITE_DIR=.` once deleted the repository, .git included."""
    env = {**os.environ, **(env or {})}
    data = Path(env.get("PORTAL_DATA_DIR") or ROOT / "data")
    protected = {"the repository": ROOT, "the data folder": (ROOT / data).resolve(), "/": Path("/")}
    git_dir = _git_dir()
    if git_dir:
        protected["the git repository"] = git_dir  # a work tree's .git is elsewhere: /work/main/.git
    if env.get("HOME"):
        protected["the home folder"] = Path(env["HOME"]).resolve()
    for what, path in protected.items():
        if site_dir == path or site_dir in path.parents:
            relation = "is" if site_dir == path else "contains"
            return f"it {relation} {what} ({path}); choose a folder of its own, e.g. site"
    if git_dir and git_dir in site_dir.parents:
        return f"it is inside the git repository ({git_dir}); choose a folder of its own, e.g. site"
    if site_dir.exists() and not site_dir.is_dir():
        return "it is a file, not a folder"
    if os.path.lexists(site_dir / ".git"):
        return ("it is a git repository (it holds .git), and a build replaces the whole folder: build into a folder "
                "of its own and copy the site from there")
    if site_dir.is_dir() and any(site_dir.iterdir()) and not _made_by_a_build(site_dir):
        return (f"it is not empty and was not made by a build (it has no {MARKER} file), and a build replaces the "
                "whole folder: choose an empty or new folder (an old site of this portal: delete it yourself once)")
    if os.path.ismount(site_dir):
        return "it is a mount point, which cannot be replaced by a rename: use a folder inside it"
    existing = next(p for p in site_dir.parents if p.exists())
    if not os.access(existing, os.W_OK):
        return f"{existing} is not writable: the new site is built beside the old one and renamed"
    return None


def _made_by_a_build(site_dir: Path) -> bool:
    """The folder holds the marker a build writes (a regular file, not a link to one elsewhere)."""
    marker = site_dir / MARKER
    if marker.is_file() and not marker.is_symlink():
        return True
    # This repository's own site/ as builds left it before the marker existed: an index.html and no marker.
    return site_dir == _LEGACY_SITE.resolve() and (site_dir / "index.html").is_file()


def build_epoch(env: Mapping[str, str]) -> tuple[str, str | None]:
    """SOURCE_DATE_EPOCH for the editions, and a warning or None. Given (a reproducible build, a test) and
    plausible, it is kept; otherwise now. Never from git: the Makefile once took the last commit's date,
    which gave 1980 in a `git archive` copy (an empty holiday table), 2001 inside another repository and
    2099 after a commit with a wrong clock."""
    now = int(time.time())
    given = env.get("SOURCE_DATE_EPOCH", "").strip()
    if not given:
        return str(now), None
    if not given.isdigit() or int(given) > now + 86_400:
        return str(now), (f"SOURCE_DATE_EPOCH={given[:20]!r} is not a time up to today: the build uses today's date "
                          "(request statuses, the scorecard and the holiday table are computed against it)")
    return given, None


def _git_dir() -> Path | None:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--path-format=absolute", "--git-common-dir"],
                             capture_output=True, text=True, check=False)
    except OSError:
        return None
    return Path(out.stdout.strip()).resolve() if out.returncode == 0 and out.stdout.strip() else None


# --- taking turns -------------------------------------------------------------------------------

@contextlib.contextmanager
def _lock(site_dir: Path):
    """Hold an exclusive lock on the folder that receives the site (no lock file to leave behind);
    a second build waits its turn."""
    fd = os.open(site_dir.parent, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"build: another build is writing {site_dir}; waiting for it to finish", file=sys.stderr)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _sibling(site_dir: Path, role: str) -> Path:
    """A new, uniquely named folder beside site_dir (same file system: renames, not copies)."""
    path = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.{role}-", dir=site_dir.parent))
    mask = os.umask(0)
    os.umask(mask)
    path.chmod(0o777 & ~mask)  # mkdtemp makes it private; the published site is not
    return path


def _remove_leftovers(site_dir: Path) -> None:
    """Folders of a build that was killed halfway (we hold the lock: no build is using them)."""
    for role in ("new", "old"):
        for path in site_dir.parent.glob(f".{site_dir.name}.{role}-*"):
            shutil.rmtree(path, ignore_errors=True)


# --- swapping -----------------------------------------------------------------------------------

def _swap_in(new: Path, site_dir: Path) -> None:
    """Put new at site_dir. Nothing is deleted before the new site is in place: one atomic exchange
    where the system has it, otherwise the old site renamed aside, the new one renamed in (the old
    one back if that fails), and only then the old one deleted."""
    if not site_dir.exists():
        new.rename(site_dir)
        return
    if _exchange(new, site_dir):
        shutil.rmtree(new, ignore_errors=True)  # now holds the old site
        return
    aside = _sibling(site_dir, "old")
    site_dir.rename(aside)  # replaces the empty folder
    try:
        new.rename(site_dir)
    except OSError:
        aside.rename(site_dir)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(error, os.strerror(error), str(b))


def clean(site_dir: Path) -> int:
    """Remove the site and what a killed build left beside it, with the same refusals as a build."""
    site_dir = Path(site_dir).resolve()
    refused = refuse_site_dir(site_dir)
    if refused:
        print(f"clean: will not remove {site_dir}: {refused}", file=sys.stderr)
        return 1
    if site_dir.parent.is_dir():
        with _lock(site_dir):
            _remove_leftovers(site_dir)
            shutil.rmtree(site_dir, ignore_errors=True)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", default=str(ROOT / "site"))
    parser.add_argument("--clean", action="store_true", help="remove the site folder instead of building it")
    args = parser.parse_args(argv)
    return clean(Path(args.site_dir)) if args.clean else build(Path(args.site_dir))


if __name__ == "__main__":
    sys.exit(main())
