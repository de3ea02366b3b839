"""Writing an import plan: all its rows or none, in one transaction, through the
registers' own save functions, with one audit record per row naming the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from dpo_desk.db.audit import PendingRecord, append_deferred, append_records, deferred
from dpo_desk.db.consent_models import Consumer
from dpo_desk.db.register_models import Activity, Processor
from dpo_desk.db.request_models import SubjectRequest
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

_MODELS: dict[str, Any] = {
    "register": Activity,
    "processors": Processor,
    "requests": SubjectRequest,
    "consents": Consumer,
}
MSG_NEW_ENTRIES = QT_TRANSLATE_NOOP(
    "Domain", "“{name}” is a new list entry: accept the new entries before importing."
)


class _OneTransaction:
    """A database whose every session is one open transaction: the registers' own save
    functions then write into it, and it is committed (or rolled back) as a whole.

    While `batching`, a new record of the register's table gets its id when added and
    the save's own flush waits for the batch's (`flush`): the same rows and audit
    records, flushed together."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._batch = _BatchSession(session)
        self.batching = False

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        # A save flushes once, when its record is complete: no flush half-way through
        # (each would cost an audit record of a half-made row).
        with self._session.no_autoflush:
            yield self._batch if self.batching else self._session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        # What a save reads (lists, a stored record) was flushed before the batch began.
        with self._session.no_autoflush:
            yield self._session

    def start_batch(self, model: Any) -> None:
        """Batch the saves of new records of `model` from now on."""
        self._batch.model = model
        self.batching = True

    def flush(self) -> None:
        """Write the batch's rows (their audit records join the session's queue)."""
        self._session.flush()


class _BatchSession:
    """The import's session as a register's save sees it while batching."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.model: Any = None
        self._ids: list[int] = []

    def add(self, obj: Any) -> None:
        if type(obj) is self.model and obj.id is None:
            obj.id = self._next_id()
        self._session.add(obj)

    def flush(self, objects: Any = None) -> None:
        """Left to the batch (a save flushes to learn its id, which it has already)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)

    def _next_id(self) -> int:
        if not self._ids:
            self._ids = _reserve_ids(self._session, self.model, PROGRESS_EVERY)
        return self._ids.pop(0)


def _reserve_ids(session: Session, model: Any, n: int) -> list[int]:
    """`n` ascending ids no other row will take: from the table's sequence on
    PostgreSQL, after the largest id on SQLite (whose one writer this transaction is)."""
    table = model.__table__
    if session.get_bind().dialect.name == "postgresql":
        return sorted(
            session.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"
                ),
                {"t": table.name, "n": n},
            ).scalars()
        )
    pending = [o.id for o in session.new if type(o) is model and o.id is not None]
    last = max([session.execute(select(func.max(table.c.id))).scalar() or 0, *pending])
    return list(range(last + 1, last + 1 + n))


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
            if row.action is Action.UPDATE:  # saved (and flushed) on its own, in order
                one.flush()
                one.batching = False
            else:
                one.start_batch(_MODELS[plan.register])
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
                one.flush()
                append_records(session, records)
                records.clear()
                append_deferred(session)
                session.expunge_all()
                yield done, total
        one.flush()
        one.batching = False
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
