"""The annual DPO report: what it says about a year, read from every register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from dpo_desk.db.session import Database
from dpo_desk.domain.annual import ActivityLine, AnnualData, BreachLine, OpenRisk, PartyLine
from dpo_desk.domain.breaches import COPENHAGEN, BreachStatus, needs_art34_decision
from dpo_desk.domain.figures import Figures
from dpo_desk.domain.processors import Direction
from dpo_desk.domain.register import ActivityView, DpiaNeed, Status
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.services import breaches, notice, organisation, processors, register, remarks
from dpo_desk.services.figures import figures, supervision_rounds

# Open risks, as the report names them ({name}: the register entry; {n}: a number).
RISK_SUPERVISION = QT_TRANSLATE_NOOP("AnnualReport", "Supervision of {name} is overdue.")
RISK_FOLLOW_UP = QT_TRANSLATE_NOOP(
    "AnnualReport", "{name}: {n} follow-up actions of supervision are open."
)
RISK_REVIEW = QT_TRANSLATE_NOOP("AnnualReport", "The review of the activity {name} is overdue.")
RISK_DPIA = QT_TRANSLATE_NOOP("AnnualReport", "The activity {name} is not yet assessed for a DPIA.")
RISK_REQUESTS = QT_TRANSLATE_NOOP(
    "AnnualReport", "{n} requests of data subjects are open past their deadline."
)
RISK_BREACH_OPEN = QT_TRANSLATE_NOOP("AnnualReport", "The breach {name} is not closed.")
RISK_ART34 = QT_TRANSLATE_NOOP(
    "AnnualReport", "The breach {name} is high risk, and informing the people is not decided."
)
RISK_RECONFIRM = QT_TRANSLATE_NOOP(
    "AnnualReport", "{n} health-data consents are to be confirmed again."
)
RISK_GAP = QT_TRANSLATE_NOOP("AnnualReport", "Privacy notice: {name}: {what}")
# The same risks when the number is one (Danish, like English, says it in the singular).
RISK_FOLLOW_UP_ONE = QT_TRANSLATE_NOOP(
    "AnnualReport", "{name}: 1 follow-up action of supervision is open."
)
RISK_REQUESTS_ONE = QT_TRANSLATE_NOOP(
    "AnnualReport", "1 request of a data subject is open past its deadline."
)
RISK_RECONFIRM_ONE = QT_TRANSLATE_NOOP(
    "AnnualReport", "1 health-data consent is to be confirmed again."
)


def _counted(many: str, one: str, n: int) -> str:
    """The template for `n` things: `one` when n is 1."""
    return one if n == 1 else many


def _risks(db: Database, f: Figures, today: dt.date, views: list[ActivityView]) -> list[OpenRisk]:
    risks: list[OpenRisk] = []
    for row in processors.rows(db, today=today):
        if row.retired or row.direction is not Direction.WE_ARE_CONTROLLER:
            continue
        if row.next_supervision is not None and row.next_supervision < today:
            risks.append(OpenRisk(RISK_SUPERVISION, {"name": row.name}))
        if row.open_follow_ups:
            risks.append(
                OpenRisk(
                    _counted(RISK_FOLLOW_UP, RISK_FOLLOW_UP_ONE, row.open_follow_ups),
                    {"name": row.name, "n": row.open_follow_ups},
                )
            )
    for v in views:
        if v.status is Status.RETIRED:
            continue
        if v.next_review is not None and v.next_review < today:
            risks.append(OpenRisk(RISK_REVIEW, {"name": v.name}))
        if v.dpia is DpiaNeed.ASSESS:
            risks.append(OpenRisk(RISK_DPIA, {"name": v.name}))
    if f.requests_open_late:
        risks.append(
            OpenRisk(
                _counted(RISK_REQUESTS, RISK_REQUESTS_ONE, f.requests_open_late),
                {"n": f.requests_open_late},
            )
        )
    for view in breaches.views(db):
        d = view.draft
        if needs_art34_decision(d):
            risks.append(OpenRisk(RISK_ART34, {"name": d.title}))
        elif d.status is not BreachStatus.CLOSED:
            risks.append(OpenRisk(RISK_BREACH_OPEN, {"name": d.title}))
    if f.consents_reconfirm:
        risks.append(
            OpenRisk(
                _counted(RISK_RECONFIRM, RISK_RECONFIRM_ONE, f.consents_reconfirm),
                {"n": f.consents_reconfirm},
            )
        )
    for where, what in notice.load(db, today=today, views=views).gaps:
        risks.append(OpenRisk(RISK_GAP, {"name": where, "what": what}))
    return risks


def load(db: Database, *, today: dt.date, year: int | None = None) -> AnnualData:
    """The annual report of `year` (default: the year of `today`), as things stand on
    `today`."""
    f = figures(db, today=today, year=year)
    details = organisation.load(db)
    views = register.views(db)
    activities = [
        ActivityLine(v.name, v.role.value, v.status, v.next_review, v.dpia) for v in views
    ]
    last_round: dict[int, dt.date] = {}
    for r in supervision_rounds(db):  # by date: the last one stays
        last_round[r.processor_id] = r.date
    parties = [
        PartyLine(row.name, last_round.get(row.id), row.next_supervision, row.open_follow_ups)
        for row in processors.rows(db, today=today)
        if not row.retired and row.direction is Direction.WE_ARE_CONTROLLER
    ]
    year_breaches = [
        BreachLine(
            b.title,
            b.aware_at,
            b.risk.value if b.risk else None,
            b.status.value,
            None if b.notified_at is None else b.notified_at <= b.deadline,
        )
        for b in breaches.rows(db)
        if b.aware_at.astimezone(COPENHAGEN).year == f.year
    ]
    return AnnualData(
        year=f.year,
        today=today,
        organisation=details.name,
        dpo=details.dpo_name,
        figures=f,
        activities=activities,
        parties=parties,
        breaches=sorted(year_breaches, key=lambda b: b.aware_at),
        risks=_risks(db, f, today, views),
        remarks=remarks.load(db, f.year),
    )


def write(
    db: Database, fmt: str, path: Path, options: dict[str, object]
) -> Iterator[tuple[int, int]]:
    """The export framework's writer of the annual report."""
    from dpo_desk.reports.annual import write_annual

    today = options.get("today") or dt.date.today()
    data = load(db, today=today, year=options.get("year"))  # type: ignore[arg-type]
    yield from write_annual(data, path)
