"""Column queries for the window's large tables: the columns a table shows, read in one
query into plain tuples (no ORM objects, no per-value type conversion in SQLAlchemy),
with what is computed from them (days left, the open state) done in bulk.

Values that repeat (dates, statuses, lists of types) are converted once per distinct
value and shared between rows, which keeps 100,000 rows quick to read and small.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
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


def rows_of(db: Database, sql: str) -> Iterator[tuple[Any, ...]]:
    """The rows of a plain SELECT, straight from the database driver's cursor."""
    with db.reading() as session:
        cursor = session.connection().connection.cursor()
        try:
            cursor.execute(sql)
            yield from cursor.fetchall()
        finally:
            cursor.close()


def _text(column: str) -> str:
    return f"COALESCE({column}, '')"


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
    answered: dt.date | None
    days_left: int | None  # to the deadline of an open request (negative: overdue)
    search_text: str  # the other text fields, for the search box

    @property
    def is_open(self) -> bool:
        """True until the request is answered, refused or withdrawn."""
        return self.status not in CLOSED


REQUEST_OTHERS = ("contact", "identity_how", "decision", "extension_reason", "notes")


def requests(db: Database, *, today: dt.date) -> list[RequestLine]:
    """Every request as the table shows it, in one query."""
    others = " || '\n' || ".join(_text(c) for c in REQUEST_OTHERS)
    sql = (
        "SELECT id, requester, CAST(types AS VARCHAR), relation, utility, received, "
        f"deadline, status, extended, answered, {others} FROM subject_request"
    )
    day, kinds = dates(), Memo(_types)
    status_of = {s.value: s for s in RequestStatus}
    closed = {s.value for s in CLOSED}
    base = today.toordinal()
    ordinal: Memo[Any, int] = Memo(lambda raw: day[raw].toordinal())  # type: ignore[union-attr]
    new = RequestLine._make
    return [
        new(
            (
                r[0],
                r[1],
                kinds[r[2]],
                r[3],
                r[4],
                day[r[5]],
                day[r[6]],
                status_of[r[7]],
                bool(r[8]),
                day[r[9]],
                None if r[7] in closed else ordinal[r[6]] - base,
                r[10],
            )
        )
        for r in rows_of(db, sql)
    ]
