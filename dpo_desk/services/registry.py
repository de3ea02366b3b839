"""The registry of registers: one entry names everything a register brings — its tab,
its reports, what the overview asks of it, and its example data. The window, the export
dialog, the command line's --report choices, the overview and the example organisation
all read it, so a new register is one entry here (see README, Development).

Titles are English source text marked for translation; the tab's title in the context
"MainWindow", a report's in "ExportDialog". Table and field titles live with the domain
(domain/titles.py) because the log and the conflict dialog read them without services.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from dpo_desk.db.session import Database
from dpo_desk.domain.overview import Item
from dpo_desk.domain.text import QT_TRANSLATE_NOOP
from dpo_desk.reports.model import Report

Builder = Callable[[Database, Sequence[int] | None], Report]
Collector = Callable[[Database, dt.date], list[Item]]
Writer = Callable[[Database, str, Path, dict[str, object]], Iterator[tuple[int, int]]]
Chooser = Callable[[Database], list[tuple[int, str]]]  # (id, name) of each record


@dataclass(frozen=True)
class ReportSpec:
    """A report: its name (the CLI's --report), title, and either a builder of the blocks
    the xlsx, pdf and html writers know, or `write`, for a report that writes its own
    file or folder; its formats (the first is its default), and whether it is made for
    one record at a time (the ids name it)."""

    name: str
    title: str
    build: Builder
    # For a report made for one record at a time: the records it can be made for.
    choices: Chooser | None = None
    formats: tuple[str, ...] = ("xlsx", "pdf")
    write: Writer | None = None

    @property
    def one_record(self) -> bool:
        """Whether the report is made for one record at a time (the ids name it)."""
        return self.choices is not None


@dataclass(frozen=True)
class RegisterSpec:
    """A register: its name, its tab ("module:Class", imported by the window only),
    its reports, what it adds to the overview, and how its example data is loaded."""

    name: str
    title: str
    tab: str
    reports: tuple[ReportSpec, ...] = ()
    overview: tuple[Collector, ...] = ()
    example: Callable[[Database, dt.datetime], None] | None = None


# -- report builders: the glue between a register's service and its report ------------
def _organisation(db: Database, ids: Sequence[int] | None) -> Report:
    from dpo_desk.reports import organisation as report
    from dpo_desk.services import organisation

    return report.build(organisation.load(db), organisation.contents(db))


def _register(db: Database, ids: Sequence[int] | None) -> Report:
    from dpo_desk.reports import register as report
    from dpo_desk.services import organisation, register, register_print

    calendar = register_print.calendar(db, ids, dt.date.today())
    return report.build(
        organisation.load(db), register.views(db, ids), calendar=calendar, filtered=ids is not None
    )


def _register_write(
    db: Database, fmt: str, path: Path, options: dict[str, object]
) -> Iterator[tuple[int, int]]:
    """The PDF read a slice of activities at a time as it is printed; the rest whole."""
    from dpo_desk.services import register_print
    from dpo_desk.services.export import write_built

    ids = options.get("ids")
    assert ids is None or isinstance(ids, Sequence)
    if fmt == "pdf":
        yield from register_print.write_pdf(db, path, ids=ids, today=dt.date.today())
        return
    from dpo_desk.services.audit_log import anchor

    built = _register(db, ids)
    built.anchor = anchor(db)
    yield from write_built(built, fmt, path)


def _processors(db: Database, ids: Sequence[int] | None) -> Report:
    from dpo_desk.reports import processors as report
    from dpo_desk.services import organisation, processors

    today = dt.date.today()
    return report.build(
        organisation.load(db),
        processors.views(db, today=today, ids=ids),
        today=today,
        filtered=ids is not None,
    )


def _annex(db: Database, ids: Sequence[int] | None) -> Report:
    from dpo_desk.reports import processors as report
    from dpo_desk.services import organisation, processors

    if not ids or len(ids) != 1:
        raise ValueError("the sub-processor annex is made for one controller at a time")
    controller, lines = processors.sub_processor_annex(db, ids[0])
    return report.build_annex(organisation.load(db), controller, lines)


def _controllers_we_serve(db: Database) -> list[tuple[int, str]]:
    """The controllers the organisation processes for: (id, name)."""
    from dpo_desk.domain.processors import Direction
    from dpo_desk.services import processors

    return [
        (row.id, row.name)
        for row in processors.rows(db, today=dt.date.today())
        if row.direction == Direction.WE_ARE_PROCESSOR
    ]


def _breach_titles(db: Database) -> list[tuple[int, str]]:
    """Every breach: (id, title), newest first."""
    from dpo_desk.services import breaches

    return [(row.id, row.title) for row in breaches.rows(db)]


def _requests(db: Database, ids: Sequence[int] | None) -> Report:
    from dpo_desk.services import request_export

    return request_export.build(db, ids, today=dt.date.today())


def _consents(db: Database, ids: Sequence[int] | None) -> Report:
    from dpo_desk.reports import consents as report
    from dpo_desk.services import consents, organisation

    entries = consents.register_entries(
        db, today=dt.date.today(), ids=list(ids) if ids is not None else None
    )
    return report.build_register(organisation.load(db), entries)


def _log(db: Database, ids: Sequence[int] | None) -> Report:
    from dpo_desk.i18n import translate
    from dpo_desk.reports import log as report
    from dpo_desk.services import audit_log, organisation

    entries = [audit_log.shown(e, translate) for e in audit_log.entries(db)]
    return report.build(organisation.load(db), entries)


def _breach(name: str) -> Builder:
    def build(db: Database, ids: Sequence[int] | None) -> Report:
        from dpo_desk.services import breaches

        return getattr(breaches, name)(db, ids)  # type: ignore[no-any-return]

    return build


def _collect(name: str, module: str = "overview") -> Collector:
    """The overview's collector `name` of `dpo_desk.services.<module>`, imported when the
    overview first asks."""

    def collect(db: Database, today: dt.date) -> list[Item]:
        import importlib

        found = importlib.import_module(f"dpo_desk.services.{module}")
        return getattr(found, name)(db, today)  # type: ignore[no-any-return]

    return collect


def _writes_itself(db: Database, ids: Sequence[int] | None) -> Report:
    raise TypeError("this report writes its own file: use services.export.export")


def _cross(name: str) -> Writer:
    """The writer of a report across the registers (services/<name>.write)."""

    def write(
        db: Database, fmt: str, path: Path, options: dict[str, object]
    ) -> Iterator[tuple[int, int]]:
        module = importlib.import_module(f"dpo_desk.services.{name}")
        yield from module.write(db, fmt, path, options)

    return write


def _notice(db: Database, ids: Sequence[int] | None) -> Report:
    from dpo_desk.services import notice

    return notice.notice_report(db, ids)


def _example_breaches(db: Database, now: dt.datetime) -> None:
    from dpo_desk.services import breach_example

    breach_example.load(db, now=now)


REGISTERS: tuple[RegisterSpec, ...] = (
    RegisterSpec(
        "overview",
        QT_TRANSLATE_NOOP("MainWindow", "Overview"),
        "dpo_desk.ui.overview:OverviewTab",
        reports=(  # the reports across the registers
            ReportSpec(
                "notice",
                QT_TRANSLATE_NOOP("ExportDialog", "Privacy notice (Art. 13 and 14)"),
                _notice,
                formats=("pdf", "html"),
            ),
            ReportSpec(
                "workbook",
                QT_TRANSLATE_NOOP("ExportDialog", "Management workbook"),
                _writes_itself,
                formats=("xlsx",),
                write=_cross("management"),
            ),
            ReportSpec(
                "annual",
                QT_TRANSLATE_NOOP("ExportDialog", "Annual report of the DPO"),
                _writes_itself,
                formats=("pdf",),
                write=_cross("annual"),
            ),
            ReportSpec(
                "inspection",
                QT_TRANSLATE_NOOP("ExportDialog", "Inspection pack for Datatilsynet (zip)"),
                _writes_itself,
                formats=("folder", "zip"),
                write=_cross("inspection"),
            ),
        ),
        overview=(_collect("erasure_items"),),
    ),
    RegisterSpec(
        "register",
        QT_TRANSLATE_NOOP("MainWindow", "Processing activities"),
        "dpo_desk.ui.register.tab:RegisterTab",
        reports=(
            ReportSpec(
                "register",
                QT_TRANSLATE_NOOP("ExportDialog", "Record of processing activities"),
                _register,
                write=_register_write,
            ),
        ),
        overview=(
            _collect("activity_items", "overview_activities"),
            _collect("incomplete_items", "overview_activities"),
        ),
    ),
    RegisterSpec(
        "processors",
        QT_TRANSLATE_NOOP("MainWindow", "Processors"),
        "dpo_desk.ui.processors.tab:ProcessorTab",
        reports=(
            ReportSpec(
                "processors",
                QT_TRANSLATE_NOOP("ExportDialog", "Overview of processors"),
                _processors,
            ),
            ReportSpec(
                "annex",
                QT_TRANSLATE_NOOP("ExportDialog", "Sub-processor annex"),
                _annex,
                choices=_controllers_we_serve,
            ),
        ),
        overview=(_collect("processor_items"),),
    ),
    RegisterSpec(
        "requests",
        QT_TRANSLATE_NOOP("MainWindow", "Requests"),
        "dpo_desk.ui.requests.tab:RequestTab",
        reports=(
            ReportSpec(
                "requests",
                QT_TRANSLATE_NOOP("ExportDialog", "Log of data subjects' requests"),
                _requests,
            ),
        ),
        overview=(_collect("request_items"),),
    ),
    RegisterSpec(
        "consents",
        QT_TRANSLATE_NOOP("MainWindow", "Health consents"),
        "dpo_desk.ui.consents.tab:ConsentTab",
        reports=(
            ReportSpec(
                "consents",
                QT_TRANSLATE_NOOP("ExportDialog", "Register of health-data consents"),
                _consents,
            ),
        ),
        overview=(_collect("consent_items"),),
    ),
    RegisterSpec(
        "breaches",
        QT_TRANSLATE_NOOP("MainWindow", "Breaches"),
        "dpo_desk.ui.breaches.tab:BreachTab",
        reports=(
            ReportSpec(
                "breaches",
                QT_TRANSLATE_NOOP("ExportDialog", "Log of personal data breaches"),
                _breach("log_report"),
            ),
            ReportSpec(
                "breach_case",
                QT_TRANSLATE_NOOP("ExportDialog", "Breach case file"),
                _breach("case_report"),
                choices=_breach_titles,
                formats=("pdf",),  # a document to send or file: a workbook of it is empty
            ),
            ReportSpec(
                "breach_letter",
                QT_TRANSLATE_NOOP("ExportDialog", "Letter to the people affected by a breach"),
                _breach("subject_letter_report"),
                choices=_breach_titles,
                formats=("pdf",),  # a document to send or file: a workbook of it is empty
            ),
            ReportSpec(
                "breach_notice",
                QT_TRANSLATE_NOOP("ExportDialog", "Notice of a breach to the controller"),
                _breach("controller_notice_report"),
                choices=_breach_titles,
                formats=("pdf",),  # a document to send or file: a workbook of it is empty
            ),
        ),
        overview=(_collect("breach_items"),),
        example=_example_breaches,
    ),
    RegisterSpec(
        "log",
        QT_TRANSLATE_NOOP("MainWindow", "Log"),
        "dpo_desk.ui.log_view:LogView",
        reports=(
            ReportSpec(
                "organisation",
                QT_TRANSLATE_NOOP("ExportDialog", "Organisation and database contents"),
                _organisation,
            ),
            ReportSpec("log", QT_TRANSLATE_NOOP("ExportDialog", "Log of changes"), _log),
        ),
    ),
)

# Derived: what the export framework, the command line and the export dialog read.
REPORT_SPECS: dict[str, ReportSpec] = {r.name: r for spec in REGISTERS for r in spec.reports}
REPORTS: dict[str, Builder] = {name: r.build for name, r in REPORT_SPECS.items()}
ONE_RECORD = frozenset(name for name, r in REPORT_SPECS.items() if r.one_record)
COLLECTORS: tuple[Collector, ...] = tuple(c for spec in REGISTERS for c in spec.overview)


def register(name: str) -> RegisterSpec:
    """The register called `name`."""
    return next(spec for spec in REGISTERS if spec.name == name)


def load_examples(db: Database, *, now: dt.datetime) -> None:
    """Load the example data of the registers that bring their own (after the
    organisation's own example, which the others refer to), dated back from `now`."""
    for spec in REGISTERS:
        if spec.example is not None:
            spec.example(db, now)
