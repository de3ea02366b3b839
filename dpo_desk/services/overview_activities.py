"""The overview's lines of the processing register: reviews due, and activities that lack
a field Art. 30 requires (the rule said in SQL, so 10,000 activities are never loaded)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, Exists, Table, and_, exists, func, or_, select

from dpo_desk.db.register_models import (
    Activity,
    ActivityController,
    activity_data_category,
    activity_data_subject,
    activity_measure,
)
from dpo_desk.db.session import Database
from dpo_desk.domain.overview import PICK, Duty, Item, horizon, week_end
from dpo_desk.domain.register import ControllerParty, Role, Status, erasure_set, missing_for_art30
from dpo_desk.domain.retention import RetentionRule, RuleKind
from dpo_desk.services.overview_sql import pick, rest


def activity_items(db: Database, today: dt.date) -> list[Item]:
    """Activities whose review is due within 30 days or overdue."""
    a = Activity
    with db.reading() as session:
        return pick(
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
    return items + rest(items, Duty.ACTIVITY_INCOMPLETE, "register", total or 0, total or 0, week)
