"""What the annual DPO report says about a year: plain data, gathered by
services/annual.py and laid out by reports/annual.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dpo_desk.domain.figures import Figures
from dpo_desk.domain.register import DpiaNeed, Status


@dataclass(frozen=True)
class OpenRisk:
    """A risk still open: the message template and its values."""

    message: str
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ActivityLine:
    """An activity as the report lists it."""

    name: str
    role: str
    status: Status
    next_review: dt.date | None
    dpia: DpiaNeed


@dataclass(frozen=True)
class PartyLine:
    """A processor we use, and how its supervision stands."""

    name: str
    last_round: dt.date | None
    next_round: dt.date | None
    open_follow_ups: int


@dataclass(frozen=True)
class BreachLine:
    """A breach of the year."""

    title: str
    aware_at: dt.datetime
    risk: str | None
    status: str
    in_time: bool | None  # None: not notified


@dataclass
class AnnualData:
    """Everything the annual report says."""

    year: int
    today: dt.date
    organisation: str
    dpo: str
    figures: Figures
    activities: list[ActivityLine]
    parties: list[PartyLine]
    breaches: list[BreachLine]
    risks: list[OpenRisk]
    remarks: str
