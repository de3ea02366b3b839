"""The overview: what needs the DPO across every register, counted and picked in SQL
(the large registers are never loaded row by row), and the key figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import ColumnElement, Exists, Table, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from dpo_desk.db.breach_models import Breach
from dpo_desk.db.consent_models import Consumer
from dpo_desk.db.register_models import (
    Activity,
    ActivityController,
    FollowUpRow,
    Processor,
    SupervisionRoundRow,
    activity_data_category,
    activity_data_subject,
    activity_measure,
)
from dpo_desk.db.request_models import SubjectRequest
from dpo_desk.db.session import Database
from dpo_desk.domain.deadlines import response_deadline
from dpo_desk.domain.overview import PICK, Duty, Item, horizon, week_end
from dpo_desk.domain.processors import Direction, RiskLevel
from dpo_desk.domain.supervision import next_supervision
from dpo_desk.domain.register import ControllerParty, Role, Status, erasure_set, missing_for_art30
from dpo_desk.domain.requests import CLOSED, RequestStatus
from dpo_desk.domain.retention import RetentionRule, RuleKind, add_months

_CLOSED = [s.value for s in CLOSED]
# The open states, named: an index on (status, deadline) then reads the open ones only.
_OPEN = [s.value for s in RequestStatus if s not in CLOSED]


def _pick(
    session: Session,
    columns: tuple[Any, Any, Any],
    where: Sequence[ColumnElement[bool]],
    *,
    duty: Duty,
    register: str,
    today: dt.date,
    count_where: Sequence[ColumnElement[bool]] | None = None,
) -> list[Item]:
    """The first PICK items (columns id, who, due) earliest due first, and one line for
    the rest counted in SQL (by `count_where` when given: the same rows, said in the
    way an index counts them fastest)."""
    key, who, due = columns
    rows = session.execute(select(key, who, due).where(*where).order_by(due, key).limit(PICK))
    items = [Item(duty, row[1], row[2], register, row[0]) for row in rows]
    if len(items) < PICK:
        return items
    week = week_end(today)
    total, urgent = session.execute(
        select(func.count(), func.count().filter(due <= week)).where(*(count_where or where))
    ).one()
    return items + _rest(items, duty, register, total, urgent, week)


def _rest(
    listed: list[Item], duty: Duty, register: str, total: int, urgent: int, week: dt.date
) -> list[Item]:
    """The line for the items of `duty` beyond those listed (none when all are)."""
    if total <= len(listed):
        return []
    listed_urgent = sum(1 for item in listed if item.due <= week)
    return [
        Item(
            duty,
            "",
            listed[-1].due,
            register,
            None,
            more=total - len(listed),
            more_urgent=urgent - listed_urgent,
        )
    ]


def request_items(db: Database, today: dt.date) -> list[Item]:
    """Open requests due within 30 days (overdue ones included), extensions not yet
    told, and identity checks waiting."""
    r = SubjectRequest
    still_open = r.status.in_(_OPEN)
    pick = partial(_pick, register="requests", today=today)
    columns = (r.id, r.requester, r.deadline)
    with db.reading() as session:
        # Picked in the deadline's index order; counted in the (status, deadline) index.
        items = pick(
            session,
            columns,
            [r.status.not_in(_CLOSED), r.deadline <= horizon(today)],
            duty=Duty.REQUEST_DEADLINE,
            count_where=[still_open, r.deadline <= horizon(today)],
        )
        items += pick(
            session,
            columns,
            [still_open, r.identity_needed.is_(True), r.identity_checked.is_(None)],
            duty=Duty.IDENTITY_CHECK,
        )
        items += _notices(
            session, [still_open, r.extended.is_(True), r.extension_told.is_(None)], today
        )
    return items


def _notices(session: Session, where: Sequence[ColumnElement[bool]], today: dt.date) -> list[Item]:
    """Extensions not yet told, due by the end of the first month: the later received,
    the later due, so they are picked and counted by the day of receipt."""
    r = SubjectRequest
    rows = session.execute(
        select(r.id, r.requester, r.received).where(*where).order_by(r.received, r.id).limit(PICK)
    )
    items = [
        Item(
            Duty.EXTENSION_NOTICE,
            row.requester,
            response_deadline(row.received),
            "requests",
            row.id,
        )
        for row in rows
    ]
    if len(items) < PICK:
        return items
    week = week_end(today)
    # The latest day of receipt whose first month ends by the end of the week.
    latest = week - dt.timedelta(days=27)
    while response_deadline(latest + dt.timedelta(days=1)) <= week:
        latest += dt.timedelta(days=1)
    while response_deadline(latest) > week:
        latest -= dt.timedelta(days=1)
    total, urgent = session.execute(
        select(func.count(), func.count().filter(r.received <= latest)).where(*where)
    ).one()
    return items + _rest(items, Duty.EXTENSION_NOTICE, "requests", total, urgent, week)


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
    from dpo_desk.services.processors import intervals

    until = horizon(today)
    months = intervals(db)
    found: dict[Duty, list[Found]] = {duty: [] for duty in PROCESSOR_DUTIES}
    p, f, s = Processor, FollowUpRow, SupervisionRoundRow
    # Only the columns the rule of the next round needs (the processor table's own rows
    # carry search texts and activities the overview does not show).
    with db.reading() as session:
        last_round = dict(
            session.execute(select(s.processor_id, func.max(s.date)).group_by(s.processor_id)).all()
        )
        for key, name, signed, risk, override in session.execute(
            select(p.id, p.name, p.agreement_signed, p.risk, p.next_supervision_override).where(
                p.retired.is_(False), p.direction == Direction.WE_ARE_CONTROLLER.value
            )
        ):
            due = next_supervision(
                risk=RiskLevel(risk),
                last_round=last_round.get(key),
                signed=signed,
                override=override,
                intervals=months,
                today=today,
            )
            if due <= until:
                found[Duty.SUPERVISION].append((due, name, key, ""))
            if signed is None:
                found[Duty.AGREEMENT_MISSING].append((today, name, key, ""))
        found[Duty.FOLLOW_UP] = [
            (row.due, row.name, row.id, row.action)
            for row in session.execute(
                select(p.id, p.name, f.due, f.action)
                .join(s, s.processor_id == p.id)
                .join(f, f.round_id == s.id)
                .where(f.done.is_(None), f.due.is_not(None), f.due <= until, p.retired.is_(False))
            )
        ]
        found[Duty.AGREEMENT_RENEWAL] = [
            (row.agreement_end, row.name, row.id, "")
            for row in session.execute(
                select(p.id, p.name, p.agreement_end).where(
                    p.retired.is_(False), p.agreement_end.is_not(None), p.agreement_end <= until
                )
            )
        ]
    return [item for duty in PROCESSOR_DUTIES for item in _kept(duty, found[duty], today)]


# (due, who, row id, detail) of an item decided in Python.
Found = tuple[dt.date, str, int, str]
PROCESSOR_DUTIES = (
    Duty.SUPERVISION,
    Duty.AGREEMENT_MISSING,
    Duty.FOLLOW_UP,
    Duty.AGREEMENT_RENEWAL,
)


def _kept(duty: Duty, found: list[Found], today: dt.date) -> list[Item]:
    """At most PICK items of `duty`, earliest due first, and a line for the rest (for
    kinds decided in Python, whose rows are read anyway)."""
    if len(found) > PICK:
        found = sorted(found, key=lambda f: (f[0], f[1]))
    items = [
        Item(duty, who, due, "processors", key, detail) for due, who, key, detail in found[:PICK]
    ]
    if len(found) <= PICK:
        return items
    week = week_end(today)
    urgent = sum(1 for f in found if f[0] <= week)
    return items + _rest(items, duty, "processors", len(found), urgent, week)


def activity_items(db: Database, today: dt.date) -> list[Item]:
    """Activities whose review is due within 30 days or overdue."""
    a = Activity
    with db.reading() as session:
        return _pick(
            session,
            (a.id, a.name, a.next_review),
            [
                a.status != Status.RETIRED.value,
                a.next_review.is_not(None),
                a.next_review <= horizon(today),
            ],
            duty=Duty.ACTIVITY_REVIEW,
            register="register",
            today=today,
        )


def _lacks_art30() -> ColumnElement[bool]:
    """True for an activity that lacks a field Art. 30 requires: the rule of
    `domain.register.missing_for_art30` said in SQL (the register saves its texts
    stripped, so an empty text is '')."""
    a, ac = Activity, ActivityController

    def has(link: Table) -> Exists:
        return exists().where(link.c.activity_id == a.id)

    no_measures = and_(a.measures_text == "", ~has(activity_measure))
    as_controller = or_(
        a.purposes == "",
        ~has(activity_data_subject),
        ~has(activity_data_category),
        and_(a.retention_text == "", a.retention_rule == RuleKind.NONE.value),
        no_measures,
    )
    as_processor = or_(
        ~exists().where(ac.activity_id == a.id),
        exists().where(
            ac.activity_id == a.id, or_(ac.name == "", ac.contact == "", ac.processing == "")
        ),
        no_measures,
    )
    return or_(
        and_(a.role == Role.PROCESSOR.value, as_processor),
        and_(a.role != Role.PROCESSOR.value, as_controller),
    )


def incomplete_items(db: Database, today: dt.date) -> list[Item]:
    """Activities that lack a field Art. 30 requires (the register's own rule): the
    first PICK recorded, with what each lacks, and the rest counted in SQL."""
    a, ac = Activity, ActivityController

    def has(link: Table) -> Exists:
        return exists().where(link.c.activity_id == a.id)

    where = [a.status != Status.RETIRED.value, _lacks_art30()]
    with db.reading() as session:
        rows = session.execute(
            select(
                a.id,
                a.name,
                a.role,
                a.purposes,
                a.retention_text,
                a.retention_rule,
                a.measures_text,
                has(activity_data_subject).label("subjects"),
                has(activity_data_category).label("categories"),
                has(activity_measure).label("measures"),
            )
            .where(*where)
            .order_by(a.id)  # all are due today: the first recorded first
            .limit(PICK)
        ).all()
        controllers: dict[int, list[ControllerParty]] = {}
        for c in session.execute(
            select(ac.activity_id, ac.name, ac.contact, ac.processing).where(
                ac.activity_id.in_([r.id for r in rows if r.role == Role.PROCESSOR.value])
            )
        ):
            controllers.setdefault(c.activity_id, []).append(
                ControllerParty(name=c.name, contact=c.contact, processing=c.processing)
            )
        total = (
            session.scalar(select(func.count()).select_from(a).where(*where))
            if len(rows) == PICK
            else len(rows)
        )
    items = [
        Item(
            Duty.ACTIVITY_INCOMPLETE,
            r.name,
            today,
            "register",
            r.id,
            ",".join(
                missing_for_art30(
                    role=Role(r.role),
                    purposes=r.purposes,
                    data_subjects=int(r.subjects),
                    data_categories=int(r.categories),
                    erasure=erasure_set(
                        r.retention_text, RetentionRule(RuleKind(r.retention_rule), 0)
                    ),
                    measures=bool(r.measures_text.strip()) or bool(r.measures),
                    controllers=controllers.get(r.id, []),
                )
            ),
        )
        for r in rows
    ]
    week = week_end(today)
    return items + _rest(items, Duty.ACTIVITY_INCOMPLETE, "register", total or 0, total or 0, week)


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
        open_requests = count(select(func.count()).select_from(r).where(r.status.in_(_OPEN)))
        answered, in_time = session.execute(
            select(func.count(), func.count().filter(r.answered <= r.deadline)).where(
                r.answered >= year_start
            )
        ).one()
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
