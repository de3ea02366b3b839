"""Walking the audit chain (`dpo-desk verify`) and its anchors: the head printed on every
report and written beside every backup, which an old copy can later be held against."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from dpo_desk.db import audit_hash
from dpo_desk.db.chain_key import chain_key, key_id, seal
from dpo_desk.db.models import AuditHead, AuditRecord
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, UserError

BROKEN_COMMITMENT = QT_TRANSLATE_NOOP(
    "Domain", "a value does not match the commitment the chain holds for it"
)
BROKEN_SEAL = QT_TRANSLATE_NOOP(
    "Domain", "the record's seal does not match the chain's key (it was rewritten)"
)
BROKEN_HEAD_SEAL = QT_TRANSLATE_NOOP(
    "Domain", "the end of the chain was rewritten (its seal does not match the key)"
)
ANCHOR_DIGITS = 16

_BATCH = 1000  # records read at a time by the walk


@dataclass(frozen=True)
class ChainReport:
    """The outcome of walking the audit chain; `keyed` when the seals were checked with
    the chain's key too (else only its shape was)."""

    ok: bool
    checked: int
    broken_id: int | None = None
    reason: str = ""
    keyed: bool = False


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


def _values_committed(record: AuditRecord) -> bool:
    """Every value matches its commitment; an erased one (no salt) shows as anonymised."""
    changes: dict[str, Any] = record.changes if isinstance(record.changes, dict) else {}
    commitments = record.commitments or {}
    salts = record.salts or {}
    if set(changes) != set(commitments):
        return False
    for name, value in changes.items():
        salt = salts.get(name)
        if salt is None:
            if value != audit_hash.ANONYMISED:
                return False
        elif audit_hash.commitment(salt, value) != commitments[name]:
            return False
    return True


def _key(session: Session, head: AuditHead | None) -> bytes | None:
    """The chain's own key when it is at hand, else None (shape only)."""
    if head is None or not head.key_id:
        return None
    key = chain_key(session.get_bind().engine.url)  # type: ignore[union-attr]
    return key if key is not None and key_id(key) == head.key_id else None


def verify_chain(session: Session) -> ChainReport:
    """Walk the audit chain from its start and report the first broken link; with the
    chain's key at hand each record's seal and the head's are checked too."""
    head = session.get(AuditHead, 1)
    key = _key(session, head)
    head_hash, head_count, head_mac = (
        (head.last_hash, head.count, head.mac) if head else (audit_hash.GENESIS_HASH, 0, None)
    )
    prev_hash = audit_hash.GENESIS_HASH
    checked = 0
    last_id: int | None = None
    for record_id, record in _records(session):
        if record is None:
            return ChainReport(False, checked, record_id, audit_hash.UNREADABLE, key is not None)
        if record.prev_hash != prev_hash:
            return ChainReport(False, checked, record.id, audit_hash.BROKEN_LINK, key is not None)
        try:
            if not _values_committed(record):
                return ChainReport(False, checked, record.id, BROKEN_COMMITMENT, key is not None)
            expected = audit_hash.record_hash(
                prev_hash=record.prev_hash,
                at=record.at,
                user_name=record.user_name,
                action=record.action,
                table_name=record.table_name,
                row_id=record.row_id,
                commitments=record.commitments or {},
            )
        except (ValueError, TypeError, AttributeError):  # e.g. a date that is missing
            return ChainReport(False, checked, record.id, audit_hash.UNREADABLE, key is not None)
        if expected != record.hash:
            return ChainReport(
                False, checked, record.id, audit_hash.BROKEN_CONTENT, key is not None
            )
        if key is not None and record.mac != seal(key, record.hash):
            return ChainReport(False, checked, record.id, BROKEN_SEAL, True)
        prev_hash = record.hash
        checked += 1
        last_id = record.id
    if head_hash != prev_hash or head_count != checked:
        return ChainReport(False, checked, last_id, audit_hash.BROKEN_END, key is not None)
    if key is not None and head_mac != seal(key, audit_hash.head_text(head_count, head_hash)):
        return ChainReport(False, checked, last_id, BROKEN_HEAD_SEAL, True)
    return ChainReport(True, checked, keyed=key is not None)


def anchor(session: Session) -> str:
    """The chain's head as `N:HEX16` (records, first digits of the last hash)."""
    head = session.get(AuditHead, 1)
    if head is None:
        return f"0:{audit_hash.GENESIS_HASH[:ANCHOR_DIGITS]}"
    return f"{head.count}:{head.last_hash[:ANCHOR_DIGITS]}"


def parse_anchor(text: str) -> tuple[int, str]:
    """(N, HEX16) of an anchor; ValueError when it is not one."""
    count, _, digits = text.strip().partition(":")
    number = int(count)
    digits = digits.lower()
    if (
        number < 0
        or len(digits) != ANCHOR_DIGITS
        or any(c not in "0123456789abcdef" for c in digits)
    ):
        raise ValueError(text)
    return number, digits


def anchor_holds(session: Session, text: str) -> bool:
    """Whether record N of the chain (the N-th, counted from 1) still has that hash."""
    number, digits = parse_anchor(text)
    if number == 0:
        return digits == audit_hash.GENESIS_HASH[:ANCHOR_DIGITS]
    found = session.scalars(
        select(AuditRecord.hash).order_by(AuditRecord.id).offset(number - 1).limit(1)
    ).first()
    return found is not None and found[:ANCHOR_DIGITS] == digits


MSG_OLD_CHAIN_BROKEN = QT_TRANSLATE_NOOP(
    "Domain",
    "The audit chain is broken at record {id}, so it was not converted to the new format; "
    "the database was not changed. Restore a backup or ask for help.",
)


class OldChainBrokenError(UserError):
    """The chain to convert does not verify: converting it would launder the damage."""

    def __init__(self, record_id: int | None) -> None:
        super().__init__(MSG_OLD_CHAIN_BROKEN, id=record_id)


def reseal(connection: Any, old: bytes, new: bytes) -> bool:
    """Seal the chain again with `new` after the key changed (a new passphrase of an
    encrypted database), on a DB-API connection; only when every seal holds under `old`,
    so that a forgery is never laundered. Returns whether it was resealed."""
    head = connection.execute("SELECT count, last_hash, mac, key_id FROM audit_head").fetchone()
    if (
        head is None
        or head[3] != key_id(old)
        or head[2] != seal(old, audit_hash.head_text(head[0], head[1]))
    ):
        return False
    rows = connection.execute("SELECT id, hash, mac FROM audit_record ORDER BY id").fetchall()
    if any(mac != seal(old, digest) for _id, digest, mac in rows):
        return False
    connection.execute("BEGIN")
    for record_id, digest, _mac in rows:
        connection.execute(
            "UPDATE audit_record SET mac = ? WHERE id = ?", (seal(new, digest), record_id)
        )
    connection.execute(
        "UPDATE audit_head SET mac = ?, key_id = ?",
        (seal(new, audit_hash.head_text(head[0], head[1])), key_id(new)),
    )
    connection.execute("COMMIT")
    return True
