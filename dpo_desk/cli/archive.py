"""The commands that move a whole database: `dump` (the archive, a JSON file of
everything), `load` (an archive into an empty database), `copy` (SQLite to PostgreSQL and
back, verified), and `team` (the roles of a team sharing a PostgreSQL database)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.cli.base import (
    EXIT_OK,
    QT_TRANSLATE_NOOP,
    Command,
    db_target,
    open_database,
    write_from_database,
)
from dpo_desk.i18n import translate

if TYPE_CHECKING:
    from dpo_desk.db.audit_verify import ChainReport

ROLE_PASSWORD_VAR = "DPO_DESK_ROLE_PASSWORD"


def _say_chain(chain: ChainReport) -> None:
    """What the loaded audit chain's verification found (it held, or nothing was loaded)."""
    print(translate("Cli", "Audit chain intact: {n} records checked.").format(n=chain.checked))
    if not chain.keyed and chain.checked:
        print(
            translate(
                "Cli",
                "Without the chain's key only the chain's shape was checked; a forger with "
                "the file could have rewritten it. Check an anchor with --anchor.",
            )
        )


def dump_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "the archive (JSON) to write")
    )


def run_dump(args: argparse.Namespace) -> int:
    from dpo_desk.services import archive

    report = write_from_database(args, lambda db: archive.dump_steps(db, args.out))
    print(
        translate("Cli", "{rows} rows of {tables} tables and {files} attached files.").format(
            rows=sum(report.rows.values()), tables=len(report.rows), files=report.files
        )
    )
    if report.missing_files:
        print(
            translate(
                "Cli", "Not found beside the database, and so not in the archive: {names}"
            ).format(names=", ".join(report.missing_files))
        )
    return EXIT_OK


def load_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "archive_file",
        type=Path,
        metavar="FILE.json",
        help=translate("Cli", "the archive to load into an empty database"),
    )


def run_load(args: argparse.Namespace) -> int:
    from dpo_desk.cli_progress import with_progress
    from dpo_desk.db.session import file_errors
    from dpo_desk.services import archive

    source: Path = args.archive_file
    with file_errors(source):  # a missing or unreadable archive is said before a database is made
        source.open("rb").close()
    db = open_database(db_target(args))
    try:
        with file_errors(source, database=db.path):
            report = with_progress(archive.load_steps(db, source))
        shown = db.display_name
    finally:
        db.close()
    print(
        translate("Cli", "Loaded {rows} rows and {files} attached files into {db}.").format(
            rows=sum(report.rows.values()), files=report.files, db=shown
        )
    )
    _say_chain(report.chain)
    return EXIT_OK


def copy_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="PATH|URL",
        help=translate("Cli", "the database to copy"),
    )
    parser.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="PATH|URL",
        help=translate("Cli", "the empty database to copy it into (a new file is made)"),
    )


def run_copy(args: argparse.Namespace) -> int:
    from dpo_desk.cli_progress import with_progress
    from dpo_desk.services import archive

    source = open_database(args.source, must_exist=True)
    try:
        target = open_database(args.target)
        try:
            report = with_progress(archive.copy_steps(source, target))
            names = source.display_name, target.display_name
        finally:
            target.close()
    finally:
        source.close()
    print(
        translate(
            "Cli",
            "Copied {source} to {target} and checked the copy: each of the {tables} tables "
            "has as many rows in both ({rows} rows in all).",
        ).format(
            source=names[0],
            target=names[1],
            tables=len(report.rows),
            rows=sum(report.rows.values()),
        )
    )
    _say_chain(report.chain)
    return EXIT_OK


def team_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        choices=("grant-read", "grant-write"),
        help=translate(
            "Cli",
            "grant-read: the role may read everything and change nothing; "
            "grant-write: it may edit too",
        ),
    )
    parser.add_argument(
        "role",
        metavar="ROLE",
        help=translate(
            "Cli",
            "the PostgreSQL login, made when missing (its password from "
            "$DPO_DESK_ROLE_PASSWORD when set)",
        ),
    )


def run_team(args: argparse.Namespace) -> int:
    from dpo_desk.services import team

    write = args.action == "grant-write"
    db = open_database(db_target(args), must_exist=True)
    try:
        created = team.grant(
            db, args.role, write=write, password=os.environ.get(ROLE_PASSWORD_VAR) or None
        )
        shown = db.display_name
    finally:
        db.close()
    if created:
        print(translate("Cli", "Created the login {role}.").format(role=args.role))
    print(
        (
            translate("Cli", "{role} may read and edit {db}.")
            if write
            else translate("Cli", "{role} may read {db} and change nothing.")
        ).format(role=args.role, db=shown)
    )
    return EXIT_OK


COMMANDS = (
    Command(
        "dump",
        QT_TRANSLATE_NOOP(
            "Cli", "write the whole database to a JSON archive (documented and versioned)"
        ),
        dump_arguments,
        run_dump,
    ),
    Command(
        "load",
        QT_TRANSLATE_NOOP(
            "Cli", "load a JSON archive into an empty database, and verify its audit chain"
        ),
        load_arguments,
        run_load,
    ),
    Command(
        "copy",
        QT_TRANSLATE_NOOP(
            "Cli", "copy a whole database into an empty one (SQLite and PostgreSQL), verified"
        ),
        copy_arguments,
        run_copy,
    ),
    Command(
        "team",
        QT_TRANSLATE_NOOP(
            "Cli", "give a PostgreSQL login read-only (grant-read) or editing (grant-write) rights"
        ),
        team_arguments,
        run_team,
    ),
)
