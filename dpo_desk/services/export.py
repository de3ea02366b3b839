"""The export framework: every report by name, to xlsx, pdf or html, as a generator of
progress.

A register adds its report by adding a builder to `REPORTS` (the blocks of
`reports.model`, written by the xlsx and pdf writers, and as HTML when `REPORT_FORMATS`
says so); a report that writes its own files adds a `Written` instead.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from dpo_desk.db.schema import metadata
from dpo_desk.db.session import Database
from dpo_desk.domain.tables import INTERNAL_TABLES, TABLE_TITLES
from dpo_desk.i18n import translate
from dpo_desk.reports import consents as consents_report
from dpo_desk.reports import organisation as organisation_report
from dpo_desk.reports import processors as processor_report
from dpo_desk.reports import register as register_report
from dpo_desk.reports import requests as requests_report
from dpo_desk.reports.model import Report
from dpo_desk.services import (
    annual,
    breaches,
    consents,
    inspection,
    management,
    notice,
    organisation,
    processors,
    register,
    requests,
)

FORMATS = ("xlsx", "pdf", "html", "zip", "folder")
DEFAULT_FORMATS = ("xlsx", "pdf")


@dataclass(frozen=True)
class Written:
    """A report that writes its own file (or folder): write(db, fmt, path, options)
    yields progress; `formats` are the ones it knows, the first the default."""

    write: Callable[[Database, str, Path, dict[str, object]], Iterator[tuple[int, int]]]
    formats: tuple[str, ...]


def table_counts(db: Database) -> list[tuple[str, int]]:
    """(title, number of rows) for every table the user works with."""
    tables = {t.name: t for t in metadata.sorted_tables if t.name not in INTERNAL_TABLES}
    order = [n for n in TABLE_TITLES if n in tables] + sorted(set(tables) - set(TABLE_TITLES))
    with db.reading() as session:
        return [
            (
                translate("Tables", TABLE_TITLES.get(name, name)),
                session.scalar(select(func.count()).select_from(tables[name])) or 0,
            )
            for name in order
        ]


def _organisation(db: Database, ids: Sequence[int] | None) -> Report:
    return organisation_report.build(organisation.load(db), table_counts(db))


def _register(db: Database, ids: Sequence[int] | None) -> Report:
    views = register.views(db, ids)
    calendar = [
        e
        for e in register.deletion_calendar(db, today=dt.date.today())
        if ids is None or e.activity_id in set(ids)
    ]
    return register_report.build(
        organisation.load(db), views, calendar=calendar, filtered=ids is not None
    )


def _processors(db: Database, ids: Sequence[int] | None) -> Report:
    today = dt.date.today()
    return processor_report.build(
        organisation.load(db),
        processors.views(db, today=today, ids=ids),
        today=today,
        filtered=ids is not None,
    )


def _annex(db: Database, ids: Sequence[int] | None) -> Report:
    if not ids or len(ids) != 1:
        raise ValueError("the sub-processor annex is made for one controller at a time")
    controller, lines = processors.sub_processor_annex(db, ids[0])
    return processor_report.build_annex(organisation.load(db), controller, lines)


def _requests(db: Database, ids: Sequence[int] | None) -> Report:
    return requests_report.build(
        organisation.load(db),
        requests.drafts(db, ids),
        today=dt.date.today(),
        filtered=ids is not None,
    )


def _consents(db: Database, ids: Sequence[int] | None) -> Report:
    entries = consents.register_entries(
        db, today=dt.date.today(), ids=list(ids) if ids is not None else None
    )
    return consents_report.build_register(organisation.load(db), entries)


# Report name -> builder(db, ids of the rows to include, or None for all), or a Written.
REPORTS: dict[str, Callable[[Database, Sequence[int] | None], Report] | Written] = {
    "organisation": _organisation,
    "register": _register,
    "processors": _processors,
    "annex": _annex,
    "requests": _requests,
    "consents": _consents,
    "breaches": breaches.log_report,
    "breach_case": breaches.case_report,
    "breach_letter": breaches.subject_letter_report,
    "breach_notice": breaches.controller_notice_report,
    "notice": notice.notice_report,
    "workbook": Written(management.write, ("xlsx",)),
    "annual": Written(annual.write, ("pdf",)),
    "inspection": Written(inspection.write, ("folder", "zip")),
}
# The formats of a built report other than xlsx and pdf.
REPORT_FORMATS: dict[str, tuple[str, ...]] = {"notice": ("pdf", "html")}


def formats_of(report: str) -> tuple[str, ...]:
    """The formats report `report` can be written as; the first is its default."""
    built = REPORTS[report]
    if isinstance(built, Written):
        return built.formats
    return REPORT_FORMATS.get(report, DEFAULT_FORMATS)


def _private_file(path: Path) -> None:
    """Create `path` empty, readable by its owner only (the writers keep the mode)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def export(
    db: Database,
    *,
    report: str,
    fmt: str | None,
    out: Path,
    ids: Sequence[int] | None = None,
    year: int | None = None,
) -> Iterator[tuple[int, int]]:
    """Build report `report` and write it to `out` as `fmt` (None: the format that
    `out`'s suffix names, else the report's default); yields progress.

    The file (or folder) appears only when it is complete (written beside it, then
    renamed), readable by its owner only.
    """
    if report not in REPORTS:
        raise KeyError(report)
    known = formats_of(report)
    if fmt is None:
        fmt = out.suffix.lstrip(".").lower()
        fmt = fmt if fmt in known else known[0]
    if fmt not in FORMATS or fmt not in known:
        raise ValueError(
            translate("Export", "The report {report} cannot be written as {fmt}.").format(
                report=report, fmt=fmt
            )
        )
    partial = out.with_name(f".{out.name}.partial")
    _remove(partial)
    built = REPORTS[report]
    try:
        if isinstance(built, Written):
            if fmt == "folder":
                partial.mkdir(mode=0o700)
            else:
                _private_file(partial)
            options: dict[str, object] = {"ids": ids, "year": year, "today": dt.date.today()}
            yield from built.write(db, fmt, partial, options)
        else:
            _private_file(partial)
            yield from write_built(built(db, ids), fmt, partial)
        partial.replace(out)
    except OSError as error:  # name the file the user chose, not the one beside it
        raise OSError(error.errno, error.strerror or str(error), str(out)) from error
    finally:
        _remove(partial)


def write_built(built: Report, fmt: str, path: Path) -> Iterator[tuple[int, int]]:
    """Write a built report as `fmt` (xlsx, pdf or html) to `path`."""
    # The writers pull in openpyxl and reportlab: imported here, not at start-up.
    if fmt == "html":
        from dpo_desk.reports.html import write_html

        yield from write_html(built, path)
    elif fmt == "xlsx":
        from dpo_desk.reports.xlsx import write_xlsx

        yield from write_xlsx(built, path)
    else:
        from dpo_desk.reports.pdf import write_pdf

        yield from write_pdf(built, path)
