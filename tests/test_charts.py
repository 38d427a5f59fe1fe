"""Build-time charts (macros/render/charts.py) and the vendored map geometry (macros/render/geo/world.json)."""
from __future__ import annotations

import importlib.util
import json
import re
import xml.etree.ElementTree as ET

import pycountry
import pytest
from helpers import ROOT

from macros.render import charts

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> & Ü\'s'
MAP_BUDGET = 80_000


def parse(markup) -> ET.Element:
    """The whole figure must be well-formed (it is also valid HTML): parse it as XML."""
    text = str(markup)
    assert "\n\n" not in text and not re.search(r"\n[ \t]", text), "one element per line, no blank or indented lines (templates.strip_lines strips them too)"
    return ET.fromstring(text)


def svgs(root: ET.Element) -> list[ET.Element]:
    return root.findall(f".//{SVG}svg")


def table_rows(root: ET.Element) -> list[tuple[str, str]]:
    table = root.find(".//details/div/table")
    assert table is not None
    headers = table.findall("./thead/tr/th")
    assert headers and all(th.get("scope") == "col" for th in headers)
    out = []
    for tr in table.findall("./tbody/tr"):
        th, td = tr.find("th"), tr.find("td")
        out.append(("".join(th.itertext()), "".join(td.itertext())))
    return out


def check_accessible(root: ET.Element):
    assert root.tag == "figure"
    assert root.find("figcaption") is not None and "".join(root.find("figcaption").itertext()).strip()
    for svg in svgs(root):
        # A picture is role="img"; one holding links is role="group" (links inside an img are
        # "nested interactive": unreachable for screen readers, and a serious axe-core failure).
        has_links = any(a.get("tabindex") != "-1" for a in svg.iter(f"{SVG}a"))
        assert svg.get("role") == ("group" if has_links else "img")
        assert svg.get("aria-label", "").strip()
        assert svg.get("viewBox")
    summary = root.find(".//details/summary")
    assert summary is not None and summary.text in ("Tablo olarak göster", "Show as table")


# --- bar chart --------------------------------------------------------------------------------------

BARS = [("Bosna-Hersek", 16, "../countries/ba/"), ("Almanya", 11, "../countries/de/"), (HOSTILE, 3, None),
        ("Kuzey Kıbrıs Türk Cumhuriyeti", 2, "../countries/xc/"), ("Sıfır", 0, None)]


def bar(**kw):
    args = dict(title="Ülkeler", caption="Bağ sayısı & kaynak", value_label="bağ",
                table_headers=("Ülke", "Bağ sayısı"), lang="tr")
    args.update(kw)
    return charts.bar_chart(BARS, **args)


def test_bar_chart_is_an_accessible_figure_with_the_same_numbers_in_its_table():
    root = parse(bar())
    check_accessible(root)
    assert root.get("class") == "yd-chart yd-chart--bar"
    assert table_rows(root) == [(label, str(value)) for label, value, _ in BARS]
    values = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "yd-chart__value"]
    assert values == [str(v) for _, v, _ in BARS]
    label = svgs(root)[0].get("aria-label")
    assert "Bosna-Hersek: 16" in label and "Almanya: 11" in label


def test_bar_chart_links_rows_in_the_svg_and_the_table():
    root = parse(bar())
    links = [a.get("href") for a in root.iter(f"{SVG}a")]
    assert links == [href for _, _, href in BARS if href]
    assert [a.get("href") for a in root.iter("a")] == links   # the table's links (HTML namespace)
    for a in root.iter(f"{SVG}a"):
        assert a.find(f"{SVG}title") is not None              # tooltip "label: value"


def test_bar_chart_escapes_hostile_labels():
    text = str(bar(title=HOSTILE, caption=HOSTILE, value_label=HOSTILE))
    assert "<script" not in text and "&lt;script&gt;" in text and "&amp;" in text
    root = parse(text)
    assert HOSTILE in [label for label, _ in table_rows(root)]
    assert HOSTILE in "".join(root.find("figcaption").itertext())


def test_bar_chart_without_links_is_an_image():
    root = parse(charts.bar_chart([(label, value, None) for label, value, _ in BARS], title="t", value_label="v"))
    assert svgs(root)[0].get("role") == "img"
    assert svgs(parse(charts.timeline([(2014, 1)], title="t", table_headers=("Yıl", "Sayı"))))[0].get("role") == "img"


def test_bar_chart_refuses_script_links():
    for href in ("javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:x", "data:text/html,x"):
        with pytest.raises(ValueError):
            charts.bar_chart([("a", 1, href)], title="t", value_label="v")
    for href in ("../x/", "https://example.org/a?b=1&c=2", "#frag", "page.html"):
        charts.bar_chart([("a", 1, href)], title="t", value_label="v")


def test_bar_chart_max_rows_keeps_every_row_in_the_table():
    root = parse(bar(max_rows=2))
    assert len([g for g in svgs(root)[0].iter() if g.get("class") == "yd-chart__bar"]) == 2
    assert len(table_rows(root)) == len(BARS)
    assert "3 satır daha" in "".join(root.find("p").itertext())


def test_bar_chart_text_is_at_least_11px_on_a_phone():
    # The SVG spans the text column (≈ 358 px on a 390 px phone) and is charts.W units wide.
    assert charts.FS * 358 / charts.W >= 11
    root = parse(bar())
    assert svgs(root)[0].get("viewBox").split()[2] == str(charts.W)


def test_long_labels_wrap_or_shorten_and_keep_the_full_text_as_tooltip():
    long = "Çok uzun bir ülke adı ki grafiğin sol sütununa hiçbir şekilde sığmaz ve kısaltılması gerekir"
    root = parse(charts.bar_chart([(long, 1, None), ("A", 2, None)], title="t", value_label="v"))
    lines = [t.text for t in root.iter(f"{SVG}tspan")]
    assert len(lines) == 3 and lines[1].endswith("…")
    assert any(long in (t.text or "") for t in root.iter(f"{SVG}title"))


# --- timeline -------------------------------------------------------------------------------------------

def test_timeline_has_a_slot_for_every_year_and_the_same_numbers_in_its_table():
    root = parse(charts.timeline([(2017, 2), (2014, 1), (2016, 1)], title="Yıllar", caption="c", lang="tr",
                                 table_headers=("Yıl", "Kayıt"), undated=56))
    check_accessible(root)
    assert table_rows(root) == [("2014", "1"), ("2015", "0"), ("2016", "1"), ("2017", "2"),
                                ("Tarihi bilinmeyen", "56")]
    svg = svgs(root)[0]
    bars = [r for r in svg.iter(f"{SVG}rect") if r.get("class") == "yd-chart__bar"]
    assert len(bars) == 3                                          # 2015 is a gap
    years = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "yd-chart__axis"]
    assert years == ["2014", "2015", "2016", "2017"]
    assert "2017: 2" in svg.get("aria-label") and "56" in svg.get("aria-label")


def test_timeline_with_many_years_still_labels_every_year():
    rows = [(2000, 3), (2001, 12), (2019, 1)]
    root = parse(charts.timeline(rows, title="t", table_headers=("Yıl", "Sayı")))
    years = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "yd-chart__axis"]
    assert years == [str(y) for y in range(2000, 2020)]
    root = parse(charts.timeline([(1950, 1), (2024, 2)], title="t", table_headers=("Yıl", "Sayı")))
    assert len(table_rows(root)) == 75                              # drawn as rows instead
    assert len([t for t in root.iter(f"{SVG}text") if t.get("class") == "yd-chart__label"]) == 75


def test_timeline_and_year_list_escape_and_link():
    root = parse(charts.timeline([(2020, 1)], title=HOSTILE, caption=HOSTILE, table_headers=(HOSTILE, "&")))
    assert "<script" not in ET.tostring(root, encoding="unicode").replace("&lt;script", "")
    text = str(charts.year_list([(2017, HOSTILE, "../a/?x=1&y=2"), (None, "b", None), (2014, "c", None)],
                                title="Liste"))
    assert "<script" not in text and 'href="../a/?x=1&amp;y=2"' in text
    root = ET.fromstring(text)
    assert [li.find("span").text for li in root.find("ol")] == ["2017", "2014", "Tarihi bilinmeyen"]


def test_empty_inputs_still_give_a_figure():
    for markup in (charts.bar_chart([], title="t", value_label="v"),
                   charts.timeline([], title="t", table_headers=("Yıl", "Sayı")),
                   charts.world_map({}, names={}, hrefs={}, title="t", table_headers=("Ülke", "Bağ sayısı"))):
        check_accessible(parse(markup))


# --- world map --------------------------------------------------------------------------------------------

COUNTS = {"BA": 16, "DE": 11, "MK": 7, "SE": 3, "XK": 3, "XC": 2, "TR": 5, "MT": 1, "US": 1, "JP": 2}
NAMES = {"BA": "Bosna-Hersek", "DE": "Almanya", "MK": "Kuzey Makedonya", "SE": "İsveç", "XK": "Kosova",
         "XC": "Kuzey Kıbrıs Türk Cumhuriyeti", "TR": "Türkiye", "MT": "Malta", "US": "ABD", "JP": HOSTILE}
HREFS = {code: f"../countries/{code.lower()}/" for code in COUNTS}


def world(**kw):
    args = dict(names=NAMES, hrefs=HREFS, title="Ortak ülkeler", caption="Renk bağ sayısını gösterir.",
                lang="tr", table_headers=("Ülke", "Bağ sayısı"))
    args.update(kw)
    return charts.world_map(COUNTS, **args)


def linked(root: ET.Element) -> dict[str, ET.Element]:
    return {a.get("href").split("/")[-2].upper(): a for a in svgs(root)[0].iter(f"{SVG}a")}


def test_map_draws_small_and_unusual_partners_as_links_with_tooltips():
    root = parse(world())
    check_accessible(root)
    links = linked(root)
    for code in ("SE", "MK", "BA", "XK", "XC"):
        assert links[code].find(f"{SVG}path") is not None, code
        assert links[code].find(f"{SVG}path").get("d").startswith("M")
        assert links[code].find(f"{SVG}title").text == f"{NAMES[code]}: {COUNTS[code]}"
    assert links["MT"].find(f"{SVG}circle") is not None               # too small for 1:110m: a dot
    assert links["TR"].get("class") == "yd-map__home"
    assert links["BA"].get("class") == "yd-map__k4" and links["MK"].get("class") == "yd-map__k3"
    assert links["SE"].get("class") == "yd-map__k2" and links["US"].get("class") == "yd-map__k1"
    # On the world view, countries that the close-up also links are for the mouse only.
    world_links = {a.get("href"): a for a in svgs(root)[0].iter(f"{SVG}a")}
    assert world_links[HREFS["BA"]].get("tabindex") == "-1" and world_links[HREFS["BA"]].get("aria-hidden") == "true"
    assert world_links[HREFS["US"]].get("tabindex") is None
    grey = svgs(root)[0].find(f"{SVG}g")
    assert grey.get("class") == "yd-map__k0" and len(grey) > 100       # countries with nothing


def test_map_has_a_legend_a_close_up_and_a_table_with_the_same_numbers():
    root = parse(world())
    legend = root.find(".//div[@class='yd-map__legend']")
    assert [("".join(li.itertext())) for li in legend.find("ul")] == [
        "Yok", "1", "2–3", "4–7", "8+", "Türkiye (● İstanbul)"]
    assert len(svgs(root)) == 2                                        # world and close-up
    close_up = {a.get("href") for a in svgs(root)[1].iter(f"{SVG}a")}
    assert HREFS["BA"] in close_up and HREFS["US"] not in close_up
    assert table_rows(root) == [(NAMES[c], str(n)) for c, n in COUNTS.items()]
    assert "Bosna-Hersek: 16" in svgs(root)[0].get("aria-label")


def test_map_escapes_names_and_is_deterministic():
    text = str(world())
    assert "<script" not in text and "&lt;script&gt;" in text
    assert text == str(world())
    assert str(bar()) == str(bar())
    rows = [(2014, 1), (2017, 2)]
    assert str(charts.timeline(rows, title="t", table_headers=("Yıl", "Sayı"))) == str(charts.timeline(rows, title="t", table_headers=("Yıl", "Sayı")))


def test_map_size_with_the_portals_data_is_within_budget(portal):
    from macros.data.index import PortalIndex
    index = PortalIndex(portal)
    counts = {code: index.by_country[code].total for code in index.country_codes()}
    names = {code: index.countries.name(code, "tr") for code in counts}
    hrefs = {code: f"../countries/{code.lower()}/" for code in counts}
    markup = charts.world_map(counts, names=names, hrefs=hrefs, title="Ortak ülkeler", lang="tr",
                              table_headers=("Ülke", "Bağ sayısı"))
    size = len(str(markup).encode("utf-8"))
    assert size < MAP_BUDGET, size
    root = parse(markup)
    missing = [code for code in counts if code not in linked(root)]
    assert not missing, f"countries with ties not on the map: {missing}"


def test_map_loads_nothing_from_the_network():
    text = str(world())
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", text)
    assert "<script" not in text and "<image" not in text and "url(" not in text


def test_class_labels():
    assert charts.class_labels((1, 2, 4, 8)) == ["1", "2–3", "4–7", "8+"]
    assert [charts.class_of(n) for n in (0, 1, 2, 3, 4, 7, 8, 100)] == [0, 1, 2, 2, 3, 3, 4, 4]


# --- colours ------------------------------------------------------------------------------------------------

def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)] if len(hex_colour) == 7 else \
        [int(c * 2, 16) / 255 for c in hex_colour.lstrip("#")]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str = "#ffffff") -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_text_colours_meet_wcag_aa():
    # Fallback colours in the SVG, and Material's: body text rgba(0,0,0,.87), light text rgba(0,0,0,.54)
    # (#757575 on white), links and bars indigo #4051b5.
    for colour in (charts.TEXT_FG, charts.MUTED, charts.PRIMARY, "#757575", "#212121"):
        assert contrast(colour) >= 4.5, colour


def test_style_sheet_defines_every_class_the_charts_use():
    css = (ROOT / "overrides" / "assets" / "stylesheets" / "charts.css").read_text(encoding="utf-8")
    used = set(re.findall(r'class="([^"]+)"', str(world()) + str(bar()) + str(charts.timeline([(1, 1)], title="t", table_headers=("Yıl", "Sayı")))))
    for cls in {c for group in used for c in group.split()}:
        if cls in ("yd-table", "yd-chart--bar", "yd-chart--timeline", "yd-chart--map", "yd-map__world"):  # hooks only
            continue
        assert f".{cls}" in css, cls
    assert "http" not in css.replace("http://www.w3.org/2000/svg", "")    # no web fonts, no remote images


# --- geometry -----------------------------------------------------------------------------------------------

def test_world_json_is_keyed_by_alpha_2_without_antarctica():
    geo = json.loads((ROOT / "macros" / "render" / "geo" / "world.json").read_text(encoding="utf-8"))
    codes = set(geo["countries"])
    assert "AQ" not in codes
    assert {"XK", "XC", "SE", "MK", "BA", "TR", "MT"} <= codes
    for code in codes - {"XK", "XC"}:
        assert pycountry.countries.get(alpha_2=code) is not None, code
    assert list(geo["countries"]) == sorted(codes)                    # stable order
    for shape in geo["countries"].values():
        assert ("d" in shape) != ("point" in shape)
        if "d" in shape:
            assert re.fullmatch(r"(M-?\d+ -?\d+(l[-\d ]+)?z)+", shape["d"]), shape["d"][:40]
    assert (ROOT / "macros" / "render" / "geo" / "README.md").exists()


def _builder():
    spec = importlib.util.spec_from_file_location("build_geometry", ROOT / "macros" / "render" / "geo" / "build_geometry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_topojson_decoding_and_antimeridian_cut():
    b = _builder()
    topology = {"transform": {"scale": [1, 1], "translate": [-180, -90]},
                "arcs": [[[0, 0], [10, 0], [0, 10]], [[10, 10], [-10, 0], [0, -10]]]}
    arcs = b.decode_arcs(topology)
    assert arcs[0] == [(-180, -90), (-170, -90), (-170, -80)]
    ring = b.stitch([0, 1], arcs)
    assert ring[0] == ring[-1] and len(ring) == 5
    assert b.stitch([~1], arcs)[0] == (-180, -90)
    # A square from 170°E to 170°W: two pieces, one on each side of 180°.
    pieces = b.cut_antimeridian([(170, 0), (-170, 0), (-170, 10), (170, 10)])
    spans = sorted((min(p[0] for p in piece), max(p[0] for p in piece)) for piece in pieces)
    assert spans == [(-180, -170), (170, 180)]
    assert b.path_of([[(0, 0), (3, 0), (3, -4), (0, 0)]]) == "M0 0l3 0 0-4z"


# --- charts that must not grow with the data (stats and countries pages) ---------------------------------

def test_bar_chart_with_a_full_list_elsewhere_shows_the_same_rows_in_chart_and_table_and_links_there():
    root = parse(bar(max_rows=2, full=("Tüm ülkeler", "../countries/")))
    assert len([g for g in svgs(root)[0].iter() if g.get("class") == "yd-chart__bar"]) == 2
    assert table_rows(root) == [("Bosna-Hersek", "16"), ("Almanya", "11")]
    more = root.find("p")
    assert "3 satır daha" in "".join(more.itertext()) and more.find("a").get("href") == "../countries/"


def test_a_chart_drawn_into_a_file_is_embedded_and_the_file_is_a_standalone_svg():
    files = {}
    root = parse(bar(files=files, file_name="chart-x.svg"))
    assert not svgs(root)
    embedded = root.find("object")
    assert embedded.get("data") == "chart-x.svg" and embedded.get("type") == "image/svg+xml"
    assert embedded.get("aria-label", "").startswith("Ülkeler")
    assert table_rows(root)  # the numbers stay in the page
    svg = ET.fromstring(files["chart-x.svg"].split("\n", 1)[1])
    assert svg.tag == f"{SVG}svg" and svg.find(f"{SVG}style") is not None
    links = list(svg.iter(f"{SVG}a"))
    assert links and all(a.get("target") == "_top" for a in links)
    assert "&lt;script" in files["chart-x.svg"] and "<script" not in files["chart-x.svg"]


def test_world_map_into_files_leaves_the_paths_out_of_the_page():
    files = {}
    figure = str(charts.world_map({"DE": 3, "TR": 1}, names={"DE": "Almanya", "TR": "Türkiye"},
                                  hrefs={"DE": "../countries/de/"}, title="Harita", files=files, with_table=False,
                                  table_headers=("Ülke", "Bağ sayısı")))
    assert set(files) == {"map-world.svg", "map-inset.svg"}
    assert "<path" not in figure and "<details" not in figure and len(figure) < 3_000
    assert 'target="_top" href="../countries/de/"' in files["map-inset.svg"]


def test_year_list_with_a_limit_keeps_the_latest_and_says_where_the_rest_are():
    items = [(2014, "a", None), (None, "u", None), (2020, "b", None), (2017, "c", None)]
    root = ET.fromstring(str(charts.year_list(items, title="Liste", limit=2, rest='<a href="../x/">X</a>')))
    assert [li.find("span").text for li in root.find("ol")] == ["2020", "2017"]
    more = root.findall("p")[-1]
    assert "2 kayıt daha" in "".join(more.itertext()) and more.find("a").get("href") == "../x/"
