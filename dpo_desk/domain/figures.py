"""Key figures across the registers of one year, as the management workbook and the
annual report show them. Plain data; services/figures.py counts them."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from dpo_desk.domain.breaches import Risk
from dpo_desk.domain.requests import RequestType


@dataclass
class Figures:
    """The figures of one year, as they stand on `today`."""

    year: int
    today: dt.date
    activities: int = 0  # in use (not retired)
    activities_controller: int = 0
    activities_processor: int = 0
    processors: int = 0  # processors we use, not retired
    controllers: int = 0  # controllers we process for
    supervision_overdue: int = 0
    supervision_due: int = 0  # due within three months, not overdue
    supervision_due_in_year: int = 0  # processors whose round fell due in the year
    supervision_done_in_year: int = 0  # of those, with a round in the year
    rounds_in_year: int = 0
    requests: int = 0  # received in the year
    answered_in_time: int = 0
    answered_late: int = 0
    requests_open: int = 0
    requests_open_late: int = 0  # open past the deadline today
    requests_withdrawn: int = 0
    # (month 1-12, request type) -> requests received; a request of two types counts twice
    requests_by_month: Counter[tuple[int, RequestType]] = field(default_factory=Counter)
    answered_by_month: dict[int, tuple[int, int]] = field(default_factory=dict)  # in time, late
    consents_active: int = 0
    consents_reconfirm: int = 0
    consents_withdrawn: int = 0
    breaches: int = 0  # became aware of in the year
    breaches_by_risk: Counter[Risk | None] = field(default_factory=Counter)
    breaches_by_quarter: Counter[int] = field(default_factory=Counter)
    breaches_notified_in_time: int = 0
    breaches_notified_late: int = 0
    breaches_not_notified: int = 0
    breaches_open: int = 0
