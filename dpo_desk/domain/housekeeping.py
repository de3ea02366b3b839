"""The program's own storage limitation: how long it keeps what it holds about people,
and what is due for erasure on a given day. Plain rules over dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dpo_desk.domain.text import QT_TRANSLATE_NOOP

REQUEST_YEARS_KEY = "retention.request_years"
BREACH_YEARS_KEY = "retention.breach_years"
DEFAULT_REQUEST_YEARS = 3
DEFAULT_BREACH_YEARS = 5
MAX_YEARS = 50

REQUEST_REASON = QT_TRANSLATE_NOOP(
    "Housekeeping",
    "The general limitation period (forældelsesloven § 3): a claim about how a request "
    "was handled can be raised for 3 years. Then the requester's name and contact are "
    "replaced and the letters erased; the dates and types stay for the statistics.",
)
BREACH_REASON = QT_TRANSLATE_NOOP(
    "Housekeeping",
    "Art. 33(5): the documentation must let the supervisory authority check that the "
    "breach was handled lawfully. After the period the breach record is erased.",
)
CONSENT_REASON = QT_TRANSLATE_NOOP(
    "Housekeeping",
    "A withdrawn consent: the signed form is kept as proof for the period set for "
    "consent forms; the health details and contact data are erased at once.",
)


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def due_from(closed: dt.date, years: int) -> dt.date:
    """The first day on which a record closed on `closed` is due: the day after the
    period of `years` has run out."""
    return add_years(closed, years) + dt.timedelta(days=1)


def is_due(closed: dt.date | None, *, years: int, today: dt.date) -> bool:
    """Whether a record closed on `closed` (None: still open) is due for erasure."""
    return closed is not None and due_from(closed, years) <= today


@dataclass(frozen=True)
class Closed:
    """A record that has been closed, and the day it was."""

    id: int
    closed: dt.date | None


def due_ids(records: Iterable[Closed], *, years: int, today: dt.date) -> list[int]:
    """The ids of the records whose period has run out by `today`."""
    return sorted(r.id for r in records if is_due(r.closed, years=years, today=today))


def check_years(value: int) -> bool:
    """A period is a whole number of years from 1 to 50."""
    return 1 <= value <= MAX_YEARS


def backups_gone(erased_on: dt.date, generations: int) -> dt.date:
    """The day by which the last backup made before `erased_on` has been rotated out,
    with a backup each day (`generations` newer backups replace it)."""
    return erased_on + dt.timedelta(days=max(generations, 1))


@dataclass(frozen=True)
class ErasureCounts:
    """How many of what an erasure run anonymised or erased."""

    requests: int = 0
    letters: int = 0
    breaches: int = 0
    consent_forms: int = 0

    @property
    def total(self) -> int:
        return self.requests + self.letters + self.breaches + self.consent_forms


COUNT_LABELS = (
    ("requests", QT_TRANSLATE_NOOP("Housekeeping", "Closed requests anonymised")),
    ("letters", QT_TRANSLATE_NOOP("Housekeeping", "Letters erased")),
    ("breaches", QT_TRANSLATE_NOOP("Housekeeping", "Closed breaches erased")),
    (
        "consent_forms",
        QT_TRANSLATE_NOOP("Housekeeping", "Signed forms of withdrawn consents erased"),
    ),
)


def count_lines(counts: ErasureCounts) -> list[tuple[str, int]]:
    """(label to translate in context "Housekeeping", number) for each kind."""
    return [(label, getattr(counts, name)) for name, label in COUNT_LABELS]


@dataclass(frozen=True)
class ErasureRun:
    """One erasure run as the audit trail recorded it (for the evidence report)."""

    at: dt.datetime
    counts: ErasureCounts
    on: dt.date  # the day whose due records it erased


@dataclass(frozen=True)
class EvidenceView:
    """What the evidence report of the program's own storage limitation shows."""

    organisation: str
    anchor: str  # the audit chain's head when the report was made
    request_years: int
    breach_years: int
    form_years: int
    backups_kept: int
    runs: list[ErasureRun]
    held: int  # backups made before the latest run (holding the old values)
    due: int  # records due for erasure on the report's day
