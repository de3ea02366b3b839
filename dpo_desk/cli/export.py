"""`dpo-desk export`: a report as a workbook, a PDF, a web page or a folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli.base import (
    EXIT_OK,
    QT_TRANSLATE_NOOP,
    Command,
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


def run(args: argparse.Namespace) -> int:
    from dpo_desk.services.export import export

    write_from_database(
        args,
        lambda db: export(db, report=args.report, fmt=args.format, out=args.out, year=args.year),
    )
    return EXIT_OK


COMMANDS = (
    Command(
        "export",
        QT_TRANSLATE_NOOP("Cli", "write a report as an Excel workbook or a PDF"),
        arguments,
        run,
    ),
)
