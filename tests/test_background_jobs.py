"""The window's slow jobs run off its thread: a QTimer keeps ticking while each runs.

Each job is slowed on purpose, deep inside the work it does (the letter's PDF, the
layout's page end, SQLCipher's rekey, the backup copy, the example's consumers): had the
window run the job itself, no tick could come while the job runs."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dpo_desk.db import backup, cipher
from dpo_desk.db.session import Database
from dpo_desk.domain.letters import LetterKind
from dpo_desk.reports import pdf
from dpo_desk.services import demo, organisation, request_letters, requests
from dpo_desk.services.errors import ConcurrentEditError
from dpo_desk.ui.consents.tab import ConsentTab
from dpo_desk.ui.consents.warning_list import WarningListDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.requests.tab import RequestTab
from dpo_desk.ui.restore_dialog import RestoreDialog
from dpo_desk.ui.tasks import BackgroundTask

TICK_MS = 20
SLOW_S = 0.8  # each slowed job takes at least this long: some 40 ticks
MIN_TICKS = 10
PASSPHRASE = "Fjernvarme i Egtved 2026"
NEW_PASSPHRASE = "en helt ny adgangsfrase"


class Ticker:
    """Counts the ticks of a QTimer on the GUI thread, and in which threads the slowed
    work ran."""

    def __init__(self) -> None:
        self.ticks = 0
        self.threads: list[threading.Thread] = []
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def stop(self) -> None:
        """Stop the timer."""
        self._timer.stop()

    def _tick(self) -> None:
        self.ticks += 1

    def slowed(
        self, function: Callable[..., object], seconds: float = SLOW_S
    ) -> Callable[..., object]:
        """`function`, taking `seconds` longer."""

        def slow(*args: object, **kwargs: object) -> object:
            self.threads.append(threading.current_thread())
            time.sleep(seconds)
            return function(*args, **kwargs)

        return slow

    def during(self, qtbot: QtBot, start: Callable[[], object], done: Callable[[], bool]) -> int:
        """How many ticks came while the job that `start` starts ran, until `done`."""
        before = self.ticks
        start()
        qtbot.waitUntil(done, timeout=60000)
        ticks = self.ticks - before
        self._timer.stop()
        assert self.threads, "the slowed work did not run"
        assert all(t is not threading.main_thread() for t in self.threads)
        return ticks


@pytest.fixture
def ticker(qtbot: QtBot) -> Iterator[Ticker]:
    ticking = Ticker()
    yield ticking
    ticking.stop()


def _finished(task: BackgroundTask | None) -> bool:
    return task is not None and task.ok is not None


def test_a_letter_is_written_while_the_window_turns(
    qtbot: QtBot, demo_db: Database, ticker: Ticker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(request_letters, "_pdf", ticker.slowed(request_letters._pdf))
    tab = RequestTab(demo_db)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))
    names = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    row = names.index("Sara Kjær")
    tab.table.selectRow(row)
    ticks = ticker.during(
        qtbot,
        lambda: tab.write_letter(LetterKind.IDENTITY),
        lambda: _finished(tab.letter_task),
    )
    assert tab.letter_task is not None and tab.letter_task.ok, tab.letter_task.message
    assert ticks >= MIN_TICKS
    kept = requests.letters(demo_db, tab.selected().id)  # type: ignore[union-attr]
    assert [x.kind for x in kept] == ["identity"]
    assert len(opened) == 1 and Path(opened[0]).read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_the_warning_list_is_written_while_the_window_turns(
    qtbot: QtBot, demo_db: Database, ticker: Ticker, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, fmt: str,
) -> None:
    from dpo_desk.reports import xlsx

    if fmt == "pdf":
        monkeypatch.setattr(pdf.ReportDocument, "afterPage", ticker.slowed(pdf.ReportDocument.afterPage))
    else:
        monkeypatch.setattr(xlsx, "write_xlsx", ticker.slowed(xlsx.write_xlsx))
    dialog = WarningListDialog(demo_db, [], today=lambda: dt.date(2027, 1, 15))
    qtbot.addWidget(dialog)
    dialog.title.setText("Ledningsbrud Egtved")
    dialog.postal_codes.setText("6040")
    out = tmp_path / f"liste.{fmt}"
    ticks = ticker.during(
        qtbot, lambda: dialog.produce(out, fmt), lambda: _finished(dialog.task)
    )
    assert dialog.task is not None and dialog.task.ok and ticks >= MIN_TICKS
    assert out.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04") and dialog.named
    assert not list(tmp_path.glob(".*.partial"))


def test_the_consent_form_is_written_while_the_window_turns(
    qtbot: QtBot, demo_db: Database, ticker: Ticker, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QDesktopServices

    out = tmp_path / "samtykke.pdf"
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "*.pdf"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(pdf.ReportDocument, "afterPage", ticker.slowed(pdf.ReportDocument.afterPage))
    tab = ConsentTab(demo_db, today=lambda: dt.date(2027, 1, 15))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.table.selectRow(0)
    ticks = ticker.during(qtbot, tab.consent_form, lambda: _finished(tab.form_task))
    assert tab.form_task is not None and tab.form_task.ok and ticks >= MIN_TICKS
    assert opened == [str(out)] and out.read_bytes().startswith(b"%PDF")


def _window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    return window


def test_a_backup_is_restored_while_the_window_turns(
    qtbot: QtBot, demo_db: Database, settings: QSettings, ticker: Ticker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = demo_db.path
    assert path is not None
    backup.make(path, reason="start", now=dt.datetime(2026, 11, 24, 7, 30))
    details = organisation.load(demo_db)
    details.city = "Vejle"
    organisation.save(demo_db, details)
    monkeypatch.setattr(backup, "backup_to", ticker.slowed(backup.backup_to))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def choose(self: RestoreDialog) -> int:
        self.confirm()
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    window = _window(qtbot, demo_db, settings)
    held: list[bool] = []
    QTimer.singleShot(50, lambda: held.append(window.export_action.isEnabled()))
    ticks = ticker.during(qtbot, window.restore_backup, lambda: _finished(window.job))
    assert held == [False]  # Ctrl+E could not open the database being replaced
    assert window.export_action.isEnabled()
    assert window.job is not None and window.job.ok and ticks >= MIN_TICKS
    assert organisation.load(window.db).city == "Kolding"
    assert window.centralWidget().isEnabled()
    window.db.close()


@pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")
def test_the_passphrase_is_changed_while_the_window_turns(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, ticker: Ticker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dpo_desk.ui.open_database import ChangePassphraseDialog

    path = tmp_path / "krypteret.sqlite"
    db = Database.open(f"sqlite+pysqlcipher:///{path}", passphrase=PASSPHRASE)
    details = organisation.load(db)
    details.name = "Prøve Fjernvarme A.m.b.a."
    organisation.save(db, details)
    db.close()
    backup.make(path, reason="start", key=PASSPHRASE)

    def fill(self: ChangePassphraseDialog) -> int:
        self.current.setText(PASSPHRASE)
        self.passphrase.setText(NEW_PASSPHRASE)
        self.repeated.setText(NEW_PASSPHRASE)
        self.check()
        return self.result()

    monkeypatch.setattr(ChangePassphraseDialog, "exec", fill)
    monkeypatch.setattr(cipher, "rekey", ticker.slowed(cipher.rekey, SLOW_S / 2))
    window = _window(qtbot, Database.open(path, passphrase=PASSPHRASE), settings)
    ticks = ticker.during(qtbot, window.change_passphrase, lambda: _finished(window.job))
    assert window.job is not None and window.job.ok and ticks >= MIN_TICKS
    assert window.db.key == NEW_PASSPHRASE
    window.db.close()
    assert len(ticker.threads) == 2  # the database and its backup
    assert backup.quick_check(backup.generations(path)[0].path, key=NEW_PASSPHRASE) == "ok"


def test_the_example_is_loaded_while_the_window_turns(
    qtbot: QtBot, db: Database, settings: QSettings, ticker: Ticker,
    monkeypatch: pytest.MonkeyPatch, modal: object,
) -> None:
    from dpo_desk.ui.welcome_dialog import WelcomeDialog

    monkeypatch.setattr(demo, "_load_consumers", ticker.slowed(demo._load_consumers))
    window = _window(qtbot, db, settings)
    seen = modal.click("eksempelorganisationen", kind=WelcomeDialog)  # type: ignore[attr-defined]
    ticks = ticker.during(qtbot, window.welcome_if_empty, lambda: _finished(window.job))
    assert seen == ["WelcomeDialog"]
    assert window.job is not None and window.job.ok and ticks >= MIN_TICKS
    assert organisation.load(db).name == "Softværket" and "Softværket" in window.windowTitle()


# -- errors in background work ---------------------------------------------------------

def _log_text() -> str:
    handlers = logging.getLogger("dpo-desk").handlers
    return "".join(
        Path(h.baseFilename).read_text(encoding="utf-8")
        for h in handlers
        if isinstance(h, logging.FileHandler)
    )


def _fail_with(qtbot: QtBot, error: Exception) -> BackgroundTask:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work() -> Iterator[tuple[int, int]]:
        yield 1, 2
        raise error

    task = BackgroundTask(parent, label="Skriver…", work=work)
    with qtbot.waitSignal(task.finished, timeout=10000):
        task.start()
    return task


def test_an_unexpected_error_is_logged_with_its_trace_and_told_in_danish(qtbot: QtBot) -> None:
    task = _fail_with(qtbot, RuntimeError("Iltkoncentrator om natten"))
    assert task.ok is False and isinstance(task.error, RuntimeError)
    assert task.message.startswith("Noget gik galt")
    assert "RuntimeError" not in task.message and "Iltkoncentrator" not in task.message
    log = _log_text()
    assert "Traceback" in log and "builtins.RuntimeError" in log and "in work" in log
    assert "Iltkoncentrator" not in log  # the message may quote health details


def test_a_user_error_in_background_work_is_told_in_its_own_words(qtbot: QtBot) -> None:
    task = _fail_with(qtbot, ConcurrentEditError(None))
    assert task.message == (
        "Posten findes ikke længere: en anden har slettet den, efter at du åbnede den."
    )


def test_the_latest_good_backup_of_a_damaged_database_is_restored_while_events_turn(
    qtbot: QtBot, demo_db: Database, ticker: Ticker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.ui.open_database import open_database

    path = demo_db.path
    assert path is not None
    demo_db.close()
    backup.make(path, reason="start", now=dt.datetime(2026, 11, 24, 7, 30))
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 12), 97):  # scribble on inner pages
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))

    def press_restore(box: QMessageBox) -> int:
        next(b for b in box.buttons()
             if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_restore)
    monkeypatch.setattr(backup, "backup_to", ticker.slowed(backup.backup_to))
    opened: list[Database | None] = []
    ticks = ticker.during(
        qtbot, lambda: opened.append(open_database(None, str(path))), lambda: bool(opened)
    )
    db = opened[0]
    assert db is not None and organisation.load(db).name == "Softværket"
    db.close()
    assert ticks >= MIN_TICKS


def test_the_window_stays_open_while_a_job_of_a_tab_runs(
    qtbot: QtBot, demo_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def held(*args: object, **kwargs: object) -> Iterator[tuple[int, int]]:
        yield 0, 1
        release.wait(10)
        raise RuntimeError("the printer is out of paper")  # the end does not matter here

    monkeypatch.setattr("dpo_desk.services.jobs.letter", held)
    window = _window(qtbot, demo_db, settings)
    window.show()
    qtbot.waitExposed(window)
    tab = window.tab_of["requests"]  # a tab is made when first wanted
    assert isinstance(tab, RequestTab)
    window.tabs.setCurrentWidget(tab)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))
    tab.table.selectRow(0)
    task = tab.write_letter(LetterKind.CONFIRMATION)
    assert task is not None
    assert not window.close()  # refused while the letter is being written
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    release.set()
    qtbot.waitUntil(lambda: task.ok is not None, timeout=10000)
    assert window.close()


def test_work_that_must_not_stop_half_way_cannot_be_cancelled(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def work() -> Iterator[tuple[int, int]]:
        yield 0, 2
        release.wait(10)
        yield 1, 2
        return "re-encrypted"

    task = BackgroundTask(parent, label="Krypterer…", work=work, cancellable=False)
    task.start()
    progress = parent.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=5000)  # shown after 600 ms
    assert not [b for b in progress.findChildren(QPushButton) if b.isVisible()]
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    assert not progress.close()
    assert progress.isVisible()
    release.set()
    qtbot.waitUntil(lambda: task.ok is not None, timeout=10000)
    assert task.ok and task.result == "re-encrypted" and not progress.isVisible()
