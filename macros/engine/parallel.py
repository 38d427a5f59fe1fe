"""Generated pages drawn by two processes in a `mkdocs build` of a large site (issue 23: build time).

MkDocs builds a site in one process, one page after another: at 100x the data (34,000 pages) drawing
the pages (our renderer, then Material's page template) is most of a ~3 minute build, on a machine with
two cores. Hugo uses both. So, for a large site, each drawing pass is shared with a second process:

1. the pages' contents (our renderer, the page's meta and its search entry): a worker is forked once the
   plan and the pages are known (PortalPlugin.on_files), while MkDocs reads the pages;
2. the theme's page (Material's template, the indentation squeezed): a worker is forked once every page is
   read and the theme's environment is ready (PortalPlugin.on_env), while MkDocs writes the pages.

How a pass is shared (Shared): the pages are a list in MkDocs' order. The main process claims them from the
front as MkDocs reaches them, the worker from the back, one at a time under a lock, until they meet. The
worker writes what it drew (compressed) to a temporary file; when MkDocs reaches the first page the worker
claimed, the main process waits for the worker (it finishes the page it is drawing and exits), reads the
file, and MkDocs writes those pages like any other. os.fork shares the build's memory copy-on-write:
nothing is sent to the worker, and it draws each page from the same state the main process would, so the
site is the same byte for byte whoever drew a page (tests/test_parallel.py).

Errors: the worker stops at its first error and exits. Every page it did not deliver is drawn by the main
process itself, so a template error fails the build there, with MkDocs' own message for that page, as a
one-process build does; a worker that dies or hangs (past TIMEOUT_S) is handled the same way. Warnings the
worker logs are logged again by the main process when it takes the page (a strict build counts them).
Never under `mkdocs serve` (it reuses pages, kept_pages.py), nor below THRESHOLD generated pages (the fork
and the second process cost more than they save, and tests stay in one process), nor without os.fork.
PORTAL_PARALLEL=1 forces it on (tests), =0 off.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import mmap
import multiprocessing
import os
import pickle
import signal
import struct
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

ENV = "PORTAL_PARALLEL"
THRESHOLD = 1000  # generated pages; today's data has ~480, 10x the data ~3,700
TIMEOUT_S = 300.0  # the longest the main process waits for the worker to finish its last page
_BOUNDS = struct.Struct("qq")  # (front, back): the main process has claimed [0, front), the worker [back, n)
_RECORD = struct.Struct("II")  # a page in the worker's file: its key's size, then what it drew, pickled
# Pass 2: the template MkDocs is given for a page drawn in on_page_context (by either process): its HTML.
TEMPLATE = "portal-drawn.html"
TEMPLATE_SOURCE = "{{ portal_drawn }}"


def wanted(generated_pages: int, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this build shares its drawing with a worker (not under serve: the caller checks)."""
    if not hasattr(os, "fork"):
        return False
    forced = environ.get(ENV, "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    return generated_pages >= THRESHOLD and (os.cpu_count() or 1) > 1


class _Capture(logging.Handler):
    """In the worker: the warnings of the page being drawn, to be logged again by the main process."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


class Shared:
    """One drawing pass over `keys`, shared by this process and a forked worker.

    `draw(key)` returns what the main process needs of the page (picklable), or None when the worker
    should leave the page to the main process. The main process asks mine(key) for each key, in the order
    of `keys`: True, it draws the page itself; False, take(key) gives what the worker drew (None: the
    worker did not deliver it, the main process draws it itself)."""

    def __init__(self, keys: Sequence[str], draw: Callable[[str], Any],
                 first: tuple[str, Callable[[], Any]] | None = None) -> None:
        self._keys = list(keys)
        self._index = {key: i for i, key in enumerate(self._keys)}
        self._lock = multiprocessing.get_context("fork").Lock()
        self._bounds = mmap.mmap(-1, _BOUNDS.size)  # shared with the worker (MAP_SHARED)
        _BOUNDS.pack_into(self._bounds, 0, 0, len(self._keys))
        self._out = tempfile.TemporaryFile(prefix="portal-drawn-")
        self._results: dict[str, tuple[int, int]] | None = None  # key -> (offset, size) in _out
        self.delivered = 0
        self.waited = 0.0  # seconds the main process waited for the worker
        parent = os.getpid()
        # Until the worker is done, the collector leaves the objects the two processes share alone: a full
        # collection here would write to every one of them, and so copy every page of the build's memory.
        gc.freeze()
        try:
            self._pid: int | None = os.fork()
        except OSError:  # no process to be had: this process draws every page, as without a worker
            gc.unfreeze()
            self._pid, self._results = None, {}
            return
        if self._pid == 0:
            self._work(draw, parent, first)  # never returns

    @property
    def size(self) -> int:
        return len(self._keys)

    # --- the worker ---------------------------------------------------------------------------------
    def _work(self, draw: Callable[[str], Any], parent: int, first: tuple[str, Callable[[], Any]] | None) -> None:
        code = 1
        try:
            _die_with(parent)
            capture = _Capture()
            logger = logging.getLogger("mkdocs")
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
            logger.addHandler(capture)
            if first is not None:  # a task of its own before the pages, taken by its key
                self._deliver(first[0], first[1](), capture)
            while (i := self._claim_back()) is not None:
                capture.records = []
                drawn = draw(self._keys[i])
                if drawn is not None:
                    self._deliver(self._keys[i], drawn, capture)
            code = 0
        except BaseException:  # noqa: BLE001 - the main process draws what is missing and meets the error itself
            code = 1
        finally:
            with contextlib.suppress(BaseException):
                self._out.flush()
            os._exit(code)

    def _deliver(self, key: str, drawn: Any, capture: _Capture) -> None:
        blob = pickle.dumps((drawn, capture.records), pickle.HIGHEST_PROTOCOL)
        name = key.encode("utf-8")
        self._out.write(_RECORD.pack(len(name), len(blob)) + name + blob)

    def _claim_back(self) -> int | None:
        with self._lock:
            front, back = _BOUNDS.unpack_from(self._bounds)
            if back <= front:
                return None
            _BOUNDS.pack_into(self._bounds, 0, front, back - 1)
            return back - 1

    # --- the main process ---------------------------------------------------------------------------
    def mine(self, key: str) -> bool:
        """Claim `key` for the main process; False when the worker has claimed it."""
        i = self._index.get(key)
        if i is None:
            return True
        with self._lock:
            front, back = _BOUNDS.unpack_from(self._bounds)
            if i < back:
                _BOUNDS.pack_into(self._bounds, 0, max(front, i + 1), back)
                return True
        return False

    def take(self, key: str) -> Any | None:
        """What the worker drew for `key`, its warnings logged again; None if it did not deliver it."""
        if self._results is None:
            self._collect()
        assert self._results is not None
        at = self._results.pop(key, None)
        if at is None:
            return None
        self._out.seek(at[0])
        drawn, warnings = pickle.loads(self._out.read(at[1]))
        for name, level, message in warnings:
            logging.getLogger(name).log(level, message)
        self.delivered += key in self._index
        return drawn

    def _collect(self) -> None:
        """Wait for the worker to finish (it claims nothing more) and read what it drew."""
        with self._lock:  # the worker stops after the page it is drawing
            _front, back = _BOUNDS.unpack_from(self._bounds)
            _BOUNDS.pack_into(self._bounds, 0, len(self._keys), back)
        self._reap(TIMEOUT_S)
        # An index of the file, each page read when MkDocs takes it: the whole file in memory at once
        # was a fifth of the peak at 100x the data.
        self._results = {}
        end = self._out.seek(0, os.SEEK_END)
        at = 0
        self._out.seek(0)
        while at + _RECORD.size <= end:
            key_size, size = _RECORD.unpack(self._out.read(_RECORD.size))
            start = at + _RECORD.size + key_size
            if start + size > end:
                break  # the worker died while writing: the main process draws that page
            key = self._out.read(key_size).decode("utf-8")
            self._results[key] = (start, size)
            at = self._out.seek(start + size)

    def _reap(self, timeout: float) -> None:
        pid, self._pid = self._pid, None
        if pid is None:
            return
        began = time.monotonic()
        try:
            self._wait(pid, timeout)
        finally:
            self.waited += time.monotonic() - began
            gc.unfreeze()

    def _wait(self, pid: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done, _status = os.waitpid(pid, os.WNOHANG)
            if done:
                return
            time.sleep(0.005)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)

    def close(self) -> None:
        """Stop and reap the worker (the pass is over or the build failed); undelivered pages are dropped."""
        if self._pid is not None:
            with self._lock:
                _BOUNDS.pack_into(self._bounds, 0, len(self._keys), 0)
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)
            self._reap(TIMEOUT_S)
        if not self._out.closed:
            self._out.close()
        self._results = {}  # what was not taken is dropped


def _die_with(parent: int) -> None:
    """The worker is killed if the build's process dies (Linux); it never outlives the build."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


@dataclass
class Drawing:
    """The two passes of one build (Build.drawing); empty when the build draws in one process."""
    contents: Shared | None = None  # pass 1, forked in on_files
    # pass 1: what the worker drew, from on_page_markdown to on_page_content: (packed HTML, search entry)
    drawn: dict[str, tuple[bytes, Any]] = field(default_factory=dict)
    pages: Shared | None = None  # pass 2, forked in on_env
    templates: dict[str, str] = field(default_factory=dict)  # pass 2: each page's own template
    env: Any = None  # pass 2: the theme's Jinja environment (MkDocs')
    nav: Any = None  # MkDocs' navigation (on_nav), for the pages' context

    def close(self) -> None:
        for shared in (self.contents, self.pages):
            if shared is not None:
                shared.close()

    def summary(self) -> str | None:
        """What the workers drew, for the build's log; None when the build drew in one process."""
        if self.contents is None and self.pages is None:
            return None
        return "; ".join(f"{what}: {shared.delivered} of {shared.size} by the worker (waited for {shared.waited:.2f} s)"
                         for what, shared in (("contents", self.contents), ("theme pages", self.pages)) if shared)
