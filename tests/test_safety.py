"""Nothing is lost: backups, restore, integrity at open, owner-only files, and a database
that survives its process being killed in the middle of writing."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dpo_desk.cli import main
from dpo_desk.db import backup
from dpo_desk.db.audit import verify_chain
from dpo_desk.db.session import Database, DatabaseDamagedError
from dpo_desk.services import demo, organisation, register

HERE = Path(__file__).resolve().parent


def test_a_backup_is_a_sound_private_copy_made_with_the_backup_api(demo_db: Database,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "kopi.sqlite"
    assert main(["backup", "--db", str(demo_db.path), "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert backup.integrity_check(out) == "ok"
    copy = Database.open(out)
    assert organisation.load(copy).name == "Softværket"
    assert len(register.rows(copy)) == 7  # the example's seven activities
    copy.close()


def test_restore_replaces_the_database_after_backing_it_up(demo_db: Database,
                                                           tmp_path: Path) -> None:
    path = demo_db.path
    assert path is not None
    saved = tmp_path / "saved.sqlite"
    backup.backup_to(path, saved)
    details = organisation.load(demo_db)
    details.city = "Vejle"
    organisation.save(demo_db, details)
    demo_db.close()
    assert main(["restore", "--db", str(path), str(saved)]) == 0
    again = Database.open(path)
    assert organisation.load(again).city == "Kolding"
    kept = [b for b in backup.generations(path) if "before-restore" in b.path.name]
    assert kept, "the replaced database was backed up first"
    with again.reading() as session:
        assert verify_chain(session).ok
    again.close()


def test_restore_refuses_a_file_that_is_no_database(demo_db: Database, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    assert main(["restore", "--db", str(demo_db.path), str(junk)]) == 2


def test_generations_are_kept_and_pruned(db_path: Path) -> None:
    Database.open(db_path).close()
    start = dt.datetime(2026, 11, 1, 8, 0)
    for day in range(20):
        backup.make(db_path, reason="start", now=start + dt.timedelta(days=day), keep=14)
    kept = backup.generations(db_path)
    assert len(kept) == 14
    assert kept[0].made == start + dt.timedelta(days=19)
    assert (db_path.parent / "backups").stat().st_mode & 0o777 == 0o700


def test_at_most_one_start_up_backup_a_day(db_path: Path) -> None:
    Database.open(db_path).close()
    first = Database.open(db_path, daily_backup=True)
    first.close()
    second = Database.open(db_path, daily_backup=True)
    second.close()
    assert len(backup.generations(db_path)) == 1


def test_a_damaged_database_is_not_opened_for_writing(db_path: Path) -> None:
    db = Database.open(db_path)
    demo.load_example(db)
    db.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 12), 97):  # scribble on inner pages
        data[offset] ^= 0xFF
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(DatabaseDamagedError):
        Database.open(db_path)
    assert db_path.read_bytes() == before
    assert main(["verify", "--db", str(db_path)]) == 2


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 12), 97):  # scribble on inner pages
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(db_path: Path) -> Path:
    """A database with a good start-up backup, then damaged after a later change."""
    db = Database.open(db_path)
    demo.load_example(db)
    db.close()
    Database.open(db_path, daily_backup=True).close()
    db = Database.open(db_path)
    details = organisation.load(db)
    details.city = "Vejle"
    organisation.save(db, details)
    db.close()
    _damage(db_path)
    return db_path


def test_the_window_offers_the_latest_good_backup_of_a_damaged_database(
    qtbot: QtBot, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.ui.open_database import open_database

    shown: list[str] = []

    def press_restore(box: QMessageBox) -> int:
        shown.append(box.text() + " " + box.informativeText())
        next(b for b in box.buttons()
             if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_restore)
    damaged_bytes = damaged.read_bytes()
    db = open_database(None, str(damaged))
    assert db is not None
    assert organisation.load(db).name == "Softværket"
    assert organisation.load(db).city == "Kolding"  # as it was at the backup
    db.close()
    assert "dpo.sqlite" in shown[0]
    made = backup.generations(damaged)[0].made.strftime("%d-%m-%Y %H:%M")
    assert made in shown[0]
    kept = list((damaged.parent / "backups").glob("*.damaged"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # nothing thrown away
    assert kept[0].stat().st_mode & 0o777 == 0o600


def test_declining_the_offer_leaves_the_damaged_file_alone(
    qtbot: QtBot, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.ui.open_database import open_database

    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed without a choice
    before = damaged.read_bytes()
    assert open_database(None, str(damaged)) is None
    assert damaged.read_bytes() == before


def test_without_a_good_backup_the_window_says_so(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.ui.open_database import open_database

    db = Database.open(db_path)
    demo.load_example(db)
    db.close()
    _damage(db_path)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: said.append(text))
    assert open_database(None, str(db_path)) is None
    assert len(said) == 1 and "dpo.sqlite" in said[0]


def test_the_command_restores_the_latest_good_backup(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", "--db", str(damaged)]) == 2
    assert "--latest" in capsys.readouterr().err
    assert main(["restore", "--db", str(damaged), "--latest"]) == 0
    db = Database.open(damaged)
    assert organisation.load(db).city == "Kolding"
    db.close()
    assert len(list((damaged.parent / "backups").glob("*.damaged"))) == 1


def test_the_database_and_its_wal_are_owner_only(demo_db: Database) -> None:
    path = demo_db.path
    assert path is not None
    with demo_db.transaction() as session:
        session.execute(__import__("sqlalchemy").text("SELECT 1"))
    for suffix in ("", "-wal", "-shm"):
        sibling = path.with_name(path.name + suffix)
        if sibling.exists():
            assert sibling.stat().st_mode & 0o777 == 0o600, sibling.name


def _rows(path: Path, key: str | None = None) -> list[tuple[int, str, int]]:
    from dpo_desk.db import cipher

    connection = cipher.connect(path, key=key)
    try:
        return connection.execute(
            "SELECT id, name, position FROM catalogue_item WHERE kind = 'crash' ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


@pytest.mark.slow
@pytest.mark.parametrize(("passphrase", "kills"), [(None, 20), ("krypteret nedbrud", 10)],
                         ids=["plain", "encrypted"])
def test_killing_the_process_while_it_writes_loses_nothing_committed(
    tmp_path: Path, passphrase: str | None, kills: int
) -> None:
    rng = random.Random(20261125)
    path = tmp_path / "crash.sqlite"
    target = f"sqlite+pysqlcipher:///{path}" if passphrase else str(path)
    Database.open(target, passphrase=passphrase).close()
    env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
    if passphrase:
        env["DPO_DESK_PASSPHRASE"] = passphrase
    committed = 0
    for _ in range(kills):
        writer = subprocess.Popen([sys.executable, str(HERE / "crash_writer.py"), str(path)],
                                  stdout=subprocess.PIPE, env=env)
        assert writer.stdout is not None and writer.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        assert backup.integrity_check(path, key=passphrase) == "ok"
        rows = _rows(path, passphrase)
        assert len(rows) >= committed  # nothing committed before is lost
        for _row_id, name, position in rows:  # every row whole, none half written
            assert name == f"row {position:06d}"
        committed = len(rows)
        db = Database.open(path, passphrase=passphrase)
        with db.reading() as session:
            chain = verify_chain(session)
        db.close()
        assert chain.ok, chain.reason  # each row's audit record came with it, or neither
    assert committed > kills


def test_restore_from_the_window(qtbot: object, demo_db: Database, settings: object,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.restore_dialog import RestoreDialog

    path = demo_db.path
    assert path is not None
    backup.make(path, reason="start", now=dt.datetime(2026, 11, 24, 7, 30))
    details = organisation.load(demo_db)
    details.city = "Vejle"
    organisation.save(demo_db, details)
    window = MainWindow(demo_db, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.model.rowCount() == 1
    assert dialog.table.model().index(0, 0).data() == "24-11-2026 07:30"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def choose(self: RestoreDialog) -> int:
        self.confirm()
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    window.restore_backup()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: window.job is not None and window.job.ok is not None, timeout=30000
    )
    assert organisation.load(window.db).city == "Kolding"
    assert any("before-restore" in b.path.name for b in backup.generations(path))
    window.db.close()


def test_the_number_of_backups_kept_is_a_setting(qtbot: object, demo_db: Database) -> None:
    from dpo_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(demo_db)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.generations.value() == 14
    dialog.generations.setValue(3)
    dialog.save()
    assert organisation.backup_generations(demo_db) == 3
    path = demo_db.path
    assert path is not None
    for day in range(6):
        backup.make(path, reason="start", now=dt.datetime(2026, 11, 1 + day, 8, 0), keep=99)
    demo_db.close()
    Database.open(path, daily_backup=True).close()  # today's start-up backup prunes too
    assert len(backup.generations(path)) == 3
