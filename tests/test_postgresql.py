"""Team mode: the same migrations, services and reports on a real PostgreSQL server.

The server and a new database per test come from tests/pg_server.py (fixtures `server`
and `pg_url`, shared with the other PostgreSQL tests).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from dpo_desk.db.models import AuditRecord
from dpo_desk.db.session import Database
from dpo_desk.services import (
    audit_log,
    catalogue,
    consents,
    demo,
    organisation,
    processors,
    register,
    requests,
)
from dpo_desk.services.errors import ConcurrentEditError
from dpo_desk.services.export import ONE_RECORD, REPORTS, export, formats_of

psycopg = pytest.importorskip("psycopg")
TODAY = dt.date.today()  # the example's consent dates are relative to the day it is loaded


@pytest.fixture
def team(pg_url: str) -> Iterator[Database]:
    """The example organisation on PostgreSQL."""
    db = Database.open(pg_url)
    demo.load_example(db)
    yield db
    db.close()


def test_the_migrations_and_the_example_run_on_postgresql(team: Database) -> None:
    assert team.path is None and "postgresql" in team.display_name
    assert organisation.load(team).name == "Softværket"
    assert len(register.rows(team)) == 7
    assert len(processors.rows(team, today=TODAY)) == 9
    assert len(requests.rows(team)) == 14
    assert len(consents.rows(team, today=TODAY)) == 20
    report = audit_log.verify(team)
    assert report.ok and report.checked > 100


@pytest.mark.parametrize("report", sorted(set(REPORTS) - ONE_RECORD))
def test_every_report_is_written_from_postgresql(
    team: Database, tmp_path: Path, report: str
) -> None:
    xlsx, pdf = tmp_path / f"{report}.xlsx", tmp_path / f"{report}.pdf"
    for out, fmt in ((xlsx, "xlsx"), (pdf, "pdf")):
        if fmt in formats_of(report):
            for _progress in export(team, report=report, fmt=fmt, out=out):
                pass
    if "xlsx" in formats_of(report):
        assert load_workbook(xlsx, read_only=True).sheetnames
    if "pdf" in formats_of(report):
        assert "Softværket" in " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    if report == "inspection":
        for _progress in export(team, report=report, fmt="zip", out=tmp_path / "pack.zip"):
            pass
        assert (tmp_path / "pack.zip").stat().st_size > 0


def test_a_controllers_annex_is_written_from_postgresql(team: Database, tmp_path: Path) -> None:
    from dpo_desk.domain.processors import Direction

    controller = next(r.id for r in processors.rows(team, today=TODAY)
                      if r.direction is Direction.WE_ARE_PROCESSOR)
    out = tmp_path / "bilag.pdf"
    for _progress in export(team, report="annex", fmt="pdf", out=out, ids=[controller]):
        pass
    assert PdfReader(out).pages


def test_the_breach_log_works_on_postgresql(team: Database, tmp_path: Path) -> None:
    import datetime as dt

    from dpo_desk.domain.breaches import BreachRole, BreachStatus
    from dpo_desk.services import breach_example, breaches

    if not breaches.rows(team):
        breach_example.load(team, now=dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC))
    rows = {r.title: r for r in breaches.rows(team)}
    laptop = rows["Bortkommet bærbar computer med kundekontakter"]
    assert laptop.status is BreachStatus.NOTIFIED and not laptop.clock_running
    back = breaches.draft(team, laptop.id)
    assert back.notified_at - back.aware_at == dt.timedelta(hours=40)  # moments keep their zone
    processor_side = next(r for r in rows.values() if r.role is BreachRole.PROCESSOR)
    for report, breach in (("breach_case", laptop), ("breach_letter", laptop),
                           ("breach_notice", processor_side)):
        out = tmp_path / f"{report}.pdf"
        for _progress in export(team, report=report, fmt="pdf", out=out, ids=[breach.id]):
            pass
        assert "Softværket" in " ".join(p.extract_text() for p in PdfReader(out).pages)


def test_a_stale_save_from_another_process_is_refused(team: Database, pg_url: str) -> None:
    other = Database.open(pg_url)  # a colleague's program
    activity = register.rows(team)[0].id
    mine, theirs = register.draft(team, activity), register.draft(other, activity)
    theirs.owner = "Kollegaen"
    register.save(other, theirs)
    mine.owner = "DPO"
    with pytest.raises(ConcurrentEditError) as refused:
        register.save(team, mine)
    assert refused.value.current.owner == "Kollegaen"
    other.close()


def test_writers_in_parallel_keep_one_unbroken_audit_chain(team: Database, pg_url: str) -> None:
    """Each writer locks the chain's head (SELECT … FOR UPDATE), so records from two
    programs writing at once still form one chain."""
    others = [Database.open(pg_url) for _ in range(3)]
    errors: list[BaseException] = []

    def write(db: Database, who: int) -> None:
        try:
            for i in range(15):
                catalogue.add(db, "recipient", f"Modtager {who}-{i}")
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(db, n)) for n, db in enumerate(others)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in others:
        db.close()
    assert errors == []
    report = audit_log.verify(team)
    assert report.ok, report.reason
    names = {e.name for e in catalogue.entries(team, "recipient")}
    assert {f"Modtager {w}-{i}" for w in range(3) for i in range(15)} <= names


def test_withdrawal_erases_the_health_details_on_postgresql(team: Database) -> None:
    row = next(r for r in consents.rows(team, today=TODAY) if r.name == "Else Ærbø")
    consents.withdraw(team, row.id, on=TODAY, how="Telefonisk", today=TODAY)
    back = consents.draft(team, row.id)
    assert back.free_text == "" and back.category_id is None
    with team.reading() as session:
        changes = [r.changes for r in session.scalars(
            select(AuditRecord).where(AuditRecord.table_name == "consumer"))]
    assert "Iltkoncentrator" not in str(changes)


def test_the_overview_counts_and_picks_on_postgresql(
    team: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.domain.overview import Duty
    from dpo_desk.services import overview

    monkeypatch.setattr(overview, "PICK", 1)  # every kind with two lines counts its rest
    items = overview.items(team, TODAY)
    [incomplete] = [i for i in items if i.duty is Duty.ACTIVITY_INCOMPLETE]
    assert (incomplete.who, incomplete.detail) == (
        "Rekruttering og jobansøgninger", "retention,measures")
    # Global Connect (01-03-2026) and Obiss (15-06-2026) are overdue: one listed, one counted.
    supervision = [i for i in items if i.duty is Duty.SUPERVISION]
    assert supervision[0].who and supervision[-1].more >= 1
    figures = overview.figures(team, TODAY)
    assert (figures.activities, figures.processors) == (7, 7)
