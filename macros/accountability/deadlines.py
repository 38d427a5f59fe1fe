"""Law 4982 deadlines in Turkish working days: weekends and public holidays (religious ones included) do not count.

The holiday table comes from the `holidays` package at build time, so the browser's deadline helper
(assets/javascripts/requests.js) and these functions count the same days; its religious holidays for years
not yet announced are the package's calendar estimate (the page says so). Half-day eves (arife, 28 October
afternoon: Law 2429, holiday from 13:00) count as working days, since offices work in the morning: no text
we found settles how an eve counts in a Law 4982 period, and the page says so beside the result. The period
runs from the day after the request reached the body ("başvurunun kurum ve kuruluşa ulaştığı tarih başvuru
tarihidir"; data/legal_rules.yaml, subject request_deadline).
"""
from __future__ import annotations

import datetime
import functools

import holidays

ANSWER_DAYS = 15          # Law 4982 art. 11: fifteen working days
EXTENDED_DAYS = 30        # when another unit must be consulted (the applicant is told within 15)
OBJECTION_DAYS = 15       # objection to the Bilgi Edinme Değerlendirme Kurulu: 15 days (calendar) after a refusal


@functools.lru_cache(maxsize=None)
def holiday_table(first_year: int, last_year: int) -> dict[str, str]:
    """ISO date -> Turkish name of every full-day public holiday in Türkiye in those years."""
    table = holidays.country_holidays("TR", years=range(first_year, last_year + 1), language="tr")
    return {day.isoformat(): name for day, name in sorted(table.items())}


def is_working_day(day: datetime.date, table: dict[str, str]) -> bool:
    return day.weekday() < 5 and day.isoformat() not in table


def add_working_days(start: datetime.date, days: int, table: dict[str, str]) -> datetime.date:
    """The last day of a period of `days` working days that begins the day after `start`."""
    day = start
    counted = 0
    while counted < days:
        day += datetime.timedelta(days=1)
        if is_working_day(day, table):
            counted += 1
    return day


def answer_due(filed: datetime.date, extended: bool = False) -> datetime.date:
    """Last day for the answer to a request filed on `filed`."""
    table = holiday_table(filed.year, filed.year + 1)
    return add_working_days(filed, EXTENDED_DAYS if extended else ANSWER_DAYS, table)


def objection_due(refused: datetime.date) -> datetime.date:
    """Last day to object to the board after a refusal (15 days; a last day on a holiday moves to the next working day)."""
    table = holiday_table(refused.year, refused.year + 1)
    day = refused + datetime.timedelta(days=OBJECTION_DAYS)
    while not is_working_day(day, table):
        day += datetime.timedelta(days=1)
    return day
