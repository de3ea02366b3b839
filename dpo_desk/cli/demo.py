"""`dpo-desk demo`: a database holding the example organisation."""

from __future__ import annotations

import argparse

from dpo_desk.cli.base import (
    EXIT_OK,
    QT_TRANSLATE_NOOP,
    Command,
    db_target,
    fail,
    no_arguments,
    open_database,
)
from dpo_desk.i18n import translate


def run(args: argparse.Namespace) -> int:
    from dpo_desk.services import demo, organisation

    db = open_database(db_target(args))
    try:
        if organisation.is_configured(db):
            return fail(
                translate("Cli", "the database already holds an organisation: {db}").format(
                    db=db.display_name
                )
            )
        demo.load_example(db)
        print(translate("Cli", "Example organisation written to {db}").format(db=db.display_name))
    finally:
        db.close()
    return EXIT_OK


COMMANDS = (
    Command(
        "demo",
        QT_TRANSLATE_NOOP("Cli", "create a database holding the example organisation (Softværket)"),
        no_arguments,
        run,
    ),
)
