"""File → Language applies at once; the discard question uses one word for discarding."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from dpo_desk import i18n
from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.register.form import ActivityDialog
from dpo_desk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def _danish_again() -> Iterator[None]:
    yield
    i18n.install("da")


def _language(window: MainWindow, code: str) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    language_menu = next(a.menu() for a in file_menu.actions() if a.menu() is not None)
    next(a for a in language_menu.actions() if a.data() == code).trigger()


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


@pytest.mark.usefixtures("_danish_again")
def test_a_language_change_applies_without_a_restart(
    qtbot: QtBot, demo_db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []  # no "restart to see it" box
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(3)
    assert [a.text() for a in window.menuBar().actions()] == ["&Filer", "&Hjælp"]

    _language(window, "en")
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]
    assert window.export_action.text() == "&Export…"
    titles = _tab_titles(window)
    assert re.fullmatch(r"Overview \(\d+\)", titles[0])  # the count stays on the title
    assert titles[1:] == [
        "Processing activities", "Processors", "Requests", "Health consents", "Breaches", "Log"
    ]
    assert window.tabs.currentIndex() == 3  # the same tab, on the same database
    tab = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=3000)
    assert tab.new_button.text() == "New"
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Requester"
    assert str(demo_db.path) in window.database_label.text()
    assert window.database_label.text().startswith("Database:")
    assert settings.value("language") == "en"

    assert told == []
    _language(window, "da")
    assert [a.text() for a in window.menuBar().actions()] == ["&Filer", "&Hjælp"]
    assert _tab_titles(window)[1] == "Behandlingsaktiviteter"
    assert window.tabs.currentWidget().new_button.text() == "Ny"


def _discard_title(monkeypatch: pytest.MonkeyPatch, close: object) -> str:
    asked: list[str] = []

    def question(_parent: object, title: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    close()  # type: ignore[operator]
    assert len(asked) == 1
    return asked[0]


def test_the_discard_question_and_its_button_say_the_same_word(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    button = QDialogButtonBox(QDialogButtonBox.StandardButton.Discard)
    word = button.button(QDialogButtonBox.StandardButton.Discard).text().replace("&", "")
    assert word == "Forkast"  # Qt's Danish, on the button the question shows

    form = ActivityDialog(demo_db, ActivityDraft())
    qtbot.addWidget(form)
    form.name.setText("Ny aktivitet")
    assert _discard_title(monkeypatch, form.reject) == f"{word} ændringer?"

    settings_dialog = SettingsDialog(demo_db)
    qtbot.addWidget(settings_dialog)
    settings_dialog.findChildren(type(form.name))[0].setText("Ændret")
    assert _discard_title(monkeypatch, settings_dialog.reject) == f"{word} ændringer?"
