"""Charts and a world map as inline SVG, drawn in Python at build time.

Pure functions over plain data: the caller passes rows of labels, numbers and links, and gets back
one ``Markup`` block (a ``<figure>``) to place in a page. Nothing is loaded from the network, there is
no JavaScript, and the same input always gives byte-identical output (coordinates are rounded, the
order is the caller's or fixed, there are no generated ids).

Every figure has
- a ``<figcaption>`` (title and caption),
- an ``<svg role="img" aria-label="…">`` whose label summarises the numbers; an SVG that holds links
  is ``role="group"`` with the same label instead (links inside an img are unreachable for screen
  readers, and axe-core's nested-interactive rule fails them as serious),
- the same numbers as an HTML table (``<th scope="col">`` headers) in a ``<details>`` element,
- numbers printed next to the marks (bars, columns) or in the table and tooltips (map), so colour is
  never the only carrier of a value.

Colours and text colours come from Material's CSS variables through the classes in
overrides/assets/stylesheets/charts.css; the SVG carries plain fallback colours as presentation
attributes (CSS wins over them), so a chart is still readable without the style sheet.

Sizes: the bar and column charts are 400 units wide with 13-unit text; the style sheet lets them span
the column on a phone (≈ 358 px at 390 px, so text ≈ 11.6 px) and caps them at 24rem on wider
screens (text ≈ 15.6–18.7 px, like the body text). The map has no text inside the SVG: its legend and
labels are HTML, so they never shrink with the map.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Mapping, Optional, Sequence

from markupsafe import Markup, escape

from ..data.model import HOME_COUNTRY
from ..i18n import label

GEO = Path(__file__).parent / "geo" / "world.json"



def _t(key: str, lang: str, **kw) -> str:
    return label(f"chart_{key}", lang, **kw)


def fmt_int(value: int, lang: str) -> str:
    """1234 -> '1.234' (tr) / '1,234' (en): Babel (i18n.number)."""
    from ..i18n import number
    return number(int(value), lang)


def fmt_percent(value: int, lang: str) -> str:
    """40 -> '%40' (tr) / '40%' (en): Babel's percent pattern of the edition's locale."""
    from babel.numbers import format_percent
    return format_percent(int(value) / 100, locale=lang)


def _num(value: float) -> str:
    """A coordinate with at most one decimal, no trailing zeros (stable across platforms)."""
    text = f"{round(value, 1):.1f}"
    text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)
_IGNORED = re.compile(r"[\x00-\x20\x7f]")   # browsers drop these before reading a scheme


def _href(href: Optional[str]) -> Optional[str]:
    """A link target as given; refused (ValueError) if it has a scheme other than http(s) or mailto."""
    if href is None or href == "":
        return None
    scheme = _SCHEME.match(_IGNORED.sub("", str(href)))
    if scheme and scheme.group(1).lower() not in ("http", "https", "mailto"):
        raise ValueError(f"refusing link target {href!r}: only relative, http(s) and mailto links")
    return str(href)


# --- text measuring (no font metrics at build time: an estimate per character) ----------------

_NARROW = set("iIjlı.,:;'|!()[]ft ")
_WIDE = set("mwMWŞĞÖÜÇ@%")


def text_width(text: str, size: float) -> float:
    """Rough width of a text in a sans-serif font (errs on the wide side)."""
    total = 0.0
    for ch in text:
        if ch in _NARROW:
            total += 0.32
        elif ch in _WIDE:
            total += 0.86
        elif ch.isupper() or ch.isdigit():
            total += 0.66 if ch.isupper() else 0.58
        else:
            total += 0.55
    return total * size


def wrap(text: str, width: float, size: float, lines: int = 2) -> list[str]:
    """Split a label into at most `lines` lines that fit `width`; the last one ends in '…' if cut."""
    if text_width(text, size) <= width:
        return [text]
    words, out, current = text.split(" "), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if text_width(candidate, size) <= width or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) > lines:
        out = out[:lines - 1] + [" ".join(out[lines - 1:])]
    last = out[-1]
    if text_width(last, size) > width:
        while last and text_width(last + "…", size) > width:
            last = last[:-1]
        out[-1] = last.rstrip() + "…"
    return [_cut(line, width, size) for line in out]


def _cut(line: str, width: float, size: float) -> str:
    if text_width(line, size) <= width:
        return line
    while line and text_width(line + "…", size) > width:
        line = line[:-1]
    return line.rstrip() + "…"


# --- shared pieces ------------------------------------------------------------------------------

def _caption(title: str, caption: Optional[str]) -> str:
    note = f'<span class="yd-chart__note">{escape(caption)}</span>' if caption else ""
    return f'<figcaption><span class="yd-chart__title">{escape(title)}</span>{note}</figcaption>'


def _table(headers: Sequence[str], rows: Iterable[tuple], lang: str) -> str:
    """rows: (label, href_or_None, value, ...); the first cell is the row header, numbers right-aligned."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    body = []
    for label, href, *values in rows:  # noqa: F402 - a row's label, not i18n.label
        first = f'<a href="{escape(href)}">{escape(label)}</a>' if href else escape(label)
        cells = "".join(f'<td class="yd-chart__num">{escape(fmt_int(v, lang) if isinstance(v, int) else v)}</td>'
                        for v in values)
        body.append(f'<tr><th scope="row">{first}</th>{cells}</tr>')
    return (f'<details class="yd-chart__data"><summary>{escape(_t("show_table", lang))}</summary>'
            f'<div class="yd-table"><table><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div></details>')


def _summary(title: str, pairs: Sequence[tuple[str, str]], lang: str, limit: int = 8, extra: str = "") -> str:
    shown = "; ".join(_t("colon", lang, label=label, value=value) for label, value in pairs[:limit])
    more = f"; {_t('summary_more', lang, n=len(pairs) - limit)}" if len(pairs) > limit else ""
    parts = [title]
    if extra:
        parts.append(extra)
    if shown:
        parts.append(shown + more)
    return ". ".join(parts) + "."


def _figure(kind: str, inner: list[str]) -> Markup:
    # One line per element and no blank lines: the same bytes as the templates' output (templates.strip_lines).
    return Markup(f'<figure class="yd-chart yd-chart--{kind}">' + "\n".join(inner) + "</figure>")


def _svg_open(cls: str, width: float, height: float, label: str, x: float = 0, y: float = 0,
              extra: str = "", interactive: bool = False) -> str:
    """The SVG root. A picture is ``role="img"``; one that holds links is ``role="group"`` with the same
    label: ARIA makes the children of an img presentational, so links inside one are "nested
    interactive" (axe-core reports it as serious) and a screen reader could not reach them."""
    role = "group" if interactive else "img"
    return (f'<svg class="{cls}" viewBox="{_num(x)} {_num(y)} {_num(width)} {_num(height)}" '
            f'role="{role}" aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg"{extra}>')


# --- horizontal bar chart -------------------------------------------------------------------------

W = 400          # viewBox width of bar and column charts
FS = 13          # font size in viewBox units (≥ 11 px when the chart is ≥ 338 px wide)
BAR = 16         # bar thickness
ROW = 24         # row pitch for one-line labels
LINE = 14        # extra height of each further label line
GAP = 6          # space between label, bar and value
PRIMARY = "#4051b5"   # fallbacks when charts.css is not loaded: Material's indigo and body text colours
TEXT_FG = "#222"
MUTED = "#666"


def bar_chart(rows: Sequence[tuple[str, int, Optional[str]]], *, title: str, caption: Optional[str] = None,
              value_label: str, table_headers: Optional[Sequence[str]] = None, lang: str = "tr",
              max_rows: Optional[int] = None, full: Optional[tuple[str, str]] = None,
              files: Optional[dict] = None, file_name: str = "",
              fmt: Callable[[int, str], str] = fmt_int) -> Markup:
    """Horizontal bars in the order given: ``rows`` = [(label, value, href_or_None), ...].

    Labels are links where an href is given (the whole row is the link, so it is a large target and
    keyboard-focusable); each bar has its value printed at its end. ``max_rows`` draws only the first
    rows (the table still has all of them, and a note says so). ``table_headers`` = (label column,
    value column); by default ("", value_label).

    ``full`` = (link text, href) of the place with every row (a list page, a CSV): the table then has
    the drawn rows only, and the note under the chart links there; a page stays small however many
    rows there are. ``files``/``file_name``: the SVG goes into ``files`` and the figure embeds it
    (see world_map).
    """
    rows = [(str(label), int(value), _href(href)) for label, value, href in rows]
    headers = tuple(table_headers) if table_headers else ("", value_label)
    drawn = rows[:max_rows] if max_rows else rows
    label = _summary(title, [(lab, fmt(v, lang)) for lab, v, _ in rows], lang, extra=value_label)
    inner = [_caption(title, caption), _place(_bars_svg(drawn, label, value_label, lang, fmt), label, files, file_name)]
    if max_rows and len(rows) > max_rows:
        if full:
            inner.append(f'<p class="yd-chart__more">'
                         f'{escape(_t("more_rows_elsewhere", lang, shown=max_rows, n=len(rows) - max_rows))} '
                         f'<a href="{escape(_href(full[1]))}">{escape(full[0])}</a></p>')
        else:
            inner.append(f'<p class="yd-chart__more">'
                         f'{escape(_t("more_rows", lang, shown=max_rows, n=len(rows) - max_rows))}</p>')
    inner.append(_table(headers, [(lab, href, fmt(v, lang)) for lab, v, href in (drawn if full else rows)], lang))
    return _figure("bar", inner)


def _place(svg: str, label: str, files: Optional[dict], name: str, cls: str = "yd-chart__svg") -> str:
    """The SVG itself, or (with ``files``) an <object> that embeds it from a file beside the page."""
    if files is None:
        return svg
    files[name] = _standalone(svg)
    # The label names it (the same summary as the inline SVG's); no fallback text repeating it: the
    # table under every chart has the numbers.
    return (f'<object class="{cls}" data="{escape(name)}" type="image/svg+xml" '
            f'aria-label="{escape(label)}"></object>')


def _bars_svg(rows: Sequence[tuple[str, int, Optional[str]]], aria_label: str, value_label: str, lang: str,
              fmt: Callable[[int, str], str] = fmt_int) -> str:
    biggest = max((v for _, v, _ in rows), default=0)
    longest = max((text_width(label, FS) for label, _, _ in rows), default=0)
    label_w = min(longest, W * 0.42)
    value_w = max((text_width(fmt(v, lang), FS) for _, v, _ in rows), default=0)
    x0 = label_w + GAP
    span = max(W - x0 - GAP - value_w - 2, 10)

    parts, y = [], 4
    for label, value, href in rows:  # noqa: F402 - a row's label, not i18n.label
        lines = wrap(label, label_w, FS)
        height = ROW + LINE * (len(lines) - 1)
        mid = y + height / 2
        length = span * value / biggest if biggest else 0
        first = mid - (len(lines) - 1) * LINE / 2
        text = "".join(f'<tspan x="{_num(label_w)}" y="{_num(first + i * LINE)}">{escape(line)}</tspan>'
                       for i, line in enumerate(lines))
        tip = escape(_t("colon", lang, label=label, value=f"{fmt(value, lang)} ({value_label})"))
        row = (f'<title>{tip}</title>'
               f'<rect class="yd-chart__hit" x="0" y="{_num(y)}" width="{W}" height="{_num(height)}" fill="none"/>'
               f'<text class="yd-chart__label" text-anchor="end" dominant-baseline="central">{text}</text>'
               + (f'<rect class="yd-chart__bar" x="{_num(x0)}" y="{_num(mid - BAR / 2)}" width="{_num(length)}" '
                  f'height="{BAR}" fill="{PRIMARY}"/>' if length > 0 else "")
               + f'<text class="yd-chart__value" x="{_num(x0 + length + GAP)}" y="{_num(mid)}" '
                 f'dominant-baseline="central">{escape(fmt(value, lang))}</text>')
        parts.append(f'<a href="{escape(href)}">{row}</a>' if href else f"<g>{row}</g>")
        y += height
    height = y + 4
    if not rows:
        parts.append(f'<text class="yd-chart__value" x="{W // 2}" y="16" text-anchor="middle">'
                     f'{escape(_t("no_data", lang))}</text>')
        height = 28
    return (_svg_open("yd-chart__svg", W, height, aria_label, interactive=any(h for _, _, h in rows))
            + f'<g font-size="{FS}" fill="{TEXT_FG}">' + "".join(parts) + "</g></svg>")


# --- timeline: columns by year -----------------------------------------------------------------------

PLOT_H = 120     # tallest column


def timeline(rows: Sequence[tuple[int, int]], *, title: str, table_headers: Sequence[str],
             caption: Optional[str] = None, lang: str = "tr", undated: int = 0,
             value_label: Optional[str] = None, layout: str = "auto",
             files: Optional[dict] = None, file_name: str = "") -> Markup:
    """Counts by year as columns, one slot per year from the first to the last (empty years stay as gaps).

    ``rows`` = [(year, count), ...] in any order; a year given twice is added up. ``undated`` is the
    number of records without a date: it is said under the chart and in the table. Year labels turn
    upright when slots are narrow; with too many years for the values to fit above their columns
    (more than about 20), or with ``layout="rows"``, the years are drawn as horizontal bars instead.
    """
    counts: dict[int, int] = {}
    for year, count in rows:
        counts[int(year)] = counts.get(int(year), 0) + int(count)
    years = list(range(min(counts), max(counts) + 1)) if counts else []
    series = [(year, counts.get(year, 0)) for year in years]
    value_label = value_label or table_headers[-1]
    table_rows = [(str(year), None, count) for year, count in series]
    if undated:
        table_rows.append((_t("undated", lang), None, int(undated)))
    note = (f'<p class="yd-chart__more">{escape(_t("undated_note", lang, n=fmt_int(undated, lang)))}</p>'
            if undated else "")

    pitch = W / len(years) if years else W
    extra = _t("years", lang, first=years[0], last=years[-1]) if years else ""
    label = _summary(title, [(str(y), fmt_int(c, lang)) for y, c in series if c], lang, limit=12,
                     extra=f"{value_label}, {extra}" if extra else value_label)
    if undated:
        label = label[:-1] + f". {_t('undated_note', lang, n=fmt_int(undated, lang))}."
    # Columns need room for an upright year below them and an upright value above (about 25 years).
    need = FS + 3
    if layout == "rows" or (layout == "auto" and pitch < need):
        svg = _bars_svg([(str(y), c, None) for y, c in series], label, value_label, lang)
    else:
        svg = _columns_svg(series, pitch, label, value_label, lang)
    inner = [_caption(title, caption), _place(svg, label, files, file_name)]
    if note:
        inner.append(note)
    inner.append(_table(table_headers, table_rows, lang))
    return _figure("timeline", inner)


def _columns_svg(series: list[tuple[int, int]], pitch: float, aria_label: str, value_label: str, lang: str) -> str:
    biggest = max((c for _, c in series), default=0)
    upright = pitch < text_width("0000", FS) + 4
    value_w = text_width(fmt_int(biggest, lang), FS)
    upright_values = pitch < value_w + 4
    top = (value_w + 8) if upright_values else FS + 8
    bottom = text_width("0000", FS) + 10 if upright else FS + 10
    height = top + PLOT_H + bottom
    col = min(pitch * 0.7, 40)
    parts = []
    for i, (year, count) in enumerate(series):
        cx = pitch * (i + 0.5)
        h = PLOT_H * count / biggest if biggest else 0
        if count:
            tip = escape(_t("colon", lang, label=str(year), value=f"{fmt_int(count, lang)} ({value_label})"))
            parts.append(f'<g><title>{tip}</title>'
                         f'<rect class="yd-chart__bar" x="{_num(cx - col / 2)}" y="{_num(top + PLOT_H - h)}" '
                         f'width="{_num(col)}" height="{_num(h)}" fill="{PRIMARY}"/>'
                         + (f'<text class="yd-chart__value" transform="translate({_num(cx)} '
                            f'{_num(top + PLOT_H - h - 4)}) rotate(-90)" dominant-baseline="central">'
                            if upright_values else
                            f'<text class="yd-chart__value" x="{_num(cx)}" y="{_num(top + PLOT_H - h - 5)}" '
                            f'text-anchor="middle">')
                         + f'{escape(fmt_int(count, lang))}</text></g>')
    # Every year is labelled; turned upright when the slots are narrower than a year number.
    base = top + PLOT_H
    for i, (year, _) in enumerate(series):
        x = pitch * (i + 0.5)
        if upright:
            parts.append(f'<text class="yd-chart__axis" transform="translate({_num(x)} {_num(base + 6)}) rotate(-90)" '
                         f'text-anchor="end" dominant-baseline="central" fill="{MUTED}">{year}</text>')
        else:
            parts.append(f'<text class="yd-chart__axis" x="{_num(x)}" y="{_num(base + FS + 4)}" '
                         f'text-anchor="middle" fill="{MUTED}">{year}</text>')
    parts.append(f'<line class="yd-chart__baseline" x1="0" x2="{W}" y1="{_num(top + PLOT_H + .5)}" '
                 f'y2="{_num(top + PLOT_H + .5)}" stroke="{MUTED}"/>')
    if not series:
        parts = [f'<text class="yd-chart__value" x="{W // 2}" y="{_num(height / 2)}" text-anchor="middle">'
                 f'{escape(_t("no_data", lang))}</text>']
    return (_svg_open("yd-chart__svg", W, height, aria_label)
            + f'<g font-size="{FS}" fill="{TEXT_FG}">' + "".join(parts) + "</g></svg>")


def year_list(items: Sequence[tuple[Optional[int], str, Optional[str]]], *, title: str, lang: str = "tr",
              caption: Optional[str] = None, limit: Optional[int] = None, rest: str = "") -> Markup:
    """The list variant of the timeline: items = [(year_or_None, label, href_or_None), ...], grouped by
    year, latest first, undated last; within a year the given order is kept. Plain HTML (no SVG).

    ``limit``: only the latest that many items (dated ones first), so the list does not grow with the
    data; ``rest`` (HTML, already escaped) then says where the others are."""
    groups: dict[Optional[int], list] = {}
    ordered = sorted(items, key=lambda item: (item[0] is None, -(item[0] or 0)))  # stable within a year
    left = len(ordered) - limit if limit is not None and len(ordered) > limit else 0
    for year, label, href in ordered[:limit] if left else ordered:  # noqa: F402 - a row's label, not i18n.label
        groups.setdefault(None if year is None else int(year), []).append((str(label), _href(href)))
    keys = sorted((k for k in groups if k is not None), reverse=True) + ([None] if None in groups else [])
    out = []
    for key in keys:
        entries = "".join(f'<li><a href="{escape(h)}">{escape(lab)}</a></li>' if h else f"<li>{escape(lab)}</li>"
                          for lab, h in groups[key])
        heading = escape(str(key) if key is not None else _t("undated", lang))
        out.append(f'<li><span class="yd-years__year">{heading}</span>'
                   f'<span class="yd-years__count">{escape(fmt_int(len(groups[key]), lang))}</span>'
                   f'<ul>{entries}</ul></li>')
    note = f'<p class="yd-chart__note">{escape(caption)}</p>' if caption else ""
    more = (f'<p class="yd-chart__more">{escape(_t("more_items", lang, n=fmt_int(left, lang)))} {rest}</p>'
            if left else "")
    return Markup(f'<section class="yd-years"><p class="yd-chart__title">{escape(title)}</p>{note}'
                  f'<ol class="yd-years__list">{"".join(out)}</ol>{more}</section>')


# --- world map ---------------------------------------------------------------------------------------

CLASSES = (1, 2, 4, 8)
# Every class, and Türkiye, stands out from "none" by a contrast of at least 3:1 (WCAG 1.4.11): the lightest
# class used to be 1.07:1 against the grey. Material's indigo 400/500/700/900 (evenly spaced in lightness)
# and pink 600. charts.css paints the HTML legend with the same colours (tests/test_map_colours.py).
ZERO_FILL = "#e4e4e4"
CLASS_FILLS = ("#6673c4", "#4a59b8", "#303f9f", "#1a237e")
HOME_FILL = "#d81b60"
DOT_TINY = 48      # a tied country smaller than this (map units) also gets a dot on the world view
DOT_R_WORLD = 30   # ≈ 2.7 px on a phone, 6 px at 800 px
DOT_R_INSET = 6


@lru_cache(maxsize=1)
def geometry() -> dict:
    """The vendored, projected world geometry (macros/render/geo/world.json, built by build_geometry.py)."""
    return json.loads(GEO.read_text(encoding="utf-8"))


def class_labels(classes: Sequence[int] = CLASSES) -> list[str]:
    """(1, 2, 4, 8) -> ['1', '2–3', '4–7', '8+']."""
    out = []
    for i, low in enumerate(classes):
        if i + 1 < len(classes):
            high = classes[i + 1] - 1
            out.append(str(low) if high == low else f"{low}–{high}")
        else:
            out.append(f"{low}+")
    return out


def class_of(count: int, classes: Sequence[int] = CLASSES) -> int:
    """0 for no ties, else 1..len(classes)."""
    k = 0
    for i, low in enumerate(classes):
        if count >= low:
            k = i + 1
    return k


def _overlaps(box: Sequence[float], view: Sequence[float]) -> bool:
    x, y, w, h = view
    return not (box[2] < x or box[0] > x + w or box[3] < y or box[1] > y + h)


def world_map(counts: Mapping[str, int], *, names: Mapping[str, str], hrefs: Mapping[str, Optional[str]], title: str,
              table_headers: Sequence[str], caption: Optional[str] = None, lang: str = "tr",
              home: Optional[str] = HOME_COUNTRY, classes: Sequence[int] = CLASSES, inset: bool = True,
              files: Optional[dict] = None, with_table: bool = True) -> Markup:
    """A choropleth world map of ``counts`` (ISO alpha-2 code, or the portal's XK/XC, -> number).

    Countries with nothing are grey; the others are shaded by class (``classes``: lower bounds, by
    default 1, 2–3, 4–7, 8+) and are links (``hrefs[code]``) with a tooltip "name: n". ``home``
    (Türkiye) is drawn in its own colour with a dot for Istanbul. Countries too small to see get a
    dot; a second panel shows Europe, the Mediterranean and the Middle East up close. The legend and
    panel labels are HTML. The table lists the countries with a count, in the order of ``counts``.

    ``files``: a dict to receive the two maps as SVG files ("map-world.svg", "map-inset.svg": standalone,
    with their own styles, links opening in the whole window); the figure then embeds them with
    ``<object>`` from the page's folder instead of carrying ≈ 60 KB of paths in every build of the page.
    ``with_table=False`` leaves out the table when the page has the same numbers in a table of its own.
    """
    geo = geometry()
    shapes = geo["countries"]
    counts = {code: int(n) for code, n in counts.items()}
    hrefs = {code: _href(h) for code, h in hrefs.items()}
    tied = [code for code, n in counts.items() if n > 0]

    def name(code: str) -> str:
        return str(names.get(code, code))

    def tip(code: str) -> str:
        return escape(_t("colon", lang, label=name(code), value=fmt_int(counts.get(code, 0), lang)))

    def klass(code: str) -> str:
        if home and code == home:
            return "yd-map__home"
        return f"yd-map__k{class_of(counts.get(code, 0), classes)}"

    def fill(code: str) -> str:
        if home and code == home:
            return HOME_FILL
        k = class_of(counts.get(code, 0), classes)
        return ZERO_FILL if k == 0 else CLASS_FILLS[min(k, len(CLASS_FILLS)) - 1]

    view_world = geo["viewBox"]
    view_inset = geo["insets"]["europe"] if inset else None
    city = geo["places"]["istanbul"]

    def in_inset(code: str) -> bool:
        shape = shapes.get(code)
        if not view_inset or not shape:
            return False
        box = shape.get("box") or shape["point"] * 2
        return _overlaps(box, view_inset)

    def panel(view, *, world: bool) -> str:
        """The countries visible in `view`: grey ones in one group, then one element per tied country."""
        grey: list[str] = []
        marked: list[str] = []
        dots: list[str] = []
        for code, shape in shapes.items():   # world.json is sorted by code: stable order
            box = shape.get("box") or shape["point"] * 2
            if not _overlaps(box, view):
                continue
            active = code in tied or (home and code == home)
            if "d" in shape and not active:
                grey.append(f'<path d="{shape["d"]}"/>')
                continue
            if not active:
                continue
            tiny = "point" in shape or (world and max(box[2] - box[0], box[3] - box[1]) < DOT_TINY
                                        and not in_inset(code))
            body = f'<path d="{shape["d"]}"/>' if "d" in shape else ""
            if tiny:
                cx, cy = shape.get("point") or shape["c"]
                r = DOT_R_WORLD if world else DOT_R_INSET
                body += f'<circle class="yd-map__dot" cx="{cx}" cy="{cy}" r="{r}"/>'
            attrs = f' class="{klass(code)}" fill="{fill(code)}"'
            href = hrefs.get(code)
            if href:
                # Countries that the close-up also shows are links there: on the world view they are for
                # the mouse only (not a second tab stop, not read twice).
                focus = ' tabindex="-1" aria-hidden="true"' if world and view_inset and in_inset(code) else ""
                element = f'<a href="{escape(href)}"{attrs}{focus}><title>{tip(code)}</title>{body}</a>'
            else:
                element = f'<g{attrs}><title>{tip(code)}</title>{body}</g>'
            (dots if tiny else marked).append(element)
        frame = ""
        if world and view_inset:
            x, y, w, h = view_inset
            frame = (f'<rect class="yd-map__frame" x="{x}" y="{y}" width="{w}" height="{h}" fill="none" '
                     f'stroke="{MUTED}"/>')
        city_r = DOT_R_WORLD * 0.6 if world else DOT_R_INSET
        home_dot = (f'<circle class="yd-map__city" cx="{city[0]}" cy="{city[1]}" r="{_num(city_r)}"/>'
                    if home else "")
        return (f'<g class="yd-map__k0" fill="{ZERO_FILL}">' + "".join(grey) + "</g>"
                + "".join(marked) + frame + "".join(dots) + home_dot)

    ordered = sorted(tied, key=lambda c: -counts[c])  # stable: ties keep the caller's order
    pairs = [(name(c), fmt_int(counts[c], lang)) for c in ordered]
    summary_extra = _t("map_summary", lang, n=len([c for c in tied if c != home]))
    if home:
        summary_extra += "; " + _t("home_summary", lang)
    world_label = _summary(f"{_t('world_label', lang)}: {title}", pairs, lang, limit=10, extra=summary_extra)
    svg_attrs = ' stroke-linejoin="round"'
    linked_codes = [c for c in tied if hrefs.get(c) and c in shapes]
    def place(name: str, svg: str, label: str) -> str:
        return _place(svg, label, files, name, cls=f"yd-map__svg yd-map__{name[4:-4]}")

    inner = [_caption(title, caption),
             place("map-world.svg",
                   _svg_open("yd-map__svg yd-map__world", view_world[2], view_world[3], world_label,
                             x=view_world[0], y=view_world[1], extra=svg_attrs,
                             interactive=any(not in_inset(c) for c in linked_codes))
                   + panel(view_world, world=True) + "</svg>", world_label)]
    if view_inset:
        inset_codes = [c for c in ordered if in_inset(c)]
        inset_pairs = [(name(c), fmt_int(counts[c], lang)) for c in inset_codes]
        inset_label = _summary(_t("inset_label", lang), inset_pairs, lang, limit=10)
        inner.append(f'<p class="yd-map__panel">{escape(_t("inset", lang))}</p>')
        inner.append(place("map-inset.svg",
                           _svg_open("yd-map__svg yd-map__inset", view_inset[2], view_inset[3], inset_label,
                                     x=view_inset[0], y=view_inset[1], extra=svg_attrs,
                                     interactive=any(in_inset(c) for c in linked_codes))
                           + panel(view_inset, world=False) + "</svg>", inset_label))
    # Legend: HTML, so its text keeps its size whatever the map's.
    keys = [(f"yd-map__k{i + 1}", text) for i, text in enumerate(class_labels(classes))]
    items = [f'<li><span class="yd-map__swatch yd-map__k0" aria-hidden="true"></span>{escape(_t("zero", lang))}</li>']
    items += [f'<li><span class="yd-map__swatch {cls}" aria-hidden="true"></span>{escape(text)}</li>'
              for cls, text in keys]
    if home:
        home_name = names.get(home)
        home_text = _t("home", lang) if home == HOME_COUNTRY or not home_name else f"{home_name} (●)"
        items.append(f'<li><span class="yd-map__swatch yd-map__home" aria-hidden="true"></span>'
                     f'{escape(home_text)}</li>')
    inner.append(f'<div class="yd-map__legend"><span class="yd-map__legend-title">{escape(table_headers[-1])}</span>'
                 f'<ul>{"".join(items)}</ul></div>')
    missing = [name(c) for c in tied if c not in shapes]
    if missing:
        inner.append(f'<p class="yd-chart__more">{escape(_t("not_on_map", lang, names=", ".join(missing)))}</p>')
    if with_table:
        inner.append(_table(table_headers, [(name(c), hrefs.get(c), counts[c]) for c in tied], lang))
    return _figure("map", inner)


# The page's style sheet does not reach into an <object>: the file carries the few rules it needs,
# with the fallback colours (the same as the presentation attributes) for the fills.
_SVG_STYLE = (
    "<style>text{font-family:-apple-system,BlinkMacSystemFont,Helvetica,Arial,sans-serif;fill:#222}"
    ".yd-chart__axis{fill:#666}.yd-chart__baseline{stroke:#666}.yd-chart__bar{fill:#4051b5}"
    ".yd-chart__value{font-variant-numeric:tabular-nums}"
    "a .yd-chart__label{fill:#4051b5;text-decoration:underline}"
    "a:hover .yd-chart__bar,a:focus .yd-chart__bar{fill:#ff1744}.yd-chart__hit{pointer-events:all}"
    "a:focus-visible .yd-chart__hit{stroke:#ff1744;stroke-width:2px}"
    ".yd-map__k0 path,.yd-map__svg path{stroke:#fff;stroke-width:.5px;vector-effect:non-scaling-stroke}"
    ".yd-map__dot,.yd-map__city{stroke:#fff;stroke-width:1px;vector-effect:non-scaling-stroke}"
    ".yd-map__city{fill:#222}"
    ".yd-map__frame{stroke-width:1px;stroke-dasharray:3 2;vector-effect:non-scaling-stroke}"
    "a:hover path,a:hover circle,a:focus-visible path,a:focus-visible circle{stroke:#222;stroke-width:2px}"
    "a:focus{outline:none}</style>"
)


def _standalone(svg: str) -> str:
    """An inline SVG as a file of its own: links replace the whole page, not the embedded map."""
    head, body = svg.split(">", 1)
    body = body.replace("<a href=", '<a target="_top" href=')
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{head}>{_SVG_STYLE}{body}\n'

