"""What one value may be: the rules the model attaches to its fields (``Annotated[str, IdRule()]``).

Each rule carries everything about its values, as MkDocs' config options do:

* ``check``: the value as the model holds it, or a problem recorded in the validator's Context (then
  ``Invalid`` is raised), worded as ``file:line: path: what is wrong; what is valid``;
* ``schema``: its JSON Schema fragment (``schema/``: editors test values while typing);
* ``describe``: what a value may be, in the maintainers' words (validation messages, the field reference of
  CONTRIBUTING.md and of the site; the Turkish words: ``i18n.RULE_DOCS_TR``).

The validator, the schema and the field reference ask the rule; none of them dispatches on its class. The
model (model.py) imports the rules and attaches them to its fields; this module imports nothing of the model.
"""
from __future__ import annotations

import abc
import dataclasses
import datetime
import functools
import re
import typing
import unicodedata
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from .load import Node

if TYPE_CHECKING:
    from .validate import Context

# An id (a record's, a district's slug): lower-case ASCII letters and digits, words joined by single hyphens.
# Ids become page addresses and file names. Written in the subset that Python's `re` and JSON Schema's
# ECMA-262 patterns share: validation, the editor schema and `portal new` test the same thing.
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID = re.compile(ID_PATTERN)
MAX_ID_LENGTH = 80  # ids become file names and addresses: 300 characters broke the build (file name too long)
# Text lengths: the longest title in the data is 150 characters, the longest excerpt 1,700; a 1 MB
# excerpt was accepted. An excerpt is the passage a quote (at most 40 words) comes from.
MAX_TEXT = 1_000
MAX_LONG_TEXT = 20_000
MAX_URL_LENGTH = 2_000
EARLIEST_YEAR = 1900

_NEW_CODE = re.compile(r"^X[A-Z]$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DATE_SCHEMA = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Invisible characters that change what a reader sees without being seen: C1 controls, every Unicode
# format character (category Cf: bidi marks, embeddings, overrides and isolates -- a URL that reads
# "…exe.txt" --, zero-width characters, the soft hyphen, word joiners, the byte order mark, tag
# characters; the list is Unicode 15's, and a test checks it against Python's unicodedata), the blank
# "letters" that render as nothing (Hangul fillers, the Mongolian vowel separator, the combining grapheme
# joiner) and the Unicode line/paragraph separators. The data uses none of them; the one real text needs,
# a zero-width joiner inside an emoji (🏳️‍🌈), is kept (invisible).
_FORMAT_CHARACTERS = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
                      "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
                      "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f")
_FILLERS = "\u034f\u115f\u1160\u3164\uffa0"
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff"  # never text (U+FFFE: a byte-order mark read backwards)
INVISIBLE = re.compile(f"[\x80-\x9f\u2028\u2029{_FORMAT_CHARACTERS}{_FILLERS}{_NONCHARACTERS}]")


def today() -> datetime.date:
    """The latest acceptable date; a function so tests can pin it."""
    return datetime.date.today()


class Invalid(Exception):
    """A value could not be converted; its problem has been recorded already."""


# --- what a value may be, in words ---------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Wording:
    """The words a description uses, so that one walk over the model speaks English (validation messages, the
    field reference, the schema) or another language (i18n.FIELD_WORDS_TR)."""
    reference: str = "the id of an entry in {where}"
    either: str = " or "
    one_of: str = "one of "
    list_of: str = "a list of "
    mapping: str = "a mapping with the fields "
    mappings: str = "a list of mappings, each with the fields "
    one_line: str = "; one line"
    several_lines: str = "; may span several lines"
    plain: tuple[tuple[str, str], ...] = (("str", "text"), ("int", "a whole number"), ("bool", "true or false"))
    rules: dict[str, str] | None = None   # rule class name -> its description; None: the rule's own (English)


ENGLISH = Wording()


# --- the rules -------------------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Rule(abc.ABC):
    """What the value of a field may be. A concrete rule states its `description` (or its own `describe`) and
    implements `check` and `schema`; tests/test_rules.py holds every rule to that."""
    description: ClassVar[str] = ""

    @abc.abstractmethod
    def check(self, node: Node, base: type, path: str, ctx: Context) -> Any:
        """The value of `node` (a YAML value of the model type `base`: str, or int for a year) as the model
        holds it; otherwise a problem recorded in `ctx`, and Invalid raised."""

    @abc.abstractmethod
    def schema(self, base: type) -> dict[str, Any]:
        """The JSON Schema of a value of the model type `base`."""

    def describe(self, words: Wording = ENGLISH) -> str:
        """What a value may be, in the given words ('' when the words have none for this rule)."""
        if words.rules is None:
            return self.description
        return words.rules.get(type(self).__name__, "")


def annotated_rule(tp: Any) -> tuple[Any, Rule | None]:
    """(the base type, its rule) of a model type ``Annotated[base, rule]``."""
    base, *metadata = typing.get_args(tp)
    return base, next((m for m in metadata if isinstance(m, Rule)), None)


# --- text --------------------------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Markup:
    """Something a text field must not hold. `pattern` is written in the subset that Python's `re` and
    JSON Schema's ECMA-262 patterns share, so validation and the editor schema test the same thing."""
    pattern: str
    what: str
    caseless: bool = False  # letters match in either case (JSON Schema patterns have no flags)

    def ecma(self) -> str:
        """The pattern for JSON Schema, whose patterns (ECMA-262) have no flags: a caseless one spells each
        letter both ways ("[jJ][aA]…"). Escapes (\\s, \\t) are kept as they are."""
        if not self.caseless:
            return self.pattern
        return re.sub(r"(?<!\\)[a-z]", lambda m: f"[{m.group()}{m.group().upper()}]", self.pattern)


MARKUP = (
    Markup(r"\{[{%#]|[}%#]\}", "template syntax ('{{', '{%', '{#')"),
    Markup(r"<(?:[A-Za-z!?]|/[A-Za-z])", "an HTML tag or comment"),
    Markup(r"\]\s*\(", "a Markdown link ('[text](url)')"),
    # A scheme only where a link could start (start of text, after a bracket, quote or '=') and only
    # when the address follows at once: "Open data: …" and "JavaScript: temel eğitim" are plain text.
    Markup(r"""(?:^|[\s(<\[="'`])(?:javascript|vbscript|data)[\t ]*:(?!\s|$)""", "a script URL ('javascript:')",
           caseless=True),
)
_MARKUP = [(re.compile(m.pattern, re.IGNORECASE if m.caseless else 0), m.what) for m in MARKUP]
# Text fields must not match any of the markup patterns, in the editor schema either.
_MARKUP_SCHEMA = "|".join(f"(?:{m.ecma()})" for m in MARKUP)


@dataclasses.dataclass(frozen=True)
class TextRule(Rule):
    """Text shown to readers: one line (names, titles) unless `multiline` (notes, descriptions, excerpts)."""
    multiline: bool = False
    description: ClassVar[str] = "Plain text shown to readers: NFC, no surrounding spaces, no markup/template syntax"

    def describe(self, words: Wording = ENGLISH) -> str:
        # Whether a text may break across lines is what a maintainer writing YAML needs to know first.
        return super().describe(words) + (words.several_lines if self.multiline else words.one_line)

    def check(self, node: Node, base: type, path: str, ctx: Context) -> str:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            extra = ""
            if isinstance(value, bool):
                quote = f": '{node.raw}'" if node.raw else ""
                extra = f" (YAML reads yes/no/on/off as true/false: put the text in quotes{quote})"
            ctx.problem(node, path, f"expected text, found {yaml_type(value)}{extra}")
            raise Invalid
        if not isinstance(value, str):
            # A number YAML made of the text (3.10 -> 3.1, 12:30 -> 750): the text as written instead.
            return node.raw if node.raw is not None else str(value)
        if self.multiline:
            value = value.rstrip("\n")  # block scalars ('|', '>') end with a newline
        problems: list[str] = []
        if not value.strip():
            problems.append("is empty; write the text or remove the field")
        elif value != value.strip():
            problems.append("has spaces at the start or end; remove them")
        if not self.multiline and "\n" in value:
            problems.append("must be on one line")
        limit = MAX_LONG_TEXT if self.multiline else MAX_TEXT
        if len(value) > limit:
            problems.append(f"is {len(value):,} characters long: this field holds at most {limit:,}; keep what the "
                            "reader needs (the source keeps the rest)")
        if _CONTROL.search(value):
            problems.append("contains a control character; retype the text")
        elif hidden := invisible(value):
            problems.append(hidden)
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
            raise Invalid
        return value

    def schema(self, base: type) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string", "minLength": 1, "not": {"pattern": _MARKUP_SCHEMA}}
        if not self.multiline:
            schema["pattern"] = r"^[^\n]*$"
        return schema


# --- dates -------------------------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class PartialDateRule(Rule):
    """A date as precise as the source gives it; on an int field (a year) the year of such a date."""
    description: ClassVar[str] = f"YYYY, YYYY-MM or YYYY-MM-DD, between {EARLIEST_YEAR} and today"

    def check(self, node: Node, base: type, path: str, ctx: Context) -> str | int:
        raw = node.value
        # As written: an unquoted 0x7E1 is the number 2017 to YAML, but not a year.
        text = (node.raw or str(raw)) if isinstance(raw, int) and not isinstance(raw, bool) else raw
        match = _DATE.match(text) if isinstance(text, str) else None
        if match is None or not isinstance(text, str):
            ctx.problem(node, path, f"{text!r:.60} is not a date; write YYYY-MM-DD (or YYYY-MM, or YYYY if only the "
                                    "year is known), e.g. '2017-06-30'")
            raise Invalid
        year, month, day = (int(g) if g else 1 for g in match.groups())
        try:
            first = datetime.date(year, month, day)
        except ValueError:
            ctx.problem(node, path, f"{raw!r} is not a real date (month 1-12, day within the month)")
            raise Invalid from None
        if year < EARLIEST_YEAR or first > today():
            ctx.problem(node, path, f"{raw!r} is out of range: dates must lie between {EARLIEST_YEAR} and today "
                                    f"({today().isoformat()})")
            raise Invalid
        return year if base is int else text

    def schema(self, base: type) -> dict[str, Any]:
        if base is int:
            return {"type": "integer", "minimum": EARLIEST_YEAR}
        return {"type": ["string", "integer"], "pattern": _DATE_SCHEMA, "description": "YYYY, YYYY-MM or YYYY-MM-DD"}


# --- codes, ids and addresses: written as text --------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class StringRule(Rule):
    """A value of a fixed form written as text (an id, a code, an address): never a number or true/false YAML
    made of it, never with an invisible character. A concrete rule checks the rest in `check_string`."""

    def check(self, node: Node, base: type, path: str, ctx: Context) -> str:
        value = node.value
        if not isinstance(value, str):
            quote = f"; YAML reads an unquoted {node.raw} as {value!r}: quote it: '{node.raw}'" if node.raw else ""
            ctx.problem(node, path, f"expected text ({self.describe()}), found {yaml_type(value)} "
                                    f"{value!r:.60}{quote}")
            raise Invalid
        hidden = invisible(value)
        if hidden:
            ctx.problem(node, path, f"{value!r:.60} {hidden}")
            raise Invalid
        return self.check_string(value, node, path, ctx)

    @abc.abstractmethod
    def check_string(self, value: str, node: Node, path: str, ctx: Context) -> str:
        """`value` (text without invisible characters) if it has the rule's form; else a problem and Invalid."""


@dataclasses.dataclass(frozen=True)
class IdRule(StringRule):
    """A record's own id (or a district's slug): permanent, it becomes a page address."""
    description: ClassVar[str] = "Stable identifier used in URLs: lower-case ASCII letters, digits and hyphens"

    def check_string(self, value: str, node: Node, path: str, ctx: Context) -> str:
        if len(value) > MAX_ID_LENGTH:
            ctx.problem(node, path, f"{value[:40]!r}… is {len(value)} characters long: ids become page addresses and "
                                    f"file names, so use at most {MAX_ID_LENGTH}")
            raise Invalid
        if not ID.match(value):
            ctx.problem(node, path, f"{value!r} is not a valid id{_not_ascii(value)}: use lower-case ASCII letters, "
                                    "digits and single hyphens, e.g. 'kadikoy-nacka'")
            raise Invalid
        if _placeholder_id().search(value):
            ctx.problem(node, path, f"{value!r} is the placeholder id from `portal new`: rename it after the partner "
                                    "or project, e.g. 'adalar-nacka' (ids become permanent page addresses)")
            raise Invalid
        return value

    def schema(self, base: type) -> dict[str, Any]:
        return {"type": "string", "pattern": ID_PATTERN}


@functools.lru_cache(maxsize=None)
def _placeholder_id() -> re.Pattern[str]:
    """The placeholder id of a skeleton `portal new` wrote (data/kinds.py: RecordKind.id_stem), made unique or not."""
    from . import kinds  # here, not above: the registry imports the model, which imports this module
    stems = "|".join(re.escape(k.id_stem or "") for k in kinds.SCAFFOLDED.values())
    return re.compile(f"-(?:{stems})(?:-\\d+)?$")


def _district_records() -> tuple[str, ...]:
    """Collections whose records are written in the district files only (the record kinds of data/kinds.py;
    sources may be in either place)."""
    from . import kinds  # see _placeholder_id
    return tuple(kinds.BY_KEY)


@dataclasses.dataclass(frozen=True)
class RefRule(StringRule):
    """Reference by id to a record defined elsewhere (``target`` names the collection); whether a record has
    that id is checked across files (dataset.py), from the references the check records."""
    target: str

    @property
    def where(self) -> str:
        """The files that define the records referred to."""
        return "data/districts/*.yaml" if self.target in _district_records() else f"data/{self.target}.yaml"

    def describe(self, words: Wording = ENGLISH) -> str:
        return words.reference.format(where=self.where)

    def check_string(self, value: str, node: Node, path: str, ctx: Context) -> str:
        if not ID.match(value):
            ctx.problem(node, path, f"{value!r} is not a valid id of {self.target}")
            raise Invalid
        ctx.refer(self.target, value, node, path)
        return value

    def schema(self, base: type) -> dict[str, Any]:
        return {"type": "string", "pattern": ID_PATTERN, "description": f"id of an entry in {self.target}"}


@dataclasses.dataclass(frozen=True)
class CountryRule(StringRule):
    """A country: ISO 3166-1 (pycountry) or an entity of data/places.yaml (the validator's Countries)."""
    description: ClassVar[str] = "ISO 3166-1 alpha-2 code, or one of the codes defined in data/places.yaml"

    def check_string(self, value: str, node: Node, path: str, ctx: Context) -> str:
        if not ctx.countries.is_known(value):
            hint = ""
            if ctx.countries.is_known(value.upper()):
                hint = f"write it in upper case: '{value.upper()}'; "
            ctx.problem(node, path, f"{value!r} is not a known country code; {hint}use an ISO 3166-1 alpha-2 code "
                                    "such as 'SE' or 'BA', or add the entity to data/places.yaml")
            raise Invalid
        return value

    def schema(self, base: type) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^[A-Z]{2}$", "examples": ["SE", "BA", "MK", "XK"]}


@dataclasses.dataclass(frozen=True)
class SubdivisionRule(StringRule):
    """A region of a country; that it belongs to the record's country is checked with the record."""
    description: ClassVar[str] = "ISO 3166-2 code such as MD-GA; must belong to the record's country"

    def check_string(self, value: str, node: Node, path: str, ctx: Context) -> str:
        if ctx.countries.subdivision(value) is None:
            hint = ""
            if ctx.countries.subdivision(value.upper()) is not None:
                hint = f"; write it in upper case: '{value.upper()}'"
            ctx.problem(node, path, f"{value!r} is not an ISO 3166-2 subdivision code (e.g. 'MD-GA' for "
                                    f"Gagauzia){hint}")
            raise Invalid
        return value

    def schema(self, base: type) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^[A-Z]{2}-[A-Z0-9]{1,3}$"}


@dataclasses.dataclass(frozen=True)
class NewCountryCodeRule(StringRule):
    """The code of a country-like entity defined in data/places.yaml."""
    description: ClassVar[str] = ("A code for an entity missing from ISO 3166-1: two letters from the "
                                  "user-assigned range XA-XZ")

    def check_string(self, value: str, node: Node, path: str, ctx: Context) -> str:
        if not _NEW_CODE.match(value):
            ctx.problem(node, path, f"{value!r} must be two upper-case letters from the user-assigned range XA-XZ")
            raise Invalid
        return value

    def schema(self, base: type) -> dict[str, Any]:
        return {"type": "string", "pattern": _NEW_CODE.pattern}


@dataclasses.dataclass(frozen=True)
class LanguageRule(StringRule):
    """The language of a document (pycountry's ISO 639-1 codes)."""
    description: ClassVar[str] = "ISO 639-1 language code in lower case, e.g. 'tr', 'de', 'bs'"

    def check_string(self, value: str, node: Node, path: str, ctx: Context) -> str:
        if not _is_language(value):
            ctx.problem(node, path, f"{value!r} is not an ISO 639-1 language code; use two lower-case letters "
                                    "such as 'tr', 'en', 'de' or 'bs'")
            raise Invalid
        return value

    def schema(self, base: type) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^[a-z]{2}$", "examples": ["tr", "en", "de", "bs"]}


@dataclasses.dataclass(frozen=True)
class UrlRule(StringRule):
    """A link readers follow (url_problem says what is wrong with one; `portal from-issue` asks it too)."""
    description: ClassVar[str] = "An absolute http(s) URL"

    def check_string(self, value: str, node: Node, path: str, ctx: Context) -> str:
        wrong = url_problem(value)
        if wrong:
            ctx.problem(node, path, f"{value!r:.100} {wrong}")
            raise Invalid
        return value

    def schema(self, base: type) -> dict[str, Any]:
        return {"type": "string", "format": "uri", "pattern": r"^https?://"}


# --- the checks' helpers ------------------------------------------------------------------------------------------

def yaml_type(value: Any) -> str:
    """What YAML made of a value, in a maintainer's words."""
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


def url_problem(value: str) -> str | None:
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
        mixed = mixed_word(parts.hostname.replace(".", " ").replace("-", " "))
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


def mixed_word(text: str) -> str | None:
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


def invisible(value: str) -> str | None:
    """What is wrong if the text holds an invisible or reordering character, else None."""
    for match in INVISIBLE.finditer(value):
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

