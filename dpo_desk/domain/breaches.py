"""A personal data breach (GDPR Art. 33 and 34): the record, the 72-hour clock and the
status workflow (what each decision needs: domain/breach_rules.py).

Art. 33(1): the controller notifies the supervisory authority without undue delay and,
where feasible, not later than 72 hours after having become aware of the breach; a
notification later than that is accompanied by the reasons for the delay. Art. 33(2): a
processor notifies the controller without undue delay. Art. 33(5): every breach is
documented, notified or not. Art. 34: at a likely high risk the data subjects are told,
unless one of the exceptions in Art. 34(3) applies.

Moments are timezone-aware. The clock runs in real hours: 72 hours after awareness is
computed in UTC, so it is exact across the change to and from summer time (a breach
known at 12:00 on the Friday before the autumn change is due at 11:00 local time on the
Monday).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from zoneinfo import ZoneInfo

from dpo_desk.domain.text import QT_TRANSLATE_NOOP

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
NOTIFICATION_PERIOD = dt.timedelta(hours=72)
AMBER_FROM = dt.timedelta(hours=24)  # time left at which the clock turns amber


class BreachRole(Enum):
    """Whose processing the breach hit: ours (controller) or a controller's (processor)."""

    CONTROLLER = "controller"
    PROCESSOR = "processor"


class BreachKind(Enum):
    """The kinds of breach in Art. 4(12), as the EDPB's guidelines 9/2022 name them."""

    CONFIDENTIALITY = "confidentiality"
    INTEGRITY = "integrity"
    AVAILABILITY = "availability"


class Risk(Enum):
    """The assessed risk to the rights and freedoms of the people affected."""

    NONE = "none"  # unlikely to result in a risk: not notified (Art. 33(1))
    RISK = "risk"  # notified to Datatilsynet
    HIGH = "high"  # notified, and the data subjects told (Art. 34) unless 34(3) applies


class BreachStatus(Enum):
    """Where the case is. It moves forward only."""

    REGISTERED = "registered"
    ASSESSED = "assessed"
    NOTIFIED = "notified"
    NOT_NOTIFIED = "not_notified"
    CLOSED = "closed"


class Art34Exception(Enum):
    """Why the data subjects need not be told of a high-risk breach (Art. 34(3))."""

    UNINTELLIGIBLE = "art34_3_a"  # e.g. encrypted, key not compromised
    RISK_NO_LONGER_LIKELY = "art34_3_b"  # subsequent measures
    DISPROPORTIONATE_EFFORT = "art34_3_c"  # a public communication instead


class ClockState(Enum):
    """How the 72-hour clock stands."""

    RUNNING = "running"
    AMBER = "amber"  # 24 hours or less left
    PASSED = "passed"
    STOPPED = "stopped"  # notified, decided not to notify, or closed


KIND_LABELS = {
    BreachKind.CONFIDENTIALITY: QT_TRANSLATE_NOOP("Breaches", "Confidentiality"),
    BreachKind.INTEGRITY: QT_TRANSLATE_NOOP("Breaches", "Integrity"),
    BreachKind.AVAILABILITY: QT_TRANSLATE_NOOP("Breaches", "Availability"),
}
RISK_LABELS = {
    Risk.NONE: QT_TRANSLATE_NOOP("Breaches", "No risk"),
    Risk.RISK: QT_TRANSLATE_NOOP("Breaches", "Risk"),
    Risk.HIGH: QT_TRANSLATE_NOOP("Breaches", "High risk"),
}
STATUS_LABELS = {
    BreachStatus.REGISTERED: QT_TRANSLATE_NOOP("Breaches", "Registered"),
    BreachStatus.ASSESSED: QT_TRANSLATE_NOOP("Breaches", "Assessed"),
    BreachStatus.NOTIFIED: QT_TRANSLATE_NOOP("Breaches", "Notified"),
    BreachStatus.NOT_NOTIFIED: QT_TRANSLATE_NOOP("Breaches", "Not notified"),
    BreachStatus.CLOSED: QT_TRANSLATE_NOOP("Breaches", "Closed"),
}
ROLE_LABELS = {
    BreachRole.CONTROLLER: QT_TRANSLATE_NOOP("Breaches", "Our own processing (controller)"),
    BreachRole.PROCESSOR: QT_TRANSLATE_NOOP("Breaches", "Processing for a controller (processor)"),
}
EXCEPTION_LABELS = {
    Art34Exception.UNINTELLIGIBLE: QT_TRANSLATE_NOOP(
        "Breaches", "The data were unintelligible to others, e.g. encrypted (Art. 34(3)(a))"
    ),
    Art34Exception.RISK_NO_LONGER_LIKELY: QT_TRANSLATE_NOOP(
        "Breaches", "Measures taken since make the high risk no longer likely (Art. 34(3)(b))"
    ),
    Art34Exception.DISPROPORTIONATE_EFFORT: QT_TRANSLATE_NOOP(
        "Breaches",
        "Telling each person would take disproportionate effort; a public "
        "communication instead (Art. 34(3)(c))",
    ),
}

TEXT_LIMITS = {
    "title": 200,
    "discovered_by": 200,
    "reported_by": 200,
    "description": 4000,
    "consequences": 4000,
    "measures_taken": 4000,
    "measures_proposed": 4000,
    "risk_reasoning": 4000,
    "assessed_by": 200,
    "not_notified_reason": 2000,
    "delay_reasons": 2000,
    "reference": 100,
    "subjects_told_how": 2000,
    "advice": 2000,
}


@dataclass
class ControllerNotice:
    """A controller told of a breach in what we process for it (Art. 33(2))."""

    party_id: int
    told_at: dt.datetime | None = None


@dataclass
class FollowUp:
    """A later notification in phases (Art. 33(4))."""

    sent_at: dt.datetime
    note: str = ""


@dataclass
class BreachDraft:
    """What the DPO records about one breach."""

    id: int | None = None
    version: int = 0
    title: str = ""
    role: BreachRole = BreachRole.CONTROLLER
    occurred_from: dt.datetime | None = None
    occurred_to: dt.datetime | None = None
    aware_at: dt.datetime | None = None
    discovered_by: str = ""
    reported_by: str = ""
    description: str = ""
    kinds: set[BreachKind] = field(default_factory=set)
    activity_ids: list[int] = field(default_factory=list)
    party_ids: list[int] = field(default_factory=list)
    subjects_count: int | None = None
    records_count: int | None = None
    special_categories: bool = False  # Art. 9
    criminal_offences: bool = False  # Art. 10
    cpr_numbers: bool = False  # databeskyttelsesloven § 11
    consequences: str = ""
    measures_taken: str = ""
    measures_proposed: str = ""
    risk: Risk | None = None
    risk_reasoning: str = ""
    assessed_by: str = ""
    status: BreachStatus = BreachStatus.REGISTERED
    notified_at: dt.datetime | None = None
    reference: str = ""
    delay_reasons: str = ""
    not_notified_reason: str = ""
    follow_ups: list[FollowUp] = field(default_factory=list)
    subjects_told: bool | None = None  # None: not decided
    subjects_told_at: dt.datetime | None = None
    subjects_told_how: str = ""
    advice: str = ""  # what the people affected can do themselves (the Art. 34 letter)
    art34_exception: Art34Exception | None = None
    controllers: list[ControllerNotice] = field(default_factory=list)


def notification_deadline(aware_at: dt.datetime) -> dt.datetime:
    """72 real hours after awareness (an aware moment in, an aware moment out)."""
    if aware_at.tzinfo is None:
        raise ValueError("the moment of awareness must carry its time zone")
    return (aware_at.astimezone(dt.UTC) + NOTIFICATION_PERIOD).astimezone(COPENHAGEN)


def clock_stopped(d: BreachDraft) -> bool:
    """The clock stops at a notification, a decision not to notify, or closing; a
    processor's clock stops when every controller has been told."""
    if d.status in (BreachStatus.NOTIFIED, BreachStatus.NOT_NOTIFIED, BreachStatus.CLOSED):
        return True
    if d.notified_at is not None:
        return True
    return (
        d.role is BreachRole.PROCESSOR
        and bool(d.controllers)
        and all(c.told_at is not None for c in d.controllers)
    )


def time_left(aware_at: dt.datetime, now: dt.datetime) -> dt.timedelta:
    """Time until the 72 hours have passed (negative once they have)."""
    return notification_deadline(aware_at) - now


def clock_state(d: BreachDraft, now: dt.datetime) -> ClockState:
    """Running, amber from 24 hours left, passed at the deadline's minute, or stopped."""
    if d.aware_at is None:
        return ClockState.STOPPED
    return clock_at(notification_deadline(d.aware_at), stopped=clock_stopped(d), now=now)


def clock_at(deadline: dt.datetime, *, stopped: bool, now: dt.datetime) -> ClockState:
    """How a clock with this deadline stands at `now`."""
    if stopped:
        return ClockState.STOPPED
    left = deadline - now
    if left <= dt.timedelta(0):
        return ClockState.PASSED
    return ClockState.AMBER if left <= AMBER_FROM else ClockState.RUNNING


def notified_in_time(d: BreachDraft) -> bool | None:
    """Whether Datatilsynet was told within 72 hours (None: not notified)."""
    if d.aware_at is None or d.notified_at is None:
        return None
    return d.notified_at <= notification_deadline(d.aware_at)


def needs_art34_decision(d: BreachDraft) -> bool:
    """A high-risk breach on our own processing with no decision on telling the data
    subjects: flagged until decided."""
    if d.role is not BreachRole.CONTROLLER or d.risk is not Risk.HIGH:
        return False
    return d.subjects_told is None or (d.subjects_told is False and d.art34_exception is None)


def hours_until_told(aware_at: dt.datetime, told_at: dt.datetime) -> float:
    """How long after awareness a controller was told, in hours."""
    return (told_at - aware_at).total_seconds() / 3600


# What a person calls each field of a breach (the case file, the log, the audit view);
# context "Fields", as every field title (domain/titles.py).
FIELD_TITLES = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "role": QT_TRANSLATE_NOOP("Fields", "Whose processing"),
    "occurred_from": QT_TRANSLATE_NOOP("Fields", "Occurred from"),
    "occurred_to": QT_TRANSLATE_NOOP("Fields", "Occurred until"),
    "aware_at": QT_TRANSLATE_NOOP("Fields", "Became aware"),
    "discovered_by": QT_TRANSLATE_NOOP("Fields", "Discovered by"),
    "reported_by": QT_TRANSLATE_NOOP("Fields", "Reported by"),
    "description": QT_TRANSLATE_NOOP("Fields", "What happened"),
    "kinds": QT_TRANSLATE_NOOP("Fields", "Kind of breach"),
    "subjects_count": QT_TRANSLATE_NOOP("Fields", "Data subjects (approx.)"),
    "records_count": QT_TRANSLATE_NOOP("Fields", "Records (approx.)"),
    "special_categories": QT_TRANSLATE_NOOP("Fields", "Special categories (Art. 9)"),
    "criminal_offences": QT_TRANSLATE_NOOP("Fields", "Criminal offences (Art. 10)"),
    "cpr_numbers": QT_TRANSLATE_NOOP("Fields", "CPR numbers"),
    "consequences": QT_TRANSLATE_NOOP("Fields", "Likely consequences"),
    "measures_taken": QT_TRANSLATE_NOOP("Fields", "Measures taken"),
    "measures_proposed": QT_TRANSLATE_NOOP("Fields", "Measures proposed"),
    "risk": QT_TRANSLATE_NOOP("Fields", "Risk"),
    "risk_reasoning": QT_TRANSLATE_NOOP("Fields", "Reasoning"),
    "assessed_by": QT_TRANSLATE_NOOP("Fields", "Assessed by"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "notified_at": QT_TRANSLATE_NOOP("Fields", "Notified to Datatilsynet"),
    "reference": QT_TRANSLATE_NOOP("Fields", "Datatilsynet's reference"),
    "delay_reasons": QT_TRANSLATE_NOOP("Fields", "Reasons for the delay"),
    "not_notified_reason": QT_TRANSLATE_NOOP("Fields", "Why not notified"),
    "subjects_told": QT_TRANSLATE_NOOP("Fields", "Data subjects told"),
    "subjects_told_at": QT_TRANSLATE_NOOP("Fields", "Told on"),
    "subjects_told_how": QT_TRANSLATE_NOOP("Fields", "Told how"),
    "advice": QT_TRANSLATE_NOOP("Fields", "What the people affected can do"),
    "art34_exception": QT_TRANSLATE_NOOP("Fields", "Exception (Art. 34(3))"),
    "closed_at": QT_TRANSLATE_NOOP("Fields", "Closed"),
    "created": QT_TRANSLATE_NOOP("Fields", "Created"),
    "activities": QT_TRANSLATE_NOOP("Fields", "Processing activities"),
    "processors": QT_TRANSLATE_NOOP("Fields", "Processors involved"),
    "follow_ups": QT_TRANSLATE_NOOP("Fields", "Follow-up notifications"),
    "controllers": QT_TRANSLATE_NOOP("Fields", "Controllers told"),
}


@dataclass(frozen=True)
class BreachView:
    """A breach with the names of what it links to, for the reports."""

    draft: BreachDraft
    activities: tuple[str, ...] = ()
    processors: tuple[str, ...] = ()
    controllers: tuple[tuple[str, dt.datetime | None], ...] = ()  # name, told at


@dataclass(frozen=True)
class HistoryLine:
    """One change of a breach in its audit trail: when, who, what, which fields."""

    at: dt.datetime
    user_name: str
    action: str
    fields: tuple[str, ...]
