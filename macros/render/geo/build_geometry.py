"""Build macros/render/geo/world.json, the vendored world map geometry, from the npm package world-atlas.

Run once (the output is committed; the site build never runs this and never touches the network):

    .venv/bin/python macros/render/geo/build_geometry.py            # fetches world-atlas@2.0.2 with `npm pack`
    .venv/bin/python macros/render/geo/build_geometry.py --package /path/to/world-atlas-2.0.2.tgz   # or an unpacked folder

What it does, in order:

1. Reads ``countries-110m.json`` (Natural Earth 1:110m Admin 0 countries as TopoJSON: quantized,
   delta-encoded arcs plus a transform) and decodes the arcs to longitude/latitude.
2. Projects every point with the Natural Earth I projection (the formula of d3-geo's
   ``geoNaturalEarth1``; Šavrič, Jenny, Patterson & Jenny 2011) and scales the world to 4000 units wide.
3. Simplifies each *arc* (Douglas-Peucker, tolerance ``TOLERANCE`` units) keeping its end points, so that
   borders shared by two countries stay identical on both sides, then rounds every point to whole units.
4. Stitches arcs into rings per country (the rings that cross 180°, Russia's and Fiji's, are cut there
   first: world-atlas leaves that to the renderer's spherical clipping), drops islands smaller than
   ``MIN_AREA`` square units (a country always keeps its largest ring) and writes each country as an SVG
   path with relative moves.
5. Keys countries by ISO 3166-1 alpha-2 (numeric id -> alpha-2 with pycountry). world-atlas gives
   Kosovo and Northern Cyprus no id: they are keyed by ``properties.name`` as XK and XC, the portal's
   codes (data/places.yaml). Somaliland (no id) is drawn as part of Somalia (SO), as ISO 3166 has it.
   Antarctica (AQ) is left out.
6. Countries too small for the 110m file (Malta, Singapore, Bahrain, ...) get a point (the centroid of
   their largest polygon in ``countries-50m.json`` of the same package), drawn as a dot.

The output is deterministic: the same package gives a byte-identical world.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pycountry

PACKAGE = "world-atlas@2.0.2"
OUT = Path(__file__).with_name("world.json")

# 4000 units wide so that the Europe detail panel (about 6x zoom) still has whole-unit precision;
# the whole world drawn 800 px wide is then 5 units per pixel.
WIDTH = 4000          # projected world width in map units (viewBox units)
TOLERANCE = 0.8       # Douglas-Peucker tolerance, map units (most of the 110m detail survives)
MIN_AREA = 8.0        # islands smaller than this many square units are dropped
CROP_SOUTH = -60.0    # latitude below which nothing is drawn (Antarctica is left out anyway)
# The detail panel: Europe, the Mediterranean and the Middle East, where most partners are.
INSETS = {"europe": {"lon": (-11.0, 50.0), "lat": (33.0, 61.0)}}
PLACES = {"istanbul": (28.98, 41.01)}
NAMED = {"Kosovo": "XK", "N. Cyprus": "XC", "Somaliland": "SO"}
SKIP = {"AQ"}


# --- projection ---------------------------------------------------------------------------

def natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """Natural Earth I projection (radians in, unit sphere out; y grows northwards)."""
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


SCALE = WIDTH / (2 * natural_earth(180, 0)[0])


def project(lon: float, lat: float) -> tuple[float, float]:
    """Map units: x from 0 (180°W) to WIDTH (180°E), y downwards from the equator (0)."""
    x, y = natural_earth(lon, max(lat, CROP_SOUTH))
    return x * SCALE + WIDTH / 2, -y * SCALE


# --- TopoJSON -------------------------------------------------------------------------------

def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def polygons_of(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def stitch(ring: list[int], arcs: list[list]) -> list:
    points: list = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def code_of(geometry: dict) -> str | None:
    name = geometry.get("properties", {}).get("name")
    if name in NAMED:
        return NAMED[name]
    numeric = geometry.get("id")
    country = pycountry.countries.get(numeric=numeric) if numeric else None
    return country.alpha_2 if country else None


# --- geometry -------------------------------------------------------------------------------

def douglas_peucker(points: list, tolerance: float) -> list[int]:
    """Indices of the points to keep (always the first and the last)."""
    if len(points) < 3:
        return list(range(len(points)))
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        best, index = -1.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                dist = math.hypot(px - ax, py - ay)
            else:
                dist = abs(dy * px - dx * py + bx * ay - by * ax) / length
            if dist > best:
                best, index = dist, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [i for i, k in enumerate(keep) if k]


def cut_antimeridian(ring: list) -> list[list]:
    """A lon/lat ring that crosses 180° (a jump of more than 180° between two points; world-atlas
    does not cut Russia and Fiji there), as pieces that each stay on one side."""
    unwrapped, shift = [], 0.0
    for i, (lon, lat) in enumerate(ring):
        if i:
            step = lon + shift - unwrapped[-1][0]
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        unwrapped.append((lon + shift, lat))
    pieces = []
    for keep_east, offset in ((False, 0.0), (True, -360.0)):
        for wrap in (0.0, 360.0, -360.0):   # the unwrapped ring may lie around +180 or -180
            moved = [(lon + wrap, lat) for lon, lat in unwrapped]
            piece = clip_half(moved, 180.0, keep_east)
            if len(piece) >= 3 and area(piece) > 1e-9:
                pieces.append([(lon + offset, lat) for lon, lat in piece])
                break
    return pieces


def clip_half(ring: list, x: float, keep_greater: bool) -> list:
    """Sutherland-Hodgman: the part of a ring on one side of the line lon = x."""
    inside = (lambda p: p[0] >= x) if keep_greater else (lambda p: p[0] <= x)
    out = []
    for i, current in enumerate(ring):
        previous = ring[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(_cross(previous, current, x))
            out.append(current)
        elif inside(previous):
            out.append(_cross(previous, current, x))
    return out


def _cross(a: tuple, b: tuple, x: float) -> tuple:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def dedupe(points: list) -> list:
    out: list = []
    for p in points:
        if not out or p != out[-1]:
            out.append(p)
    return out


def area(ring: list) -> float:
    return abs(signed_area(ring))


def signed_area(ring: list) -> float:
    total = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        total += x0 * y1 - x1 * y0
    return total / 2


def centroid(ring: list) -> tuple[float, float]:
    a = signed_area(ring)
    if a == 0:
        xs, ys = zip(*ring)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        f = x0 * y1 - x1 * y0
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    return cx / (6 * a), cy / (6 * a)


def path_of(rings: list) -> str:
    """SVG path data: absolute move, then relative line segments (short integers)."""
    parts = []
    for ring in rings:
        if ring[0] == ring[-1]:
            ring = ring[:-1]
        (x, y), rest = ring[0], ring[1:]
        d = [f"M{x} {y}"]
        if rest:
            steps = []
            for nx, ny in rest:
                steps.append((nx - x, ny - y))
                x, y = nx, ny
            d.append("l" + "".join(_pair(dx, dy, i == 0) for i, (dx, dy) in enumerate(steps)))
        d.append("z")
        parts.append("".join(d))
    return "".join(parts)


def _pair(dx: int, dy: int, first: bool) -> str:
    # A minus sign separates numbers by itself; otherwise one space is needed.
    sx = str(dx) if first or dx < 0 else f" {dx}"
    sy = str(dy) if dy < 0 else f" {dy}"
    return sx + sy


# --- build ------------------------------------------------------------------------------------

def load_package(package: str | None) -> tuple[dict, dict, str]:
    """(countries-110m, countries-50m, checksums of both): from a .tgz, an unpacked folder, or npm pack."""
    if package and Path(package).is_dir():
        root = Path(package)
        read = lambda name: (root / name).read_bytes()  # noqa: E731
    else:
        if package:
            tgz = Path(package)
        else:
            tmp = Path(tempfile.mkdtemp(prefix="world-atlas-"))
            out = subprocess.run(["npm", "pack", PACKAGE], cwd=tmp, check=True, capture_output=True, text=True)
            tgz = tmp / out.stdout.strip().splitlines()[-1]
        tar = tarfile.open(tgz)
        read = lambda name: tar.extractfile(f"package/{name}").read()  # noqa: E731
    raw110, raw50 = read("countries-110m.json"), read("countries-50m.json")
    label = (f"countries-110m.json sha256 {hashlib.sha256(raw110).hexdigest()}, "
             f"countries-50m.json sha256 {hashlib.sha256(raw50).hexdigest()}")
    return json.loads(raw110), json.loads(raw50), label


def build(topo110: dict, topo50: dict, source: str) -> dict:
    lonlat = decode_arcs(topo110)
    arcs = [[project(lon, lat) for lon, lat in arc] for arc in lonlat]
    kept = [douglas_peucker(arc, TOLERANCE) for arc in arcs]
    simple = [dedupe([(round(arc[i][0]), round(arc[i][1])) for i in idx]) for arc, idx in zip(arcs, kept)]
    simple_lonlat = [[arc[i] for i in idx] for arc, idx in zip(lonlat, kept)]

    rings_by_code: dict[str, list] = {}
    for geometry in topo110["objects"]["countries"]["geometries"]:
        code = code_of(geometry)
        if code is None:
            raise SystemExit(f"no ISO code for {geometry.get('id')} {geometry.get('properties')}")
        if code in SKIP:
            continue
        for polygon in polygons_of(geometry):
            for ring in polygon:
                around = stitch(ring, simple_lonlat)
                if any(abs(b[0] - a[0]) > 180 for a, b in zip(around, around[1:])):
                    candidates = [[(round(x), round(y)) for x, y in (project(lon, lat) for lon, lat in piece)]
                                  for piece in cut_antimeridian(around)]
                else:
                    candidates = [stitch(ring, simple)]
                for points in candidates:
                    points = dedupe(points)
                    if points and points[0] == points[-1]:
                        points = points[:-1]
                    if len(points) >= 3:
                        rings_by_code.setdefault(code, []).append(points)

    countries: dict[str, dict] = {}
    for code, rings in rings_by_code.items():
        biggest = max(rings, key=area)
        drawn = [r for r in rings if r is biggest or area(r) >= MIN_AREA]
        xs = [x for r in drawn for x, _ in r]
        ys = [y for r in drawn for _, y in r]
        cx, cy = centroid(biggest)
        countries[code] = {"d": path_of([r + r[:1] for r in drawn]), "box": [min(xs), min(ys), max(xs), max(ys)],
                           "c": [round(cx), round(cy)]}

    # Countries missing from the 110m file: a point from the 50m file.
    arcs50 = [[project(lon, lat) for lon, lat in arc] for arc in decode_arcs(topo50)]
    for geometry in topo50["objects"]["countries"]["geometries"]:
        code = code_of(geometry)
        if code is None or code in countries or code in SKIP:
            continue
        rings = [stitch(polygon[0], arcs50) for polygon in polygons_of(geometry)]
        rings = [r for r in rings if len(r) >= 3]
        if not rings:
            continue
        cx, cy = centroid(max(rings, key=area))
        countries[code] = {"point": [round(cx), round(cy)]}

    boxes = [c["box"] for c in countries.values() if "box" in c]
    top = min(b[1] for b in boxes) - 4
    bottom = max(b[3] for b in boxes) + 4
    insets = {}
    for name, spec in INSETS.items():
        (lon0, lon1), (lat0, lat1) = spec["lon"], spec["lat"]
        corners = [project(lon, lat) for lon in (lon0, lon1) for lat in (lat0, lat1)]
        corners += [project((lon0 + lon1) / 2, lat) for lat in (lat0, lat1)]   # the parallels bulge
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        insets[name] = [round(min(xs)), round(min(ys)), round(max(xs) - min(xs)), round(max(ys) - min(ys))]
    return {
        "about": "Natural Earth 1:110m Admin 0 countries (public domain) via the npm package world-atlas "
                 "(ISC), projected with Natural Earth I and simplified by macros/render/geo/build_geometry.py. "
                 "See macros/render/geo/README.md.",
        "source": f"{PACKAGE}: {source}",
        "projection": "Natural Earth I",
        "simplify": {"tolerance": TOLERANCE, "min_area": MIN_AREA},
        "viewBox": [0, top, WIDTH, bottom - top],
        "insets": insets,
        "places": {name: [round(v) for v in project(lon, lat)] for name, (lon, lat) in PLACES.items()},
        "countries": dict(sorted(countries.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", help="world-atlas .tgz or unpacked folder (default: npm pack " + PACKAGE + ")")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    topo110, topo50, source = load_package(args.package)
    world = build(topo110, topo50, source)
    text = json.dumps(world, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    shapes = sum(1 for c in world["countries"].values() if "d" in c)
    points = len(world["countries"]) - shapes
    print(f"wrote {args.out}: {len(text.encode())} bytes, {shapes} countries drawn, {points} as points",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
