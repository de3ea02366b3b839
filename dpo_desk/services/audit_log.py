"""Reading the audit trail for the log view (and anything that exports it), and checking
it. Tables, fields and actions are named by their titles (`domain/titles.py`), linked
rows by their names: the log speaks the reader's words, never the schema's."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, Table, select
from sqlalchemy.orm import Session

from dpo_desk.db import audit_verify
from dpo_desk.db.audit import ANONYMISED, ERASED, ChainReport, verify_chain
from dpo_desk.db.models import AuditRecord
from dpo_desk.db.schema import metadata
from dpo_desk.db.session import Database
from dpo_desk.domain import titles
from dpo_desk.domain.audit import ShownEntry
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date, format_moment
from dpo_desk.domain.value_titles import value_title

Translate = Callable[[str, str], str]
CONTEXT = "LogView"
ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("LogView", "created"),
    "update": QT_TRANSLATE_NOOP("LogView", "changed"),
    "delete": QT_TRANSLATE_NOOP("LogView", "deleted"),
    "opened": QT_TRANSLATE_NOOP("LogView", "opened"),
    "warning_list": QT_TRANSLATE_NOOP("LogView", "warning list made"),
    "erased_due": QT_TRANSLATE_NOOP("LogView", "erased by the storage rules"),
}
YES, NO = QT_TRANSLATE_NOOP("LogView", "yes"), QT_TRANSLATE_NOOP("LogView", "no")
SHOWN_ERASED = QT_TRANSLATE_NOOP("LogView", "[erased]")
SHOWN_ANONYMISED = QT_TRANSLATE_NOOP("LogView", "[anonymised]")
_NAME_COLUMNS = ("name", "label")  # how a linked row is named, in order of preference


@dataclass(frozen=True)
class AuditEntry:
    """One audit record as the log view shows it; `names` gives, per field that refers
    to another row, that row's name by its id (rows that still exist)."""

    id: int
    at: dt.datetime
    user_name: str
    action: str
    table_name: str
    row_id: str
    changes: dict[str, Any]
    names: dict[str, dict[str, str]] = field(default_factory=dict)


def tables(db: Database) -> list[str]:
    """The tables that have audit records."""
    with db.reading() as session:
        return sorted(session.scalars(select(AuditRecord.table_name).distinct()))


def narrowed(
    query: Select[Any], *, table: str | None, since: dt.date | None, until: dt.date | None
) -> Select[Any]:
    """`query` of audit records kept to `table` and to the local dates from `since` to
    `until` (inclusive), each when given."""
    if table:
        query = query.where(AuditRecord.table_name == table)
    if since:
        query = query.where(AuditRecord.at >= _local_midnight(since))
    if until:
        query = query.where(AuditRecord.at < _local_midnight(until + dt.timedelta(days=1)))
    return query


def entries(
    db: Database,
    *,
    table: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 50_000,
) -> list[AuditEntry]:
    """Audit records, newest first, filtered by table and by local date (inclusive)."""
    query = narrowed(
        select(AuditRecord).order_by(AuditRecord.id.desc()).limit(limit),
        table=table,
        since=since,
        until=until,
    )
    with db.reading() as session:
        records = list(session.scalars(query))
        names = _linked_names(session, records)
        return [
            AuditEntry(
                r.id,
                r.at,
                r.user_name,
                r.action,
                r.table_name,
                r.row_id,
                r.changes,
                names.get(r.table_name, {}),
            )
            for r in records
        ]


def _references(table_name: str) -> dict[str, Table]:
    """Field -> the table it refers to, for the foreign keys of `table_name`."""
    table = metadata.tables.get(table_name)
    if table is None:
        return {}
    return {
        c.name: next(iter(c.foreign_keys)).column.table for c in table.columns if c.foreign_keys
    }


def _linked_names(
    session: Session, records: Iterable[AuditRecord]
) -> dict[str, dict[str, dict[str, str]]]:
    """table -> field -> id -> name of the row it refers to, one query per target table."""
    wanted: dict[Table, set[int]] = {}
    fields: dict[str, dict[str, Table]] = {}
    for record in records:
        refs = fields.setdefault(record.table_name, _references(record.table_name))
        for name, target in refs.items():
            change = record.changes.get(name) if isinstance(record.changes, dict) else None
            values = change if isinstance(change, list) else [change]
            wanted.setdefault(target, set()).update(v for v in values if isinstance(v, int))
    found: dict[Table, dict[str, str]] = {}
    for target, ids in wanted.items():
        column = next((target.c[n] for n in _NAME_COLUMNS if n in target.c), None)
        if column is None or not ids:
            continue
        found[target] = {
            str(i): str(n)
            for i, n in session.execute(select(target.c.id, column).where(target.c.id.in_(ids)))
        }
    return {
        table: {name: found.get(target, {}) for name, target in refs.items()}
        for table, refs in fields.items()
    }


def table_title(name: str, translate: Translate) -> str:
    """The title of table `name` in the reader's language."""
    title = titles.table_title(name)
    return translate("Tables", title) if title else _humane(name)


def field_title(table: str, name: str, translate: Translate) -> str:
    """The title of field `name` of `table` in the reader's language."""
    title = titles.field_title(table, name)
    return translate("Fields", title) if title else _humane(name)


def action_title(action: str, translate: Translate) -> str:
    """What happened, in the reader's words."""
    label = ACTIONS.get(action)
    return translate(CONTEXT, label) if label else _humane(action)


def _date_shown(value: str) -> str:
    """An ISO date or moment as the reader writes it (dd-mm-åååå, with tt:mm for a
    moment, in local time); other text unchanged."""
    if len(value) >= 10 and value[4] == value[7] == "-" and value[:4].isdigit():
        try:
            if len(value) == 10:
                return format_date(dt.date.fromisoformat(value))
            if value[10] in "T " and len(value) >= 16:
                return format_moment(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    if len(value) > 10 and value[4] == value[7] == "-" and value[10] == "T":
        try:
            return format_moment(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    return value


def _humane(name: str) -> str:
    """A schema name that has no title yet, made readable (never expected: a test
    requires a title for every table and column)."""
    return name.replace("_", " ").capitalize()


def change_lines(entry: AuditEntry, translate: Translate) -> list[str]:
    """One line per field, with titles: 'Field: old → new' for a change ('–' for an empty
    side, erased values shown as erased), 'Field = value' for what was created, deleted
    or recorded by an event."""

    def shown(name: str, value: Any) -> str:
        if value is None:
            return "∅"
        if value == ERASED:
            return translate(CONTEXT, SHOWN_ERASED)
        if value == ANONYMISED:
            return translate(CONTEXT, SHOWN_ANONYMISED)
        if isinstance(value, bool):
            return translate(CONTEXT, YES if value else NO)
        linked = entry.names.get(name, {})
        if isinstance(value, int) and str(value) in linked:
            return linked[str(value)]
        if name == "field" and isinstance(value, str):  # an event names a field
            return field_title(entry.table_name, value, translate)
        titled = value_title(entry.table_name, name, value, translate)
        if titled is not None:  # a stored code ("not_notified"): its words
            return titled
        if isinstance(value, str):
            return _date_shown(value)
        if isinstance(value, list):  # the names of linked rows
            return ", ".join(shown(name, v) for v in value)
        return json.dumps(value, ensure_ascii=False)

    def side(name: str, value: Any) -> str:
        return "–" if value in (None, "", []) else shown(name, value)

    lines = []
    changes = entry.changes if isinstance(entry.changes, dict) else {}
    for name, change in changes.items():
        title = field_title(entry.table_name, name, translate)
        if isinstance(change, list) and len(change) == 2:
            old, new = change
            if entry.action == "update":
                lines.append(f"{title}: {side(name, old)} → {side(name, new)}")
            elif old is None:
                lines.append(f"{title} = {shown(name, new)}")
            elif new is None:
                lines.append(f"{title} = {shown(name, old)}")
            else:
                lines.append(f"{title}: {shown(name, old)} → {shown(name, new)}")
        else:
            lines.append(f"{title} = {shown(name, change)}")
    return lines


def describe_changes(entry: AuditEntry, translate: Translate) -> str:
    """The entry's change lines on one line ('…; …'), for a table cell or an export."""
    return "; ".join(change_lines(entry, translate))


def shown(entry: AuditEntry, translate: Translate) -> ShownEntry:
    """`entry` in the reader's words."""
    return ShownEntry(
        entry.at,
        entry.user_name,
        action_title(entry.action, translate),
        table_title(entry.table_name, translate),
        entry.row_id,
        describe_changes(entry, translate),
    )


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


def verify(db: Database) -> ChainReport:
    """Walk the audit chain."""
    with db.reading() as session:
        return verify_chain(session)


def anchor(db: Database) -> str:
    """The chain's head as `N:HEX16`, for reports, backups and Help → About."""
    with db.reading() as session:
        return audit_verify.anchor(session)


def anchor_holds(db: Database, text: str) -> bool:
    """Whether record N still has the hash an anchor `N:HEX16` names."""
    with db.reading() as session:
        return audit_verify.anchor_holds(session, text)
