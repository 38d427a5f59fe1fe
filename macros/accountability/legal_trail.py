"""The legal trail of a tie: which documents the law required on its date, and which the sources show.

Law 5393 (art. 18 (p), art. 74) asks for a council decision and the prior permission of the ministry for a
tie with a foreign local government; which ministry depends on the date (data/legal_rules.yaml). A domestic
tie has no such steps. A tie older than the rules in our data shows no requirement: what applied then is
said to be outside our data, never assumed. A letter of intent is not an art. 74 relationship: only a
council decision, if one was taken, is asked for. A document counts as documented when the record cites it
(council_decision, ministry_approval) or when a filed request brought it (InformationRequest.documents).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..data import model

STEPS = ("council_decision", "ministry_approval")
STEP_SUBJECT = {"council_decision": "tie_council", "ministry_approval": "tie_permission"}
ANSWERED = ("answered", "partly")


@dataclass(frozen=True)
class Step:
    key: str                                  # council_decision | ministry_approval
    record: model.LegalStep | None            # what the record documents, with its sources
    received: tuple[str, ...]                 # ids of sources received through information requests
    rules: tuple[model.LegalRule, ...]        # the rules in force on the tie's date (all of them if it is unknown)
    date_known: bool                          # whether the tie's date picks one period
    required: bool = True                     # a rule in force on the tie's date (or possibly, if undated) asks for it

    @property
    def documented(self) -> bool:
        return self.record is not None or bool(self.received)

    @property
    def authorities(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.authority for r in self.rules if r.authority))


def tie_date(agreement: model.Agreement) -> str | None:
    """The date that decides which rules applied: the council decision where a source dates it (the law asks for
    it before the tie), else the tie's date."""
    if agreement.council_decision and agreement.council_decision.date:
        return agreement.council_decision.date
    return agreement.date


def _not_before(date: str, start: str) -> bool:
    n = min(len(date), len(start))
    return date[:n] >= start[:n]


def in_force(rule: model.LegalRule, date: str) -> bool:
    """True when a (partial) date may fall in the rule's period ('2018' overlaps a rule ending 2018-12-09)."""
    if not _not_before(date, rule.in_force_from):
        return False
    return rule.in_force_until is None or _not_before(rule.in_force_until, date)


def rules_at(rules, subject: str, date: str | None) -> tuple[model.LegalRule, ...]:
    of_subject = [r for r in rules if r.subject == subject]
    if date is None:
        return tuple(of_subject)
    return tuple(r for r in of_subject if in_force(r, date))


def received(requests, record_id: str, step: str, field: str = "agreement") -> tuple[str, ...]:
    """Sources received through answered requests that asked for this step of this record."""
    out: list[str] = []
    for request in requests:
        if request.outcome in ANSWERED and any(getattr(s, field) == record_id and s.step == step
                                               for s in request.about):
            out += request.documents
    return tuple(dict.fromkeys(out))


def trail(agreement: model.Agreement, rules, requests) -> tuple[Step, ...]:
    """The steps of a foreign tie: both article 74 documents for a tie, the council decision alone for a letter
    of intent; none for a domestic tie."""
    if agreement.domestic:
        return ()
    date = tie_date(agreement)
    keys = ("council_decision",) if agreement.kind == "letter_of_intent" else STEPS
    out = []
    for key in keys:
        in_force_then = rules_at(rules, STEP_SUBJECT[key], date)
        required = agreement.under_article_74 and bool(in_force_then)
        out.append(Step(key, getattr(agreement, key), received(requests, agreement.id, key), in_force_then,
                        date is not None, required))
    return tuple(out)


def scored(agreement: model.Agreement, rules) -> bool:
    """Whether the scorecard counts the tie: a foreign tie (not a letter of intent) dated while a rule of Law
    5393 was in force (`scored` in data/legal_rules.yaml). An undated tie is left out: it may predate the law."""
    date = tie_date(agreement)
    if not agreement.under_article_74 or date is None:
        return False
    return any(in_force(r, date) for r in rules if r.scored and r.subject == "tie_permission")


def predates_rules(agreement: model.Agreement, rules) -> model.LegalRule | None:
    """For a dated foreign tie from before every tie rule in our data (the rules of its time are not recorded):
    the oldest of those rules; else None."""
    date = tie_date(agreement)
    tie_rules = sorted((r for r in rules if r.subject in STEP_SUBJECT.values()), key=lambda r: r.in_force_from)
    if date is None or agreement.domestic or not tie_rules or any(in_force(r, date) for r in tie_rules):
        return None
    return tie_rules[0]


def trip_rules(activity: model.Activity, rules) -> tuple[model.LegalRule, ...]:
    """The rules on official trips abroad in force on the activity's date (none: no document was required)."""
    return rules_at(rules, "trip", activity.date) if activity.date else ()
