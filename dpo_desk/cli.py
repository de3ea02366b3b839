"""The `dpo-desk` command: the GUI by default, and headless commands beside it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk import APP_NAME, __version__
from dpo_desk.cli_progress import ProgressBar, with_progress
from dpo_desk.i18n import error_text, translate

if TYPE_CHECKING:
    from dpo_desk.db.session import Database

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse whose errors are one line and exit with status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        label = translate("Cli", "error")
        self.exit(EXIT_USAGE, f"{self.prog}: {label}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The command line, with translated help."""
    from dpo_desk.services.export import FORMATS, REPORTS

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
    sub.add_parser(
        "demo",
        parents=[common],
        help=translate("Cli", "create a database holding the example organisation (Softværket)"),
    )
    export = sub.add_parser(
        "export",
        parents=[common],
        help=translate("Cli", "write a report as an Excel workbook or a PDF"),
    )
    export.add_argument(
        "--report", required=True, choices=sorted(REPORTS), help=translate("Cli", "the report")
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help=translate("Cli", "the file format (default: from the file name, else the report's)"),
    )
    export.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the file (or folder) to write")
    )
    export.add_argument(
        "--year", type=int, default=None, help=translate("Cli", "the year of the annual report")
    )
    backup_parser = sub.add_parser(
        "backup",
        parents=[common],
        help=translate("Cli", "copy the database safely (SQLite's online backup) to a file"),
    )
    backup_parser.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the backup file to write")
    )
    restore_parser = sub.add_parser(
        "restore",
        parents=[common],
        help=translate(
            "Cli", "replace the database with a backup (the current one is backed up first)"
        ),
    )
    chosen = restore_parser.add_mutually_exclusive_group(required=True)
    chosen.add_argument(
        "backup_file",
        type=Path,
        nargs="?",
        metavar="FILE",
        help=translate("Cli", "the backup to restore"),
    )
    chosen.add_argument(
        "--latest",
        action="store_true",
        help=translate("Cli", "restore the newest backup that passes SQLite's check"),
    )
    encrypt_parser = sub.add_parser(
        "encrypt",
        parents=[common],
        help=translate(
            "Cli",
            "write an encrypted copy of the database (SQLCipher); the passphrase is asked "
            "for, or read from $DPO_DESK_PASSPHRASE",
        ),
    )
    encrypt_parser.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the encrypted file to write")
    )
    sub.add_parser(
        "passphrase",
        parents=[common],
        help=translate(
            "Cli",
            "give an encrypted database and its backups a new passphrase (read from "
            "$DPO_DESK_NEW_PASSPHRASE, or asked for); close the window first",
        ),
    )
    verify_parser = sub.add_parser(
        "verify",
        parents=[common],
        help=translate("Cli", "check the database and its audit chain; exit status 1 when broken"),
    )
    verify_parser.add_argument(
        "--anchor",
        metavar="N:HEX16",
        default=None,
        help=translate(
            "Cli",
            "an anchor from a report or anchors.log: fail unless record N still has that hash",
        ),
    )
    sub.add_parser(
        "anchor",
        parents=[common],
        help=translate("Cli", "print the audit chain's head as N:HEX16 (to keep outside the file)"),
    )
    erase_parser = sub.add_parser(
        "erase-due",
        parents=[common],
        help=translate(
            "Cli", "anonymise and erase what the storage rules say is due today, printing counts"
        ),
    )
    erase_parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "only count what is due; change nothing"),
    )
    return parser


PASSPHRASE_VAR = "DPO_DESK_PASSPHRASE"
NEW_PASSPHRASE_VAR = "DPO_DESK_NEW_PASSPHRASE"


def _passphrase(path: Path, *, new: bool) -> str:
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


def error_text_of(message: str) -> str:
    """A domain message (template with values) in the installed language."""
    from dpo_desk.domain.text import render

    return render(message, translate("Domain", message), translate)


def _open(db_target: str | None, **options: object) -> Database:
    """Open the database, asking for the passphrase of an encrypted one."""
    from dpo_desk.db import cipher
    from dpo_desk.db.session import Database

    try:
        return Database.open(db_target, **options)  # type: ignore[arg-type]
    except cipher.PassphraseRequiredError as error:
        passphrase = _passphrase(error.path, new=error.new)
    return Database.open(db_target, passphrase=passphrase, **options)  # type: ignore[arg-type]


def _key_of(path: Path) -> str | None:
    """The passphrase of the SQLite file at `path` when it is encrypted (checked)."""
    from dpo_desk.db import cipher

    if not cipher.is_encrypted(path):
        return None
    key = _passphrase(path, new=False)
    cipher.connect(path, key=key, readonly=True).close()  # WrongPassphraseError
    return key


def _fail(message: str, status: int = EXIT_USAGE) -> int:
    print(f"dpo-desk: {message}", file=sys.stderr)
    return status


def _cmd_demo(db_target: str | None) -> int:
    from dpo_desk.services import demo, organisation

    db = _open(db_target)
    try:
        if organisation.is_configured(db):
            return _fail(
                translate("Cli", "the database already holds an organisation: {db}").format(
                    db=db.display_name
                )
            )
        demo.load_example(db)
        print(translate("Cli", "Example organisation written to {db}").format(db=db.display_name))
    finally:
        db.close()
    return EXIT_OK


def _cmd_export(
    db_target: str | None, *, report: str, fmt: str | None, out: Path, year: int | None = None
) -> int:
    from dpo_desk.db.session import file_errors
    from dpo_desk.services.export import export

    problem = _out_problem(out)
    if problem:
        return _fail(problem)
    db = _open(db_target, must_exist=True)
    try:
        with file_errors(out, database=db.path):
            with_progress(export(db, report=report, fmt=fmt, out=out, year=year))
    finally:
        db.close()
    print(translate("Cli", "Written: {path}").format(path=out))
    return EXIT_OK


def _out_problem(out: Path) -> str | None:
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


def _sqlite_path(db_target: str | None) -> Path:
    from dpo_desk.db.session import check_database_file, resolve_url, sqlite_file

    path = sqlite_file(resolve_url(db_target))
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


def _cmd_backup(db_target: str | None, out: Path) -> int:
    from dpo_desk.db import backup
    from dpo_desk.db.session import file_errors

    problem = _out_problem(out)
    if problem:
        return _fail(problem)
    path = _sqlite_path(db_target)
    key = _key_of(path)
    bar = ProgressBar()
    try:
        with file_errors(out):
            backup.backup_to(path, out, key=key, progress=bar.show)
    finally:
        bar.end()
    print(translate("Cli", "Written: {path}").format(path=out))
    return EXIT_OK


def _cmd_restore(db_target: str | None, source: Path | None) -> int:
    from dpo_desk.db import backup
    from dpo_desk.db.session import check_database_file, file_errors

    path = _sqlite_path(db_target)
    key = _key_of(path)
    if source is None:
        latest = backup.latest_good(path, key=key)
        if latest is None:
            return _fail(translate("Cli", "there is no good backup of {db}").format(db=path))
        source = latest.path
    else:
        check_database_file(source, must_exist=True)
        if backup.quick_check(source, key=key) != "ok":
            return _fail(
                translate("Cli", "not a sound database backup: {path}").format(path=source)
            )
    with file_errors(path):
        safety = backup.restore(path, source, key=key)
    print(
        translate(
            "Cli", "Restored {backup} into {db}; the replaced database was kept as {safety}."
        ).format(backup=source, db=path, safety=safety)
    )
    return EXIT_OK


def _cmd_encrypt(db_target: str | None, out: Path) -> int:
    from dpo_desk.db import cipher

    path = _sqlite_path(db_target)
    if cipher.is_encrypted(path):
        return _fail(translate("Cli", "{db} is encrypted already").format(db=path))
    if out.exists() and not out.is_dir():
        return _fail(translate("Cli", "{path} exists already").format(path=out))
    problem = _out_problem(out)
    if problem:
        return _fail(problem)
    if not cipher.available():
        raise cipher.EncryptionUnavailableError
    from dpo_desk.db.session import Database, file_errors
    from dpo_desk.services import attachments

    passphrase = _passphrase(out, new=True)
    with file_errors(out):
        cipher.encrypt_copy(path, out, passphrase)
    encrypted = Database.open(out, passphrase=passphrase)  # brings the schema up to date
    try:
        taken = attachments.seal_folder(encrypted, path.parent / "attachments")
    finally:
        encrypted.close()
    print(
        translate(
            "Cli",
            "Written: {path}, with {n} attached documents inside it. Open it with "
            "--db {path}. Keep the passphrase safe: without it the data cannot be read. "
            "Once you have checked the copy, delete the plain database {db}, its backups "
            "and its attachments folder.",
        ).format(path=out, db=path, n=taken)
    )
    return EXIT_OK


def _cmd_passphrase(db_target: str | None) -> int:
    import getpass

    from dpo_desk.db import backup, cipher

    path = _sqlite_path(db_target)
    old = _key_of(path)
    if old is None:
        raise cipher.NotEncryptedError(path)
    new = os.environ.get(NEW_PASSPHRASE_VAR)
    if new is None and sys.stdin.isatty():
        new = getpass.getpass(translate("Cli", "New passphrase: "))
        again = getpass.getpass(translate("Cli", "Repeat the passphrase: "))
        problem = cipher.passphrase_problem(new, again)
    elif new is None:
        raise ValueError(
            translate("Cli", "set ${var} or run the command in a terminal").format(
                var=NEW_PASSPHRASE_VAR
            )
        )
    else:
        problem = cipher.passphrase_problem(new)
    if problem is not None:
        raise ValueError(error_text_of(problem))
    from dpo_desk.db.session import file_errors

    with file_errors(path):
        changed = with_progress(backup.change_passphrase_steps(path, old, new))
    print(
        translate("Cli", "The passphrase of {db} is changed, and of {n} backups.").format(
            db=path, n=changed
        )
    )
    return EXIT_OK


def _cmd_anchor(db_target: str | None) -> int:
    from dpo_desk.services import audit_log

    db = _open(db_target, must_exist=True)
    try:
        print(audit_log.anchor(db))
    finally:
        db.close()
    return EXIT_OK


def _cmd_erase_due(db_target: str | None, *, dry_run: bool) -> int:
    import datetime as dt

    from dpo_desk.services import housekeeping

    db = _open(db_target, must_exist=True)
    try:
        counts = housekeeping.erase_due(db, dt.date.today(), dry_run=dry_run)
    finally:
        db.close()
    heading = (
        translate("Cli", "Due for erasure (nothing was changed):")
        if dry_run
        else translate("Cli", "Anonymised and erased:")
    )
    print(heading)
    for label, number in housekeeping.count_lines(counts):
        print("  " + translate("Housekeeping", label) + f": {number}")
    return EXIT_OK


def _cmd_verify(db_target: str | None, anchor: str | None = None) -> int:
    from dpo_desk.db.audit_verify import parse_anchor
    from dpo_desk.services import audit_log

    if anchor is not None:
        try:
            parse_anchor(anchor)
        except ValueError:
            return _fail(
                translate("Cli", "not an anchor (N:HEX16): {anchor}").format(anchor=anchor)
            )
    db = _open(db_target, must_exist=True)
    try:
        result = audit_log.verify(db)
        anchor_holds = audit_log.anchor_holds(db, anchor) if anchor is not None else True
        path, key = db.path, db.key
    finally:
        db.close()
    if path is not None:
        from dpo_desk.db import backup

        integrity = backup.integrity_check(path, key=key)
        if integrity != "ok":
            print(
                translate("Cli", "Database integrity check failed: {problem}").format(
                    problem=integrity
                )
            )
            return EXIT_FAILED
        print(translate("Cli", "Database integrity check: ok."))
    if result.ok and not result.keyed:
        print(
            translate(
                "Cli",
                "Without the chain's key only the chain's shape was checked; a forger with "
                "the file could have rewritten it. Check an anchor with --anchor.",
            )
        )
    if result.ok and not anchor_holds:
        print(
            translate(
                "Cli", "The anchor {anchor} does not hold: the history was rewritten since."
            ).format(anchor=anchor)
        )
        return EXIT_FAILED
    if result.ok:
        print(translate("Cli", "Audit chain intact: {n} records checked.").format(n=result.checked))
        if anchor is not None:
            print(translate("Cli", "The anchor {anchor} holds.").format(anchor=anchor))
        return EXIT_OK
    print(
        translate(
            "Cli", "Audit chain broken at record {id}: {reason} ({n} records before it are intact)."
        ).format(id=result.broken_id, reason=translate("Domain", result.reason), n=result.checked)
    )
    return EXIT_FAILED


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

    db_target = getattr(args, "db", None)
    try:
        if args.command == "demo":
            return _cmd_demo(db_target)
        if args.command == "export":
            return _cmd_export(
                db_target, report=args.report, fmt=args.format, out=args.out, year=args.year
            )
        if args.command == "backup":
            return _cmd_backup(db_target, args.out)
        if args.command == "restore":
            return _cmd_restore(db_target, args.backup_file)
        if args.command == "encrypt":
            return _cmd_encrypt(db_target, args.out)
        if args.command == "passphrase":
            return _cmd_passphrase(db_target)
        if args.command == "anchor":
            return _cmd_anchor(db_target)
        if args.command == "erase-due":
            return _cmd_erase_due(db_target, dry_run=args.dry_run)
        return _cmd_verify(db_target, getattr(args, "anchor", None))
    except DatabaseDamagedError as error:
        return _fail(
            error_text(error)
            + " "
            + translate(
                "Cli", "Restore the latest good backup with: dpo-desk restore --db {db} --latest"
            ).format(db=error.path)
        )
    except UserError as error:
        return _fail(error_text(error))
    except OSError as error:
        return _fail(error_text(path_error(error)))
    except DBAPIError as error:
        known = database_error(error, sqlite_file(resolve_url(db_target)))
        if known is None:
            return _fail(
                translate("Cli", "the database reported an error: {error}").format(error=error.orig)
            )
        return _fail(error_text(known))
    except ValueError as error:
        return _fail(str(error))


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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `dpo-desk` and `python -m dpo_desk`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    gui = _gui_options(argv)
    if gui is not None:
        from dpo_desk.ui.app import run_gui

        return run_gui(db_target=gui.db, language=gui.lang)
    from dpo_desk.i18n import install

    # The commands, their help and their messages in the language asked for (Danish by
    # default); they read the catalogue without Qt.
    install(_language_option(argv) or "da")
    args = build_parser().parse_args(argv)  # errors, --help and --version exit here
    return run_command(args)


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
