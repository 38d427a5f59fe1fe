"""A problem found in the data, reported as file:line: path: message."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# Shown per file: a file of a million broken items must not print a million lines (or hold them).
MAX_PER_FILE = 200

# Characters that must never reach a terminal or a CI log as they are: C0/C1 controls (escape
# sequences, carriage returns that overwrite a line, newlines that start a forged line),
# bidi overrides and isolates (text that reads in another order than it is), zero-width
# characters and the Unicode line/paragraph separators.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def printable(text: object) -> str:
    """Text safe to print on one line: every unprintable character written as its escape (\\x1b, \\u202e)."""
    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or (
            f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
    return _UNPRINTABLE.sub(escape, str(text))


def _natural(text: str) -> tuple[int | str, ...]:
    """'sources[10]' after 'sources[2]': numbers in a field path compare as numbers."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        # Paths hold keys and messages hold values from the data: both printed escaped.
        where = printable(f"{self.file}:{self.line}" if self.line else self.file)
        path, message = printable(self.path), printable(self.message)
        return f"{where}: {path}: {message}" if path else f"{where}: {message}"

    def sort_key(self) -> tuple[str, int, tuple[int | str, ...], str]:
        return (self.file, self.line, _natural(self.path), self.message)


class Problems(list[Problem]):
    """A list of problems that keeps MAX_PER_FILE per file and only counts the rest.

    Collecting is capped, not only printing: 1,000,001 problems took 820 MB before they were cut.
    """

    def __init__(self, items: Iterable[Problem] = ()) -> None:
        super().__init__()
        self.kept: Counter[str] = Counter()
        self.dropped: Counter[str] = Counter()
        self.extend(items)

    def append(self, problem: Problem) -> None:
        if self.kept[problem.file] >= MAX_PER_FILE:
            self.dropped[problem.file] += 1
            return
        self.kept[problem.file] += 1
        super().append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)
        self.dropped.update(getattr(problems, "dropped", {}))


class DataError(Exception):
    """Raised when the data has problems; carries all of them, sorted by file and line
    (at most MAX_PER_FILE per file; ``dropped`` counts the others)."""

    def __init__(self, problems: list[Problem]):
        capped = problems if isinstance(problems, Problems) else Problems(problems)
        self.problems = sorted(capped, key=Problem.sort_key)
        self.dropped = dict(sorted(capped.dropped.items()))
        count = len(self.problems) + sum(self.dropped.values())
        lines = [f"  {p}" for p in self.problems]
        for file, more in self.dropped.items():
            lines.append(f"  {printable(file)}: … and {more} more problem{'s' if more != 1 else ''} not shown "
                         f"(only the first {MAX_PER_FILE} of a file are): fix these and run again")
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the data:\n" + "\n".join(lines))
