"""The export framework: every report by name, to xlsx or pdf, as a generator of progress.

A register adds its report by adding a builder to `REPORTS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from dpo_desk.db.session import Database
from dpo_desk.paths import private_file
from dpo_desk.reports import consents as consents_report
from dpo_desk.reports import log as log_report
from dpo_desk.reports import organisation as organisation_report
from dpo_desk.reports import processors as processor_report
from dpo_desk.reports import register as register_report
from dpo_desk.reports import requests as requests_report
from dpo_desk.reports.model import Report
from dpo_desk.services import (
    audit_log,
    breaches,
    consents,
    organisation,
    processors,
    register,
    requests,
)

FORMATS = ("xlsx", "pdf")


def _organisation(db: Database, ids: Sequence[int] | None) -> Report:
    return organisation_report.build(organisation.load(db), organisation.contents(db))


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


def _log(db: Database, ids: Sequence[int] | None) -> Report:
    from dpo_desk.i18n import translate

    entries = [audit_log.shown(e, translate) for e in audit_log.entries(db)]
    return log_report.build(organisation.load(db), entries)


# Report name -> builder(db, ids of the rows to include, or None for all).
REPORTS: dict[str, Callable[[Database, Sequence[int] | None], Report]] = {
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
    "log": _log,
}

# Reports made for one record at a time (the ids name it); the others take all or a filter.
ONE_RECORD = frozenset({"annex", "breach_case", "breach_letter", "breach_notice"})


def export(
    db: Database, *, report: str, fmt: str, out: Path, ids: Sequence[int] | None = None
) -> Iterator[tuple[int, int]]:
    """Build report `report` and write it to `out` as `fmt`; yields progress.

    The file appears only when it is complete (written beside it, then renamed), and
    is readable by its owner only.
    """
    if report not in REPORTS:
        raise KeyError(report)
    if fmt not in FORMATS:
        raise ValueError(fmt)
    # The writers pull in openpyxl and reportlab: imported here, not at start-up.
    from dpo_desk.reports.pdf import write_pdf
    from dpo_desk.reports.xlsx import write_xlsx

    built = REPORTS[report](db, ids)
    if not built.anchor:
        from dpo_desk.services.audit_log import anchor

        built.anchor = anchor(db)
    writer = write_xlsx if fmt == "xlsx" else write_pdf
    with private_file(out) as partial:
        yield from writer(built, partial)
