"""The record of processing activities as a PDF, read from the database a slice of
activities at a time as its pages are laid out (what still grows with the activities
is mostly reportlab's: the pages it keeps, compressed, to the save); the workbook is
made from the whole report, as every report's is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from dpo_desk.db.session import Database
from dpo_desk.domain.register import CalendarEntry

SLICE = 200  # activities read at a time


def calendar(db: Database, ids: Sequence[int] | None, today: dt.date) -> list[CalendarEntry]:
    """The deletion calendar of the activities (all, or `ids`)."""
    from dpo_desk.services import register

    chosen = set(ids) if ids is not None else None
    return [
        e
        for e in register.deletion_calendar(db, today=today)
        if chosen is None or e.activity_id in chosen
    ]


def _snapshot(db: Database) -> Session:
    """A session that reads one state of the database from its first query to its
    end, however long the print takes: on SQLite any read transaction does; PostgreSQL
    needs REPEATABLE READ for it (as the archive's dump)."""
    engine = db.engine
    if engine.dialect.name == "postgresql":
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    return db.sessions(bind=engine)


def write_pdf(
    db: Database, path: Path, *, ids: Sequence[int] | None, today: dt.date
) -> Iterator[tuple[int, int]]:
    """Write the record (of all activities, or of `ids`) to `path`; yields progress."""
    from dpo_desk.reports import pdf_stream
    from dpo_desk.reports import register as report
    from dpo_desk.services import organisation, register
    from dpo_desk.services.audit_log import anchor

    entries = calendar(db, ids, today)
    details = organisation.load(db)
    head = anchor(db)  # the chain's head, printed where the report is read
    # The layout reads the session in its helper thread, while this one waits for pages.
    with _snapshot(db) as session:
        order = register.printed_order(session, ids)
        built, contents, blocks = report.printed(
            details,
            [(role, name) for _, role, name in order],
            register.views_in_slices(session, [key for key, _, _ in order], size=SLICE),
            controllers=register.processing_controllers(session, ids),
            calendar=entries,
            filtered=ids is not None,
        )
        built.anchor = head
        rows = len(entries)
        del entries  # the blocks hold the calendar until its table is laid out
        yield from pdf_stream.write_pdf(built, path, contents=contents, blocks=blocks, rows=rows)
