"""The legal trail, information requests, deadlines and scorecard (macros/accountability), on a small data set
(tests/fixtures/accountability) and on the bundled data."""
from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from macros import accountability as acc
from macros.accountability import deadlines, legal_trail, requests
from macros.data.dataset import load_portal

FIXTURE = Path(__file__).parent / "fixtures" / "accountability"
D = datetime.date


@pytest.fixture(scope="module")
def small():
    return load_portal(FIXTURE)


def _kadikoy(portal):
    return next(d for d in portal.districts if d.slug == "kadikoy")


def _tie(portal, tie_id):
    return next(a for d in portal.districts for a in d.agreements if a.id == tie_id)


# --- deadlines -------------------------------------------------------------------------------

def test_fifteen_working_days_skip_weekends():
    # Monday 2 June 2025: 3-5 June, then Kurban Bayramı (6 and 9 June are holidays, 7-8 a weekend), 10-25 June.
    assert acc.answer_due(D(2025, 6, 2)) == D(2025, 6, 25)


def test_the_deadline_skips_the_religious_holidays():
    # Ramazan Bayramı 2025 is 30 March - 1 April; 31 March and 1 April are working days otherwise.
    assert acc.answer_due(D(2025, 3, 25)) == D(2025, 4, 17)
    table = acc.holiday_table(2025, 2025)
    assert {"2025-03-31", "2025-04-01", "2025-06-06", "2025-06-09"} <= set(table)


def test_the_deadline_crosses_the_year_end_without_new_years_day():
    # Wednesday 24 Dec 2025: 25, 26, 29, 30, 31 Dec; 1 Jan is a holiday; 2, 5-9, 12-16 Jan.
    assert acc.answer_due(D(2025, 12, 24)) == D(2026, 1, 15)


def test_an_extended_request_has_thirty_working_days():
    # ... and 15 more working days, 15 July (Democracy and National Unity Day) left out.
    assert acc.answer_due(D(2025, 6, 2), extended=True) == D(2025, 7, 17)
    assert (acc.answer_due(D(2025, 6, 2), extended=True) - acc.answer_due(D(2025, 6, 2))).days > 15


def test_an_eve_counts_as_a_working_day_and_the_page_says_so():
    # Wednesday 28 May 2025: 29, 30 May, 2-4 June, 5 June (the eve of Kurban Bayramı: holiday from 13:00, offices
    # open in the morning: counted), 6 and 9 June holidays, 10-13 and 16-20 June.
    assert acc.answer_due(D(2025, 5, 28)) == D(2025, 6, 20)
    from macros.i18n import label
    assert "Arife günlerini iş günü sayarız" in label("deadline_how", "tr")
    assert "kuruma ulaştığı gündür" in label("deadline_how", "tr")
    assert "tahmindir" in label("deadline_estimate", "tr", year=2027)


def test_the_objection_period_ends_on_a_working_day():
    # 15 days after 15 March 2025 is Sunday 30 March, in the bayram: the period ends on Wednesday 2 April.
    assert deadlines.objection_due(D(2025, 3, 15)) == D(2025, 4, 2)


# --- legal trail -----------------------------------------------------------------------------

def test_the_competent_ministry_follows_the_ties_date(small):
    berlin = legal_trail.trail(_tie(small, "kadikoy-berlin"), small.rules, [])
    tilos = legal_trail.trail(_tie(small, "kadikoy-tilos"), small.rules, [])
    permission = {s.key: s for s in berlin}["ministry_approval"]
    assert permission.authorities == ("İçişleri Bakanlığı",) and permission.required
    assert {s.key: s for s in tilos}["ministry_approval"].authorities == ("Çevre ve Şehircilik Bakanlığı",)


@pytest.mark.parametrize("date, ministry", [
    ("2005-07-13", "law-5393-art-74-interior"),     # the day Law 5393 was published
    ("2018-07-14", "law-5393-art-74-interior"),     # the day before Presidential Decree No. 4 took effect
    ("2018-07-15", "law-5393-art-74-environment"),  # Decree No. 4, art. 798 (not Law 7153, 10.12.2018)
    ("2018-12", "law-5393-art-74-environment"),
])
def test_the_real_rules_set_the_2018_transfer_by_the_decree_that_took_effect(portal, date, ministry):
    assert [r.id for r in legal_trail.rules_at(portal.rules, "tie_permission", date)] == [ministry]


def test_a_tie_older_than_law_5393_has_no_article_74_requirement_and_is_not_scored(small, portal):
    erlangen = _tie(small, "kadikoy-erlangen")
    steps = legal_trail.trail(erlangen, small.rules, [])
    assert steps and not any(s.required for s in steps)
    assert not legal_trail.scored(erlangen, small.rules)
    assert legal_trail.predates_rules(erlangen, small.rules).in_force_from == "2005-07-13"
    # On the real rules too: Kadıköy–Friedrichshain-Kreuzberg (1996) predates every tie rule in the data.
    real = _tie(portal, "kadikoy-friedrichshain-kreuzberg")
    assert not legal_trail.scored(real, portal.rules) and legal_trail.predates_rules(real, portal.rules)
    text = acc.requests.letter(_kadikoy(small), [acc.requests.Asked(erlangen, "Almanya", s.key, s.required)
                                                   for s in steps])
    assert "74. maddesi" not in text and "alındıysa" in text


def test_a_letter_of_intent_asks_only_for_a_council_decision_if_one_was_taken(small):
    ohrid = _tie(small, "kadikoy-ohrid")
    steps = legal_trail.trail(ohrid, small.rules, [])
    assert [s.key for s in steps] == ["council_decision"] and not steps[0].required
    assert not legal_trail.scored(ohrid, small.rules)
    text = acc.requests.letter(_kadikoy(small), [acc.requests.Asked(ohrid, "Kuzey Makedonya", "council_decision",
                                                                   False)])
    assert "niyet mektubunun" in text and "alındıysa" in text and "kardeş şehir ilişkisinin" not in text


def test_a_letter_names_the_tie_by_its_kind(small):
    text = acc.request_text(_kadikoy(small), _tie(small, "kadikoy-tilos"), ["council_decision"], "Yunanistan")
    assert "iş birliği ilişkisinin" in text and "kardeş şehir ilişkisinin" not in text


def test_a_tie_without_a_date_shows_both_periods(small):
    nacka = {s.key: s for s in legal_trail.trail(_tie(small, "kadikoy-nacka"), small.rules, [])}
    assert not nacka["ministry_approval"].date_known
    assert len(nacka["ministry_approval"].authorities) == 2


def test_a_domestic_tie_has_no_article_74_steps(small):
    assert legal_trail.trail(_tie(small, "kadikoy-hilvan"), small.rules, _kadikoy(small).requests) == ()


def test_a_document_received_through_a_request_documents_the_step(small):
    nacka = {s.key: s for s in legal_trail.trail(_tie(small, "kadikoy-nacka"), small.rules,
                                                  _kadikoy(small).requests)}
    assert nacka["council_decision"].documented and nacka["council_decision"].received == ("paper",)
    assert not nacka["ministry_approval"].documented


def test_a_trip_follows_the_rule_of_its_date(small):
    from macros.data import model
    trip = lambda date: model.Activity(id="x", kind="visit", description="d", description_en="d", sources=(),
                                       date=date)
    assert [r.id for r in legal_trail.trip_rules(trip("2022-05"), small.rules)] == ["trips-2021"]
    assert legal_trail.trip_rules(trip("2019"), small.rules) == ()


# --- requests --------------------------------------------------------------------------------

def test_a_request_names_the_municipality_the_partner_the_documents_and_the_law(small):
    text = acc.request_text(_kadikoy(small), _tie(small, "kadikoy-nacka"), ["council_decision", "ministry_approval"],
                            "İsveç")
    assert text.startswith("Kadıköy Belediye Başkanlığı\nBilgi Edinme Birimi")
    assert "Nacka (İsveç)" in text and "4982 sayılı Bilgi Edinme Hakkı Kanunu" in text
    assert "belediye meclisi kararının" in text and "bakanlık izni yazısının" in text
    assert "T.C. Kimlik No" in text and "İmza" in text and "Ev ya da iş adresi" in text  # art. 6: home or work


def test_a_request_to_the_ministry_names_the_municipality_in_full(small):
    text = acc.request_text(_kadikoy(small), _tie(small, "kadikoy-tilos"), ["ministry_approval"], "Yunanistan",
                            authority="Çevre ve Şehircilik Bakanlığı", address="Hasanpaşa Mah.")
    assert text.startswith("Çevre ve Şehircilik Bakanlığı\nBilgi Edinme Birimi")
    assert "Kadıköy Belediyesi ile Tilos (Yunanistan)" in text and "Hasanpaşa" not in text


def test_the_objection_cites_the_refusal_and_the_board():
    text = acc.objection_text()
    assert text.startswith("Bilgi Edinme Değerlendirme Kurulu Başkanlığına") and "13. maddesi" in text
    assert "reddedildi" in text


def test_there_is_an_objection_text_for_a_request_left_unanswered():
    text = acc.objection_text(unanswered=True)
    assert "cevap verilmemiştir" in text and "reddedildi" not in text


def test_request_status_is_computed_against_the_build_date(small):
    answered, pending, refused, waiting = _kadikoy(small).requests
    assert acc.request_status(answered, D(2026, 12, 2)) == "answered"
    assert requests.replied_in_time(answered)
    assert requests.replied_in_time(refused)  # a refusal within the period is a reply in time
    assert acc.request_status(waiting, D(2026, 12, 2)) == "waiting"
    assert acc.request_status(pending, D(2026, 2, 10)) == "waiting"
    assert acc.request_status(pending, D(2026, 12, 2)) == "overdue"


# --- scorecard -------------------------------------------------------------------------------

def test_scorecard_figures_equal_a_direct_count(small):
    line = next(line for line in acc.scorecard(small, D(2026, 12, 2)) if line.district.slug == "kadikoy")
    # Scored: dated foreign ties (not letters of intent) made under Law 5393. Not: Hilvan (domestic), Nacka
    # (undated), Erlangen (1996, before the law), Ohrid (a letter of intent).
    assert set(line.foreign) == {"kadikoy-berlin", "kadikoy-tilos"}
    assert set(line.unscored) == {"kadikoy-nacka", "kadikoy-erlangen", "kadikoy-ohrid"}
    assert set(line.council) == {"kadikoy-berlin"}
    assert line.permission == ()
    # Replies in time: the answer and the refusal; the request still within its period is out of the share.
    assert set(line.in_time) == {"kadikoy-2026-01-nacka", "kadikoy-2026-03-berlin"}
    assert set(line.decided) == {"kadikoy-2026-01-nacka", "kadikoy-2026-02-tilos", "kadikoy-2026-03-berlin"}
    assert line.in_time_share == 2 / 3
    assert line.status == {"kadikoy-2026-01-nacka": "answered", "kadikoy-2026-02-tilos": "overdue",
                           "kadikoy-2026-03-berlin": "refused", "kadikoy-2026-11-tilos": "waiting"}


def test_the_real_scorecard_counts_every_scored_foreign_tie_once(portal):
    lines = acc.scorecard(portal, D(2026, 12, 2))
    scored = [a.id for d in portal.districts for a in d.agreements if legal_trail.scored(a, portal.rules)]
    assert sorted(i for line in lines for i in line.foreign) == sorted(scored)
    foreign = {a.id for d in portal.districts for a in d.agreements if a.country != "TR"}
    assert {i for line in lines for i in (*line.foreign, *line.unscored)} == foreign
    for line in lines:
        assert set(line.council) <= set(line.foreign) and set(line.permission) <= set(line.foreign)
        direct = [a.id for a in line.district.agreements if a.id in line.foreign and a.council_decision]
        assert set(direct) <= set(line.council)
        assert not any(_tie(portal, i).kind == "letter_of_intent" for i in line.foreign)


# --- the feed of request status changes --------------------------------------------------------

def test_request_status_changes_come_from_the_data_and_the_deadline(small):
    from macros.publish.requests_feed import requests_feed, status_changes
    changes = [(c.date, c.status, c.request.id) for c in status_changes(small, D(2026, 12, 2))]
    assert changes == [
        ("2026-11-25", "filed", "kadikoy-2026-11-tilos"),         # still within its period on 2 Dec 2026
        ("2026-03-10", "refused", "kadikoy-2026-03-berlin"),
        ("2026-03-02", "filed", "kadikoy-2026-03-berlin"),
        ("2026-02-24", "overdue", "kadikoy-2026-02-tilos"),      # 15 working days after 2 Feb 2026 have passed
        ("2026-02-02", "filed", "kadikoy-2026-02-tilos"),
        ("2026-01-20", "answered", "kadikoy-2026-01-nacka"),
        ("2026-01-05", "filed", "kadikoy-2026-01-nacka"),
    ]
    before_the_deadline = status_changes(small, D(2026, 2, 10))
    assert "overdue" not in {c.status for c in before_the_deadline}
    feed = requests_feed(small, "tr", "https://example.org/yd/", D(2026, 12, 2))
    assert feed.count("<entry>") == 7 and "https://example.org/yd/requests/#kadikoy-2026-02-tilos" in feed
    assert feed == requests_feed(small, "tr", "https://example.org/yd/", D(2026, 12, 2))  # same data, same bytes
    assert "<link" not in requests_feed(small, "tr", "", D(2026, 12, 2))  # no site address: no links at all
