"""The chain's head outside the file: in every report's footer and workbook properties,
and in anchors.log beside the backups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.db import backup
from dpo_desk.db.models import Organisation
from dpo_desk.db.session import Database
from dpo_desk.services import audit_log
from dpo_desk.services.export import export


def _filled(db: Database) -> str:
    with db.transaction() as session:
        session.add(Organisation(id=1, name="Egtved Varmeværk", city="Egtved"))
    anchor = audit_log.anchor(db)
    assert anchor.startswith("1:") and len(anchor) == 18
    return anchor


def test_reports_carry_the_anchor(db: Database, tmp_path: Path) -> None:
    anchor = _filled(db)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    list(export(db, report="organisation", fmt="pdf", out=pdf))
    list(export(db, report="organisation", fmt="xlsx", out=xlsx))
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert anchor in text
    assert load_workbook(xlsx).properties.keywords == f"audit-chain:{anchor}"


def test_each_backup_appends_the_anchor_to_anchors_log(db: Database, db_path: Path) -> None:
    anchor = _filled(db)
    first = backup.make(db_path, reason="test", now=dt.datetime(2026, 5, 1, 9, 0))
    with db.transaction() as session:
        found = session.get(Organisation, 1)
        assert found is not None
        found.city = "Vejle"
    second = backup.make(db_path, reason="test", now=dt.datetime(2026, 5, 2, 9, 0))
    log = first.parent / backup.ANCHORS_LOG
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"2026-05-01T09:00:00\t{first.name}\t{anchor}"
    assert lines[1].endswith(f"\t{second.name}\t{audit_log.anchor(db)}")
    assert log.stat().st_mode & 0o777 == 0o600
    db.close()
