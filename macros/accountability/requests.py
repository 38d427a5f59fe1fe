"""Ready information requests under Law 4982 for the documents the sources do not show, and their status.

The text is Turkish in both editions: it is sent to a Turkish authority. The applicant's own fields
are left blank to fill: Law 4982 art. 6 asks for the applicant's name, surname, signature and home or work
address (data/legal_rules.yaml, subject request_form); the identity number is asked for by the forms of
electronic requests and kept as a field. A letter asks only for documents: the legal basis of each document
is on the tie's page, where the rules of the tie's date are cited; a document the law of the time did not
ask for is asked for "if one exists".
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..data import model
from .deadlines import answer_due

DOCUMENTS = {
    "council_decision": "kurulmasına ilişkin belediye meclisi kararının (tarihi, sayısı ve karar metniyle)",
    "ministry_approval": "kurulması için alınan bakanlık izni yazısının (tarihi ve sayısıyla)",
    "protocol": "kurulması için imzalanan protokolün (imza tarihi ve metniyle)",
    "trip_authorisation": "kapsamındaki yurt dışı görevlendirmeye ilişkin belediye meclisi kararının ya da belediye "
                          "başkanı onayının (tarihi, sayısı ve metniyle)",
}
# A document the law of the tie's date did not ask for (a letter of intent, a tie older than the rules we
# have): asked for only if one exists.
IF_ANY = {
    "council_decision": "hakkında bir belediye meclisi kararı alındıysa bu kararın (tarihi, sayısı ve karar metniyle)",
    "ministry_approval": "için bir bakanlık izni alındıysa bu izin yazısının (tarihi ve sayısıyla)",
}

# The tie named by its own kind, in the genitive the letter needs ("… arasındaki dostluk ilişkisinin").
TIE_GENITIVE = {
    "sister_city": "kardeş şehir ilişkisinin",
    "friendship": "dostluk ilişkisinin",
    "cooperation": "iş birliği ilişkisinin",
    "letter_of_intent": "niyet mektubunun (niyet beyanının)",
    "other": "ilişkinin",
}

APPLICANT = ("Tarih: ..../..../........\n"
             "Ad Soyad: ....................\n"
             "Ev ya da iş adresi: ..........\n"
             "T.C. Kimlik No: ..............\n"
             "E-posta / Telefon: ...........\n"
             "İmza: ........................")


@dataclass(frozen=True)
class Asked:
    """One document a letter asks for: a step of a tie, and whether the law of the tie's date required it."""
    agreement: model.Agreement
    country: str          # the partner's country, in Turkish
    step: str
    required: bool = True


def _partner(agreement: model.Agreement, country: str) -> str:
    name = agreement.partner.name or agreement.partner.as_written
    return f"{name} ({country})"


def _item(n: int, party: str, asked: Asked) -> str:
    if asked.agreement.kind == "letter_of_intent" and asked.step == "council_decision":
        what = "kapsamında " + IF_ANY["council_decision"]
    else:
        what = DOCUMENTS[asked.step] if asked.required else IF_ANY.get(asked.step, DOCUMENTS[asked.step])
    return (f"{n}. {party} ile {_partner(asked.agreement, asked.country)} arasındaki "
            f"{TIE_GENITIVE[asked.agreement.kind]} {what} bir örneği;")


# A letter about several ties names each document once, then one line per tie (a district with forty ties
# asks for eighty documents: a sentence for each made a letter no one would send, and a page over budget).
SHORT = {"council_decision": "belediye meclisi kararı", "ministry_approval": "bakanlık izni yazısı",
         "protocol": "imzalanan protokol", "trip_authorisation": "yurt dışı görevlendirme kararı"}
TIE_NOMINATIVE = {"sister_city": "kardeş şehir ilişkisi", "friendship": "dostluk ilişkisi",
                  "cooperation": "iş birliği ilişkisi", "letter_of_intent": "niyet mektubu", "other": "ilişki"}


def _items(party: str, asked: list[Asked]) -> str:
    ties: dict[str, list[Asked]] = {}
    for a in asked:
        ties.setdefault(a.agreement.id, []).append(a)
    if len(ties) == 1:
        return "\n".join(_item(i, party, a) for i, a in enumerate(asked, 1))
    head = (f"{party} ile aşağıdaki yerel yönetimler arasındaki ilişkiler için, her satırda belirtilen belgelerin "
            "birer örneğinin: belediye meclisi kararı (tarihi, sayısı ve karar metniyle), bakanlık izni yazısı "
            "(tarihi ve sayısıyla). \"alındıysa\" diye belirtilen belge, ilişki için alınmışsa istenmektedir.")
    lines = []
    for n, group in enumerate(ties.values(), 1):
        tie = group[0].agreement
        documents = ", ".join(SHORT[a.step] + ("" if a.required else " (alındıysa)") for a in group)
        lines.append(f"{n}. {_partner(tie, group[0].country)}, {TIE_NOMINATIVE[tie.kind]}: {documents};")
    return head + "\n" + "\n".join(lines)


def letter(district: model.District, asked: list[Asked], authority: str | None = None,
           address: str | None = None) -> str:
    """A request for the listed documents, to the municipality or (authority) to the body holding them.

    `address`: the municipality's postal address, given only when the municipality itself publishes it."""
    addressee = (f"{authority}\nBilgi Edinme Birimi" if authority
                 else f"{district.name} Belediye Başkanlığı\nBilgi Edinme Birimi")
    party = (f"{district.name} Belediyesi" if authority else "Belediyeniz")
    return _letter(addressee, None if authority else address, _items(party, asked))


def _letter(addressee: str, address: str | None, items: str) -> str:
    lines = [
        addressee + (f"\n{address}" if address else ""),
        "",
        "Konu: 4982 sayılı Bilgi Edinme Hakkı Kanunu uyarınca bilgi ve belge talebi",
        "",
        "4982 sayılı Bilgi Edinme Hakkı Kanunu ve Bilgi Edinme Hakkı Kanununun Uygulanmasına İlişkin Esas ve "
        "Usuller Hakkında Yönetmelik uyarınca aşağıdaki bilgi ve belgelerin tarafıma verilmesini talep ederim:",
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


# For a municipality no source names a foreign tie of: the question itself.
LIST_ITEMS = (
    "1. Belediyenizin yurt dışındaki yerel yönetimlerle kurduğu kardeş şehir, dostluk ve iş birliği ilişkilerinin "
    "listesinin (ortak yerel yönetimin adı, ülkesi ve ilişkinin kurulduğu tarih ile);",
    "2. Bu ilişkilerin her birinin kurulmasına ilişkin belediye meclisi kararlarının (tarihi, sayısı ve karar "
    "metniyle) ve alınan bakanlık izni yazılarının (tarihi ve sayısıyla) birer örneğinin;",
)


def list_letter(district: model.District, address: str | None = None) -> str:
    """A request for the list of the municipality's foreign ties and their documents (no source names one)."""
    return _letter(f"{district.name} Belediye Başkanlığı\nBilgi Edinme Birimi", address, "\n".join(LIST_ITEMS))


def request_text(district: model.District, agreement: model.Agreement, steps: list[str], country: str,
                 authority: str | None = None, address: str | None = None) -> str:
    """A request for the documents of `steps` of one tie (each asked for as required)."""
    return letter(district, [Asked(agreement, country, step) for step in steps], authority, address)


def objection_text(district: model.District | None = None, agreement: model.Agreement | None = None,
                   steps: tuple[str, ...] = ("council_decision", "ministry_approval"), country: str = "",
                   unanswered: bool = False) -> str:
    """An objection to the Bilgi Edinme Değerlendirme Kurulu (Law 4982 art. 13): after a refusal, or
    (`unanswered`) after the answer period of art. 11 ran out without a reply.

    Without a district and tie, the names are left as blanks to fill."""
    items = " ve ".join(DOCUMENTS[step] for step in steps)
    district_name = district.name if district else "………………"
    partner = _partner(agreement, country) if agreement else "……………… (……………)"
    tie = TIE_GENITIVE[agreement.kind] if agreement else TIE_GENITIVE["other"]
    asked = (f"{district_name} Belediyesine ..../..../........ tarihinde yaptığım bilgi edinme başvurusunda, "
             f"{district_name} Belediyesi ile {partner} arasındaki {tie} {items} birer örneğini istedim.")
    if unanswered:
        what = ("Başvuruma, Kanunun 11. maddesinde öngörülen on beş iş günlük süre (süre uzatıldığı bildirildiyse "
                "otuz iş günü) içinde cevap verilmemiştir.")
        ask = ("Cevapsız kalan başvurumun incelenerek belgelerin tarafıma verilmesinin sağlanmasını arz ederim.")
        attached = "Ek: Başvurunun ve başvurunun ulaştığını gösteren belgenin örnekleri"
    else:
        what = "Başvurum ..../..../........ tarihli cevapla reddedildi (cevabın bir örneği ektedir)."
        ask = "Ret kararının kaldırılarak belgelerin tarafıma verilmesini arz ederim."
        attached = "Ek: Başvuru ve cevap yazısının örnekleri"
    return "\n".join([
        "Bilgi Edinme Değerlendirme Kurulu Başkanlığına",
        "",
        "Konu: 4982 sayılı Kanunun 13. maddesi uyarınca itiraz",
        "",
        f"{asked} {what}",
        "",
        "Talep ettiğim belgeler, belediyenin kanunla verilmiş görevini yerine getirirken oluşturduğu resmî "
        "belgelerdir; 4982 sayılı Kanunun 15–28. maddelerinde sayılan istisnalardan birine girmemektedir. " + ask,
        "",
        attached,
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


def replied_in_time(request: model.InformationRequest) -> bool:
    """A reply within the deadline: an answer, a partial answer or a refusal (a refusal is a reply)."""
    return (request.outcome in ("answered", "partly", "refused") and request.replied is not None
            and len(request.replied) == 10 and datetime.date.fromisoformat(request.replied) <= due(request))
