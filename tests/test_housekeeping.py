"""The program's own storage limitation: closed requests anonymised after 3 years,
closed breaches erased after 5, in one transaction; the statistics, the audit chain
and the file's bytes checked afterwards."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from dpo_desk.db.breach_models import Breach
from dpo_desk.db.models import AuditRecord
from dpo_desk.db.session import Database
from dpo_desk.domain import housekeeping as rules
from dpo_desk.domain.requests import RequestDraft, RequestStatus, RequestType
from dpo_desk.services import audit_log, housekeeping, requests

OLD_NAME = "Gunnhild Xylofonsdatter"
YOUNG_NAME = "Torbjørn Quarkmann"
CLOSED_ON = dt.date(2023, 3, 10)
TODAY = dt.date(2026, 3, 11)  # 3 years and a day after CLOSED_ON


def test_three_years_and_a_day_is_due_three_years_less_a_day_is_not() -> None:
    closed = dt.date(2023, 3, 10)
    assert rules.is_due(closed, years=3, today=dt.date(2026, 3, 11))
    assert not rules.is_due(closed, years=3, today=dt.date(2026, 3, 9))
    assert not rules.is_due(closed, years=3, today=dt.date(2026, 3, 10))  # the last day
    assert not rules.is_due(None, years=3, today=dt.date(2099, 1, 1))  # still open
    assert rules.is_due(dt.date(2024, 2, 29), years=3, today=dt.date(2027, 3, 1))
    assert not rules.is_due(dt.date(2024, 2, 29), years=3, today=dt.date(2027, 2, 28))


def _closed_request(db: Database, name: str, received: dt.date, closed: dt.date) -> int:
    draft = RequestDraft(
        types=[RequestType.ACCESS, RequestType.ERASURE],
        requester=name,
        contact=f"{name.split()[0].lower()}@example.dk",
        notes=f"Ringede om {name}",
        received=received,
    )
    request_id = requests.save(db, draft, today=received)
    requests.move(db, request_id, RequestStatus.IN_PROGRESS, today=received)
    requests.move(db, request_id, RequestStatus.ANSWERED, today=closed)
    return request_id


def _statistics(db: Database) -> Counter[tuple[str, str]]:
    return Counter(
        (d.received.strftime("%Y-%m"), t.value) for d in requests.drafts(db) for t in d.types
    )


def test_a_request_closed_three_years_and_a_day_ago_is_anonymised(
    db: Database, db_path: Path
) -> None:
    old = _closed_request(db, OLD_NAME, dt.date(2023, 2, 20), CLOSED_ON)
    young = _closed_request(db, YOUNG_NAME, dt.date(2023, 2, 25), dt.date(2023, 3, 12))
    letter = requests.add_letter(
        db, old, kind="answer", pdf=b"%PDF " + OLD_NAME.encode(), file_name="svar.pdf"
    )
    assert letter
    letter_file = requests.letter_path(db, requests.letters(db, old)[0])
    assert letter_file.exists()
    before = _statistics(db)

    assert housekeeping.erase_due(db, TODAY, dry_run=True) == housekeeping.ErasureCounts(1, 1)
    assert requests.draft(db, old).requester == OLD_NAME  # a dry run changes nothing

    counts = housekeeping.erase_due(db, TODAY)
    assert counts == housekeeping.ErasureCounts(requests=1, letters=1)
    gone, kept = requests.draft(db, old), requests.draft(db, young)
    assert gone.requester != OLD_NAME and gone.contact == "" and gone.notes == ""
    assert gone.received == dt.date(2023, 2, 20) and gone.answered == CLOSED_ON
    assert kept.requester == YOUNG_NAME  # closed 3 years less a day ago
    assert requests.letters(db, old) == [] and not letter_file.exists()
    assert _statistics(db) == before
    assert housekeeping.erase_due(db, TODAY) == housekeeping.ErasureCounts()  # done once

    report = audit_log.verify(db)
    assert report.ok and report.keyed
    with db.reading() as session:
        changes = [str(r.changes) for r in session.scalars(select(AuditRecord))]
    assert not any(OLD_NAME in c for c in changes)
    assert any(YOUNG_NAME in c for c in changes)
    shown = [audit_log.describe_changes(e, lambda _c, s: s) for e in audit_log.entries(db)]
    assert any("[anonymised]" in line for line in shown)
    for path in _files(db_path):  # while the database is open, its WAL included
        assert OLD_NAME.encode() not in path.read_bytes(), path.name
    db.close()
    for path in _files(db_path):  # the database and whatever WAL is left beside it
        data = path.read_bytes()
        assert OLD_NAME.encode() not in data, path.name
        assert b"gunnhild@example.dk" not in data, path.name


def _files(db_path: Path) -> list[Path]:
    return [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]


def _breach(db: Database, title: str, closed: dt.datetime | None) -> int:
    with db.transaction() as session:
        breach = Breach(
            title=title,
            role="controller",
            aware_at=dt.datetime(2020, 1, 5, 9, 0, tzinfo=dt.UTC),
            description=f"Brev til {title} sendt forkert",
            closed_at=closed,
        )
        session.add(breach)
        session.flush()
        return breach.id


def test_a_breach_closed_five_years_and_a_day_ago_is_erased(db: Database) -> None:
    noon = dt.time(12, 0, tzinfo=dt.UTC)
    _breach(db, "Brud Alfa", dt.datetime.combine(dt.date(2021, 3, 10), noon))
    _breach(db, "Brud Beta", dt.datetime.combine(dt.date(2021, 3, 12), noon))
    _breach(db, "Brud Gamma", None)
    assert housekeeping.erase_due(db, TODAY) == housekeeping.ErasureCounts(breaches=1)
    with db.reading() as session:
        titles = set(session.scalars(select(Breach.title)))
        changes = [str(r.changes) for r in session.scalars(select(AuditRecord))]
    assert titles == {"Brud Beta", "Brud Gamma"}
    assert not any("Brud Alfa" in c for c in changes)
    assert audit_log.verify(db).ok


def test_the_periods_are_settings(db: Database) -> None:
    assert housekeeping.periods(db) == (3, 5)
    housekeeping.set_periods(db, request_years=4, breach_years=6)
    assert housekeeping.periods(db) == (4, 6)
    _closed_request(db, OLD_NAME, dt.date(2023, 2, 20), CLOSED_ON)
    assert housekeeping.erase_due(db, TODAY, dry_run=True).requests == 0
    assert housekeeping.erase_due(db, dt.date(2027, 3, 11), dry_run=True).requests == 1


def test_erase_due_on_the_command_line_prints_counts_and_a_dry_run_changes_nothing(
    db: Database, db_path: Path, capsys: object
) -> None:
    from dpo_desk.cli import main

    # closed in 2020: due on any day this test can run (the command uses today's date)
    request_id = _closed_request(db, OLD_NAME, dt.date(2020, 1, 6), dt.date(2020, 1, 20))
    db.close()
    assert main(["erase-due", "--db", str(db_path), "--dry-run"]) == 0
    first = capsys.readouterr().out.splitlines()  # type: ignore[attr-defined]
    assert first[1].endswith(": 1") and first[2].endswith(": 0")
    again = Database.open(db_path)
    try:
        assert requests.draft(again, request_id).requester == OLD_NAME
    finally:
        again.close()
    assert main(["erase-due", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.splitlines()[1].endswith(": 1")  # type: ignore[attr-defined]
    assert main(["verify", "--db", str(db_path)]) == 0
    again = Database.open(db_path)
    try:
        assert requests.draft(again, request_id).requester != OLD_NAME
    finally:
        again.close()


def test_a_period_outside_one_to_fifty_years_is_refused_and_the_default_kept(
    db: Database,
) -> None:
    import pytest

    for wrong in (0, 51):
        with pytest.raises(ValueError):
            housekeeping.set_periods(db, request_years=wrong, breach_years=5)
    assert housekeeping.periods(db) == (3, 5)


def test_the_last_old_backup_goes_after_as_many_days_as_generations_are_kept() -> None:
    assert rules.backups_gone(dt.date(2026, 3, 11), 14) == dt.date(2026, 3, 25)
    assert rules.backups_gone(dt.date(2026, 12, 30), 3) == dt.date(2027, 1, 2)
