"""Encryption at rest (SQLCipher): a passphrase asked at start, nothing readable in the
file, its WAL or its backups, and a wrong or missing passphrase writes nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dpo_desk.cli import main
from dpo_desk.db import backup, cipher
from dpo_desk.db.session import Database
from dpo_desk.services import demo, organisation, register

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")

PASSPHRASE = "Fjernvarme 'og' \"citater\" æøå"  # quotes of both kinds, and Danish letters
SECRET = "Iltkoncentrator om natten"  # a consumer's health note in the example


def _url(path: Path) -> str:
    return f"sqlite+pysqlcipher:///{path}"


def _everything_on_disk(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    """An encrypted database holding the example organisation, with a start-up backup."""
    path = tmp_path / "krypteret.sqlite"
    db = Database.open(_url(path), passphrase=PASSPHRASE)
    demo.load_example(db)
    db.close()
    Database.open(path, passphrase=PASSPHRASE, daily_backup=True).close()
    return path


def test_nothing_of_an_encrypted_database_is_readable_on_disk(encrypted: Path) -> None:
    assert cipher.is_encrypted(encrypted)
    disk = _everything_on_disk(encrypted.parent)
    assert len(disk) > 300_000
    for clear in ("Softværket", "Egtved Varmeværk", SECRET, "SQLite format 3"):
        assert clear.encode() not in disk, clear
    assert encrypted.stat().st_mode & 0o777 == 0o600


def test_it_opens_with_its_passphrase_and_holds_everything(encrypted: Path) -> None:
    db = Database.open(encrypted, passphrase=PASSPHRASE)  # a plain path is recognised
    assert db.encrypted and db.key == PASSPHRASE
    assert organisation.load(db).name == "Softværket"
    assert len(register.rows(db)) == 7  # the example's seven activities
    assert PASSPHRASE not in db.display_name and PASSPHRASE not in repr(db.url)
    db.close()


def test_without_or_with_a_wrong_passphrase_nothing_is_written(encrypted: Path) -> None:
    before = _everything_on_disk(encrypted.parent)
    with pytest.raises(cipher.PassphraseRequiredError) as required:
        Database.open(encrypted)
    assert not required.value.new
    with pytest.raises(cipher.WrongPassphraseError):
        Database.open(encrypted, passphrase="Fjernvarme")
    assert _everything_on_disk(encrypted.parent) == before


def test_a_new_encrypted_database_asks_for_a_new_passphrase(tmp_path: Path) -> None:
    with pytest.raises(cipher.PassphraseRequiredError) as required:
        Database.open(_url(tmp_path / "ny.sqlite"))
    assert required.value.new


def test_a_plain_database_is_not_opened_as_encrypted(demo_db: Database) -> None:
    with pytest.raises(cipher.NotEncryptedError):
        Database.open(_url(demo_db.path), passphrase=PASSPHRASE)  # type: ignore[arg-type]


def test_backups_stay_encrypted_and_restore_with_the_passphrase(encrypted: Path) -> None:
    made = backup.generations(encrypted)
    assert len(made) == 1 and cipher.is_encrypted(made[0].path)
    assert backup.quick_check(made[0].path) != "ok"  # unreadable without the passphrase
    assert backup.quick_check(made[0].path, key=PASSPHRASE) == "ok"
    db = Database.open(encrypted, passphrase=PASSPHRASE)
    details = organisation.load(db)
    details.city = "Vejle"
    organisation.save(db, details)
    db.close()
    kept = backup.restore(encrypted, made[0].path, key=PASSPHRASE)
    assert cipher.is_encrypted(kept) and cipher.is_encrypted(encrypted)
    db = Database.open(encrypted, passphrase=PASSPHRASE)
    assert organisation.load(db).city == "Kolding"
    db.close()


def test_a_worker_thread_reads_it_too(encrypted: Path) -> None:
    import threading

    db = Database.open(encrypted, passphrase=PASSPHRASE)
    found: list[int] = []
    worker = threading.Thread(target=lambda: found.append(len(register.rows(db))))
    worker.start()
    worker.join()
    assert found == [7] and len(register.rows(db)) == 7
    db.close()


def test_the_commands_take_the_passphrase_from_the_environment(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "krypteret.sqlite"
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", "kort")
    assert main(["encrypt", "--db", str(demo_db.path), "--out", str(out)]) == 2
    assert not out.exists()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--db", str(demo_db.path), "--out", str(out)]) == 0
    assert cipher.is_encrypted(out) and out.stat().st_mode & 0o777 == 0o600
    assert main(["verify", "--db", str(out)]) == 0
    copy = tmp_path / "kopi.sqlite"
    assert main(["backup", "--db", str(out), "--out", str(copy)]) == 0
    assert cipher.is_encrypted(copy)
    report = tmp_path / "fortegnelse.xlsx"
    assert main(["export", "--db", str(out), "--report", "register", "--format", "xlsx",
                 "--out", str(report)]) == 0
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", "forkert kodeord")
    capsys.readouterr()
    assert main(["verify", "--db", str(out)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    monkeypatch.delenv("DPO_DESK_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask at
    assert main(["verify", "--db", str(out)]) == 2
    assert "DPO_DESK_PASSPHRASE" in capsys.readouterr().err


# -- the window asks for it ------------------------------------------------------------


def test_a_new_passphrase_must_be_long_and_typed_twice(qtbot: QtBot, tmp_path: Path) -> None:
    from dpo_desk.ui.open_database import PassphraseDialog

    dialog = PassphraseDialog(tmp_path / "ny.sqlite", new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("kort")
    dialog.check()
    assert dialog.result() == 0
    assert dialog.findChild(__import__("PySide6.QtWidgets").QtWidgets.QLabel,
                            "error_passphrase").isVisible()
    dialog.passphrase.setText("lang nok kode")
    dialog.repeated.setText("lang nok kod")
    dialog.check()
    assert dialog.result() == 0 and dialog.passphrase.text() == "lang nok kode"  # kept
    dialog.repeated.setText("lang nok kode")
    dialog.check()
    assert dialog.result() == 1


def test_the_window_asks_again_after_a_wrong_passphrase(
    qtbot: QtBot, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.ui import open_database as module

    asked: list[str] = []
    answers = iter(["forkert kodeord", PASSPHRASE])

    def ask(_parent: object, _path: Path, *, new: bool, message: str = "") -> str:
        asked.append(str(message))
        return next(answers)

    monkeypatch.setattr(module, "ask_passphrase", ask)
    db = module.open_database(None, str(encrypted))
    assert db is not None and organisation.load(db).name == "Softværket"
    db.close()
    assert asked[0] == "" and "passphrase does not open" in asked[1]


def test_the_window_makes_a_new_encrypted_database(
    qtbot: QtBot, demo_db: Database, settings: object, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from dpo_desk.ui import open_database as module
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.welcome_dialog import WelcomeDialog

    target = tmp_path / "ny-krypteret.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked: list[bool] = []

    def ask(_parent: object, _path: Path, *, new: bool, message: str = "") -> str:
        asked.append(new)
        return PASSPHRASE

    monkeypatch.setattr(module, "ask_passphrase", ask)
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 0)
    window = MainWindow(demo_db, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert not window.passphrase_action.isEnabled()  # a plain database has none
    window.new_encrypted_action.trigger()
    assert window.passphrase_action.isEnabled()
    assert asked == [True]
    assert window.db.encrypted and window.db.path == target
    assert window.database_label.text().startswith(window.tr("Encrypted database: %1")[:10])
    window.db.close()
    assert cipher.is_encrypted(target)


def test_attachments_of_an_encrypted_database_are_kept_inside_it(
    encrypted: Path, tmp_path: Path
) -> None:
    import datetime as dt

    from dpo_desk.services import attachments, processors

    signed = tmp_path / "databehandleraftale.pdf"
    signed.write_bytes(b"%PDF-1.4 underskrevet aftale med Egtved Varmevaerk " * 50)
    db = Database.open(encrypted, passphrase=PASSPHRASE)
    party = processors.rows(db, today=dt.date(2026, 11, 25))[0].id
    processors.attach_agreement(db, party, signed)
    state, opened = processors.agreement_state(db, party)
    assert state is attachments.FileState.OK
    assert opened is not None and opened.read_bytes() == signed.read_bytes()
    assert opened.stat().st_mode & 0o777 == 0o600
    assert opened.parent.stat().st_mode & 0o777 == 0o700
    db.close()
    on_disk = b"".join(p.read_bytes() for p in encrypted.parent.rglob("*")
                       if p.is_file() and p != signed)
    assert b"underskrevet aftale" not in on_disk
    assert not (encrypted.parent / "attachments").exists() or not any(
        (encrypted.parent / "attachments").iterdir())


def test_encrypting_a_database_takes_its_attachments_inside(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from dpo_desk.services import attachments, processors

    signed = tmp_path / "aftale.pdf"
    signed.write_bytes(b"%PDF-1.4 aftale " * 40)
    party = processors.rows(demo_db, today=dt.date(2026, 11, 25))[0].id
    processors.attach_agreement(demo_db, party, signed)
    out = tmp_path / "krypteret" / "dpo.sqlite"
    out.parent.mkdir()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--db", str(demo_db.path), "--out", str(out)]) == 0
    db = Database.open(out, passphrase=PASSPHRASE)
    state, opened = processors.agreement_state(db, party)
    assert state is attachments.FileState.OK and opened is not None
    assert opened.read_bytes() == signed.read_bytes()
    db.close()


@pytest.mark.parametrize(
    "passphrase",
    ["emoji 🔐🔥 og æøå", "\u202eomvendt tekst\u202c", "a:b@c/d%20e?f#g\\h", "  mellemrum  "],
)
def test_any_typed_passphrase_opens_what_it_made(tmp_path: Path, passphrase: str) -> None:
    """The engine (SQLAlchemy's dialect) and the checks and backups (our own connection)
    quote the passphrase each their way: both must derive the same key."""
    path = tmp_path / "p.sqlite"
    db = Database.open(_url(path), passphrase=passphrase)
    organisation.load(db)
    db.close()
    assert backup.quick_check(path, key=passphrase) == "ok"
    again = Database.open(path, passphrase=passphrase)
    again.close()


def test_a_passphrase_with_a_nul_or_too_short_is_refused() -> None:
    assert cipher.passphrase_problem("kort") is not None
    assert cipher.passphrase_problem("lang nok\x00kode") is not None
    assert cipher.passphrase_problem("lang nok kode", "lang nok kod") is not None
    assert cipher.passphrase_problem("lang nok kode", "lang nok kode") is None


def test_the_window_restores_an_encrypted_backup_without_asking_again(
    qtbot: QtBot, encrypted: Path, settings: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.ui import open_database as module
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.restore_dialog import RestoreDialog

    db = Database.open(encrypted, passphrase=PASSPHRASE)
    details = organisation.load(db)
    details.city = "Vejle"
    organisation.save(db, details)
    window = MainWindow(db, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    monkeypatch.setattr(module, "ask_passphrase", lambda *a, **k: pytest.fail("asked again"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def choose(self: RestoreDialog) -> int:
        self.confirm()
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    window.restore_backup()
    qtbot.waitUntil(lambda: window.job is not None and window.job.ok is not None, timeout=30000)
    assert window.db.encrypted and organisation.load(window.db).city == "Kolding"
    window.db.close()
    assert all(cipher.is_encrypted(b.path) for b in backup.generations(encrypted))


NEW_PASSPHRASE = "en helt ny adgangsfrase"


def test_a_new_passphrase_reaches_the_database_and_its_backups(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_NEW_PASSPHRASE", "kort")
    assert main(["passphrase", "--db", str(encrypted)]) == 2  # too short: nothing changed
    Database.open(encrypted, passphrase=PASSPHRASE).close()
    monkeypatch.setenv("DPO_DESK_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert main(["passphrase", "--db", str(encrypted)]) == 0
    with pytest.raises(cipher.WrongPassphraseError):
        Database.open(encrypted, passphrase=PASSPHRASE)
    db = Database.open(encrypted, passphrase=NEW_PASSPHRASE)
    assert organisation.load(db).name == "Softværket"
    db.close()
    for generation in backup.generations(encrypted):
        assert backup.quick_check(generation.path, key=NEW_PASSPHRASE) == "ok"


def test_the_window_changes_the_passphrase_after_checking_the_current_one(
    qtbot: QtBot, encrypted: Path, settings: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.open_database import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(encrypted, current=PASSPHRASE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText("ikke den rigtige")
    dialog.passphrase.setText(NEW_PASSPHRASE)
    dialog.repeated.setText(NEW_PASSPHRASE)
    dialog.check()
    assert dialog.result() == 0 and dialog.messages.message("current")

    def fill(self: ChangePassphraseDialog) -> int:
        self.current.setText(PASSPHRASE)
        self.passphrase.setText(NEW_PASSPHRASE)
        self.repeated.setText(NEW_PASSPHRASE)
        self.check()
        return self.result()

    monkeypatch.setattr(ChangePassphraseDialog, "exec", fill)
    opened = Database.open(encrypted, passphrase=PASSPHRASE)
    window = MainWindow(opened, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.passphrase_action.isEnabled()
    window.passphrase_action.trigger()
    qtbot.waitUntil(lambda: window.job is not None and window.job.ok is not None, timeout=30000)
    assert window.db.key == NEW_PASSPHRASE
    assert organisation.load(window.db).name == "Softværket"
    window.db.close()
    assert backup.quick_check(backup.generations(encrypted)[0].path, key=NEW_PASSPHRASE) == "ok"
