"""Use cases of the breach log: record a breach, follow the 72-hour clock, move it
through assessment and notification, and list it for the tab and the reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from dpo_desk.db.breach_models import Breach, BreachControllerNotice, BreachFollowUp
from dpo_desk.db.register_models import Activity, Processor
from dpo_desk.db.session import Database
from dpo_desk.domain.breach_rules import validate_breach
from dpo_desk.domain.breaches import (
    Art34Exception,
    BreachDraft,
    BreachKind,
    BreachRole,
    BreachStatus,
    BreachView,
    ControllerNotice,
    FollowUp,
    HistoryLine,
    Risk,
    clock_stopped,
    needs_art34_decision,
    notification_deadline,
)
from dpo_desk.reports.model import Report
from dpo_desk.services import organisation
from dpo_desk.services.errors import ConcurrentEditError
from dpo_desk.services.records import save_record

OPEN = (BreachStatus.REGISTERED, BreachStatus.ASSESSED)


@dataclass(frozen=True)
class BreachRow:
    """One line of the breach log's table."""

    id: int
    title: str
    role: BreachRole
    aware_at: dt.datetime
    kinds: tuple[BreachKind, ...]
    risk: Risk | None
    status: BreachStatus
    notified_at: dt.datetime | None
    subjects_count: int | None
    clock_running: bool  # inside the case: no notification or decision yet
    needs_art34: bool
    search_text: str = ""  # what the search finds besides the columns: the journal number

    @property
    def deadline(self) -> dt.datetime:
        """72 hours after awareness."""
        return notification_deadline(self.aware_at)


def rows(db: Database) -> list[BreachRow]:
    """Every breach as the table shows it (one column query)."""
    c = Breach.__table__.c
    controllers_waiting = (
        select(func.count())
        .select_from(BreachControllerNotice)
        .where(BreachControllerNotice.breach_id == c.id, BreachControllerNotice.told_at.is_(None))
        .scalar_subquery()
    )
    controllers_all = (
        select(func.count())
        .select_from(BreachControllerNotice)
        .where(BreachControllerNotice.breach_id == c.id)
        .scalar_subquery()
    )
    query = select(
        c.id,
        c.title,
        c.role,
        c.aware_at,
        c.kinds,
        c.risk,
        c.status,
        c.notified_at,
        c.subjects_count,
        c.subjects_told,
        c.art34_exception,
        controllers_waiting,
        controllers_all,
        c.reference,
    )
    result = []
    with db.reading() as session:
        for r in session.execute(query):
            d = BreachDraft(
                role=BreachRole(r.role),
                aware_at=r.aware_at,
                risk=Risk(r.risk) if r.risk else None,
                status=BreachStatus(r.status),
                notified_at=r.notified_at,
                subjects_told=r.subjects_told,
                art34_exception=Art34Exception(r.art34_exception) if r.art34_exception else None,
                controllers=_notices(waiting=r[11], total=r[12], told_at=r.aware_at),
            )
            result.append(
                BreachRow(
                    r.id,
                    r.title,
                    d.role,
                    r.aware_at,
                    tuple(BreachKind(k) for k in r.kinds or ()),
                    d.risk,
                    d.status,
                    r.notified_at,
                    r.subjects_count,
                    not clock_stopped(d),
                    needs_art34_decision(d),
                    r.reference or "",
                )
            )
    return result


def _notices(*, waiting: int, total: int, told_at: dt.datetime) -> list[ControllerNotice]:
    """Stand-ins for a breach's controller notices, enough for the clock's rules."""
    return [ControllerNotice(0, None)] * waiting + [ControllerNotice(0, told_at)] * (
        total - waiting
    )


def _draft(b: Breach) -> BreachDraft:
    return BreachDraft(
        id=b.id,
        version=b.version,
        title=b.title,
        role=BreachRole(b.role),
        occurred_from=b.occurred_from,
        occurred_to=b.occurred_to,
        aware_at=b.aware_at,
        discovered_by=b.discovered_by,
        reported_by=b.reported_by,
        description=b.description,
        kinds={BreachKind(k) for k in b.kinds or ()},
        activity_ids=sorted(a.id for a in b.activities),
        party_ids=sorted(p.id for p in b.processors),
        subjects_count=b.subjects_count,
        records_count=b.records_count,
        special_categories=b.special_categories,
        criminal_offences=b.criminal_offences,
        cpr_numbers=b.cpr_numbers,
        consequences=b.consequences,
        measures_taken=b.measures_taken,
        measures_proposed=b.measures_proposed,
        risk=Risk(b.risk) if b.risk else None,
        risk_reasoning=b.risk_reasoning,
        assessed_by=b.assessed_by,
        status=BreachStatus(b.status),
        notified_at=b.notified_at,
        reference=b.reference,
        delay_reasons=b.delay_reasons,
        not_notified_reason=b.not_notified_reason,
        follow_ups=[FollowUp(f.sent_at, f.note) for f in b.follow_ups],
        subjects_told=b.subjects_told,
        subjects_told_at=b.subjects_told_at,
        subjects_told_how=b.subjects_told_how,
        advice=b.advice,
        art34_exception=Art34Exception(b.art34_exception) if b.art34_exception else None,
        controllers=[ControllerNotice(c.processor_id, c.told_at) for c in b.controllers],
    )


def draft(db: Database, breach_id: int) -> BreachDraft:
    """The breach as the form edits it."""
    with db.reading() as session:
        found = session.get(Breach, breach_id)
        if found is None:
            raise ConcurrentEditError(None)
        return _draft(found)


def _apply(now: dt.datetime):  # noqa: ANN202 - a closure for save_record
    def apply(session: Session, b: Breach, d: BreachDraft) -> None:
        for name in (
            "title",
            "discovered_by",
            "reported_by",
            "description",
            "consequences",
            "measures_taken",
            "measures_proposed",
            "risk_reasoning",
            "assessed_by",
            "reference",
            "delay_reasons",
            "not_notified_reason",
            "subjects_told_how",
            "advice",
        ):
            setattr(b, name, getattr(d, name).strip())
        b.role = d.role.value
        b.occurred_from, b.occurred_to, b.aware_at = d.occurred_from, d.occurred_to, d.aware_at
        b.kinds = sorted(k.value for k in d.kinds)
        b.subjects_count, b.records_count = d.subjects_count, d.records_count
        b.special_categories, b.criminal_offences = d.special_categories, d.criminal_offences
        b.cpr_numbers = d.cpr_numbers
        b.risk = d.risk.value if d.risk else None
        if d.status is BreachStatus.CLOSED and b.status != BreachStatus.CLOSED.value:
            b.closed_at = now
        b.status = d.status.value
        b.notified_at = d.notified_at
        b.subjects_told, b.subjects_told_at = d.subjects_told, d.subjects_told_at
        b.art34_exception = d.art34_exception.value if d.art34_exception else None
        b.activities = (
            list(session.scalars(select(Activity).where(Activity.id.in_(d.activity_ids))))
            if d.activity_ids
            else []
        )
        b.processors = (
            list(session.scalars(select(Processor).where(Processor.id.in_(d.party_ids))))
            if d.party_ids
            else []
        )
        b.follow_ups = [
            BreachFollowUp(sent_at=f.sent_at, note=f.note.strip()) for f in d.follow_ups
        ]
        b.controllers = [
            BreachControllerNotice(processor_id=c.party_id, told_at=c.told_at)
            for c in d.controllers
        ]

    return apply


def save(db: Database, d: BreachDraft, *, now: dt.datetime) -> int:
    """Validate and save a breach in one transaction; returns its id."""

    def validate(draft_: BreachDraft, stored: BreachDraft | None) -> dict[str, str]:
        previous = stored.status if stored is not None else None
        return validate_breach(draft_, previous=previous, now=now)

    return save_record(db, Breach, d, validate=validate, apply=_apply(now), to_draft=_draft)


def drafts(db: Database, ids: Sequence[int] | None = None) -> list[BreachDraft]:
    """Full breaches for the reports, by awareness."""
    query = (
        select(Breach)
        .options(
            selectinload(Breach.activities),
            selectinload(Breach.processors),
            selectinload(Breach.follow_ups),
            selectinload(Breach.controllers),
        )
        .order_by(Breach.aware_at, Breach.id)
    )
    if ids is not None:
        query = query.where(Breach.id.in_(list(ids)))
    with db.reading() as session:
        return [_draft(b) for b in session.scalars(query)]


def views(db: Database, ids: Sequence[int] | None = None) -> list[BreachView]:
    """Breaches with the names of their activities, processors and controllers."""
    found = drafts(db, ids)
    with db.reading() as session:
        activity = dict(session.execute(select(Activity.id, Activity.name)).all())
        party = dict(session.execute(select(Processor.id, Processor.name)).all())
    return [
        BreachView(
            d,
            activities=tuple(activity[i] for i in d.activity_ids if i in activity),
            processors=tuple(party[i] for i in d.party_ids if i in party),
            controllers=tuple((party.get(c.party_id, ""), c.told_at) for c in d.controllers),
        )
        for d in found
    ]


def history(db: Database, breach_id: int) -> list[HistoryLine]:
    """The audit trail of one breach and its follow-ups and notices, oldest first."""
    from dpo_desk.db.models import AuditRecord

    with db.reading() as session:
        records = session.scalars(
            select(AuditRecord)
            .where(AuditRecord.table_name == "breach", AuditRecord.row_id == str(breach_id))
            .order_by(AuditRecord.id)
        )
        return [
            HistoryLine(
                r.at,
                r.user_name,
                r.action,
                tuple(k for k in (r.changes or {}) if k not in ("id", "version")),
            )
            for r in records
        ]


def running_clocks(db: Database) -> int:
    """How many open breaches still have their 72-hour clock running (status bar)."""
    return sum(1 for r in rows(db) if r.clock_running and r.status in OPEN)


# -- reports (services/export.py names them) -----------------------------------------
def _one(ids: Sequence[int] | None) -> int:
    if not ids or len(ids) != 1:
        raise ValueError("this document is made for one breach at a time")
    return ids[0]


def log_report(db: Database, ids: Sequence[int] | None) -> Report:
    """The breach log (all breaches, or those shown in the tab)."""
    from dpo_desk.reports.breaches import build_log

    return build_log(organisation.load(db), views(db, ids))


def case_report(db: Database, ids: Sequence[int] | None) -> Report:
    """One breach as a case file, with its history."""
    from dpo_desk.reports.breaches import build_case

    breach_id = _one(ids)
    [view] = views(db, [breach_id])
    return build_case(organisation.load(db), view, history(db, breach_id))


def subject_letter_report(db: Database, ids: Sequence[int] | None) -> Report:
    """The letter to the people affected by one breach (Art. 34(2))."""
    from dpo_desk.reports.breach_letters import build_subject_letter

    [view] = views(db, [_one(ids)])
    return build_subject_letter(organisation.load(db), view, today=dt.date.today())


def controller_notice_report(db: Database, ids: Sequence[int] | None) -> Report:
    """The notice to each controller of a breach in what we process for it, one letter
    a page (Art. 33(2))."""
    from dpo_desk.reports.breach_letters import build_controller_notice
    from dpo_desk.reports.model import PageBreak

    [view] = views(db, [_one(ids)])
    org = organisation.load(db)
    names = [name for name, _ in view.controllers] or [""]
    letters = [build_controller_notice(org, view, name, today=dt.date.today()) for name in names]
    first = letters[0]
    for letter in letters[1:]:
        first.blocks += [PageBreak(), *letter.blocks]
    return first
