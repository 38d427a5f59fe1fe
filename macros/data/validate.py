"""Raw YAML nodes -> typed model records, or a list of problems.

The checks are derived from the model's type hints and their ``Annotated`` rules,
so a new field needs no change here. Every problem is collected (never only the
first) with file, line and field path, and says what would be valid.
"""
from __future__ import annotations

import dataclasses
import datetime
import difflib
import functools
import re
import typing
import unicodedata
from typing import Annotated, Any, Literal, Union
from urllib.parse import urlsplit

from . import kinds, model
from .countries import Countries
from .load import Node
from .problems import Problem, Problems

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NEW_CODE = re.compile(r"^X[A-Z]$")
# The placeholder id of a skeleton `portal new` wrote (kinds.RecordKind.id_stem), made unique or not.
_PLACEHOLDER_ID = re.compile("-(?:" + "|".join(re.escape(k.id_stem or "") for k in kinds.SCAFFOLDED.values())
                             + r")(?:-\d+)?$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MARKUP = [(re.compile(m.pattern, re.IGNORECASE if m.caseless else 0), m.what) for m in model.MARKUP]
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Invisible characters that change what a reader sees without being seen: C1 controls, every Unicode
# format character (category Cf: bidi marks, embeddings, overrides and isolates -- a URL that reads
# "…exe.txt" --, zero-width characters, the soft hyphen, word joiners, the byte order mark, tag
# characters; the list is Unicode 15's, and a test checks it against Python's unicodedata), the blank
# "letters" that render as nothing (Hangul fillers, the Mongolian vowel separator, the combining grapheme
# joiner) and the Unicode line/paragraph separators. The data uses none of them; the one real text needs,
# a zero-width joiner inside an emoji (🏳️‍🌈), is kept (_invisible).
_FORMAT_CHARACTERS = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
                      "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
                      "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f")
_FILLERS = "\u034f\u115f\u1160\u3164\uffa0"
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff"  # never text (U+FFFE: a byte-order mark read backwards)
_INVISIBLE = re.compile(f"[\x80-\x9f\u2028\u2029{_FORMAT_CHARACTERS}{_FILLERS}{_NONCHARACTERS}]")
_DOCUMENT = re.compile(r"^documents/[A-Za-z0-9][A-Za-z0-9._-]*$")
_DECIMAL = re.compile(r"^[+-]?(?:0|[1-9][0-9]*)$")
MAX_ID_LENGTH = 80  # ids become file names and addresses: 300 characters broke the build (file name too long)
# Text lengths: the longest title in the data is 150 characters, the longest excerpt 1,700; a 1 MB
# excerpt was accepted. An excerpt is the passage a quote (at most 40 words) comes from.
MAX_TEXT = 1_000
MAX_LONG_TEXT = 20_000
MAX_EXCERPT = 5_000
MAX_URL_LENGTH = 2_000
EARLIEST_YEAR = 1900


def today() -> datetime.date:
    """The latest acceptable date; a function so tests can pin it."""
    return datetime.date.today()


@dataclasses.dataclass
class Reference:
    target: str
    value: str
    node: Node
    path: str


@dataclasses.dataclass
class Context:
    countries: Countries
    problems: list[Problem] = dataclasses.field(default_factory=Problems)
    references: list[Reference] = dataclasses.field(default_factory=list)

    def problem(self, node: Node, path: str, message: str) -> None:
        self.problems.append(Problem(node.file, node.line, path, message))


class _Invalid(Exception):
    """Value could not be converted; a problem has been recorded already."""


@dataclasses.dataclass(frozen=True)
class Wording:
    """The words `describe` uses, so that one walk over the model speaks English (validation messages, the
    field reference, the schema) or another language (i18n.FIELD_WORDS_TR)."""
    reference: str = "the id of an entry in {where}"
    either: str = " or "
    one_of: str = "one of "
    list_of: str = "a list of "
    mapping: str = "a mapping with the fields "
    plain: tuple[tuple[str, str], ...] = (("str", "text"), ("int", "a whole number"), ("bool", "true or false"))
    rules: dict[str, str] | None = None   # rule class name -> its description; None: the rule's own docstring


ENGLISH = Wording()


def describe(tp: Any, words: Wording = ENGLISH) -> str:
    """What a value of model type `tp` may be, in the given words."""
    origin = typing.get_origin(tp)
    if origin is Annotated:
        base, *rules = typing.get_args(tp)
        for rule in rules:
            if isinstance(rule, model.RefRule):
                where = "data/districts/*.yaml" if rule.target in kinds.BY_KEY else f"data/{rule.target}.yaml"
                return words.reference.format(where=where)
            if isinstance(rule, model.Rule):
                text = words.rules.get(type(rule).__name__) if words.rules is not None else rule.__doc__
                if text:
                    return text.strip().rstrip(".")
        return describe(base, words)
    if origin is Union:
        return words.either.join(describe(a, words) for a in typing.get_args(tp) if a is not type(None))
    if origin is Literal:
        return words.one_of + ", ".join(repr(a) for a in typing.get_args(tp))
    if origin is list:
        return words.list_of + describe(typing.get_args(tp)[0], words)
    if dataclasses.is_dataclass(tp):
        return words.mapping + ", ".join(f.name for f in dataclasses.fields(tp))
    name = str(getattr(tp, "__name__", tp))
    return dict(words.plain).get(name, name)




def _yaml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def convert(node: Node, tp: Any, path: str, ctx: Context) -> Any:
    """Convert one node to ``tp`` or record a problem and raise _Invalid."""
    origin = typing.get_origin(tp)
    if origin is Union:  # Optional[X]
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        if node.value is None:
            return None
        return convert(node, inner, path, ctx)
    if node.value is None:
        ctx.problem(node, path, f"is empty; expected {describe(tp)}")
        raise _Invalid
    if origin is Annotated:
        base, *rules = typing.get_args(tp)
        rule = next((r for r in rules if isinstance(r, model.Rule)), None)
        return _apply_rule(node, base, rule, path, ctx)
    if origin is Literal:
        options = typing.get_args(tp)
        if node.value not in options:
            ctx.problem(node, path, f"{node.value!r} is not allowed; use one of: {', '.join(options)}")
            raise _Invalid
        return node.value
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        if not isinstance(node.value, list):
            ctx.problem(node, path, f"expected a list ('- ' items), found {_yaml_type(node.value)}")
            raise _Invalid
        out: list[Any] = []
        failed = False
        for i, item in enumerate(node.value):
            try:
                out.append(convert(item, item_tp, f"{path}[{i}]", ctx))
            except _Invalid:
                failed = True
        if failed:
            raise _Invalid
        return tuple(out)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return convert_record(node, tp, path, ctx)
    if tp is int:
        if isinstance(node.value, bool) or not isinstance(node.value, int):
            ctx.problem(node, path, f"expected a whole number, found {_yaml_type(node.value)} {node.value!r:.60}")
            raise _Invalid
        if node.raw is not None and not _DECIMAL.match(node.raw):
            # YAML 1.1 reads 017 as 15, 0x1F as 31, 1_000 as 1000 and 1:30 as 90.
            ctx.problem(node, path, f"{node.raw!r:.60} is read by YAML as {node.value}: write the number in plain "
                                    f"decimal digits without a leading zero, e.g. {node.value}")
            raise _Invalid
        if node.value < 1:
            ctx.problem(node, path, f"{node.value} must be 1 or more")
            raise _Invalid
        return node.value
    if tp is str:
        return _text(node, path, ctx, multiline=False)
    if tp is bool:
        if not isinstance(node.value, bool):
            ctx.problem(node, path, f"expected true or false, found {_yaml_type(node.value)} {node.value!r}")
            raise _Invalid
        return node.value
    raise TypeError(f"model type not supported by the validator: {tp!r}")


def convert_record(node: Node, cls: type[Any], path: str, ctx: Context) -> Any:
    if not isinstance(node.value, dict):
        ctx.problem(node, path, f"expected a mapping of fields ('name: value'), found {_yaml_type(node.value)}")
        raise _Invalid
    fields, hints = _shape(cls)  # type: ignore[arg-type]  # mypy false positive: every class is hashable
    values: dict[str, Any] = {}
    failed = False
    for key, child in node.value.items():
        sub = f"{path}.{key}" if path else key
        if key not in fields:
            close = difflib.get_close_matches(key, fields, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            line = node.key_lines.get(key, child.line)
            ctx.problems.append(Problem(child.file, line, sub,
                                        f"unknown field '{key}': {hint}allowed fields here are {', '.join(fields)}"))
            failed = True
            continue
        try:
            values[key] = convert(child, hints[key], sub, ctx)
        except _Invalid:
            failed = True
    for name, f in fields.items():
        required = model.is_required(f)
        sub = f"{path}.{name}" if path else name
        if required and name not in node.value:
            ctx.problem(node, sub, f"required field '{name}' is missing ({model.field_doc(f)} "
                                   f"Expected {describe(hints[name])}.)")
            failed = True
        elif required and typing.get_origin(hints[name]) is list and name in values and not values[name]:
            ctx.problem(node.child(name), sub, f"needs at least one entry ({model.field_doc(f)})")
            failed = True
    if failed:
        raise _Invalid
    record = cls(**values)
    _check_record(record, node, path, ctx)
    return record


@functools.lru_cache(maxsize=None)
def _shape(cls: Any) -> tuple[dict[str, dataclasses.Field[Any]], dict[str, Any]]:
    """Fields and resolved type hints of a model class (resolving hints is slow: once per class)."""
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    return fields, typing.get_type_hints(cls, include_extras=True)


def _apply_rule(node: Node, base: Any, rule: model.Rule | None, path: str, ctx: Context) -> Any:
    if isinstance(rule, model.PartialDateRule):
        return _partial_date(node, base, path, ctx)
    if base is int:
        return convert(node, int, path, ctx)
    if isinstance(rule, model.TextRule):
        return _text(node, path, ctx, multiline=rule.multiline)
    value = node.value
    if not isinstance(value, str):
        quote = f"; YAML reads an unquoted {node.raw} as {value!r}: quote it: '{node.raw}'" if node.raw else ""
        ctx.problem(node, path, f"expected text ({describe(Annotated[base, rule])}), found {_yaml_type(value)} "
                                f"{value!r:.60}{quote}")
        raise _Invalid
    invisible = _invisible(value)
    if invisible:
        ctx.problem(node, path, f"{value!r:.60} {invisible}")
        raise _Invalid
    if isinstance(rule, model.IdRule):
        if len(value) > MAX_ID_LENGTH:
            ctx.problem(node, path, f"{value[:40]!r}… is {len(value)} characters long: ids become page addresses and "
                                    f"file names, so use at most {MAX_ID_LENGTH}")
            raise _Invalid
        if not _ID.match(value):
            ctx.problem(node, path, f"{value!r} is not a valid id{_not_ascii(value)}: use lower-case ASCII letters, "
                                    "digits and single hyphens, e.g. 'kadikoy-nacka'")
            raise _Invalid
        if _PLACEHOLDER_ID.search(value):
            ctx.problem(node, path, f"{value!r} is the placeholder id from `portal new`: rename it after the partner "
                                    "or project, e.g. 'adalar-nacka' (ids become permanent page addresses)")
            raise _Invalid
        return value
    if isinstance(rule, model.NewCountryCodeRule):
        if not _NEW_CODE.match(value):
            ctx.problem(node, path, f"{value!r} must be two upper-case letters from the user-assigned range XA-XZ")
            raise _Invalid
        return value
    if isinstance(rule, model.CountryRule):
        if not ctx.countries.is_known(value):
            hint = ""
            if ctx.countries.is_known(value.upper()):
                hint = f"write it in upper case: '{value.upper()}'; "
            ctx.problem(node, path, f"{value!r} is not a known country code; {hint}use an ISO 3166-1 alpha-2 code "
                                    "such as 'SE' or 'BA', or add the entity to data/places.yaml")
            raise _Invalid
        return value
    if isinstance(rule, model.SubdivisionRule):
        if ctx.countries.subdivision(value) is None:
            hint = ""
            if ctx.countries.subdivision(value.upper()) is not None:
                hint = f"; write it in upper case: '{value.upper()}'"
            ctx.problem(node, path, f"{value!r} is not an ISO 3166-2 subdivision code (e.g. 'MD-GA' for "
                                    f"Gagauzia){hint}")
            raise _Invalid
        return value
    if isinstance(rule, model.LanguageRule):
        if not _is_language(value):
            ctx.problem(node, path, f"{value!r} is not an ISO 639-1 language code; use two lower-case letters "
                                    "such as 'tr', 'en', 'de' or 'bs'")
            raise _Invalid
        return value
    if isinstance(rule, model.UrlRule):
        wrong = _url_problem(value)
        if wrong:
            ctx.problem(node, path, f"{value!r:.100} {wrong}")
            raise _Invalid
        return value
    if isinstance(rule, model.RefRule):
        if not _ID.match(value):
            ctx.problem(node, path, f"{value!r} is not a valid id of {rule.target}")
            raise _Invalid
        ctx.references.append(Reference(rule.target, value, node, path))
        return value
    raise TypeError(f"rule not supported: {rule!r}")


def _url_problem(value: str) -> str | None:
    """What is wrong with a link, or None. Parsed defensively: urlsplit raises on 'http://[::1/x'."""
    if len(value) > MAX_URL_LENGTH:
        return f"is {len(value):,} characters long: a link has at most {MAX_URL_LENGTH:,}"
    space = next((i for i, c in enumerate(value) if c.isspace()), None)
    if space is not None:
        what = "a space" if value[space] == " " else f"a blank character (U+{ord(value[space]):04X})"
        return (f"contains {what} at position {space + 1}: a link has no spaces; copy the address from the "
                "browser's address bar (a space there is written %20)")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number from 0 to 65535
    except ValueError as exc:
        return f"is not a valid address ({exc}): copy it again from the browser's address bar"
    if parts.scheme not in ("http", "https"):
        return "is not allowed: it is not an http:// or https:// address (links are absolute, e.g. https://example.org/page)"
    if not parts.hostname:
        return "has no host name after the '//': links must be absolute http:// or https:// addresses"
    if not parts.hostname.isascii():
        mixed = _mixed_word(parts.hostname.replace(".", " ").replace("-", " "))
        if mixed:
            return (f"has a look-alike host name: {mixed}; a link to a different site can look the same. "
                    "Type the address yourself")
        try:
            parts.hostname.encode("idna")
        except UnicodeError:
            return "has a host name that is not a valid international domain name"
    return None


# Alphabets whose letters look alike (Latin a, Cyrillic а, Greek α): one word never mixes them.
_ALPHABETS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "CHEROKEE", "COPTIC")
_WORD = re.compile(r"\w+")


def _mixed_word(text: str) -> str | None:
    """A description of the first word that mixes alphabets ('Kаdıköy': Latin with a Cyrillic а), or None."""
    if text.isascii():
        return None
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        first: str | None = None
        for at, char in enumerate(word):
            alphabet = unicodedata.name(char, "").split(" ", 1)[0]
            if alphabet not in _ALPHABETS:
                continue
            if first is None:
                first = alphabet
            elif alphabet != first:
                return (f"the word {word!r} mixes {first.title()} and {alphabet.title()} letters (character "
                        f"{at + 1}, U+{ord(char):04X} {unicodedata.name(char)})")
    return None


def _not_ascii(value: str) -> str:
    """Where the first non-ASCII character of an id is ('' when there is none): 'kаdikoy' looks valid."""
    at = next((i for i, c in enumerate(value) if not c.isascii()), None)
    if at is None:
        return ""
    return f" (character {at + 1}, U+{ord(value[at]):04X} {unicodedata.name(value[at], '')}, is not ASCII)"


@functools.lru_cache(maxsize=None)
def _is_language(code: str) -> bool:
    import pycountry

    return len(code) == 2 and code.islower() and pycountry.languages.get(alpha_2=code) is not None


def _invisible(value: str) -> str | None:
    """What is wrong if the text holds an invisible or reordering character, else None."""
    for match in _INVISIBLE.finditer(value):
        at = match.start()
        if match.group() == "\u200d" and 0 < at < len(value) - 1 and _emoji(value[at - 1]) and _emoji(value[at + 1]):
            continue
        name = unicodedata.name(match.group(), "NONCHARACTER" if unicodedata.category(match.group()) == "Cn"
                                else "CONTROL CHARACTER")
        return (f"contains an invisible character, U+{ord(match.group()):04X} {name}, at position {at + 1}: it "
                "changes how the text reads without being seen; retype the text without it")
    return None


def _emoji(char: str) -> bool:
    return char == "\ufe0f" or (ord(char) >= 0x2000 and unicodedata.category(char) == "So")


def _text(node: Node, path: str, ctx: Context, multiline: bool) -> str:
    value = node.value
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        extra = ""
        if isinstance(value, bool):
            quote = f": '{node.raw}'" if node.raw else ""
            extra = f" (YAML reads yes/no/on/off as true/false: put the text in quotes{quote})"
        ctx.problem(node, path, f"expected text, found {_yaml_type(value)}{extra}")
        raise _Invalid
    if not isinstance(value, str):
        # A number YAML made of the text (3.10 -> 3.1, 12:30 -> 750): the text as written instead.
        return node.raw if node.raw is not None else str(value)
    if multiline:
        value = value.rstrip("\n")  # block scalars ('|', '>') end with a newline
    problems: list[str] = []
    if not value.strip():
        problems.append("is empty; write the text or remove the field")
    elif value != value.strip():
        problems.append("has spaces at the start or end; remove them")
    if not multiline and "\n" in value:
        problems.append("must be on one line")
    limit = MAX_LONG_TEXT if multiline else MAX_TEXT
    if len(value) > limit:
        problems.append(f"is {len(value):,} characters long: this field holds at most {limit:,}; keep what the "
                        "reader needs (the source keeps the rest)")
    if _CONTROL.search(value):
        problems.append("contains a control character; retype the text")
    elif invisible := _invisible(value):
        problems.append(invisible)
    if unicodedata.normalize("NFC", value) != value:
        problems.append("contains decomposed Unicode characters (e.g. 'o' followed by a combining mark); "
                        "save it in NFC form, for instance by retyping the accented letters")
    for pattern, what in _MARKUP:
        if pattern.search(value):
            problems.append(f"contains {what}; text fields hold plain text only, so remove it "
                            "(links belong in a source's 'url' field)")
    for message in problems:
        ctx.problem(node, path, f"{value!r:.60} {message}" if len(value) < 60 else message)
    if problems:
        raise _Invalid
    return value


def _partial_date(node: Node, base: Any, path: str, ctx: Context) -> str | int:
    raw = node.value
    # As written: an unquoted 0x7E1 is the number 2017 to YAML, but not a year.
    text = (node.raw or str(raw)) if isinstance(raw, int) and not isinstance(raw, bool) else raw
    match = _DATE.match(text) if isinstance(text, str) else None
    if match is None or not isinstance(text, str):
        ctx.problem(node, path, f"{text!r:.60} is not a date; write YYYY-MM-DD (or YYYY-MM, or YYYY if only the year "
                                "is known), e.g. '2017-06-30'")
        raise _Invalid
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        first = datetime.date(year, month, day)
    except ValueError:
        ctx.problem(node, path, f"{raw!r} is not a real date (month 1-12, day within the month)")
        raise _Invalid from None
    if year < EARLIEST_YEAR or first > today():
        ctx.problem(node, path, f"{raw!r} is out of range: dates must lie between {EARLIEST_YEAR} and today "
                                f"({today().isoformat()})")
        raise _Invalid
    return year if base is int else text


def _check_translations(record: object, node: Node, path: str, ctx: Context) -> None:
    """A text we write is shown in both editions: its Turkish and English fields come together."""
    for base, english in model.translations(type(record)):
        has_base, has_english = getattr(record, base) is not None, getattr(record, english) is not None
        if has_base and not has_english:
            ctx.problem(node.child(base), f"{path}.{english}",
                        f"'{base}' has no English text: add '{english}' with its translation (both editions show it)")
        elif has_english and not has_base:
            ctx.problem(node.child(english), f"{path}.{base}",
                        f"'{english}' has no Turkish text: add '{base}' with the Turkish wording (both editions show it)")


def _check_record(record: object, node: Node, path: str, ctx: Context) -> None:
    """Rules that involve more than one field of a record."""
    _check_translations(record, node, path, ctx)
    _check_alphabets(record, node, path, ctx)
    if isinstance(record, model.Source):
        _check_source(record, node, path, ctx)
    if isinstance(record, model.Agreement) and record.subdivision:
        sub = ctx.countries.subdivision(record.subdivision)
        if sub is not None and sub.country_code != record.country:
            ctx.problem(node.child("subdivision"), f"{path}.subdivision",
                        f"{record.subdivision!r} belongs to {sub.country_code}, not to the agreement's country "
                        f"{record.country!r}; fix one of them")
    if isinstance(record, model.Agreement):
        _check_agreement(record, node, path, ctx)
    if isinstance(record, model.InformationRequest):
        _check_request(record, node, path, ctx)
    if isinstance(record, model.RequestSubject) and (record.agreement is None) == (record.activity is None):
        ctx.problem(node, path, "name exactly one record: 'agreement: <id>' for a tie or 'activity: <id>' for a trip")
    if isinstance(record, model.RequestSubject) and (record.step == "trip_authorisation") != (record.activity is not None):
        ctx.problem(node, f"{path}.step", f"step {record.step!r} does not fit: 'trip_authorisation' goes with an "
                                          "activity, the other steps with an agreement")
    if isinstance(record, model.Source) and not record.url and not record.file:
        ctx.problem(node, f"{path}.url", "a source needs 'url' (its public address) or 'file' (a document kept in "
                                         "data/documents/, e.g. 'documents/kadikoy-2027-01-cevap.pdf')")
    if isinstance(record, model.Source) and record.file and not _DOCUMENT.match(record.file):
        ctx.problem(node.child("file"), f"{path}.file",
                    f"{record.file!r} is not a document path: write 'documents/<name>' with letters, digits, '.', '_' "
                    "or '-' in the name, for a file in data/documents/")
    if isinstance(record, model.Source) and record.kind not in model.EXCERPT_EXEMPT_KINDS and not record.excerpt:
        ctx.problem(node, f"{path}.excerpt", f"a {record.kind} source needs an 'excerpt': the passage its quotes come "
                                             "from, copied as read on the page, so the evidence survives the page")
    if isinstance(record, model.Project) and record.start and record.end and _before(record.end, record.start):
        ctx.problem(node.child("end"), f"{path}.end",
                    f"end {record.end!r} is before start {record.start!r}; swap them or correct one")


@functools.lru_cache(maxsize=None)
def _one_line_fields(cls: type[Any]) -> tuple[str, ...]:
    """The fields of a model class that hold one line of text (names, titles), alone or in a list."""
    out = []
    for name, hint in _shape(cls)[1].items():  # type: ignore[arg-type]  # as in convert_record
        args = [hint]
        while args and typing.get_origin(args[0]) in (Union, list):
            args = [a for a in typing.get_args(args[0]) if a is not type(None)]
        if args and typing.get_origin(args[0]) is Annotated and any(
                isinstance(r, model.TextRule) and not r.multiline for r in typing.get_args(args[0])[1:]):
            out.append(name)
    return tuple(out)


def _check_alphabets(record: object, node: Node, path: str, ctx: Context) -> None:
    """Names and titles: no word mixes alphabets ('Kаdıköy' with a Cyrillic а reads as Kadıköy)."""
    for name in _one_line_fields(type(record)):  # type: ignore[arg-type]  # every class is hashable
        value = getattr(record, name)
        for text in value if isinstance(value, tuple) else (value,):
            mixed = _mixed_word(text) if isinstance(text, str) else None
            if mixed:
                ctx.problem(node.child(name), f"{path}.{name}" if path else name,
                            f"{mixed}: a look-alike letter from another alphabet; retype the word")


def _check_source(record: model.Source, node: Node, path: str, ctx: Context) -> None:
    at = node.child
    if record.published and _before(record.accessed, record.published):
        ctx.problem(at("accessed"), f"{path}.accessed",
                    f"accessed {record.accessed!r} is before published {record.published!r}: a source cannot be "
                    "read before it was published; correct one of them")
    if record.excerpt and len(record.excerpt) > MAX_EXCERPT:
        ctx.problem(at("excerpt"), f"{path}.excerpt",
                    f"the excerpt is {len(record.excerpt):,} characters long: keep the passage the quotes come "
                    f"from, at most {MAX_EXCERPT:,} characters (the page itself keeps the rest)")


def _check_agreement(record: model.Agreement, node: Node, path: str, ctx: Context) -> None:
    """Status and start date must rest on a cited source: the record says nothing its sources do not."""
    at = node.child
    if record.status != "unknown":
        if not record.status_as_of:
            ctx.problem(at("status"), f"{path}.status_as_of",
                        f"status {record.status!r} needs 'status_as_of': the date of the newest source showing it "
                        "(or set status: unknown)")
        if not any(c.status == record.status for c in record.sources):
            ctx.problem(at("status"), f"{path}.status",
                        f"status {record.status!r} has no evidence: give the citation that shows it "
                        f"'status: {record.status}' (or set status: unknown)")
    if record.since:
        given = [c.since for c in record.sources if c.since]
        if record.since not in given:
            ctx.problem(at("since"), f"{path}.since",
                        f"since {record.since!r} is not given by any citation: add 'since: {record.since!r}' to the "
                        "citation whose source states it" + (f" (the sources give {', '.join(given)})" if given else ""))
    if record.status != "ended":
        for name in ("ended", "end_reason"):
            if getattr(record, name):
                ctx.problem(at(name), f"{path}.{name}", f"'{name}' is only for status 'ended'; remove it or set the status")
    if record.ended and record.since and _before(record.ended, record.since):
        ctx.problem(at("ended"), f"{path}.ended", f"ended {record.ended!r} is before since {record.since!r}")


def _check_request(record: model.InformationRequest, node: Node, path: str, ctx: Context) -> None:
    """A request's dates run in order, and a reply says what came of it."""
    at = node.child
    if record.replied and _before(record.replied, record.filed):
        ctx.problem(at("replied"), f"{path}.replied",
                    f"replied {record.replied!r} is before filed {record.filed!r}; correct one of them")
    if record.replied and not record.outcome:
        ctx.problem(at("replied"), f"{path}.outcome", "a reply needs its 'outcome': answered, partly, refused or no_answer")
    if record.outcome in ("answered", "partly", "refused") and not record.replied:
        ctx.problem(at("outcome"), f"{path}.replied", f"outcome {record.outcome!r} needs the date of the reply ('replied')")
    if record.refusal_reason and record.outcome not in ("refused", "partly"):
        ctx.problem(at("refusal_reason"), f"{path}.refusal_reason", "'refusal_reason' is only for a refused or partly "
                                                                   "answered request")
    if record.documents and record.outcome not in ("answered", "partly"):
        ctx.problem(at("documents"), f"{path}.documents", "documents received go with outcome 'answered' or 'partly'")


def _before(a: str, b: str) -> bool:
    """True when partial date a is certainly before b ('2017' is not before '2017-06')."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]
