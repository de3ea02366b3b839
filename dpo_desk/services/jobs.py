"""The slow jobs of the window as generators of progress, for the background task.

Each yields (done, total) and returns its result; each opens its own database sessions
(through the services it calls), so it may run in a worker thread. Files are written
through a temporary file renamed when complete (`paths.private_file`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from pathlib import Path

from dpo_desk.db import backup
from dpo_desk.db.backup import drain
from dpo_desk.db.session import Database
from dpo_desk.domain.consents import Area
from dpo_desk.domain.letters import LetterKind
from dpo_desk.paths import private_file
from dpo_desk.services import consents, demo, organisation
from dpo_desk.services.consents import WarningLine

__all__ = [
    "user_error",
    "drain",
    "letter",
    "call_sheet",
    "consent_form",
    "change_passphrase",
    "restore",
    "example",
]


def user_error(error: BaseException) -> BaseException:
    """An error of a file or of the database as the user's message (a UserError naming
    the file) when it is one; any other error as it is."""
    from dpo_desk.db.errors import database_error, path_error

    if isinstance(error, OSError) and error.errno is not None:
        return path_error(error)
    if isinstance(error, Exception):
        return database_error(error, None) or error
    return error


def letter(
    db: Database, request_id: int, kind: LetterKind, *, today: dt.date
) -> Generator[tuple[int, int], None, int]:
    """Write a letter to the requester and keep it with the request; returns its id."""
    from dpo_desk.services import request_letters

    return (yield from request_letters.letter_steps(db, request_id, kind, today=today))


def call_sheet(
    db: Database,
    area: Area,
    *,
    interruption: str,
    starts: dt.datetime,
    ends: dt.datetime,
    out: Path,
    fmt: str,
    today: dt.date,
    with_free_text: bool = False,
    utility: str = "",
) -> Generator[tuple[int, int], None, list[WarningLine]]:
    """Produce the warning list (recorded in the audit trail) and write it as a PDF call
    sheet or an Excel workbook; returns its lines."""
    from dpo_desk.reports.consents import build_call_sheet
    from dpo_desk.reports.pdf import write_pdf
    from dpo_desk.reports.xlsx import write_xlsx

    lines = consents.warning_list(
        db,
        area,
        interruption=interruption,
        starts=starts,
        ends=ends,
        today=today,
        with_free_text=with_free_text,
        utility=utility,
    )
    report = build_call_sheet(
        organisation.load(db),
        interruption=interruption,
        starts=starts,
        ends=ends,
        lines=lines,
        with_free_text=with_free_text,
        today=today,
    )
    with private_file(out) as partial:
        yield from (write_pdf if fmt == "pdf" else write_xlsx)(report, partial)
    return lines


def consent_form(
    db: Database, consumer_id: int, out: Path
) -> Generator[tuple[int, int], None, None]:
    """The consent form of a consumer, pre-filled with the newest consent text."""
    from dpo_desk.reports.consents import build_consent_form
    from dpo_desk.reports.pdf import write_pdf

    d = consents.draft(db, consumer_id)
    texts = consents.consent_texts(db)
    version_id, label, _from = texts[0] if texts else (None, "", None)
    report = build_consent_form(
        organisation.load(db),
        d,
        version=label,
        text=consents.consent_text(db, version_id) if version_id else "",
        utility=d.utility,
    )
    with private_file(out) as partial:
        yield from write_pdf(report, partial)


def change_passphrase(database: Path, old: str, new: str) -> Generator[tuple[int, int], None, int]:
    """Encrypt a closed database and its backups with a new passphrase; returns how many
    backups were re-encrypted."""
    return (yield from backup.change_passphrase_steps(database, old, new))


def restore(
    database: Path, chosen: Path, *, key: str | None
) -> Generator[tuple[int, int], None, Path]:
    """Replace a closed database with one of its backups (the current one is backed up
    first); returns that backup."""
    return (yield from backup.restore_steps(database, chosen, key=key))


def example(db: Database) -> Generator[tuple[int, int], None, None]:
    """Fill an empty database with the example organisation."""
    yield from demo.load_example_steps(db)
