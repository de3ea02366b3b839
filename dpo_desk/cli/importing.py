"""`dpo-desk import`: a spreadsheet into a register, or with --dry-run what it would do.

Exit status: 0 when every row can be imported, 1 when a row has a problem (nothing is
written then), 2 when the file or the database cannot be used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from dpo_desk.cli.base import EXIT_FAILED, EXIT_OK, EXIT_USAGE, QT_TRANSLATE_NOOP, Command
from dpo_desk.i18n import error_text, translate

EXIT_PROBLEMS = EXIT_FAILED  # a row has a problem: nothing is written
REGISTER_CHOICES = ("register", "processors", "requests", "consents")


def arguments(parser: argparse.ArgumentParser) -> None:
    """The import command's arguments."""
    parser.add_argument(
        "--register",
        required=True,
        choices=REGISTER_CHOICES,
        help=translate("Cli", "the register to import into"),
    )
    parser.add_argument(
        "--mapping",
        default=None,
        metavar="JSON",
        help=translate(
            "Cli",
            "the columns' fields, as JSON text or a JSON file: {\"heading\": \"field\"} "
            "(an empty field leaves the column out); default: the mapping remembered for "
            "these headings, else the one proposed",
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "show what would be added, updated and skipped; write nothing"),
    )
    parser.add_argument("file", type=Path, help=translate("Cli", "the spreadsheet"))


def _mapping(text: str | None, headers: list[str], register: str) -> list[str | None] | None:
    from dpo_desk.domain.import_mapping import REGISTERS, normalise

    if text is None:
        return None
    source = Path(text)
    raw = json.loads(source.read_text(encoding="utf-8") if source.is_file() else text)
    valid = {f.key for f in REGISTERS[register].fields}
    if isinstance(raw, list):
        chosen = [m or "" for m in raw] + [""] * (len(headers) - len(raw))
    else:
        by_heading = {normalise(k): (m or "") for k, m in dict(raw).items()}
        chosen = [by_heading.get(normalise(h), "") for h in headers]
    for key in chosen:
        if key and key not in valid:
            raise ValueError(
                translate("Cli", "unknown field in the mapping: {field} (known: {known})").format(
                    field=key, known=", ".join(sorted(valid))
                )
            )
    return list(chosen[: len(headers)])


def _where(row: int, column: int, headers: list[str]) -> str:
    from openpyxl.utils import get_column_letter

    if column <= 0:
        return translate("Cli", "row {row}").format(row=row)
    heading = headers[column - 1] if column <= len(headers) else ""
    return translate("Cli", "row {row}, column {column} ({heading})").format(
        row=row, column=get_column_letter(column), heading=heading
    )


def run(args: argparse.Namespace, *, today: dt.date | None = None) -> int:
    """Carry out `dpo-desk import`; returns the exit status."""
    from dpo_desk.cli.base import db_target, open_database
    from dpo_desk.domain.text import UserError
    from dpo_desk.services import importing
    from dpo_desk.services.errors import ValidationFailedError
    from dpo_desk.services.importing_labels import field_title, message_text

    today = today or dt.date.today()
    register: str = args.register
    try:
        table = importing.read(Path(args.file), register)
        mapping = _mapping(args.mapping, table.headers, register)
        db = open_database(db_target(args), must_exist=True)
    except (UserError, OSError) as error:
        print(f"dpo-desk: {error_text(error)}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as error:
        print(f"dpo-desk: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if mapping is None:
            mapping = importing.proposed_mapping(db, register, table.headers)
        plan = _drain(importing.plan_rows(db, register, table, mapping, today=today))
        for problem in plan.problems():
            where = _where(problem.row, problem.column, table.headers)
            shown = message_text(problem.message)
            if _known(register, problem.field):
                shown = f"{field_title(register, problem.field)}: {shown}"
            print(f"{where}: {shown}")
        if args.dry_run:
            _print_rows(plan)
        for (kind, _norm), (name, _s) in plan.unknown.items():
            print(translate("Cli", "New list entry ({kind}): {name}").format(kind=kind, name=name))
        counts = plan.counts()
        print(
            translate(
                "Cli", "To add: {add}; to update: {update}; to skip: {skip}; with problems: {bad}"
            ).format(
                add=counts[importing.Action.ADD],
                update=counts[importing.Action.UPDATE],
                skip=counts[importing.Action.SKIP],
                bad=counts[importing.Action.PROBLEM],
            )
        )
        if plan.problems():
            print(translate("Cli", "Nothing was imported: fix the rows with problems first."))
            return EXIT_PROBLEMS
        if args.dry_run:
            print(translate("Cli", "Dry run: nothing was written."))
            return EXIT_OK
        from dpo_desk.cli_progress import with_progress

        with_progress(importing.apply(db, plan, today=today))
        print(translate("Cli", "Imported from {file}.").format(file=Path(args.file).name))
        return EXIT_OK
    except ValidationFailedError as error:
        print(f"dpo-desk: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except UserError as error:
        print(f"dpo-desk: {error_text(error)}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.close()


def _known(register: str, key: str) -> bool:
    from dpo_desk.domain.import_mapping import REGISTERS

    return any(f.key == key for f in REGISTERS[register].fields)


def _print_rows(plan: Any) -> None:
    from dpo_desk.services.importing import Action

    words = {
        Action.ADD: translate("Cli", "row {row}: would be added"),
        Action.UPDATE: translate("Cli", "row {row}: would update the record already there"),
        Action.SKIP: translate("Cli", "row {row}: skipped, the same as a record already there"),
    }
    for row in plan.rows:
        if row.action is Action.SKIP and row.existing_id is not None and row.existing_id < 0:
            print(
                translate("Cli", "row {row}: skipped, the same as row {first}").format(
                    row=row.number, first=-row.existing_id
                )
            )
        elif row.action in words:
            print(words[row.action].format(row=row.number))


def _drain(steps: Any) -> Any:
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


COMMANDS = (
    Command(
        "import",
        QT_TRANSLATE_NOOP("Cli", "import a spreadsheet (xlsx or csv) into a register"),
        arguments,
        run,
    ),
)
