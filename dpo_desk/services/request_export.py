"""The request log as an export reads it: the columns it prints, streamed from the
database in one query (no ORM objects), so that a log of 100,000 requests is written
with a few rows in memory at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from sqlalchemy import select

from dpo_desk.db.request_models import RequestForwarding, SubjectRequest
from dpo_desk.db.session import Database
from dpo_desk.domain.requests import Forwarding, RefusalGround, RequestStatus, RequestType
from dpo_desk.reports import requests as report
from dpo_desk.reports.model import Report
from dpo_desk.reports.requests import RequestLine

_BATCH = 2000  # rows fetched from the database at a time
_STATUSES = {s.value: s for s in RequestStatus}
_TYPES = {t.value: t for t in RequestType}


def lines(db: Database, ids: Sequence[int] | None = None) -> Iterator[RequestLine]:
    """The requests (those of `ids`, or all), by date received, as the log prints them.

    One query joins each request to the controllers it was passed on to; its rows are
    fetched in batches and the generator holds only the request it is reading. Closing
    it ends the query."""
    r = SubjectRequest.__table__
    f = RequestForwarding.__table__
    query = (
        select(
            r.c.id,
            r.c.requester,
            r.c.types,
            r.c.relation,
            r.c.received,
            r.c.extended,
            r.c.status,
            r.c.answered,
            f.c.controller,
            f.c.forwarded,
            f.c.answered,
            r.c.refusal_ground,
            r.c.extension_reason,
            r.c.extension_told,
        )
        .outerjoin(f, f.c.request_id == r.c.id)
        .order_by(r.c.received, r.c.id, f.c.id)
        .execution_options(yield_per=_BATCH)
    )
    if ids is not None:
        query = query.where(r.c.id.in_(list(ids)))
    types: dict[tuple[str, ...], tuple[RequestType, ...]] = {}
    with db.reading() as session:
        current: list[object] | None = None
        forwardings: list[Forwarding] = []
        for row in session.execute(query):
            if current is None or row[0] != current[0]:
                if current is not None:
                    yield _line(current, forwardings)
                raw = tuple(row[2] or ())
                kinds = types.get(raw)
                if kinds is None:
                    kinds = types[raw] = tuple(_TYPES[t] for t in raw)
                current = [row[0], row[1], kinds, *row[3:8], *row[11:14]]
                forwardings = []
            if row[8] is not None:
                forwardings.append(Forwarding(row[8], row[9], row[10]))
        if current is not None:
            yield _line(current, forwardings)


def _line(values: list[object], forwardings: list[Forwarding]) -> RequestLine:
    _, requester, kinds, relation, received, extended, status, answered, *more = values
    ground, extension_reason, extension_told = more
    return RequestLine(
        requester,  # type: ignore[arg-type]
        kinds,  # type: ignore[arg-type]
        relation,  # type: ignore[arg-type]
        received,  # type: ignore[arg-type]
        bool(extended),
        _STATUSES[status],  # type: ignore[index]
        answered,  # type: ignore[arg-type]
        tuple(forwardings),
        RefusalGround(ground) if ground else None,
        extension_reason or "",  # type: ignore[arg-type]
        extension_told,  # type: ignore[arg-type]
    )


def build(db: Database, ids: Sequence[int] | None = None, *, today: dt.date) -> Report:
    """The request log of `ids` (or of all requests), its tables streamed from the
    database as they are written."""
    from dpo_desk.services import organisation

    return report.build_from_lines(
        organisation.load(db), lambda: lines(db, ids), today=today, filtered=ids is not None
    )
