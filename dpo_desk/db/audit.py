"""The audit trail: every insert, update and delete of a register row, in the same
transaction, as a hash chain that `dpo-desk verify` can walk.

It is implemented once, with SQLAlchemy session events, for every model that derives
from `Audited`; forms and services do nothing for it.
"""

from __future__ import annotations

import datetime as dt
import decimal
import getpass
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, inspect, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ColumnProperty, RelationshipProperty, Session, sessionmaker
from sqlalchemy.orm.base import NO_VALUE

from dpo_desk.db.base import Audited, utc_now
from dpo_desk.db.models import AuditHead, AuditRecord
from dpo_desk.domain.text import QT_TRANSLATE_NOOP

GENESIS_HASH = "0" * 64
BROKEN_LINK = QT_TRANSLATE_NOOP("Domain", "the link to the previous record is broken")
BROKEN_CONTENT = QT_TRANSLATE_NOOP("Domain", "the record's content does not match its hash")
BROKEN_END = QT_TRANSLATE_NOOP("Domain", "records are missing at the end of the chain")
UNREADABLE = QT_TRANSLATE_NOOP(
    "Domain", "the record cannot be read (its stored content is damaged)"
)
ERASED = "[erased]"
_SKIPPED_COLUMNS = {"version"}


def current_user() -> str:
    """The login name of the person at the keyboard."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "unknown"


def _plain(value: Any) -> Any:
    """A JSON-safe form of a column value (dates as ISO text)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def record_hash(
    *,
    prev_hash: str,
    at: dt.datetime,
    user_name: str,
    action: str,
    table_name: str,
    row_id: str,
    changes: dict[str, Any],
) -> str:
    """SHA-256 over a record's content and the hash of the record before it."""
    payload = json.dumps(
        [
            prev_hash,
            at.astimezone(dt.UTC).isoformat(),
            user_name,
            action,
            table_name,
            row_id,
            changes,
        ],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _row_id(obj: Any) -> str:
    state = inspect(obj)
    identity = state.identity or state.mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in identity)


def _shown(prop: ColumnProperty, value: Any) -> Any:
    if value is None:
        return None
    column = prop.columns[0]
    return ERASED if column.info.get("audit") == "erase" else _plain(value)


def _related_ids(items: Iterable[Any]) -> list[str]:
    """The linked rows, by name where they have one (readable in the log), else by id."""
    return sorted(
        str(getattr(item, "name", None) or _row_id(item)) for item in items if item is not None
    )


def _changes(obj: Any, action: str) -> dict[str, Any]:
    """Field -> [old, new] for the columns (and to-many links) that this flush changed."""
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for prop in state.mapper.column_attrs:
        if prop.key in _SKIPPED_COLUMNS:
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
                if _plain(old) != _plain(new):
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


def append_records(session: Session, records: Iterable[PendingRecord]) -> int:
    """Append records to the chain inside the session's transaction; returns how many."""
    records = list(records)
    if not records:
        return 0
    connection = session.connection()
    head = connection.execute(
        select(AuditHead.id, AuditHead.last_hash, AuditHead.count)
        .where(AuditHead.id == 1)
        .with_for_update()
    ).first()
    prev_hash = head.last_hash if head else GENESIS_HASH
    count = head.count if head else 0
    user_name = current_user()
    at = utc_now()
    rows = []
    for record in records:
        digest = record_hash(
            prev_hash=prev_hash,
            at=at,
            user_name=user_name,
            action=record.action,
            table_name=record.table_name,
            row_id=record.row_id,
            changes=record.changes,
        )
        rows.append(
            {
                "at": at,
                "user_name": user_name,
                "action": record.action,
                "table_name": record.table_name,
                "row_id": record.row_id,
                "changes": record.changes,
                "prev_hash": prev_hash,
                "hash": digest,
            }
        )
        prev_hash = digest
    for row in rows:  # one by one: ids must follow the chain's order
        connection.execute(insert(AuditRecord).values(**row))
    count += len(rows)
    if head:
        connection.execute(
            update(AuditHead).where(AuditHead.id == 1).values(last_hash=prev_hash, count=count)
        )
    else:
        connection.execute(insert(AuditHead).values(id=1, last_hash=prev_hash, count=count))
    return len(rows)


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


def install_audit(factory: sessionmaker[Session]) -> None:
    """Make every session of `factory` audit the register rows it flushes."""
    from sqlalchemy import event

    event.listen(factory, "after_flush", _after_flush)


@dataclass(frozen=True)
class ChainReport:
    """The outcome of walking the audit chain."""

    ok: bool
    checked: int
    broken_id: int | None = None
    reason: str = ""


_BATCH = 1000


def _unreadable(error: Exception) -> bool:
    """Whether reading a record failed on its stored content: text that is not JSON, a
    date that is not a date, bytes that are not UTF-8 (the driver's error)."""
    if isinstance(error, DBAPIError):
        return "decode" in str(error.orig).lower()
    return isinstance(error, ValueError | TypeError)


def _one(session: Session, record_id: int) -> AuditRecord | None:
    """The record, or None when its stored content cannot be read."""
    try:
        return session.scalars(select(AuditRecord).where(AuditRecord.id == record_id)).one()
    except Exception as error:
        if not _unreadable(error):
            raise
        session.rollback()
        return None


def _records(session: Session) -> Iterator[tuple[int, AuditRecord | None]]:
    """(id, record) in the chain's order, read in batches; None for a record that cannot
    be read, so that the walk can say where instead of failing."""
    after = 0
    while True:
        try:
            records = session.scalars(
                select(AuditRecord)
                .where(AuditRecord.id > after)
                .order_by(AuditRecord.id)
                .limit(_BATCH)
            ).all()
        except Exception as error:
            if not _unreadable(error):
                raise
            session.rollback()  # a damaged record in this batch: one at a time
            ids = session.scalars(
                select(AuditRecord.id)
                .where(AuditRecord.id > after)
                .order_by(AuditRecord.id)
                .limit(_BATCH)
            ).all()
            for record_id in ids:
                yield record_id, _one(session, record_id)
            after = ids[-1]
            continue
        yield from ((record.id, record) for record in records)
        if len(records) < _BATCH:
            return
        after = records[-1].id
        session.expunge_all()


def verify_chain(session: Session) -> ChainReport:
    """Walk the audit chain from its start and report the first broken link."""
    prev_hash = GENESIS_HASH
    checked = 0
    last_id: int | None = None
    for record_id, record in _records(session):
        if record is None:
            return ChainReport(False, checked, record_id, UNREADABLE)
        if record.prev_hash != prev_hash:
            return ChainReport(False, checked, record.id, BROKEN_LINK)
        try:
            expected = record_hash(
                prev_hash=record.prev_hash,
                at=record.at,
                user_name=record.user_name,
                action=record.action,
                table_name=record.table_name,
                row_id=record.row_id,
                changes=record.changes,
            )
        except (ValueError, TypeError, AttributeError):  # e.g. a date that is missing
            return ChainReport(False, checked, record.id, UNREADABLE)
        if expected != record.hash:
            return ChainReport(False, checked, record.id, BROKEN_CONTENT)
        prev_hash = record.hash
        checked += 1
        last_id = record.id
    head = session.get(AuditHead, 1)
    head_hash, head_count = (head.last_hash, head.count) if head else (GENESIS_HASH, 0)
    if head_hash != prev_hash or head_count != checked:
        return ChainReport(False, checked, last_id, BROKEN_END)
    return ChainReport(True, checked)
