"""Shared helpers for the bad-input catalogue.

Every test starts from a copy of tests/fixtures/minimal (a small, valid data set),
breaks one thing, and checks what the validator says about it.
"""
from __future__ import annotations

import multiprocessing
import shutil
import time
from pathlib import Path

import pytest

from macros.data.dataset import load_portal
from macros.data.problems import DataError, Problem

MINIMAL = Path(__file__).resolve().parents[1] / "fixtures" / "minimal"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, valid copy of tests/fixtures/minimal at <tmp>/data."""
    target = tmp_path / "data"
    shutil.copytree(MINIMAL, target)
    return target


def problems_for(data_dir: Path) -> list[Problem]:
    """Load data_dir and return the problems; fail the test if the data was accepted."""
    try:
        load_portal(data_dir)
    except DataError as error:
        return error.problems
    pytest.fail(f"load_portal accepted {data_dir} although it holds a mistake")


def _load_in_child(data_dir: Path, conn) -> None:
    try:
        load_portal(data_dir)
        conn.send(None)
    except DataError as error:
        conn.send(error.problems)
    except BaseException as error:  # report, do not hang the parent
        conn.send(error)
    finally:
        conn.close()


def problems_within(data_dir: Path, seconds: float) -> list[Problem]:
    """Like problems_for, but load_portal must also return within `seconds`.

    The load runs in a separate process so that a validator which does expand an
    alias bomb is killed (with its memory) instead of hanging the test run.
    """
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_load_in_child, args=(data_dir, send), daemon=True)
    started = time.monotonic()
    child.start()
    send.close()
    ready = receive.poll(seconds)
    elapsed = time.monotonic() - started
    if not ready:
        child.kill()
        child.join()
        pytest.fail(f"load_portal did not return within {seconds} s (killed after {elapsed:.1f} s)")
    result = receive.recv()
    child.join()
    if elapsed > seconds:
        pytest.fail(f"load_portal took {elapsed:.2f} s; it must return within {seconds} s")
    if isinstance(result, BaseException):
        raise result
    if result is None:
        pytest.fail(f"load_portal accepted {data_dir} although it holds a mistake")
    return result


# The helpers are handed to tests as fixtures, so test modules need not import conftest.

@pytest.fixture(name="problems_for")
def problems_for_fixture():
    """problems_for(data_dir) -> list of problems; fails the test if the data is accepted."""
    return problems_for


@pytest.fixture(name="problems_within")
def problems_within_fixture():
    """problems_within(data_dir, seconds) -> list of problems; also fails if loading is slower."""
    return problems_within
