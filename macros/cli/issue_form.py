"""`portal from-issue`: a reader's issue (a GitHub issue form) -> a record skeleton in the right district file.

Readers send corrections and missing ties through the issue forms in .github/ISSUE_TEMPLATE/ (the record
pages link to them, prefilled). GitHub renders a submitted form as Markdown: one "### <label>" heading per
field, the answer below it, "_No response_" for a field left empty. The maintainer saves that body to a
file and runs `portal from-issue issue.md`:

* missing-tie.yml -> a new source (the reader's address) in the municipality's `sources:` and a skeleton
  agreement, project or activity citing it, with what the reader gave filled in (partner, country, quote);
* correction.yml  -> a new source in the `sources:` of the file that holds the record, with the reader's
  account of what is wrong above it as comments, to be cited from the record once checked.

The forms' labels are read from the form files themselves, so a label changed there is a label read here.
Everything is inserted as text by macros/scaffold.py (comments and order of the file kept); the skeleton is
deliberately incomplete (TODO) and `portal validate` is run on the result to list what is left to do.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .scaffold import ID_LINE, Added, ScaffoldError, add_record, existing_ids, unique_id
from ..data import kinds
from ..data.load import not_a_data_file
from ..data.text import fold, slugify
from ..data.rules import url_problem

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / ".github" / "ISSUE_TEMPLATE"
NO_RESPONSE = "_No response_"
# GitHub keeps at most 65,536 characters of an issue's body: more is not an issue form's (a 15 MB body once
# became an 18.7 MB district file).
MAX_BODY = 65_536


class IssueError(ScaffoldError):
    """The issue body cannot be turned into a record (unknown form, municipality, record, address...)."""


@dataclass(frozen=True)
class Form:
    name: str                  # file stem: "correction", "missing-tie"
    labels: dict[str, str]     # label as rendered -> field id
    required: tuple[str, ...]  # ids the form requires
    options: dict[str, list[str]]  # dropdown id -> its options


def load_forms(folder: Path = FORMS) -> dict[str, Form]:
    forms = {}
    for path in sorted(folder.glob("*.yml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if "body" not in spec:
            continue  # config.yml
        fields = [f for f in spec["body"] if f.get("id")]
        forms[path.stem] = Form(
            path.stem, {f["attributes"]["label"]: f["id"] for f in fields},
            tuple(f["id"] for f in fields if (f.get("validations") or {}).get("required")),
            {f["id"]: list(f["attributes"].get("options", [])) for f in fields if f.get("type") == "dropdown"})
    return forms


_HEADING = re.compile(r"^###[ \t]+(.+?)[ \t]*$", re.M)


def parse_body(body: str, forms: dict[str, Form] | None = None) -> tuple[Form, dict[str, str]]:
    """(the form, {field id: answer}) of an issue body as GitHub renders it; empty answers are ""."""
    forms = forms if forms is not None else load_forms()
    body = body.replace("\r\n", "\n")
    parts = _HEADING.split(body)
    sections = {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    for form in forms.values():
        if form.required and all(label in sections for label, fid in form.labels.items() if fid in form.required):
            answers = {}
            for label, fid in form.labels.items():
                value = sections.get(label, "")
                answers[fid] = "" if value == NO_RESPONSE else _unfence(value)
            missing = [fid for fid in form.required if not answers[fid]]
            if missing:
                raise IssueError(f"the issue leaves required fields empty: {', '.join(missing)}")
            return form, answers
    known = "; ".join(f"{f.name}: {', '.join(f.labels)}" for f in forms.values())
    raise IssueError("this is not the body of one of the portal's issue forms (no '### <label>' headings of "
                     f"{known}); save the issue's text as GitHub shows it when editing the issue")


def _unfence(value: str) -> str:
    """A textarea rendered as a code block (```text ... ```) -> its text."""
    match = re.fullmatch(r"```[a-z]*\n(.*?)\n?```", value, re.S)
    return (match.group(1) if match else value).strip()


def _url(value: str) -> str:
    value = value.strip().strip("<>")
    wrong = url_problem(value)  # the validator's rule, so what is written here passes it
    if wrong:
        raise IssueError(f"the source address {value!r:.100} {wrong}")
    return value


def _district_files(data_dir: Path) -> dict[str, Path]:
    """The district files, symbolic links left out (never followed: validation reports them)."""
    return {p.stem: p for p in sorted((Path(data_dir) / "districts").glob("*.yaml")) if not not_a_data_file(p)}


def district_slug(answer: str, data_dir: Path) -> str:
    """"Kadıköy", "KADIKÖY Belediyesi", "kadikoy" -> "kadikoy" (a file in data/districts/)."""
    files = _district_files(data_dir)
    words = [w for w in fold(answer).replace("-", " ").split() if w not in ("belediyesi", "belediye", "municipality")]
    slug = "-".join(words)
    if slug in files or slug.replace("-", "") in files:
        return slug if slug in files else slug.replace("-", "")
    import difflib
    close = difflib.get_close_matches(slug, list(files), n=3)
    raise IssueError(f"{answer!r} is not one of the district municipalities"
                     + (f" (did you mean {', '.join(close)}?)" if close else ""))


def country_code(answer: str) -> str | None:
    """An ISO 3166-1 code from "DE", "Germany" or "Almanya"; None when it cannot be told for certain."""
    import pycountry
    from ..data.countries import Countries
    answer = answer.strip()
    if not answer:
        return None
    if re.fullmatch(r"[A-Za-z]{2}", answer) and pycountry.countries.get(alpha_2=answer.upper()):
        return answer.upper()
    countries = Countries()
    wanted = fold(answer)
    for code in countries.codes():
        try:
            if wanted in (fold(countries.name(code, "tr")), fold(countries.name(code, "en"))):
                return code
        except KeyError:
            continue
    try:
        return pycountry.countries.lookup(answer).alpha_2
    except LookupError:
        return None


def record_file(record: str, data_dir: Path) -> tuple[str, str]:
    """(record id, district slug) of the record an answer names: its id or its page address."""
    try:
        path = urlsplit(record.strip()).path if "://" in record else record.strip()
    except ValueError:  # "http://[::1/x": not an address, but maybe an id follows
        path = record.strip()
    candidates = [p for p in re.split(r"[/\s#?]+", path) if p]
    for slug, file in _district_files(data_dir).items():
        ids = set(ID_LINE.findall(file.read_text(encoding="utf-8")))
        for candidate in reversed(candidates):
            if candidate in ids or candidate == slug:
                return candidate, slug
    raise IssueError(f"no record {record!r} in {data_dir}/districts: give the record's id (e.g. beyoglu-pecs) "
                     "or its page address")


# The kinds a reader reports through the missing-tie form (kinds.RecordKind.missing_tie), in the order of its
# kind options.
MISSING_TIE_KINDS = tuple(k for k in kinds.KINDS if k.missing_tie)


def _kind(answer: str, form: Form) -> kinds.RecordKind:
    """The record kind the form's kind option names: by its English word ("… / Sister city or agreement"), else
    by its place among the options."""
    options = form.options.get("kind", [])
    index = options.index(answer) if answer in options else -1
    for kind in MISSING_TIE_KINDS:
        if kind.name in answer.lower():
            return kind
    if 0 <= index < len(MISSING_TIE_KINDS):
        return MISSING_TIE_KINDS[index]
    raise IssueError(f"unknown kind {answer!r}: one of {', '.join(options)}")


def _quote_lines(label: str, text: str) -> list[str]:
    return [f"{label}: {line}" for line in text.splitlines() if line.strip()]


def from_issue(data_dir: Path, body: str, issue: str | None = None,
               forms: dict[str, Form] | None = None) -> list[Added]:
    """Add what the issue asks for to the data; returns what was added (the source first)."""
    if len(body) > MAX_BODY:
        raise IssueError(f"the issue's body is longer than the {MAX_BODY:,} characters GitHub keeps: this is not "
                         "the body of an issue form; save the issue's text as GitHub shows it")
    form, answers = parse_body(body, forms)
    data_dir = Path(data_dir)
    ref = f"issue #{issue}" if issue else "a reader's issue"
    url = _url(answers["source_url"]) if answers.get("source_url") else ""
    taken = existing_ids(data_dir)
    quote = answers.get("quote", "")
    if form.name == "correction":
        record_id, slug = record_file(answers["record"], data_dir)
        if not url:
            raise IssueError("the issue gives no source address: there is nothing to add to the data yet; "
                             "answer the reader, and correct the record by hand once a source shows it")
        source_id = unique_id(f"{record_id}-kaynak", taken)
        comments = (f"From {ref}: correction of '{record_id}'. Check the source, then cite it from the record "
                    f"(- source: {source_id}, with the quote) and correct what it shows.",
                    *_quote_lines("What is wrong", answers["problem"]), *_quote_lines("Quote", quote))
        return [add_record(data_dir, "source", slug, source_id, values={"url": url}, comments=comments)]
    if form.name == "missing-tie":
        slug = district_slug(answers["district"], data_dir)
        kind = _kind(answers["kind"], form)
        partner = " ".join(answers["partner"].split())
        record_id = unique_id(f"{slug}-{slugify(partner)}" if slugify(partner) else f"{slug}-{kind.id_stem}", taken)
        source_id = unique_id(f"{record_id}-kaynak", taken | {record_id})
        source = add_record(data_dir, "source", slug, source_id, values={"url": url},
                            comments=(f"From {ref}: the source of '{record_id}' below.",))
        values: dict[str, str | list[str]] = {"sources.source": source_id}
        if quote:
            values["sources.quote"] = quote
        code = country_code(answers.get("country", ""))
        notes = [f"From {ref}: {answers['kind']} with {partner}"
                    + (f", {answers['country']}" if answers.get("country") else "") + "."]
        wiring = kind.missing_tie
        assert wiring is not None  # MISSING_TIE_KINDS
        if wiring.partner:
            values[wiring.partner] = partner
        if code:
            # A list field (an activity's countries) gets a list of the one code.
            values[wiring.country] = [code] if wiring.country_list else code
        if not wiring.partner:
            notes.append(f"Partner as the reader wrote it: {partner}")
        notes += _quote_lines("Details", answers.get("details", ""))
        record = add_record(data_dir, kind.name, slug, record_id, values=values, comments=tuple(notes))
        return [source, record]
    if form.name == "request":
        return _request(data_dir, answers, ref, taken)
    raise IssueError(f"the form {form.name!r} is not one `portal from-issue` reads")


# The request form's answers -> the model's values (the part before " / " is enough to tell them apart).
_STEPS = {"Belediye meclisi kararı": "council_decision", "Bakanlık izni": "ministry_approval",
          "İmzalanan protokol": "protocol"}
_CHANNELS = {"CİMER": "cimer", "e-Devlet": "e_devlet", "Belediyenin formu": "municipal_form",
             "Dilekçe": "petition", "E-posta": "email", "KEP": "kep"}
_ADDRESSEES = {"Belediye": "municipality", "Çevre, Şehircilik ve İklim Değişikliği Bakanlığı": "environment_ministry",
               "İçişleri Bakanlığı": "interior_ministry"}
_OUTCOMES = {"Cevaplandı": "answered", "Kısmen cevaplandı": "partly", "Reddedildi": "refused",
             "Cevap gelmedi": "no_answer"}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _choice(answer: str, table: dict[str, str], what: str) -> str:
    head = answer.split(" / ", 1)[0].strip()
    if head not in table:
        raise IssueError(f"unknown {what} {answer!r}: one of {', '.join(table)}")
    return table[head]


def _day(answer: str, what: str) -> str:
    answer = answer.strip()
    if not _DAY.match(answer):
        raise IssueError(f"the {what} {answer!r} is not a date: write YYYY-MM-DD, e.g. 2027-01-15")
    return answer


def _request(data_dir: Path, answers: dict[str, str], ref: str, taken: set[str]) -> list[Added]:
    """An information request (Law 4982) a reader filed, as a `requests:` record of the municipality; the
    answer's text goes above it as comments, for the maintainer to check against the document."""
    slug = district_slug(answers["district"], data_dir)
    ties = []
    for record in (r for r in re.split(r"[,;\n]+", answers["records"]) if r.strip()):
        record_id, record_slug = record_file(record, data_dir)
        if record_slug != slug or record_id == slug:
            raise IssueError(f"{record!r} is not a tie of {answers['district']}: give the ids of its ties "
                             "(e.g. kadikoy-friedrichshain-kreuzberg)")
        ties.append(record_id)
    steps = [_choice(step, _STEPS, "document") for step in answers["documents"].split(",") if step.strip()]
    filed = _day(answers["filed"], "date filed")
    values: dict = {"filed": filed, "channel": _choice(answers["channel"], _CHANNELS, "channel"),
                    "addressee": _choice(answers["addressee"], _ADDRESSEES, "addressee"),
                    "about": [{"step": step, "agreement": tie} for tie in ties for step in steps]}
    if answers.get("applicant", "").strip():
        values["applicant"] = " ".join(answers["applicant"].split())
    if answers.get("replied", "").strip():
        values["replied"] = _day(answers["replied"], "date of the answer")
    if answers.get("outcome", "").strip():
        values["outcome"] = _choice(answers["outcome"], _OUTCOMES, "outcome")
    request_id = unique_id(f"{slug}-{filed[:7]}-{ties[0].removeprefix(slug + '-')}", taken)
    notes = (f"From {ref}: an information request filed {filed}. Check it with the applicant; a document received "
             f"goes into data/documents/ and becomes a source (file: documents/<name>) listed under 'documents'.",
             *_quote_lines("Answer", answers.get("answer", "")))
    return [add_record(data_dir, "request", slug, request_id, values=values, comments=notes)]
