"""The window, the first start, and the organisation's settings, driven as a user would."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ModalAnswerer
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dpo_desk.db.models import AuditRecord
from dpo_desk.db.session import Database
from dpo_desk.services import organisation
from dpo_desk.ui.log_view import LogView
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.settings_dialog import SettingsDialog
from dpo_desk.ui.welcome_dialog import WelcomeDialog


def _open_window(qtbot: QtBot, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_main_window_opens_on_the_demo_database(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = _open_window(qtbot, demo_db, settings)
    assert "Softværket" in window.windowTitle()
    assert str(demo_db.path) in window.database_label.text()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    # The overview opens first and says on its tab how much is overdue or due this week.
    assert re.fullmatch(r"Overblik \(\d+\)", titles[0]), titles[0]
    titles[0] = "Overblik"
    assert titles == [
        "Overblik", "Behandlingsaktiviteter", "Databehandlere", "Anmodninger",
        "Helbredssamtykker", "Brud", "Log"
    ]
    log = window.tabs.widget(titles.index("Log"))
    assert isinstance(log, LogView)
    assert log.model.rowCount() == 0  # read when first shown, not at start-up
    window.tabs.setCurrentWidget(log)
    with demo_db.reading() as session:
        records = session.scalar(select(func.count()).select_from(AuditRecord))
    assert records and log.model.rowCount() == records
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Filer", "&Hjælp"]


def test_the_welcome_dialog_appears_on_an_empty_database_and_loads_the_example(
    qtbot: QtBot, db: Database, settings: QSettings, modal: ModalAnswerer
) -> None:
    window = _open_window(qtbot, db, settings)
    seen = modal.click("eksempelorganisationen")
    window.welcome_if_empty()
    assert seen == ["WelcomeDialog"]
    qtbot.waitUntil(  # loaded in the background
        lambda: window.job is not None and window.job.ok is not None, timeout=30000
    )
    assert organisation.load(db).name == "Softværket"
    assert "Softværket" in window.windowTitle()


def test_the_welcome_dialog_does_not_appear_on_a_set_up_database(
    qtbot: QtBot, demo_db: Database, settings: QSettings, modal: ModalAnswerer
) -> None:
    window = _open_window(qtbot, demo_db, settings)
    seen = modal.answer(lambda dialog: dialog.reject(), timeout=300)
    window.welcome_if_empty()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [None]  # no dialog came


def test_the_welcome_dialog_speaks_danish(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Velkommen til DPO Desk"
    assert "Softværket" in dialog.example_button.text()


def test_settings_reject_an_invalid_cvr_at_the_field_and_keep_the_text(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = SettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    cvr = dialog.edits["cvr"]
    cvr.clear()
    qtbot.keyClicks(cvr, "26 22 40 21")
    dialog.edits["city"].clear()
    qtbot.keyClicks(dialog.edits["city"], "Ærøskøbing")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    assert dialog.isVisible()
    message = dialog.findChild(type(dialog.messages._labels["cvr"]), "error_cvr")
    assert message is not None and message.isVisible()
    assert "kontrolcifferet" in message.text()
    assert cvr.text() == "26 22 40 21"
    assert dialog.edits["city"].text() == "Ærøskøbing"
    assert organisation.load(demo_db).cvr == "26 22 40 20"  # nothing written
    assert organisation.load(demo_db).city == "Kolding"


def test_settings_survive_closing_and_reopening(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    db = Database.open(db_path)
    window = _open_window(qtbot, db, settings)
    dialog = SettingsDialog(db, window)
    qtbot.addWidget(dialog)
    for name, value in (
        ("name", "Ærø Fjernvarme A.m.b.A."),
        ("cvr", "26224020"),
        ("city", "Ærøskøbing"),
        ("postal_code", "5970"),
        ("dpo_email", "dpo@aeroe-varme.dk"),
    ):
        qtbot.keyClicks(dialog.edits[name], value)
    dialog.fiscal_day.setValue(30)
    dialog.fiscal_month.setCurrentIndex(5)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    window.close()
    db.close()

    reopened = Database.open(db_path)
    again = _open_window(qtbot, reopened, settings)
    shown = SettingsDialog(reopened, again)
    qtbot.addWidget(shown)
    assert shown.edits["name"].text() == "Ærø Fjernvarme A.m.b.A."
    assert shown.edits["cvr"].text() == "26 22 40 20"
    assert shown.edits["city"].text() == "Ærøskøbing"
    assert shown.edits["dpo_email"].text() == "dpo@aeroe-varme.dk"
    assert (shown.fiscal_day.value(), shown.fiscal_month.currentData()) == (30, 6)
    reopened.close()


def test_cancelling_edited_settings_asks_first(
    qtbot: QtBot, demo_db: Database, monkeypatch: object
) -> None:
    dialog = SettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edits["city"], "X")
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)  # type: ignore[attr-defined]
    dialog.reject()
    assert asked and dialog.isVisible()
    assert dialog.edits["city"].text() == "KoldingX"


def test_window_geometry_is_remembered(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = _open_window(qtbot, demo_db, settings)
    window.move(37, 41)
    window.resize(window.minimumSizeHint().width(), 523)
    qtbot.wait(20)
    shown = window.geometry()
    window.close()
    again = _open_window(qtbot, demo_db, settings)
    # the size comes back (not the default 1200 × 760); the offscreen screen is only
    # 800 wide, so Qt may shift the position to keep the window on it
    assert (again.width(), again.height()) == (shown.width(), 523)


def test_opening_another_database_switches_the_status_bar(
    qtbot: QtBot, demo_db: Database, settings: QSettings, tmp_path: Path,
    modal: ModalAnswerer,
) -> None:
    other = tmp_path / "other.sqlite"
    Database.open(other).close()
    window = _open_window(qtbot, demo_db, settings)
    then: list[list[str | None]] = []

    def own_organisation(dialog: QDialog) -> None:  # the other one is empty: welcome …
        click_own = next(b for b in dialog.findChildren(QPushButton) if "min egen" in b.text())
        then.append(modal.answer(lambda d: d.reject(), kind=SettingsDialog,
                                 delay=50))  # … then the settings, left unsaved
        click_own.click()

    welcome_seen = modal.answer(own_organisation, kind=WelcomeDialog)
    assert window.switch_to(str(other), must_exist=True)
    assert str(other) in window.database_label.text()
    assert welcome_seen == ["WelcomeDialog"]
    assert then == [["SettingsDialog"]]
    window.db.close()


def test_every_menu_has_distinct_access_keys_in_both_languages(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    """Alt+letter must reach one entry only; a translation can break that."""
    from dpo_desk import i18n

    try:
        for language in ("da", "en"):
            i18n.install(language)
            window = MainWindow(demo_db, settings)
            qtbot.addWidget(window)
            for top in window.menuBar().actions():
                keys = [
                    action.text().split("&", 1)[1][0].lower()
                    for action in top.menu().actions()
                    if "&" in action.text()
                ]
                assert len(keys) == len(set(keys)), (language, top.text(), keys)
    finally:
        i18n.install("da")
