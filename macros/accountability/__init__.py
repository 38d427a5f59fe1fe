"""What the law requires of each tie and trip, what the sources document, and how to ask for the rest.

Derived from the validated model only (no MkDocs, no templates): the legal trail of a record
(legal_trail), ready information requests under Law 4982 (requests), the deadline arithmetic
(deadlines) and the transparency scorecard (scorecard). The renderer and the tests read these.
"""
import datetime
import os
from typing import Mapping

from .deadlines import answer_due, holiday_table
from .leads import KINDS as LEAD_KINDS, Lead, leads
from .legal_trail import Step, trail
from .requests import objection_text, request_status, request_text
from .scorecard import Line, scorecard

__all__ = ["LEAD_KINDS", "Lead", "Line", "Step", "answer_due", "build_date", "holiday_table", "leads",
           "objection_text", "request_status", "request_text", "scorecard", "trail"]


def build_date(environ: Mapping[str, str] = os.environ) -> datetime.date:
    """The date statuses are computed against: the last commit's (SOURCE_DATE_EPOCH), so builds stay reproducible.
    Read once per build, by the engine (its Settings.build_date); the code here and the renderer are handed it."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date()
    return datetime.date.today()
