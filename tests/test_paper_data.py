"""The bundled data is a faithful transcription of the paper's tables 1-8.

Records also cite other sources (tests/test_coverage.py); the checks here look at what rests on the paper.

The expectations below were written from the paper (../shared/sources/000_f4d68692b547afed.txt),
not from the YAML, so a record dropped or changed in data/ fails here.
"""
from collections import Counter

import pytest

from macros.data.text import slugify

DISTRICTS = [
    "Adalar", "Arnavutköy", "Ataşehir", "Avcılar", "Bağcılar", "Bahçelievler", "Bakırköy", "Başakşehir",
    "Bayrampaşa", "Beşiktaş", "Beykoz", "Beylikdüzü", "Beyoğlu", "Büyükçekmece", "Çatalca", "Çekmeköy",
    "Esenler", "Esenyurt", "Eyüpsultan", "Fatih", "Gaziosmanpaşa", "Güngören", "Kadıköy", "Kağıthane", "Kartal",
    "Küçükçekmece", "Maltepe", "Pendik", "Sancaktepe", "Sarıyer", "Silivri", "Sultanbeyli", "Sultangazi", "Şile",
    "Şişli", "Tuzla", "Ümraniye", "Üsküdar", "Zeytinburnu",
]

# Table 1, left column: partner as written in the paper, and its country.
TABLE_1_AGREEMENTS = {
    "adalar": [("Nacka", "SE"), ("Paleo Faliro", "GR"), ("Veles", "MK"), ("Pokhara", "NP"),
               ("Çolpon Ata", "KG"), ("Santa Ana", "CR")],
    "avcilar": [("Razgard", "BG")],
    "bagcilar": [("Almatı", "KZ"), ("Hamm", "DE")],
    "basaksehir": [("Alor Setar", "MY")],
    "beykoz": [("Hilvan", "TR"), ("Srebrenitsa", "BA")],
    "beyoglu": [("Cenova", "IT"), ("Bunkya", "JP"), ("Ayadomoun", "LB")],
    "cekmekoy": [("Güzelyurt", "XC"), ("Doyran", "MK"), ("Vogoşça", "BA"), ("Berrechid", "MA"), ("Bilma", "NE")],
    "esenyurt": [("Inn Gall", "NE"), ("Dakar –Sicap Liberte", "SN"), ("Brcko", "BA"), ("Üsküp", "MK")],
    "kucukcekmece": [("Budapeşte Józsefváros", "HU")],
    "maltepe": [("Komrat", "MD"), ("Mineralni Bani", "BG"), ("Mrah El Sraj", "LB")],
    "pendik": [("Budapeşte-Kispest", "HU")],
    "sancaktepe": [("Cibuti", "DJ")],
    "sariyer": [("Revanna", "IT")],
    "umraniye": [("Fojnica", "BA")],
}

TABLE_1_MEMBERSHIPS = {"beylikduzu": "eurocities", "kartal": "iclei", "sancaktepe": "avrupa-bilim-merkezleri",
                       "sariyer": "uclg-mewa"}

# Districts named in each table (tables 2-8), from the paper's first column.
DISTRICTS_BY_TABLE = {
    2: {"atasehir"},
    3: {"besiktas", "beyoglu", "esenyurt", "maltepe", "pendik", "tuzla", "umraniye"},
    4: {"avcilar", "beykoz", "beylikduzu", "beyoglu", "esenyurt", "sariyer", "sisli", "umraniye"},
    5: {"bayrampasa", "beylikduzu", "sisli"},
    6: {"besiktas", "sile"},
    7: {"basaksehir", "beylikduzu", "beyoglu", "kadikoy", "kartal", "kucukcekmece", "maltepe", "pendik",
        "sariyer", "sultanbeyli", "sisli", "uskudar"},
    8: {"atasehir", "beyoglu", "esenler", "pendik", "sariyer"},
}


def _records(portal):
    for district in portal.districts:
        for kind in ("agreements", "memberships", "projects", "activities"):
            for record in getattr(district, kind):
                yield district, kind, record


def test_one_file_for_each_of_the_39_districts_with_turkish_names(portal):
    assert sorted(d.name for d in portal.districts) == sorted(DISTRICTS)
    assert {d.slug for d in portal.districts} == {slugify(n) for n in DISTRICTS}


@pytest.mark.parametrize("slug", sorted(TABLE_1_AGREEMENTS))
def test_table_1_partners_and_countries_are_reproduced(portal, slug):
    district = next(d for d in portal.districts if d.slug == slug)
    from_table_1 = [(a.partner.as_written, a.country) for a in district.agreements
                    if any(c.table == 1 for c in a.sources)]
    assert from_table_1 == TABLE_1_AGREEMENTS[slug]


def test_table_1_has_no_agreement_for_other_districts(portal):
    for district in portal.districts:
        if district.slug not in TABLE_1_AGREEMENTS:
            assert not [a for a in district.agreements if any(c.table == 1 for c in a.sources)], district.slug


def test_table_7_adds_pecs_sister_city_and_yecheon_cooperation_to_beyoglu(portal):
    beyoglu = next(d for d in portal.districts if d.slug == "beyoglu")
    from_table_7 = {a.partner.as_written: a for a in beyoglu.agreements if any(c.table == 7 for c in a.sources)}
    assert from_table_7["Pecs"].kind == "sister_city" and from_table_7["Pecs"].partner.name == "Pécs"
    assert from_table_7["Yecheon Belediyesi"].kind == "cooperation"


def test_gagauzia_is_recorded_as_a_subdivision_of_moldova(portal):
    maltepe = next(d for d in portal.districts if d.slug == "maltepe")
    komrat = next(a for a in maltepe.agreements if a.partner.as_written == "Komrat")
    assert (komrat.country, komrat.subdivision) == ("MD", "MD-GA")


def test_table_1_memberships_reference_networks(portal):
    found = {d.slug: m.network for d in portal.districts for m in d.memberships
             if any(c.source == "paper" and c.table == 1 for c in m.sources)}
    assert found == TABLE_1_MEMBERSHIPS


@pytest.mark.parametrize("table", sorted(DISTRICTS_BY_TABLE))
def test_every_district_named_in_tables_2_to_8_has_records_from_that_table(portal, table):
    cited = {d.slug for d, _, r in _records(portal) if any(c.table == table for c in r.sources)}
    assert cited == DISTRICTS_BY_TABLE[table]


def test_table_7_projects_are_projects_and_activity_tables_are_activities(portal):
    kinds_by_table = Counter()
    for _, kind, record in _records(portal):
        for citation in record.sources:
            kinds_by_table[(citation.table, kind)] += 1
    assert kinds_by_table[(7, "projects")] >= 20
    assert kinds_by_table[(7, "activities")] == 0
    for table in (2, 3, 4, 5, 6, 8):
        assert kinds_by_table[(table, "projects")] == 0
        assert kinds_by_table[(table, "activities")] >= 1


def test_every_citation_of_the_paper_gives_its_table_and_quote(portal):
    for _district, _kind, record in _records(portal):
        assert record.sources, record.id
        for citation in record.sources:
            if citation.source == "paper":
                assert citation.table in range(1, 9), record.id
                assert citation.quote, record.id


def test_nothing_is_invented_unknown_legal_steps_stay_empty(portal):
    # The paper gives no council decisions, ministry approvals, signing dates or statuses: a tie that rests on
    # the paper alone has none.
    for _, kind, record in _records(portal):
        if kind == "agreements" and all(c.source == "paper" for c in record.sources):
            assert record.council_decision is None and record.ministry_approval is None
            assert record.status == "unknown"


def test_quotes_appear_in_the_paper(portal, paper_text):
    """Every quoted phrase can be found in the paper (ignoring line breaks and spacing)."""
    import re
    squash = lambda s: re.sub(r"\s+", "", s)
    text = squash(paper_text)
    missing = [r.id for _, _, r in _records(portal) for c in r.sources
               if c.source == "paper" and c.quote and squash(c.quote) not in text]
    assert not missing
