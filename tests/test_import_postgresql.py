"""Importing into a team database on the real PostgreSQL server (tests/pg_server.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from dpo_desk.db.audit_verify import verify_chain
from dpo_desk.db.backup import drain
from dpo_desk.db.models import AuditRecord
from dpo_desk.db.request_models import SubjectRequest
from dpo_desk.db.session import Database
from dpo_desk.services import importing, register

pytest.importorskip("psycopg")
TODAY = dt.date(2026, 3, 9)


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_import_on_postgresql_all_or_none_and_audited(pg_url: str, tmp_path: Path) -> None:
    db = Database.open(pg_url)
    try:
        activities = _workbook(tmp_path / "fortegnelse.xlsx", [
            ["Formålene med behandlingen", "Kategorier af registrerede",
             "Kategorier af personoplysninger", "Tidsfrister for sletning"],
            ["Lønudbetaling", "Ansatte", "Navn; e-mail, telefon", "5 år"],
        ])
        plan = importing.plan_file(db, "register", activities, today=TODAY)
        assert plan.problems() == []
        drain(importing.apply(db, plan, today=TODAY))
        assert [v.name for v in register.views(db)] == ["Lønudbetaling"]
        rows: list[list[object]] = [["Anmoder", "Type", "Modtaget"]]
        rows += [[f"Person {i}", "Indsigt (art. 15)", "02-03-2026"] for i in range(450)]
        requests = importing.plan_file(
            db, "requests", _workbook(tmp_path / "a.xlsx", rows), today=TODAY
        )
        steps = importing.apply(db, requests, today=TODAY)
        next(steps)
        steps.close()  # cancelled: nothing of it is written
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(SubjectRequest)) == 0
        drain(importing.apply(db, requests, today=TODAY))
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(SubjectRequest)) == 450
            imported = session.scalar(
                select(func.count()).select_from(AuditRecord).where(AuditRecord.action == "import")
            )
            assert imported == 451
            assert verify_chain(session).ok
    finally:
        db.close()
