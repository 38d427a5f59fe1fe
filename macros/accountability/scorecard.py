"""The transparency scorecard: per municipality, how much of what the law requires is documented.

Published evidence only: a council decision or ministry permission counts when a cited source or a
document received through a request shows it; a request counts as answered in time when its reply came
within the Law 4982 deadline. Every figure lists the records behind it.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from ..data import model
from .legal_trail import trail
from .requests import answered_in_time, request_status


@dataclass(frozen=True)
class Line:
    district: model.District
    foreign: tuple[str, ...]                  # ids of foreign ties
    council: tuple[str, ...]                  # of those, with a documented council decision
    permission: tuple[str, ...]               # with a documented ministry permission
    filed: tuple[str, ...]                    # ids of requests filed
    in_time: tuple[str, ...]                  # answered within the deadline
    status: dict = field(default_factory=dict)  # request id -> status against the build date

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
        return self._share(self.in_time, self.filed)


def district_line(district: model.District, rules, today: datetime.date) -> Line:
    foreign = [a for a in district.agreements if not a.domestic]
    steps = {a.id: {s.key: s for s in trail(a, rules, district.requests)} for a in foreign}
    return Line(
        district=district,
        foreign=tuple(a.id for a in foreign),
        council=tuple(i for i, s in steps.items() if s["council_decision"].documented),
        permission=tuple(i for i, s in steps.items() if s["ministry_approval"].documented),
        filed=tuple(r.id for r in district.requests),
        in_time=tuple(r.id for r in district.requests if answered_in_time(r)),
        status={r.id: request_status(r, today) for r in district.requests},
    )


def scorecard(portal: model.Portal, today: datetime.date) -> list[Line]:
    """One line per municipality, in the data's order."""
    return [district_line(d, portal.rules, today) for d in portal.districts]
