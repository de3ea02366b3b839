"""What needs the DPO: one kind of item per duty across the registers, grouped by how
urgent it is (overdue, this week, within 30 days)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from dpo_desk.domain.text import QT_TRANSLATE_NOOP

HORIZON_DAYS = 30
WEEK_DAYS = 7
# The lines listed of one kind, most urgent first; the rest of the kind is one line that
# counts them (a register of 100,000 requests is not listed line by line).
PICK = 200


class Urgency(Enum):
    """How soon an item must be dealt with; the order is the order shown."""

    OVERDUE = 0
    THIS_WEEK = 1
    SOON = 2


URGENCY_LABELS = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("Overview", "Overdue"),
    Urgency.THIS_WEEK: QT_TRANSLATE_NOOP("Overview", "This week"),
    Urgency.SOON: QT_TRANSLATE_NOOP("Overview", "Within 30 days"),
}


class Duty(Enum):
    """The kinds of item, each with its text (English, translated in "Overview")."""

    REQUEST_DEADLINE = QT_TRANSLATE_NOOP("Overview", "Answer the request")
    EXTENSION_NOTICE = QT_TRANSLATE_NOOP(
        "Overview", "Tell the requester of the extension before the first month ends"
    )
    IDENTITY_CHECK = QT_TRANSLATE_NOOP("Overview", "Check the requester's identity")
    BREACH_CLOCK = QT_TRANSLATE_NOOP("Overview", "Notify Datatilsynet within 72 hours")
    BREACH_ART34 = QT_TRANSLATE_NOOP(
        "Overview", "Decide whether to tell the people affected (Art. 34)"
    )
    SUPERVISION = QT_TRANSLATE_NOOP("Overview", "Supervise the processor")
    FOLLOW_UP = QT_TRANSLATE_NOOP("Overview", "Follow up on the supervision")
    AGREEMENT_MISSING = QT_TRANSLATE_NOOP("Overview", "Get a data processing agreement")
    AGREEMENT_RENEWAL = QT_TRANSLATE_NOOP("Overview", "Renew the data processing agreement")
    ACTIVITY_REVIEW = QT_TRANSLATE_NOOP("Overview", "Review the processing activity")
    ACTIVITY_INCOMPLETE = QT_TRANSLATE_NOOP(
        "Overview", "Complete the record (a field Art. 30 requires is missing)"
    )
    CONSENT_RECONFIRM = QT_TRANSLATE_NOOP("Overview", "Have the consent confirmed again")
    CONSUMER_MOVED = QT_TRANSLATE_NOOP("Overview", "The consumer has moved: check the consent")
    ERASURE_DUE = QT_TRANSLATE_NOOP("Overview", "Erase or anonymise what is due")


@dataclass(frozen=True)
class Item:
    """One thing to do: what, for whom, by when, and where to open it."""

    duty: Duty
    who: str
    due: dt.date
    register: str  # the tab that opens it
    row_id: int | None
    detail: str = ""
    more: int = 0  # a line standing for this many more of its kind, not listed
    more_urgent: int = 0  # of those, how many are overdue or due this week

    @property
    def count(self) -> int:
        """How many things to do the line stands for."""
        return self.more or 1

    @property
    def id(self) -> int:
        """A key for the table (rows are told apart by duty, register and row)."""
        return hash((self.duty, self.register, self.row_id, self.who))


def urgency(due: dt.date, today: dt.date) -> Urgency | None:
    """Overdue before today, this week within 7 days, soon within 30, else None."""
    days = (due - today).days
    if days < 0:
        return Urgency.OVERDUE
    if days <= WEEK_DAYS:
        return Urgency.THIS_WEEK
    if days <= HORIZON_DAYS:
        return Urgency.SOON
    return None


def week_end(today: dt.date) -> dt.date:
    """The last day an item may fall on to be due this week."""
    return today + dt.timedelta(days=WEEK_DAYS)


def urgent_count(items: list[tuple[Urgency, Item]]) -> int:
    """How many things are overdue or due this week (a line of the rest counts those of
    its own that are)."""
    return sum(item.more_urgent if item.more else int(u is not Urgency.SOON) for u, item in items)


def horizon(today: dt.date) -> dt.date:
    """The last day an item may fall on to be shown."""
    return today + dt.timedelta(days=HORIZON_DAYS)


def ordered(items: list[Item], today: dt.date) -> list[tuple[Urgency, Item]]:
    """The items inside the horizon with their urgency, most urgent and earliest first."""
    kept = [(u, i) for i in items if (u := urgency(i.due, today)) is not None]
    return sorted(
        kept, key=lambda pair: (pair[0].value, pair[1].due, pair[1].more > 0, pair[1].who)
    )
