"""Column queries for the window's large tables: the columns a table shows, read in one
query into plain tuples (no ORM objects, no per-value type conversion in SQLAlchemy),
with what is computed from them (days left, the open state) done in bulk.

Values that repeat (dates, statuses, lists of types) are converted once per distinct
value and shared between rows, which keeps 100,000 rows quick to read and small.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import sys
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple, TypeVar

from dpo_desk.db.session import Database
from dpo_desk.domain.requests import CLOSED, RequestStatus, RequestType

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """A dict that converts a missing key once (`convert(key)`) and keeps the result."""

    def __init__(self, convert: Callable[[K], V]) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, key: K) -> V:
        value = self[key] = self._convert(key)
        return value


def _date(raw: Any) -> dt.date | None:
    if raw is None or isinstance(raw, dt.date):
        return raw  # type: ignore[no-any-return]
    return dt.date.fromisoformat(str(raw)[:10])


def dates() -> Memo[Any, dt.date | None]:
    """ISO text (SQLite) or a date (PostgreSQL) -> the date, converted once per value."""
    return Memo(_date)


def _types(raw: Any) -> tuple[RequestType, ...]:
    values = json.loads(raw) if isinstance(raw, str) else raw
    return tuple(RequestType(t) for t in values or ())


@contextmanager
def bulk() -> Iterator[None]:
    """While many rows are built: no cyclic garbage collection, which would walk the
    growing list of new rows again and again (a third of the time on 100,000 rows);
    the rows hold no cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


CHUNK = 5000  # rows converted at a time: the driver's raw rows never all at once


def rows_of(db: Database, sql: str) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of a plain SELECT, straight from the database driver's cursor, in
    chunks (what a caller keeps of them replaces the raw rows chunk by chunk)."""
    with db.reading() as session:
        cursor = session.connection().connection.cursor()
        try:
            cursor.execute(sql)
            while chunk := cursor.fetchmany(CHUNK):
                yield chunk
        finally:
            cursor.close()


def lines_of(columns: tuple[str, ...]) -> str:
    """SQL for the text of `columns`, one per line (an empty one for NULL)."""
    return " || '\n' || ".join(f"COALESCE({column}, '')" for column in columns)


class RequestLine(NamedTuple):
    """One line of the requests table."""

    id: int
    requester: str
    types: tuple[RequestType, ...]
    relation: str
    utility: str
    received: dt.date
    deadline: dt.date
    status: RequestStatus
    extended: bool
    days_left: int | None  # to the deadline of an open request (negative: overdue)

    @property
    def is_open(self) -> bool:
        """True until the request is answered, refused or withdrawn (an open request has
        days left, a closed one none)."""
        return self.days_left is not None


REQUEST_OTHERS = ("contact", "identity_how", "decision", "extension_reason", "notes")
_REQUEST_COLUMNS = (
    "id, requester, CAST(types AS VARCHAR), relation, utility, received, deadline, status, "
    "extended, " + lines_of(REQUEST_OTHERS)
)
_OPEN = "status NOT IN (" + ", ".join(f"'{s.value}'" for s in CLOSED) + ")"

Lines = tuple[list[RequestLine], list[str]]


def _request_lines(today: dt.date) -> Callable[[list[tuple[Any, ...]]], Lines]:
    """Raw rows -> (lines, the text of their other fields); the dates, types and
    statuses converted once per distinct value, shared between every chunk read."""
    day, kinds = dates(), Memo(_types)
    status_of = {s.value: s for s in RequestStatus}
    closed = {s.value for s in CLOSED}
    base = today.toordinal()
    # days left per deadline: one int shared by the rows with that deadline
    left: Memo[Any, int] = Memo(lambda raw: day[raw].toordinal() - base)  # type: ignore[union-attr]
    new, intern = RequestLine._make, sys.intern

    def lines(chunk: list[tuple[Any, ...]]) -> Lines:
        with bulk():
            return [
                new(
                    (
                        r[0],
                        intern(r[1]),
                        kinds[r[2]],
                        intern(r[3]),
                        intern(r[4]),
                        day[r[5]],
                        day[r[6]],
                        status_of[r[7]],
                        bool(r[8]),
                        None if r[7] in closed else left[r[6]],
                    )
                )
                for r in chunk
            ], [r[9] for r in chunk]

    return lines


def request_chunks(db: Database, *, today: dt.date, size: int = CHUNK) -> Iterator[Lines]:
    """Every request as the table shows it, by id, `size` at a time, each chunk with the
    text of its lines' other fields for the search (kept apart: folded into the search
    text, it is not kept twice). Each chunk is one short query after the last id read,
    so no read stays open between chunks (a caller may read them in slices)."""
    convert, last = _request_lines(today), 0
    while True:
        sql = (
            f"SELECT {_REQUEST_COLUMNS} FROM subject_request WHERE id > {int(last)} "
            f"ORDER BY id LIMIT {int(size)}"
        )
        chunk = [r for part in rows_of(db, sql) for r in part]
        if not chunk:
            return
        last = chunk[-1][0]
        yield convert(chunk)
        if len(chunk) < size:
            return


def requests(db: Database, *, today: dt.date) -> Lines:
    """Every request as the table shows it, by id, and beside each line the text of its
    other fields (`request_chunks`, read whole)."""
    lines: list[RequestLine] = []
    others: list[str] = []
    for more, texts in request_chunks(db, today=today):
        lines += more
        others += texts
    return lines, others


def first_open_requests(db: Database, *, today: dt.date, limit: int) -> Lines:
    """The first `limit` open requests in the table's first order: by days left (the
    deadline), then by id; read at once while the rest is read in chunks."""
    sql = (
        f"SELECT {_REQUEST_COLUMNS} FROM subject_request WHERE {_OPEN} "
        f"ORDER BY deadline, id LIMIT {int(limit)}"
    )
    return _request_lines(today)([r for part in rows_of(db, sql) for r in part])


class ChangeStore:
    """The changes of the audit records the log shows, read when shown: the records of
    a block of ids in one query, the last few blocks kept (the log keeps no record's
    changes in memory; the search, which reads them all, reads block after block)."""

    BLOCK = 512  # records read in one query
    KEEP = 8  # blocks kept

    def __init__(self, db: Database) -> None:
        self._db = db
        self._blocks: OrderedDict[int, dict[int, Any]] = OrderedDict()

    def raw(self, record_id: int) -> Any:
        """The changes of record `record_id` as stored (JSON text)."""
        block = record_id // self.BLOCK
        found = self._blocks.get(block)
        if found is None:
            first = block * self.BLOCK
            sql = (
                "SELECT id, CAST(changes AS VARCHAR) FROM audit_record "
                f"WHERE id >= {int(first)} AND id < {int(first + self.BLOCK)}"
            )
            found = {i: raw for chunk in rows_of(self._db, sql) for i, raw in chunk}
            self._blocks[block] = found
            if len(self._blocks) > self.KEEP:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return found.get(record_id)


class LogLine(NamedTuple):
    """One audit record as the log's table shows it: its changes read when shown
    (`changes`, through the log's ChangeStore), not the chain's salts and hashes."""

    id: int
    at: dt.datetime
    user_name: str
    action: str
    table_name: str
    row_id: str
    store: ChangeStore  # where the changes are read from
    names: dict[str, dict[str, str]]  # per field that refers to a row: id -> name

    @property
    def changes(self) -> dict[str, Any]:
        """The changes, field -> [old, new] (or the value an event recorded)."""
        raw = self.store.raw(self.id)
        value = json.loads(raw) if isinstance(raw, str) else raw
        return value if isinstance(value, dict) else {}


def log(
    db: Database,
    *,
    table: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 50_000,
) -> list[LogLine]:
    """The audit records the log shows, newest first, filtered as `audit_log.entries`
    filters them, in one column query."""
    from sqlalchemy import String, case, select, type_coerce

    from dpo_desk.db.models import AuditRecord
    from dpo_desk.db.schema import metadata
    from dpo_desk.services import audit_log

    r = AuditRecord
    # The changes are read only of records whose fields may refer to another row.
    linked = sorted(name for name in metadata.tables if audit_log._references(name))
    query = (
        select(
            r.id,
            r.at,
            r.user_name,
            r.action,
            r.table_name,
            r.row_id,
            case((r.table_name.in_(linked), type_coerce(r.changes, String)), else_=None),
        )
        .order_by(r.id.desc())
        .limit(limit)
    )
    query = audit_log.narrowed(query, table=table, since=since, until=until)
    intern = sys.intern
    # The names of the rows that changes refer to: of each record only the fields that
    # refer to a row are kept, one record's changes parsed at a time (the changes
    # themselves are not kept: the log reads them when shown).
    fields = Memo(lambda name: tuple(audit_log._references(name)))
    # Per table, per field that refers to a row: the ids the records hold (merged: one
    # record per table stands for them all, not a dict per record).
    ids: dict[str, dict[str, set[Any]]] = {}
    # Per table, the names its lines show: one dict, filled once every record is read
    # (the lines are made as they are read, with no list of the raw rows beside them).
    shown: Memo[str, dict[str, dict[str, str]]] = Memo(lambda _table: {})
    store = ChangeStore(db)
    lines: list[LogLine] = []
    line = LogLine._make
    with bulk(), db.reading() as session:
        for chunk in session.execute(query.execution_options(yield_per=CHUNK)).partitions():
            for i, at, user, action, table_name, row_id, raw in chunk:
                table_name = intern(table_name)
                user, action, row_id = intern(user), intern(action), intern(row_id)
                lines.append(
                    line((i, at, user, action, table_name, row_id, store, shown[table_name]))
                )
                if fields[table_name]:
                    held = ids.setdefault(table_name, {})
                    for name, change in _picked(raw, fields[table_name]).items():
                        values = change if isinstance(change, list) else [change]
                        held.setdefault(name, set()).update(v for v in values if isinstance(v, int))
        parsed = [
            _Parsed(t, {name: list(held) for name, held in per.items()}) for t, per in ids.items()
        ]
        names = audit_log._linked_names(session, parsed)  # type: ignore[arg-type]
    for table_name, held in shown.items():
        held.update(names.get(table_name, {}))
    return lines


def _picked(raw: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    changes = json.loads(raw) if isinstance(raw, str) else raw
    if not isinstance(changes, dict):
        return {}
    return {name: changes[name] for name in fields if name in changes}


class _Parsed(NamedTuple):
    table_name: str
    changes: Any
