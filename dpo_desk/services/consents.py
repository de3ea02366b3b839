"""Use cases of health-data consents: record a consumer and the written consent, withdraw
it (erasing the health details at once), and list whom to warn before an interruption."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dpo_desk.db.audit import log_event
from dpo_desk.db.consent_models import ConsentText, Consumer
from dpo_desk.db.register_models import CatalogueItem
from dpo_desk.db.session import Database
from dpo_desk.domain.consents import (
    MSG_ALREADY_WITHDRAWN,
    MSG_EMPTY_AREA,
    Area,
    ConsentState,
    ConsumerDraft,
    check_interruption,
    state,
    validate_consumer,
    validate_withdrawal,
)
from dpo_desk.domain.text import UserError, format_date
from dpo_desk.services import consumer_lines
from dpo_desk.services.consent_forms import REVIEW_MONTHS_KEY as REVIEW_MONTHS_KEY
from dpo_desk.services.consent_forms import attach_signed_form as attach_signed_form
from dpo_desk.services.consent_forms import due_form_count as due_form_count
from dpo_desk.services.consent_forms import erase_after_withdrawal
from dpo_desk.services.consent_forms import erase_due_consent_forms as erase_due_consent_forms
from dpo_desk.services.consent_forms import form_erasure_calendar as form_erasure_calendar
from dpo_desk.services.consent_forms import form_years as form_years
from dpo_desk.services.consent_forms import open_signed_form as open_signed_form
from dpo_desk.services.consent_forms import review_months as review_months
from dpo_desk.services.consent_forms import set_form_years as set_form_years
from dpo_desk.services.consent_forms import set_review_months as set_review_months
from dpo_desk.services.errors import ConcurrentEditError, ValidationFailedError
from dpo_desk.services.records import save_record

_FIELDS = (
    "name",
    "street",
    "house_number",
    "postal_code",
    "city",
    "meter_number",
    "utility",
    "phone",
    "alternative_contact",
    "category_id",
    "free_text",
    "consent_given",
    "collected_by",
    "consent_text_id",
    "withdrawn",
    "withdrawn_how",
    "moved",
)
_ADDRESS = ("street", "house_number", "postal_code", "city")


@dataclass(frozen=True)
class WarningLine:
    """A consumer to warn before an interruption."""

    name: str
    address: str
    meter_number: str
    phone: str
    alternative_contact: str
    category: str
    free_text: str  # only when asked for


def _address(c: Any) -> str:
    return consumer_lines.one_line_address(c.street, c.house_number, c.postal_code, c.city)


def _to_draft(c: Consumer) -> ConsumerDraft:
    return ConsumerDraft(
        id=c.id,
        version=c.version,
        **{f: (getattr(c, f) if f != "free_text" else c.free_text or "") for f in _FIELDS},
    )


def _categories(db: Database) -> dict[int, str]:
    with db.reading() as session:
        return dict(
            session.execute(
                select(CatalogueItem.id, CatalogueItem.name).where(
                    CatalogueItem.kind == "consideration"
                )
            ).all()
        )


def rows(db: Database, *, today: dt.date) -> list[consumer_lines.ConsumerLine]:
    """Every consumer, as the tab shows them (the review period from the settings)."""
    return consumer_lines.consumers(db, today=today)


def line(db: Database, consumer_id: int, *, today: dt.date) -> consumer_lines.ConsumerLine | None:
    """One consumer as the tab shows them (None: no such consumer); read alone."""
    found = consumer_lines.consumers(db, today=today, only=consumer_id)
    return found[0] if found else None


def draft(db: Database, consumer_id: int) -> ConsumerDraft:
    """The consumer as the form edits it (the free text included: the form shows it only
    after the explicit action, which `reveal` records)."""
    with db.reading() as session:
        found = session.get(Consumer, consumer_id)
        if found is None:
            raise ConcurrentEditError(None)
        return _to_draft(found)


def save(db: Database, d: ConsumerDraft, *, today: dt.date) -> int:
    """Validate and save in one transaction. A changed address flags the consumer as
    moved: the consent must be confirmed again."""

    def validate(draft_: ConsumerDraft, stored: ConsumerDraft | None) -> dict[str, str]:
        if (
            stored is not None
            and stored.withdrawn is not None
            and (draft_.withdrawn, draft_.withdrawn_how.strip())
            != (
                stored.withdrawn,
                stored.withdrawn_how,
            )
        ):
            raise UserError(MSG_ALREADY_WITHDRAWN, date=format_date(stored.withdrawn))
        return validate_consumer(draft_, today=today)

    return save_record(db, Consumer, d, validate=validate, apply=_apply, to_draft=_to_draft)


def _apply(session: Session, c: Consumer, d: ConsumerDraft) -> None:
    moved = d.moved
    if d.id is not None:
        moved = d.moved or any(getattr(c, f).strip() != getattr(d, f).strip() for f in _ADDRESS)
    for f in _FIELDS:
        value = getattr(d, f)
        setattr(c, f, value.strip() if isinstance(value, str) else value)
    c.free_text = d.free_text.strip() or None
    c.moved = moved and c.consent_given is not None


def withdraw(db: Database, consumer_id: int, *, on: dt.date, how: str, today: dt.date) -> None:
    """Withdraw the consent (Art. 7(3)) in one transaction: the health details and what
    only served the warning (phone, alternative contact, meter number) are erased; the
    proof (who, utility, version, given and withdrawn, how) stays. A consent already
    withdrawn is refused: a second withdrawal would overwrite the proof of the first."""
    stored = draft(db, consumer_id)
    if stored.withdrawn is not None:
        raise UserError(MSG_ALREADY_WITHDRAWN, date=format_date(stored.withdrawn))
    errors = validate_withdrawal(on=on, how=how, given=stored.consent_given, today=today)
    if errors:
        raise ValidationFailedError(errors)
    with db.transaction() as session:
        c = session.get(Consumer, consumer_id)
        if c is None:
            raise ConcurrentEditError(None)
        if c.withdrawn is not None:  # withdrawn meanwhile
            raise UserError(MSG_ALREADY_WITHDRAWN, date=format_date(c.withdrawn))
        if c.consent_given != stored.consent_given:  # changed since it was checked
            raise ConcurrentEditError(_to_draft(c))
        c.withdrawn, c.withdrawn_how = on, how.strip()
        erase_after_withdrawal(c)


def reveal(db: Database, consumer_id: int) -> str:
    """The free text of the special consideration; each opening is recorded."""
    with db.transaction() as session:
        found = session.get(Consumer, consumer_id)
        if found is None:
            raise ConcurrentEditError(None)
        log_event(
            session,
            action="opened",
            table_name="consumer",
            row_id=str(consumer_id),
            details={"field": "free_text"},
        )
        return found.free_text or ""


def warning_list(
    db: Database,
    area: Area,
    *,
    interruption: str,
    starts: dt.datetime,
    ends: dt.datetime,
    today: dt.date,
    with_free_text: bool = False,
    utility: str = "",
) -> list[WarningLine]:
    """Every consumer with a consent (not withdrawn) in the area, to warn before an
    interruption planned from `starts` to `ends`. The audit trail records who produced
    it, for which interruption and when it is planned, and how many it named, not who."""
    errors = check_interruption(interruption, starts, ends)
    if area.empty:
        errors["area"] = MSG_EMPTY_AREA
    if errors:
        raise ValidationFailedError(errors)
    names = _categories(db)
    t = Consumer.__table__.c
    # Postal codes and meters are matched by the database (indexed); streets in Python,
    # as SQL's lower() does not fold Æ, Ø and Å the same way everywhere.
    place = [t.postal_code.in_(area.postal_codes), t.meter_number.in_(area.meter_numbers)]
    if area.streets:
        place.append(t.street != "")
    query = (
        select(
            t.name,
            t.street,
            t.house_number,
            t.postal_code,
            t.city,
            t.meter_number,
            t.phone,
            t.alternative_contact,
            t.category_id,
            t.free_text,
        )
        .where(t.consent_given.is_not(None), t.withdrawn.is_(None), or_(*place))
        .order_by(t.postal_code, t.street, t.name)
    )
    if utility:
        query = query.where(t.utility == utility)
    with db.transaction() as session:
        lines = [
            WarningLine(
                r.name,
                _address(r),
                r.meter_number,
                r.phone,
                r.alternative_contact,
                names.get(r.category_id or -1, ""),
                (r.free_text or "") if with_free_text else "",
            )
            for r in session.execute(query)
            if r.postal_code in area.postal_codes
            or r.meter_number in area.meter_numbers
            or r.street.strip().casefold() in area.streets
        ]
        log_event(
            session,
            action="warning_list",
            table_name="consumer",
            details={
                "interruption": interruption,
                "starts": starts.isoformat(timespec="minutes"),
                "ends": ends.isoformat(timespec="minutes"),
                "named": len(lines),
                "with_free_text": with_free_text,
                "utility": utility,
            },
        )
        return lines


def consent_texts(db: Database) -> list[tuple[int, str, dt.date]]:
    """The versions of the consent text: (id, label, valid from), newest first."""
    with db.reading() as session:
        return [
            (t.id, t.label, t.valid_from)
            for t in session.scalars(select(ConsentText).order_by(ConsentText.valid_from.desc()))
        ]


def add_consent_text(db: Database, *, label: str, text: str, valid_from: dt.date) -> int:
    """Keep a new version of the consent text."""
    with db.transaction() as session:
        version = ConsentText(label=label.strip(), text=text.strip(), valid_from=valid_from)
        session.add(version)
        session.flush()
        return version.id


def consent_text(db: Database, text_id: int) -> str:
    """The words of a version of the consent text."""
    with db.reading() as session:
        found = session.get(ConsentText, text_id)
        return found.text if found else ""


def register_entries(
    db: Database, *, today: dt.date, ids: list[int] | None = None
) -> list[tuple[ConsumerDraft, ConsentState, str]]:
    """Each consumer with the state of the consent and the label of the text signed; the
    health details are left out (reports never carry them)."""
    versions = {text_id: label for text_id, label, _from in consent_texts(db)}
    months = review_months(db)
    with db.reading() as session:
        found = session.scalars(select(Consumer).order_by(Consumer.utility, Consumer.name))
        result = []
        for consumer in found:
            if ids is not None and consumer.id not in ids:
                continue
            d = _to_draft(consumer)
            d.category_id, d.free_text = None, ""
            result.append(
                (
                    d,
                    state(_to_draft(consumer), today=today, review_months=months),
                    versions.get(consumer.consent_text_id or -1, ""),
                )
            )
        return result


def write_call_sheet(
    db: Database,
    area: Area,
    *,
    interruption: str,
    starts: dt.datetime,
    ends: dt.datetime,
    out: Path,
    fmt: str,
    today: dt.date,
    with_free_text: bool = False,
    utility: str = "",
) -> list[WarningLine]:
    """Produce the warning list (recorded in the audit trail) and write it as a PDF call
    sheet or an Excel workbook."""
    from dpo_desk.services import jobs

    return jobs.drain(
        jobs.call_sheet(
            db,
            area,
            interruption=interruption,
            starts=starts,
            ends=ends,
            out=out,
            fmt=fmt,
            today=today,
            with_free_text=with_free_text,
            utility=utility,
        )
    )


def write_consent_form(db: Database, consumer_id: int, out: Path) -> None:
    """The consent form of a consumer, pre-filled with the newest consent text."""
    from dpo_desk.services import jobs

    jobs.drain(jobs.consent_form(db, consumer_id, out))
