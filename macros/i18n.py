"""Interface text in Turkish and English. Record text is never translated here."""
from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "municipality": {"tr": "Belediye", "en": "Municipality"},
    "municipality_of": {"tr": "{name} Belediyesi", "en": "{name} Municipality"},
    "municipalities": {"tr": "Belediyeler", "en": "Municipalities"},
    "partner": {"tr": "Ortak", "en": "Partner"},
    "partner_as_written": {"tr": "Kaynaktaki yazılışı", "en": "As written in the source"},
    "partner_standard": {"tr": "Standart adı", "en": "Standard name"},
    "country": {"tr": "Ülke", "en": "Country"},
    "countries": {"tr": "Ülkeler", "en": "Countries"},
    "region": {"tr": "Bölge", "en": "Region"},
    "kind": {"tr": "Tür", "en": "Kind"},
    "status": {"tr": "Durum", "en": "Status"},
    "year": {"tr": "Yıl", "en": "Year"},
    "date": {"tr": "Tarih", "en": "Date"},
    "number": {"tr": "Sayı", "en": "Number"},
    "signed": {"tr": "İmza tarihi", "en": "Signed"},
    "council_decision": {"tr": "Belediye meclisi kararı", "en": "Municipal council decision"},
    "ministry_approval": {"tr": "Bakanlık izni", "en": "Ministry approval"},
    "legal_steps": {"tr": "Yasal adımlar (5393 sayılı Kanun, md. 74)", "en": "Legal steps (Law 5393, art. 74)"},
    "legal_steps_help": {
        "tr": "Kardeş şehir ilişkisi belediye meclisi kararı ve bakanlık izni gerektirir. İzin makamı 2018'de "
              "7153 sayılı Kanunla İçişleri Bakanlığından Çevre ve Şehircilik Bakanlığına geçmiştir.",
        "en": "A sister-city tie requires a municipal council decision and ministry approval. In 2018 Law 7153 "
              "moved the approval from the Ministry of the Interior to the Ministry of Environment and "
              "Urbanisation.",
    },
    "original_title": {"tr": "Özgün başlık", "en": "Original title"},
    "summary": {"tr": "Özet", "en": "Summary"},
    "filter_all": {"tr": "Tümü", "en": "All"},
    "filter_count": {"tr": "{total} kayıttan {shown} tanesi gösteriliyor", "en": "Showing {shown} of {total} records"},
    "filter_label": {"tr": "Tabloyu süz", "en": "Filter the table"},
    "cite_this": {"tr": "Atıf ve kalıcı bağlantı", "en": "Cite this page"},
    "last_changed": {"tr": "Son değişiklik", "en": "Last changed"},
    "record_json": {"tr": "Bu kaydın verisi (JSON)", "en": "This record as data (JSON)"},
    "chart_ties": {"tr": "kayıt", "en": "records"},
    "chart_map_title": {"tr": "Dünya haritasında ilişkiler", "en": "Ties on the world map"},
    "chart_map_caption": {"tr": "Her ülke için anlaşma, proje ve etkinlik sayısı; ülkeye tıklayınca kayıtları açılır.",
                          "en": "Agreements, projects and activities per country; select a country to see its records."},
    "chart_countries_title": {"tr": "En çok ilişki kurulan ülkeler", "en": "Countries with the most ties"},
    "chart_countries_caption": {"tr": "Anlaşma, proje ve etkinliklerin toplamı (Türkiye hariç).",
                                "en": "Agreements, projects and activities together (Türkiye excluded)."},
    "chart_kinds_title": {"tr": "Türüne göre etkinlikler", "en": "Activities by kind"},
    "chart_districts_title": {"tr": "Belediyelere göre kayıtlar", "en": "Records by municipality"},
    "chart_districts_caption": {"tr": "Anlaşma, üyelik, proje ve etkinliklerin toplamı; {n} belediyenin kaydı yok.",
                                "en": "Agreements, memberships, projects and activities together; {n} municipalities have none."},
    "chart_years_title": {"tr": "Yıllara göre kayıtlar", "en": "Records by year"},
    "chart_years_caption": {"tr": "Kaynakta tarihi verilen anlaşma, proje ve etkinlikler.",
                            "en": "Agreements, projects and activities whose date the source gives."},
    "chart_timeline_title": {"tr": "Anlaşma ve projelerin zaman çizelgesi", "en": "Timeline of agreements and projects"},
    "chart_timeline_caption": {"tr": "Kaynak çoğu kaydın tarihini vermiyor; tarihsizler en sonda.",
                               "en": "The source gives no date for most records; undated ones come last."},
    "field": {"tr": "Alan", "en": "Field"},
    "required": {"tr": "Zorunlu", "en": "Required"},
    "allowed": {"tr": "Geçerli değerler", "en": "Allowed values"},
    "yes": {"tr": "evet", "en": "yes"},
    "no": {"tr": "hayır", "en": "no"},
    "legal_framework": {"tr": "Yasal çerçeve", "en": "Legal framework"},
    "not_documented": {"tr": "Kaynaklarda belgelenmemiş", "en": "Not documented in the sources"},
    "note": {"tr": "Not", "en": "Note"},
    "sources": {"tr": "Kaynaklar", "en": "Sources"},
    "table_n": {"tr": "Tablo {n}", "en": "Table {n}"},
    "agreements": {"tr": "Kardeş şehirler ve anlaşmalar", "en": "Sister cities and agreements"},
    "agreements_short": {"tr": "Anlaşmalar", "en": "Agreements"},
    "memberships": {"tr": "Uluslararası ağ üyelikleri", "en": "Memberships of international networks"},
    "networks": {"tr": "Ağlar", "en": "Networks"},
    "network": {"tr": "Ağ", "en": "Network"},
    "members": {"tr": "Üye belediyeler", "en": "Member municipalities"},
    "projects": {"tr": "Uluslararası projeler", "en": "International projects"},
    "projects_short": {"tr": "Projeler", "en": "Projects"},
    "project": {"tr": "Proje", "en": "Project"},
    "activities": {"tr": "Etkinlikler", "en": "Activities"},
    "activity": {"tr": "Etkinlik", "en": "Activity"},
    "joint_activities": {"tr": "Ortak etkinlikler ve projeler", "en": "Joint activities and projects"},
    "no_joint_activities": {"tr": "Kaynaklarda bu anlaşma kapsamında bir etkinlik ya da proje kayıtlı değil.",
                            "en": "The sources record no activity or project under this agreement."},
    "programme": {"tr": "Program", "en": "Programme"},
    "funder": {"tr": "Destekleyen / ortak kurum", "en": "Funder / partner institution"},
    "partners": {"tr": "Ortaklar", "en": "Partners"},
    "period": {"tr": "Dönem", "en": "Period"},
    "description": {"tr": "Açıklama", "en": "Description"},
    "title": {"tr": "Başlık", "en": "Title"},
    "places": {"tr": "Yerler", "en": "Places"},
    "total": {"tr": "Toplam", "en": "Total"},
    "record": {"tr": "Kayıt", "en": "Record"},
    "none_recorded": {
        "tr": "Kaynaklarda bu belediyenin yurt dışı ilişkilerine dair bir kayıt yok. Kaydın olmaması da bir "
              "bilgidir: incelenen faaliyet raporlarında uluslararası bir etkinlik bildirilmemiştir.",
        "en": "The sources record no international relations for this municipality. The absence is itself "
              "information: the activity reports examined report no international activity.",
    },
    "summary_counts": {
        "tr": "{agreements} anlaşma, {memberships} ağ üyeliği, {projects} proje, {activities} etkinlik",
        "en": "{agreements} agreements, {memberships} network memberships, {projects} projects, "
              "{activities} activities",
    },
    "agreement_title": {"tr": "{district} – {partner} ({country})", "en": "{district} – {partner} ({country})"},
    "country_page_title": {"tr": "{name} ile ilişkiler", "en": "Relations with {name}"},
    "country_intro": {"tr": "İstanbul ilçe belediyelerinin {name} ile kayıtlı ilişkileri.",
                      "en": "Recorded relations of Istanbul's district municipalities with {name}."},
    "back_to": {"tr": "Geri: {name}", "en": "Back to {name}"},
    "all_agreements": {"tr": "Tüm anlaşmalar", "en": "All agreements"},
    "all_countries": {"tr": "Tüm ülkeler", "en": "All countries"},
    "all_projects": {"tr": "Tüm projeler", "en": "All projects"},
    "all_activities": {"tr": "Tüm etkinlikler", "en": "All activities"},
    "all_municipalities": {"tr": "Tüm belediyeler", "en": "All municipalities"},
    "headline_agreements": {"tr": "kardeş şehir ve anlaşma", "en": "sister cities and agreements"},
    "headline_countries": {"tr": "ilişki kurulan ülke", "en": "countries with recorded ties"},
    "headline_projects": {"tr": "uluslararası proje", "en": "international projects"},
    "headline_activities": {"tr": "etkinlik", "en": "activities"},
    "headline_with": {"tr": "kayıtlı ilişkisi olan belediye", "en": "municipalities with recorded relations"},
    "headline_without": {"tr": "kaydı bulunmayan belediye", "en": "municipalities with nothing recorded"},
    "no_records": {"tr": "Kayıt yok", "en": "Nothing recorded"},
    "edit_record": {"tr": "Bu kaydı düzenle", "en": "Edit this record"},
    "record_file": {"tr": "Veri dosyası", "en": "Data file"},
    "quote": {"tr": "Kaynaktaki ifade", "en": "Wording in the source"},
    "in_table": {"tr": "tablo", "en": "table"},
}

ENUMS: dict[str, dict[str, dict[str, str]]] = {
    "agreement_kind": {
        "sister_city": {"tr": "Kardeş şehir", "en": "Sister city"},
        "friendship": {"tr": "Dostluk", "en": "Friendship"},
        "cooperation": {"tr": "İş birliği", "en": "Cooperation"},
    },
    "agreement_status": {
        "active": {"tr": "Yürürlükte", "en": "Active"},
        "suspended": {"tr": "Askıya alınmış", "en": "Suspended"},
        "ended": {"tr": "Sona ermiş", "en": "Ended"},
        "unknown": {"tr": "Bilinmiyor", "en": "Unknown"},
    },
    "project_status": {
        "planned": {"tr": "Planlanan", "en": "Planned"},
        "ongoing": {"tr": "Sürüyor (kaynağa göre)", "en": "Ongoing (per source)"},
        "completed": {"tr": "Gerçekleştirildi", "en": "Completed"},
        "unknown": {"tr": "Bilinmiyor", "en": "Unknown"},
    },
    "activity_kind": {
        "festival": {"tr": "Festivaller ve tanıtım günleri", "en": "Festivals and promotion days"},
        "conference": {"tr": "Kongre, konferans, sempozyum ve toplantılar",
                       "en": "Congresses, conferences, symposia and meetings"},
        "visit": {"tr": "Resmi ziyaretler", "en": "Official visits"},
        "exhibition": {"tr": "Sergi ve fuarlar", "en": "Exhibitions and fairs"},
        "training": {"tr": "Eğitim programları", "en": "Training programmes"},
        "study_trip": {"tr": "Araştırma ve inceleme programları", "en": "Research and study trips"},
        "aid": {"tr": "Yardım ve iftar programları", "en": "Aid and iftar programmes"},
        "exchange": {"tr": "Değişim ve kamp programları", "en": "Exchanges and camps"},
    },
    "source_kind": {
        "paper": {"tr": "Makale", "en": "Paper"},
        "law": {"tr": "Kanun", "en": "Law"},
        "report": {"tr": "Rapor", "en": "Report"},
        "web": {"tr": "Web sayfası", "en": "Web page"},
    },
}

LANGUAGES = ("tr", "en")


def label(key: str, lang: str, **values) -> str:
    text = LABELS[key][lang]
    return text.format(**values) if values else text


def enum_label(group: str, value: str, lang: str) -> str:
    return ENUMS[group][value][lang]
