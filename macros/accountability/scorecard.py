"""The transparency scorecard: per municipality, how much of what the law requires is documented.

Published evidence only: a council decision or ministry permission counts when a cited source or a
document received through a request shows it. Only ties the law of their date asks these documents for are
counted (legal_trail.scored): not letters of intent, not ties older than Law 5393, not undated ties (listed
apart). A request counts once its answer period is over or a reply came; a reply (an answer or a refusal)
within the Law 4982 deadline is a reply in time. Every figure lists the records behind it.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from ..data import model
from .legal_trail import scored, trail
from .requests import replied_in_time, request_status


@dataclass(frozen=True)
class Line:
    district: model.District
    foreign: tuple[str, ...]                  # ids of the scored foreign ties (legal_trail.scored)
    council: tuple[str, ...]                  # of those, with a documented council decision
    permission: tuple[str, ...]               # with a documented ministry permission
    filed: tuple[str, ...]                    # ids of requests filed
    in_time: tuple[str, ...]                  # replied (answered, partly or refused) within the deadline
    status: dict = field(default_factory=dict)  # request id -> status against the build date
    unscored: tuple[str, ...] = ()            # foreign ties not scored: letters of intent, pre-2005, undated
    decided: tuple[str, ...] = ()             # requests whose period is over or that got a reply: the denominator

    @staticmethod
    def _share(part, whole) -> float | None:
        return len(part) / len(whole) if whole else None

    @property
    def council_share(self) -> float | None:
        return self._share(self.council, self.foreign)

    @property
    def permission_share(self) -> float | None:
        return self._share(self.permission, self.foreign)

    @property
    def in_time_share(self) -> float | None:
        return self._share(self.in_time, self.decided)

    @property
    def scorable(self) -> bool:
        """Whether there is anything to score: a tie the law asks documents for, or a decided request."""
        return bool(self.foreign or self.decided)


def district_line(district: model.District, rules, today: datetime.date) -> Line:
    foreign = [a for a in district.agreements if scored(a, rules)]  # scored: foreign ties only
    steps = {a.id: {s.key: s for s in trail(a, rules, district.requests)} for a in foreign}
    status = {r.id: request_status(r, today) for r in district.requests}
    return Line(
        district=district,
        foreign=tuple(a.id for a in foreign),
        council=tuple(i for i, s in steps.items() if s["council_decision"].documented),
        permission=tuple(i for i, s in steps.items() if s["ministry_approval"].documented),
        filed=tuple(r.id for r in district.requests),
        in_time=tuple(r.id for r in district.requests if replied_in_time(r)),
        status=status,
        unscored=tuple(a.id for a in district.agreements if not a.domestic and a.id not in steps),
        decided=tuple(r.id for r in district.requests if status[r.id] != "waiting"),
    )


def scorecard(portal: model.Portal, today: datetime.date) -> list[Line]:
    """One line per municipality, in the data's order."""
    return [district_line(d, portal.rules, today) for d in portal.districts]
