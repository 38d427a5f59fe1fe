"""Interface text in Turkish and English. Record text is never translated here."""
from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    # The public name: "Yerel Diplomasi" alone is a government guide's and a municipal union's name.
    # site_name in mkdocs.yml / mkdocs.en.yml says the same (tests/test_identity.py).
    "site_name": {"tr": "Yerel Diplomasi İzleme", "en": "Local Diplomacy Watch"},
    "municipality": {"tr": "Belediye", "en": "Municipality"},
    "municipality_of": {"tr": "{name} Belediyesi", "en": "{name} Municipality"},
    "municipalities": {"tr": "Belediyeler", "en": "Municipalities"},
    "partner": {"tr": "Ortak", "en": "Partner"},
    "partner_as_written": {"tr": "Kaynaktaki yazılışı", "en": "As written in the source"},
    "partner_standard": {"tr": "Standart adı", "en": "Standard name"},
    "in_source": {"tr": "kaynakta", "en": "in the source"},
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
    "record_json": {"tr": "Bu sayfanın verisi (JSON)", "en": "This page's data (JSON)"},
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
    "download_data": {"tr": "Veriyi indir", "en": "Download the data"},
    "about_data": {"tr": "alanlar ve lisans", "en": "fields and licence"},
    "record_feed": {"tr": "Bu belediyedeki değişikliklerin akışı (Atom)", "en": "Feed of changes for this municipality (Atom)"},
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
    "no_memberships": {"tr": "Kaynaklarda üyelik kaydı yok.", "en": "No membership is recorded in the sources."},
    "network_activities": {"tr": "Bu ağla ilgili etkinlikler", "en": "Activities with this network"},
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
    # The home page's search field and list of municipalities (macros/render/home.py).
    "home_search_label": {"tr": "Sitede ara: belediye, şehir, ülke, proje", "en": "Search: municipality, city, country, project"},
    "home_search_placeholder": {"tr": "ör. Kadıköy, Nacka, Almanya", "en": "e.g. Kadıköy, Nacka, Germany"},
    "home_search_button": {"tr": "Ara", "en": "Search"},
    "home_pick_district": {"tr": "Belediyenizi seçin", "en": "Choose a municipality"},
    # The small label above each search result: what kind of page it is.
    "result_municipality": {"tr": "Belediye", "en": "Municipality"},
    "result_agreement": {"tr": "Anlaşma", "en": "Agreement"},
    "result_project": {"tr": "Proje", "en": "Project"},
    "result_country": {"tr": "Ülke", "en": "Country"},
    "result_page": {"tr": "Sayfa", "en": "Page"},
    "none_recorded": {
        "tr": "Başvurduğumuz kaynakların hiçbiri bu belediyenin bir yurt dışı ilişkisini adlandırmıyor. Bu, "
              "bizim aramamız hakkında bir bilgidir, belediye hakkında değil: ilişkisi olmadığı anlamına gelmez.",
        "en": "No source we consulted names a foreign tie of this municipality. That is a statement about our "
              "search, not about the municipality: it does not mean there is none.",
    },
    "coverage": {"tr": "Neye baktık, neyi bilmiyoruz", "en": "What we searched, and what we do not know"},
    "coverage_searched": {"tr": "Kaynaklar en son {date} tarihinde tarandı.",
                          "en": "Sources last searched on {date}."},
    "coverage_none": {"tr": "Bu belediye için henüz bir kaynak taraması kaydedilmedi.",
                      "en": "No search of sources has been recorded for this municipality yet."},
    "coverage_consulted": {"tr": "Başvurulan kaynaklar ve aramalar", "en": "Sources and searches consulted"},
    "coverage_found": {"tr": "bulunan", "en": "found"},
    "coverage_gaps": {"tr": "Bilinen eksikler", "en": "Known gaps"},
    "coverage_ask": {
        "tr": "Eksik bir ilişki biliyorsanız kaynağıyla bildirin; belgeleri belediyeden 4982 sayılı Bilgi Edinme "
              "Hakkı Kanunu ile isteyebilirsiniz.",
        "en": "If you know of a missing tie, tell us with its source; anyone may ask the municipality for the "
              "documents under the Right to Information Law 4982.",
    },
    "website": {"tr": "Belediyenin sitesi", "en": "Municipality's web site"},
    "foreign_ties": {"tr": "Yurt dışı kardeş şehirler ve anlaşmalar", "en": "Foreign sister cities and agreements"},
    "domestic_ties": {"tr": "Yurt içi kardeş belediyeler", "en": "Domestic sister municipalities"},
    "domestic_note": {
        "tr": "Türkiye'deki bir belediyeyle kurulan ilişki yurt içi bir bağdır: 5393 sayılı Kanunun 74. maddesi "
              "(yurt dışı ilişkiler) kapsamında değildir, bu yüzden bakanlık izni gerekmez.",
        "en": "A tie with a municipality in Türkiye is domestic: it falls outside article 74 of Law 5393 "
              "(foreign relations), so no ministry permission is required.",
    },
    "since": {"tr": "Başlangıç", "en": "Since"},
    "since_disagree": {"tr": "Kaynaklar farklı tarih veriyor:", "en": "The sources give different dates:"},
    "status_as_of": {"tr": "{status}, {date} itibarıyla", "en": "{status} as of {date}"},
    "status_evidence": {"tr": "dayanak", "en": "evidence"},
    "kind_as_written": {"tr": "kaynaktaki adı", "en": "the source's word"},
    "ended_on": {"tr": "Sona erdi: {date}", "en": "Ended: {date}"},
    "translation_ours": {"tr": "Çeviri bizim", "en": "Our translation"},
    "accessed": {"tr": "erişim", "en": "accessed"},
    "published": {"tr": "yayın", "en": "published"},
    "excerpt": {"tr": "Sayfada okunan bölüm (kanıt olarak saklanır)", "en": "Passage as read on the page (kept as evidence)"},
    "in_source_language": {"tr": "Dil", "en": "Language"},
    "step_sources": {"tr": "kaynak", "en": "source"},
    "cite_apa": {"tr": "APA", "en": "APA"},
    "cite_bibtex": {"tr": "BibTeX", "en": "BibTeX"},
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
    "headline_agreements": {"tr": "yurt dışı kardeş şehir ve anlaşma", "en": "foreign sister cities and agreements"},
    "headline_domestic": {"tr": "yurt içi kardeş belediye", "en": "domestic sister municipalities"},
    "headline_official": {
        "tr": "Son resmî sayım: İstanbul ilçe belediyelerinin {n} kardeş şehir anlaşması ({year}). Portal bunların "
              "{shown} tanesini kaynağıyla gösteriyor; gerisini bulmak için kaynak arıyoruz.",
        "en": "Last official count: {n} sister-city agreements of Istanbul's district municipalities ({year}). The "
              "portal shows {shown} of them with a source; we are looking for sources for the rest.",
    },
    "headline_countries": {"tr": "anlaşma yapılan ülke", "en": "countries with an agreement"},
    "headline_other_countries": {"tr": "yalnızca proje ya da etkinlikle ilişkili ülke",
                                 "en": "countries reached only through projects or activities"},
    "headline_projects": {"tr": "uluslararası proje", "en": "international projects"},
    "headline_activities": {"tr": "etkinlik", "en": "activities"},
    "headline_with": {"tr": "kayıtlı ilişkisi olan belediye", "en": "municipalities with recorded relations"},
    "headline_without": {"tr": "kaynaklarımızın hiçbir ilişki adlandırmadığı belediye",
                         "en": "municipalities where no source we consulted names a tie"},
    "no_records": {"tr": "kaynaklarımızda yok", "en": "none in our sources"},
    "edit_record": {"tr": "Bu kaydı düzenle", "en": "Edit this record"},
    "record_file": {"tr": "Veri dosyası", "en": "Data file"},
    "quote": {"tr": "Kaynaktaki ifade", "en": "Wording in the source"},
    "in_table": {"tr": "tablo", "en": "table"},
    "chart_map_table_below": {"tr": "Aynı sayılar haritanın altındaki tabloda.",
                              "en": "The table below the map has the same numbers."},
    # Numbered pages of long lists (macros/plan/paging.py).
    "networks_title": {"tr": "Uluslararası ağlar", "en": "International networks"},
    "page_title": {"tr": "{title} — sayfa {n} / {total}", "en": "{title} — page {n} of {total}"},
    "pager_label": {"tr": "Sayfalar", "en": "Pages"},
    "pager_previous": {"tr": "Önceki", "en": "Previous"},
    "pager_next": {"tr": "Sonraki", "en": "Next"},
    "pager_page": {"tr": "Sayfa {n}", "en": "Page {n}"},
    "pager_status": {"tr": "{total} kayıttan {first}–{last} arası, sayfa {n} / {pages}.",
                     "en": "Records {first}–{last} of {total}, page {n} of {pages}."},
    "pager_first": {"tr": "Listenin başı", "en": "Start of the list"},
    "filter_scope": {"tr": "Süzgeç yalnızca bu sayfadaki satırlara uygulanır; listenin tamamı",
                     "en": "The filter applies to the rows on this page only; the whole list is in"},
    "filter_scope_csv": {"tr": "CSV dosyasında", "en": "the CSV file"},
    "open_on_municipality": {"tr": "belediyenin sayfasında", "en": "on the municipality's page"},
    # Charts (macros/render/charts.py).
    "chart_show_table": {"tr": "Tablo olarak göster", "en": "Show as table"},
    "chart_more_rows": {"tr": "Grafikte ilk {shown} satır var; {n} satır daha tabloda.",
        "en": "The chart shows the first {shown} rows; {n} more are in the table."},
    "chart_more_rows_elsewhere": {"tr": "Grafikte ve tabloda ilk {shown} satır var; {n} satır daha:",
                                  "en": "The chart and the table show the first {shown} rows; {n} more:"},
    "chart_more_items": {"tr": "{n} kayıt daha (daha eski ya da tarihsiz):",
                         "en": "{n} more records (earlier or undated):"},
    "chart_summary_more": {"tr": "ve {n} tane daha", "en": "and {n} more"},
    "chart_undated": {"tr": "Tarihi bilinmeyen", "en": "Date unknown"},
    "chart_undated_note": {"tr": "Tarihi bilinmeyen kayıtlar: {n}", "en": "Records without a date: {n}"},
    "chart_no_data": {"tr": "Veri yok", "en": "No data"},
    "chart_years": {"tr": "{first}–{last} yılları", "en": "years {first}–{last}"},
    "chart_legend": {"tr": "Renk anahtarı", "en": "Key"},
    "chart_zero": {"tr": "Yok", "en": "None"},
    "chart_home": {"tr": "Türkiye (● İstanbul)", "en": "Türkiye (● Istanbul)"},
    "chart_home_summary": {"tr": "Türkiye ayrı renkte", "en": "Türkiye in its own colour"},
    "chart_inset": {"tr": "Yakından: Avrupa, Akdeniz ve Orta Doğu",
        "en": "Close-up: Europe, the Mediterranean and the Middle East"},
    "chart_world_label": {"tr": "Dünya haritası", "en": "World map"},
    "chart_inset_label": {"tr": "Avrupa, Akdeniz ve Orta Doğu haritası",
        "en": "Map of Europe, the Mediterranean and the Middle East"},
    "chart_map_summary": {"tr": "{n} ülke renkli", "en": "{n} countries coloured"},
    "chart_not_on_map": {"tr": "Haritada gösterilemeyen: {names}", "en": "Not shown on the map: {names}"},
    "chart_colon": {"tr": "{label}: {value}", "en": "{label}: {value}"},
    # Atom feeds (macros/publish/feed.py).
    "feed_title": {"tr": "{name} — veri değişiklikleri", "en": "{name} — data changes"},
    "feed_subtitle": {"tr": "Kaynaklı kayıtlara eklenenler, değişenler ve kaldırılanlar (git geçmişinden).",
        "en": "Records added, updated and removed, each with its source (from the git history)."},
    "feed_added": {"tr": "Yeni kayıt", "en": "Added"},
    "feed_changed": {"tr": "Güncellendi", "en": "Updated"},
    "feed_removed": {"tr": "Kaldırıldı", "en": "Removed"},
    "feed_fields": {"tr": "Değişen alanlar", "en": "Fields changed"},
    "feed_commit": {"tr": "Değişiklik", "en": "Commit"},
    "feed_record": {"tr": "Kayıt", "en": "Record"},
}

ENUMS: dict[str, dict[str, dict[str, str]]] = {
    "agreement_kind": {
        "sister_city": {"tr": "Kardeş şehir", "en": "Sister city"},
        "friendship": {"tr": "Dostluk", "en": "Friendship"},
        "cooperation": {"tr": "İş birliği", "en": "Cooperation"},
        "letter_of_intent": {"tr": "Niyet mektubu / iyi niyet protokolü", "en": "Letter of intent"},
        "other": {"tr": "Diğer", "en": "Other"},
    },
    "agreement_status": {
        "active": {"tr": "Etkin", "en": "Active"},
        "dormant": {"tr": "Durgun", "en": "Dormant"},
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
        "academic_article": {"tr": "Akademik makale", "en": "Academic article"},
        "thesis": {"tr": "Tez", "en": "Thesis"},
        "municipal_page": {"tr": "Belediyenin sayfası", "en": "Municipality's page"},
        "partner_page": {"tr": "Ortak belediyenin sayfası", "en": "Partner's page"},
        "council_decision": {"tr": "Meclis kararı", "en": "Council decision"},
        "activity_report": {"tr": "Faaliyet raporu", "en": "Activity report"},
        "news": {"tr": "Haber", "en": "News"},
        "official_statistics": {"tr": "Resmî istatistik", "en": "Official statistics"},
        "encyclopedia": {"tr": "Ansiklopedi", "en": "Encyclopedia"},
        "law": {"tr": "Kanun", "en": "Law"},
        "other": {"tr": "Diğer", "en": "Other"},
    },
    # What changed, in the Atom feeds (macros/publish/feed.py).
    "collection": {
        "agreements": {"tr": "Anlaşma", "en": "Agreement"},
        "memberships": {"tr": "Ağ üyeliği", "en": "Network membership"},
        "projects": {"tr": "Proje", "en": "Project"},
        "activities": {"tr": "Etkinlik", "en": "Activity"},
        "districts": {"tr": "Belediye", "en": "Municipality"},
        "sources": {"tr": "Kaynak", "en": "Source"},
        "networks": {"tr": "Uluslararası ağ", "en": "International network"},
        "programmes": {"tr": "Program", "en": "Programme"},
        "countries": {"tr": "Ülke", "en": "Country"},
    },
}


# Month names of displayed dates (format_date).
MONTHS = {
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
           "Kasım", "Aralık"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def format_date(value: str | None, lang: str) -> str:
    """'2017-06' -> 'Haziran 2017' / 'June 2017'; '2017-06-05' -> '5 Haziran 2017'."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[lang][int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    day = int(parts[2])
    return f"{day} {month} {parts[0]}"


def label(key: str, lang: str, **values) -> str:
    text = LABELS[key][lang]
    return text.format(**values) if values else text


def enum_label(group: str, value: str, lang: str) -> str:
    return ENUMS[group][value][lang]
