"""`dpo-desk export`: a report as a workbook, a PDF, a web page or a folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli.base import (
    EXIT_OK,
    QT_TRANSLATE_NOOP,
    Command,
    db_target,
    fail,
    open_database,
    out_problem,
    written,
)
from dpo_desk.i18n import translate


def arguments(parser: argparse.ArgumentParser) -> None:
    from dpo_desk.services.export import FORMATS, REPORTS

    parser.add_argument(
        "--report", required=True, choices=sorted(REPORTS), help=translate("Cli", "the report")
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help=translate("Cli", "the file format (default: from the file name, else the report's)"),
    )
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the file (or folder) to write")
    )
    parser.add_argument(
        "--year", type=int, default=None, help=translate("Cli", "the year of the annual report")
    )


def run(args: argparse.Namespace) -> int:
    from dpo_desk.cli_progress import with_progress
    from dpo_desk.db.session import file_errors
    from dpo_desk.services.export import export

    problem = out_problem(args.out)
    if problem:
        return fail(problem)
    db = open_database(db_target(args), must_exist=True)
    try:
        with file_errors(args.out, database=db.path):
            with_progress(
                export(db, report=args.report, fmt=args.format, out=args.out, year=args.year)
            )
    finally:
        db.close()
    written(args.out)
    return EXIT_OK


COMMANDS = (
    Command(
        "export",
        QT_TRANSLATE_NOOP("Cli", "write a report as an Excel workbook or a PDF"),
        arguments,
        run,
    ),
)
