"""Parts of the theme's page that are the same on thousands of pages, rendered once per build.

Material renders its whole page template for every page: the navigation (15 links through
nav-item.html), the search box, the JSON configuration, the script tags and the footer are a third
of a build with thousands of record pages, and they come out the same on every generated page in the
same folder (their links are relative: `../../countries/` from `agreements/x/` as from `agreements/y/`).

`{% portal_shared "name", portal_key %}...{% endportal_shared %}` in overrides/ renders its body once
per (name, portal_key) and reuses the text; a false key (hand-written pages, which can be in the
navigation and have their own table of contents) renders it every time. PortalPlugin.on_page_context
sets `portal_key` (macros/engine/plugin.py); the cache lives on the Jinja environment MkDocs creates
for each build, so nothing outlives a build.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.parser import Parser


class SharedFragments(Extension):
    tags = {"portal_shared"}

    def __init__(self, environment) -> None:
        super().__init__(environment)
        environment.extend(portal_fragments={})

    def parse(self, parser: Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        name = parser.parse_expression()
        parser.stream.expect("comma")
        key = parser.parse_expression()
        body = parser.parse_statements(("name:endportal_shared",), drop_needle=True)
        return nodes.CallBlock(self.call_method("_shared", [name, key]), [], [], body).set_lineno(lineno)

    def _shared(self, name: str, key: Any, caller: Callable[[], str]) -> str:
        if not key:
            return caller()
        fragments: dict = self.environment.portal_fragments  # type: ignore[attr-defined]
        cached = fragments.get((name, key))
        if cached is None:
            cached = fragments[(name, key)] = caller()
        return cached


def shared_key(url: str, taken: set[str]) -> str | None:
    """The key under which a generated page at `url` ("agreements/x/") shares the theme's fragments.

    The fragments link only to files that are not generated pages (hand-written pages, theme files, feeds),
    through links relative to the page's folder. Such a link depends on how many folders deep the page is
    and on the longest common start of the page's folder and the target's; that start is a folder holding a
    target, so it is the longest start of the page's folder found in `taken` (every folder that holds a
    file the fragments may link to) or a start of it. Pages with the same depth and the same such folder
    get the same links: "agreements/x/" and "agreements/y/" share, as do all municipalities' second pages."""
    if not url.endswith("/"):
        return None
    parts = url.split("/")[:-1]
    longest = next((prefix for i in range(len(parts), 0, -1) if (prefix := "/".join(parts[:i]) + "/") in taken), "")
    return f"{len(parts)}:{longest}"


def folders_of(paths) -> set[str]:
    """Every folder ("a/", "a/b/") that holds one of the paths ("a/b/c.json")."""
    out: set[str] = set()
    for path in paths:
        parts = path.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            out.add("/".join(parts[:i]) + "/")
    return out


# --- whitespace between tags --------------------------------------------------------------------------
# Material's templates and ours are indented for their authors: a page is ~15 % blank lines and indentation
# (3 KB of every ~20 KB page). A run of white space holding a line break, next to a tag, is shown exactly as
# one line break (or not at all between blocks), outside elements that keep white space as written.
_KEEP_AS_WRITTEN = re.compile(r"(<(pre|textarea|script|style|code|kbd)\b.*?</\2>)", re.S | re.I)
_AFTER_TAG = re.compile(r">[ \t]*\n\s*")
_BEFORE_TAG = re.compile(r"[ \t]*\n\s*<")
_AT_START = re.compile(r"^[ \t]*\n\s*")  # after a kept element, which ends with a tag
_AT_END = re.compile(r"[ \t]*\n\s*$")  # before a kept element, which starts with a tag


# data-search-exclude marks what the search index leaves out (macros/publish/search_index.py). The index is
# made from the page's content before the page is written (PortalPlugin.on_page_content); nothing in the
# browser reads the mark (~20 bytes each, a dozen on a record page), so the written page goes without it.
_BUILD_MARK = re.compile(r"(<[a-zA-Z][a-zA-Z0-9]*\b[^<>]*?) data-search-exclude(?:=\"\")?(?=[\s/>])")


def squeeze(html: str) -> str:
    """html with each run of white space that holds a line break and touches a tag cut to one line break,
    and none at all between two tags of the theme's frame around the page's text (_frame_joined);
    <pre>, <textarea>, <script>, <style>, <code> and <kbd> (white-space: pre in Material) are left as they
    are. What a browser shows is the same. The search index's marks (data-search-exclude) are dropped from
    the tags outside those elements."""
    start, end = html.find("<article"), html.rfind("</article>")
    if start < 0 or end < start:
        return _squeezed(html)
    return (_squeezed(html[:start], frame=True) + _squeezed(html[start:end])
            + _squeezed(html[end:], frame=True))


# The frame (the head, Material's header, the menu, the footer, the dialog and the scripts) is laid out in
# blocks and flex rows, where a line break between two tags shows nothing: ~125 of a record page's ~170
# line breaks (4 MB of the site at ×100). The page's own text (<article>) keeps its line breaks: there a
# break between two inline elements is a space a reader sees (table cells become inline on phones).
_BETWEEN_TAGS = re.compile(r">\n<")
# Material's base.html writes these two boxes on every page, outside any block a theme can override; empty
# (no table of contents for its skip link, no announcement) they show nothing, and its script looks for
# them only to mount an announcement (a list, empty here) and in instant navigation (off).
_EMPTY_COMPONENTS = re.compile(r'<div data-md-component="(?:skip|announce)"></div>')


def _squeezed(html: str, frame: bool = False) -> str:
    parts = _KEEP_AS_WRITTEN.split(html)
    out = []
    for i in range(0, len(parts), 3):  # split gives text, kept element, its tag name, text, ...
        text = _BEFORE_TAG.sub("\n<", _AFTER_TAG.sub(">\n", _BUILD_MARK.sub(r"\1", parts[i])))
        if i > 0:
            text = _AT_START.sub("\n", text)
        if i + 1 < len(parts):
            text = _AT_END.sub("\n", text)
        if frame:
            # A kept element starts and ends with a tag: a break next to one sits between two tags too.
            text = _BETWEEN_TAGS.sub("><", (">" if i > 0 else "") + text + ("<" if i + 1 < len(parts) else ""))
            text = _EMPTY_COMPONENTS.sub("", text[1 if i > 0 else 0:len(text) - (1 if i + 1 < len(parts) else 0)])
        out.append(text)
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)
