"""The portal's own scripts and stylesheets, joined into one file each when the site is built.

Every page named ten scripts and three stylesheets of ours (~1.5 KB of tags on each of thousands of pages,
and thirteen requests on a first visit). The sources stay separate in overrides/assets/ (each has one job);
the build writes assets/javascripts/yd.js and assets/stylesheets/yd.css, the only two the pages name
(mkdocs.yml extra_javascript, extra_css), and leaves the separate files out of the site.

yd.css starts with Material's own two stylesheets, main.<hash>.min.css and palette.<hash>.min.css, which
every page also named: one <link> and one request instead of three (~160 B on every page), in the order the
pages named them, so the cascade is the same. Their files stay out of the site (`left_out`); Material's CSS
refers to nothing by a relative url(...) (only data: addresses), and yd.css sits in the same folder anyway.

yd.js starts with `window.ydText`: the edition's words that the scripts put on the page (the search
dialog, built by search.js, is no longer in every page's HTML). The same sources and words give the
same bytes (reproducible builds). PortalPlugin.on_files (macros/engine/plugin.py, the one module that
speaks MkDocs) adds the two files and leaves out the sources (`left_out`).
"""
from __future__ import annotations

import base64
import glob
import json
import os
import re
from typing import Callable, Iterable

# In the order they run: ready.js first (ydEachPage, which the others use).
SCRIPTS = ("ready.js", "filters.js", "search.js", "cards.js", "picker.js", "print.js", "requests.js", "cite.js",
           "scheme.js", "keys.js")
STYLES = ("portal.css", "charts.css", "flags.css")
SCRIPT = "assets/javascripts/yd.js"
STYLE = "assets/stylesheets/yd.css"

# Material's interface words (its partials/languages/), rendered in the edition's language.
_MATERIAL_WORDS = ("search", "search.placeholder", "search.reset", "search.result.placeholder",
                   "search.result.none", "search.result.one", "search.result.other")


def edition_words(word: Callable[[str], str], label: Callable[[str], str]) -> dict[str, str]:
    """What the scripts write on the page, in the edition's language: Material's words by `word`
    (theme_words.ThemeWords, what its templates' t() gives) and the portal's own labels by `label`
    (macros/i18n/labels.py, the edition's text of a key)."""
    words = {key: word(key).strip() for key in _MATERIAL_WORDS}
    words["search.close"] = label("theme_search_close")
    words["search.more"] = label("theme_search_more")
    words["scheme.dark"] = label("theme_scheme_dark")
    words["scheme.light"] = label("theme_scheme_light")
    # The buttons under each ready request letter and each citation work only with JavaScript, so
    # requests.js and cite.js make them: their words are here once, not in every page's HTML.
    for key, name in (("request.copy", "request_copy"), ("request.copied", "request_copied"),
                       ("request.download", "request_download"), ("request.print", "request_print"),
                       ("cite.copy", "copy_citation"), ("cite.copied", "copied"), ("cite.accessed", "accessed_on")):
        words[key] = label(name)
    return words


# The theme's icons the header, the search dialog and the "back to top" button show: class yd-i-<role> on an
# empty <svg>, drawn here as a mask in the text colour (the icon configured in mkdocs.yml theme.icon, else
# Material's default). Material's rules for those <svg>s still size and place them; a data: address works
# offline and from file:// alike. The stylesheet is fetched once, not repeated in every page.
ICONS = {"logo": "material/library", "menu": "material/menu", "search": "material/magnify",
         "previous": "material/arrow-left", "close": "material/close", "top": "material/arrow-up"}


def icon_css(theme_dirs: Iterable[str], chosen: dict[str, str]) -> str:
    rules = ['[class^="yd-i-"]{aspect-ratio:1;background-color:currentcolor;'
             "-webkit-mask:var(--yd-i) center/contain no-repeat;mask:var(--yd-i) center/contain no-repeat}",
             '@media (forced-colors:active){[class^="yd-i-"]{forced-color-adjust:none;background-color:CanvasText}}']
    for role, default in ICONS.items():
        name = chosen.get(role) or default
        path = _find(theme_dirs, ".icons", f"{name}.svg")
        if path is None:
            raise ValueError(f"theme icon {name!r} ({role}) not found")
        with open(path, "rb") as svg:
            data = base64.b64encode(svg.read().strip()).decode("ascii")
        rules.append(f".yd-i-{role}{{--yd-i:url(data:image/svg+xml;base64,{data})}}")
    return "\n".join(rules) + "\n"


def _find(theme_dirs: Iterable[str], folder: str, name: str) -> str | None:
    """Where MkDocs finds a theme file: the first theme folder holding it (overrides/ before Material)."""
    return next((p for d in theme_dirs if os.path.isfile(p := os.path.join(d, folder, name))), None)


def _joined(theme_dirs: Iterable[str], folder: str, names: tuple[str, ...]) -> str:
    parts = []
    for name in names:
        path = _find(theme_dirs, folder, name)
        if path is None:
            raise ValueError(f"overrides/{folder}/{name} is missing (macros/engine/assets.py lists it)")
        with open(path, encoding="utf-8") as source:
            parts.append(source.read().rstrip("\n") + "\n")
    return "".join(parts)


# Material's stylesheets as its base.html names them (block styles), palette.css only with a palette configured.
_MATERIAL_MAIN = "main.*.min.css"
_MATERIAL_PALETTE = "palette.*.min.css"
_MATERIAL_STYLE = re.compile(r"assets/stylesheets/(main|palette)\.[0-9a-f]+\.min\.css")


def _material_style(theme_dirs: Iterable[str], pattern: str) -> str:
    """The text of Material's one stylesheet matching `pattern` (its name carries a hash of its content)."""
    for folder in theme_dirs:
        found = sorted(glob.glob(os.path.join(glob.escape(folder), "assets", "stylesheets", pattern)))
        if len(found) > 1:
            raise ValueError(f"more than one Material stylesheet {pattern} in {folder}: {found}")
        if found:
            with open(found[0], encoding="utf-8") as source:
                return source.read().rstrip("\n") + "\n"
    raise ValueError(f"Material's stylesheet {pattern} not found in {list(theme_dirs)}")


def bundled(theme_dirs: list[str], icons: dict[str, str], words: dict[str, str],
            palette: bool) -> dict[str, str]:
    """yd.js and yd.css by site path: the sources joined, the edition's words, the icons (mkdocs.yml theme.icon);
    yd.css after Material's main and (with a palette configured, mkdocs.yml theme.palette) palette stylesheets."""
    script = ("window.ydText=" + json.dumps(words, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
              + ";\n" + _joined(theme_dirs, "assets/javascripts", SCRIPTS))
    material = [_MATERIAL_MAIN, _MATERIAL_PALETTE] if palette else [_MATERIAL_MAIN]
    style = ("".join(_material_style(theme_dirs, pattern) for pattern in material)
             + _joined(theme_dirs, "assets/stylesheets", STYLES) + icon_css(theme_dirs, icons))
    return {SCRIPT: script, STYLE: style}


_SOURCES = {f"assets/javascripts/{n}" for n in SCRIPTS} | {f"assets/stylesheets/{n}" for n in STYLES}


def left_out(src_uri: str) -> bool:
    """A theme file the site goes without: a source joined into yd.js or yd.css (Material's stylesheets too), or
    one of the theme's source maps (~1 MB in each edition, for debugging Material's own code; no reader fetches
    them)."""
    return (src_uri in _SOURCES or _MATERIAL_STYLE.fullmatch(src_uri) is not None
            or (src_uri.startswith("assets/") and src_uri.endswith(".map")))
