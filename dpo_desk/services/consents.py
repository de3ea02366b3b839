"""Use cases of health-data consents: record a consumer and the written consent, withdraw
it (erasing the health details at once), and list whom to warn before an interruption."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from dpo_desk.db.audit import log_event
from dpo_desk.db.consent_models import ConsentText, Consumer
from dpo_desk.db.register_models import CatalogueItem
from dpo_desk.db.session import Database
from dpo_desk.domain.consents import (
    MSG_EMPTY_AREA,
    Area,
    ConsentState,
    ConsumerDraft,
    in_area,
    state,
    validate_consumer,
)
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.services.register import ConcurrentEditError

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
class ConsumerRow:
    """One line of the consents table: names and categories, never the free text."""

    id: int
    name: str
    address: str
    postal_code: str
    utility: str
    category: str
    consent_given: dt.date | None
    state: ConsentState
    moved: bool


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


def _address(c: Consumer | ConsumerDraft) -> str:
    return f"{c.street} {c.house_number}, {c.postal_code} {c.city}".strip(" ,")


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


def rows(db: Database, *, today: dt.date, review_months: int = 24) -> list[ConsumerRow]:
    """Every consumer, as the tab shows them."""
    names = _categories(db)
    with db.reading() as session:
        return [
            ConsumerRow(
                c.id,
                c.name,
                _address(c),
                c.postal_code,
                c.utility,
                names.get(c.category_id or -1, ""),
                c.consent_given,
                state(_to_draft(c), today=today, review_months=review_months),
                c.moved,
            )
            for c in session.scalars(select(Consumer).order_by(Consumer.name))
        ]


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
    errors = validate_consumer(d, today=today)
    if errors:
        raise ValidationFailedError(errors)
    with db.transaction() as session:
        if d.id is None:
            c = Consumer(name=d.name, postal_code=d.postal_code)
            session.add(c)
            moved = d.moved
        else:
            c = session.get(Consumer, d.id)
            if c is None or c.version != d.version:
                raise ConcurrentEditError(None)
            moved = d.moved or any(getattr(c, f).strip() != getattr(d, f).strip() for f in _ADDRESS)
        for f in _FIELDS:
            value = getattr(d, f)
            setattr(c, f, value.strip() if isinstance(value, str) else value)
        c.free_text = d.free_text.strip() or None
        c.moved = moved and c.consent_given is not None
        session.flush()
        return c.id


def withdraw(db: Database, consumer_id: int, *, on: dt.date, how: str, today: dt.date) -> None:
    """Withdraw the consent (Art. 7(3)): the health details are erased in the same
    transaction; the proof (who, version, given and withdrawn) stays."""
    current = draft(db, consumer_id)
    current.withdrawn, current.withdrawn_how = on, how
    current.category_id, current.free_text = None, ""
    save(db, current, today=today)


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
    today: dt.date,
    with_free_text: bool = False,
    utility: str = "",
) -> list[WarningLine]:
    """Every consumer with a consent (not withdrawn) in the area, to warn before an
    interruption. The audit trail records who produced it, for which interruption, and
    how many it named, not who."""
    if area.empty:
        raise ValidationFailedError({"area": MSG_EMPTY_AREA})
    names = _categories(db)
    with db.transaction() as session:
        found = [
            c
            for c in session.scalars(
                select(Consumer).order_by(Consumer.postal_code, Consumer.street, Consumer.name)
            )
            if c.consent_given is not None
            and c.withdrawn is None
            and (not utility or c.utility == utility)
            and in_area(_to_draft(c), area)
        ]
        lines = [
            WarningLine(
                c.name,
                _address(c),
                c.meter_number,
                c.phone,
                c.alternative_contact,
                names.get(c.category_id or -1, ""),
                (c.free_text or "") if with_free_text else "",
            )
            for c in found
        ]
        log_event(
            session,
            action="warning_list",
            table_name="consumer",
            details={
                "interruption": interruption,
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
