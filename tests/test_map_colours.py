"""The world map's colours: every class, and Türkiye, can be told from "none" (contrast >= 3:1, WCAG 1.4.11),
and the legend (charts.css) paints exactly the map's colours (charts.py, drawn into the SVG files)."""
from __future__ import annotations

import re

import pytest

from helpers import ROOT

from macros.render import charts

CSS = (ROOT / "overrides" / "assets" / "stylesheets" / "charts.css").read_text(encoding="utf-8")


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of #rrggbb."""
    h = hex_colour.lstrip("#")
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag_examples():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#d9dcf0", "#e4e4e4") == pytest.approx(1.07, abs=0.01)   # the old lowest class


@pytest.mark.parametrize("k", range(len(charts.CLASS_FILLS)))
def test_every_class_stands_out_from_none(k):
    fill = charts.CLASS_FILLS[k]
    assert contrast(fill, charts.ZERO_FILL) >= 3, f"class {k + 1} {fill}: {contrast(fill, charts.ZERO_FILL):.2f}:1"


def test_turkiye_stands_out_from_none_too():
    assert contrast(charts.HOME_FILL, charts.ZERO_FILL) >= 3


def test_classes_get_darker_with_more_ties():
    shades = [luminance(c) for c in charts.CLASS_FILLS]
    assert shades == sorted(shades, reverse=True)
    # Neighbouring classes differ visibly too (not a WCAG threshold: an even spread).
    assert all(a / b >= 1.3 for a, b in zip([s + .05 for s in shades], [s + .05 for s in shades[1:]]))


def _css_colour(selector: str, prop: str) -> str:
    found = re.search(re.escape(selector) + r"\s*\{\s*" + prop + r":\s*(#[0-9a-f]{6});", CSS)
    assert found, f"charts.css: no {prop} for {selector}"
    return found[1]


def test_legend_and_inline_map_use_the_same_colours_as_the_svg_files():
    expected = {"k0": charts.ZERO_FILL, **{f"k{i + 1}": c for i, c in enumerate(charts.CLASS_FILLS)},
                "home": charts.HOME_FILL}
    for key, colour in expected.items():
        assert _css_colour(f".yd-map__swatch.yd-map__{key}", "background") == colour, key
        assert _css_colour(f".yd-map__{key}", "fill") == colour, key


def test_the_built_map_files_paint_with_these_colours(real_site):
    svg = (real_site / "countries" / "map-world.svg").read_text(encoding="utf-8")
    assert f'class="yd-map__k0" fill="{charts.ZERO_FILL}"' in svg
    used = set(re.findall(r'class="yd-map__k[1-4]" fill="(#[0-9a-f]{6})"', svg))
    assert used and used <= set(charts.CLASS_FILLS)
    assert f'class="yd-map__home" fill="{charts.HOME_FILL}"' in svg
