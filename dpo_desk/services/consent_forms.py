"""The signed consent forms: attached, opened (each opening logged), and erased with
their contents once the proof of a withdrawn consent need no longer be kept; and the
two periods of consents (when to re-confirm, how long a form is kept).

A signed form shows health data. After a withdrawal it is kept only as long as the
proof of consent must be kept: by default to the end of the financial year of the
withdrawal plus five years (the retention rule of `domain.retention`, the number of
years a setting), and is due for erasure the day after."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.db.audit import log_event
from dpo_desk.db.consent_models import Consumer
from dpo_desk.db.models import AppSetting
from dpo_desk.db.session import Database
from dpo_desk.domain.consents import DEFAULT_FORM_YEARS, DEFAULT_REVIEW_MONTHS, WARNING_ONLY
from dpo_desk.domain.register import CalendarEntry
from dpo_desk.domain.retention import ErasureBatch, erasure_due
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.services import attachments, organisation
from dpo_desk.services.errors import ConcurrentEditError

FORM_YEARS_KEY = "consent.form_years"
REVIEW_MONTHS_KEY = "consent.review_months"
CALENDAR_LABEL = QT_TRANSLATE_NOOP(
    "ConsentForms", "Signed consent forms of withdrawn consents ({count})"
)


def _setting(db: Database, key: str, default: int) -> int:
    with db.reading() as session:
        setting = session.get(AppSetting, key)
        return int(setting.value) if setting and setting.value.isdigit() else default


def _set(db: Database, key: str, value: int) -> None:
    with db.transaction() as session:
        setting = session.get(AppSetting, key) or AppSetting(key=key)
        setting.value = str(value)
        session.add(setting)


def review_months(db: Database) -> int:
    """After how many months a consent is marked for re-confirmation (24 by default)."""
    return _setting(db, REVIEW_MONTHS_KEY, DEFAULT_REVIEW_MONTHS)


def set_review_months(db: Database, months: int) -> None:
    """Set the review period of consents."""
    _set(db, REVIEW_MONTHS_KEY, max(1, int(months)))


def form_years(db: Database) -> int:
    """For how many years after the end of the financial year of a withdrawal the signed
    form is kept (5 by default)."""
    return _setting(db, FORM_YEARS_KEY, DEFAULT_FORM_YEARS)


def set_form_years(db: Database, years: int) -> None:
    """Set how long signed forms are kept after a withdrawal."""
    _set(db, FORM_YEARS_KEY, max(0, int(years)))


def erase_after_withdrawal(c: Consumer) -> None:
    """Erase what a withdrawn consent may no longer keep: the health details and what
    only served the warning (audited as "[erased]")."""
    c.category_id, c.free_text = None, None
    for name in WARNING_ONLY:
        setattr(c, name, "")


def _due_rule(db: Database) -> tuple[tuple[int, int], int]:
    return organisation.load(db).fiscal_year_end, form_years(db)


def form_due(withdrawn: dt.date, *, fiscal_year_end: tuple[int, int], years: int) -> dt.date:
    """The day on which the signed form of a consent withdrawn on `withdrawn` is due."""
    return erasure_due(withdrawn, fiscal_year_end=fiscal_year_end, years=years)


def attach_signed_form(db: Database, consumer_id: int, source: Path) -> None:
    """Copy the signed consent form into the attachments and keep its SHA-256."""
    stored = attachments.store(db, source)
    with db.transaction() as session:
        found = session.get(Consumer, consumer_id)
        if found is None:
            raise ConcurrentEditError(None)
        found.form_file, found.form_sha256 = stored.name, stored.sha256
        found.form_erased = None


def open_signed_form(db: Database, consumer_id: int) -> tuple[Path | None, str]:
    """Where the signed form is and its state ('ok', 'changed', 'missing', 'none'); the
    opening is recorded in the audit trail (the form reveals health data)."""
    with db.transaction() as session:
        found = session.get(Consumer, consumer_id)
        if found is None or not found.form_file:
            return None, attachments.FileState.NONE.value
        log_event(
            session,
            action="opened",
            table_name="consumer",
            row_id=str(consumer_id),
            details={"field": "signed_form"},
        )
        name, sha = found.form_file, found.form_sha256
    return attachments.path_of(db, name), attachments.state(db, name, sha).value


def erase_due_consent_forms(db: Database, today: dt.date) -> int:
    """Erase, in one transaction, every signed form of a withdrawn consent whose time
    is up (the file or the content kept in the database, and any opened copy); the
    consumer keeps the proof and the day the form was erased. Withdrawn consumers that
    still hold health details or contact data (saved before these were erased on
    withdrawal) lose them too. Returns how many forms were erased."""
    fiscal_year_end, years = _due_rule(db)
    with db.transaction() as session:
        return erase_due_forms_in(session, db, today, fiscal_year_end, years)


def erase_due_forms_in(
    session: Session, db: Database, today: dt.date, fiscal_year_end: tuple[int, int], years: int
) -> int:
    """`erase_due_consent_forms` inside the caller's transaction."""
    withdrawn = list(session.scalars(select(Consumer).where(Consumer.withdrawn.is_not(None))))
    due = [
        c
        for c in withdrawn
        if c.form_file
        and c.withdrawn is not None
        and form_due(c.withdrawn, fiscal_year_end=fiscal_year_end, years=years) <= today
    ]
    forms = {(c.form_file, c.form_sha256) for c in due}
    for c in withdrawn:
        erase_after_withdrawal(c)  # a no-op unless saved before this was erased
    for c in due:
        c.form_file, c.form_sha256, c.form_erased = "", "", today
    session.flush()
    kept = set(session.scalars(select(Consumer.form_sha256).where(Consumer.form_sha256 != "")))
    for name, sha in sorted(forms):
        if sha not in kept:  # the same scan attached to another consumer stays
            attachments.discard(session, db, name, sha)
    if due:
        log_event(
            session,
            action="erased_forms",
            table_name="consumer",
            details={"erased": len(due), "due_on_or_before": today.isoformat()},
        )
    return len(due)


def _withdrawn_with_forms(db: Database) -> list[dt.date]:
    """The withdrawal dates of the consents whose signed form is still kept."""
    with db.reading() as session:
        return [
            withdrawn
            for withdrawn in session.scalars(
                select(Consumer.withdrawn).where(
                    Consumer.withdrawn.is_not(None), Consumer.form_file != ""
                )
            )
            if withdrawn is not None
        ]


def due_form_count(db: Database, today: dt.date) -> int:
    """How many signed forms of withdrawn consents are due for erasure today."""
    fiscal_year_end, years = _due_rule(db)
    return sum(
        1
        for withdrawn in _withdrawn_with_forms(db)
        if form_due(withdrawn, fiscal_year_end=fiscal_year_end, years=years) <= today
    )


def form_erasure_calendar(db: Database, *, today: dt.date) -> list[CalendarEntry]:
    """The dates on which the signed forms of withdrawn consents fall due (overdue ones
    included, `today` being no limit), one entry per date with the withdrawals it
    covers; for the deletion calendar."""
    from dpo_desk.i18n import translate

    fiscal_year_end, years = _due_rule(db)
    by_due: dict[dt.date, list[dt.date]] = defaultdict(list)
    for withdrawn in _withdrawn_with_forms(db):
        by_due[form_due(withdrawn, fiscal_year_end=fiscal_year_end, years=years)].append(withdrawn)
    return [
        CalendarEntry(
            0,
            translate("ConsentForms", CALENDAR_LABEL).format(count=len(dates)),
            ErasureBatch(due, min(dates), max(dates)),
        )
        for due, dates in sorted(by_due.items())
    ]
