"""The interface's words in Turkish and English, side by side: one label a line, and the names of the
model's enumerated values. Record text is never translated here."""
from __future__ import annotations

# A label's text in one language: plain text, or its forms by CLDR plural category ("one", "other", ...),
# chosen by the count (see label()).
PluralForms = dict[str, str]
LabelText = str | PluralForms

LABELS: dict[str, dict[str, LabelText]] = {
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
    "council_decision": {"tr": "Belediye meclisi kararı", "en": "Municipal council decision"},
    "ministry_approval": {"tr": "Bakanlık izni", "en": "Ministry approval"},
    "legal_steps": {"tr": "Yasal adımlar (5393 sayılı Kanun, md. 74)", "en": "Legal steps (Law 5393, art. 74)"},
    "legal_steps_help": {
        "tr": "Bir ilişkinin hangi belgeleri gerektirdiğini kurulduğu tarihte yürürlükte olan kurallar belirler: "
              "5393 sayılı Belediye Kanununa göre (13.07.2005'ten beri) yurt dışındaki bir yerel yönetimle kardeş "
              "kent ilişkisi için belediye meclisi kararı ve önceden bakanlık izni gerekir. Kurallar, yürürlük "
              "dönemleri ve dayandıkları metinler:",
        "en": "The rules in force when a tie was made decide which documents it needs: under the Municipal Law "
              "5393 (since 13 July 2005) a sister-city tie with a local government abroad needs a municipal "
              "council decision and the prior permission of the ministry. The rules, their periods and the texts "
              "they rest on:",
    },
    "letter_of_intent_note": {
        "tr": "Bu bir niyet mektubudur: kurulmuş bir kardeş kent ilişkisi değildir. Karnede sayılmaz; dilekçe "
              "yalnızca, alındıysa, belediye meclisi kararını ister.",
        "en": "This is a letter of intent, not an established sister-city tie. It is not counted in the "
              "scorecard; the letter asks only for a council decision, if one was taken."},
    "rules_before_data": {
        "tr": "Bu ilişki, verimizdeki kuralların en eskisinden ({rule}, {date}) önce kurulmuş. O "
              "tarihte geçerli kurallar verimizde yok; bu yüzden hangi belgenin gerektiğini söylemiyoruz ve ilişki "
              "karnede sayılmaz. Dilekçe belgeleri yalnızca varsa ister.",
        "en": "This tie began before the oldest rule in our data ({rule}, {date}). The rules of its time "
              "are not in our data, so we do not say which documents it needed, and it is not counted in the "
              "scorecard. The letter asks for documents only if they exist."},
    "not_found_not_required": {"tr": "Kaynaklarda görünmüyor (verimizdeki kurallar bu belgeyi istemiyor)",
                               "en": "Not shown in the sources (the rules in our data do not ask for it)"},
    "rule_letters_to": {"tr": "Bu belgeler için bugün başvurulacak yer", "en": "Where to ask for these documents today"},
    "rule_unverified_link": {"tr": "Doğrulayamadıklarımız ve kaynaklar", "en": "What we could not verify, and sources"},
    "rule_unverified": {"tr": "Doğrulayamadıklarımız", "en": "What we could not verify"},
    "no_dated_source": {"tr": "tarihli kaynak yok", "en": "no dated source"},
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
    # The district page's first sentence (render/district_page.answer).
    "answer_ties": {"tr": "Başvurduğumuz kaynaklar {name} ile yurt dışındaki yerel yönetimler arasında {ties} "
                          "adlandırıyor.",
                    "en": "The sources we consulted name {ties} between {name} and local governments abroad."},
    "answer_sister": {"tr": "Bunların {count} tanesi kardeş şehir ilişkisi.",
                      "en": {"one": "{count} of them is a sister-city tie.",
                             "other": "{count} of them are sister-city ties."}},
    "answer_years": {"tr": "Başlangıç yılı bilinen {count} ilişkinin yılları: {years}.",
                     "en": {"one": "The one whose start year is known began in {years}.",
                            "other": "The {count} whose start year is known began in {years}."}},
    "answer_partner_side": {"tr": "{total} ilişkiden {count} tanesini ortak belediyenin kendi sayfaları da anıyor.",
                            "en": "For {count} of the {total}, the partner's own pages name the tie too."},
    "answer_none": {
        "tr": "Başvurduğumuz kaynakların hiçbiri {name} ile yurt dışındaki bir yerel yönetim arasında bir ilişki "
              "adlandırmıyor. Bu, bizim aramamızın sonucudur; belediyenin böyle bir ilişkisi olmadığını göstermez. "
              "Belediyeye nasıl sorulacağı aşağıda.",
        "en": "None of the sources we consulted names a tie between {name} and a local government abroad. That "
              "is what our search found, not proof that the municipality has none; how to ask the municipality "
              "is below."},
    "answer_domestic_only": {"tr": "Türkiye'deki belediyelerle {ties} kaynaklarda geçiyor.",
                             "en": "The sources name {ties} with municipalities in Türkiye."},
    "n_ties": {"tr": "{count} ilişki", "en": {"one": "{count} tie", "other": "{count} ties"}},
    "ties_year": {"tr": "Başlangıç", "en": "Began"},
    "last_named": {"tr": "Son anıldığı kaynak", "en": "Last named in a source"},
    "partner_side": {"tr": "Ortak tarafın kaynağı", "en": "Partner's own source"},
    "partner_side_yes": {"tr": "var", "en": "yes"},
    "partner_side_no": {"tr": "yok", "en": "none found"},
    # Where to ask (the district page's contact block and its one letter for every missing document).
    "ask_heading": {"tr": "Belediyeye sorun", "en": "Ask the municipality"},
    "ask_intro": {
        "tr": "Kaynaklarda görünmeyen belgeleri (meclis kararı, bakanlık izni) herkes 4982 sayılı Bilgi Edinme "
              "Hakkı Kanunu ile isteyebilir. Aşağıdaki tek dilekçe bu belediyenin bütün yurt dışı ilişkilerinin "
              "eksik belgelerini birlikte ister.",
        "en": "Anyone may ask for the documents the sources do not show (council decisions, ministry "
              "permissions) under the Right to Information Law 4982. The single letter below asks for the "
              "missing documents of all of this municipality's foreign ties at once (in Turkish, as it is sent)."},
    "ask_nothing_missing": {"tr": "Bu belediyenin yurt dışı ilişkileri için eksik belge görünmüyor.",
                            "en": "No document is missing for this municipality's foreign ties."},
    "ask_no_ties": {
        "tr": "Belediyeye, yurt dışındaki yerel yönetimlerle kurduğu kardeş şehir ve iş birliği ilişkilerinin "
              "listesini ve bunlara ilişkin meclis kararlarını 4982 sayılı Kanunla sorabilirsiniz.",
        "en": "You may ask the municipality, under Law 4982, for the list of its sister-city and cooperation "
              "ties with local governments abroad and the council decisions on them."},
    "contact_heading": {"tr": "Başvuru adresi", "en": "Where to send it"},
    "contact_address": {"tr": "Posta adresi", "en": "Postal address"},
    "contact_form": {"tr": "Belediyenin bilgi edinme formu", "en": "The municipality's information-request form"},
    "contact_email": {"tr": "E-posta", "en": "E-mail"},
    "contact_kep": {"tr": "KEP adresi", "en": "Registered e-mail (KEP)"},
    "contact_cimer": {"tr": "CİMER üzerinden de başvurulabilir", "en": "Requests can also be filed through CİMER"},
    "contact_source": {"tr": "Adresin kaynağı", "en": "Where this address is published"},
    "contact_none": {
        "tr": "Başvurduğumuz kaynaklarda belediyenin bilgi edinme adresi bulunamadı; belediyenin sitesindeki "
              "iletişim sayfasına ya da CİMER'e başvurabilirsiniz.",
        "en": "The sources we consulted do not show the municipality's address for information requests; use "
              "the contact page of its web site or CİMER."},
    # The leads page (accountability/leads.py): each kind a title and a question, never an accusation.
    "leads_title": {"tr": "Gazeteciler için sorular", "en": "Leads for journalists"},
    "lead_home_only_title": {"tr": "Ortak tarafın hiçbir kaynağının anmadığı ilişkiler",
                             "en": "Ties no source from the partner's side names"},
    "lead_home_only_question": {
        "tr": "Bu ilişkileri yalnızca İstanbul tarafının kaynakları (belediyenin sayfaları, Türkçe haberler, 2018 "
              "çalışması) anıyor; ortak belediyenin bir sayfasını bulamadık. Ortak belediye de ilişkiyi tanıyor mu, "
              "ilişki bugün sürüyor mu?",
        "en": "Only the Istanbul side's sources (the municipality's pages, Turkish press, the 2018 study) name these "
              "ties; we found no page of the partner's. Does the partner recognise the tie too, and is it alive?"},
    "lead_partner_only_title": {"tr": "Yalnızca ortak tarafın kaynaklarının andığı ilişkiler",
                                "en": "Ties only the partner's side names"},
    "lead_partner_only_question": {
        "tr": "Bu ilişkileri yalnızca ortak belediyenin sayfaları anıyor; İstanbul tarafından bir kaynak bulamadık. "
              "Belediye ilişkiyi kendi kayıtlarında gösteriyor mu?",
        "en": "Only the partner's pages name these ties; we found no source from the Istanbul side. Does the "
              "municipality show the tie in its own records?"},
    "lead_not_named_since_title": {"tr": "2016'dan beri hiçbir kaynağın anmadığı ilişkiler",
                                   "en": "Ties no source has named since 2016"},
    "lead_not_named_since_question": {
        "tr": "Bu ilişkileri anan en yeni tarihli kaynak 2016 ya da daha eski. İlişki sürüyor mu, sona erdiyse ne "
              "zaman ve hangi kararla?",
        "en": "The newest dated source naming these ties is from 2016 or earlier. Is the tie still alive, and if it "
              "ended, when and by which decision?"},
    "lead_last_named": {"tr": "son anıldığı kaynak {year}", "en": "last named in a source in {year}"},
    "lead_no_documents_title": {"tr": "Yasal belgesi hiçbir kaynakta görünmeyen ilişkiler",
                                "en": "Ties with no legal document found"},
    "lead_no_documents_question": {
        "tr": "Bu ilişkilerin kurulduğu tarihteki kuralların istediği meclis kararı ya da bakanlık izni "
              "başvurduğumuz kaynaklarda görünmüyor. Belgeler var mı, yayımlanabilir mi?",
        "en": "The council decision or ministry permission the rules of the tie's date asked for does not "
              "appear in the sources we consulted. Do the documents exist, and can they be published?"},
    "lead_intent_no_follow_up_title": {"tr": "İki yıldır devamı görünmeyen niyet mektupları",
                                       "en": "Letters of intent with no follow-up after two years"},
    "lead_intent_no_follow_up_question": {
        "tr": "Bu niyet mektuplarından en az iki yıl sonra aynı ortakla kurulmuş bir ilişki kaynaklarda yok. "
              "Niyet gerçekleşti mi, vazgeçildi mi?",
        "en": "At least two years on, the sources name no tie with the same partner. Did the intention come to "
              "anything, or was it dropped?"},
    "lead_claims_more_title": {"tr": "Belediyenin söylediği sayı ile kaynakların adlandırdıkları",
                               "en": "Municipalities whose own figure is larger than what sources name"},
    "lead_claims_more_question": {
        "tr": "Belediye ya da yetkilisi, kaynakların adlandırdığından daha çok ilişkiden söz ediyor. Diğer "
              "ilişkiler hangileri, belgeleri nerede?",
        "en": "The municipality or one of its officials speaks of more ties than the sources name. Which are the "
              "others, and where are their documents?"},
    "lead_named": {"tr": "kaynakların adlandırdığı: {count}",
                   "en": {"one": "the sources name {count}", "other": "the sources name {count}"}},
    "lead_how_to_read": {"tr": "Her ilişkinin adı kendi sayfasına gider: kaynakları, yasal adımları ve hazır dilekçesi "
                                "oradadır. Her belediyenin satırı, eksik belgelerinin hepsini isteyen tek dilekçeye "
                                "bağlanır.",
                         "en": "Each tie's name links its page, with its sources, legal steps and ready letter. Each "
                               "municipality's line links one letter asking for all of its missing documents."},
    "lead_letter": {"tr": "hazır dilekçe", "en": "ready letter"},
    "lead_none": {"tr": "Veride bu türden bir soru yok.", "en": "The data raises no question of this kind."},
    "ministry_letter_link": {"tr": "Bakanlık izni için dilekçe: belediyenin bütün ilişkileri için tek dilekçe",
                             "en": "Letter asking for the ministry permission: one letter for all of the municipality's ties"},
    "report_by_email": {"tr": "ya da e-postayla bildirin", "en": "or report it by e-mail"},
    "corrections_repo": {
        "tr": "Her kayıt sayfasındaki “Hata bildirin” bağlantısı ve her sayfanın altındaki “Eksik bir ilişkiyi "
              "bildirin” bağlantısı, depoda kaydı önceden doldurulmuş bir bildirim formu açar (kayıt, ne yanlış, "
              "kaynak adresi, kaynaktaki ifade). Bir bilgi edinme başvurusu yaptıysanız ya da cevap aldıysanız "
              "aynı yerden bildirebilirsiniz.",
        "en": "The “Report an error” link on every record page and the “Tell us about a tie we miss” link at the "
              "foot of every page open a prefilled form in the repository (the record, what is wrong, the "
              "source's address and its words). If you filed an information request or received an answer, "
              "report it there too."},
    "corrections_repo_link": {"tr": "Bildirim formları", "en": "The forms"},
    "corrections_email": {
        "tr": "GitHub hesabı olmayanlar (örneğin bir belediyenin basın birimi) düzeltmeyi, kaynağıyla birlikte "
              "e-postayla gönderebilir:",
        "en": "Readers without a GitHub account (a municipality's press office, say) can send a correction, with "
              "its source, by e-mail:"},
    "corrections_none": {
        "tr": "Bu sitenin yayımcısı düzeltmeler için bir depo ya da e-posta adresi belirtmemiş; bu kopyada "
              "düzeltme göndermenin bir yolu yok. Portalın verisi açıktır: kaynağıyla birlikte bir düzeltmeyi, "
              "portalın asıl sürümünü yayımlayanlara iletebilirsiniz.",
        "en": "The publisher of this site has not given a repository or an e-mail address for corrections; this "
              "copy has no way to send one. The portal's data is open: you can pass a correction, with its "
              "source, to the publishers of the original portal."},
    "source": {"tr": "Kaynak", "en": "Source"},
    "publisher": {"tr": "Yayımlayan", "en": "Publisher"},
    "language": {"tr": "Dil", "en": "Language"},
    "request_report_intro": {"tr": "Başvurdunuz mu, cevap aldınız mı? Kayda geçirelim; karne cevapları sayar.",
                             "en": "Did you file a request, or get an answer? Tell us, and the scorecard counts it."},
    "request_report": {"tr": "Başvurumu bildir", "en": "Report my request"},
    "requests_title": {"tr": "Bilgi edinme", "en": "Information requests"},
    "district_request_title": {"tr": "{name} Belediyesine bilgi edinme başvurusu",
                               "en": "Information request to {name} Municipality"},
    "district_research_title": {"tr": "{name} Belediyesi: neye baktık", "en": "{name} Municipality: what we searched"},
    "request_letter_link": {"tr": "Hazır dilekçe: eksik belgelerin hepsi tek dilekçede ({count} belge)",
                            "en": {"one": "Ready letter: the missing document in one letter ({count} document)",
                                   "other": "Ready letter: all missing documents in one letter ({count} documents)"}},
    "request_ask_link": {"tr": "Belediyeye soracağınız dilekçe ve başvuru adresi",
                         "en": "A letter to ask the municipality, and where to send it"},
    "research_link": {"tr": "Baktığımız bütün kaynaklar ve aramalar ({count})",
                      "en": {"one": "The source and search we consulted ({count})",
                             "other": "Every source and search we consulted ({count})"}},
    "gaps_link": {"tr": "bilinen eksikler ({count})", "en": "known gaps ({count})"},
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
              "görünmüyor. Belediyenin adına tıklayın: bütün eksik belgeleri tek dilekçede isteyen hazır bir bilgi "
              "edinme dilekçesi ve başvuru adresi açılır.",
        "en": "For each municipality, how many of its foreign ties lack a council decision and a ministry permission in "
              "the sources we consulted. Open a municipality for one ready information request asking for all of "
              "its missing documents, and where to send it.",
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
    "deadline_noscript": {"tr": "Hesaplama için JavaScript gerekir; kural: başvurunun kuruma ulaştığı tarihten itibaren 15 iş günü (resmî tatiller hariç).",
                          "en": "The calculation needs JavaScript; the rule: 15 working days from the day the request reaches the body (public holidays excluded)."},
    "deadline_how": {
        "tr": "Nasıl sayıyoruz: başvuru tarihi, başvurunun kuruma ulaştığı gündür; 15 (ya da 30) iş gününü bu günü "
              "izleyen günden başlayarak, hafta sonları ve resmî tatiller dışında sayarız. Arife günlerini iş günü "
              "sayarız, çünkü tatil saat 13.00'te başlar ve sabah mesai vardır; bir arifenin süre hesabında nasıl "
              "sayıldığını söyleyen bir metin bulamadık, bu yüzden süre bir arifeye ya da bayrama denk geliyorsa "
              "sonucu kurumdan teyit edin. Süre sayımının ulaşılan günden mi, ertesi günden mi başladığını söyleyen "
              "bir metin de bulamadık.",
        "en": "How we count: the date of application is the day the request reaches the body; we count the 15 (or "
              "30) working days from the day after it, leaving out weekends and public holidays. We count eve days "
              "(arife) as working days, since the holiday starts at 13:00 and offices work in the morning; we found "
              "no text saying how an eve counts in such a period, so when the period touches an eve or a holiday, "
              "check the result with the body. Nor did we find a text saying whether the count starts on the day "
              "of arrival or the day after."},
    "deadline_estimate": {
        "tr": "Dinî bayramların tarihleri, hesaplayıcının kullandığı holidays paketinin takviminden gelir; henüz ilan "
              "edilmemiş yıllar için (ör. {year}) bu bir tahmindir ve ilan edilen tarihlerden bir gün farklı olabilir.",
        "en": "The dates of the religious holidays come from the calendar of the holidays package the helper uses; for "
              "years not yet announced (e.g. {year}) they are an estimate and may differ by a day from the "
              "announced dates."},
    "score_heading": {"tr": "Şeffaflık karnesi", "en": "Transparency scorecard"},
    "score_table_heading": {"tr": "Belediyelere göre", "en": "By municipality"},
    "score_foreign": {"tr": "Yurt dışı ilişki", "en": "Foreign ties"},
    "score_requests": {"tr": "Başvuru", "en": "Requests filed"},
    "score_in_time": {"tr": "Süresinde cevap", "en": "Replied in time"},
    "score_documented_of": {"tr": "{count} ilişkiden {n} tanesinde belgelenmiş",
                            "en": {"one": "documented for {n} of {count} tie", "other": "documented for {n} of {count} ties"}},
    "score_unscored_heading": {"tr": "Puanlanacak bir şeyi olmayan belediyeler", "en": "Municipalities with nothing to score"},
    "score_unscored_intro": {
        "tr": "Bu belediyeler için kaynaklar, kurulduğu tarihte 5393 sayılı Kanunun belge istediği bir yurt dışı "
              "ilişki adlandırmıyor (niyet mektupları, 2005'ten eski ya da tarihi bilinmeyen ilişkiler sayılmaz) ve "
              "cevabı beklenen süresi dolmuş bir başvuru da yok. Bu bir not değildir.",
        "en": "For these municipalities the sources name no foreign tie for which Law 5393 asked documents at the "
              "time it was made (letters of intent, ties older than 2005 or undated are not counted), and no "
              "request has come due. This is not a grade."},
    "score_unscored_why": {
        "tr": "niyet mektupları, 13.07.2005'ten önce kurulmuş ya da tarihi bilinmeyen ilişkiler karnede sayılmaz.",
        "en": "letters of intent, and ties made before 13 July 2005 or undated, are not counted in the scorecard."},
    "score_unscored_ties": {"tr": "{count} yurt dışı ilişki puanlanmadı",
                            "en": {"one": "{count} foreign tie not scored", "other": "{count} foreign ties not scored"}},
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
    "objection_title_ret": {"tr": "Ret hâlinde: Bilgi Edinme Değerlendirme Kuruluna itiraz",
                            "en": "After a refusal: objection to the Board (in Turkish)"},
    "objection_title_cevapsiz": {"tr": "Süresinde cevap gelmezse: Kurula başvuru",
                                 "en": "When no answer came in time: writing to the Board (in Turkish)"},
    "objection_unanswered_note": {
        "tr": "Kanunun 13. maddesi Kurula itirazı ret kararları için düzenler. Süresinde cevap verilmeyen bir "
              "başvurunun Kurula nasıl götürüleceğini söyleyen bir metni başvurduğumuz kaynaklarda bulamadık; bu "
              "mektup, cevapsızlığı Kurula bildirmek isteyenler içindir. Yargı yolu da açıktır.",
        "en": "Article 13 of the Law provides for objections to the Board against refusals. We did not find, in "
              "the sources we consulted, a text saying how a request left unanswered in time is brought before the "
              "Board; this letter is for those who want to tell the Board of the missing answer. The courts are "
              "open too."},
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
    "trip_no_rule": {"tr": "verimizde bu tarih için yurt dışı yolculuğa belge isteyen bir kural yok; bu, böyle bir kuralın "
                           "olmadığı anlamına gelmez",
                     "en": "our data has no rule for this date requiring a document for a trip abroad; that does not "
                           "mean there was none"},
    "coverage_none": {"tr": "Bu belediye için henüz bir kaynak taraması kaydedilmedi.",
                      "en": "No search of sources has been recorded for this municipality yet."},
    "coverage_consulted": {"tr": "Başvurulan kaynaklar ve aramalar", "en": "Sources and searches consulted"},
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
        "tr": "Resmî sayım ({year}): {what}: {n}.",
        "en": "Official count ({year}): {what}: {n}.",
    },
    "headline_compared": {
        "tr": "Aynı şeyi karşılaştırmak için: portalın kaynakla gösterdiği {total} yurt dışı ilişkiden {by_year} "
              "tanesi {year} yılı bitmeden başlamış; {after} tanesi daha sonra başlamış, {undated} tanesinin "
              "başlangıç yılı kaynaklarda yok. Resmî sayımın geri kalanı için kaynak arıyoruz.",
        "en": "To compare like with like: of the {total} foreign ties the portal shows with a source, {by_year} "
              "began by the end of {year}, {after} began later, and for {undated} the sources give no start year. "
              "We are looking for sources for the rest of the official count.",
    },
    "domestic_short": {"tr": "Yurt içi ilişki", "en": "Domestic ties"},
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
    # The theme's templates (overrides/): every theme_ label reaches them as config.extra.portal_labels
    # (PortalPlugin.on_config, macros/engine/plugin.py). Printed unescaped there, as Material prints its own.
    # The names of Material's icon-only header controls (overrides/main.html).
    "theme_menu_open": {"tr": "Menüyü aç", "en": "Open the menu"},
    "theme_search_open": {"tr": "Aramayı aç", "en": "Open search"},
    "theme_search_close": {"tr": "Aramayı kapat", "en": "Close search"},
    # The search panel (overrides/partials/search.html).
    "theme_search_more": {"tr": "Daha fazla sonuç göster", "en": "Show more results"},
    # Every page's footer: who publishes the site, and that it is independent (overrides/partials/copyright.html).
    "theme_independent": {"tr": "bağımsız bir projedir. Hiçbir bakanlık, belediye ya da başka bir kamu kurumuyla bağlantısı yoktur; yayımladıklarını hiçbir belediye denetlemez.",
                          "en": "is an independent project. It is not affiliated with any ministry, municipality or other public body, and no municipality reviews what it publishes."},
    "theme_publisher": {"tr": "Yayımlayan", "en": "Published by"},
    "theme_publisher_name": {"tr": "Yerel Diplomasi İzleme gönüllüleri", "en": "Local Diplomacy Watch volunteers"},
    "theme_scheme_dark": {"tr": "Koyu renklere geç", "en": "Switch to dark colours"},
    "theme_scheme_light": {"tr": "Açık renklere geç", "en": "Switch to light colours"},
    "theme_contact": {"tr": "Düzeltme ve sorular", "en": "Corrections and questions"},
    "theme_contact_link": {"tr": "depodaki bildirim (issue) sayfası", "en": "the issue tracker"},
    "theme_contact_fallback": {"tr": "“Kayıtları düzeltmek” bölümüne bakın", "en": "see “Correcting a record”"},
    "theme_missing": {"tr": "Eksik bir ilişkiyi bildirin", "en": "Tell us about a tie we miss"},
    "theme_licence": {"tr": "Veri lisansı", "en": "Data licence"},
    "theme_repository": {"tr": "Kaynak kod ve veri", "en": "Source code and data"},
    # The footer's links to sections of the hand-written pages (their headings' anchors in each edition).
    "theme_about_link": {"tr": "about/#yayimlayan", "en": "about/#publisher"},
    "theme_corrections_link": {"tr": "about/#duzeltme", "en": "about/#corrections"},
    "theme_licence_link": {"tr": "data/#lisans", "en": "data/#licence"},
    # The "not found" page (overrides/404.html).
    "theme_404_title": {"tr": "Sayfa bulunamadı", "en": "Page not found"},
    "theme_404_lead": {"tr": "Bu adreste bir sayfa yok. Bağlantı yanlış yazılmış ya da sayfa taşınmış olabilir.",
                       "en": "There is no page at this address. The link may be mistyped, or the page may have moved."},
    "theme_404_label": {"tr": "Sitede ara", "en": "Search the site"},
    "theme_404_placeholder": {"tr": "ör. Kadıköy, Nacka", "en": "e.g. Kadıköy, Nacka"},
    "theme_404_button": {"tr": "Ara", "en": "Search"},
    "theme_404_hint": {"tr": "Aramayı her sayfada, üstteki büyüteçle ya da / tuşuyla da açabilirsiniz.",
                       "en": "You can also open search at any time with the magnifier at the top of the page or the / key."},
    "theme_404_home": {"tr": "Ana sayfaya dön", "en": "Go to the home page"},
    "theme_404_lists": {"tr": "Ya da listelere göz atın:", "en": "Or browse the lists:"},
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
