"""The evidence of the program's own storage limitation: what was anonymised and erased
when, by which rules, and when the last backup holding the old values goes. It names no
one: only dates and counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dpo_desk.db import backup
from dpo_desk.db.session import Database
from dpo_desk.domain import housekeeping as rules
from dpo_desk.domain.text import format_date
from dpo_desk.i18n import translate
from dpo_desk.paths import private_file
from dpo_desk.reports.model import Column, Fields, Heading, Kind, Paragraph, Report, Table
from dpo_desk.services import audit_log, consent_forms, housekeeping, organisation


def _backups_line(db: Database, last: housekeeping.ErasureRun, keep: int) -> str:
    """When the last backup made before the latest run (holding the old values) goes."""
    made_before = last.at.astimezone().replace(tzinfo=None)
    held = (
        sum(1 for b in backup.generations(db.path) if b.made < made_before)
        if db.path is not None
        else 0
    )
    gone = rules.backups_gone(last.on, keep)
    return translate(
        "Housekeeping",
        "Backups made before the latest erasure still hold the old values ({held} are kept "
        "now). Backups rotate: {keep} generations are kept, so with one backup a day the last "
        "of them is removed by {date}.",
    ).format(held=held, keep=keep, date=format_date(gone))


def build(db: Database, *, today: dt.date) -> Report:
    """The evidence report as of `today`."""
    request_years, breach_years = housekeeping.periods(db)
    keep = organisation.backup_generations(db)
    runs = housekeeping.runs(db)
    years = translate("Housekeeping", "{n} years after closing")
    blocks: list = [
        Heading(translate("Housekeeping", "Rules")),
        Fields(
            [
                (
                    translate("Housekeeping", "Closed subject requests"),
                    years.format(n=request_years),
                ),
                (translate("Housekeeping", "Closed breaches"), years.format(n=breach_years)),
                (
                    translate("Housekeeping", "Signed forms of withdrawn consents"),
                    translate(
                        "Housekeeping", "{n} years after the financial year of withdrawal"
                    ).format(n=consent_forms.form_years(db)),
                ),
                (translate("Housekeeping", "Backups kept"), keep),
            ]
        ),
        Heading(translate("Housekeeping", "Erasures")),
        Table(
            translate("Housekeeping", "Erasures"),
            [
                Column(translate("Housekeeping", "When"), Kind.MOMENT, width=1.4),
                *(
                    Column(translate("Housekeeping", label), Kind.NUMBER)
                    for _name, label in housekeeping.COUNT_LABELS
                ),
            ],
            [(run.at, *(n for _label, n in housekeeping.count_lines(run.counts))) for run in runs],
        ),
    ]
    if runs:
        blocks.append(Paragraph(_backups_line(db, runs[-1], keep)))
    else:
        blocks.append(Paragraph(translate("Housekeeping", "Nothing has been erased yet.")))
    due = housekeeping.due(db, today)
    blocks.append(
        Paragraph(
            translate("Housekeeping", "Due for erasure on {date}: {n}.").format(
                date=format_date(today), n=due.total
            )
        )
    )
    return Report(
        title=translate("Housekeeping", "Storage limitation: erasures"),
        organisation=organisation.load(db).name,
        blocks=blocks,
        anchor=audit_log.anchor(db),
    )


def write(db: Database, out: Path, *, today: dt.date) -> Path:
    """Write the evidence report as a PDF at `out` (owner-only)."""
    from dpo_desk.reports.pdf import write_pdf

    report = build(db, today=today)
    with private_file(out) as partial:
        for _progress in write_pdf(report, partial):
            pass
    return out
