"""Interface text in Turkish and English. Record text is never translated here.

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

from ..data.validate import Wording

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
    "copy_citation": {"tr": "Atfı kopyala", "en": "Copy the citation"},
    "copied": {"tr": "Kopyalandı", "en": "Copied"},
    "report_error": {"tr": "Bu kayıtta hata mı var? Hata bildirin ya da kaynak önerin",
                     "en": "Something wrong in this record? Report an error or suggest a source"},
    "report_missing": {"tr": "Eksik bir ilişkiyi bildirin", "en": "Tell us about a tie we miss"},
    "accessed_on": {"tr": "Erişim", "en": "Accessed"},
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
                                "en": {"one": "Agreements, memberships, projects and activities together; {n} municipality has none.",
                                       "other": "Agreements, memberships, projects and activities together; {n} municipalities have none."}},
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
    "documented": {"tr": "Belgelenmiş", "en": "Documented"},
    "documented_by_request": {"tr": "Bilgi edinme başvurusuyla belgelendi", "en": "Documented through an information request"},
    "not_documented_consulted": {"tr": "Başvurduğumuz kaynaklarda belgelenmemiş",
                                 "en": "Not documented in the sources we consulted"},
    "competent_authority": {"tr": "İzin makamı", "en": "Permitting authority"},
    "tie_date_unknown": {"tr": "ilişkinin tarihi bilinmediği için iki dönem de gösteriliyor",
                         "en": "the tie's date is unknown, so both periods are shown"},
    "rules_not_recorded": {"tr": "kuralın dönemleri veride kayıtlı değil", "en": "the rule's periods are not recorded"},
    "since_date": {"tr": "{date} tarihinden beri", "en": "since {date}"},
    "request_heading": {"tr": "Eksik belgeleri isteyin", "en": "Ask for the missing documents"},
    "request_intro": {
        "tr": "Herkes 4982 sayılı Bilgi Edinme Hakkı Kanunu ile bu belgeleri isteyebilir. Aşağıdaki dilekçe hazırdır: "
              "kendi bilgilerinizi ekleyip CİMER, e-Devlet, belediyenin kendi formu ya da yazılı dilekçeyle gönderin.",
        "en": "Anyone may ask for these documents under the Right to Information Law 4982. The request below is "
              "ready (in Turkish, as it goes to a Turkish authority): add your details and send it through CİMER, "
              "e-Devlet, the municipality's own form or a written petition.",
    },
    "request_how": {"tr": "Nasıl gönderilir, ne zaman cevap gelmeli?", "en": "How to send it, and when the answer is due"},
    "request_to_municipality": {"tr": "{name} Belediyesine dilekçe", "en": "Request to {name} Municipality"},
    "request_to_ministry": {"tr": "Bakanlığa dilekçe: {name}", "en": "Request to the ministry: {name}"},
    "request_copy": {"tr": "Kopyala", "en": "Copy"},
    "request_copied": {"tr": "Kopyalandı", "en": "Copied"},
    "request_download": {"tr": "Metin olarak indir", "en": "Download as text"},
    "request_print": {"tr": "Yazdır", "en": "Print"},
    "requests_missing_heading": {"tr": "Belgesi yayımlanmamış ilişkiler", "en": "Ties whose documents are not published"},
    "requests_missing_intro": {
        "tr": "Her belediyenin yurt dışı ilişkilerinden kaçının meclis kararı ve bakanlık izni başvurduğumuz kaynaklarda "
              "görünmüyor. Belediyenin adına tıklayın; her ilişkinin sayfasında hazır bir bilgi edinme dilekçesi var.",
        "en": "For each municipality, how many of its foreign ties lack a council decision and a ministry permission in "
              "the sources we consulted. Open a municipality: every tie's page has a ready information request.",
    },
    "requests_no_council": {"tr": "Meclis kararı görünmeyen", "en": "No council decision shown"},
    "requests_no_permission": {"tr": "Bakanlık izni görünmeyen", "en": "No ministry permission shown"},
    "requests_log_heading": {"tr": "Yapılan başvurular", "en": "Requests filed"},
    "requests_filed": {"tr": "Başvuru", "en": "Filed"},
    "requests_asked": {"tr": "İstenen belgeler", "en": "Documents asked for"},
    "requests_due": {"tr": "Cevap için son gün", "en": "Answer due"},
    "requests_none_filed": {
        "tr": "Henüz kayıtlı bir başvuru yok. Bir başvuru yaptıysanız ya da cevap aldıysanız bildirin: tarih, kanal ve "
              "cevapla birlikte buraya eklenir (CONTRIBUTING.md, “Bilgi edinme başvuruları”).",
        "en": "No request has been recorded yet. If you filed one or received an answer, tell us: it is added here "
              "with its date, channel and reply (CONTRIBUTING.md, “Information requests”).",
    },
    "requests_status_note": {"tr": "Durumlar {date} tarihine göre hesaplandı (verinin son değiştiği gün).",
                             "en": "Statuses computed as of {date} (the day the data last changed)."},
    "deadline_filed": {"tr": "Başvuru tarihi", "en": "Date filed"},
    "deadline_extended": {"tr": "Kurum 30 iş günü süre istediğini bildirdi", "en": "The authority said it needs 30 working days"},
    "deadline_result": {"tr": "Cevap için son gün", "en": "Last day for the answer"},
    "deadline_noscript": {"tr": "Hesaplama için JavaScript gerekir; kural: başvurudan sonraki 15 iş günü (resmî tatiller hariç).",
                          "en": "The calculation needs JavaScript; the rule: 15 working days after filing (public holidays excluded)."},
    "score_heading": {"tr": "Şeffaflık karnesi", "en": "Transparency scorecard"},
    "score_table_heading": {"tr": "Belediyelere göre", "en": "By municipality"},
    "score_foreign": {"tr": "Yurt dışı ilişki", "en": "Foreign ties"},
    "score_requests": {"tr": "Başvuru", "en": "Requests filed"},
    "score_in_time": {"tr": "Süresinde cevaplanan", "en": "Answered in time"},
    "score_documented_of": {"tr": "{total} ilişkiden {n} tanesinde belgelenmiş", "en": "documented for {n} of {total} ties"},
    "score_ask": {"tr": "Eksik belgeleri isteyin", "en": "Ask for the missing documents"},
    "score_all": {"tr": "Tüm belediyelerin karnesi", "en": "Every municipality's scorecard"},
    "score_no_foreign": {"tr": "Başvurduğumuz kaynaklar bu belediyenin bir yurt dışı ilişkisini adlandırmadığı için karne hesaplanmadı.",
                         "en": "No scorecard: no source we consulted names a foreign tie of this municipality."},
    "score_chart_title": {"tr": "Yasal belgeleri yayımlanmış ilişkilerin payı", "en": "Share of ties with published legal documents"},
    "score_chart_caption": {"tr": "Meclis kararı ve bakanlık izni paylarının ortalaması; yurt dışı ilişkisi kaydı olan belediyeler.",
                            "en": "Average of the council-decision and ministry-permission shares; municipalities with a recorded foreign tie."},
    "score_full_table": {"tr": "Tablonun tamamı", "en": "The full table"},
    "score_as_of": {"tr": "Rakamlar {date} tarihindeki veriden hesaplandı.", "en": "Figures computed from the data as of {date}."},
    "trip": {"tr": "Yurt dışı görevlendirme", "en": "Official trip abroad"},
    "protocol": {"tr": "Protokol", "en": "Protocol"},
    "trip_authorisation": {"tr": "Görevlendirme kararı", "en": "Trip authorisation"},
    "objection_title": {"tr": "Ret hâlinde: Bilgi Edinme Değerlendirme Kuruluna itiraz", "en": "After a refusal: objection to the Board (in Turkish)"},
    "fields_title": {"tr": "Veri alanları", "en": "Data fields"},
    "rules_title": {"tr": "Yasal kurallar", "en": "Legal rules"},
    "more_sources": {"tr": "ve {n} kaynak daha", "en": "and {n} more"},
    "requests_feed_title": {"tr": "{name} — bilgi edinme başvurularının durumu",
                            "en": "{name} — status of information requests"},
    "requests_feed_link": {"tr": "Başvuruların durum akışı (Atom)", "en": "Feed of request status changes (Atom)"},
    "request_filed": {"tr": "Başvuru yapıldı", "en": "Request filed"},
    "trip_rule": {"tr": "Resmî bir yurt dışı göreviyse, o tarihteki kural", "en": "If this was an official trip abroad, the rule on its date"},
    "trip_not_documented": {"tr": "gerektirdiği karar başvurduğumuz kaynaklarda belgelenmemiş",
                            "en": "the decision it requires is not documented in the sources we consulted"},
    "trip_no_rule": {"tr": "o tarihte yurt dışı görevlendirme için bir belge gerektiren kural yürürlükte değildi",
                     "en": "no rule in force on that date required a document for an official trip abroad"},
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
    "teaser_since": {"tr": "başlangıç {year}", "en": "since {year}"},
    "teaser_undated": {"tr": "başlangıç tarihi kaynaklarda yok", "en": "start date not in the sources"},
    "since_disagree": {"tr": "Kaynaklar farklı tarih veriyor:", "en": "The sources give different dates:"},
    "status_as_of": {"tr": "{status}, {date} itibarıyla", "en": "{status} as of {date}"},
    "project_ongoing_as_of": {"tr": "{year} itibarıyla sürüyor (kaynağa göre)", "en": "ongoing as of {year} (source)"},
    "project_planned_as_of": {"tr": "{year} itibarıyla planlanıyor (kaynağa göre)", "en": "planned as of {year} (source)"},
    "period_line": {
        "tr": "Kapsam: {first}–{last} yıllarına ait kayıtlar. Her bilgi, kaynağının tarihi itibarıyladır (en yeni "
              "kaynak: {newest}); kaynaklar en son {searched} tarihinde tarandı.",
        "en": "Coverage: records dated {first}–{last}. Each fact is as of its source's date (newest source: "
              "{newest}); sources last searched on {searched}.",
    },
    "source_dates": {"tr": "Bu sayfadaki bilgiler {dates} tarihli kaynaklara dayanır; durumlar o tarih itibarıyladır.",
                     "en": "What this page says rests on sources dated {dates}; statuses are as of those dates."},
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
    "summary_counts": {"tr": "{agreements}, {memberships}, {projects}, {activities}",
                       "en": "{agreements}, {memberships}, {projects}, {activities}"},
    # Counted nouns: CLDR plural categories of the edition's language (Turkish nouns do not change).
    "n_agreements": {"tr": "{count} anlaşma", "en": {"one": "{count} agreement", "other": "{count} agreements"}},
    "n_memberships": {"tr": "{count} ağ üyeliği",
                      "en": {"one": "{count} network membership", "other": "{count} network memberships"}},
    "n_projects": {"tr": "{count} proje", "en": {"one": "{count} project", "other": "{count} projects"}},
    "n_activities": {"tr": "{count} etkinlik", "en": {"one": "{count} activity", "other": "{count} activities"}},
    "n_municipalities": {"tr": "{count} belediye",
                         "en": {"one": "{count} municipality", "other": "{count} municipalities"}},
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
    "headline_agreements": {"tr": "yurt dışı kardeş şehir ve anlaşma",
                            "en": {"one": "foreign sister city or agreement", "other": "foreign sister cities and agreements"}},
    "headline_domestic": {"tr": "yurt içi kardeş belediye",
                          "en": {"one": "domestic sister municipality", "other": "domestic sister municipalities"}},
    "headline_official": {
        "tr": "Son resmî sayım: İstanbul ilçe belediyelerinin {n} kardeş şehir anlaşması ({year}). Portal bunların "
              "{shown} tanesini kaynağıyla gösteriyor; gerisini bulmak için kaynak arıyoruz.",
        "en": "Last official count: {n} sister-city agreements of Istanbul's district municipalities ({year}). The "
              "portal shows {shown} of them with a source; we are looking for sources for the rest.",
    },
    "headline_countries": {"tr": "anlaşma yapılan ülke",
                           "en": {"one": "country with an agreement", "other": "countries with an agreement"}},
    "headline_other_countries": {"tr": "yalnızca proje ya da etkinlikle ilişkili ülke",
                                 "en": {"one": "country reached only through projects or activities",
                                        "other": "countries reached only through projects or activities"}},
    "headline_projects": {"tr": "uluslararası proje", "en": {"one": "international project", "other": "international projects"}},
    "headline_activities": {"tr": "etkinlik", "en": {"one": "activity", "other": "activities"}},
    "headline_with": {"tr": "kayıtlı ilişkisi olan belediye",
                      "en": {"one": "municipality with recorded relations", "other": "municipalities with recorded relations"}},
    "headline_without": {"tr": "kaynaklarımızın hiçbir ilişki adlandırmadığı belediye",
                         "en": {"one": "municipality where no source we consulted names a tie",
                                "other": "municipalities where no source we consulted names a tie"}},
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
    "request_channel": {
        "cimer": {"tr": "CİMER", "en": "CİMER"},
        "e_devlet": {"tr": "e-Devlet", "en": "e-Devlet"},
        "municipal_form": {"tr": "belediyenin formu", "en": "the municipality's form"},
        "petition": {"tr": "dilekçe", "en": "petition"},
        "email": {"tr": "e-posta", "en": "e-mail"},
        "kep": {"tr": "KEP", "en": "KEP"},
    },
    "request_addressee": {
        "municipality": {"tr": "belediyeye", "en": "to the municipality"},
        "interior_ministry": {"tr": "İçişleri Bakanlığına", "en": "to the Interior Ministry"},
        "environment_ministry": {"tr": "Çevre, Şehircilik ve İklim Değişikliği Bakanlığına",
                                 "en": "to the Ministry of Environment, Urbanisation and Climate Change"},
    },
    "request_status": {
        "waiting": {"tr": "Cevap bekleniyor", "en": "Waiting for the answer"},
        "overdue": {"tr": "Süresi geçti, cevap yok", "en": "Overdue, no answer"},
        "answered": {"tr": "Cevaplandı", "en": "Answered"},
        "partly": {"tr": "Kısmen cevaplandı", "en": "Partly answered"},
        "refused": {"tr": "Reddedildi", "en": "Refused"},
        "no_answer": {"tr": "Cevap gelmedi", "en": "No answer"},
    },
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
        text = text.get(plural_form(int(n), lang), text["other"])
    if "count" in values and isinstance(values["count"], int):
        values = {**values, "count": number(values["count"], lang)}
    return text.format(**values) if values else text


def counted(key: str, n: int, lang: str) -> str:
    """ "1 agreement", "3 agreements", "3 anlaşma": a counted noun (n_* labels)."""
    return label(key, lang, count=n)


def enum_label(group: str, value: str, lang: str) -> str:
    return ENUMS[group][value][lang]


# --- the field reference (/data/fields/) in Turkish -------------------------------------------------
# The model documents its fields in English (macros/model.py: error messages, the JSON Schema, the English
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
    "Agreement.signed": "Anlaşmanın imzalandığı tarih.",
    "Agreement.note": "Kendine ait bir alanı olmayan, okurun bilmesi gereken her şey.",
    "Agreement.summary_en": "İngilizce baskı için kısa İngilizce özet.",
    "Membership.id": "Kalıcı kimlik, ör. 'kartal-iclei'.",
    "Membership.network": "data/networks.yaml'daki bir ağın kimliği.",
    "Membership.as_written": "Üyeliğin kaynaktaki yazılışı.",
    "Membership.sources": "Bilginin kaynağı (en az bir).",
    "Membership.since": "Üyeliğin başladığı yıl (ya da tarih).",
    "Project.id": "Kalıcı kimlik, sayfa adresinde kullanılır, ör. 'uskudar-cities-4-people'.",
    "Project.title": "Kaynaktaki başlık (özgün dilinde bırakın).",
    "Project.description": "Kaynağın proje hakkında söyledikleri, yazıldığı gibi.",
    "Project.sources": "Bilginin kaynağı (en az bir).",
    "Project.title_en": "İngilizce baskı için İngilizce başlık.",
    "Project.summary_en": "İngilizce baskı için kısa İngilizce özet.",
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
    "Activity.description": "Kaynağın söyledikleri, yazıldığı gibi.",
    "Activity.sources": "Bilginin kaynağı (en az bir).",
    "Activity.title": "Etkinliğin kısa adı, varsa.",
    "Activity.title_en": "İngilizce baskı için İngilizce başlık.",
    "Activity.summary_en": "İngilizce baskı için kısa İngilizce özet.",
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

# What the "allowed values" column says, in Turkish: the rule classes of macros/model.py by name.
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


# The Turkish words of the field reference's "allowed values" column (data.validate.describe).
FIELD_WORDS_TR = Wording(
    reference="{where} içindeki bir kaydın kimliği", either=" ya da ", one_of="şunlardan biri: ",
    list_of="liste; her öğesi: ", mapping="şu alanları olan bir eşleme: ",
    plain=(("str", "metin"), ("int", "tam sayı"), ("bool", "true ya da false")), rules=RULE_DOCS_TR)


def field_doc(cls_name: str, field_name: str, english: str, lang: str) -> str:
    """A field's description in the edition's language (English: the model's own doc)."""
    return FIELD_DOCS_TR[f"{cls_name}.{field_name}"] if lang == "tr" else english
