"""The check of the database file, run beside the window's start: the file is never
written before the check has said it is sound, a damaged file still gets its latest good
backup offered, and the daily backup follows a sound check."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dpo_desk.db import backup
from dpo_desk.db.errors import DatabaseDamagedError
from dpo_desk.db.session import Database
from dpo_desk.services import demo, organisation


def _example(db_path: Path) -> Path:
    """The example organisation in `db_path`, closed, with one sound backup (from
    yesterday, so that today's is still to be made) taken before Vejle was written."""
    db = Database.open(db_path)
    demo.load_example(db)
    db.close()
    backup.make(db_path, reason="start", now=dt.datetime.now() - dt.timedelta(days=1))
    db = Database.open(db_path)
    details = organisation.load(db)
    details.city = "Vejle"
    organisation.save(db, details)
    db.close()
    return db_path


def _scribble_on(path: Path, tables: list[str]) -> None:
    """Damage the first page of each of `tables` (the revision stays readable)."""
    connection = sqlite3.connect(path)
    pages = [
        page
        for name, page in connection.execute("SELECT name, rootpage FROM sqlite_master")
        if name in tables
    ]
    connection.close()
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    data = bytearray(path.read_bytes())
    for page in pages:
        start = (page - 1) * size
        for offset in range(start + 8, start + size, 13):
            data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_sound_file_is_checked_beside_the_start_then_backed_up(db_path: Path) -> None:
    _example(db_path)
    db = Database.open(db_path, daily_backup=True, check_later=True)
    try:
        assert db.soundness is not None  # the check runs in its own thread
        made = db.soundness.future.result(timeout=60)
        assert isinstance(made, Path) and made.exists()
        assert [b.made.date() for b in backup.generations(db_path)][0] == dt.date.today()
        assert backup.integrity_check(made) == "ok"
        details = organisation.load(db)
        details.city = "Fredericia"
        organisation.save(db, details)  # written once the check has said it is sound
    finally:
        db.close()
    assert organisation.load(reopened := Database.open(db_path)).city == "Fredericia"
    reopened.close()


def test_a_damaged_file_is_never_written_while_its_check_runs_beside(db_path: Path) -> None:
    _example(db_path)
    _scribble_on(db_path, ["audit_record", "consumer"])
    before = db_path.read_bytes()
    db = Database.open(db_path, daily_backup=True, check_later=True)
    try:
        assert db.soundness is not None
        with pytest.raises(DatabaseDamagedError):
            db.soundness.future.result(timeout=60)
        details = organisation.load(db)
        details.city = "Fredericia"
        with pytest.raises(DatabaseDamagedError):
            organisation.save(db, details)
    finally:
        db.close()
    assert db_path.read_bytes() == before
    assert len(backup.generations(db_path)) == 1  # no backup made of a damaged file


def test_a_file_that_needs_a_migration_is_checked_before_it(db_path: Path) -> None:
    _example(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '0014'")
    connection.commit()
    connection.close()
    _scribble_on(db_path, ["consumer"])
    with pytest.raises(DatabaseDamagedError):
        Database.open(db_path, check_later=True)


@pytest.mark.parametrize(
    "tables",
    [
        pytest.param(["audit_record"], id="pages the start does not read"),
        pytest.param(["subject_request", "processor", "activity"], id="pages the start reads"),
    ],
)
def test_the_window_offers_the_backup_of_a_file_found_damaged_after_it_opened(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    tables: list[str],
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.ui.app import open_window

    _example(db_path)
    _scribble_on(db_path, tables)
    damaged = db_path.read_bytes()
    offered: list[str] = []

    def press_restore(box: QMessageBox) -> int:
        offered.append(box.text())
        next(b for b in box.buttons()
             if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_restore)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(db_target=str(db_path), language="da", settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(offered) == 1 and window.db.soundness is None, timeout=30_000)
    assert "dpo.sqlite" in offered[0]
    if tables == ["audit_record"]:  # the window was shown on it: it was opened
        assert "mens vinduet åbnede, fandt den beskadiget" in offered[0]
        assert "Den er lukket igen; intet er skrevet i den." in offered[0]
    else:  # opened again the careful way before the window was shown
        assert "Den er ikke åbnet" in offered[0]
    assert organisation.load(window.db).city == "Kolding"  # as it was at the backup
    kept = list((db_path.parent / "backups").glob("*.damaged"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # nothing thrown away
    window.close()
    window.db.close()


def test_the_window_warns_when_todays_backup_could_not_be_made(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.ui.app import open_window

    _example(db_path)

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "daily", full_disk)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(db_target=str(db_path), language="da", settings=settings)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(warned) == 1, timeout=30_000)
    assert warned[0].startswith("Dagens sikkerhedskopi af databasen kunne ikke laves.")
    assert window.isVisible() and window.soundness is not None
    assert window.soundness.outcome == "backup failed"
    window.close()
    window.db.close()
