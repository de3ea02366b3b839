"""The `dpo-desk` command: the window by default, and headless commands beside it.

Each command lives in a module of this package that names it in `COMMANDS` (see
`base.Command`); `MODULES` lists those modules. Only the command that runs has its
arguments built, and a command imports what it works with only when it runs:
`dpo-desk --version` imports nothing of the program, `--help` only the translations.
Adding a command is one module and one line in `MODULES`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from dpo_desk import APP_NAME, __version__
from dpo_desk.cli.base import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Command, fail

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "build_parser", "commands", "main"]

MODULES = ("demo", "export", "backup", "chain", "archive", "importing")


def commands() -> dict[str, Command]:
    """Every command, by name, in the order `--help` lists them."""
    found: dict[str, Command] = {}
    for name in MODULES:
        module = importlib.import_module(f"dpo_desk.cli.{name}")
        for command in module.COMMANDS:
            found[command.name] = command
    return found


class _Parser(argparse.ArgumentParser):
    """argparse whose errors are one line and exit with status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        from dpo_desk.i18n import translate

        label = translate("Cli", "error")
        self.exit(EXIT_USAGE, f"{self.prog}: {label}: {message}\n")


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The command line, with translated help; the arguments of `chosen` only (the
    others are listed with their help)."""
    from dpo_desk.i18n import translate

    db_help = translate(
        "Cli",
        "the database: a file path or a SQLAlchemy URL "
        "(default: $DPO_DESK_DB, else the file in your data folder)",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", help=db_help, default=argparse.SUPPRESS)
    parser = _Parser(
        prog="dpo-desk",
        parents=[common],
        description=translate(
            "Cli",
            "DPO Desk: the workbench of a data protection officer. "
            "Without a command it opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--lang",
        choices=("da", "en"),
        default=None,
        help=translate("Cli", "language of the interface (default: the saved setting, Danish)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, command in commands().items():
        command_parser = sub.add_parser(
            name, parents=[common], help=translate("Cli", command.help)
        )
        if name == chosen:
            command.arguments(command_parser)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Carry out a headless command; user errors become one line and exit status 2."""
    from sqlalchemy.exc import DBAPIError

    from dpo_desk.db.session import (
        DatabaseDamagedError,
        database_error,
        path_error,
        resolve_url,
        sqlite_file,
    )
    from dpo_desk.domain.text import UserError
    from dpo_desk.i18n import error_text, translate

    try:
        return commands()[args.command].run(args)
    except DatabaseDamagedError as error:
        return fail(
            error_text(error)
            + " "
            + translate(
                "Cli", "Restore the latest good backup with: dpo-desk restore --db {db} --latest"
            ).format(db=error.path)
        )
    except UserError as error:
        return fail(error_text(error))
    except OSError as error:
        return fail(error_text(path_error(error)))
    except DBAPIError as error:
        known = database_error(error, sqlite_file(resolve_url(getattr(args, "db", None))))
        if known is None:
            return fail(
                translate("Cli", "the database reported an error: {error}").format(error=error.orig)
            )
        return fail(error_text(known))
    except ValueError as error:
        return fail(str(error))


def _leading(argv: Sequence[str]) -> tuple[str | None, bool]:
    """The command word of `argv` (None when there is none), and whether --version comes
    before it. Reads past the common options and their values."""
    valued = {"--db", "--lang"}
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--version":
            return None, True
        if word in valued:
            index += 2
            continue
        if word.startswith("-"):
            index += 1
            continue
        return word, False
    return None, False


def _gui_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The GUI's options, parsed before Qt starts; None when `argv` is not a GUI start."""
    parser = argparse.ArgumentParser(prog="dpo-desk", add_help=False)
    parser.add_argument("--db", default=None)
    parser.add_argument("--lang", choices=("da", "en"), default=None)
    try:
        args, unknown = parser.parse_known_args(argv)
    except SystemExit:
        return None
    return None if unknown else args


def _language_option(argv: Sequence[str]) -> str | None:
    """The --lang a command line asks for, read before the parser (whose help texts are
    translated) is built."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--lang", choices=("da", "en"), default=None)
    try:
        known, _rest = parser.parse_known_args(argv)
    except SystemExit:
        return None
    return known.lang


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `dpo-desk` and `python -m dpo_desk`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    chosen, version = _leading(argv)
    if version:  # nothing of the program is needed to say its version
        print(f"{APP_NAME} {__version__}")
        return EXIT_OK
    gui = _gui_options(argv)
    if gui is not None:
        from dpo_desk.ui.app import run_gui

        return run_gui(db_target=gui.db, language=gui.lang)
    from dpo_desk.i18n import install

    # The commands, their help and their messages in the language asked for (Danish by
    # default); they read the catalogue without Qt.
    install(_language_option(argv) or "da")
    args = build_parser(chosen).parse_args(argv)  # errors and --help exit here
    return run_command(args)
