"""Reading the audit trail for the log view, and checking it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from dpo_desk.db.audit import ChainReport, verify_chain
from dpo_desk.db.models import AuditRecord
from dpo_desk.db.session import Database


@dataclass(frozen=True)
class AuditEntry:
    """One audit record as the log view shows it."""

    id: int
    at: dt.datetime
    user_name: str
    action: str
    table_name: str
    row_id: str
    changes: dict[str, Any]


def tables(db: Database) -> list[str]:
    """The tables that have audit records."""
    with db.reading() as session:
        return sorted(session.scalars(select(AuditRecord.table_name).distinct()))


def entries(
    db: Database,
    *,
    table: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 50_000,
) -> list[AuditEntry]:
    """Audit records, newest first, filtered by table and by local date (inclusive)."""
    query = select(AuditRecord).order_by(AuditRecord.id.desc()).limit(limit)
    if table:
        query = query.where(AuditRecord.table_name == table)
    if since:
        query = query.where(AuditRecord.at >= _local_midnight(since))
    if until:
        query = query.where(AuditRecord.at < _local_midnight(until + dt.timedelta(days=1)))
    with db.reading() as session:
        return [
            AuditEntry(r.id, r.at, r.user_name, r.action, r.table_name, r.row_id, r.changes)
            for r in session.scalars(query)
        ]


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


def verify(db: Database) -> ChainReport:
    """Walk the audit chain."""
    with db.reading() as session:
        return verify_chain(session)
