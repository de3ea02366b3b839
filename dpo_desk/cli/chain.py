"""The commands that guard the audit trail and the program's own storage limitation:
`verify`, `anchor` and `erase-due`."""

from __future__ import annotations

import argparse

from dpo_desk.cli.base import (
    EXIT_FAILED,
    EXIT_OK,
    QT_TRANSLATE_NOOP,
    Command,
    db_target,
    fail,
    no_arguments,
    open_database,
)
from dpo_desk.i18n import translate


def verify_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--anchor",
        metavar="N:HEX16",
        default=None,
        help=translate(
            "Cli",
            "an anchor from a report or anchors.log: fail unless record N still has that hash",
        ),
    )


def run_verify(args: argparse.Namespace) -> int:
    from dpo_desk.db.audit_verify import parse_anchor
    from dpo_desk.services import audit_log

    anchor: str | None = getattr(args, "anchor", None)
    if anchor is not None:
        try:
            parse_anchor(anchor)
        except ValueError:
            return fail(translate("Cli", "not an anchor (N:HEX16): {anchor}").format(anchor=anchor))
    db = open_database(db_target(args), must_exist=True)
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


def run_anchor(args: argparse.Namespace) -> int:
    from dpo_desk.services import audit_log

    db = open_database(db_target(args), must_exist=True)
    try:
        print(audit_log.anchor(db))
    finally:
        db.close()
    return EXIT_OK


def erase_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "only count what is due; change nothing"),
    )


def run_erase_due(args: argparse.Namespace) -> int:
    import datetime as dt

    from dpo_desk.services import housekeeping

    db = open_database(db_target(args), must_exist=True)
    try:
        counts = housekeeping.erase_due(db, dt.date.today(), dry_run=args.dry_run)
    finally:
        db.close()
    heading = (
        translate("Cli", "Due for erasure (nothing was changed):")
        if args.dry_run
        else translate("Cli", "Anonymised and erased:")
    )
    print(heading)
    for label, number in housekeeping.count_lines(counts):
        print("  " + translate("Housekeeping", label) + f": {number}")
    return EXIT_OK


COMMANDS = (
    Command(
        "verify",
        QT_TRANSLATE_NOOP(
            "Cli", "check the database and its audit chain; exit status 1 when broken"
        ),
        verify_arguments,
        run_verify,
    ),
    Command(
        "anchor",
        QT_TRANSLATE_NOOP(
            "Cli", "print the audit chain's head as N:HEX16 (to keep outside the file)"
        ),
        no_arguments,
        run_anchor,
    ),
    Command(
        "erase-due",
        QT_TRANSLATE_NOOP(
            "Cli", "anonymise and erase what the storage rules say is due today, printing counts"
        ),
        erase_arguments,
        run_erase_due,
    ),
)
