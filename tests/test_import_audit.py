"""The import's audit trail, written in batches, is the one the per-flush path writes:
the same records (table, row, action, changes) in the same order, and the chain
verifies. The reference saves each row through its register's own save, one flush and
one append to the chain at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.db.audit import PendingRecord, append_records, deferred
from dpo_desk.db.audit_verify import verify_chain
from dpo_desk.db.backup import drain
from dpo_desk.db.models import AuditRecord
from dpo_desk.db.request_models import SubjectRequest
from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft, Sensitivity
from dpo_desk.domain.requests import RequestDraft, RequestType
from dpo_desk.services import catalogue, importing, register, requests
from dpo_desk.services.importing import Action
from dpo_desk.services.importing_rows import ADAPTERS

TODAY = dt.date(2026, 3, 9)
N = importing.PROGRESS_EVERY + 60  # more than one batch


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _seed_requests(db: Database) -> None:
    requests.save(
        db,
        RequestDraft(
            requester="Person 7",
            received=dt.date(2026, 3, 2),
            types=[RequestType.ACCESS],
            relation="Kunde",
        ),
        today=TODAY,
    )


def _requests_file(tmp_path: Path) -> Path:
    rows: list[list[object]] = [["Anmoder", "Type", "Modtaget", "Relation", "Noter"]]
    rows += [
        [f"Person {i}", "Indsigt (art. 15)", "02-03-2026", "Kunde", f"Række {i}"] for i in range(N)
    ]
    return _workbook(tmp_path / "anmodninger.xlsx", rows)


def _seed_register(db: Database) -> None:
    catalogue.add(db, "data_subject", "Kunder")
    catalogue.add(db, "data_subject", "Ansatte")
    catalogue.add(db, "data_category", "Navn")
    catalogue.add(db, "data_category", "Helbred", Sensitivity.SPECIAL)
    register.save(db, ActivityDraft(name="Behandling 3", purposes="Gammelt formål"), today=TODAY)


def _register_file(tmp_path: Path) -> Path:
    rows: list[list[object]] = [
        [
            "Navn",
            "Formål",
            "Retsgrundlag",
            "Kategorier af registrerede",
            "Kategorier af personoplysninger",
        ]
    ]
    rows += [
        [
            f"Behandling {i}",
            f"Formål {i}",
            "Art. 6(1)(b) contract",
            "Kunder; Ansatte" if i % 2 else "Kunder",
            "Navn",
        ]
        for i in range(N)
    ]
    return _workbook(tmp_path / "fortegnelse.xlsx", rows)


class _OneSession:
    """The import's single transaction as the registers' saves see it, each save
    flushing (and so appending to the chain) on its own."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._session.no_autoflush:  # a save's one flush, when its record is whole
            yield self._session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        yield self._session


def _per_flush(db: Database, found: importing.Plan) -> None:
    """The reference: in one transaction, each row saved on its own (its flush appends
    its records), the rows' import records appended after every PROGRESS_EVERY rows."""
    adapter = ADAPTERS[found.register]
    look = importing._lookups(db, found.register)
    save: Any = {"requests": requests.save, "register": register.save}[found.register]
    records: list[PendingRecord] = []
    with db.transaction() as session:
        one: Any = _OneSession(session)
        for done, row in enumerate(found.rows, start=1):
            record_id = save(one, adapter.draft(row.values, row.base, look), today=TODAY)
            records.append(
                PendingRecord(
                    "import",
                    adapter.table,
                    str(record_id),
                    {"file": found.file_name, "row": row.number, "action": row.action.value},
                )
            )
            if done % importing.PROGRESS_EVERY == 0:
                append_records(session, records)
                records.clear()
        append_records(session, records)


def _trail(db: Database) -> list[tuple[str, str, str, dict[str, Any]]]:
    with db.reading() as session:
        report = verify_chain(session)
        assert report.ok and report.keyed, report
        return [
            (r.table_name, r.row_id, r.action, r.changes)
            for r in session.scalars(select(AuditRecord).order_by(AuditRecord.id))
        ]


@pytest.mark.parametrize(
    ("register_", "seed", "make_file"),
    [("requests", _seed_requests, _requests_file), ("register", _seed_register, _register_file)],
)
def test_import_trail_equals_the_per_flush_trail(
    tmp_path: Path, register_: str, seed: Any, make_file: Any
) -> None:
    path = make_file(tmp_path)
    trails = []
    for name, write in (("per-flush", _per_flush), ("import", None)):
        db = Database.open(tmp_path / f"{name}.sqlite")
        try:
            seed(db)
            found = importing.plan_file(db, register_, path, today=TODAY)
            assert found.problems() == []
            assert found.counts()[Action.UPDATE] == 1  # one row updates a stored record
            if write is None:
                drain(importing.apply(db, found, today=TODAY))
            else:
                write(db, found)
            trails.append(_trail(db))
        finally:
            db.close()
    per_flush, imported = trails
    assert len(imported) > 2 * N  # each row's insert and its import record, at least
    assert [r[2] for r in imported].count("import") == N
    assert imported == per_flush


def test_deferred_records_go_with_a_rollback_and_the_chain_stays_whole(
    db: Database,
) -> None:
    requests.save(
        db, RequestDraft(requester="Før", received=TODAY, types=[RequestType.ACCESS]), today=TODAY
    )
    with pytest.raises(RuntimeError), db.transaction() as session, deferred(session):
        session.add(
            SubjectRequest(requester="Fortrudt", received=TODAY, types=["access"], deadline=TODAY)
        )
        session.flush()  # its record waits in the session's queue
        raise RuntimeError
    requests.save(
        db, RequestDraft(requester="Efter", received=TODAY, types=[RequestType.ACCESS]), today=TODAY
    )
    with db.transaction() as session:
        with pytest.raises(KeyError), deferred(session):
            session.add(
                SubjectRequest(requester="Sent", received=TODAY, types=["access"], deadline=TODAY)
            )
            session.flush()
            raise KeyError  # the block is left early; the caller commits all the same
        assert len(session.info["dpo_audit_queue"]) == 1  # written by the commit
    with db.sessions() as session:  # one session, used again after its rollback
        with deferred(session):
            session.add(
                SubjectRequest(requester="Igen", received=TODAY, types=["access"], deadline=TODAY)
            )
            session.flush()
            session.rollback()
        session.commit()
    trail = _trail(db)
    names = [c["requester"][1] for t, _i, a, c in trail if t == "subject_request"]
    assert names == ["Før", "Efter", "Sent"]
