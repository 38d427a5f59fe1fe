"""The Turkish edition's field reference (/data/fields/): the model documents its fields in English."""
from __future__ import annotations

import dataclasses
import typing
from typing import Any, NamedTuple

from ..data import model
from ..data.rules import ENGLISH, Wording
from ..data.validate import describe

# The model documents its fields in English (macros/data/model.py: error messages, the JSON Schema, the English
# edition). The Turkish edition's field reference reads these instead; tests/test_english_edition.py
# fails when a field shown there has no Turkish text here.
FIELD_DOCS_TR: dict[str, str] = {
    "Agreement.id": "Kalıcı kimlik, sayfa adresinde kullanılır: '<ilçe>-<ortak>', ör. 'adalar-nacka'.",
    "Agreement.partner": "Ortak belediye ya da şehir.",
    "Agreement.country": "Ortağın ülkesi: 'SE' gibi bir ISO 3166-1 alpha-2 kodu ya da data/places.yaml'daki bir kod; "
                         "yurt içi bağ için 'TR'.",
    "Agreement.kind": "Bağın türü.",
    "Agreement.sources": "Bilginin kaynağı (en az bir).",
    "Agreement.kind_as_written": "Kaynağın bağ için kullandığı kendi sözcüğü, ör. 'Städtepartnerschaft'.",
    "Agreement.since": "Bağın başladığı tarih, anılan bir kaynağın verdiği biçimde.",
    "Agreement.subdivision": "Ortağın bölgesinin ISO 3166-2 kodu, ör. 'MD-GA' (Gagavuzya).",
    "Agreement.status": "Bağın en yeni kaynağa göre durumu.",
    "Agreement.status_as_of": "Bu durumu gösteren en yeni kaynağın tarihi (durum 'unknown' değilse zorunlu).",
    "Agreement.ended": "Bağın sona erdiği tarih (yalnızca 'ended' durumunda).",
    "Agreement.end_reason": "Neden sona erdiği, bir kaynağın söylediği biçimde (yalnızca 'ended' durumunda).",
    "Agreement.council_decision": "Belediye meclisi kararı (5393 sayılı Kanun md. 74).",
    "Agreement.ministry_approval": "Bakanlık izni (5393 sayılı Kanun md. 74).",
    "Agreement.note": "Kendine ait bir alanı olmayan, okurun bilmesi gereken her şey, Türkçe.",
    "Agreement.note_en": "Aynı not İngilizce.",
    "Membership.id": "Kalıcı kimlik, ör. 'kartal-iclei'.",
    "Membership.network": "data/networks.yaml'daki bir ağın kimliği.",
    "Membership.as_written": "Üyeliğin kaynaktaki yazılışı.",
    "Membership.sources": "Bilginin kaynağı (en az bir).",
    "Membership.since": "Üyeliğin başladığı yıl (ya da tarih).",
    "Project.id": "Kalıcı kimlik, sayfa adresinde kullanılır, ör. 'uskudar-cities-4-people'.",
    "Project.title": "Kaynaktaki başlık (özgün dilinde bırakın).",
    "Project.description": "Kaynakların proje hakkında söyledikleri, bizim Türkçe sözcüklerimizle.",
    "Project.description_en": "Aynı açıklama İngilizce.",
    "Project.sources": "Bilginin kaynağı (en az bir).",
    "Project.title_en": "İngilizce baskı için İngilizce başlık.",
    "Project.programme": "data/programmes.yaml'daki bir programın kimliği.",
    "Project.funder": "Hiçbir program uymuyorsa destekleyen ya da ortak kurum, yazıldığı gibi.",
    "Project.partners": "Kaynakta adı geçen ortak kurumlar ya da şehirler.",
    "Project.countries": "Kaynak ortak yerine ülke adı veriyorsa ilgili ülkeler.",
    "Project.start": "Projenin başladığı tarih.",
    "Project.end": "Projenin bittiği ya da biteceği tarih.",
    "Project.status": "Kaynağın bildirdiği durum.",
    "Project.agreements": "Projenin kapsamında yürütüldüğü anlaşmaların kimlikleri.",
    "Activity.id": "Kalıcı kimlik, ör. 'pendik-helsinki-study-trip'.",
    "Activity.kind": "Etkinliğin türü.",
    "Activity.description": "Kaynakların söyledikleri, bizim Türkçe sözcüklerimizle.",
    "Activity.description_en": "Aynı açıklama İngilizce.",
    "Activity.sources": "Bilginin kaynağı (en az bir).",
    "Activity.title": "Etkinliğin kısa adı, varsa.",
    "Activity.title_en": "İngilizce baskı için İngilizce başlık.",
    "Activity.date": "Gerçekleştiği tarih (YYYY, YYYY-AA ya da YYYY-AA-GG).",
    "Activity.countries": "İlgili ülkeler.",
    "Activity.places": "Kaynakta adı geçen yerler, yazıldığı gibi.",
    "Activity.agreements": "Etkinliğin parçası olduğu anlaşmaların kimlikleri.",
    "Activity.networks": "İlgili ağların kimlikleri.",
    "Citation.source": "Bir kaynağın kimliği (data/sources.yaml ya da belediye dosyasındaki 'sources').",
    "Citation.table": "Bilgi bir tablodan geliyorsa kaynaktaki tablo numarası.",
    "Citation.section": "Tablo değilse kaynağın bölümü ya da sayfası.",
    "Citation.quote": "Kaydın dayandığı kaynak sözleri, kaynağın dilinde kelimesi kelimesine (web kaynaklarında en "
                      "çok 40 sözcük ve kaynağın saklanan bölümünün içinde).",
    "Citation.translation_tr": "Alıntının bizim yaptığımız Türkçe çevirisi (bizim çevirimiz olarak gösterilir).",
    "Citation.translation_en": "Alıntının bizim yaptığımız İngilizce çevirisi (bizim çevirimiz olarak gösterilir).",
    "Citation.since": "Bu kaynağın verdiği biçimde bağın başlangıç tarihi.",
    "Citation.status": "Bu kaynağın gösterdiği bağ durumu (dayanağı).",
}

# What the "allowed values" column says, in Turkish: the rules of macros/data/rules.py by class name (a rule's
# English description is its own `description`).
RULE_DOCS_TR: dict[str, str] = {
    "TextRule": "Düz metin: NFC, baş ve sonda boşluksuz, biçimlendirmesiz",
    "IdRule": "Kimlik: küçük ASCII harf, rakam ve tire",
    "CountryRule": "ISO 3166-1 alpha-2 kodu ya da data/places.yaml'da tanımlı kodlardan biri",
    "SubdivisionRule": "MD-GA gibi bir ISO 3166-2 kodu; kaydın ülkesine ait olmalı",
    "PartialDateRule": "YYYY, YYYY-AA ya da YYYY-AA-GG; 1900 ile bugün arası",
    "NewCountryCodeRule": "ISO 3166-1'de olmayan bir varlık için kod: XA-XZ aralığından iki harf",
    "LanguageRule": "Küçük harfle ISO 639-1 dil kodu, ör. 'tr', 'de', 'bs'",
    "UrlRule": "Tam bir http(s) adresi",
}


# The Turkish words of the field reference's "allowed values" column (allowed_values).
FIELD_WORDS_TR = Wording(
    reference="{where} içindeki bir kaydın kimliği", either=" ya da ", one_of="şunlardan biri: ",
    list_of="liste; her öğesi: ", mapping="şu alanları olan bir eşleme: ",
    mappings="liste; her öğesi şu alanları olan bir eşleme: ", one_line="; tek satır",
    several_lines="; birden çok satır olabilir",
    plain=(("str", "metin"), ("int", "tam sayı"), ("bool", "true ya da false")), rules=RULE_DOCS_TR)


class FieldRow(NamedTuple):
    """One line of the field reference."""
    name: str
    required: bool
    meaning: str
    allowed: str


def allowed_values(tp: Any, lang: str) -> str:
    """The "allowed values" of a field of model type `tp`, as plain text in the edition's language: one text
    for the site's field reference (/data/fields/) and CONTRIBUTING.md's (`portal fields`, in English). The
    words are validation's (data.validate.describe), so a maintainer reads the same in both and in the
    message about a missing field."""
    return describe(tp, ENGLISH if lang == "en" else FIELD_WORDS_TR)


def field_rows(cls: type[Any], lang: str) -> list[FieldRow]:
    """The field reference's table of one record class, in the edition's language."""
    hints = typing.get_type_hints(cls, include_extras=True)
    return [FieldRow(f.name, model.is_required(f), field_doc(cls.__name__, f.name, model.field_doc(f), lang),
                     allowed_values(hints[f.name], lang))
            for f in dataclasses.fields(cls)]


def field_doc(cls_name: str, field_name: str, english: str, lang: str) -> str:
    """A field's description in the edition's language (English: the model's own doc)."""
    return FIELD_DOCS_TR[f"{cls_name}.{field_name}"] if lang == "tr" else english
