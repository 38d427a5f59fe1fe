"""Issue 13: 13 -- corrections from readers.

Record pages and the footer open prefilled GitHub issue forms (.github/ISSUE_TEMPLATE/); `portal from-issue`
turns a saved issue body into a source and a record skeleton in the right district file, which is valid once
its TODO lines are filled in from the source.
"""
from __future__ import annotations

import re
import shutil
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from helpers import ROOT, build_site
from macros.cli.commands import main
from macros.cli.issue_form import IssueError, country_code, district_slug, from_issue, load_forms, parse_body
from macros.data.dataset import load_portal

FORMS = ROOT / ".github" / "ISSUE_TEMPLATE"


def body(answers: dict[str, str]) -> str:
    """An issue body as GitHub renders an issue form: '### <label>' then the answer."""
    return "\n\n".join(f"### {label}\n\n{value or '_No response_'}" for label, value in answers.items()) + "\n"


MISSING = {
    "Belediye / Municipality": "KADIKÖY Belediyesi",
    "Tür / Kind": "Kardeş şehir ya da anlaşma / Sister city or agreement",
    "Ortak / Partner": "Yalta",
    "Ülke / Country": "Ukrayna",
    "Kaynak adresi / Source URL": "https://example.org/kadikoy-yalta",
    "Kaynaktaki ifade / Quote": 'Kadıköy ile Yalta "kardeş şehir" oldu.',
    "Ayrıntılar / Details": "",
}
CORRECTION = {
    "Kayıt / Record": "https://example.org/agreements/beyoglu-pecs/",
    "Ne yanlış? / What is wrong?": "Anlaşma 2009'da imzalandı.\nSayfa 2008 diyor.",
    "Kaynak adresi / Source URL": "https://example.org/pecs-2009",
    "Kaynaktaki ifade / Quote": "```text\nTestvérvárosi szerződés 2009\n```",
}


@pytest.fixture
def data(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def test_issue_forms_have_the_fields_the_pages_prefill():
    forms = load_forms(FORMS)
    assert set(forms) == {"correction", "missing-tie", "request"}
    assert {"district", "records", "documents", "filed", "channel", "addressee", "outcome"} <= set(
        forms["request"].labels.values())
    assert {"record", "problem", "source_url", "quote"} <= set(forms["correction"].labels.values())
    assert {"district", "kind", "partner", "country", "source_url", "quote"} <= set(forms["missing-tie"].labels.values())
    for path in FORMS.glob("*.yml"):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "body" in spec:
            assert spec["name"] and spec["description"] and all(f.get("id") for f in spec["body"] if f["type"] != "markdown")


def test_parse_body_reads_answers_and_empty_fields():
    form, answers = parse_body(body(MISSING))
    assert form.name == "missing-tie"
    assert answers["partner"] == "Yalta" and answers["details"] == ""
    form, answers = parse_body(body(CORRECTION))
    assert form.name == "correction" and answers["quote"] == "Testvérvárosi szerződés 2009"
    with pytest.raises(IssueError, match="not the body"):
        parse_body("### Something else\n\nhello\n")
    with pytest.raises(IssueError, match="required"):
        parse_body(body({**MISSING, "Ortak / Partner": ""}))


def test_names_of_municipalities_and_countries(data):
    assert district_slug("KADIKÖY Belediyesi", data) == "kadikoy"
    assert district_slug("Eyüpsultan", data) == "eyupsultan"
    with pytest.raises(IssueError, match="did you mean"):
        district_slug("Kadikoi", data)
    assert country_code("Ukrayna") == "UA" and country_code("Germany") == "DE" and country_code("de") == "DE"
    assert country_code("Atlantis") is None


def test_missing_tie_becomes_a_source_and_a_skeleton_that_validates_once_filled(data):
    before = (data / "districts" / "kadikoy.yaml").read_text(encoding="utf-8")
    added = from_issue(data, body(MISSING), issue="42")
    assert [a.id for a in added] == ["kadikoy-yalta-kaynak", "kadikoy-yalta"]
    text = (data / "districts" / "kadikoy.yaml").read_text(encoding="utf-8")
    assert text.startswith(before[:200])
    assert "# From issue #42" in text
    assert 'url: "https://example.org/kadikoy-yalta"' in text
    assert 'as_written: "Yalta"' in text and 'country: "UA"' in text
    assert 'quote: "Kadıköy ile Yalta \\"kardeş şehir\\" oldu."' in text
    # Deliberately incomplete: validation names the TODO fields, nothing else.
    with pytest.raises(Exception) as problems:
        load_portal(data)
    messages = str(problems.value)
    assert "title" in messages and "kind" in messages and "accessed" in messages
    # A maintainer fills the TODO lines from the source: then the data set is valid.
    filled = text.replace("    title:  # TODO", '    title: "Kardeş şehirler"  # was TODO') \
        .replace("    kind:  # TODO: What sort of document", "    kind: news  # What sort of document") \
        .replace("    accessed:  # TODO", "    accessed: 2026-01-05  # was TODO") \
        .replace("    kind:  # TODO: Kind of tie", "    kind: sister_city  # Kind of tie")
    filled = re.sub(r'(quote: "Kadıköy ile Yalta)', r"\1", filled)
    filled = filled.replace('    # excerpt:  # The passage', '    excerpt: "Kadıköy ile Yalta \\"kardeş şehir\\" oldu."  # The passage', 1) \
        if "kadikoy-yalta-kaynak" in filled else filled
    (data / "districts" / "kadikoy.yaml").write_text(filled, encoding="utf-8")
    portal = load_portal(data)
    kadikoy = next(d for d in portal.districts if d.slug == "kadikoy")
    assert any(a.id == "kadikoy-yalta" and a.country == "UA" for a in kadikoy.agreements)


def test_correction_adds_a_source_beside_the_record(data):
    added = from_issue(data, body(CORRECTION), issue="7")
    assert len(added) == 1 and added[0].file.name == "beyoglu.yaml" and added[0].key == "sources"
    text = added[0].file.read_text(encoding="utf-8")
    assert "# From issue #7: correction of 'beyoglu-pecs'" in text
    assert "# What is wrong: Anlaşma 2009'da imzalandı." in text and "# What is wrong: Sayfa 2008 diyor." in text
    assert 'url: "https://example.org/pecs-2009"' in text


@pytest.mark.parametrize("change,message", [
    ({"Kaynak adresi / Source URL": "javascript:alert(1)"}, "not an http"),
    ({"Belediye / Municipality": "Ankara"}, "not one of the district"),
])
def test_bad_issues_are_refused_without_touching_the_data(data, change, message):
    before = {p.name: p.read_bytes() for p in (data / "districts").iterdir()}
    with pytest.raises(IssueError, match=message):
        from_issue(data, body({**MISSING, **change}))
    assert before == {p.name: p.read_bytes() for p in (data / "districts").iterdir()}


def test_portal_from_issue_command(data, tmp_path, capsys):
    issue = tmp_path / "issue.md"
    issue.write_text(body(MISSING), encoding="utf-8")
    assert main(["--data", str(data), "from-issue", str(issue), "--issue", "42"]) == 0
    out = capsys.readouterr().out
    assert "data/districts/kadikoy.yaml:" in out
    assert "added source 'kadikoy-yalta-kaynak'" in out and "added agreement 'kadikoy-yalta'" in out
    # What is left to do is `portal validate`'s list for the new records: each problem names a TODO line of
    # the file, and every TODO line of a required field is named (the record's kind among them).
    left = re.findall(r"^  data/districts/kadikoy\.yaml:(\d+): (\S+): is empty", out, re.M)
    assert f"Left to do before the pull request ({len(left)} problems" in out
    lines = (data / "districts" / "kadikoy.yaml").read_text(encoding="utf-8").splitlines()
    todo = {n for n, line in enumerate(lines, 1) if re.match(r"\s*\w+:\s+# TODO", line)}
    assert todo and {int(n) for n, _ in left} == todo
    assert {field.split(".")[-1] for _, field in left} == {"title", "kind", "accessed"}
    assert any(field.startswith("agreements[") and field.endswith(".kind") for _, field in left)
    assert "fill in the TODO lines" in out
    issue.write_text("hello", encoding="utf-8")
    assert main(["--data", str(data), "from-issue", str(issue)]) == 1
    assert "not the body" in capsys.readouterr().err


# --- the links on the site ----------------------------------------------------------------------------

def _html(site, path):
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_without_a_repository_or_an_address_no_page_promises_a_form(real_site, real_build):
    """A copy of the portal with neither REPO_URL nor CONTACT_EMAIL offers no report link (it would lead nowhere),
    its About page says so, and the build says so once."""
    for path in ("agreements/beyoglu-pecs", "projects/sisli-music-beyond-borders", "municipalities/kadikoy",
                 "en/agreements/beyoglu-pecs"):
        html = _html(real_site, path)
        assert 'class="yd-report"' not in html, path
        assert "issues/new" not in html and "mailto:" not in html, path
    assert "düzeltme göndermenin bir yolu yok" in _html(real_site, "about")
    assert "this copy has no way to send one" in _html(real_site, "en/about")
    assert real_build[1].count("neither REPO_URL nor CONTACT_EMAIL is set") == 1


def test_with_only_an_address_every_report_link_is_an_e_mail(tmp_path):
    site = tmp_path / "site"
    result = build_site(site, extra_env={"CONTACT_EMAIL": "duzeltme@example.org"})
    assert result.returncode == 0, result.stderr
    html = _html(site, "agreements/beyoglu-pecs")
    href = re.search(r'<p class="yd-report"[^>]*><a href="([^"]+)"', html).group(1)
    assert href.startswith("mailto:duzeltme@example.org?subject=") and "beyoglu-pecs" in href
    assert "duzeltme@example.org" in _html(site, "about") and "issues/new" not in _html(site, "about")
    assert "neither REPO_URL nor CONTACT_EMAIL" not in result.stderr


def test_record_pages_open_prefilled_issues_with_repo_url(published):
    site, _ = published
    html = _html(site, "agreements/beyoglu-pecs")
    href = re.search(r'<p class="yd-report"[^>]*><a href="([^"]+)"', html).group(1).replace("&amp;", "&")
    parts = urlsplit(href)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://github.com/example/yerel-diplomasi/issues/new"
    query = parse_qs(parts.query)
    assert query["template"] == ["correction.yml"] and query["record"] == ["beyoglu-pecs"]
    assert "Pécs" in query["title"][0]
    # "Veri dosyası" links to the file in the repository.
    assert ('<a href="https://github.com/example/yerel-diplomasi/blob/main/data/districts/beyoglu.yaml">'
            '<code>data/districts/beyoglu.yaml</code></a>') in html
    kadikoy = _html(site, "municipalities/kadikoy").replace("&amp;", "&")
    assert "issues/new?template=missing-tie.yml&district=Kad%C4%B1k%C3%B6y" in kadikoy
    assert "issues/new?template=missing-tie.yml\"" in _html(site, "about")


REQUEST_BODY = """### Belediye / Municipality

Kadıköy

### İlişkiler / Ties

kadikoy-friedrichshain-kreuzberg

### İstenen belgeler / Documents asked for

Belediye meclisi kararı / Council decision, Bakanlık izni / Ministry permission

### Başvuru tarihi / Date filed

2026-11-02

### Nasıl / How

CİMER

### Kime / To whom

Belediye / Municipality

### Adınız / Your name

_No response_

### Cevap tarihi / Date of the answer

2026-11-20

### Sonuç / Outcome

Reddedildi / Refused

### Cevap / The answer

Talebiniz reddedilmiştir.
"""


def test_a_request_issue_becomes_a_request_record_that_validates(data):
    [added] = from_issue(data, REQUEST_BODY, issue="12")
    assert added.key == "requests" and added.id.startswith("kadikoy-2026-11-")
    portal = load_portal(data)  # valid as written: nothing left to fill for a request
    kadikoy = next(d for d in portal.districts if d.slug == "kadikoy")
    [request] = [r for r in kadikoy.requests if r.id == added.id]
    assert (request.filed, request.channel, request.addressee, request.outcome, request.replied) == (
        "2026-11-02", "cimer", "municipality", "refused", "2026-11-20")
    assert [(s.step, s.agreement) for s in request.about] == [
        ("council_decision", "kadikoy-friedrichshain-kreuzberg"), ("ministry_approval", "kadikoy-friedrichshain-kreuzberg")]
    assert "# Answer: Talebiniz reddedilmiştir." in added.file.read_text(encoding="utf-8")


def test_a_request_issue_about_another_municipalitys_tie_is_refused(data):
    with pytest.raises(IssueError, match="not a tie of Kadıköy"):
        from_issue(data, REQUEST_BODY.replace("kadikoy-friedrichshain-kreuzberg", "beyoglu-pecs"))


def test_a_document_received_on_paper_is_a_source_kept_in_the_repository(data):
    """A scanned answer needs no address: it is kept in data/documents/ and a source points at it (`file`); the
    site publishes it beside the pages and links it (plan.urls.Links.source)."""
    from macros.plan.urls import Links
    (data / "documents").mkdir()
    (data / "documents" / "kadikoy-2026-11-cevap.pdf").write_bytes(b"%PDF-1.4 scanned answer")
    kadikoy = data / "districts" / "kadikoy.yaml"
    kadikoy.write_text(kadikoy.read_text(encoding="utf-8").replace("sources:\n", """sources:
  - id: kadikoy-2026-11-cevap
    kind: other
    title: Kadıköy Belediyesinin cevabı
    file: documents/kadikoy-2026-11-cevap.pdf
    accessed: "2026-11-20"
    excerpt: "Talebiniz değerlendirilmiştir."
""", 1), encoding="utf-8")
    portal = load_portal(data)
    source = next(s for s in portal.sources if s.id == "kadikoy-2026-11-cevap")
    assert source.url is None
    assert Links("agreements/kadikoy-friedrichshain-kreuzberg/").source(source) == \
        "../../data/documents/kadikoy-2026-11-cevap.pdf"
