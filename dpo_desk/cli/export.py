"""`dpo-desk export`: a report as a workbook, a PDF, a web page or a folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli.base import (
    EXIT_OK,
    EXIT_USAGE,
    QT_TRANSLATE_NOOP,
    Command,
    db_target,
    fail,
    open_database,
    write_from_database,
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
    parser.add_argument(
        "--id",
        dest="ids",
        type=int,
        action="append",
        metavar="N",
        help=translate(
            "Cli",
            "a record to report on (again for several): the breach of a breach's letter, "
            "notice or case, the controller of a sub-processor annex (without it, the "
            "choices are listed)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from dpo_desk.services.export import ONE_RECORD, export

    if args.report in ONE_RECORD and not _one_of_the_choices(args):
        return EXIT_USAGE
    write_from_database(
        args,
        lambda db: export(
            db, report=args.report, fmt=args.format, out=args.out, ids=args.ids, year=args.year
        ),
    )
    return EXIT_OK


def _one_of_the_choices(args: argparse.Namespace) -> bool:
    """Whether a report made for one record at a time names one it can be made for;
    if not, say so and list them."""
    from dpo_desk.services.registry import REPORT_SPECS

    chooser = REPORT_SPECS[args.report].choices
    assert chooser is not None
    db = open_database(db_target(args), must_exist=True)
    try:
        choices = chooser(db)
    finally:
        db.close()
    if len(args.ids or []) == 1 and args.ids[0] in {key for key, _ in choices}:
        return True
    said = translate(
        "Cli", "The report {report} is made for one record at a time: name one with --id N."
    ).format(report=args.report)
    lines = [f"  --id {key}  {name}" for key, name in choices]
    if not lines:
        lines = ["  " + translate("Cli", "(there is none in this database)")]
    fail("\n".join([said, *lines]))
    return False


COMMANDS = (
    Command(
        "export",
        QT_TRANSLATE_NOOP("Cli", "write a report as an Excel workbook or a PDF"),
        arguments,
        run,
    ),
)
