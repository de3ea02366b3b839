"""The audit trail: every insert, update and delete of a register row, in the same
transaction, as a hash chain that `dpo-desk verify` can walk (see `audit_verify`).

The chain hashes, per field, a commitment (SHA-256 of a random salt and the value), not
the value: `redact` erases a value and its salt and the chain stays whole. Each record's
hash, and the head, are sealed with HMAC-SHA256 under a key kept outside the database
(`chain_key`), so that a forger who recomputes the plain hashes is still caught.

It is implemented once, with SQLAlchemy session events, for every model that derives
from `Audited`; forms and services do nothing for it.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, insert, inspect, select, text, update
from sqlalchemy.orm import ColumnProperty, RelationshipProperty, Session, sessionmaker
from sqlalchemy.orm.base import NO_VALUE

from dpo_desk.db.audit_hash import (
    ANONYMISED,
    ERASED,
    GENESIS_HASH,
    committed,
    head_text,
    plain,
    record_hash,
)
from dpo_desk.db.base import Audited, utc_now
from dpo_desk.db.chain_key import chain_key, key_id, seal
from dpo_desk.db.models import AuditHead, AuditRecord

_SKIPPED_COLUMNS = {"version"}
_QUEUE = "dpo_audit_queue"  # session.info: (time, record) pairs not yet appended
_DEFERRING = "dpo_audit_deferring"  # session.info: whether flushes add to the queue
_SUSPENDED = "dpo_audit_suspended"  # session.info: savepoints that suspend a deferral


def current_user(connection: Any = None) -> str:
    """Who makes a change: on a server database the login the connection was made with
    (each member of a team has their own), else the person at the keyboard."""
    if connection is not None and connection.dialect.name == "postgresql":
        info = connection.info  # kept with the pooled connection: one query per login
        if "dpo_login" not in info:
            info["dpo_login"] = connection.exec_driver_sql("SELECT session_user").scalar()
        return str(info["dpo_login"])
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "unknown"


def _row_id(obj: Any) -> str:
    state = inspect(obj)
    identity = state.identity or state.mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in identity)


def _shown(prop: ColumnProperty, value: Any) -> Any:
    if value is None:
        return None
    column = prop.columns[0]
    return ERASED if column.info.get("audit") == "erase" else plain(value)


def _related_ids(items: Iterable[Any]) -> list[str]:
    """The linked rows, by name where they have one (readable in the log), else by id."""
    return sorted(
        str(getattr(item, "name", None) or _row_id(item)) for item in items if item is not None
    )


def _changes(obj: Any, action: str) -> dict[str, Any]:
    """Field -> [old, new] for the columns (and to-many links) that this flush changed."""
    state = inspect(obj)
    loaded = state.dict
    changes: dict[str, Any] = {}
    for prop in state.mapper.column_attrs:
        if prop.key in _SKIPPED_COLUMNS:
            continue
        if action == "insert" and prop.key in loaded:  # the value, without an attribute state
            if loaded[prop.key] is not None:
                changes[prop.key] = [None, _shown(prop, loaded[prop.key])]
            continue
        attr = state.attrs[prop.key]
        if action == "insert":
            if attr.value is not None:
                changes[prop.key] = [None, _shown(prop, attr.value)]
        elif action == "delete":
            old = attr.history.deleted[0] if attr.history.deleted else attr.loaded_value
            if old is not None and old is not NO_VALUE:
                changes[prop.key] = [_shown(prop, old), None]
        else:
            history = attr.history
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if plain(old) != plain(new):
                    changes[prop.key] = [_shown(prop, old), _shown(prop, new)]
    if action != "delete":
        for rel in state.mapper.relationships:
            if not _is_audited_link(rel):
                continue
            history = state.attrs[rel.key].history
            if history.added or history.deleted:
                unchanged = list(history.unchanged or [])
                old = _related_ids(unchanged + list(history.deleted or []))
                new = _related_ids(unchanged + list(history.added or []))
                if old != new:
                    changes[rel.key] = [old, new]
    return changes


def _is_audited_link(rel: RelationshipProperty[Any]) -> bool:
    """Many-to-many links (a secondary table) are audited on the owning side."""
    return rel.secondary is not None and not rel.viewonly and rel.info.get("audit", True)


@dataclass(frozen=True)
class PendingRecord:
    """An audit record about to be written."""

    action: str
    table_name: str
    row_id: str
    changes: dict[str, Any]


def _pending(session: Session) -> Iterator[PendingRecord]:
    for action, objects in (
        ("insert", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            if not isinstance(obj, Audited):
                continue
            changes = _changes(obj, action)
            if action == "update" and not changes:
                continue
            yield PendingRecord(action, obj.__tablename__, _row_id(obj), changes)


def _key_for(connection: Any, head: Any) -> bytes | None:
    """The key that seals new records: none when the chain was sealed with another key
    (a copy of the file on another machine): the records are then left unsealed, which
    verify with the chain's own key reports."""
    key = chain_key(connection.engine.url, create=True)
    if key is None or (head is not None and head.key_id and head.key_id != key_id(key)):
        return None
    return key


def append_records(session: Session, records: Iterable[PendingRecord]) -> int:
    """Append records to the chain inside the session's transaction; returns how many.
    While the session defers (`deferred`) they join its queue, in order, instead."""
    at = utc_now()
    entries = [(at, record) for record in records]
    queue = session.info.get(_QUEUE)
    if queue is not None and session.info.get(_DEFERRING):
        queue.extend(entries)
        return len(entries)
    if queue:  # left by a deferral that ended early: they come first in the chain
        entries[:0] = queue
        queue.clear()
    return _write(session, entries)


def _write(session: Session, entries: list[tuple[dt.datetime, PendingRecord]]) -> int:
    """Append (time, record) pairs: the head is read and locked once, the hashes are
    computed in one pass, the records inserted in one statement, the head updated once."""
    if not entries:
        return 0
    connection = session.connection()
    head = connection.execute(
        select(AuditHead.id, AuditHead.last_hash, AuditHead.count, AuditHead.key_id)
        .where(AuditHead.id == 1)
        .with_for_update()
    ).first()
    key = _key_for(connection, head)
    prev_hash = head.last_hash if head else GENESIS_HASH
    count = head.count if head else 0
    user_name = current_user(connection)
    rows = []
    for at, record in entries:
        changes, salts, commitments = committed(record.changes)
        digest = record_hash(
            prev_hash=prev_hash,
            at=at,
            user_name=user_name,
            action=record.action,
            table_name=record.table_name,
            row_id=record.row_id,
            commitments=commitments,
        )
        rows.append(
            {
                "at": at,
                "user_name": user_name,
                "action": record.action,
                "table_name": record.table_name,
                "row_id": record.row_id,
                "changes": changes,
                "salts": salts,
                "commitments": commitments,
                "prev_hash": prev_hash,
                "hash": digest,
                "mac": seal(key, digest) if key else None,
            }
        )
        prev_hash = digest
    if len(rows) > 1:  # verify walks by id: the ids must follow the chain's order
        for row, record_id in zip(rows, _new_ids(connection, len(rows)), strict=True):
            row["id"] = record_id
    connection.execute(insert(AuditRecord), rows)
    count += len(rows)
    values = {
        "last_hash": prev_hash,
        "count": count,
        "mac": seal(key, head_text(count, prev_hash)) if key else None,
    }
    if head:
        connection.execute(update(AuditHead).where(AuditHead.id == 1).values(**values))
    else:
        connection.execute(
            insert(AuditHead).values(id=1, key_id=key_id(key) if key else None, **values)
        )
    return len(rows)


def _new_ids(connection: Any, n: int) -> list[int]:
    """`n` ascending ids for new records, taken while the head is locked (so that no
    other writer appends meanwhile): from the server's sequence on PostgreSQL (a writer
    may use it, not set it), after the largest id on SQLite (one writer at a time)."""
    if connection.dialect.name == "postgresql":
        found = connection.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('audit_record', 'id')) "
                "FROM generate_series(1, :n)"
            ),
            {"n": n},
        ).scalars()
        return sorted(found)
    last = connection.execute(select(func.max(AuditRecord.id))).scalar() or 0
    return list(range(last + 1, last + 1 + n))


def redact(
    session: Session, table_name: str, row_ids: Iterable[str], fields: set[str] | None = None
) -> int:
    """Erase the values (and their salts) of `fields` (every field when None) from every
    audit record of these rows; the commitments, and so the chain, stay whole. The log
    shows "[anonymised]" in their place. Returns how many records changed."""
    connection = session.connection()
    ids = list(row_ids)
    changed = 0
    for start in range(0, len(ids), 500):
        found = connection.execute(
            select(AuditRecord.id, AuditRecord.changes, AuditRecord.salts).where(
                AuditRecord.table_name == table_name,
                AuditRecord.row_id.in_(ids[start : start + 500]),
            )
        ).all()
        for record_id, changes, salts in found:
            if salts is None:
                continue
            names = [
                n for n in changes if (fields is None or n in fields) and salts.get(n) is not None
            ]
            if not names:
                continue
            changes, salts = dict(changes), dict(salts)
            for name in names:
                changes[name], salts[name] = ANONYMISED, None
            connection.execute(
                update(AuditRecord)
                .where(AuditRecord.id == record_id)
                .values(changes=changes, salts=salts)
            )
            changed += 1
    return changed


def log_event(
    session: Session,
    *,
    action: str,
    table_name: str,
    row_id: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    """Record an event that is not a row change (a report produced, a record opened)."""
    append_records(session, [PendingRecord(action, table_name, row_id, details or {})])


def _after_flush(session: Session, _flush_context: Any) -> None:
    append_records(session, _pending(session))


@contextmanager
def deferred(session: Session) -> Iterator[None]:
    """Collect the audit records of every flush (and `append_records`) inside, and
    append them to the chain together when the block ends, at each `append_deferred`,
    or at the latest before the commit: the same records in the same order as writing
    them at each flush, with the head read and updated once per batch. A bulk writer's
    tool (the import); nothing is deferred past the transaction."""
    if session.info.get(_DEFERRING):
        yield
        return
    session.info.setdefault(_QUEUE, [])
    session.info[_DEFERRING] = True
    try:
        yield
    finally:
        session.info[_DEFERRING] = False
        session.info.pop(_SUSPENDED, None)
    append_deferred(session)


def append_deferred(session: Session) -> int:
    """Append the records a deferring session has collected so far; returns how many."""
    queue = session.info.get(_QUEUE)
    if not queue:
        return 0
    entries = list(queue)
    queue.clear()
    return _write(session, entries)


def _before_commit(session: Session) -> None:
    if session.info.get(_QUEUE) or session.info.get(_DEFERRING):
        session.flush()  # the commit's own flush comes after this event
        append_deferred(session)


def _after_rollback(session: Session) -> None:
    queue = session.info.get(_QUEUE)
    if queue:
        queue.clear()


def _nested_begins(session: Session, transaction: Any) -> None:
    """A savepoint may roll back part of the work: the records collected before it are
    written first, and inside it every flush writes its own (undone with it)."""
    if transaction.nested and session.info.get(_DEFERRING):
        append_deferred(session)
        session.info[_DEFERRING] = False
        session.info.setdefault(_SUSPENDED, []).append(transaction)


def _nested_ends(session: Session, transaction: Any) -> None:
    suspended = session.info.get(_SUSPENDED)
    if suspended and suspended[-1] is transaction:
        suspended.pop()
        session.info[_DEFERRING] = not suspended


def install_audit(factory: sessionmaker[Session]) -> None:
    """Make every session of `factory` audit the register rows it flushes."""
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_rollback", _after_rollback)
    event.listen(factory, "after_transaction_create", _nested_begins)
    event.listen(factory, "after_transaction_end", _nested_ends)


def __getattr__(name: str) -> Any:
    """The walk lives in `audit_verify` (which uses this module); still reachable here."""
    if name in ("ChainReport", "verify_chain"):
        from dpo_desk.db import audit_verify

        return getattr(audit_verify, name)
    raise AttributeError(name)
