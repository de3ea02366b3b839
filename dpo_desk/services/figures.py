"""Key figures across the registers, for the management workbook and the annual report.

Counted in Python over the registers' own table queries (no ORM objects kept), so the
same numbers appear in every report of the same day.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from dpo_desk.db.register_models import Processor, SupervisionRoundRow
from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import COPENHAGEN, BreachStatus, Risk
from dpo_desk.domain.consents import ConsentState
from dpo_desk.domain.figures import Figures
from dpo_desk.domain.processors import Direction, Method, RiskLevel
from dpo_desk.domain.register import Status
from dpo_desk.domain.requests import CLOSED
from dpo_desk.domain.supervision import next_supervision
from dpo_desk.services import breaches, consents, processors, register, requests

DUE_SOON = dt.timedelta(days=90)  # "supervision due": within the next three months


@dataclass(frozen=True)
class RoundLine:
    """A supervision round, as the reports list it."""

    processor_id: int
    processor: str
    date: dt.date
    method: Method
    findings: str


def supervision_rounds(db: Database) -> list[RoundLine]:
    """Every supervision round, by processor and date (one query)."""
    query = (
        select(
            SupervisionRoundRow.processor_id,
            Processor.name,
            SupervisionRoundRow.date,
            SupervisionRoundRow.method,
            SupervisionRoundRow.findings,
        )
        .join(Processor, Processor.id == SupervisionRoundRow.processor_id)
        .order_by(Processor.name, SupervisionRoundRow.date)
    )
    with db.reading() as session:
        return [
            RoundLine(pid, name, day, Method(method), findings or "")
            for pid, name, day, method, findings in session.execute(query)
        ]


def _supervision_basis(
    db: Database,
) -> dict[int, tuple[RiskLevel, dt.date | None, dt.date | None]]:
    """Processor -> (risk, agreement signed, next supervision override)."""
    query = select(
        Processor.id,
        Processor.risk,
        Processor.agreement_signed,
        Processor.next_supervision_override,
    )
    with db.reading() as session:
        return {
            pid: (RiskLevel(risk), signed, override)
            for pid, risk, signed, override in session.execute(query)
        }


def _requests(db: Database, f: Figures) -> None:
    monthly: dict[int, list[int]] = {m: [0, 0] for m in range(1, 13)}
    for r in requests.rows(db):
        if r.received.year != f.year:
            continue
        f.requests += 1
        for kind in r.types:
            f.requests_by_month[(r.received.month, kind)] += 1
        if r.answered is not None:
            late = r.answered > r.deadline
            f.answered_late += late
            f.answered_in_time += not late
            monthly[r.answered.month if r.answered.year == f.year else 12][late] += 1
        elif r.status in CLOSED:
            f.requests_withdrawn += 1
        else:
            f.requests_open += 1
            f.requests_open_late += r.deadline < f.today
    f.answered_by_month = {m: (v[0], v[1]) for m, v in monthly.items()}


def _supervision(db: Database, f: Figures) -> None:
    start, end = dt.date(f.year, 1, 1), dt.date(f.year, 12, 31)
    intervals = processors.intervals(db)
    basis = _supervision_basis(db)
    dates: dict[int, list[dt.date]] = {}
    for r in supervision_rounds(db):
        dates.setdefault(r.processor_id, []).append(r.date)
    for row in processors.rows(db, today=f.today):
        if row.retired:
            continue
        if row.direction is not Direction.WE_ARE_CONTROLLER:
            f.controllers += 1
            continue
        f.processors += 1
        if row.next_supervision is not None:
            if row.next_supervision < f.today:
                f.supervision_overdue += 1
            elif row.next_supervision <= f.today + DUE_SOON:
                f.supervision_due += 1
        before = [d for d in dates.get(row.id, ()) if d < start]
        during = [d for d in dates.get(row.id, ()) if start <= d <= end]
        f.rounds_in_year += len(during)
        risk, signed, override = basis[row.id]
        due = next_supervision(
            risk=risk,
            last_round=max(before, default=None),
            signed=signed,
            override=override,
            intervals=intervals,
            today=start,
        )
        if due <= end:
            f.supervision_due_in_year += 1
            f.supervision_done_in_year += bool(during)


def _breaches(db: Database, f: Figures) -> None:
    for row in breaches.rows(db):
        aware = row.aware_at.astimezone(COPENHAGEN)
        if aware.year != f.year:
            continue
        f.breaches += 1
        f.breaches_by_risk[row.risk] += 1
        f.breaches_by_quarter[(aware.month - 1) // 3 + 1] += 1
        if row.notified_at is not None:
            in_time = row.notified_at <= row.deadline
            f.breaches_notified_in_time += in_time
            f.breaches_notified_late += not in_time
        elif row.status is BreachStatus.NOT_NOTIFIED or (
            row.status is BreachStatus.CLOSED and row.risk is Risk.NONE
        ):
            f.breaches_not_notified += 1
        if row.status is not BreachStatus.CLOSED:
            f.breaches_open += 1


def figures(db: Database, *, today: dt.date, year: int | None = None) -> Figures:
    """The key figures of `year` (default: the year of `today`)."""
    f = Figures(year=year or today.year, today=today)
    for a in register.rows(db):
        if a.status is Status.RETIRED:
            continue
        f.activities += 1
        if a.role.value == "controller":
            f.activities_controller += 1
        else:
            f.activities_processor += 1
    _supervision(db, f)
    _requests(db, f)
    states = Counter(r.state for r in consents.rows(db, today=today))
    f.consents_active = states[ConsentState.ACTIVE]
    f.consents_reconfirm = states[ConsentState.RECONFIRM]
    f.consents_withdrawn = states[ConsentState.WITHDRAWN]
    _breaches(db, f)
    return f
