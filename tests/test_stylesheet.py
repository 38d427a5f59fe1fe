"""Every page names one stylesheet, yd.css: Material's main and palette stylesheets, then the portal's own, in the
order the pages used to name them (the cascade unchanged). macros/engine/assets.py joins them."""
from __future__ import annotations

import re
from pathlib import Path

import material

from macros.engine import assets

ROOT = Path(__file__).resolve().parent.parent
THEME_DIRS = [str(ROOT / "overrides"), str(Path(material.__file__).parent / "templates")]
MATERIAL_CSS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"


def _one(pattern: str) -> Path:
    (path,) = MATERIAL_CSS.glob(pattern)
    return path


def _style(palette: bool) -> str:
    return assets.bundled(THEME_DIRS, {}, {}, palette)[assets.STYLE]


def test_materials_main_then_palette_then_the_portals_own():
    style = _style(palette=True)
    main = _one("main.*.min.css").read_text("utf-8").rstrip("\n") + "\n"
    palette = _one("palette.*.min.css").read_text("utf-8").rstrip("\n") + "\n"
    portal = (ROOT / "overrides" / "assets" / "stylesheets" / "portal.css").read_text("utf-8")
    assert style.startswith(main + palette + portal)
    # @charset only counts first in a file: Material's main is first, and nothing else carries one.
    assert style.count("@charset") == main.count("@charset")


def test_without_a_palette_no_palette_stylesheet():
    palette = _one("palette.*.min.css").read_text("utf-8").strip()
    assert palette not in _style(palette=False)
    assert _one("main.*.min.css").read_text("utf-8").strip() in _style(palette=False)


def test_materials_stylesheets_refer_to_nothing_by_a_relative_address():
    """They now load from yd.css: a url(...) must not depend on the file it came from."""
    for path in (_one("main.*.min.css"), _one("palette.*.min.css")):
        addresses = re.findall(r"url\(\s*['\"]?([^'\")]*)", path.read_text("utf-8"))
        assert all(a.startswith("data:") for a in addresses), path.name


def test_materials_stylesheets_stay_out_of_the_site_and_yd_css_in():
    for pattern in ("main.*.min.css", "palette.*.min.css"):
        assert assets.left_out(f"assets/stylesheets/{_one(pattern).name}")
    assert not assets.left_out(assets.STYLE)


def test_a_page_names_one_stylesheet(real_site):
    for path in ("agreements/adalar-nacka/index.html", "index.html", "404.html", "en/index.html"):
        html = (real_site / path).read_text("utf-8")
        links = re.findall(r'<link rel="stylesheet" href="([^"]+)">', html)
        assert [link.rsplit("/", 1)[-1] for link in links] == ["yd.css"], path
