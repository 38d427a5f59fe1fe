"""`mkdocs serve` only: each data file's reading and validation, kept between the rebuilds of one serve.

A serve rebuild after a one-record edit read and validated every data file again (277 files at 10× the
data: 4.7 s of a 19 s rebuild under the profiler) though one had changed. Under serve, load_portal asks
this cache for a file's result: its YAML nodes, its converted records, the problems found in it and the
references it makes to other files' records. The result is reused while the file's bytes (its digest), the
country list it was checked against (places.yaml) and the day (dates must not lie in the future) are those
of the previous build; otherwise the file is read and validated again. What involves more than one file
(duplicate ids, references, quotes, names, documents) is always checked on the whole set, so the problems
reported are exactly those of a fresh load: a fixed mistake disappears, a new one appears.

`make site`, `mkdocs build` and the command line never use this: they read every file (load_portal
without a cache).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Generic, TypeVar

from .load import MAX_FILE_BYTES, read_data_file

_R = TypeVar("_R")


class FileCache(Generic[_R]):
    """Results by file path and step, reused while the file's bytes and `depends` are unchanged."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], tuple[bytes, Hashable, _R]] = {}
        self._used: set[tuple[str, str]] = set()
        self.reused = 0
        self.computed = 0

    def begin(self) -> None:
        """A load starts: results of files it does not ask for are dropped at its end (a removed file)."""
        self._used = set()
        self.reused = self.computed = 0

    def end(self) -> None:
        self._entries = {key: entry for key, entry in self._entries.items() if key in self._used}

    def clear(self) -> None:
        self._entries = {}

    def result(self, path: Path, step: str, depends: Hashable, compute: Callable[[], _R]) -> _R:
        """compute()'s result for the file at path, the last one when neither its bytes nor `depends` changed.

        compute() reads the file again itself: should the file change in between, the digest kept is the
        older one and the next load reads it again. A file that cannot be read (a link, a folder, too
        large) is never kept: its problem is reported afresh every time."""
        key = (str(path), step)
        self._used.add(key)
        try:
            raw = read_data_file(path)
        except OSError:
            self._entries.pop(key, None)
            self.computed += 1
            return compute()
        if len(raw) > MAX_FILE_BYTES:
            self._entries.pop(key, None)
            self.computed += 1
            return compute()
        digest = hashlib.blake2b(raw, digest_size=20).digest()
        entry = self._entries.get(key)
        if entry is not None and entry[0] == digest and entry[1] == depends:
            self.reused += 1
            return entry[2]
        result = compute()
        self._entries[key] = (digest, depends, result)
        self.computed += 1
        return result
