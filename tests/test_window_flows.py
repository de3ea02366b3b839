"""The window's File menu driven as a user would (Export…, New database…, Open database…,
Language), the background task behind an export, the log's filters, and `--lang en`."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ModalAnswerer
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dpo_desk import i18n
from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft
from dpo_desk.services import demo, organisation, processors, register
from dpo_desk.ui.export_dialog import ExportDialog
from dpo_desk.ui.log_view import LogView
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.tasks import BackgroundTask
from dpo_desk.ui.welcome_dialog import WelcomeDialog


def _window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- File → Export… and the background task ------------------------------------------

def test_file_export_writes_the_chosen_report(
    qtbot: QtBot, demo_db: Database, settings: QSettings, tmp_path: Path, modal: ModalAnswerer
) -> None:
    window = _window(qtbot, demo_db, settings)
    out = tmp_path / "fortegnelse.xlsx"

    def choose(dialog: ExportDialog) -> None:
        dialog.report.setCurrentIndex(dialog.report.findData("register"))
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        dialog.path.setText(str(out))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    seen = modal.answer(choose, kind=ExportDialog)
    window.export_action.trigger()
    assert seen == ["ExportDialog"]
    assert str(out) in window.statusBar().currentMessage()
    cells = " ".join(str(v) for ws in load_workbook(out, read_only=True).worksheets
                     for row in ws.iter_rows(values_only=True) for v in row if v is not None)
    for activity in ("Kunde- og leverandøradministration", "Nyhedsbrev", "Mailchimp"):
        assert activity in cells
    assert [p.name for p in tmp_path.iterdir() if p.name != "dpo.sqlite"
            and not p.name.startswith("dpo.sqlite")
            and p.name != "settings.ini"] == ["fortegnelse.xlsx"]  # no leftovers


def test_an_export_to_a_folder_that_does_not_exist_is_refused(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    dialog = ExportDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "findes-ikke" / "x.pdf"))
    dialog.start()
    assert warned and "findes-ikke" in warned[0]
    assert dialog.task is None


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_background_task_shows_progress_when_slow_and_finishes(
    qtbot: QtBot, parent: QWidget, tmp_path: Path
) -> None:
    out = tmp_path / "rapport.txt"
    go_on = threading.Event()

    def work() -> Iterator[tuple[int, int]]:
        yield 1, 4
        go_on.wait(10)  # slow: the progress dialog comes up meanwhile
        for done in (2, 3, 4):
            yield done, 4
        out.write_text("færdig", encoding="utf-8")

    task = BackgroundTask(parent, label="Skriver rapporten…", work=work)
    task.start()
    try:
        progress = parent.findChild(QProgressDialog)
        qtbot.waitUntil(lambda: progress.isVisible(), timeout=5000)  # after 600 ms
        assert progress.labelText() == "Skriver rapporten…"
        assert (progress.value(), progress.maximum()) == (1, 4)
        assert task.is_running() and task.ok is None
    finally:  # never leave the thread running past the test
        go_on.set()
        qtbot.waitUntil(lambda: task.ok is not None, timeout=5000)
    assert (task.ok, task.message) == (True, "")
    assert out.read_text(encoding="utf-8") == "færdig"
    assert not progress.isVisible() and not task.is_running()


def test_the_background_task_can_be_cancelled_and_cleans_up(
    qtbot: QtBot, parent: QWidget, tmp_path: Path
) -> None:
    partial = tmp_path / ".rapport.partial"
    stop = threading.Event()

    def work() -> Iterator[tuple[int, int]]:
        partial.write_text("halvt", encoding="utf-8")
        try:
            for done in range(1, 300):  # three seconds unless cancelled
                yield done, 300
                stop.wait(0.01)
            (tmp_path / "rapport.txt").write_text("hele")
        finally:
            partial.unlink(missing_ok=True)

    task = BackgroundTask(parent, label="Skriver…", work=work)
    task.start()
    progress = parent.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: progress.isVisible(), timeout=5000)
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Annuller")
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert finished.args == [False, "Annulleret."]
    assert not partial.exists() and not (tmp_path / "rapport.txt").exists()
    assert not task.is_running()


def test_a_failing_task_says_why(qtbot: QtBot, parent: QWidget, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"

    def work() -> Iterator[tuple[int, int]]:
        yield 1, 2
        raise OSError(28, "No space left on device", str(out))

    task = BackgroundTask(parent, label="Skriver…", work=work)
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
    ok, message = finished.args
    assert not ok and "Disken er fuld" in message and str(out) in message
    assert "OSError" not in message


# -- File → New database… / Open database… -------------------------------------------

def test_file_new_database_creates_and_opens_an_empty_one(
    qtbot: QtBot, demo_db: Database, settings: QSettings, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, modal: ModalAnswerer,
) -> None:
    new = tmp_path / "ny" / "aeroe.sqlite"
    new.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    window = _window(qtbot, demo_db, settings)
    seen = modal.click("eksempelorganisationen", kind=WelcomeDialog)  # the new one is empty
    window.new_action.trigger()
    assert seen == ["WelcomeDialog"]
    qtbot.waitUntil(lambda: window.job is not None and window.job.ok is not None, timeout=30000)
    assert new.is_file() and window.db.path == new
    assert str(new) in window.database_label.text()
    assert settings.value("database/last") == str(new)
    assert organisation.load(window.db).name == "Softværket"
    window.db.close()


def test_file_new_database_never_overwrites_a_file(
    qtbot: QtBot, demo_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(demo_db.path), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window = _window(qtbot, demo_db, settings)
    window.new_action.trigger()
    assert warned and window.db is demo_db
    assert organisation.load(demo_db).name == "Softværket"


def test_file_open_database_switches_to_the_chosen_file(
    qtbot: QtBot, db: Database, settings: QSettings, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, modal: ModalAnswerer,
) -> None:
    other = tmp_path / "andet" / "softvaerket.sqlite"
    other.parent.mkdir()
    example = Database.open(other)
    demo.load_example(example)
    example.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window = _window(qtbot, db, settings)
    assert window.windowTitle() == "DPO Desk"
    seen = modal.answer(lambda dialog: dialog.reject(), timeout=300)  # no welcome expected
    window.open_action.trigger()
    assert window.db.path == other
    assert window.windowTitle() == "Softværket — DPO Desk"
    assert str(other) in window.database_label.text()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [None]
    window.db.close()


# -- the language ---------------------------------------------------------------------

def test_switching_the_language_takes_effect_at_once_and_at_the_next_start(
    qtbot: QtBot, demo_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window = _window(qtbot, demo_db, settings)
    file_menu = window.menuBar().actions()[0].menu()
    language = next(a for a in file_menu.actions() if a.text() == "&Sprog").menu()
    english = next(a for a in language.actions() if a.text() == "English")
    try:
        english.trigger()
        assert settings.value("language") == "en"
        assert window.menuBar().actions()[0].text() == "&File"  # at once, no restart
        assert window.tabs.tabText(1) == "Processing activities"
        i18n.install(str(settings.value("language")))  # what the next start does
        again = MainWindow(demo_db, settings)
        qtbot.addWidget(again)
        assert [a.text() for a in again.menuBar().actions()] == ["&File", "&Help"]
        assert again.tabs.tabText(1) == "Processing activities"
        checked = [a.text() for a in next(a for a in again.menuBar().actions()[0].menu()
                                          .actions() if a.text() == "&Language").menu()
                   .actions() if a.isChecked()]
        assert checked == ["English"]
    finally:
        i18n.install("da")


def test_lang_en_starts_the_window_in_english(
    qtbot: QtBot, demo_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk import cli
    from dpo_desk.ui import app

    settings.setValue("language", "da")  # the saved choice; --lang wins for this start
    monkeypatch.setattr(app, "QSettings", lambda: settings)
    monkeypatch.setattr(app, "configure_logging", lambda: None)
    monkeypatch.setattr(app, "install_excepthook", lambda: None)  # keep pytest-qt's
    shown: list[list[str]] = []

    def run_until_shown() -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        for window in windows:
            shown.append([a.text() for a in window.menuBar().actions()]
                         + [window.tabs.tabText(i) for i in range(window.tabs.count())])
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(run_until_shown))
    demo_db.close()
    try:
        assert cli.main(["--lang", "en", "--db", str(demo_db.path)]) == 0
        [texts] = shown
        assert texts[2].startswith("Overview")  # with the count of what is urgent
        assert texts[:2] + texts[3:] == ["&File", "&Help", "Processing activities",
                                          "Processors", "Requests", "Health consents",
                                          "Breaches", "Log"]
    finally:
        i18n.install("da")


def test_lang_en_also_speaks_english_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dpo_desk import cli

    try:
        assert cli.main(["--lang", "en", "demo", "--db", str(tmp_path / "x.sqlite")]) == 0
        out = capsys.readouterr().out
        assert "Example organisation written to" in out, out
    finally:
        i18n.install("da")


# -- the log's filters ----------------------------------------------------------------

def test_the_log_filters_by_table_and_by_date(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.db import audit

    def on(day: dt.date) -> None:
        moment = dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)
        monkeypatch.setattr(audit, "utc_now", lambda: moment)

    on(dt.date(2025, 3, 10))
    register.save(db, ActivityDraft(name="Lønadministration"))
    on(dt.date(2025, 3, 20))
    processors.save(db, processors.PartyDraft(name="Visma Enterprise"))
    on(dt.date(2025, 4, 2))
    register.save(db, ActivityDraft(name="Adgangskontrol"))
    monkeypatch.undo()

    view = LogView(db)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)

    def shown() -> list[str]:
        return sorted(view.proxy.index(r, 5).data() for r in range(view.proxy.rowCount()))

    tables = [view.table_filter.itemText(i) for i in range(view.table_filter.count())]
    assert tables[0] == "Alle tabeller"
    activity = next(i for i in range(view.table_filter.count())
                    if view.table_filter.itemData(i) == "activity")
    view.table_filter.setCurrentIndex(activity)
    assert len(shown()) == 2
    assert any("Lønadministration" in s for s in shown())
    assert any("Adgangskontrol" in s for s in shown())
    assert not any("Visma" in s for s in shown())

    view.table_filter.setCurrentIndex(0)
    view.use_dates.setChecked(True)
    view.date_from.setDate(dt.date(2025, 3, 15))
    view.date_to.setDate(dt.date(2025, 3, 31))
    assert len(shown()) == 1 and "Visma Enterprise" in shown()[0]
    view.date_from.setDate(dt.date(2025, 3, 10))  # both ends are inclusive
    view.date_to.setDate(dt.date(2025, 4, 2))
    assert len(shown()) == 3
    view.table_filter.setCurrentIndex(activity)
    view.date_to.setDate(dt.date(2025, 4, 1))
    assert len(shown()) == 1 and "Lønadministration" in shown()[0]
    assert "1" in view.count_label.text()
    view.use_dates.setChecked(False)
    assert len(shown()) == 2
