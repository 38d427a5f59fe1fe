"""Turkish-aware text helpers: slugs, ASCII folding for search, NFC checks."""
from __future__ import annotations

import re
import unicodedata

# Explicit map first: NFKD alone drops dotless ı ("Kadıköy" -> "Kadkoy").
_TURKISH = str.maketrans({
    "ı": "i", "İ": "i", "I": "i", "ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g",
    "ç": "c", "Ç": "c", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u", "â": "a", "Â": "a",
    "î": "i", "Î": "i", "û": "u", "Û": "u",
})


def fold(text: str) -> str:
    """Lower-case ASCII form of a text, the way people type without Turkish letters.

    "Kadıköy" -> "kadikoy", "İSTANBUL" -> "istanbul", "Vogoşça" -> "vogosca".
    """
    text = unicodedata.normalize("NFC", text).translate(_TURKISH)
    # NFKD splits "é" into "e" + a combining accent; dropping every non-ASCII character then drops the
    # accents (never ASCII) along with letters that have no ASCII form. One C call per text: the
    # search index folds the whole text of every page.
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def slugify(text: str) -> str:
    """URL slug: folded, words joined by single hyphens ("Eyüpsultan" -> "eyupsultan")."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def tr_lower(text: str) -> str:
    """Turkish lower-case: I -> ı and İ -> i (str.lower gets both wrong)."""
    return text.replace("I", "ı").replace("İ", "i").lower()


def tr_sort_key(text: str) -> tuple[int, ...]:
    """Sort key following the Turkish alphabet (Ç after C, Ş after S, ...)."""
    order = "abcçdefgğhıijklmnoöprsştuüvyz"
    out = []
    for ch in tr_lower(text):
        i = order.find(ch)
        out.append((i if i >= 0 else 100 + ord(ch)))
    return tuple(out)


def toc_slug(value: str, separator: str = "-") -> str:
    """Heading anchors for Python-Markdown's toc: "Hakkında" -> "hakkinda" (its default gives "hakknda")."""
    return re.sub(r"[^a-z0-9]+", separator, fold(value)).strip(separator)


# Letters of other alphabets that look like Latin ones (Cyrillic а, Greek ο ...): mapped to the Latin
# letter they imitate, so that "Kаdıköy" (with a Cyrillic а) and "Kadıköy" are seen as the same name.
_LOOKALIKES = str.maketrans({look: latin for latin, looks in {
    "a": "аАαΑ", "b": "вВβΒ", "c": "сС", "d": "ԁ", "e": "еЕёЁεΕ", "h": "нНһҺηΗ", "i": "іІїЇιΙ", "j": "јЈ",
    "k": "кКκΚ", "l": "ӏ", "m": "мМΜ", "n": "Ν", "o": "оОοΟ", "p": "рРρΡ", "q": "ԛ", "s": "ѕЅ", "t": "тТτΤ",
    "u": "υ", "v": "ν", "w": "ԝ", "x": "хХχΧ", "y": "уУΥ", "z": "ζΖ"}.items() for look in looks})


def lookalike_key(text: str) -> str:
    """The folded form of a name with look-alike letters of other alphabets read as Latin: two names
    with the same key look the same to a reader ("Kadıköy", "KADIKÖY", "Kаdıköy")."""
    return " ".join(fold(unicodedata.normalize("NFKC", text).translate(_LOOKALIKES)).split())
