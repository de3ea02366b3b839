"""Writing an import plan: all its rows or none, in one transaction, through the
registers' own save functions, with one audit record per row naming the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.db.audit import PendingRecord, append_deferred, append_records, deferred
from dpo_desk.db.session import Database
from dpo_desk.domain.register import Sensitivity
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, UserError
from dpo_desk.services.importing import (
    PROGRESS_EVERY,
    Action,
    Plan,
    _lookups,
    _remember,
)
from dpo_desk.services.importing_rows import ADAPTERS, Lookups, existing_keys

MSG_NEW_ENTRIES = QT_TRANSLATE_NOOP(
    "Domain", "“{name}” is a new list entry: accept the new entries before importing."
)


class _OneTransaction:
    """A database whose every session is one open transaction: the registers' own save
    functions then write into it, and it is committed (or rolled back) as a whole."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        # A save flushes once, when its record is complete: no flush half-way through
        # (each would cost an audit record of a half-made row).
        with self._session.no_autoflush:
            yield self._session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        yield self._session


def apply_plan(
    db: Database,
    plan: Plan,
    *,
    today: dt.date,
    create_unknown: bool = True,
) -> Generator[tuple[int, int], None, dict[Action, int]]:
    """Write the plan's rows that are not excluded in one transaction (closing the
    generator before it ends writes nothing); returns the counts. Refused when a row
    that is not excluded has a problem."""
    from dpo_desk.services.errors import ConcurrentEditError, ValidationFailedError

    if plan.problems():
        first = plan.problems()[0]
        raise ValidationFailedError({first.field: first.message})
    wanted = [r for r in plan.rows if not r.excluded and r.action in (Action.ADD, Action.UPDATE)]
    total = len(wanted)
    adapter = ADAPTERS[plan.register]
    with db.transaction() as session, deferred(session):
        # The audit records of the rows' flushes are collected and appended to the
        # chain once per PROGRESS_EVERY rows: the same records, in the same order.
        one: Any = _OneTransaction(session)
        look = _lookups(one, plan.register)
        _create_entries(one, plan, look, create_unknown)
        stored = existing_keys(session, plan.register)
        records: list[PendingRecord] = []
        for done, row in enumerate(wanted, start=1):
            if row.existing_id is not None and stored.get(adapter.key(row.values)) != (
                row.existing_id
            ):  # deleted (its number perhaps reused) since the plan was made
                raise ConcurrentEditError(None)
            draft = adapter.draft(row.values, row.base, look)
            record_id = _save(one, plan.register, draft, today)
            records.append(
                PendingRecord(
                    "import",
                    adapter.table,
                    str(record_id),
                    {"file": plan.file_name, "row": row.number, "action": row.action.value},
                )
            )
            if done % PROGRESS_EVERY == 0:
                append_records(session, records)
                records.clear()
                append_deferred(session)
                session.expunge_all()
                yield done, total
        append_records(session, records)
        _remember(session, plan.register, plan)
    yield total, total
    return plan.counts()


def _create_entries(db: Any, plan: Plan, look: Lookups, create: bool) -> None:
    from dpo_desk.domain.processors import PartyDraft
    from dpo_desk.services import catalogue, processors

    for (kind, norm), (name, sensitivity) in plan.unknown.items():
        if (kind, norm) in look.entries:
            continue
        if not create:
            raise UserError(MSG_NEW_ENTRIES, name=name)
        if kind == "processor":
            look.entries[(kind, norm)] = processors.save(db, PartyDraft(name=name))
        else:
            entry = catalogue.add(db, kind, name, sensitivity)
            look.entries[(kind, norm)] = entry
            if kind == "data_category":
                look.sensitivity[entry] = sensitivity or Sensitivity.ORDINARY


def _save(db: Any, register: str, draft: Any, today: dt.date) -> int:
    from dpo_desk.services import consents, processors, requests
    from dpo_desk.services import register as activities

    module = {
        "register": activities,
        "processors": processors,
        "requests": requests,
        "consents": consents,
    }[register]
    result: int = module.save(db, draft, today=today)
    return result
