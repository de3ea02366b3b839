"""What every command shares: its description, exit statuses, opening the database
(asking for an encrypted one's passphrase) and the checks of an output path.

A command module imports only this and the standard library at its top; whatever it
needs to do its work it imports when it runs, so `dpo-desk --help` and the other
commands never pay for it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dpo_desk.i18n import translate

if TYPE_CHECKING:
    from dpo_desk.db.session import Database

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

PASSPHRASE_VAR = "DPO_DESK_PASSPHRASE"
NEW_PASSPHRASE_VAR = "DPO_DESK_NEW_PASSPHRASE"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - found by lupdate
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Command:
    """One command of `dpo-desk`: its name, its help (English, marked for translation),
    its arguments and what it does. `arguments` is called only for the command that
    runs (or whose help is asked for)."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def no_arguments(_parser: argparse.ArgumentParser) -> None:
    """A command that takes only the common options."""


def db_target(args: argparse.Namespace) -> str | None:
    """The --db the command was given, or None for the default database."""
    return getattr(args, "db", None)


def fail(message: str, status: int = EXIT_USAGE) -> int:
    """Say what went wrong on stderr, in one line; returns the exit status."""
    print(f"dpo-desk: {message}", file=sys.stderr)
    return status


def error_text_of(message: str) -> str:
    """A domain message (template with values) in the installed language."""
    from dpo_desk.domain.text import render

    return render(message, translate("Domain", message), translate)


def passphrase(path: Path, *, new: bool) -> str:
    """The passphrase of an encrypted database: $DPO_DESK_PASSPHRASE, else asked for at
    the terminal (a new one twice)."""
    import getpass

    from dpo_desk.db import cipher

    given = os.environ.get(PASSPHRASE_VAR)
    if given:
        problem = cipher.passphrase_problem(given) if new else None
        if problem is not None:
            raise ValueError(error_text_of(problem))
        return given
    if not sys.stdin.isatty():
        raise ValueError(
            translate(
                "Cli", "{path} is encrypted: set ${var} or run the command in a terminal"
            ).format(path=path, var=PASSPHRASE_VAR)
        )
    first = getpass.getpass(translate("Cli", "Passphrase for {name}: ").format(name=path.name))
    if not new:
        return first
    again = getpass.getpass(translate("Cli", "Repeat the passphrase: "))
    problem = cipher.passphrase_problem(first, again)
    if problem is not None:
        raise ValueError(error_text_of(problem))
    return first


def open_database(target: str | None, **options: object) -> Database:
    """Open the database, asking for the passphrase of an encrypted one."""
    from dpo_desk.db import cipher
    from dpo_desk.db.session import Database

    try:
        return Database.open(target, **options)  # type: ignore[arg-type]
    except cipher.PassphraseRequiredError as error:
        given = passphrase(error.path, new=error.new)
    return Database.open(target, passphrase=given, **options)  # type: ignore[arg-type]


def key_of(path: Path) -> str | None:
    """The passphrase of the SQLite file at `path` when it is encrypted (checked)."""
    from dpo_desk.db import cipher

    if not cipher.is_encrypted(path):
        return None
    key = passphrase(path, new=False)
    cipher.connect(path, key=key, readonly=True).close()  # WrongPassphraseError
    return key


def out_problem(out: Path) -> str | None:
    """Why `out` cannot be written (a folder, no folder, a read-only folder), or None."""
    if out.is_dir():
        return translate("Cli", "{path} is a folder; give the name of the file to write").format(
            path=out
        )
    if not out.parent.is_dir():
        return translate("Cli", "the folder of the output file does not exist: {path}").format(
            path=out.parent
        )
    if not os.access(out.parent, os.W_OK | os.X_OK):
        return translate("Cli", "you are not allowed to write in the folder {path}").format(
            path=out.parent
        )
    return None


def sqlite_path(target: str | None) -> Path:
    """The SQLite file of `target`, which must exist (a server database: ValueError)."""
    from dpo_desk.db.session import check_database_file, resolve_url, sqlite_file

    path = sqlite_file(resolve_url(target))
    if path is None:
        raise ValueError(
            translate(
                "Cli",
                "backup and restore work on SQLite files; use the "
                "server's own tools for a server database",
            )
        )
    check_database_file(path, must_exist=True)
    return path


def write_from_database(args: argparse.Namespace, steps: Callable[[Database], Any]) -> Any:
    """Write `args.out` from the database: check where it goes (a problem: ValueError,
    said in one line, exit status 2), open the database, run the job `steps(db)` with
    its progress bar, close, and say what was written; returns the job's result."""
    from dpo_desk.cli_progress import with_progress
    from dpo_desk.db.session import file_errors

    problem = out_problem(args.out)
    if problem:
        raise ValueError(problem)
    db = open_database(db_target(args), must_exist=True)
    try:
        with file_errors(args.out, database=db.path):
            result = with_progress(steps(db))
    finally:
        db.close()
    written(args.out)
    return result


def written(path: Path) -> None:
    """Say that `path` was written."""
    print(translate("Cli", "Written: {path}").format(path=path))
