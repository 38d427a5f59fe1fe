"""A problem found in the data, reported as file:line: path: message."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# Shown per file: a file of a million broken items must not print a million lines (or hold them).
MAX_PER_FILE = 200
# Shown in all: 20,000 broken files once printed 20,003 lines (and as many CI annotations).
MAX_REPORT = 500
# Held in all: what is beyond the report is only counted (each file's count still kept).
MAX_COLLECTED = 10 * MAX_REPORT

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
    """A list of problems that keeps MAX_PER_FILE per file (MAX_COLLECTED in all) and only counts the rest.

    Collecting is capped, not only printing: 1,000,001 problems took 820 MB before they were cut.
    """

    def __init__(self, items: Iterable[Problem] = ()) -> None:
        super().__init__()
        self.kept: Counter[str] = Counter()
        self.dropped: Counter[str] = Counter()
        self.extend(items)

    def append(self, problem: Problem) -> None:
        if self.kept[problem.file] >= MAX_PER_FILE or len(self) >= MAX_COLLECTED:
            self.dropped[problem.file] += 1
            return
        self.kept[problem.file] += 1
        super().append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)
        self.dropped.update(getattr(problems, "dropped", {}))


def _more(count: int) -> str:
    return f"… and {count} more problem{'s' if count != 1 else ''}"


class DataError(Exception):
    """Raised when the data has problems; carries them sorted by file and line (at most MAX_PER_FILE per
    file and MAX_COLLECTED in all; ``dropped`` counts the others). The message shows at most MAX_REPORT."""

    def __init__(self, problems: list[Problem]):
        capped = problems if isinstance(problems, Problems) else Problems(problems)
        self.problems = sorted(capped, key=Problem.sort_key)
        self.dropped = dict(sorted(capped.dropped.items()))
        self.count = len(self.problems) + sum(self.dropped.values())
        shown = self.problems[:MAX_REPORT]
        unshown = Counter(self.dropped) + Counter(p.file for p in self.problems[MAX_REPORT:])
        lines = [f"  {p}" for p in shown]
        # A file's own "… and N more" only for the files shown (a handful), then one line for all the rest.
        for file in dict.fromkeys(p.file for p in shown):
            if unshown[file]:
                lines.append(f"  {printable(file)}: {_more(unshown.pop(file))} not shown "
                             f"(a report shows {MAX_PER_FILE} of a file, {MAX_REPORT} in all): fix these and run again")
        rest = sum(unshown.values())
        if rest:
            files = sum(1 for n in unshown.values() if n)
            lines.append(f"  {_more(rest)} in {files} other file{'s' if files != 1 else ''} not shown "
                         f"(a report shows {MAX_REPORT} in all): fix these and run again")
        noun = f"{self.count} problem{'s' if self.count != 1 else ''}"
        super().__init__(f"{noun} in the data:\n" + "\n".join(lines))
