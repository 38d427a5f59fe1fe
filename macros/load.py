"""YAML -> plain Python data where every node remembers its file and line.

PyYAML's composer gives nodes with start marks; we build our own values from
those nodes so that (1) every value keeps its line, (2) duplicate keys are an
error instead of PyYAML's silent "last one wins", and (3) anchors and aliases are
refused outright, which also makes alias bombs ("billion laughs") impossible.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .problems import Problem


@dataclass
class Node:
    """A YAML value with where it came from."""
    value: object          # str | int | float | bool | None | list[Node] | dict[str, Node]
    file: str
    line: int
    key_lines: dict = field(default_factory=dict)  # for mappings: key -> line of the key


class _LineLoader(yaml.SafeLoader):
    pass


class _Refused(yaml.composer.ComposerError):
    """A YAML feature we refuse on purpose (not a syntax slip)."""


_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _refuse_aliases(loader):
    # Composition of an alias is where expansion would start: stop there.
    original = loader.compose_node

    def compose_node(parent, index):
        if loader.check_event(yaml.AliasEvent):
            event = loader.peek_event()
            raise _Refused(
                None, None,
                "aliases ('*name') are not allowed in data files: write the value out in full",
                event.start_mark)
        event = loader.peek_event()
        if getattr(event, "anchor", None):
            raise _Refused(
                None, None,
                "anchors ('&name') are not allowed in data files: write each value out in full",
                event.start_mark)
        return original(parent, index)

    loader.compose_node = compose_node


def _convert(node: yaml.Node, file: str, problems: list[Problem], path: str) -> Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Node] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(file, key_line, path, "a key must be a plain word, not a list or mapping"))
                continue
            key = key_node.value
            sub = f"{path}.{key}" if path else key
            if key in out:
                problems.append(Problem(
                    file, key_line, sub,
                    f"key '{key}' appears twice in the same mapping (first on line {key_lines[key]}); "
                    "YAML would silently keep only the last one: remove or rename one of them"))
                continue
            key_lines[key] = key_line
            out[key] = _convert(value_node, file, problems, sub)
        return Node(out, file, line, key_lines)
    if isinstance(node, yaml.SequenceNode):
        return Node([_convert(n, file, problems, f"{path}[{i}]") for i, n in enumerate(node.value)], file, line)
    if node.tag == _TIMESTAMP:
        # Keep dates as written: the model parses them (and reports 2017-13-45 properly).
        return Node(node.value, file, line)
    construct = _CONSTRUCTOR.yaml_constructors.get(node.tag, _CONSTRUCTOR.yaml_constructors[None])
    try:
        value = construct(_CONSTRUCTOR, node)
    except (ValueError, yaml.YAMLError) as exc:
        problems.append(Problem(file, line, path, f"value {node.value!r} cannot be read ({exc}); "
                                                  "write it as plain text"))
        value = node.value
    return Node(value, file, line)


def load_yaml(path: Path, display: str) -> tuple[Node | None, list[Problem]]:
    """Parse one YAML file. Returns (root node, problems); root is None when unusable."""
    problems: list[Problem] = []
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(display, 0, "", f"cannot read the file: {exc.strerror}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(display, line, "",
                              f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}): "
                              "save it as UTF-8 in your editor")]
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\t" in text:
        for number, line_text in enumerate(text.splitlines(), 1):
            stripped = line_text.lstrip(" ")
            if stripped.startswith("\t"):
                return None, [Problem(display, number, "",
                                      "indentation uses a tab character: YAML allows only spaces; "
                                      "replace the tab with spaces")]
    loader = _LineLoader(text)
    _refuse_aliases(loader)
    try:
        root = loader.get_single_node()
    except _Refused as exc:
        return None, [Problem(display, exc.problem_mark.line + 1, "", exc.problem)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        what = exc.problem or str(exc)
        if exc.context:
            what = f"{exc.context}, {what}"
        return None, [Problem(display, line, "", f"YAML syntax error: {what}; check indentation, "
                                                  "colons and quotes on this line and the one above")]
    except yaml.YAMLError as exc:
        return None, [Problem(display, 0, "", f"YAML error: {exc}")]
    finally:
        loader.dispose()
    if root is None:
        return None, [Problem(display, 1, "", "the file is empty: it must hold at least the required fields")]
    try:
        converted = _convert(root, display, problems, "")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return None, [Problem(display, mark.line + 1 if mark else 0, "", f"YAML error: {getattr(exc, 'problem', exc)}")]
    return converted, problems
