"""The commands that copy the database file: `backup`, `restore`, `encrypt` and
`passphrase` (SQLite files only; a server database has its server's own tools)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dpo_desk.cli.base import (
    EXIT_OK,
    NEW_PASSPHRASE_VAR,
    QT_TRANSLATE_NOOP,
    Command,
    db_target,
    error_text_of,
    fail,
    key_of,
    no_arguments,
    out_problem,
    passphrase,
    sqlite_path,
    written,
)
from dpo_desk.i18n import translate


def backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the backup file to write")
    )


def run_backup(args: argparse.Namespace) -> int:
    from dpo_desk.cli_progress import ProgressBar
    from dpo_desk.db import backup
    from dpo_desk.db.session import file_errors

    problem = out_problem(args.out)
    if problem:
        return fail(problem)
    path = sqlite_path(db_target(args))
    key = key_of(path)
    bar = ProgressBar()
    try:
        with file_errors(args.out):
            backup.backup_to(path, args.out, key=key, progress=bar.show)
    finally:
        bar.end()
    written(args.out)
    return EXIT_OK


def restore_arguments(parser: argparse.ArgumentParser) -> None:
    chosen = parser.add_mutually_exclusive_group(required=True)
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


def run_restore(args: argparse.Namespace) -> int:
    from dpo_desk.db import backup
    from dpo_desk.db.session import check_database_file, file_errors

    path = sqlite_path(db_target(args))
    key = key_of(path)
    source: Path | None = args.backup_file
    if source is None:
        latest = backup.latest_good(path, key=key)
        if latest is None:
            return fail(translate("Cli", "there is no good backup of {db}").format(db=path))
        source = latest.path
    else:
        check_database_file(source, must_exist=True)
        if backup.quick_check(source, key=key) != "ok":
            return fail(translate("Cli", "not a sound database backup: {path}").format(path=source))
    with file_errors(path):
        safety = backup.restore(path, source, key=key)
    print(
        translate(
            "Cli", "Restored {backup} into {db}; the replaced database was kept as {safety}."
        ).format(backup=source, db=path, safety=safety)
    )
    return EXIT_OK


def encrypt_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the encrypted file to write")
    )


def run_encrypt(args: argparse.Namespace) -> int:
    from dpo_desk.db import cipher

    out: Path = args.out
    path = sqlite_path(db_target(args))
    if cipher.is_encrypted(path):
        return fail(translate("Cli", "{db} is encrypted already").format(db=path))
    if out.exists() and not out.is_dir():
        return fail(translate("Cli", "{path} exists already").format(path=out))
    problem = out_problem(out)
    if problem:
        return fail(problem)
    if not cipher.available():
        raise cipher.EncryptionUnavailableError
    from dpo_desk.db.session import Database, file_errors
    from dpo_desk.services import attachments

    given = passphrase(out, new=True)
    with file_errors(out):
        cipher.encrypt_copy(path, out, given)
    encrypted = Database.open(out, passphrase=given)  # brings the schema up to date
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


def run_passphrase(args: argparse.Namespace) -> int:
    import getpass

    from dpo_desk.cli_progress import with_progress
    from dpo_desk.db import backup, cipher
    from dpo_desk.db.session import file_errors

    path = sqlite_path(db_target(args))
    old = key_of(path)
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
    with file_errors(path):
        changed = with_progress(backup.change_passphrase_steps(path, old, new))
    print(
        translate("Cli", "The passphrase of {db} is changed, and of {n} backups.").format(
            db=path, n=changed
        )
    )
    return EXIT_OK


COMMANDS = (
    Command(
        "backup",
        QT_TRANSLATE_NOOP("Cli", "copy the database safely (SQLite's online backup) to a file"),
        backup_arguments,
        run_backup,
    ),
    Command(
        "restore",
        QT_TRANSLATE_NOOP(
            "Cli", "replace the database with a backup (the current one is backed up first)"
        ),
        restore_arguments,
        run_restore,
    ),
    Command(
        "encrypt",
        QT_TRANSLATE_NOOP(
            "Cli",
            "write an encrypted copy of the database (SQLCipher); the passphrase is asked "
            "for, or read from $DPO_DESK_PASSPHRASE",
        ),
        encrypt_arguments,
        run_encrypt,
    ),
    Command(
        "passphrase",
        QT_TRANSLATE_NOOP(
            "Cli",
            "give an encrypted database and its backups a new passphrase (read from "
            "$DPO_DESK_NEW_PASSPHRASE, or asked for); close the window first",
        ),
        no_arguments,
        run_passphrase,
    ),
)
