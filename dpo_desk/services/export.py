"""The export framework: every report by name, to xlsx or pdf, as a generator of progress.

A register adds its report by adding a builder to `REPORTS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import func, select

from dpo_desk.db.schema import metadata
from dpo_desk.db.session import Database
from dpo_desk.reports import organisation as organisation_report
from dpo_desk.reports.model import Report
from dpo_desk.services import organisation

FORMATS = ("xlsx", "pdf")


def table_counts(db: Database) -> list[tuple[str, int]]:
    """(table, number of rows) for every table of the schema."""
    with db.reading() as session:
        return [
            (table.name, session.scalar(select(func.count()).select_from(table)) or 0)
            for table in sorted(metadata.sorted_tables, key=lambda t: t.name)
        ]


def _organisation(db: Database) -> Report:
    return organisation_report.build(organisation.load(db), table_counts(db))


REPORTS: dict[str, Callable[[Database], Report]] = {
    "organisation": _organisation,
}


def export(db: Database, *, report: str, fmt: str, out: Path) -> Iterator[tuple[int, int]]:
    """Build report `report` and write it to `out` as `fmt`; yields progress.

    The file appears only when it is complete (written beside it, then renamed).
    """
    if report not in REPORTS:
        raise KeyError(report)
    if fmt not in FORMATS:
        raise ValueError(fmt)
    # The writers pull in openpyxl and reportlab: imported here, not at start-up.
    from dpo_desk.reports.pdf import write_pdf
    from dpo_desk.reports.xlsx import write_xlsx

    built = REPORTS[report](db)
    writer = write_xlsx if fmt == "xlsx" else write_pdf
    partial = out.with_name(f".{out.name}.partial")
    try:
        yield from writer(built, partial)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
