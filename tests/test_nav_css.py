"""The menu's plain links (overrides/partials/nav.html) are <li><a> without Material's classes; portal.css gives
them Material's rules for .md-nav__item / .md-nav__link. Those copies must stay Material's own declarations:
an upgrade of Material that changes its menu's look fails here, not silently on the screen."""
from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

ROOT = Path(__file__).resolve().parent.parent
STYLESHEETS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
OURS = ROOT / "overrides" / "assets" / "stylesheets" / "portal.css"

DRAWER = "@media screen and (max-width:76.234375em)"
SIDEBAR = "@media screen and (min-width:76.25em)"
ITEM = ".yd-nav>li:not([class])"
LINK = ITEM + ">a"
# (media, Material's selector, ours): each of our rules on the plain links, and the Material rule it copies.
COPIES = [
    ("", ".md-nav__link", LINK),
    ("", ".md-nav__link[href]:focus", LINK + "[href]:focus"),
    ("", ".md-nav__link[href]:hover", LINK + "[href]:hover"),
    ("", ".md-nav__link.focus-visible", LINK + ".focus-visible"),
    (DRAWER, ".md-nav--primary .md-nav__item", ITEM),
    (DRAWER, ".md-nav--primary .md-nav__link", LINK),
    (SIDEBAR, "[dir=ltr] .md-nav--primary .md-nav__item>.md-nav__link", "[dir=ltr] " + LINK),
    (SIDEBAR, "[dir=rtl] .md-nav--primary .md-nav__item>.md-nav__link", "[dir=rtl] " + LINK),
]


def _rules(css: str, media: str = "") -> list[tuple[str, str, dict[str, str]]]:
    """(media, selector, declarations) for every selector of every rule, in the stylesheet's order."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found, at = [], 0
    while (brace := css.find("{", at)) >= 0:
        head, end, depth = css[at:brace].strip(), brace + 1, 1
        while depth:
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        body = css[brace + 1:end - 1]
        if head.startswith("@media"):
            found += _rules(body, _squeezed(head))
        elif not head.startswith("@"):
            found += [(media, _squeezed(sel), _declarations(body)) for sel in head.split(",")]
        at = end
    return found


def _squeezed(text: str) -> str:
    """Selector or media query without the spaces that minifying takes out."""
    text = re.sub(r"\s*([>,:~+])\s*", r"\1", text.strip())
    return re.sub(r"\s+", " ", text)


def _declarations(body: str) -> dict[str, str]:
    pairs = (d.split(":", 1) for d in body.split(";") if d.strip())
    return {name.strip(): value.strip() for name, value in pairs}


def _merged(rules, media: str, selector: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for rule_media, rule_selector, declarations in rules:
        if rule_media == media and rule_selector == selector:
            merged.update(declarations)
    return merged


def _material_main() -> str:
    (main,) = STYLESHEETS.glob("main.*.min.css")
    return main.read_text("utf-8")


@pytest.mark.parametrize("media, theirs, ours", COPIES)
def test_each_copied_rule_is_materials_own(media, theirs, ours):
    expected = _merged(_rules(_material_main()), media, theirs)
    assert expected, f"Material no longer has {theirs} in {media or 'all media'}: look at nav.html again"
    assert _merged(_rules(OURS.read_text("utf-8")), media, ours) == expected


def test_the_plain_links_have_no_rule_that_is_not_a_copy():
    copied = {(media, ours) for media, _, ours in COPIES}
    ours = {(media, sel) for media, sel, _ in _rules(OURS.read_text("utf-8")) if ".yd-nav" in sel}
    assert ours == copied


def test_the_template_writes_the_plain_links_under_yd_nav():
    nav = (ROOT / "overrides" / "partials" / "nav.html").read_text("utf-8")
    assert '<ul class="md-nav__list yd-nav"' in nav
    assert "<li><a href=" in nav
