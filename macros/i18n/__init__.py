"""Interface text in Turkish and English, in one place: the words (labels.py), the field reference
(fields.py) and how counts, numbers and dates are written. Record text is never translated here.

Counts, numbers and dates go through Babel (the CLDR data Material already installs): a label whose
text depends on a count is a mapping of CLDR plural categories ("one", "other") and is chosen by
``label(key, lang, count=n)``; ``number`` and ``date`` format in the edition's locale. No hand-written
month names or plural rules here.
"""
from __future__ import annotations

import datetime
import functools

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal

from .fields import FIELD_DOCS_TR, FIELD_WORDS_TR, RULE_DOCS_TR, FieldRow, allowed_values, field_doc, field_rows
from .labels import ENUMS, LABELS, LabelText, PluralForms

__all__ = ["ENUMS", "FIELD_DOCS_TR", "FIELD_WORDS_TR", "LABELS", "RULE_DOCS_TR", "FieldRow", "LabelText", "PluralForms",
           "allowed_values", "counted", "date", "enum_label", "field_doc", "field_rows", "format_date", "label", "language_name",
           "number", "plural_form"]


def format_date(value: str | None, lang: str) -> str:
    """'2017-06' -> 'Haziran 2017' / 'June 2017'; '2017-06-05' -> '5 Haziran 2017' (Babel: see date)."""
    return date(value, lang)


@functools.lru_cache(maxsize=None)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def plural_form(n: int, lang: str) -> str:
    """CLDR plural category of n in the language: "one", "other", ..."""
    return _locale(lang).plural_form(abs(n))


def number(n: int, lang: str) -> str:
    """1234 -> "1.234" (tr) / "1,234" (en)."""
    return format_decimal(n, locale=_locale(lang))


@functools.lru_cache(maxsize=4096)  # the same few hundred dates, thousands of times a build (Babel: ~20 µs each)
def date(value: str | None, lang: str) -> str:
    """A partial date as a reader writes it: "2017", "Haziran 2017" / "June 2017", "5 Haziran 2017"."""
    if not value:
        return ""
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return _babel_date(datetime.date(parts[0], parts[1], 1), "LLLL y", locale=_locale(lang))
    return _babel_date(datetime.date(*parts[:3]), "d MMMM y", locale=_locale(lang))


def label(key: str, lang: str, **values) -> str:
    """The text of `key`; a label with plural forms is chosen by values["count"] (a number, formatted
    in the edition's locale) or, failing that, values["n"]."""
    text = LABELS[key][lang]
    if isinstance(text, dict):
        n = values.get("count", values.get("n"))
        if n is None:
            raise TypeError(f"label {key!r} has plural forms: pass count= or n=")
        text = text.get(plural_form(int(n), lang), text["other"])
    if "count" in values and isinstance(values["count"], int):
        values = {**values, "count": number(values["count"], lang)}
    return text.format(**values) if values else text


def counted(key: str, n: int, lang: str) -> str:
    """ "1 agreement", "3 agreements", "3 anlaşma": a counted noun (n_* labels)."""
    return label(key, lang, count=n)


def language_name(code: str, lang: str) -> str:
    """'de' -> 'Almanca' / 'German': the CLDR name of a language, in the edition's language."""
    name = _locale(lang).languages.get(code)
    return name[:1].upper() + name[1:] if name else code


def enum_label(group: str, value: str, lang: str) -> str:
    return ENUMS[group][value][lang]
