"""The evidence of the program's own storage limitation: what was anonymised and erased
when, by which rules, and when the last backup holding the old values goes. It names no
one: only dates and counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dpo_desk.domain import housekeeping as rules
from dpo_desk.domain.housekeeping import EvidenceView
from dpo_desk.domain.text import format_date
from dpo_desk.i18n import translate
from dpo_desk.paths import private_file
from dpo_desk.reports.model import Column, Fields, Heading, Kind, Paragraph, Report, Table


def _backups_line(view: EvidenceView) -> str:
    """When the last backup made before the latest run (holding the old values) goes."""
    gone = rules.backups_gone(view.runs[-1].on, view.backups_kept)
    return translate(
        "Housekeeping",
        "Backups made before the latest erasure still hold the old values ({held} are kept "
        "now). Backups rotate: {keep} generations are kept, so with one backup a day the last "
        "of them is removed by {date}.",
    ).format(held=view.held, keep=view.backups_kept, date=format_date(gone))


def build(view: EvidenceView, *, today: dt.date) -> Report:
    """The evidence report as of `today`."""
    years = translate("Housekeeping", "{n} years after closing")
    blocks: list = [
        Heading(translate("Housekeeping", "Rules")),
        Fields(
            [
                (
                    translate("Housekeeping", "Closed subject requests"),
                    years.format(n=view.request_years),
                ),
                (
                    translate("Housekeeping", "Closed breaches"),
                    years.format(n=view.breach_years),
                ),
                (
                    translate("Housekeeping", "Signed forms of withdrawn consents"),
                    translate(
                        "Housekeeping", "{n} years after the financial year of withdrawal"
                    ).format(n=view.form_years),
                ),
                (translate("Housekeeping", "Backups kept"), view.backups_kept),
            ]
        ),
        Heading(translate("Housekeeping", "Erasures")),
        Table(
            translate("Housekeeping", "Erasures"),
            [
                Column(translate("Housekeeping", "When"), Kind.MOMENT, width=1.4),
                *(
                    Column(translate("Housekeeping", label), Kind.NUMBER)
                    for _name, label in rules.COUNT_LABELS
                ),
            ],
            [(run.at, *(n for _label, n in rules.count_lines(run.counts))) for run in view.runs],
        ),
    ]
    if view.runs:
        blocks.append(Paragraph(_backups_line(view)))
    else:
        blocks.append(Paragraph(translate("Housekeeping", "Nothing has been erased yet.")))
    blocks.append(
        Paragraph(
            translate("Housekeeping", "Due for erasure on {date}: {n}.").format(
                date=format_date(today), n=view.due
            )
        )
    )
    return Report(
        title=translate("Housekeeping", "Storage limitation: erasures"),
        organisation=view.organisation,
        blocks=blocks,
        anchor=view.anchor,
    )


def write(view: EvidenceView, out: Path, *, today: dt.date) -> Path:
    """Write the evidence report as a PDF at `out` (owner-only)."""
    from dpo_desk.reports.pdf import write_pdf

    report = build(view, today=today)
    with private_file(out) as partial:
        for _progress in write_pdf(report, partial):
            pass
    return out
