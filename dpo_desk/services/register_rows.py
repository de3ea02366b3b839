"""The register's table: one line per activity, read with one query per list (no ORM
objects kept), and the text the search box looks through."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.db.register_models import (
    Activity,
    ActivityController,
    ActivityTransfer,
    CatalogueItem,
    Processor,
    activity_data_category,
    activity_data_subject,
    activity_measure,
    activity_processor,
    activity_recipient,
)
from dpo_desk.db.session import Database
from dpo_desk.domain.register import (
    ControllerParty,
    Role,
    Sensitivity,
    Status,
    erasure_set,
    missing_for_art30,
)
from dpo_desk.domain.retention import RetentionRule, RuleKind

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """One line of the register's table (slots: no dict per row; the tuples, sets and
    texts that repeat are shared between rows). The text of the other fields, which the
    search box looks through, is read when one first searches (`search_texts`)."""

    id: int
    name: str
    role: Role
    purposes: str
    legal_bases: tuple[str, ...]
    kinds: frozenset[Sensitivity]  # Art. 9, Art. 10 and CPR data, each on its own
    transfer_countries: tuple[str, ...]
    next_review: dt.date | None
    status: Status
    owner: str
    missing: tuple[str, ...] = ()  # what Art. 30 requires and the activity lacks


def _grouped(session: Session, query: Any) -> dict[int, list[Any]]:
    """(activity id, value, …) rows as lists by activity: the value alone, or the tuple
    of the values when there are several."""
    grouped: dict[int, list[Any]] = {}
    for activity_id, *values in session.execute(query):
        grouped.setdefault(activity_id, []).append(values[0] if len(values) == 1 else values)
    return grouped


def _sharing() -> Callable[[T], T]:
    """`one(value)`: the first value equal to `value` that it was given (a register's
    rows repeat their legal bases, kinds, countries, owners and often their purposes)."""
    seen: dict[Any, Any] = {}

    def one(value: T) -> T:
        return seen.setdefault(value, value)  # type: ignore[no-any-return]

    return one


def rows(db: Database) -> list[ActivityRow]:
    """Every activity, as the table shows it.

    Column queries instead of loading ORM objects: ten times faster on a large
    register, and plain SQL that runs on SQLite and PostgreSQL alike.
    """
    a = Activity.__table__.c
    with db.reading() as session:
        kinds = _grouped(
            session,
            select(activity_data_category.c.activity_id, CatalogueItem.sensitivity)
            .join(CatalogueItem, CatalogueItem.id == activity_data_category.c.item_id)
            .where(CatalogueItem.sensitivity != Sensitivity.ORDINARY.value),
        )
        countries = _grouped(
            session,
            select(ActivityTransfer.activity_id, ActivityTransfer.country).order_by(
                ActivityTransfer.activity_id, ActivityTransfer.position
            ),
        )
        counts = {
            name: {
                i: len(v)
                for i, v in _grouped(session, select(t.c.activity_id, t.c.item_id)).items()
            }
            for name, t in (
                ("subjects", activity_data_subject),
                ("categories", activity_data_category),
                ("measures", activity_measure),
            )
        }
        controllers = _grouped(
            session,
            select(
                ActivityController.activity_id,
                ActivityController.name,
                ActivityController.contact,
                ActivityController.processing,
            ),
        )
        one = _sharing()  # an equal tuple, set or text once, shared by the rows
        return [
            ActivityRow(
                id=r.id,
                name=r.name,
                role=Role(r.role),
                purposes=one(r.purposes),
                legal_bases=one(tuple(r.legal_bases or ())),
                kinds=one(frozenset(Sensitivity(k) for k in kinds.get(r.id, ()) if k)),
                transfer_countries=one(tuple(countries.get(r.id, ()))),
                next_review=r.next_review,
                status=Status(r.status),
                owner=one(r.owner),
                missing=one(
                    tuple(
                        missing_for_art30(
                            role=Role(r.role),
                            purposes=r.purposes,
                            data_subjects=counts["subjects"].get(r.id, 0),
                            data_categories=counts["categories"].get(r.id, 0),
                            erasure=erasure_set(
                                r.retention_text,
                                RetentionRule(RuleKind(r.retention_rule), r.retention_amount),
                            ),
                            measures=bool(r.measures_text.strip())
                            or counts["measures"].get(r.id, 0) > 0,
                            controllers=[
                                ControllerParty(name=n, contact=c, processing=p)
                                for n, c, p in controllers.get(r.id, ())
                            ],
                        )
                    )
                ),
            )
            for r in session.execute(
                select(
                    a.id,
                    a.name,
                    a.role,
                    a.purposes,
                    a.legal_bases,
                    a.next_review,
                    a.status,
                    a.owner,
                    a.retention_text,
                    a.retention_rule,
                    a.retention_amount,
                    a.measures_text,
                )
            )
        ]


def search_texts(db: Database) -> dict[int, str]:
    """Per activity, the text of the fields the table does not show, for the search:
    owner, notes and the other free texts, the names of the categories, recipients,
    measures, processors and controllers, and the transfers' recipients."""
    with db.reading() as session:
        return _search_texts(session)


def _search_texts(session: Session) -> dict[int, str]:
    a = Activity.__table__.c
    found: dict[int, list[str]] = {}
    queries: list[Any] = [
        select(link.c.activity_id, CatalogueItem.name).join(
            CatalogueItem, CatalogueItem.id == link.c.item_id
        )
        for link in (
            activity_data_subject,
            activity_data_category,
            activity_recipient,
            activity_measure,
        )
    ]
    queries += [
        select(activity_processor.c.activity_id, Processor.name).join(
            Processor, Processor.id == activity_processor.c.item_id
        ),
        select(ActivityController.activity_id, ActivityController.name),
        select(ActivityTransfer.activity_id, ActivityTransfer.recipient),
    ]
    for query in queries:
        for activity_id, text in session.execute(query):
            found.setdefault(activity_id, []).append(text or "")
    fields = (a.owner, a.notes, a.source, a.consent_note, a.retention_text, a.measures_text)
    for r in session.execute(select(a.id, *fields, a.automated_description, a.dpia_outcome)):
        found.setdefault(r[0], []).extend(text or "" for text in r[1:])
    return {activity_id: "\n".join(texts) for activity_id, texts in found.items()}
