"""Synthetic data folders at ×N the size of the real data, valid for the real loader.

    python -m benchmarks.generate --scale 10 --out /tmp/data-x10 [--seed 2024]

Scale 1 is a copy of data/. Scale N keeps that copy (the 39 real district files and the
reference files, byte for byte) and adds synthetic municipalities holding (N-1) × the real
number of records of each kind, so ×N has N × the real records (×100: about 12,100 records)
spread over 14·N municipalities (×10: 140, ×100: 1,400; at least one new municipality per 12
new records, so ×2 has 50), a third of the new ones empty, like the real data.

Every synthetic record is a real record of the same kind used as a template: its text is
kept (Turkish punctuation, lengths), the municipality name in it is swapped for the new
one, sentences are dropped or borrowed from other records, years moved; partners, countries
(real ISO 3166-1 codes from pycountry), dates, networks and links to agreements are varied.
Ids are unique and made with the portal's own `slugify`; each file is named after its slug.

Deterministic: `random.Random` seeded from (seed, scale), no set or dict order that depends
on hashing, so the same seed gives byte-identical files. `generate` ends by loading the
folder with the real loader and validator (`macros.data.dataset.load_portal`, nothing bypassed)
and checks the record counts.
"""
from __future__ import annotations

import argparse
import copy
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros.data import kinds, model  # noqa: E402
from macros.data.countries import Countries  # noqa: E402
from macros.data.load import load_yaml  # noqa: E402
from macros.data.dataset import load_portal  # noqa: E402
from macros.data.text import slugify  # noqa: E402

REAL_DATA = ROOT / "data"
REFERENCE_FILES = ("sources.yaml", "networks.yaml", "programmes.yaml", "places.yaml")
KINDS = tuple(kinds.RECORD_KINDS)  # the published record kinds: agreements, memberships, projects, activities
DEFAULT_SEED = 2024
DISTRICTS_PER_SCALE = 14  # ×100 -> 1,400 municipalities
EMPTY_SHARE = 1 / 3       # 13 of the 39 real municipalities have no record
HEADER = "# yaml-language-server: $schema=../../schema/district.schema.json\n"
LATEST_YEAR = 2024        # dates must not lie in the future

# Parts of Turkish place names: "Kocaköy", "Çağlayan Şişe", "Işıklıdere", "İnciova".
PREFIXES = [
    "Koca", "Çağlayan", "Şişe", "Gül", "Yeşil", "Kara", "Ak", "Değirmen", "Çınar", "Işık", "İnci", "Ören",
    "Sarı", "Ilıca", "Güneş", "Bağ", "Dere", "Tepe", "Kavak", "Söğüt", "Çam", "Meşe", "Pınar", "Yıldız",
    "Ay", "Deniz", "Bulut", "Kuş", "Şahin", "Doğan", "Kartal", "Ova", "Taş", "Demir", "Altın", "Gümüş",
    "Bakır", "Yayla", "Köprü", "Han", "Hisar", "Kale", "Saray", "Çiftlik", "Eski", "Yeni", "Büyük",
    "Küçük", "Orta", "Üç", "Beş", "Çeşme", "Gökçe", "Erik", "Zeytin", "Ihlamur", "Lale", "Menekşe", "Şelale",
]
SUFFIXES = [
    "köy", "dere", "tepe", "bahçe", "pınar", "ova", "yurt", "kent", "ören", "çeşme", "lı", "ler", "ağaç",
    "kaya", "su", "bük", "yaka", "alan", "evler", "şehir", "hisar", "köprü", "yazı", "çayır",
]
# Syllables for foreign partner towns, with the diacritics such names carry.
SYLLABLES = [
    "va", "lo", "ri", "ka", "de", "mi", "no", "sta", "bur", "gra", "dov", "ne", "za", "ši", "ła", "ké", "ro",
    "ta", "lin", "ho", "vé", "ga", "ön", "ja", "pe", "ma", "ny", "or", "çe", "ây", "ă", "ţi", "sk", "an",
]
TITLE_TAILS = ["II", "III", "(2. Aşama)", "– Pilot Uygulama", "Gençlik Ayağı", "(Yaz Dönemi)"]
_YEAR = re.compile(r"\b(?:19[6-9]\d|20[0-2]\d)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÇĞİÖŞÜ“‘\"0-9])")


def _plain(node):
    """macros.data.load Node -> plain data (dates stay text, as the loader keeps them)."""
    value = node.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _read(path: Path):
    node, problems = load_yaml(path, path.name)
    if node is None or problems:
        raise ValueError(f"{path}: cannot be read: {problems}")
    return _plain(node)


def _tr_upper(text: str) -> str:
    return text.replace("i", "İ").replace("ı", "I").upper()


@dataclass
class Templates:
    """What the real data offers to copy from."""
    districts: list[dict]
    records: dict[str, list[tuple[dict, str]]] = field(default_factory=dict)  # kind -> (record, district name)
    networks: list[dict] = field(default_factory=list)
    agreement_countries: list[str] = field(default_factory=list)  # with repetition: real frequencies
    sentences: dict[str, list[str]] = field(default_factory=dict)
    nonempty_counts: list[int] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)  # data/places.yaml: codes beyond ISO 3166-1
    # Sources whose quotes are checked against a kept excerpt: a synthetic text cannot quote them.
    excerpted: set[str] = field(default_factory=set)


def read_templates(data_dir: Path = REAL_DATA) -> Templates:
    districts = [_read(p) for p in sorted((data_dir / "districts").glob("*.yaml"))]
    t = Templates(districts=districts)
    for kind in KINDS:
        t.records[kind] = [(r, d["name"]) for d in districts for r in d.get(kind, [])]
    t.networks = _read(data_dir / "networks.yaml")["networks"]
    t.places = _read(data_dir / "places.yaml")["countries"]
    t.agreement_countries = [r["country"] for r, _ in t.records["agreements"]]
    t.excerpted = {s["id"] for d in districts for s in d.get("sources", []) if s.get("excerpt")}
    for kind in ("projects", "activities"):
        pool = []
        for r, _ in t.records[kind]:
            pool += [s.strip() for s in _SENTENCE.split(r["description"]) if len(s.strip()) > 25]
        t.sentences[kind] = pool
    t.nonempty_counts = [n for n in (sum(len(d.get(k, [])) for k in KINDS) for d in districts) if n]
    return t


def real_counts(t: Templates) -> dict[str, int]:
    return {kind: len(t.records[kind]) for kind in KINDS}


class _Synth:
    def __init__(self, templates: Templates, rng: random.Random, taken_ids: set[str]):
        self.t = templates
        self.rng = rng
        self.ids = taken_ids
        self.countries = Countries(tuple(model.CountryEntity(**c) for c in templates.places))
        self.all_codes = sorted(c.alpha_2 for c in pycountry.countries if c.alpha_2 != "TR")

    # --- small pieces ---------------------------------------------------------------------

    def unique_id(self, *parts: str) -> str:
        base = slugify("-".join(parts))[:60].strip("-")
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        self.ids.add(candidate)
        return candidate

    def country(self) -> str:
        if self.rng.random() < 0.5:
            return self.rng.choice(self.t.agreement_countries)
        return self.rng.choice(self.all_codes)

    def town(self) -> str:
        rng = self.rng
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        name = name[0].upper() + name[1:]
        if rng.random() < 0.15:
            name += " " + "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        return name

    def date(self, precision: int | None = None) -> str:
        rng = self.rng
        year = rng.randint(1995, LATEST_YEAR)
        precision = precision if precision is not None else rng.choice((1, 1, 2, 3))
        if precision == 1:
            return str(year)
        if precision == 2:
            return f"{year}-{rng.randint(1, 12):02d}"
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def vary(self, text: str, kind: str) -> str:
        """Same register and length distribution: drop the last sentence, borrow one, move years."""
        rng = self.rng
        sentences = _SENTENCE.split(text)
        r = rng.random()
        if r < 0.2 and len(sentences) > 1:
            text = " ".join(sentences[:-1])
        elif r < 0.45 and self.t.sentences.get(kind):
            extra = rng.choice(self.t.sentences[kind])
            text = text.rstrip() + (" " if text.rstrip().endswith((".", "!", "?")) else ". ") + extra
        text = _YEAR.sub(lambda m: str(rng.randint(2005, LATEST_YEAR)) if rng.random() < 0.5 else m.group(0), text)
        return text.strip()

    @staticmethod
    def swapper(old: str, new: str):
        def swap(text: str) -> str:
            return text.replace(old, new).replace(_tr_upper(old), _tr_upper(new))
        return swap

    def cite(self, sources: list[dict], old_text: str | None, new_text: str | None, swap) -> list[dict]:
        """The template's citations for a synthetic record: claims dropped, quotes rewritten where allowed."""
        out = []
        for c in sources:
            c = {k: v for k, v in c.items() if k in ("source", "table", "section", "quote")}
            if c["source"] in self.t.excerpted:
                c.pop("quote", None)
            elif "quote" in c:
                c["quote"] = new_text if (old_text is not None and c["quote"] == old_text) else swap(c["quote"])
            out.append(c)
        return out

    # --- records --------------------------------------------------------------------------

    def agreement(self, slug: str, name: str) -> dict:
        rng = self.rng
        tpl, old = rng.choice(self.t.records["agreements"])
        swap = self.swapper(old, name)
        keep_partner = rng.random() < 0.3
        if keep_partner:
            country = tpl["country"]
            partner = dict(tpl["partner"])
        else:
            country = self.country()
            town = self.town()
            if rng.random() < 0.2:
                town += " Belediyesi"
            partner = {"as_written": town}
            r = rng.random()
            if r < 0.4:
                partner["name"] = town.replace(" Belediyesi", "")
            elif r < 0.6:
                partner["name"] = town.replace("ö", "o").replace("ă", "a").replace(" Belediyesi", "")
        rec = {"id": self.unique_id(slug, partner["as_written"]), "partner": partner, "country": country}
        if keep_partner and "subdivision" in tpl:
            rec["subdivision"] = tpl["subdivision"]
        rec["kind"] = tpl["kind"] if rng.random() < 0.7 else rng.choice(model.AGREEMENT_KINDS)
        status = tpl.get("status", "unknown") if rng.random() < 0.6 else rng.choice(model.AGREEMENT_STATUSES)
        if "note" in tpl:
            rec["note"], rec["note_en"] = swap(tpl["note"]), swap(tpl["note_en"])
        quote = f"{partner['as_written']}-{self.countries.name(country, 'tr')}"
        rec["sources"] = self.cite(tpl["sources"], None, None, lambda _: quote)
        if status != "unknown":  # a status rests on a citation that shows it, as of a date
            rec["status"], rec["status_as_of"] = status, self.date(1)
            rec["sources"][0]["status"] = status
        if rng.random() < 0.1:
            rec["council_decision"] = {"date": self.date(3), "number": f"{rng.randint(1, 400)}",
                                       "sources": [{"source": rec["sources"][0]["source"]}]}
        return rec

    def membership(self, slug: str, name: str) -> dict:
        rng = self.rng
        tpl, old = rng.choice(self.t.records["memberships"])
        swap = self.swapper(old, name)
        network = rng.choice(self.t.networks)
        as_written = swap(tpl["as_written"]) if network["id"] == tpl["network"] else network["name"]
        rec = {"id": self.unique_id(slug, network["id"]), "network": network["id"], "as_written": as_written}
        if rng.random() < 0.3:
            rec["since"] = self.date(1)
        rec["sources"] = self.cite(tpl["sources"], tpl["as_written"], as_written, swap)
        return rec

    def _links(self, tpl: dict, agreements: list[str]) -> list[str]:
        if agreements and ("agreements" in tpl or self.rng.random() < 0.1):
            return [self.rng.choice(agreements)]
        return []

    def project(self, slug: str, name: str, agreements: list[str]) -> dict:
        rng = self.rng
        tpl, old = rng.choice(self.t.records["projects"])
        swap = self.swapper(old, name)
        title = swap(tpl["title"])
        r = rng.random()
        if r < 0.35:
            title = f"{title} {rng.choice(TITLE_TAILS)}"
        elif r < 0.55 and name not in title:
            title = f"{name} {title}"
        description = self.vary(swap(tpl["description"]), "projects")
        rec = {"id": self.unique_id(slug, title), "title": title}
        if "title_en" in tpl:
            rec["title_en"] = tpl["title_en"]
        rec["description"] = description
        rec["description_en"] = swap(tpl["description_en"])
        for key in ("programme", "funder"):
            if key in tpl:
                rec[key] = swap(tpl[key]) if key != "programme" else tpl[key]
        if "partners" in tpl:
            partners = copy.deepcopy(tpl["partners"])
            for p in partners:
                if "country" in p and rng.random() < 0.3:
                    p["country"] = self.country()
            rec["partners"] = partners
        if "countries" in tpl or rng.random() < 0.15:
            codes = list(tpl.get("countries", []))
            if not codes or rng.random() < 0.5:
                codes = [self.country() for _ in range(rng.randint(1, 4))]
            rec["countries"] = list(dict.fromkeys(codes))
        for key in ("start", "end"):
            if key in tpl:
                rec[key] = tpl[key]
        rec["status"] = tpl.get("status", "unknown") if rng.random() < 0.6 else rng.choice(model.PROJECT_STATUSES)
        links = self._links(tpl, agreements)
        if links:
            rec["agreements"] = links
        rec["sources"] = self.cite(tpl["sources"], tpl["description"], description, swap)
        return rec

    def activity(self, slug: str, name: str, agreements: list[str]) -> dict:
        rng = self.rng
        tpl, old = rng.choice(self.t.records["activities"])
        swap = self.swapper(old, name)
        description = self.vary(swap(tpl["description"]), "activities")
        title = swap(tpl["title"]) if "title" in tpl else None
        if title and rng.random() < 0.3:
            title = f"{title} {rng.choice(TITLE_TAILS)}"
        words = " ".join(description.split()[:5])
        rec = {"id": self.unique_id(slug, title or words), "kind": tpl["kind"] if rng.random() < 0.8
               else rng.choice(model.ACTIVITY_KINDS)}
        if title:
            rec["title"] = title
        if "title_en" in tpl:
            rec["title_en"] = tpl["title_en"]
        rec["description"] = description
        rec["description_en"] = swap(tpl["description_en"])
        if "date" in tpl or rng.random() < 0.2:
            rec["date"] = tpl.get("date") if "date" in tpl and rng.random() < 0.5 else self.date()
        if "countries" in tpl or rng.random() < 0.3:
            if "countries" in tpl and rng.random() < 0.5:
                rec["countries"] = list(tpl["countries"])
                if "places" in tpl:
                    rec["places"] = list(tpl["places"])
            else:
                codes = list(dict.fromkeys(self.country() for _ in range(rng.randint(1, 2))))
                rec["countries"] = codes
                if rng.random() < 0.6:
                    rec["places"] = [self.town() for _ in codes]
        links = self._links(tpl, agreements)
        if links:
            rec["agreements"] = links
        if "networks" in tpl:
            rec["networks"] = list(tpl["networks"])
        rec["sources"] = self.cite(tpl["sources"], tpl["description"], description, swap)
        return rec

    def district(self, slug: str, name: str, counts: dict[str, int]) -> dict:
        doc = {"slug": slug, "name": name}
        agreements = [self.agreement(slug, name) for _ in range(counts["agreements"])]
        ids = [a["id"] for a in agreements]
        parts = {
            "agreements": agreements,
            "memberships": [self.membership(slug, name) for _ in range(counts["memberships"])],
            "projects": [self.project(slug, name, ids) for _ in range(counts["projects"])],
            "activities": [self.activity(slug, name, ids) for _ in range(counts["activities"])],
        }
        # The real files' section order.
        for kind in ("agreements", "memberships", "projects", "activities"):
            if parts[kind]:
                doc[kind] = parts[kind]
        return doc


def district_names(rng: random.Random, n: int, taken: set[str]) -> list[tuple[str, str]]:
    """n new (slug, name) pairs: Turkish-looking, slugs unique and not among `taken`."""
    out, seen = [], set(taken)
    while len(out) < n:
        if rng.random() < 0.55:
            name = rng.choice(PREFIXES) + rng.choice(SUFFIXES)
        else:
            name = f"{rng.choice(PREFIXES)} {rng.choice(PREFIXES)}" + (rng.choice(SUFFIXES) if rng.random() < 0.5
                                                                       else "")
        slug = slugify(name)
        if slug in seen:
            continue
        seen.add(slug)
        out.append((slug, name))
    return out


def plan(scale: int, templates: Templates) -> tuple[int, dict[str, int]]:
    """(number of new municipalities, number of new records of each kind) for ×scale."""
    base = real_counts(templates)
    extra = {kind: (scale - 1) * n for kind, n in base.items()}
    real_districts = len(templates.districts)
    new_districts = max(DISTRICTS_PER_SCALE * scale - real_districts, -(-sum(extra.values()) // 12))
    return (new_districts if scale > 1 else 0), extra


def _dump(doc: dict) -> str:
    return HEADER + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=10**9,
                                   default_flow_style=False)


def generate(out_dir: Path, scale: int, seed: int = DEFAULT_SEED, data_dir: Path = REAL_DATA,
             check: bool = True) -> dict:
    """Write a valid data folder at ×scale into out_dir (replaced). Returns what was written."""
    if scale < 1 or int(scale) != scale:
        raise ValueError(f"scale must be a whole number ≥ 1, not {scale!r}")
    scale = int(scale)
    started = time.perf_counter()
    out_dir = Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    (out_dir / "districts").mkdir(parents=True)
    for name in REFERENCE_FILES:
        shutil.copyfile(data_dir / name, out_dir / name)
    for path in sorted((data_dir / "districts").glob("*.yaml")):
        shutil.copyfile(path, out_dir / "districts" / path.name)

    templates = read_templates(data_dir)
    expected = dict(real_counts(templates))
    n_new, extra = plan(scale, templates)
    if n_new:
        rng = random.Random(seed * 1000 + scale)
        real_slugs = {d["slug"] for d in templates.districts}
        taken_ids = {r["id"] for kind in KINDS for r, _ in templates.records[kind]} | real_slugs
        synth = _Synth(templates, rng, taken_ids)
        names = district_names(rng, n_new, real_slugs)
        weights = [0 if rng.random() < EMPTY_SHARE else rng.choice(templates.nonempty_counts) for _ in names]
        if not any(weights):
            weights[0] = 1
        per_district = [{kind: 0 for kind in KINDS} for _ in names]
        for kind in KINDS:
            for i in rng.choices(range(len(names)), weights=weights, k=extra[kind]):
                per_district[i][kind] += 1
            expected[kind] += extra[kind]
        for (slug, name), counts in zip(names, per_district):
            doc = synth.district(slug, name, counts)
            (out_dir / "districts" / f"{slug}.yaml").write_text(_dump(doc), encoding="utf-8")

    stats = {
        "scale": scale,
        "seed": seed,
        "districts": len(templates.districts) + n_new,
        "records": sum(expected.values()),
        "by_kind": expected,
        "data_bytes": sum(p.stat().st_size for p in out_dir.rglob("*.yaml")),
        "generate_s": round(time.perf_counter() - started, 3),
    }
    if check:
        check_folder(out_dir, stats)
    return stats


def check_folder(out_dir: Path, stats: dict) -> None:
    """The real loader and validator must accept the folder, with exactly the planned records."""
    portal = load_portal(out_dir)  # raises macros.data.problems.DataError listing every problem
    found = {kind: sum(len(getattr(d, kind)) for d in portal.districts) for kind in KINDS}
    if found != stats["by_kind"] or len(portal.districts) != stats["districts"]:
        raise AssertionError(f"generated {stats['by_kind']} in {stats['districts']} districts, "
                             f"the loader found {found} in {len(portal.districts)}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    stats = generate(args.out, args.scale, args.seed)
    print(f"×{stats['scale']}: {stats['records']} records in {stats['districts']} municipalities "
          f"({stats['data_bytes'] / 1e6:.1f} MB of YAML) written to {args.out} and accepted by the loader "
          f"({stats['generate_s']:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
