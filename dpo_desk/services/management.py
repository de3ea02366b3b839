"""The management workbook from the registers: the key figures, their charts, and one
sheet per register. No health detail is ever written: the consents sheet names neither
the consumer nor the category of care, only where and how the consent stands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import KIND_LABELS, RISK_LABELS
from dpo_desk.domain.breaches import STATUS_LABELS as BREACH_STATUS
from dpo_desk.domain.consents import STATE_LABELS
from dpo_desk.domain.figures import Figures
from dpo_desk.domain.legal import short_label
from dpo_desk.domain.processors import DIRECTION_LABELS, METHOD_LABELS
from dpo_desk.domain.processors import RISK_LABELS as PARTY_RISK
from dpo_desk.domain.register import ROLE_LABELS, SENSITIVITY_MARKERS, STATUS_LABELS
from dpo_desk.domain.requests import STATUS_LABELS as REQUEST_STATUS
from dpo_desk.domain.requests import TYPE_LABELS, RequestType
from dpo_desk.i18n import translate
from dpo_desk.reports.figures import month_label, summary_rows
from dpo_desk.reports.management import Chart, ManagementBook, write_workbook
from dpo_desk.reports.model import Column, Kind, Table
from dpo_desk.services import breaches, consents, organisation, processors, register, requests
from dpo_desk.services.figures import figures, supervision_rounds


def chart_tables(f: Figures) -> list[Table]:
    """The figures the charts draw: requests per month by type, answered in time or
    late per month, breaches per quarter."""
    types = list(RequestType)
    month = Column(translate("ManagementReport", "Month"))
    return [
        Table(
            translate("ManagementReport", "Requests per month by type"),
            [month, *(Column(translate("Requests", TYPE_LABELS[t]), Kind.NUMBER) for t in types)],
            [(month_label(m), *(f.requests_by_month[(m, t)] for t in types)) for m in range(1, 13)],
        ),
        Table(
            translate("ManagementReport", "Requests answered in time or late"),
            [
                month,
                Column(translate("ManagementReport", "In time"), Kind.NUMBER),
                Column(translate("ManagementReport", "Late"), Kind.NUMBER),
            ],
            [(month_label(m), *f.answered_by_month[m]) for m in range(1, 13)],
        ),
        Table(
            translate("ManagementReport", "Breaches per quarter"),
            [
                Column(translate("ManagementReport", "Quarter")),
                Column(translate("ManagementReport", "Breaches"), Kind.NUMBER),
            ],
            [
                (translate("ManagementReport", "Q{n}").format(n=q), f.breaches_by_quarter[q])
                for q in range(1, 5)
            ],
        ),
    ]


def _activities(db: Database) -> Table:
    return Table(
        translate("ManagementReport", "Activities"),
        [
            Column(translate("ManagementReport", "Activity")),
            Column(translate("ManagementReport", "Role")),
            Column(translate("ManagementReport", "Status")),
            Column(translate("ManagementReport", "Legal bases")),
            Column(translate("ManagementReport", "Art. 9 / 10 / CPR")),
            Column(translate("ManagementReport", "Third countries")),
            Column(translate("ManagementReport", "Owner")),
            Column(translate("ManagementReport", "Next review"), Kind.DATE),
        ],
        [
            (
                a.name,
                translate("Register", ROLE_LABELS[a.role]),
                translate("Register", STATUS_LABELS[a.status]),
                ", ".join(short_label(c) for c in a.legal_bases),
                ", ".join(
                    translate("Register", SENSITIVITY_MARKERS[k])
                    for k in SENSITIVITY_MARKERS
                    if k in a.kinds
                ),
                ", ".join(a.transfer_countries),
                a.owner,
                a.next_review,
            )
            for a in register.rows(db)
        ],
    )


def _parties(db: Database, today: dt.date) -> tuple[Table, Table]:
    parties = Table(
        translate("ManagementReport", "Processors"),
        [
            Column(translate("ManagementReport", "Name")),
            Column(translate("ManagementReport", "Side")),
            Column(translate("ManagementReport", "Country")),
            Column(translate("ManagementReport", "Risk")),
            Column(translate("ManagementReport", "Agreement signed"), Kind.DATE),
            Column(translate("ManagementReport", "Next supervision"), Kind.DATE),
            Column(translate("ManagementReport", "Open follow-ups"), Kind.NUMBER),
            Column(translate("ManagementReport", "Retired"), Kind.YES_NO),
        ],
        [
            (
                p.name,
                translate("Processors", DIRECTION_LABELS[p.direction]),
                p.country,
                translate("Processors", PARTY_RISK[p.risk]),
                p.agreement_signed,
                p.next_supervision,
                p.open_follow_ups,
                p.retired,
            )
            for p in processors.rows(db, today=today)
        ],
    )
    rounds = Table(
        translate("ManagementReport", "Supervision rounds"),
        [
            Column(translate("ManagementReport", "Processor")),
            Column(translate("ManagementReport", "Date"), Kind.DATE),
            Column(translate("ManagementReport", "Method")),
            Column(translate("ManagementReport", "Findings")),
        ],
        [
            (r.processor, r.date, translate("Processors", METHOD_LABELS[r.method]), r.findings)
            for r in supervision_rounds(db)
        ],
    )
    return parties, rounds


def _requests(db: Database) -> Table:
    return Table(
        translate("ManagementReport", "Requests"),
        [
            Column(translate("ManagementReport", "No.")),
            Column(translate("ManagementReport", "Type")),
            Column(translate("ManagementReport", "Relation")),
            Column(translate("ManagementReport", "Received"), Kind.DATE),
            Column(translate("ManagementReport", "Deadline"), Kind.DATE),
            Column(translate("ManagementReport", "Status")),
            Column(translate("ManagementReport", "Answered"), Kind.DATE),
            Column(translate("ManagementReport", "In time"), Kind.YES_NO),
        ],
        [
            (
                r.id,
                ", ".join(translate("Requests", TYPE_LABELS[t]) for t in r.types),
                r.relation,
                r.received,
                r.deadline,
                translate("Requests", REQUEST_STATUS[r.status]),
                r.answered,
                None if r.answered is None else r.answered <= r.deadline,
            )
            for r in requests.rows(db)
        ],
    )


def _consents(db: Database, today: dt.date) -> Table:
    return Table(
        translate("ManagementReport", "Consents"),
        [
            Column(translate("ManagementReport", "Utility")),
            Column(translate("ManagementReport", "Postal code")),
            Column(translate("ManagementReport", "Consent given"), Kind.DATE),
            Column(translate("ManagementReport", "State")),
            Column(translate("ManagementReport", "Moved"), Kind.YES_NO),
        ],
        [
            (
                c.utility,
                c.postal_code,
                c.consent_given,
                translate("Consents", STATE_LABELS[c.state]),
                c.moved,
            )
            for c in consents.rows(db, today=today)
        ],
    )


def _breaches(db: Database) -> Table:
    return Table(
        translate("ManagementReport", "Breaches"),
        [
            Column(translate("ManagementReport", "Breach")),
            Column(translate("ManagementReport", "Aware"), Kind.MOMENT),
            Column(translate("ManagementReport", "Kind")),
            Column(translate("ManagementReport", "Risk")),
            Column(translate("ManagementReport", "Status")),
            Column(translate("ManagementReport", "Notified"), Kind.MOMENT),
            Column(translate("ManagementReport", "Within 72 hours"), Kind.YES_NO),
            Column(translate("ManagementReport", "Data subjects"), Kind.NUMBER),
        ],
        [
            (
                b.title,
                b.aware_at,
                ", ".join(translate("Breaches", KIND_LABELS[k]) for k in b.kinds),
                translate("Breaches", RISK_LABELS[b.risk]) if b.risk else "",
                translate("Breaches", BREACH_STATUS[b.status]),
                b.notified_at,
                None if b.notified_at is None else b.notified_at <= b.deadline,
                b.subjects_count,
            )
            for b in breaches.rows(db)
        ],
    )


def build(db: Database, *, today: dt.date, year: int | None = None) -> ManagementBook:
    """The workbook's content on `today`."""
    f = figures(db, today=today, year=year)
    parties, rounds = _parties(db, today)
    details = organisation.load(db)
    count = translate("ManagementReport", "Number")
    return ManagementBook(
        title=translate("ManagementReport", "Management overview {year}").format(year=f.year),
        organisation=details.name,
        generated=dt.datetime.now(dt.UTC),
        summary=Table(
            translate("ManagementReport", "Summary"),
            [Column(translate("ManagementReport", "Key figure")), Column(count, Kind.NUMBER)],
            summary_rows(f),
        ),
        figures=chart_tables(f),
        charts=[
            Chart(translate("ManagementReport", "Requests per month by type"), 0, count, True),
            Chart(
                translate("ManagementReport", "Requests answered in time or late"), 1, count, True
            ),
            Chart(translate("ManagementReport", "Breaches per quarter"), 2, count),
        ],
        registers=[
            _activities(db),
            parties,
            rounds,
            _requests(db),
            _consents(db, today),
            _breaches(db),
        ],
    )


def write(
    db: Database, fmt: str, path: Path, options: dict[str, object]
) -> Iterator[tuple[int, int]]:
    """The export framework's writer of the workbook."""
    today = options.get("today") or dt.date.today()
    year = options.get("year")
    book = build(db, today=today, year=year)  # type: ignore[arg-type]
    yield from write_workbook(book, path)
