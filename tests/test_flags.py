"""Flags are vendored SVG files from flag-icons (macros/render/flags.py), never emoji; a country without one
shows its code in a box."""
from __future__ import annotations

import re
from pathlib import Path

from macros.render import flags
from macros.data.index import PortalIndex

# Emoji flags are pairs of regional-indicator letters (U+1F1E6..U+1F1FF).
EMOJI_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")
# Entities flag-icons has no flag for: shown by their code.
WITHOUT_FLAG = {"XC"}


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_every_country_in_the_data_has_a_vendored_flag_or_is_a_known_exception():
    needed = flags.codes_in_data(flags.ROOT / "data")
    missing = needed - flags.vendored() - WITHOUT_FLAG
    assert not missing, (f"no flag for {sorted(missing)}: run `npm pack flag-icons@{flags.FLAG_ICONS_VERSION}` and "
                         f"`python -m macros.render.flags flag-icons-{flags.FLAG_ICONS_VERSION}.tgz`")
    assert not (flags.vendored() & WITHOUT_FLAG)
    # Only what the data needs is vendored.
    assert flags.vendored() <= needed


def test_the_vendored_files_are_the_packages_svgs_with_its_licence():
    assert "Panayiotis Lipiridis" in (flags.FLAGS_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "MIT" in (flags.FLAGS_DIR / "LICENSE").read_text(encoding="utf-8")
    for svg in flags.FLAGS_DIR.glob("*.svg"):
        text = svg.read_text(encoding="utf-8")
        assert text.startswith("<svg") and f'id="flag-icons-{svg.stem}"' in text, svg.name
        assert "http://" not in text.replace("http://www.w3.org/", ""), f"{svg.name} refers to another host"


def test_flags_css_has_one_class_per_vendored_flag():
    css = flags.CSS_FILE.read_text(encoding="utf-8")
    assert css == flags.css(flags.vendored()), "flags.css is out of date: run python -m macros.render.flags"
    assert f"flag-icons {flags.FLAG_ICONS_VERSION}" in css


def test_pages_show_svg_flags_and_no_emoji_flags(real_site, portal):
    index = PortalIndex(portal)
    for path in ["countries", "countries/se", "countries/xk", "municipalities/cekmekoy", "agreements/adalar-nacka",
                 "projects/kartal-r2cities", "en/countries/se", "activities"]:
        html = _html(real_site, path)
        assert not EMOJI_FLAG.search(html), f"/{path}: emoji flag"
    html = _html(real_site, "countries/se")
    assert '<h1><span class="yd-flag f-se" aria-hidden="true"></span> İsveç ile ilişkiler</h1>' in html
    assert '<span class="yd-flag f-se" aria-hidden="true"></span> İsveç</a>' in _html(real_site, "agreements/adalar-nacka")
    assert (real_site / "assets" / "flags" / "se.svg").is_file() and (real_site / "en" / "assets" / "flags" / "se.svg").is_file()
    assert (real_site / "assets" / "flags" / "LICENSE").is_file()
    # flags.css reaches the pages inside the portal's one stylesheet (macros/engine/assets.py).
    assert 'href="../../assets/stylesheets/yd.css"' in html
    assert ".f-se{" in (real_site / "assets" / "stylesheets" / "yd.css").read_text(encoding="utf-8").replace(" ", "")
    assert set(index.by_country) - WITHOUT_FLAG <= flags.vendored()


def test_northern_cyprus_shows_its_name_without_a_box(real_site):
    """No flag in flag-icons: no grey box with a code (it told a reader nothing), the name alone."""
    html = _html(real_site, "countries/xc")
    assert "<h1>Kuzey Kıbrıs Türk Cumhuriyeti" in html and "yd-flag--code" not in html
    assert "yd-flag--code" not in _html(real_site, "municipalities/cekmekoy")
