"""Valid HTML: the W3C Nu HTML Checker (vnu.jar, installed by `make test-deps`) finds no error in the
built pages beyond the theme's own, and the header's icon controls get their names validly."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT

VNU_JAR = Path(os.environ.get("VNU_JAR") or ROOT / ".cache" / "vnu" / "26.9.27" / "build" / "dist" / "vnu.jar")

# Every kind of page, in both editions.
PAGES = ["", "about", "municipalities", "agreements", "projects", "countries", "activities", "activities/page/2",
         "networks", "sources", "stats", "data", "data/fields", "municipalities/beyoglu", "municipalities/arnavutkoy",
         "agreements/beyoglu-pecs", "projects/uskudar-cities-4-people", "countries/se", "countries/xc",
         "en", "en/about", "en/municipalities/beyoglu", "en/agreements/adalar-nacka", "en/countries/xc"]

# Errors in Material's own base.html, which the portal does not override: autocomplete="off" on the two
# hidden checkboxes that open the menu and the search (#__drawer, #__search).
THEME_OWN = [re.compile(r"^Attribute “autocomplete” is only allowed when the input type is")]


def _files(site: Path) -> list[str]:
    return [str(site / p / "index.html") for p in PAGES] + [str(site / "404.html"), str(site / "en" / "404.html")]


@pytest.fixture(scope="module")
def vnu_messages(real_site) -> list[dict]:
    if not VNU_JAR.is_file() or not shutil.which("java"):
        pytest.fail(f"the Nu HTML Checker is not installed ({VNU_JAR}, java): run `make test-deps`")
    proc = subprocess.run(["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *_files(real_site)],
                          capture_output=True, text=True, timeout=300)
    return json.loads(proc.stderr or proc.stdout)["messages"]


def _theme_own(message: dict) -> bool:
    return (any(p.search(message["message"]) for p in THEME_OWN)
            and 'class="md-toggle"' in message.get("extract", ""))


def test_no_html_errors_beyond_the_themes_own(vnu_messages):
    ours = [m for m in vnu_messages if not _theme_own(m)]
    report = "\n".join(f"{m.get('url', '').split('/site/')[-1]}:{m.get('lastLine')}: {m['message']}\n    {m.get('extract', '')!r}"
                       for m in ours[:30])
    assert not ours, f"{len(ours)} HTML error(s):\n{report}"


def test_no_label_carries_a_role_or_an_aria_label(vnu_messages, real_site):
    assert not [m for m in vnu_messages if "“label” element" in m["message"]]
    for path in ["", "en/municipalities/beyoglu"]:
        html = (real_site / path / "index.html").read_text(encoding="utf-8")
        for tag in re.findall(r"<label\b[^>]*>", html):
            assert "role=" not in tag and "aria-label=" not in tag, tag


@pytest.mark.parametrize("path,names", [
    ("", {"__drawer": "Menüyü aç", "__search": "Aramayı aç"}),
    ("en/", {"__drawer": "Open the menu", "__search": "Open search"}),
])
def test_the_header_icons_are_named_by_their_labels_text(real_site, path, names):
    """A <label>'s text names the control it labels and is what a screen reader reads on the focused
    label: the icons' names are visually hidden text inside them."""
    html = (real_site / path / "index.html").read_text(encoding="utf-8")
    for target, name in names.items():
        found = re.search(rf'<label class="md-header__button md-icon" for="{target}" tabindex="0">'
                          rf'<span class="yd-sr-only">([^<]+)</span>', html)
        assert found and found[1] == name, target
    # The search box is built by search.js (overrides/partials/search.html) with the edition's words from
    # yd.js; its close icon is named the same way (tests/browser/test_accessibility.py checks it on the page).
    close = "Aramayı kapat" if path == "" else "Close search"
    script = (real_site / path / "assets" / "javascripts" / "yd.js").read_text(encoding="utf-8")
    assert f'"search.close":"{close}"' in script
    assert '<label class="md-search__icon md-icon" for="__search"><span class="yd-sr-only">' in script
