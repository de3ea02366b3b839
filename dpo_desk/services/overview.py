"""The overview: what needs the DPO across every register, counted and picked in SQL
(the large registers are never loaded row by row), and the key figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from dpo_desk.db.breach_models import Breach
from dpo_desk.db.consent_models import Consumer
from dpo_desk.db.register_models import (
    Activity,
    FollowUpRow,
    Processor,
    SupervisionRoundRow,
)
from dpo_desk.db.request_models import SubjectRequest
from dpo_desk.db.session import Database
from dpo_desk.domain.deadlines import response_deadline
from dpo_desk.domain.overview import Duty, Item, horizon
from dpo_desk.domain.processors import Direction
from dpo_desk.domain.register import Status
from dpo_desk.domain.requests import CLOSED
from dpo_desk.domain.retention import add_months

_CLOSED = [s.value for s in CLOSED]


def request_items(db: Database, today: dt.date) -> list[Item]:
    """Open requests due within 30 days (overdue ones included), extensions not yet
    told, and identity checks waiting."""
    r = SubjectRequest
    until = horizon(today)
    items: list[Item] = []
    with db.reading() as session:
        for row in session.execute(
            select(r.id, r.requester, r.deadline).where(
                r.status.not_in(_CLOSED), r.deadline <= until
            )
        ):
            items.append(
                Item(Duty.REQUEST_DEADLINE, row.requester, row.deadline, "requests", row.id)
            )
        for row in session.execute(
            select(r.id, r.requester, r.received).where(
                r.status.not_in(_CLOSED), r.extended.is_(True), r.extension_told.is_(None)
            )
        ):
            items.append(
                Item(
                    Duty.EXTENSION_NOTICE,
                    row.requester,
                    response_deadline(row.received),
                    "requests",
                    row.id,
                )
            )
        for row in session.execute(
            select(r.id, r.requester, r.deadline).where(
                r.status.not_in(_CLOSED),
                r.identity_needed.is_(True),
                r.identity_checked.is_(None),
            )
        ):
            items.append(Item(Duty.IDENTITY_CHECK, row.requester, row.deadline, "requests", row.id))
    return items


def breach_items(db: Database, today: dt.date) -> list[Item]:
    """Breaches inside their 72 hours, and high-risk ones without an Art. 34 decision."""
    from dpo_desk.services import breaches

    items = []
    for row in breaches.rows(db):
        if row.clock_running and row.status in breaches.OPEN:
            items.append(
                Item(
                    Duty.BREACH_CLOCK,
                    row.title,
                    row.deadline.astimezone().date(),
                    "breaches",
                    row.id,
                )
            )
        if row.needs_art34:
            items.append(
                Item(
                    Duty.BREACH_ART34,
                    row.title,
                    row.aware_at.astimezone().date(),
                    "breaches",
                    row.id,
                )
            )
    return items


def processor_items(db: Database, today: dt.date) -> list[Item]:
    """Supervision overdue or due within 30 days, follow-ups past their date, and
    agreements missing or ending."""
    from dpo_desk.services import processors

    until = horizon(today)
    items = []
    for row in processors.rows(db, today=today):
        if row.retired:
            continue
        if row.next_supervision is not None and row.next_supervision <= until:
            items.append(
                Item(Duty.SUPERVISION, row.name, row.next_supervision, "processors", row.id)
            )
        if row.direction is Direction.WE_ARE_CONTROLLER and row.agreement_signed is None:
            items.append(Item(Duty.AGREEMENT_MISSING, row.name, today, "processors", row.id))
    p, f, s = Processor, FollowUpRow, SupervisionRoundRow
    with db.reading() as session:
        for row in session.execute(
            select(p.id, p.name, f.due, f.action)
            .join(s, s.processor_id == p.id)
            .join(f, f.round_id == s.id)
            .where(f.done.is_(None), f.due.is_not(None), f.due <= until, p.retired.is_(False))
        ):
            items.append(Item(Duty.FOLLOW_UP, row.name, row.due, "processors", row.id, row.action))
        for row in session.execute(
            select(p.id, p.name, p.agreement_end).where(
                p.retired.is_(False), p.agreement_end.is_not(None), p.agreement_end <= until
            )
        ):
            items.append(
                Item(Duty.AGREEMENT_RENEWAL, row.name, row.agreement_end, "processors", row.id)
            )
    return items


def activity_items(db: Database, today: dt.date) -> list[Item]:
    """Activities whose review is due within 30 days or overdue."""
    a = Activity
    with db.reading() as session:
        return [
            Item(Duty.ACTIVITY_REVIEW, row.name, row.next_review, "register", row.id)
            for row in session.execute(
                select(a.id, a.name, a.next_review).where(
                    a.status != Status.RETIRED.value,
                    a.next_review.is_not(None),
                    a.next_review <= horizon(today),
                )
            )
        ]


def incomplete_items(db: Database, today: dt.date) -> list[Item]:
    """Activities that lack a field Art. 30 requires (the register's own rule)."""
    from dpo_desk.services import register

    return [
        Item(Duty.ACTIVITY_INCOMPLETE, row.name, today, "register", row.id, ",".join(row.missing))
        for row in register.rows(db)
        if row.missing and row.status is not Status.RETIRED
    ]


def consent_items(db: Database, today: dt.date) -> list[Item]:
    """Consents due for re-confirmation within 30 days, and consumers who moved."""
    from dpo_desk.services.consent_forms import review_months

    months = review_months(db)
    # Due when consent_given + months <= horizon: picked in SQL with a few days' margin
    # (month lengths differ), then decided exactly.
    end = horizon(today)
    year, month = divmod(end.year * 12 + end.month - 1 - months, 12)
    latest_given = dt.date(year, month + 1, 1) + dt.timedelta(days=end.day + 3)
    c = Consumer
    items = []
    with db.reading() as session:
        for row in session.execute(
            select(c.id, c.name, c.consent_given).where(
                c.withdrawn.is_(None),
                c.consent_given.is_not(None),
                c.consent_given <= latest_given,
            )
        ):
            due = add_months(row.consent_given, months)
            if due <= horizon(today):
                items.append(Item(Duty.CONSENT_RECONFIRM, row.name, due, "consents", row.id))
        for row in session.execute(
            select(c.id, c.name).where(c.withdrawn.is_(None), c.moved.is_(True))
        ):
            items.append(Item(Duty.CONSUMER_MOVED, row.name, today, "consents", row.id))
    return items


def erasure_items(db: Database, today: dt.date) -> list[Item]:
    """What the program's own rules say is due for erasure."""
    from dpo_desk.services.housekeeping import due

    counts = due(db, today)
    if not counts.total:
        return []
    register = "requests" if counts.requests else "breaches" if counts.breaches else "consents"
    return [Item(Duty.ERASURE_DUE, str(counts.total), today, register, None)]


def items(db: Database, today: dt.date) -> list[Item]:
    """Every item of every register (each register names its collectors in the
    registry)."""
    from dpo_desk.services.registry import COLLECTORS

    return [item for collect in COLLECTORS for item in collect(db, today)]


@dataclass(frozen=True)
class Figures:
    """The key figures at the top of the overview."""

    activities: int
    processors: int
    open_requests: int
    answered_this_year: int
    answered_in_time_this_year: int
    active_consents: int
    breaches_this_year: int


def figures(db: Database, today: dt.date) -> Figures:
    """Counts made in SQL."""
    year_start = dt.date(today.year, 1, 1)
    r = SubjectRequest
    with db.reading() as session:
        count = session.scalar
        activities = count(
            select(func.count())
            .select_from(Activity)
            .where(Activity.status != Status.RETIRED.value)
        )
        processors = count(
            select(func.count())
            .select_from(Processor)
            .where(
                Processor.retired.is_(False),
                Processor.direction == Direction.WE_ARE_CONTROLLER.value,
            )
        )
        open_requests = count(select(func.count()).select_from(r).where(r.status.not_in(_CLOSED)))
        answered = count(select(func.count()).select_from(r).where(r.answered >= year_start))
        in_time = count(
            select(func.count())
            .select_from(r)
            .where(r.answered >= year_start, r.answered <= r.deadline)
        )
        consents = count(
            select(func.count())
            .select_from(Consumer)
            .where(Consumer.withdrawn.is_(None), Consumer.consent_given.is_not(None))
        )
        aware_from = dt.datetime.combine(year_start, dt.time()).astimezone()
        breaches = count(
            select(func.count()).select_from(Breach).where(Breach.aware_at >= aware_from)
        )
    return Figures(
        activities or 0,
        processors or 0,
        open_requests or 0,
        answered or 0,
        in_time or 0,
        consents or 0,
        breaches or 0,
    )
