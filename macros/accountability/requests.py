"""Ready information requests under Law 4982 for the documents the sources do not show, and their status.

The text is Turkish in both editions: it is sent to a Turkish authority. The applicant's own fields
are left blank to fill (Law 4982 art. 6 asks a person for name, signature, T.C. kimlik no and address).
"""
from __future__ import annotations

import datetime

from ..data import model
from .deadlines import answer_due

DOCUMENTS = {
    "council_decision": "kurulmasına ilişkin belediye meclisi kararının (tarihi, sayısı ve karar metniyle)",
    "ministry_approval": "kurulması için 5393 sayılı Belediye Kanununun 74. maddesi uyarınca alınan bakanlık izni "
                         "yazısının (tarihi ve sayısıyla)",
    "protocol": "kurulması için imzalanan protokolün (imza tarihi ve metniyle)",
    "trip_authorisation": "kapsamındaki yurt dışı görevlendirmeye ilişkin belediye meclisi kararının ya da belediye "
                          "başkanı onayının (tarihi, sayısı ve metniyle)",
}

APPLICANT = ("Tarih: ..../..../........\n"
             "Ad Soyad: ....................\n"
             "T.C. Kimlik No: ..............\n"
             "Adres: .......................\n"
             "E-posta / Telefon: ...........\n"
             "İmza: ........................")


def _partner(agreement: model.Agreement, country: str) -> str:
    name = agreement.partner.name or agreement.partner.as_written
    return f"{name} ({country})"


def request_text(district: model.District, agreement: model.Agreement, steps: list[str], country: str,
                 authority: str | None = None, address: str | None = None) -> str:
    """A request for the documents of `steps` of a tie, to the municipality or (authority) to a ministry.

    `address`: the municipality's postal address, given only when the municipality itself publishes it."""
    addressee = (f"{authority}\nBilgi Edinme Birimi" if authority
                 else f"{district.name} Belediye Başkanlığı\nBilgi Edinme Birimi")
    address = None if authority else address
    party = (f"{district.name} Belediyesi" if authority else "Belediyeniz")
    items = "\n".join(f"{i}. {party} ile {_partner(agreement, country)} arasındaki kardeş şehir ilişkisinin "
                      f"{DOCUMENTS[step]} bir örneği;" for i, step in enumerate(steps, 1))
    lines = [
        addressee + (f"\n{address}" if address else ""),
        "",
        "Konu: 4982 sayılı Bilgi Edinme Hakkı Kanunu uyarınca bilgi ve belge talebi",
        "",
        "4982 sayılı Bilgi Edinme Hakkı Kanunu ve Bilgi Edinme Hakkı Kanununun Uygulanmasına İlişkin Esas ve "
        "Usuller Hakkında Yönetmelik uyarınca aşağıdaki belgelerin tarafıma verilmesini talep ederim:",
        "",
        items,
        "",
        "Belgelerin elektronik ortamda (e-posta ile) ya da aşağıdaki adrese gönderilmesini rica ederim. Kanunun 11. "
        "maddesi uyarınca başvurumun on beş iş günü içinde cevaplandırılmasını; belgelerin verilmemesi hâlinde "
        "gerekçesinin ve itiraz yollarının bildirilmesini (madde 12) arz ederim.",
        "",
        APPLICANT,
    ]
    return "\n".join(lines)


def objection_text(district: model.District | None = None, agreement: model.Agreement | None = None,
                   steps: tuple[str, ...] = ("council_decision", "ministry_approval"), country: str = "") -> str:
    """An objection to the Bilgi Edinme Değerlendirme Kurulu after a refusal (Law 4982 art. 13).

    Without a district and tie, the names are left as blanks to fill."""
    items = " ve ".join(DOCUMENTS[step] for step in steps)
    district_name = district.name if district else "………………"
    partner = _partner(agreement, country) if agreement else "……………… (……………)"
    return "\n".join([
        "Bilgi Edinme Değerlendirme Kurulu Başkanlığına",
        "",
        "Konu: 4982 sayılı Kanunun 13. maddesi uyarınca itiraz",
        "",
        f"{district_name} Belediyesine ..../..../........ tarihinde yaptığım bilgi edinme başvurusunda, "
        f"{district_name} Belediyesi ile {partner} arasındaki kardeş şehir ilişkisinin "
        f"{items} birer örneğini istedim. Başvurum ..../..../........ tarihli cevapla reddedildi "
        "(cevabın bir örneği ektedir).",
        "",
        "Talep ettiğim belgeler, belediyenin kanunla verilmiş görevini yerine getirirken oluşturduğu resmî "
        "belgelerdir; 4982 sayılı Kanunun 15–28. maddelerinde sayılan istisnalardan birine girmemektedir. Ret "
        "kararının kaldırılarak belgelerin tarafıma verilmesini arz ederim.",
        "",
        "Ek: Başvuru ve cevap yazısının örnekleri",
        "",
        APPLICANT,
    ])


def due(request: model.InformationRequest) -> datetime.date:
    return answer_due(datetime.date.fromisoformat(request.filed), request.extended)


def request_status(request: model.InformationRequest, today: datetime.date) -> str:
    """answered | partly | refused | no_answer (as recorded), else waiting or overdue against `today`."""
    if request.outcome:
        return request.outcome
    return "waiting" if today <= due(request) else "overdue"


def answered_in_time(request: model.InformationRequest) -> bool:
    return (request.outcome in ("answered", "partly") and request.replied is not None
            and len(request.replied) == 10 and datetime.date.fromisoformat(request.replied) <= due(request))
