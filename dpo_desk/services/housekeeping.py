"""The program's own storage limitation: closed requests anonymised, closed breaches
erased, withdrawn consents reduced to their proof, all in one transaction; the audit
trail loses the old values too (their commitments keep the chain whole)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpo_desk.db import backup
from dpo_desk.db.audit import ANONYMISED, log_event, redact
from dpo_desk.db.breach_models import Breach, BreachControllerNotice, BreachFollowUp
from dpo_desk.db.models import AppSetting, AuditRecord
from dpo_desk.db.request_models import RequestLetter, RequestStatusChange, SubjectRequest
from dpo_desk.db.session import Database
from dpo_desk.domain import housekeeping as rules
from dpo_desk.domain.housekeeping import (  # noqa: F401 (the service's own names)
    COUNT_LABELS,
    ErasureCounts,
    ErasureRun,
    EvidenceView,
    count_lines,
)
from dpo_desk.domain.requests import CLOSED
from dpo_desk.services import attachments, audit_log, consent_forms, organisation

ACTION = "erased_due"
# What anonymising a request replaces or empties; dates, types and status stay.
REQUEST_TEXT = (
    "contact",
    "relation",
    "identity_how",
    "identity_ask",
    "decision",
    "notes",
    "extension_reason",
)
_CLOSED = [s.value for s in CLOSED]


def _setting(session: Session, key: str, default: int) -> int:
    found = session.get(AppSetting, key)
    value = int(found.value) if found and found.value.isdigit() else default
    return value if rules.check_years(value) else default


def periods(db: Database) -> tuple[int, int]:
    """(years a closed request is kept, years a closed breach is kept)."""
    with db.reading() as session:
        return (
            _setting(session, rules.REQUEST_YEARS_KEY, rules.DEFAULT_REQUEST_YEARS),
            _setting(session, rules.BREACH_YEARS_KEY, rules.DEFAULT_BREACH_YEARS),
        )


def set_periods(db: Database, *, request_years: int, breach_years: int) -> None:
    """Save both periods (each 1–50 years) in one transaction."""
    for value in (request_years, breach_years):
        if not rules.check_years(value):
            raise ValueError(value)
    with db.transaction() as session:
        for key, value in (
            (rules.REQUEST_YEARS_KEY, request_years),
            (rules.BREACH_YEARS_KEY, breach_years),
        ):
            setting = session.get(AppSetting, key) or AppSetting(key=key)
            setting.value = str(value)
            session.add(setting)


def _due_requests(session: Session, years: int, today: dt.date) -> list[int]:
    """Closed requests not yet anonymised whose period has run out. A request closed
    on the day of its last move into a closed state (else the day it was answered)."""
    moved = (
        select(RequestStatusChange.request_id, func.max(RequestStatusChange.on).label("on"))
        .where(RequestStatusChange.status.in_(_CLOSED))
        .group_by(RequestStatusChange.request_id)
        .subquery()
    )
    found = session.execute(
        select(SubjectRequest.id, moved.c.on, SubjectRequest.answered)
        .outerjoin(moved, moved.c.request_id == SubjectRequest.id)
        .where(
            SubjectRequest.status.in_(_CLOSED),
            SubjectRequest.requester != ANONYMISED,
            # received before it closed: a later one cannot be due (keeps the pick small)
            SubjectRequest.received <= rules.add_years(today, -years),
        )
    ).all()
    closed = [rules.Closed(i, on or answered) for i, on, answered in found]
    return rules.due_ids(closed, years=years, today=today)


def _due_breaches(session: Session, years: int, today: dt.date) -> list[int]:
    found = session.execute(
        select(Breach.id, Breach.closed_at).where(
            Breach.closed_at.is_not(None),
            Breach.closed_at  # a day's margin for the time zone; the rule decides exactly
            < dt.datetime.combine(rules.add_years(today, -years), dt.time(), dt.UTC)
            + dt.timedelta(days=1),
        )
    ).all()
    closed = [rules.Closed(i, at.astimezone().date() if at else None) for i, at in found]
    return rules.due_ids(closed, years=years, today=today)


def _ids(session: Session, column: object, parent: object, ids: list[int]) -> list[int]:
    return list(session.scalars(select(column).where(parent.in_(ids))))  # type: ignore[attr-defined,call-overload]


def _anonymise_requests(session: Session, db: Database, ids: list[int]) -> int:
    letters = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        letter_ids = _ids(session, RequestLetter.id, RequestLetter.request_id, chunk)
        for request in session.scalars(select(SubjectRequest).where(SubjectRequest.id.in_(chunk))):
            request.requester = ANONYMISED
            for name in REQUEST_TEXT:
                setattr(request, name, "")
            for letter in list(request.letters):
                attachments.discard(session, db, letter.file_name, letter.sha256)
                request.letters.remove(letter)
                letters += 1
        session.flush()  # the audit records of these changes are written: erase them too
        redact(session, "subject_request", map(str, chunk), {"requester", *REQUEST_TEXT})
        redact(session, "request_letter", map(str, letter_ids))
    return letters


def _erase_breaches(session: Session, ids: list[int]) -> None:
    children = {
        "breach_follow_up": _ids(session, BreachFollowUp.id, BreachFollowUp.breach_id, ids),
        "breach_controller": _ids(
            session, BreachControllerNotice.id, BreachControllerNotice.breach_id, ids
        ),
    }
    for breach in session.scalars(select(Breach).where(Breach.id.in_(ids))):
        session.delete(breach)
    session.flush()
    redact(session, "breach", map(str, ids))
    for table, child_ids in children.items():
        redact(session, table, map(str, child_ids))


def due(db: Database, today: dt.date) -> ErasureCounts:
    """What `erase_due` would anonymise or erase today (nothing is changed)."""
    return erase_due(db, today, dry_run=True)


def erase_due(db: Database, today: dt.date, dry_run: bool = False) -> ErasureCounts:
    """Anonymise and erase what the storage rules say is due by `today`, in one
    transaction, with one audit record of the counts that names no one."""
    request_years, breach_years = periods(db)
    fiscal_year_end, form_years = (
        organisation.load(db).fiscal_year_end,
        consent_forms.form_years(db),
    )
    if dry_run:
        with db.reading() as session:
            requests = _due_requests(session, request_years, today)
            breaches = _due_breaches(session, breach_years, today)
            letters = len(_ids(session, RequestLetter.id, RequestLetter.request_id, requests))
        return ErasureCounts(
            len(requests), letters, len(breaches), consent_forms.due_form_count(db, today)
        )
    with db.transaction() as session:
        requests = _due_requests(session, request_years, today)
        breaches = _due_breaches(session, breach_years, today)
        letters = _anonymise_requests(session, db, requests)
        _erase_breaches(session, breaches)
        forms = consent_forms.erase_due_forms_in(session, db, today, fiscal_year_end, form_years)
        counts = ErasureCounts(len(requests), letters, len(breaches), forms)
        if counts.total:
            log_event(
                session,
                action=ACTION,
                table_name="app_setting",
                details={
                    "requests": counts.requests,
                    "letters": counts.letters,
                    "breaches": counts.breaches,
                    "consent_forms": counts.consent_forms,
                    "on": today.isoformat(),
                },
            )
    if counts.total and db.path is not None:
        _truncate_wal(db)
    return counts


def _truncate_wal(db: Database) -> None:
    """Copy the WAL into the file and empty it, so that the pages written before the
    erasure (holding the old values) do not stay in the WAL while the program runs."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def runs(db: Database) -> list[ErasureRun]:
    """Every erasure run, oldest first."""
    with db.reading() as session:
        found = session.execute(
            select(AuditRecord.at, AuditRecord.changes)
            .where(AuditRecord.action == ACTION)
            .order_by(AuditRecord.id)
        ).all()
    result = []
    for at, changes in found:
        details = changes if isinstance(changes, dict) else {}

        def number(name: str, details: dict[str, object] = details) -> int:
            value = details.get(name)
            return value if isinstance(value, int) else 0

        result.append(
            ErasureRun(
                at,
                ErasureCounts(
                    number("requests"),
                    number("letters"),
                    number("breaches"),
                    number("consent_forms"),
                ),
                _day(details.get("on")) or at.astimezone().date(),
            )
        )
    return result


def evidence(db: Database, today: dt.date) -> EvidenceView:
    """What the evidence report shows as of `today`."""
    request_years, breach_years = periods(db)
    done = runs(db)
    held = 0
    if done and db.path is not None:
        made_before = done[-1].at.astimezone().replace(tzinfo=None)
        held = sum(1 for b in backup.generations(db.path) if b.made < made_before)
    return EvidenceView(
        organisation=organisation.load(db).name,
        anchor=audit_log.anchor(db),
        request_years=request_years,
        breach_years=breach_years,
        form_years=consent_forms.form_years(db),
        backups_kept=organisation.backup_generations(db),
        runs=done,
        held=held,
        due=due(db, today).total,
    )


def write_report(db: Database, out: Path, *, today: dt.date) -> Path:
    """Write the evidence report as of `today` as a PDF at `out`."""
    from dpo_desk.reports import housekeeping as report

    return report.write(evidence(db, today), out, today=today)
