"""YAML -> plain Python data where every node remembers its file and line.

PyYAML's composer gives nodes with start marks; we build our own values from
those nodes so that (1) every value keeps its line, (2) duplicate keys are an
error instead of PyYAML's silent "last one wins", and (3) anchors and aliases are
refused outright, which also makes alias bombs ("billion laughs") impossible.
"""
from __future__ import annotations

import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable
from typing import Any, Protocol, Union

import yaml
from yaml.events import Event, ScalarEvent

from .problems import Problem, Problems, printable

# What a scalar becomes (SafeConstructor's types; dates stay text) and what a node holds.
Scalar = Union[str, int, float, bool, bytes, None]
Value = Union[Scalar, list["Node"], dict[str, "Node"]]


@dataclass
class Node:
    """A YAML value with where it came from."""
    value: Value
    file: str
    line: int
    key_lines: dict[str, int] = field(default_factory=dict)  # for mappings: key -> line of the key
    # A plain scalar YAML 1.1 read as something other than text (3.10, 017, 12:30, no), exactly as
    # written: text fields take this, not the number YAML made of it ("3.10", not 3.1).
    raw: str | None = None

    def child(self, key: str) -> Node:
        """The value of a mapping's key, or this node when there is none (a problem then points here)."""
        return self.value.get(key, self) if isinstance(self.value, dict) else self


# libyaml (C) parses when PyYAML has it: parsing is most of the validation time as the data grows.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseLoader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
# Data files need a handful of levels; 500 nested flow mappings overflowed Python's stack.
MAX_DEPTH = 50
# The largest district file is about 50 KB; a 15 MB issue body once became an 18.7 MB district file.
MAX_FILE_BYTES = 10_000_000
# What a YAML stream cannot hold (YAML 1.1's printable set, as PyYAML's reader checks it): C0 and C1
# controls other than tab and line breaks, surrogates, U+FFFE and U+FFFF.
YAML_UNREADABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class _Refused(Exception):
    """A YAML feature we refuse on purpose (not a syntax slip), at the line of the event."""

    def __init__(self, problem: str, event: Event):
        super().__init__(problem)
        self.problem = problem
        self.line = event.start_mark.line + 1 if event.start_mark else 0


class _EventSource(Protocol):
    """The parser side of PyYAML's loaders (the C and the Python one alike)."""

    def get_event(self) -> Event: ...
    def peek_event(self) -> Event: ...
    def check_event(self, *choices: type[Event]) -> bool: ...
    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str: ...


class _Composer:
    """Builds Nodes straight from the parser's events.

    Our own composer (instead of PyYAML's) so that every value keeps its line, a duplicate key is
    reported instead of silently overwritten, and an anchor or alias is refused at the first sight,
    before anything could be expanded (no "billion laughs").
    """

    def __init__(self, loader: _EventSource, file: str, problems: list[Problem]):
        self.loader, self.file, self.problems = loader, file, problems

    def document(self) -> Node | None:
        self.loader.get_event()  # stream start
        if self.loader.check_event(yaml.StreamEndEvent):
            return None
        self.loader.get_event()  # document start
        root = self.node("", 0)
        self.loader.get_event()  # document end
        if not self.loader.check_event(yaml.StreamEndEvent):
            event = self.loader.peek_event()
            raise _Refused("a data file holds one YAML document: remove the second '---'", event)
        return root

    def node(self, path: str, depth: int) -> Node:
        event = self.loader.get_event()
        if depth > MAX_DEPTH:
            raise _Refused(f"values are nested more than {MAX_DEPTH} levels deep: a data file needs only "
                           "a few; check the brackets and indentation", event)
        if isinstance(event, yaml.AliasEvent):
            raise _Refused("aliases ('*name') are not allowed in data files: write the value out in full", event)
        if getattr(event, "anchor", None):
            raise _Refused("anchors ('&name') are not allowed in data files: write each value out in full", event)
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.MappingStartEvent):
            return self.mapping(path, line, depth)
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Node] = []
            while not self.loader.check_event(yaml.SequenceEndEvent):
                items.append(self.node(f"{path}[{len(items)}]", depth + 1))
            self.loader.get_event()
            return Node(items, self.file, line)
        if not isinstance(event, ScalarEvent):
            raise _Refused(f"unexpected {type(event).__name__} in a value", event)
        value = self.scalar(event, path, line)
        raw = event.value if value is not None and not isinstance(value, str) else None
        if value is None and event.implicit[0]:
            raw = event.value  # `null`, `~` or nothing: a key needs to know which
        return Node(value, self.file, line, raw=raw)

    def mapping(self, path: str, line: int, depth: int) -> Node:
        out: dict[str, Node] = {}
        key_lines: dict[str, int] = {}
        while not self.loader.check_event(yaml.MappingEndEvent):
            key_event = self.loader.peek_event()
            key_line = key_event.start_mark.line + 1 if key_event.start_mark else 0
            if self._is_merge_key(key_event):
                raise _Refused("'<<:' is a YAML merge key (fields copied from an anchor), which data files "
                               "do not use: write the fields out in full", key_event)
            key_node = self.node(path, depth + 1)
            if key_node.value is None:
                # `null:`, `~:` or `: value`: YAML reads the key as no key at all.
                written = key_node.raw or "(empty key)"
                self.problems.append(Problem(self.file, key_line, f"{path}.{written}" if path else written,
                                             f"the key {written!r} is read by YAML as null, not as a field name: "
                                             "write the field's name (quote it if it really is 'null')"))
                self.node(path, depth + 1)
                continue
            if not isinstance(key_node.value, (str, int, float, bool)):
                self.problems.append(Problem(self.file, key_line, path,
                                             "a key must be a plain word, not a list or mapping"))
                self.node(path, depth + 1)
                continue
            key = key_node.raw if key_node.raw is not None else str(key_node.value)  # `yes:` is "yes", not "True"
            sub = f"{path}.{key}" if path else key
            value_node = self.node(sub, depth + 1)
            if key in out:
                self.problems.append(Problem(
                    self.file, key_line, sub,
                    f"key '{key}' appears twice in the same mapping (first on line {key_lines[key]}); "
                    "YAML would silently keep only the last one: remove or rename one of them"))
                continue
            key_lines[key] = key_line
            out[key] = value_node
        self.loader.get_event()
        return Node(out, self.file, line, key_lines)

    def _is_merge_key(self, event: Event) -> bool:
        return (isinstance(event, yaml.ScalarEvent) and event.tag is None and event.implicit[0]
                and self.loader.resolve(yaml.ScalarNode, event.value, event.implicit) == _MERGE)

    def scalar(self, event: ScalarEvent, path: str, line: int) -> Scalar:
        written_tag = event.tag if event.tag != "!" else None  # "!" asks for plain text: no tag of its own
        explicit = written_tag is not None
        tag = written_tag or self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _TIMESTAMP:
            # Keep dates as written: the model parses them (and reports 2017-13-45 properly).
            return event.value
        node = yaml.ScalarNode(tag, event.value, style=event.style)
        construct: Callable[[yaml.constructor.SafeConstructor, yaml.ScalarNode], Scalar] = (
            _CONSTRUCTOR.yaml_constructors.get(tag) or _CONSTRUCTOR.yaml_constructors[None])
        try:
            return construct(_CONSTRUCTOR, node)
        except Exception as exc:  # noqa: BLE001 - `!!bool abc` raises KeyError, a 5,000-digit int ValueError
            if not explicit:
                return event.value  # a plain scalar stays as written: the field's type decides
            written = tag.replace("tag:yaml.org,2002:", "!!")
            self.problems.append(Problem(self.file, line, path,
                                         f"{event.value!r:.60} cannot be read as {written} ({type(exc).__name__}): "
                                         f"remove the tag '{written}' and quote the value if it is text"))
            return event.value


def is_editor_file(name: str) -> bool:
    """Editor lock, backup and swap files (.#x.yaml, x.yaml~, #x.yaml#, .x.yaml.swp) and other hidden
    files: never data, and never a reason to fail (an Emacs lock is a dangling symbolic link)."""
    return name.startswith((".", "#")) or name.endswith("~")


def not_a_data_file(path: Path) -> str | None:
    """Why path cannot be a data file, or None: data files are regular files inside data/. A symbolic link
    is never followed (one to a file outside the repository was published; one to ../../Makefile had a
    record appended to it), and a FIFO or device would hang the read."""
    try:
        mode = path.lstat().st_mode
    except OSError as exc:
        return f"cannot read it: {exc.strerror}"
    if stat.S_ISLNK(mode):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return (f"is a symbolic link (to {target}): data files must be regular files inside data/; "
                "replace the link with the file itself")
    if not stat.S_ISREG(mode):
        return "is not a regular file: data files are plain files inside data/"
    return None


def read_data_file(path: Path) -> bytes:
    """The bytes of a regular data file, never through a symbolic link, at most MAX_FILE_BYTES + 1.
    OSError (with a readable strerror) if it is not one."""
    problem = not_a_data_file(path)
    if problem:
        raise OSError(0, problem, str(path))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):  # replaced between the look and the open
            raise OSError(0, "is not a regular file", str(path))
        return file.read(MAX_FILE_BYTES + 1)


def _where(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character (only \n counts as a line break, as in editors)."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def load_yaml(path: Path, display: str) -> tuple[Node | None, list[Problem]]:
    """Parse one YAML file. Returns (root node, problems); root is None when unusable."""
    problems: list[Problem] = Problems()
    try:
        raw = read_data_file(path)
    except OSError as exc:
        return None, [Problem(display, 0, "", f"this file {exc.strerror}" if exc.errno == 0
                              else f"cannot read the file: {exc.strerror}")]
    if len(raw) > MAX_FILE_BYTES:
        return None, [Problem(display, 0, "", f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB: a data "
                                              "file holds one municipality's records; split it or remove what "
                                              "does not belong in it")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(display, line, "",
                              f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}): "
                              "save it as UTF-8 in your editor")]
    if text.startswith("\ufeff"):
        text = text[1:]
    unreadable = YAML_UNREADABLE.search(text)
    if unreadable:
        # Found here, not by PyYAML: its reader error gives only an offset ("position 21763").
        line, column = _where(text, unreadable.start())
        char = unreadable.group()
        return None, [Problem(display, line, "", f"column {column}: the character U+{ord(char):04X} "
                                                 f"({unicodedata.name(char, 'a control character')}) cannot be in a "
                                                 "YAML file; delete it (retype the text around it)")]
    if "\t" in text:
        for number, line_text in enumerate(text.splitlines(), 1):
            stripped = line_text.lstrip(" ")
            if stripped.startswith("\t"):
                return None, [Problem(display, number, "",
                                      "indentation uses a tab character: YAML allows only spaces; "
                                      "replace the tab with spaces")]
    loader = _Loader(text)
    try:
        root = _Composer(loader, display, problems).document()
    except _Refused as exc:
        return None, [Problem(display, exc.line, "", exc.problem)]
    except RecursionError:  # a last resort: MAX_DEPTH refuses deep nesting long before this
        return None, [Problem(display, 0, "", "values are nested too deeply to read; check the brackets")]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        what = exc.problem or str(exc)
        if exc.context:
            what = f"{exc.context}, {what}"
        at = f" (column {mark.column + 1})" if mark else ""
        return None, [Problem(display, line, "", f"YAML syntax error{at}: {what}; check indentation, "
                                                  "colons and quotes on this line and the one above")]
    except yaml.reader.ReaderError as exc:  # a last resort: YAML_UNREADABLE finds these first
        line, column = _where(text, exc.position)
        return None, [Problem(display, line, "", f"column {column}: YAML cannot read the character there "
                                                 f"({printable(exc.reason)}): delete it")]
    except yaml.YAMLError as exc:
        return None, [Problem(display, 0, "", f"YAML error: {printable(exc)}")]
    finally:
        loader.dispose()
    if root is None or root.value is None:
        return None, [Problem(display, 1, "", "the file is empty: it must hold at least the required fields")]
    return root, problems


def plain_yaml(text: str) -> Any:
    """The history's and `portal new`'s reading of a data file (validation uses load_yaml): YAML without
    aliases, every scalar as the text written. The data never uses aliases, and refusing
    them keeps an alias bomb in some old commit or pull request harmless; nesting is limited as in
    validation. Scalars stay text (PyYAML's base loader): history compares what was written, so an
    unquoted 3.10 or nan is not rewritten (nan != nan made a false "changed" at every commit) and a
    2017-02-30 in an old commit is not a crash. libyaml (C) when present: the feeds read every data file
    at every commit on each build, and the pure-Python composer took 0.3 s of a 1.9 s build."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.composer.ComposerError(None, None, "aliases are not allowed in data files", _mark(event))
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(None, None, f"values are nested more than {MAX_DEPTH} levels deep",
                                                  _mark(event))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return yaml.load(text, Loader=_BaseLoader)


def _mark(event: Event) -> yaml.Mark | None:
    """The event's position as the pure-Python Mark that PyYAML's errors print (libyaml has its own)."""
    mark = event.start_mark
    return yaml.Mark("<unicode string>", mark.index, mark.line, mark.column, None, 0) if mark else None
