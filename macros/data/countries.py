"""Country names (Turkish and English): pycountry plus entities missing from ISO 3166-1."""
from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry
import pycountry.db

from .model import CountryEntity


@lru_cache(maxsize=None)
def _translation(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


@lru_cache(maxsize=None)
def _subdivision_translation(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


class Countries:
    """Look-ups over ISO 3166 and the portal's own extension (data/places.yaml)."""

    def __init__(self, extra: tuple[CountryEntity, ...] = ()):
        self._extra = {c.code: c for c in extra}

    def is_known(self, code: str) -> bool:
        # pycountry ignores case; our data and URLs use exactly the upper-case code.
        return code in self._extra or (code.isupper() and pycountry.countries.get(alpha_2=code) is not None)

    def codes(self) -> list[str]:
        return sorted([c.alpha_2 for c in pycountry.countries] + list(self._extra))

    def name(self, code: str, lang: str = "tr") -> str:
        if code in self._extra:
            entity = self._extra[code]
            return entity.name_tr if lang == "tr" else entity.name_en
        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            raise KeyError(code)
        common: str | None = getattr(country, "common_name", None)
        formal: str = country.name
        if lang == "en":
            return common or formal
        # Prefer the short everyday name ("Güney Kore") over the formal one ("Kore Cumhuriyeti").
        translation = _translation(lang)
        if common and translation.gettext(common) != common:
            return translation.gettext(common)
        return translation.gettext(formal)

    @staticmethod
    def subdivision(code: str) -> pycountry.db.Data | None:
        sub: pycountry.db.Data | None = pycountry.subdivisions.get(code=code)
        return sub if sub is not None and sub.code == code else None

    def subdivision_name(self, code: str, lang: str = "tr") -> str:
        sub = self.subdivision(code)
        return _subdivision_translation(lang).gettext(sub.name) if sub else code
